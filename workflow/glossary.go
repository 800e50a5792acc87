package workflow

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
)

// CodeNoGlossary: the workspace's bitext.yaml is there but its glossary
// is not (a typo in glossary:, a file renamed or deleted). Checking
// without it would pass every glossary rule in silence.
const CodeNoGlossary = "err.glossary.missing"

func init() { diag.Register(CodeNoGlossary) }

// LoadGlossary reads the workspace's glossary. A missing file is an error
// (CodeNoGlossary, at the glossary key of bitext.yaml when it names one)
// in a workspace with a bitext.yaml, which `bitext init` writes with an
// empty glossary; without bitext.yaml it is an empty glossary.
func (w *Workspace) LoadGlossary() (*glossary.Glossary, error) {
	path := w.GlossaryPath()
	data, err := w.readFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := w.noGlossary(); err != nil {
			return nil, err
		}
		return &glossary.Glossary{Path: path}, nil
	}
	if err != nil {
		return nil, err
	}
	return glossary.Parse(path, data)
}

// noGlossary is the error a missing glossary file is in this workspace
// (nil where it is an empty glossary): see LoadGlossary.
func (w *Workspace) noGlossary() error {
	if !w.settled {
		return nil
	}
	args := diag.A{"glossary": w.Settings.Glossary}
	if pos, ok := w.Settings.at["glossary"]; ok {
		return diag.At(w.abs(SettingsFile), pos.Line, pos.Col, CodeNoGlossary, args)
	}
	return &diag.Error{Kind: diag.Invalid, Code: CodeNoGlossary, File: w.GlossaryPath(), Args: args}
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
// checks see it), or its English has text that check took for the term
// or that gives a finding of it. What the English carries is what
// glossary.Glossary.Read finds over the whole article (first mentions and
// references back depend on what came before), the very reading check
// makes: a finding's rule, else the rendering, the abbr (or a surname) or
// a short form, else a reference back.
func (w *Workspace) TermOccurrences(g *glossary.Glossary, t *glossary.Term) ([]TermOccurrence, error) {
	occ, err := w.termOccurrences(g, []*glossary.Term{t})
	if err != nil {
		return nil, err
	}
	return occ[0], nil
}

// termOccurrences is TermOccurrences for each of terms, reading each
// article once.
func (w *Workspace) termOccurrences(g *glossary.Glossary, terms []*glossary.Term) ([][]TermOccurrence, error) {
	slugs, err := w.Slugs()
	if err != nil {
		return nil, err
	}
	out := make([][]TermOccurrence, len(terms))
	for _, slug := range slugs {
		art, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		issues, reads := g.Read(art.File.Segments)
		type key struct {
			s *articles.Segment
			t *glossary.Term
		}
		found := map[key]glossary.Issue{}
		for _, is := range issues {
			if _, ok := found[key{is.Segment, is.Term}]; !ok {
				found[key{is.Segment, is.Term}] = is
			}
		}
		for i, s := range art.File.Segments {
			for k, t := range terms {
				if o, ok := termOccurrence(g, t, s, reads[i], found[key{s, t}]); ok {
					o.Article, o.File = slug, w.Rel(art.Path)
					out[k] = append(out[k], o)
				}
			}
		}
	}
	return out, nil
}

// termOccurrence is what segment s holds of term t, if it mentions it:
// reads are the segment's readings, is the first issue check gives t in
// it (Rule "" for none).
func termOccurrence(g *glossary.Glossary, t *glossary.Term, s *articles.Segment, reads []glossary.Reading, is glossary.Issue) (TermOccurrence, bool) {
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
	// the text check took for the term: the rendering before the abbr (or
	// a surname) before a short form
	english, span := "", ""
	for _, r := range reads {
		if r.Term != t || !r.Carries {
			continue
		}
		kind := TermAbbr
		switch r.Role {
		case glossary.RoleRendering:
			kind = TermRendering
		case glossary.RoleShort:
			kind = TermReference
		}
		if english == "" || kind == TermRendering && english != TermRendering || kind == TermAbbr && english == TermReference {
			english, span = kind, s.EN[r.Start:r.End]
		}
	}
	switch {
	case strings.TrimSpace(s.EN) == "":
		if form == "" && english == "" {
			return TermOccurrence{}, false
		}
		english, span = TermUntranslated, ""
	case is.Rule != "":
		english, span = termByRule[is.Rule], is.Found
		if is.ENStart < 0 {
			span = ""
		}
	case form == "" && english == "":
		return TermOccurrence{}, false
	case english == "":
		english = TermReference // check took the segment as referring back
	}
	return TermOccurrence{Segment: s.ID, Line: s.At.Line, Form: form, English: english, Found: span, ZH: s.ZH, EN: s.EN}, true
}
