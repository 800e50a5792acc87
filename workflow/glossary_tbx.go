package workflow

import (
	"os"
	"path/filepath"

	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/interchange"
)

// GlossaryConcepts is the glossary as TBX concepts.
func GlossaryConcepts(g *glossary.Glossary) []interchange.Concept {
	out := make([]interchange.Concept, 0, len(g.Terms))
	for _, t := range g.Terms {
		out = append(out, interchange.Concept{ID: t.ID, ZH: t.ZH, EN: t.EN, Abbr: t.Abbr, Forbidden: t.Forbidden,
			Forms: t.Forms, Short: t.Short, Not: t.Not, Kind: string(t.Kind), Status: string(t.Status), Note: t.Note,
			Surname: t.SurnameWord, Order: t.Order})
	}
	return out
}

// GlossaryImportResult tells what a glossary import did.
type GlossaryImportResult struct {
	Added, Replaced, Unchanged int
}

// ImportGlossary merges concepts into the glossary: a term with the same
// id is replaced, a new one appended, the others kept. The merged glossary
// is checked as glossary.yaml would be before it is written (atomically,
// under the glossary's lock); nothing is written when nothing changes.
func (w *Workspace) ImportGlossary(cs []interchange.Concept, dryRun bool) (*GlossaryImportResult, error) {
	unlock, err := lockFile(filepath.Join(w.Root, StateDir, "locks", ".glossary.lock"), "glossary", w.Settings.LockTimeout, func(string) {})
	if err != nil {
		return nil, err
	}
	defer unlock()
	g, err := w.LoadGlossary()
	if err != nil {
		return nil, err
	}
	before, err := glossary.Encode(g)
	if err != nil {
		return nil, err
	}
	res := &GlossaryImportResult{}
	byID := map[string]int{}
	for i, t := range g.Terms {
		byID[t.ID] = i
	}
	for _, c := range cs {
		t := &glossary.Term{ID: c.ID, ZH: c.ZH, EN: c.EN, Abbr: c.Abbr, Forbidden: c.Forbidden, Forms: c.Forms,
			Short: c.Short, Not: c.Not, Kind: glossary.Kind(c.Kind), Status: glossary.Status(c.Status), Note: c.Note,
			SurnameWord: c.Surname, Order: c.Order}
		if i, ok := byID[c.ID]; ok {
			old, _ := glossary.Encode(&glossary.Glossary{Terms: []*glossary.Term{g.Terms[i]}})
			now, _ := glossary.Encode(&glossary.Glossary{Terms: []*glossary.Term{t}})
			if string(old) == string(now) {
				res.Unchanged++
				continue
			}
			g.Terms[i] = t
			res.Replaced++
			continue
		}
		byID[c.ID] = len(g.Terms)
		g.Terms = append(g.Terms, t)
		res.Added++
	}
	data, err := glossary.Encode(g)
	if err != nil {
		return nil, err
	}
	if _, err := glossary.Parse(w.GlossaryPath(), data); err != nil {
		return nil, err
	}
	if dryRun || string(data) == string(before) {
		return res, nil
	}
	if raw, err := os.ReadFile(w.GlossaryPath()); err == nil && string(raw) == string(data) {
		return res, nil
	}
	return res, WriteFileAtomic(w.GlossaryPath(), data)
}
