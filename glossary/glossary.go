// Package glossary is the term base: loading, linting, matching Chinese
// forms and English renderings, and the glossary checks over segments.
//
// The agreed API (Term, Glossary, Load, Issue, Check) is used by the check
// engine; fields and functions may be added, none removed.
package glossary

import (
	"sync"

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
	At        articles.Pos // where the term starts in glossary.yaml

	// Where each value stands in glossary.yaml (zero when the term was
	// made in memory). ZHAt[i] is the position of ZH[i], and so on.
	IDAt, ENAt, AbbrAt articles.Pos
	ZHAt, ForbiddenAt  []articles.Pos
}

// Surname is the implicit short form of a person: the first word of the
// rendering ("Cheng" for "Cheng Liwei"); "" for other kinds and for
// one-word names.
func (t *Term) Surname() string {
	if t.Kind != Person {
		return ""
	}
	f := fieldsEN(t.EN)
	if len(f) < 2 {
		return ""
	}
	return f[0]
}

// ReversedNames are the given-name-first spellings of a person's name that
// glossary.name-order reports ("Liwei Cheng", "Liwei-Cheng" for
// "Cheng Liwei"); none for other kinds and for one-word names.
func (t *Term) ReversedNames() []string {
	if t.Kind != Person {
		return nil
	}
	f := fieldsEN(t.EN)
	if len(f) < 2 {
		return nil
	}
	given := joinFields(f[1:])
	return []string{given + " " + f[0], given + "-" + f[0]}
}

// Glossary is a loaded term base. Its matchers are built on first use;
// do not change Terms after that.
type Glossary struct {
	Path  string
	Terms []*Term

	once sync.Once
	idx  *index
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
)

// Rules lists the glossary rule ids.
var Rules = []string{RuleMissing, RuleForbidden, RuleCase, RuleNameOrder, RuleFirstMention, RuleDeprecated}
