package workflow

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
)

// A generated corpus for benchmarks and the msgmerge comparison: news-like
// Chinese sentences built from the phrases of the example article, so that
// different sentences share words the way sentences of one article do.

var phrases = func() []string {
	raw, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.zh.md")
	if err != nil {
		panic(err)
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range articles.SplitSentences(articles.Normalize(string(raw))) {
		for _, part := range strings.FieldsFunc(s.Text, func(r rune) bool { return strings.ContainsRune("，、。：“”；", r) }) {
			rs := []rune(part)
			for i := 0; i < len(rs); {
				n := min(len(rs)-i, 2+(i*7+len(rs))%4) // chunks of 2..5 characters
				p := string(rs[i : i+n])
				if !seen[p] && utf8.RuneCountInString(p) >= 2 {
					seen[p] = true
					out = append(out, p)
				}
				i += n
			}
		}
	}
	return out
}()

func genSentence(rng *rand.Rand) string {
	var b strings.Builder
	n := 4 + rng.IntN(6)
	for k := range n {
		b.WriteString(phrases[rng.IntN(len(phrases))])
		if k == n/2 && rng.IntN(2) == 0 {
			b.WriteString("，")
		}
	}
	b.WriteString("。")
	return b.String()
}

// editSentence makes a realistic desk edit: one phrase replaced, inserted or
// cut.
func editSentence(rng *rand.Rand, s string) string {
	body := []rune(strings.TrimSuffix(s, "。"))
	at := rng.IntN(len(body))
	ph := []rune(phrases[rng.IntN(len(phrases))])
	switch rng.IntN(3) {
	case 0: // replace a few characters
		end := min(len(body), at+len(ph))
		body = append(append(append([]rune{}, body[:at]...), ph...), body[end:]...)
	case 1: // insert
		body = append(append(append([]rune{}, body[:at]...), ph...), body[at:]...)
	default: // cut
		end := min(len(body), at+2+rng.IntN(3))
		if end-at < len(body) {
			body = append(append([]rune{}, body[:at]...), body[end:]...)
		}
	}
	return string(body) + "。"
}

func genEnglish(rng *rand.Rand, k int) string {
	words := []string{"the", "association", "mining", "cooperation", "president", "met", "delegation", "development", "industry", "said", "work", "security", "resources", "centre", "department"}
	var b strings.Builder
	fmt.Fprintf(&b, "S%d", k)
	for range 8 + rng.IntN(10) {
		b.WriteString(" " + words[rng.IntN(len(words))])
	}
	b.WriteString(".")
	return b.String()
}

// genArticle is one article before and after an edit round.
type genArticle struct {
	oldParas, newParas [][]string
	origin             []int // for each new sentence, the index of the old one it continues; -1 if added
	file               *articles.File
}

func flatten(paras [][]string) []string {
	var out []string
	for _, p := range paras {
		out = append(out, p...)
	}
	return out
}

// genCorpusArticle makes an article of n sentences, translated (a third of
// them approved), then edits pEdit of the sentences, removes pDel and adds pAdd.
func genCorpusArticle(rng *rand.Rand, slug string, n int, pEdit, pDel, pAdd float64) *genArticle {
	g := &genArticle{}
	var flat []string
	seen := map[string]bool{}
	for len(flat) < n {
		s := genSentence(rng)
		if !seen[s] {
			seen[s] = true
			flat = append(flat, s)
		}
	}
	for k := 0; k < n; k += 4 {
		g.oldParas = append(g.oldParas, flat[k:min(n, k+4)])
	}
	norm := source(g.oldParas...)
	g.file = articles.NewFile(slug, slug+".zh.md", norm, articles.SplitSentences(norm))
	for k, s := range g.file.Segments {
		s.EN, s.State, s.Translator = genEnglish(rng, k), articles.Translated, "wang"
		if k%3 == 0 {
			s.Approve("li", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), false)
		}
	}
	var newFlat []string
	for k, s := range flat {
		x := rng.Float64()
		switch {
		case x < pDel:
			continue
		case x < pDel+pEdit:
			e := editSentence(rng, s)
			for seen[e] {
				e = editSentence(rng, s)
			}
			seen[e] = true
			newFlat, g.origin = append(newFlat, e), append(g.origin, k)
		default:
			newFlat, g.origin = append(newFlat, s), append(g.origin, k)
		}
		if rng.Float64() < pAdd {
			// Half the added sentences are new text; half rework another
			// sentence of the article (a follow-up that repeats its
			// names and phrases), as news updates do.
			gen := func() string { return genSentence(rng) }
			if rng.IntN(2) == 0 {
				other := flat[rng.IntN(len(flat))]
				gen = func() string { return editSentence(rng, editSentence(rng, other)) }
			}
			a := gen()
			for seen[a] {
				a = gen()
			}
			seen[a] = true
			newFlat, g.origin = append(newFlat, a), append(g.origin, -1)
		}
	}
	for k := 0; k < len(newFlat); k += 4 {
		g.newParas = append(g.newParas, newFlat[k:min(len(newFlat), k+4)])
	}
	return g
}

// writeCorpus writes a workspace of articles into dir and returns, per
// article, the original segment-file bytes and the new source.
func writeCorpus(tb testing.TB, dir string, nArticles, nSeg int, seed uint64) (slugs []string, segBytes map[string][]byte, gens map[string]*genArticle) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	art := filepath.Join(dir, "articles")
	if err := os.MkdirAll(art, 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, SettingsFile), []byte(DefaultSettingsYAML), 0o644); err != nil {
		tb.Fatal(err)
	}
	segBytes, gens = map[string][]byte{}, map[string]*genArticle{}
	for k := range nArticles {
		slug := fmt.Sprintf("2026-11-%05d", k)
		g := genCorpusArticle(rng, slug, nSeg, 0.05, 0.01, 0.01)
		data, err := articles.Encode(g.file)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(art, slug+".yaml"), data, 0o644); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(art, slug+".zh.md"), []byte(source(g.newParas...)), 0o644); err != nil {
			tb.Fatal(err)
		}
		slugs = append(slugs, slug)
		segBytes[slug] = data
		gens[slug] = g
	}
	return slugs, segBytes, gens
}
