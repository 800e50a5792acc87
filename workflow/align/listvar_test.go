package align

import (
	"math"
	"testing"
)

// TestListDelta: a pair of one Chinese sentence and four or more English
// ones reads its length with a list's smaller spread (a larger |δ| for the
// same lengths, growing with b); every other pair reads the δ it is given.
func TestListDelta(t *testing.T) {
	al := &aligner{spread: 1}
	const z, e, r = 300.0, 800.0, 3.2 // English short of the 960 letters expected
	d := al.delta(z, e, r, al.spread)
	for _, tc := range []struct{ a, b int }{{1, 1}, {1, 3}, {2, 4}, {2, 1}, {6, 1}} {
		if got := al.listDelta(d, z, e, r, tc.a, tc.b); got != d {
			t.Errorf("%d-%d: δ %.4f, want %.4f as given", tc.a, tc.b, got, d)
		}
	}
	prev := math.Abs(d)
	for b := listMin; b <= maxSide; b++ {
		got := math.Abs(al.listDelta(d, z, e, r, 1, b))
		if got <= prev {
			t.Errorf("1-%d: |δ| %.4f, want more than %.4f (1-%d, or one sentence's)", b, got, prev, b-1)
		}
		prev = got
	}
}
