package glossary

import (
	"sort"
	"strings"

	"github.com/bitext-desk/bitext/articles"
)

// Lint codes: what in a glossary would make the checks lie. Each is also a
// message id of the command line.
const (
	LintDuplicateID        = "glossary.lint.duplicate-id"        // two terms with one id
	LintEmpty              = "glossary.lint.empty"               // an empty or whitespace-only id, form, rendering, abbr or variant
	LintNoZH               = "glossary.lint.no-zh"               // a term no Chinese form can trigger
	LintZHConflict         = "glossary.lint.zh-conflict"         // one Chinese form, two renderings
	LintZHDuplicate        = "glossary.lint.zh-duplicate"        // one Chinese form twice (same rendering)
	LintForbiddenConflict  = "glossary.lint.forbidden-conflict"  // a forbidden variant is another term's rendering or abbr
	LintForbiddenSelf      = "glossary.lint.forbidden-self"      // a forbidden variant is the term's own rendering or abbr
	LintDeprecatedConflict = "glossary.lint.deprecated-conflict" // a deprecated rendering is an active term's rendering or abbr
	LintNotUnrelated       = "glossary.lint.not-unrelated"       // a not context holds none of the term's forms: it hides nothing
	LintNotConflict        = "glossary.lint.not-conflict"        // a not context is a Chinese form of a term: it would hide it
	LintFormConflict       = "glossary.lint.form-conflict"       // an accepted form or short form is another term's rendering or abbr
	LintSurname            = "glossary.lint.surname"             // a surname that is not a word at either end of the rendering
	LintNotPerson          = "glossary.lint.not-person"          // surname or order on a term that is not a person
)

// LintCodes lists every lint code.
var LintCodes = []string{LintDuplicateID, LintEmpty, LintNoZH, LintZHConflict, LintZHDuplicate,
	LintForbiddenConflict, LintForbiddenSelf, LintDeprecatedConflict, LintNotUnrelated, LintNotConflict,
	LintFormConflict, LintSurname, LintNotPerson}

// LintIssue is one problem of the glossary itself.
type LintIssue struct {
	Code  string
	Term  *Term
	Other *Term        // the other term involved, nil if none
	Field string       // id | zh | en | abbr | forbidden | forms | short | not | surname | order
	Value string       // the text at issue
	At    articles.Pos // where in the glossary file
}

// Lint finds what would make the checks lie, in file order.
func (g *Glossary) Lint() []LintIssue {
	var out []LintIssue
	add := func(code string, t, other *Term, field, value string, at articles.Pos) {
		if at == (articles.Pos{}) {
			at = t.At
		}
		out = append(out, LintIssue{Code: code, Term: t, Other: other, Field: field, Value: value, At: at})
	}
	posAt := func(list []articles.Pos, i int) articles.Pos {
		if i < len(list) {
			return list[i]
		}
		return articles.Pos{}
	}

	ids := map[string]*Term{}
	zhForms := map[string]*Term{}
	active := map[string]*Term{} // case-folded rendering or abbr of active terms -> term
	for _, t := range g.Terms {
		if t.Status == Deprecated {
			continue
		}
		for _, s := range []string{t.EN, t.Abbr} {
			if k := normEN(s, true); k != "" {
				if _, ok := active[k]; !ok {
					active[k] = t
				}
			}
		}
	}

	for _, t := range g.Terms {
		if blank(t.ID) {
			add(LintEmpty, t, nil, "id", t.ID, t.IDAt)
		} else if first, ok := ids[t.ID]; ok {
			add(LintDuplicateID, t, first, "id", t.ID, t.IDAt)
		} else {
			ids[t.ID] = t
		}
		if blank(t.EN) {
			add(LintEmpty, t, nil, "en", t.EN, t.ENAt)
		}
		if t.AbbrAt != (articles.Pos{}) && blank(t.Abbr) {
			add(LintEmpty, t, nil, "abbr", t.Abbr, t.AbbrAt)
		}
		forms := 0
		for i, f := range t.ZH {
			at := posAt(t.ZHAt, i)
			if blank(f) {
				add(LintEmpty, t, nil, "zh", f, at)
				continue
			}
			forms++
			if t.Status == Deprecated {
				continue // a deprecated term may share its forms with its successor
			}
			first, ok := zhForms[f]
			switch {
			case !ok:
				zhForms[f] = t
			case first == t || EqualEN(first.EN, t.EN):
				add(LintZHDuplicate, t, first, "zh", f, at)
			default:
				add(LintZHConflict, t, first, "zh", f, at)
			}
		}
		if forms == 0 && len(t.ZH) == 0 {
			add(LintNoZH, t, nil, "zh", "", t.At)
		}
		for i, f := range t.Forbidden {
			at := posAt(t.ForbiddenAt, i)
			if blank(f) {
				add(LintEmpty, t, nil, "forbidden", f, at)
				continue
			}
			k := normEN(f, true)
			if k == normEN(t.EN, true) || (t.Abbr != "" && k == normEN(t.Abbr, true)) {
				add(LintForbiddenSelf, t, nil, "forbidden", f, at)
				continue
			}
			if other, ok := active[k]; ok && other != t {
				add(LintForbiddenConflict, t, other, "forbidden", f, at)
			}
		}
		lintNew(t, g.Terms, zhForms, active, add, posAt)
		if t.Status == Deprecated {
			for _, s := range []struct {
				field, v string
				at       articles.Pos
			}{{"en", t.EN, t.ENAt}, {"abbr", t.Abbr, t.AbbrAt}} {
				if other, ok := active[normEN(s.v, true)]; ok && s.v != "" {
					add(LintDeprecatedConflict, t, other, s.field, s.v, s.at)
				}
			}
		}
	}
	// a not context that is a form of a term, wherever that term stands
	for _, t := range g.Terms {
		for i, f := range t.Not {
			for _, o := range g.Terms {
				if o.Status == Deprecated {
					continue
				}
				for _, z := range o.ZH {
					if z == f {
						add(LintNotConflict, t, o, "not", f, posAt(t.NotAt, i))
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].At, out[j].At
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return out
}

// lintNew checks the keys added for real text: forms, short, not, surname
// and order.
func lintNew(t *Term, terms []*Term, zhForms map[string]*Term, active map[string]*Term,
	add func(code string, t, other *Term, field, value string, at articles.Pos), posAt func([]articles.Pos, int) articles.Pos) {
	for _, l := range []struct {
		field string
		vals  []string
		at    []articles.Pos
	}{{"forms", t.Forms, t.FormsAt}, {"short", t.Short, t.ShortAt}, {"not", t.Not, t.NotAt}} {
		for i, v := range l.vals {
			at := posAt(l.at, i)
			if blank(v) {
				add(LintEmpty, t, nil, l.field, v, at)
				continue
			}
			switch l.field {
			case "not":
				holds := false
				for _, f := range t.ZH {
					holds = holds || f != "" && strings.Contains(v, f)
				}
				if !holds {
					add(LintNotUnrelated, t, nil, "not", v, at)
				}
			default:
				if other, ok := active[normEN(v, true)]; ok && other != t {
					add(LintFormConflict, t, other, l.field, v, at)
				}
			}
		}
	}
	if t.Kind != Person && (t.SurnameAt != (articles.Pos{}) || t.OrderAt != (articles.Pos{})) {
		at := t.SurnameAt
		if at == (articles.Pos{}) {
			at = t.OrderAt
		}
		add(LintNotPerson, t, nil, "surname", string(t.Kind), at)
	}
	if t.Kind == Person && t.SurnameWord != "" {
		if _, _, ok := t.nameParts(); !ok {
			add(LintSurname, t, nil, "surname", t.SurnameWord, t.SurnameAt)
		}
	}
}
