package workflow

import (
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/corpus"
)

// The report may take its findings from check's cache: they must be the
// ones it would compute itself.
func TestViewCheckCacheSameFindings(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 3, Articles: 6, Segments: 20, Terms: 60, Faults: 0.2, Drifted: 1}); err != nil {
		t.Fatal(err)
	}
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	fresh, err := ws.View(nil, ViewOptions{Now: at, NoHistory: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Check(CheckOptions{Now: at}); err != nil { // fills the cache
		t.Fatal(err)
	}
	slugs, _ := ws.Slugs()
	for _, slug := range slugs {
		if _, ok := cacheGet(ws.newCheckCache(false), ws, slug); !ok {
			t.Fatalf("check left no cache entry for %s", slug)
		}
	}
	cached, err := ws.View(nil, ViewOptions{Now: at, NoHistory: true, CheckCache: true})
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		Rule, Segment, Term, Expected, Found string
		Line, Col, Start, End                int
		Sev                                  Severity
	}
	keys := func(vs []*ArticleView) (out []key, drift int) {
		for _, v := range vs {
			if v.Drift {
				drift++
			}
			all := append([]Finding(nil), v.Findings...)
			for _, s := range v.Segments {
				all = append(all, s.Findings...)
			}
			for _, f := range all {
				out = append(out, key{f.Rule, f.Segment, f.Term, f.Expected, f.Found, f.Line, f.Column, f.Start, f.End, f.Severity})
			}
		}
		return out, drift
	}
	a, da := keys(fresh)
	b, db := keys(cached)
	if len(a) == 0 || da == 0 {
		t.Fatalf("the corpus gave %d findings and %d drifted articles: nothing compared", len(a), da)
	}
	if da != db || len(a) != len(b) {
		t.Fatalf("fresh: %d findings, %d drifted; from the cache: %d, %d", len(a), da, len(b), db)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("finding %d: fresh %+v, from the cache %+v", i, a[i], b[i])
		}
	}
}
