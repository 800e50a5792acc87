package align

import (
	"math"
	"math/bits"
)

// The first pass only looks for the best path (its beads' confidences are
// never asked for), so a bead whose cost cannot beat the best way into its
// end cell need not be costed. The band's costs of the first pass hold, for
// the beads of several sentences, a lower bound (costBound) until forward
// needs the cost itself (see forward); the one-to-one and one-to-none beads
// are costed at once. The path, and every cost it takes, are those the
// costs themselves give, bit for bit: a bead is skipped only when its
// bound already fails to beat the best found (on this pair's 1,109
// sentences, 97 % of the first pass's beads of several sentences).

// lazyFirstPass switches the bounds on (tests compare with and without).
var lazyFirstPass = true

// lazy reports whether the current pass fills bounds (see above).
func (al *aligner) lazy() bool { return lazyFirstPass && al.shapes == firstPassShapes }

// bounded reports whether the shape a-b (Chinese-English sentences) is
// costed by a bound in a lazy pass: the beads of several sentences with
// sentences on both sides.
func bounded(a, b int) bool { return a > 0 && b > 0 && a+b > 2 }

// lexBound is an upper bound of lexModel.score(i0, i1, j0, j1) for a bead
// with sentences on both sides (at most maxSide each): every miss term,
// and for every word of each pair of sentences that translates a word of
// the other the largest of its hit terms (at least 0), counted once per
// pair of sentences it is found in; plus a margin far above the rounding
// of either sum.
func (m *lexModel) lexBound(i0, i1, j0, j1 int) float64 {
	a, b := i1-i0, j1-j0
	const w = maxSide + 1
	v := 0.0
	for i := i0; i < i1; i++ {
		v += m.zMissSum[i*w+b]
		ts := m.zTok[i]
		for y, pm := range m.masks(i, j0, j1) {
			es := m.eTok[j0+y]
			for h := range 2 {
				for x := pm.z[h]; x != 0; x &= x - 1 {
					t := int(m.zCls[ts[h*64+bits.TrailingZeros64(x)]])*w + b
					v += max(0, m.zDiff[t], m.zAt[t], m.zElse[t])
				}
				for x := pm.e[h]; x != 0; x &= x - 1 {
					t := int(m.eCls[es[h*64+bits.TrailingZeros64(x)]])*w + a
					v += max(0, m.eDiff[t], m.eAt[t], m.eElse[t])
				}
			}
		}
	}
	for j := j0; j < j1; j++ {
		v += m.eMissSum[j*w+a]
	}
	return v + boundMargin*(1+math.Abs(v))
}

// boundMargin is lexBound's margin, relative: the sums hold at most some
// hundreds of terms, each rounded to 2^-53 of the sum.
const boundMargin = 1e-9
