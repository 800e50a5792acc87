package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// TestPairs checks how beads become pairs (0-1 beads attached to a
// neighbour).
func TestPairs(t *testing.T) {
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

}
