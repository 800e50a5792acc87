package glossary

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// forAgrees fails t unless g.For(ss) checks and matches ss as g does:
// Check, CheckAt of every segment, MatchZH and MatchEN of every text.
func forAgrees(t *testing.T, g *Glossary, ss []*articles.Segment) *Glossary {
	t.Helper()
	sub := g.For(ss)
	fail := func(what string, got, want any) {
		t.Helper()
		var b strings.Builder
		for _, s := range ss {
			fmt.Fprintf(&b, "\n  %q | %q", s.ZH, s.EN)
		}
		t.Fatalf("%s:\n got %v\nwant %v\nterms kept: %d of %d\narticle:%s", what, got, want, len(sub.Terms), len(g.Terms), b.String())
	}
	if got, want := sub.Check(ss), g.Check(ss); !reflect.DeepEqual(got, want) {
		fail("Check", render(got), render(want))
	}
	for i, s := range ss {
		if got, want := sub.CheckAt(ss, i), g.CheckAt(ss, i); !reflect.DeepEqual(got, want) {
			fail(fmt.Sprintf("CheckAt(%d)", i), render(got), render(want))
		}
		if got, want := sub.MatchZH(s.ZH), g.MatchZH(s.ZH); !reflect.DeepEqual(got, want) {
			fail(fmt.Sprintf("MatchZH(%q)", s.ZH), got, want)
		}
		if got, want := sub.MatchEN(s.EN), g.MatchEN(s.EN); !reflect.DeepEqual(got, want) {
			fail(fmt.Sprintf("MatchEN(%q)", s.EN), got, want)
		}
	}
	return sub
}

// TestForGenerated compares a glossary cut to an article's texts with the
// whole one over generated articles, written to hit every kind of term.
func TestForGenerated(t *testing.T) {
	gs := genGlossaries(t)
	for seed := range uint64(400) {
		ss := randomArticle(seed, 17)
		for _, g := range gs {
			forAgrees(t, g, ss)
		}
	}
}

// TestForKeepsFew: over a large glossary, an article keeps the terms it
// names and few others, and checks as the whole glossary does.
func TestForKeepsFew(t *testing.T) {
	g, arts := benchCorpus(5000, 20, 40)
	for _, a := range arts {
		sub := forAgrees(t, g, a)
		if len(sub.Terms) > 400 {
			t.Errorf("kept %d of %d terms for an article of %d segments", len(sub.Terms), len(g.Terms), len(a))
		}
	}
	if sub := g.For(nil); len(sub.Terms) != 0 {
		t.Errorf("For(nil) kept %d terms", len(sub.Terms))
	}
}

// TestForDeprecatedReplacement: a deprecated term found keeps the active
// term its replacement comes from, though that term is not in the text.
func TestForDeprecatedReplacement(t *testing.T) {
	g := terms(
		&Term{ID: "new", ZH: []string{"新名"}, EN: "New Mining Society", Status: Approved, Kind: Organization},
		&Term{ID: "old", ZH: []string{"新名"}, EN: "Old Mining Society", Status: Deprecated, Kind: Organization},
	)
	ss := segs("无关 | the Old Mining Society met")
	sub := forAgrees(t, g, ss)
	if len(sub.Terms) != 2 {
		t.Errorf("kept %d terms, want both", len(sub.Terms))
	}
	is := sub.Check(ss)
	if len(is) != 1 || is[0].Expected != "New Mining Society" {
		t.Errorf("issues %s, want one deprecated expecting the new name", render(is))
	}
}

// FuzzFor: over articles generated from the fuzzer's bytes, a glossary
// cut to the article checks and matches it as the whole one does.
func FuzzFor(f *testing.F) {
	f.Add([]byte{3, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, 12 times"))
	gs := genGlossaries(f)
	f.Fuzz(func(t *testing.T, choices []byte) {
		ss := fuzzArticle(choices)
		for _, g := range gs {
			forAgrees(t, g, ss)
		}
	})
}

// BenchmarkFor: cutting a 5,000-term glossary to one article of 40
// segments and checking it, against building the whole index (the keys
// of For are made once per glossary, before the timer).
func BenchmarkFor(b *testing.B) {
	g, arts := benchCorpus(5000, 10, 40)
	b.Run("keys", func(b *testing.B) {
		for b.Loop() {
			h := &Glossary{Terms: g.Terms}
			h.patternKeys()
		}
	})
	b.Run("for+check", func(b *testing.B) {
		g.patternKeys()
		for b.Loop() {
			for _, a := range arts {
				g.For(a).Check(a)
			}
		}
	})
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			buildIndex(g.Terms)
		}
	})
}
