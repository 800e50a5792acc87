package align

import (
	"math"
	"testing"
)

// TestIBMEMStep checks one EM iteration of the soft translation model
// against sums done by hand: two beads, Chinese words 0 and 1, English
// words 0 and 1; bead one pairs word 0 with word 0, bead two both with
// both. t starts uniform, t(e|NULL) at the background (2/3, 1/3).
func TestIBMEMStep(t *testing.T) {
	beads := []ibmBead{{z: []int32{0}, e: []int32{0}}, {z: []int32{0, 1}, e: []int32{0, 1}}}
	for _, tc := range []struct {
		name     string
		dict     [2][2]bool // per Chinese word and English word: a dictionary pair
		want     [2][2]float64
		wantNull [2]float64
	}{
		// Counts: f0 e0 3/7 + 3/10, f0 e1 3/8, f1 e0 3/10, f1 e1 3/8;
		// NULL e0 4/7 + 2/5, e1 1/4.
		{"no dictionary", [2][2]bool{}, [2][2]float64{{0.728571 / 1.103571, 0.375 / 1.103571}, {0.3 / 0.675, 0.375 / 0.675}}, [2]float64{0.971429 / 1.221429, 0.25 / 1.221429}},
		// The dictionary pair f1 e1 adds a tenth of ibmPrior to its count.
		{"dictionary pair", [2][2]bool{{false, false}, {false, true}}, [2][2]float64{{0.728571 / 1.103571, 0.375 / 1.103571}, {0.3 / (0.675 + ibmPrior/10), (0.375 + ibmPrior/10) / (0.675 + ibmPrior/10)}}, [2]float64{0.971429 / 1.221429, 0.25 / 1.221429}},
	} {
		tb := &ibmTable{
			rowE: [][]int32{{0, 1}, {0, 1}},
			t:    [][]float64{{0.5, 0.5}, {0.5, 0.5}},
			dict: [][]bool{tc.dict[0][:], tc.dict[1][:]},
			null: []float64{2.0 / 3, 1.0 / 3},
		}
		tb.em(beads, tb.index(beads))
		for f := range 2 {
			for e := range 2 {
				if got := tb.t[f][e]; math.Abs(got-tc.want[f][e]) > 1e-5 {
					t.Errorf("%s: t(e%d|f%d) = %.6f, want %.6f", tc.name, e, f, got, tc.want[f][e])
				}
			}
		}
		for e := range 2 {
			if got := tb.null[e]; math.Abs(got-tc.wantNull[e]) > 1e-5 {
				t.Errorf("%s: t(e%d|NULL) = %.6f, want %.6f", tc.name, e, got, tc.wantNull[e])
			}
		}
		// More iterations: word 0, alone with English word 0 in bead
		// one, takes it; word 1 takes English word 1.
		for range 10 {
			tb.em(beads, tb.index(beads))
		}
		if tb.t[0][0] <= tb.t[0][1] || tb.t[1][1] <= tb.t[1][0] {
			t.Errorf("%s: after 11 iterations t = %v, want f0→e0 and f1→e1 to lead", tc.name, tb.t)
		}
	}
}

// TestIBMScore checks a bead's score by hand: English sentence 0 holds
// stems 0 and 1, sentence 1 stem 2; Chinese sentence 0 translates stem 0
// (t sum 0.8), sentence 1 stem 0 (0.2) and stem 2 (0.9).
func TestIBMScore(t *testing.T) {
	newModel := func() *ibmModel {
		m := &ibmModel{
			eTok:   [][]int32{{0, 1}, {2}},
			bg:     []float64{0.25, 0.25, 0.5},
			sStem:  [][]int32{{0}, {0, 2}},
			sT:     [][]float32{{0.8}, {0.2, 0.9}},
			pairLo: make([]int, 2), off: make([][]int32, 2), hits: make([][]ibmHit, 2), pairs: make([][]float64, 2),
		}
		m.base = []float64{2 * math.Log(1-ibmMix), math.Log(1 - ibmMix)}
		return m
	}
	word := func(s, bg float64) float64 { return math.Log((ibmMix*min(1, s) + (1-ibmMix)*bg) / bg) }
	none := math.Log(1 - ibmMix)
	for _, tc := range []struct {
		name           string
		i0, i1, j0, j1 int
		want           float64
	}{
		{"no English", 0, 1, 0, 0, 0},
		{"no Chinese", 0, 0, 0, 2, 0},
		{"one to one", 0, 1, 0, 1, word(0.8, 0.25) + none},
		{"one to one, nothing translated", 0, 1, 1, 2, none},
		{"one to two", 1, 2, 0, 2, word(0.2, 0.25) + none + word(0.9, 0.5)},
		// Two Chinese sentences: stem 0's sums added (0.8 + 0.2), not
		// averaged.
		{"two to two", 0, 2, 0, 2, word(1.0, 0.25) + none + word(0.9, 0.5)},
	} {
		for _, prefilled := range []bool{false, true} {
			m := newModel()
			if prefilled {
				m.prefill(0, 0, 2)
				m.prefill(1, 0, 2)
			}
			if got := m.score(tc.i0, tc.i1, tc.j0, tc.j1); math.Abs(got-tc.want) > 1e-6 {
				t.Errorf("%s (prefilled %v): score %.6f, want %.6f", tc.name, prefilled, got, tc.want)
			}
		}
	}
}
