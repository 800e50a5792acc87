package align

import (
	"github.com/bitext-desk/bitext/articles"
	"slices"
	"testing"
)

func TestClauseOffsets(t *testing.T) {
	tests := []struct {
		in   string
		zh   bool
		want []float64
	}{
		{"他推开门，走了进去，屋里没有人。", true, []float64{4, 8}},
		{"“走吧！”他说。", true, []float64{2}},
		{"会议召开。", true, nil},
		{"He pushed the door open, and went in; nobody was there.", false, []float64{19, 28}},
		{"'Come in!' she said.", false, []float64{6}},
		{"Nobody was there.", false, nil},
		{"It ended, she said.”", false, []float64{7}},
	}
	for _, tc := range tests {
		if got := clauseOffsets(tc.in, tc.zh); !slices.Equal(got, tc.want) {
			t.Errorf("clauseOffsets(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestShareAt(t *testing.T) {
	cum := []float64{0, 10, 30, 40, 100}
	// Sentences 1..3 span 10..100 (90 long): 1 holds 10..30, 2 30..40,
	// 3 40..100.
	for _, tc := range []struct {
		p    float64
		want int
	}{{0, 0}, {0.2, 0}, {0.23, 1}, {0.34, 2}, {0.99, 2}, {1, 2}} {
		if got := shareAt(cum, 1, 4, 90, tc.p); got != tc.want {
			t.Errorf("shareAt(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

// TestInnerFit: a one-to-two bead whose English breaks where the Chinese
// has a comma costs less than one whose English breaks where the Chinese
// has none.
func TestInnerFit(t *testing.T) {
	zh := lineSentences([]string{"他推开门走了进去，屋里一个人也没有。"})
	good := lineSentences([]string{"He pushed the door open and went in.", "There was nobody in the room."})
	bad := lineSentences([]string{"He pushed the door.", "Then he went in and there was nobody in the room at all."})
	fit := func(en []articles.Sentence) float64 {
		al := &aligner{}
		al.prepare(zh, en, nil)
		return al.innerFit(0, 1, 0, 2)
	}
	if g, b := fit(good), fit(bad); g >= b {
		t.Errorf("inner fit: break at the comma %.2f, break elsewhere %.2f: want the first lower", g, b)
	}
}
