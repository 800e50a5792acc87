// Package glossary is the term base: loading, linting, matching Chinese
// forms and English renderings, and the glossary checks over segments.
//
// The agreed API (Term, Glossary, Load, Issue, Check) is used by the check
// engine; fields and functions may be added, none removed.
//
// Whether English text is a correct use of a term is decided in one place,
// Check's reading of each hit (Hit.judge: the text, whether the source
// names the term, what the article mentioned before, the case rules'
// context). Read returns that reading with the issues, and the reviewer's
// view and glossary show take it from there (Reading.OK, Shown) instead of
// deciding again, so a term marked fine is one check passes.
package glossary

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
)

// Kind of a term.
type Kind string

// Status of a term.
type Status string

// The kinds of term.
const (
	Organization Kind = "organization"
	Person       Kind = "person"
	Title        Kind = "title"
	Event        Kind = "event"
	Place        Kind = "place"
	Other        Kind = "other"
)

// Kinds lists every kind, in the contract's order.
var Kinds = []Kind{Organization, Person, Title, Event, Place, Other}

// The statuses of a term.
const (
	Approved   Status = "approved"
	Proposed   Status = "proposed"
	Deprecated Status = "deprecated"
)

// Statuses lists every status.
var Statuses = []Status{Approved, Proposed, Deprecated}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Term is one glossary entry.
type Term struct {
	ID        string
	ZH        []string // every Chinese form that triggers the term
	EN        string   // the one official rendering
	Abbr      string   // optional short form, allowed after the first full mention
	Forbidden []string // variants that must not appear
	Kind      Kind     // organization | person | title | event | place | other
	Status    Status   // approved | proposed | deprecated
	Note      string
	// Forms are other accepted renderings, counted as the rendering
	// wherever they stand: derived forms, word orders, coordinations
	// ("Marxist" for "Marxism"). Key forms.
	Forms []string
	// Short are short forms allowed after the article's first full
	// mention, like abbr, in their own case ("the Association",
	// "Qingyang"). Key short.
	Short []string
	// Not are Chinese contexts that hold a form but are not the term
	// (中国共产党人 "Chinese Communists" for 中国共产党). Key not.
	Not []string
	// SurnameWord is a person's surname as the rendering writes it, when
	// it is not the first word (key surname); Order is "given-first" for
	// a name written given name first ("Sergei Brilyov"), "surname-first",
	// or "" to let NameOrder decide (key order).
	SurnameWord string
	Order       string
	At          articles.Pos // where the term starts in glossary.yaml

	// Where each value stands in glossary.yaml (zero when the term was
	// made in memory). ZHAt[i] is the position of ZH[i], and so on.
	IDAt, ENAt, AbbrAt      articles.Pos
	ZHAt, ForbiddenAt       []articles.Pos
	FormsAt, ShortAt, NotAt []articles.Pos
	SurnameAt, OrderAt      articles.Pos
}

// The name orders of a person term.
const (
	SurnameFirst = "surname-first"
	GivenFirst   = "given-first"
)

// Surname is the implicit short form of a person: the first word of the
// rendering ("Cheng" for "Cheng Liwei"); "" for other kinds and for
// one-word names.
func (t *Term) Surname() string {
	if t.Kind != Person {
		return ""
	}
	if t.SurnameWord != "" {
		return t.SurnameWord
	}
	f := fieldsEN(t.EN)
	if len(f) < 2 {
		return ""
	}
	if t.NameOrder() == GivenFirst {
		return f[len(f)-1]
	}
	return f[0]
}

// NameOrder is the order a person's rendering writes the name in: what
// the term says (key order); else GivenFirst for a foreign name, one whose
// Chinese form is a transliteration with a middle dot (谢尔盖·布里廖夫
// "Sergei Brilyov", 纳尔逊·曼德拉 "Nelson Mandela"); else SurnameFirst.
func (t *Term) NameOrder() string {
	if t.Order == GivenFirst || t.Order == "" && t.Kind == Person && transliterated(t.ZH) {
		return GivenFirst
	}
	return SurnameFirst
}

// transliterated reports whether one of the Chinese forms writes a foreign
// name with a middle dot between its parts.
func transliterated(zh []string) bool {
	for _, f := range zh {
		if strings.ContainsAny(f, "·•・‧") {
			return true
		}
	}
	return false
}

// nameParts splits a person's rendering into surname and given name, in
// the words the rendering uses; ok is false for one-word names and when
// the declared surname is not at either end.
func (t *Term) nameParts() (surname, given string, ok bool) {
	f := fieldsEN(t.EN)
	if t.Kind != Person || len(f) < 2 {
		return "", "", false
	}
	sur := t.Surname()
	sf := fieldsEN(sur)
	n := len(sf)
	if n == 0 || n >= len(f) {
		return "", "", false
	}
	if joinFields(f[:n]) == sur && t.NameOrder() != GivenFirst {
		return sur, joinFields(f[n:]), true
	}
	if joinFields(f[len(f)-n:]) == sur {
		return sur, joinFields(f[:len(f)-n]), true
	}
	if joinFields(f[:n]) == sur {
		return sur, joinFields(f[n:]), true
	}
	return "", "", false
}

// ReversedNames are the given-name-first spellings of a person's name that
// glossary.name-order reports ("Liwei Cheng", "Liwei-Cheng" for
// "Cheng Liwei"); none for other kinds and for one-word names.
//
// For a name written given name first (order: given-first, "Sergei
// Brilyov"), the reversed name is the surname first ("Brilyov Sergei"). A
// name that reads the same both ways ("Dong Dong") has none.
func (t *Term) ReversedNames() []string {
	sur, given, ok := t.nameParts()
	if !ok {
		return nil
	}
	var out []string
	if t.NameOrder() == GivenFirst {
		out = []string{sur + " " + given}
	} else {
		out = []string{given + " " + sur, given + "-" + sur}
	}
	// a name that reads the same both ways ("Dong Dong") has no wrong order
	return slices.DeleteFunc(out, func(r string) bool { return EqualFoldEN(r, t.EN) })
}

// HeadNoun is the word a later mention may stand for the whole rendering
// with, after "the": the last word before "of", "for", "on", "in" or a
// comma, when it is capitalised ("Association" for "China Mining
// Association", "Department" for "International Department of the CPC
// Central Committee", "Party" for "Communist Party of China"). "" for
// persons, places, one-word renderings and a head in lower case.
func (t *Term) HeadNoun() string {
	if t.Kind == Person || t.Kind == Place {
		return ""
	}
	f := fieldsEN(t.EN)
	end := len(f)
	for i, w := range f {
		if i > 0 && (complementWord(w) || w == "and") {
			end = i
			break
		}
	}
	for end > 2 && isLegalForm(f[end-1]) {
		end-- // "Group" for "China State Railway Group Co., Ltd."
	}
	if end < 2 {
		return ""
	}
	h := strings.TrimRight(f[end-1], ",;:")
	if r, _ := utf8.DecodeRuneInString(h); !unicode.IsUpper(r) || isLegalForm(h) {
		return "" // no head, or only a name and its suffix ("Tengda Ltd.", "Beiyuan FC")
	}
	return h
}

// complementWord reports whether w opens the complement that follows a
// name's head noun: "of", "for", "on" or "in" ("Ministry of Education").
func complementWord(w string) bool { return w == "of" || w == "for" || w == "on" || w == "in" }

func isLegalForm(w string) bool { _, ok := legalForm(w); return ok }

// legalForm reports whether w is an abbreviated legal form after a
// company's name ("Co.", "Ltd.", "Inc.", "Corp.", "Limited") or a sports
// club's after a club's ("FC", "SC", "CF"), and the noun it stands for
// ("Company" for "Co.", "Corporation" for "Corp.", "Club" for "FC", ""
// for one that names none). "Company" written out is a head noun, no
// legal form to look past.
func legalForm(w string) (noun string, ok bool) {
	switch strings.TrimRight(w, ",;:") {
	case "Co.":
		return "Company", true
	case "Corp.":
		return "Corporation", true
	case "Ltd.", "Limited", "Inc.", "LLC", "PLC", "plc", "Co.,Ltd.":
		return "", true
	case "FC", "F.C.", "SC", "S.C.", "CF", "C.F.", "FK", "BC":
		return "Club", true
	}
	return "", false
}

// bareName is the name a club or a company goes by after its first full
// mention: its rendering without the legal or club form that ends it
// ("Beiyuan" for "Beiyuan FC", "Tengda" for "Tengda Ltd.", "China State
// Railway Group" for "China State Railway Group Co., Ltd."), when what
// is left begins with a capital. "" for other terms and renderings with
// no such ending.
func (t *Term) bareName() string {
	if t.Kind != Organization {
		return ""
	}
	f := fieldsEN(t.EN)
	end := len(f)
	for end > 1 && isLegalForm(f[end-1]) {
		end--
	}
	if end == len(f) {
		return ""
	}
	f[end-1] = strings.TrimRight(f[end-1], ",;:")
	if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) {
		return ""
	}
	return joinFields(f[:end])
}

// commonNouns are the nouns, in lower case, a common noun phrase may
// refer back to the term with after its full mention ("the central bank"
// for People's Bank of China, "a cup final" for CFA Cup, "the ministry"
// for Ministry of Education, "the club" for Beiyuan FC, "the group" and
// "the company" for China State Railway Group Co., Ltd.): the head noun
// (the capitalised word before the rendering's first "of", "for", "on"
// or "in", past a legal or club form; the last of coordinated heads),
// and the noun a legal or club form stands for. None for persons,
// titles, places and one-word renderings.
func (t *Term) commonNouns() []string {
	if t.Kind == Person || t.Kind == Title || t.Kind == Place {
		return nil
	}
	f := fieldsEN(t.EN)
	if len(f) < 2 {
		return nil
	}
	end := len(f)
	for i, w := range f {
		if i > 0 && complementWord(w) {
			end = i
			break
		}
	}
	complement := end < len(f)
	var out []string
	for end > 1 && isLegalForm(f[end-1]) {
		if n, _ := legalForm(f[end-1]); n != "" && !slices.Contains(out, strings.ToLower(n)) {
			out = append(out, strings.ToLower(n))
		}
		end--
	}
	h := strings.TrimRight(f[end-1], ",;:")
	if r, _ := utf8.DecodeRuneInString(h); (end >= 2 || complement) && unicode.IsUpper(r) && !allCaps(h) && lettersOnly(h) {
		out = append(out, strings.ToLower(h))
	}
	return out
}

// lettersOnly reports whether w is all letters.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// HeadPhrases are what a later mention may stand for the whole rendering
// with, after "the" (the index adds it, except before the rendering's own
// first words): the head noun, and each longer run of capitalised
// words that ends with it and starts after the rendering's first word
// ("Association", "Mining Association" for "China Mining Association";
// "Committee", "Central Committee" for "CPC Central Committee"), or at the
// first word when an "of" phrase follows ("Communist Party" for
// "Communist Party of China"). None for persons, places, one-word
// renderings and a head in lower case.
func (t *Term) HeadPhrases() []string {
	h := t.HeadNoun()
	if h == "" {
		return nil
	}
	f := fieldsEN(t.EN)
	end := slices.Index(f, h)
	first := 1
	if end < len(f)-1 {
		first = 0 // the whole head, when a complement follows it
	}
	out := []string{h}
	for k := end - 1; k >= first; k-- {
		if r, _ := utf8.DecodeRuneInString(f[k]); !unicode.IsUpper(r) {
			break
		}
		out = append(out, joinFields(f[k:end+1]))
	}
	// a company's rendering ending in its legal form (Co., Ltd.) has
	// the word of that form too: "the company", "the corporation"
	for _, w := range f[end+1:] {
		if c, _ := legalForm(w); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	// a name whose modifiers are coordinated ("National Development and
	// Reform Commission", "Hong Kong and Macao Affairs Office of the State
	// Council") has its head after the "and" too: the last word before
	// the next "of", "for", "on", "in", when it is capitalised
	if and := end + 1; and < len(f) && f[and] == "and" {
		last := len(f)
		for i := and + 1; i < len(f); i++ {
			if complementWord(f[i]) {
				last = i
				break
			}
		}
		if last > and+1 {
			w := strings.TrimRight(f[last-1], ",;:")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// Glossary is a loaded term base. Its matchers are built on first use;
// do not change Terms after that.
type Glossary struct {
	Path  string
	Terms []*Term

	once sync.Once
	idx  *index

	keysOnce sync.Once
	keys     *patternKeys // what For tests
}

// Term returns the term with the given id, or nil.
func (g *Glossary) Term(id string) *Term {
	for _, t := range g.Terms {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Issue is one glossary finding in one segment.
type Issue struct {
	Rule     string // glossary.missing | glossary.forbidden | glossary.case | glossary.name-order | glossary.first-mention | glossary.deprecated
	Segment  *articles.Segment
	Term     *Term
	Expected string
	Found    string
	// Byte offsets of the offending span: in Segment.EN, or in Segment.ZH for
	// glossary.missing (the Chinese form that has no rendering). -1 when none.
	ENStart, ENEnd int
	ZHStart, ZHEnd int
}

// Rule ids of the glossary checks.
const (
	RuleMissing      = "glossary.missing"
	RuleForbidden    = "glossary.forbidden"
	RuleCase         = "glossary.case"
	RuleNameOrder    = "glossary.name-order"
	RuleFirstMention = "glossary.first-mention"
	RuleDeprecated   = "glossary.deprecated"
	RuleMisspelled   = "glossary.misspelled"
)

// Rules lists the glossary rule ids.
var Rules = []string{RuleMissing, RuleForbidden, RuleCase, RuleNameOrder, RuleFirstMention, RuleDeprecated, RuleMisspelled}
