package workflow

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// TestPairsAndSegments checks how beads become pairs (0-1 beads attached to
// a neighbour) and how pairs fill a new segment file.
func TestPairsAndSegments(t *testing.T) {
	sent := func(para int, text string) articles.Sentence { return articles.Sentence{Para: para, Text: text} }
	zh := []articles.Sentence{sent(1, "甲。"), sent(1, "乙。"), sent(1, "丙。"), sent(2, "丁。"), sent(2, "戊。")}
	en := []articles.Sentence{sent(1, "A."), sent(1, "B1."), sent(1, "B2."), sent(1, "Extra one."), sent(2, "D and E."), sent(2, "Extra\ntwo.")}
	bead := func(zl, zh, el, eh int, c float64) Bead {
		return Bead{ZH: Span{zl, zh}, EN: Span{el, eh}, Confidence: c}
	}
	al := &Alignment{
		Beads: []Bead{
			bead(0, 1, 0, 1, 0.9),  // 1-1
			bead(1, 2, 1, 3, 0.95), // 1-2
			bead(2, 2, 3, 4, 0.6),  // 0-1: same English paragraph as the previous pair
			bead(2, 3, 4, 4, 0.8),  // 1-0
			bead(3, 5, 4, 5, 0.9),  // 2-1
			bead(5, 5, 5, 6, 0.7),  // 0-1 at the end
		},
		zh: make([]unit, len(zh)), en: make([]unit, len(en)),
	}
	pairs := al.Pairs(en)
	var got []string
	for _, p := range pairs {
		got = append(got, fmt.Sprintf("%s zh%v en%v extra%v %.2f", p.Kind, p.ZH, p.EN, p.Extra, p.Confidence))
	}
	want := []string{
		"1-1 zh{0 1} en{0 1} extra{0 0} 0.90",
		"1-2 zh{1 2} en{1 3} extra{3 4} 0.60",
		"1-0 zh{2 3} en{4 4} extra{0 0} 0.80",
		"2-1 zh{3 5} en{4 5} extra{5 6} 0.70",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("pairs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
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
