package workflow

import (
	"math/rand/v2"
	"testing"
)

// TestLCSHeadTail: pairing a common head and tail directly finds a common
// subsequence as long as the full search does, on sequences full of
// repeated sentences, and every pair is increasing and matches.
func TestLCSHeadTail(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 1))
	for n := 0; n < 3000; n++ {
		words := []string{"甲。", "乙。", "丙。"}[:1+r.IntN(3)]
		old := make([]OldText, r.IntN(12))
		for i := range old {
			old[i].ZH = words[r.IntN(len(words))]
		}
		news := make([]string, 0, len(old)+3)
		for _, o := range old { // an edited copy: some kept, some changed, some inserted
			switch r.IntN(5) {
			case 0:
				news = append(news, words[r.IntN(len(words))])
			case 1:
			default:
				news = append(news, o.ZH)
			}
			if r.IntN(6) == 0 {
				news = append(news, words[r.IntN(len(words))])
			}
		}
		got, full := lcs(old, news), lcsMiddle(old, news)
		if len(got) != len(full) {
			t.Fatalf("%v → %v: %d pairs, the full search finds %d", old, news, len(got), len(full))
		}
		for k, p := range got {
			if old[p[0]].ZH != news[p[1]] || k > 0 && (p[0] <= got[k-1][0] || p[1] <= got[k-1][1]) {
				t.Fatalf("%v → %v: bad pairs %v", old, news, got)
			}
		}
	}
}
