package workflow

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/align"
)

// TestAlignedSegments checks how pairs fill a new segment file: several
// Chinese sentences rendered together become one joined segment, split at
// a paragraph break; English with no Chinese is attached and said so.
func TestAlignedSegments(t *testing.T) {
	sent := func(para int, text string) articles.Sentence { return articles.Sentence{Para: para, Text: text} }
	zh := []articles.Sentence{sent(1, "甲。"), sent(1, "乙。"), sent(1, "丙。"), sent(2, "丁。"), sent(2, "戊。"), sent(2, "己。"), sent(3, "庚。")}
	en := []articles.Sentence{sent(1, "A."), sent(1, "B1."), sent(1, "B2."), sent(1, "Extra one."), sent(2, "D and E."),
		sent(2, "F and G."), sent(3, "Extra\ntwo.")}
	span := func(lo, hi int) align.Span { return align.Span{Lo: lo, Hi: hi} }
	pairs := []align.Pair{
		{ZH: span(0, 1), EN: span(0, 1), Kind: "1-1", Confidence: 0.9},
		{ZH: span(1, 2), EN: span(1, 3), Extra: span(3, 4), Kind: "1-2", Confidence: 0.6},
		{ZH: span(2, 3), EN: span(4, 4), Kind: "1-0", Confidence: 0.8},
		{ZH: span(3, 5), EN: span(4, 5), Kind: "2-1", Confidence: 0.9},
		{ZH: span(5, 7), EN: span(5, 6), Extra: span(6, 7), Kind: "2-1", Confidence: 0.7},
	}
	f := articles.NewFile("x", "x.zh.md", "", zh)
	crossID := f.Segments[5].ID
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	AlignedSegments(f, pairs, en, at)
	var rows []string
	for _, s := range f.Segments {
		row := fmt.Sprintf("%s|%d|%s|%s", s.ZH, s.Sentences, s.EN, s.State)
		for _, c := range s.Comments {
			if c.By != AlignAuthor || !c.At.Equal(at) {
				t.Errorf("comment %+v", c)
			}
			row += "|" + strings.ReplaceAll(c.Text, crossID, "<id>")
		}
		rows = append(rows, row)
	}
	wantRows := []string{
		"甲。|0|A.|translated",
		"乙。|0|B1. B2. Extra one.|translated|aligned: includes English with no Chinese counterpart: Extra one.|aligned: low confidence (0.60), check this pairing",
		"丙。|0||new|aligned: no English sentence renders this segment",
		"丁。戊。|2|D and E.|translated",
		"己。|0|F and G. Extra two.|translated|aligned: includes English with no Chinese counterpart: Extra two.|aligned: low confidence (0.70), check this pairing",
		"庚。|0||new|aligned: merged into segment <id> by the translator",
	}
	if strings.Join(rows, "\n") != strings.Join(wantRows, "\n") {
		t.Fatalf("segments:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(wantRows, "\n"))
	}
}

// TestAlignExampleMatchesApproved aligns the example inbox pair and checks
// that every segment gets exactly the English a reviewer approved for it in
// the example workspace.
func TestAlignExampleMatchesApproved(t *testing.T) {
	g := loadTestGlossary(t, "../examples/workspace/glossary.yaml")
	r, err := AlignFiles("../examples/inbox/2025-12-09-cma-idcpc.zh.md", "../examples/inbox/2025-12-09-cma-idcpc.en.md", g)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.yaml")
	if err != nil {
		t.Fatal(err)
	}
	approved, err := articles.Decode("example.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	f := articles.NewFile("x", "x.zh.md", "", r.ZH)
	AlignedSegments(f, r.Pairs, r.EN, time.Unix(0, 0))
	if len(f.Segments) != len(approved.Segments) {
		t.Fatalf("%d segments, approved file has %d", len(f.Segments), len(approved.Segments))
	}
	for i, s := range f.Segments {
		a := approved.Segments[i]
		if s.ZH != a.ZH || s.EN != a.EN || s.State != articles.Translated || len(s.Comments) != 0 {
			t.Errorf("segment %d: got %q → %q (%s, %d comments), approved %q → %q", i, s.ZH, s.EN, s.State, len(s.Comments), a.ZH, a.EN)
		}
	}
}

func loadTestGlossary(t *testing.T, path string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestAlignedSegmentsCoverEverything checks, on random texts, that the
// segments add --en writes cover every source sentence exactly once and in
// order (a joined segment counting its sentences), that a joined segment
// stays in one paragraph, and that every English sentence is written once,
// in order.
func TestAlignedSegmentsCoverEverything(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	words := strings.Fields("the mining association held talks on trade growth in beijing with officials from many provinces")
	for round := range 80 {
		var zh, en []articles.Sentence
		para := 1
		for range 1 + rng.IntN(40) {
			if rng.IntN(4) == 0 {
				para++
			}
			n := 3 + rng.IntN(30)
			zh = append(zh, articles.Sentence{Para: para, Text: strings.Repeat("矿业协会贸易", n/6+1)[:3*n] + "。"})
			for range rng.IntN(3) + rng.IntN(2) {
				var b strings.Builder
				b.WriteString("The")
				for range 2 + rng.IntN(3*n/2+1) {
					b.WriteString(" " + words[rng.IntN(len(words))])
				}
				en = append(en, articles.Sentence{Para: para, Text: b.String() + "."})
			}
		}
		r := &AddEnglishResult{Alignment: align.Align(zh, en, nil), ZH: zh, EN: en}
		r.Pairs = r.Alignment.Pairs(en)
		f := articles.NewFile("x", "x.zh.md", "", zh)
		AlignedSegments(f, r.Pairs, en, time.Unix(0, 0))
		var gotZH, wantZH strings.Builder
		n := 0
		var gotEN []string
		for _, s := range f.Segments {
			for k := range s.SentenceCount() {
				if zh[n+k].Para != s.Para {
					t.Fatalf("round %d: segment %s spans paragraphs", round, s.ID)
				}
			}
			n += s.SentenceCount()
			gotZH.WriteString(s.ZH)
			if s.EN != "" {
				gotEN = append(gotEN, s.EN)
			}
		}
		for _, s := range zh {
			wantZH.WriteString(s.Text)
		}
		if n != len(zh) || gotZH.String() != wantZH.String() {
			t.Fatalf("round %d: segments cover %d of %d sentences", round, n, len(zh))
		}
		if got, want := strings.Join(gotEN, " "), align.JoinEnglish(en, align.Span{Lo: 0, Hi: len(en)}); len(zh) > 0 && got != want {
			t.Fatalf("round %d: English lost or reordered:\n got %q\nwant %q", round, got, want)
		}
	}
}
