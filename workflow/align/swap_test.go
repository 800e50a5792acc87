package align

import "testing"

// TestSwapReading: two sentences swapped inside a paragraph with a
// sentence added after them (probe q7: zh lines 2-3 with en lines 2-3 and
// the added en line 4) are a 2-2 and a 0-1 with the crossed reading of a
// 2-2 (swapCost), and a 0-1 and two 1-1 pairing the added sentence with
// the wrong Chinese one without it.
func TestSwapReading(t *testing.T) {
	f := fixtures(t, "testdata/probe2", "")
	var q7 fixture
	for _, x := range f {
		if x.name == "q7-feature-restorer" {
			q7 = x
		}
	}
	defer func() { swapOn = true }()
	for _, c := range []struct {
		on   bool
		want int
	}{{false, 11}, {true, 13}} {
		swapOn = c.on
		if got := probeLineScore(t, q7); got != c.want {
			t.Errorf("swapOn %v: %d of 13 gold pairs right, want %d", c.on, got, c.want)
		}
	}
}
