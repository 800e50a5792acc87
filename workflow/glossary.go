package workflow

import (
	"errors"
	"io/fs"
	"strings"

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

// How a segment's English stands to a term the segment mentions.
const (
	TermRendering    = "rendering"    // the official rendering, exactly
	TermCase         = "case"         // the rendering in another case
	TermAbbr         = "abbr"         // the abbr (or a person's surname)
	TermForbidden    = "forbidden"    // a forbidden variant
	TermNameOrder    = "name-order"   // a person's name given-name first
	TermDeprecated   = "deprecated"   // the (deprecated) term's rendering
	TermMissing      = "missing"      // none of these
	TermUntranslated = "untranslated" // the segment has no English yet
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
	return o.English == TermRendering || o.English == TermAbbr
}

// TermOccurrences finds every segment of every article that mentions the
// term: its source has one of the term's forms (leftmost-longest, as the
// checks see it), or its English has the term's rendering, abbr, a
// forbidden variant or a reversed name.
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
			english, found := TermMissing, ""
			rank := func(kind string) int {
				switch kind {
				case TermRendering:
					return 6
				case TermDeprecated:
					return 5
				case TermCase:
					return 4
				case TermAbbr:
					return 3
				case TermForbidden:
					return 2
				case TermNameOrder:
					return 1
				}
				return 0
			}
			for _, m := range g.MatchEN(s.EN) {
				span := s.EN[m.Start:m.End]
				for _, h := range m.Hits {
					if h.Term != t {
						continue
					}
					kind := ""
					switch h.Role {
					case glossary.RoleRendering: // as Check reads it
						switch {
						case h.Exact(span) || glossary.CaseAllowed(s, m.Start, span, h.Text):
							kind = TermRendering
						case form != "":
							kind = TermCase // else ordinary words that spell the term
						}
					case glossary.RoleAbbr, glossary.RoleSurname, glossary.RoleShort:
						if h.Exact(span) && (h.Role == glossary.RoleAbbr || form != "") {
							kind = TermAbbr
						}
					case glossary.RoleForbidden:
						kind = TermForbidden
					case glossary.RoleNameOrder:
						kind = TermNameOrder
					case glossary.RoleDeprecated:
						kind = TermDeprecated
					}
					if kind != "" && rank(kind) > rank(english) {
						english, found = kind, span
					}
				}
			}
			if form == "" && english == TermMissing {
				continue
			}
			if strings.TrimSpace(s.EN) == "" {
				english = TermUntranslated
			}
			out = append(out, TermOccurrence{
				Article: slug, Segment: s.ID, File: w.Rel(art.Path), Line: s.At.Line,
				Form: form, English: english, Found: found, ZH: s.ZH, EN: s.EN,
			})
		}
	}
	return out, nil
}
