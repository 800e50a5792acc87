// Package glossary is the term base: loading, linting, matching Chinese
// forms and English renderings, and the glossary checks over segments.
//
// THIS FILE IS THE AGREED API (signatures and types); the glossary helper
// owns it and fills in the bodies. Fields may be added, none removed.
package glossary

import "github.com/bitext-desk/bitext/articles"

// Kind of a term.
type Kind string

// Status of a term.
type Status string

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
}

// Glossary is a loaded term base.
type Glossary struct {
	Path  string
	Terms []*Term
}

// Load reads and strictly decodes a glossary file; errors are *diag.Error
// with file:line:column. A missing file is an empty glossary.
func Load(path string) (*Glossary, error) { return &Glossary{Path: path}, nil }

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

// Check runs every glossary rule over one article's segments, in order
// (first-mention state runs across them). It is safe for concurrent use.
func (g *Glossary) Check(segs []*articles.Segment) []Issue { return nil }
