package workflow

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/align"
)

// TestAlignedSegments checks how pairs fill a new segment file.
func TestAlignedSegments(t *testing.T) {
	sent := func(para int, text string) articles.Sentence { return articles.Sentence{Para: para, Text: text} }
	zh := []articles.Sentence{sent(1, "甲。"), sent(1, "乙。"), sent(1, "丙。"), sent(2, "丁。"), sent(2, "戊。")}
	en := []articles.Sentence{sent(1, "A."), sent(1, "B1."), sent(1, "B2."), sent(1, "Extra one."), sent(2, "D and E."), sent(2, "Extra\ntwo.")}
	pairs := []align.Pair{
		{ZH: align.Span{Lo: 0, Hi: 1}, EN: align.Span{Lo: 0, Hi: 1}, Kind: "1-1", Confidence: 0.9},
		{ZH: align.Span{Lo: 1, Hi: 2}, EN: align.Span{Lo: 1, Hi: 3}, Extra: align.Span{Lo: 3, Hi: 4}, Kind: "1-2", Confidence: 0.6},
		{ZH: align.Span{Lo: 2, Hi: 3}, EN: align.Span{Lo: 4, Hi: 4}, Kind: "1-0", Confidence: 0.8},
		{ZH: align.Span{Lo: 3, Hi: 5}, EN: align.Span{Lo: 4, Hi: 5}, Extra: align.Span{Lo: 5, Hi: 6}, Kind: "2-1", Confidence: 0.7},
	}
	f := articles.NewFile("x", "x.zh.md", "", zh)
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	AlignedSegments(f, pairs, en, at)
	var rows []string
	for _, s := range f.Segments {
		row := fmt.Sprintf("%s|%s|%s", s.ZH, s.EN, s.State)
		for _, c := range s.Comments {
			if c.By != AlignAuthor || !c.At.Equal(at) {
				t.Errorf("comment %+v", c)
			}
			row += "|" + strings.ReplaceAll(c.Text, f.Segments[3].ID, "<id>")
		}
		rows = append(rows, row)
	}
	wantRows := []string{
		"甲。|A.|translated",
		"乙。|B1. B2. Extra one.|translated|aligned: includes English with no Chinese counterpart: Extra one.|aligned: low confidence (0.60), check this pairing",
		"丙。||new|aligned: no English sentence renders this segment",
		"丁。|D and E. Extra two.|translated|aligned: includes English with no Chinese counterpart: Extra two.|aligned: low confidence (0.70), check this pairing",
		"戊。||new|aligned: merged into segment <id> by the translator",
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
