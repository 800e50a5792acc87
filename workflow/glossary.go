package workflow

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// LoadGlossary reads the workspace's glossary (a missing file is an empty
// glossary).
func (w *Workspace) LoadGlossary() (*glossary.Glossary, error) {
	path := w.GlossaryPath()
	data, err := w.readFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &glossary.Glossary{Path: path}, nil
	}
	if err != nil {
		return nil, err
	}
	return glossary.Parse(path, data)
}

// How a segment's English stands to a term the segment mentions: what
// the glossary checks make of it (glossary show and check give one answer).
const (
	TermRendering    = "rendering"     // the official rendering (or an accepted form), no finding
	TermReference    = "reference"     // referred back to after the first full mention: a pronoun, "the Association", a declared short form
	TermCase         = "case"          // the rendering in another case (glossary.case)
	TermAbbr         = "abbr"          // the abbr or a person's surname, no finding
	TermFirstMention = "first-mention" // the abbr or surname before the first full mention (glossary.first-mention)
	TermMisspelled   = "misspelled"    // a near-miss of the rendering (glossary.misspelled)
	TermForbidden    = "forbidden"     // a forbidden variant (glossary.forbidden)
	TermNameOrder    = "name-order"    // a person's name in the wrong order (glossary.name-order)
	TermDeprecated   = "deprecated"    // the (deprecated) term's rendering (glossary.deprecated)
	TermMissing      = "missing"       // none of these (glossary.missing)
	TermUntranslated = "untranslated"  // the segment has no English yet
)

// TermOccurrence is one segment that mentions a term, in its Chinese or in
// its English.
type TermOccurrence struct {
	Article string `json:"article"`
	Segment string `json:"segment"`
	File    string `json:"file"` // workspace-relative, slash-separated
	Line    int    `json:"line,omitempty"`
	Form    string `json:"zh_form,omitempty"` // the Chinese form found, "" if only the English has the term
	English string `json:"english"`           // one of the Term* values above
	Found   string `json:"found,omitempty"`   // the English text that carries the term
	ZH      string `json:"zh"`
	EN      string `json:"en"`
}

// Carried reports whether the English carries the term correctly.
func (o TermOccurrence) Carried() bool {
	return o.English == TermRendering || o.English == TermAbbr || o.English == TermReference
}

// termByRule is what each glossary finding says of the English.
var termByRule = map[string]string{
	glossary.RuleMissing: TermMissing, glossary.RuleCase: TermCase, glossary.RuleFirstMention: TermFirstMention,
	glossary.RuleMisspelled: TermMisspelled, glossary.RuleForbidden: TermForbidden, glossary.RuleNameOrder: TermNameOrder,
	glossary.RuleDeprecated: TermDeprecated,
}

// TermOccurrences finds every segment of every article that mentions the
// term: its source has one of the term's forms (leftmost-longest, as the
// checks see it), or its English has the term's rendering, abbr, a short
// form, a forbidden variant or a reversed name. What the English carries
// is what glossary.Check finds over the whole article (first mentions and
// references back depend on what came before): a finding's rule, else the
// rendering, the abbr, or a reference back.
func (w *Workspace) TermOccurrences(g *glossary.Glossary, t *glossary.Term) ([]TermOccurrence, error) {
	slugs, err := w.Slugs()
	if err != nil {
		return nil, err
	}
	var out []TermOccurrence
	for _, slug := range slugs {
		art, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		found := map[*articles.Segment]glossary.Issue{}
		for _, is := range g.Check(art.File.Segments) {
			if _, ok := found[is.Segment]; is.Term == t && !ok {
				found[is.Segment] = is
			}
		}
		for _, s := range art.File.Segments {
			form := ""
			if t.Status == glossary.Deprecated {
				for _, f := range t.ZH {
					if f != "" && strings.Contains(s.ZH, f) {
						form = f
						break
					}
				}
			} else {
			zh:
				for _, m := range g.MatchZH(s.ZH) {
					for _, mt := range m.Terms {
						if mt == t {
							form = m.Form
							break zh
						}
					}
				}
			}
			// the term's text in the English, as Check reads it: the
			// rendering (where the source does not name the term, only in
			// its own case, else it is ordinary words), before the abbr
			// (its own case), a short form or a surname (only where the
			// source names the term)
			english, span := "", ""
			for _, m := range g.MatchEN(s.EN) {
				text := s.EN[m.Start:m.End]
				for _, h := range m.Hits {
					kind := TermAbbr
					switch {
					case h.Term != t:
						continue
					case h.Role == glossary.RoleRendering:
						if form == "" && !h.Exact(text) && !glossary.TermCaseAllowed(t, s, m.Start, text, h.Text) {
							continue
						}
						kind = TermRendering
					case h.Role == glossary.RoleAbbr:
						if !h.Exact(text) {
							continue
						}
					case h.Role == glossary.RoleShort || h.Role == glossary.RoleSurname:
						if form == "" {
							continue
						}
						if h.Role == glossary.RoleShort {
							kind = TermReference
						}
					default:
						continue // forbidden, reversed, deprecated: Check reports them
					}
					if english == "" || kind == TermRendering && english != TermRendering || kind == TermAbbr && english == TermReference {
						english, span = kind, text
					}
				}
			}
			is, flagged := found[s]
			switch {
			case strings.TrimSpace(s.EN) == "":
				if form == "" && english == "" {
					continue
				}
				english, span = TermUntranslated, ""
			case flagged:
				english, span = termByRule[is.Rule], is.Found
				if is.ENStart < 0 {
					span = ""
				}
			case form == "" && english == "":
				continue
			case english == "":
				english = TermReference // Check took the segment as referring back
			}
			out = append(out, TermOccurrence{
				Article: slug, Segment: s.ID, File: w.Rel(art.Path), Line: s.At.Line,
				Form: form, English: english, Found: span, ZH: s.ZH, EN: s.EN,
			})
		}
	}
	return out, nil
}
