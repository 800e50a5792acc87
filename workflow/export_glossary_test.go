package workflow

import "github.com/bitext-desk/bitext/glossary"

// TermOccurrencesAll is TermOccurrences for every term of g, each article
// read once (for the agreement test over hundreds of terms).
func (w *Workspace) TermOccurrencesAll(g *glossary.Glossary) ([][]TermOccurrence, error) {
	return w.termOccurrences(g, g.Terms)
}
