package align

import (
	"math"
	"slices"
)

// follow finds a path for the first pass's band when the path strays from
// the diagonal further than re-centring the band reaches (texts laid end to
// end, each translated at its own ratio, stray by hundreds of sentences):
// one pass of the first pass's programme whose band follows its own best
// cell, row by row: row i's band is centred on the cheapest cell of row
// i-1, moved on by the diagonal's step from i-1 to i. The bead costs are
// computed as the rows are reached (one goroutine). It costs about two
// ordinary passes and is linear in the texts' length. It returns the best
// path's centres, or nil when the end fell outside the band (the caller
// then widens the band instead).
func (al *aligner) follow() []int {
	n, m := len(al.zh), len(al.en)
	al.diagonal()
	diag := al.center
	al.band, al.width = followBand, 2*followBand+1
	al.center = make([]int, n+1)
	// The lexical masks' rows hold a window each, widened to every
	// English index asked for: drop them, so that a row's window does not
	// span from the diagonal to a path hundreds of sentences away.
	al.lex.rows = make([][]pairMask, n)
	cells := (n + 1) * al.width
	al.fwd = grow(al.fwd, cells)
	if cap(al.back) < cells {
		al.back = make([]int8, cells)
	}
	al.back = al.back[:cells]
	inf := math.Inf(1)
	for k := range al.fwd[:cells] {
		al.fwd[k], al.back[k] = inf, -1
	}
	shapes := beadShapes[:al.shapes]
	for i := 0; i <= n; i++ {
		if i > 0 {
			best, at := inf, al.center[i-1]
			for j := max(0, al.center[i-1]-al.band); j <= min(m, al.center[i-1]+al.band); j++ {
				if v := al.fwd[al.cell(i-1, j)]; v < best {
					best, at = v, j
				}
			}
			al.center[i] = min(m, at+diag[i]-diag[i-1]+followLead)
		}
		if i == n {
			al.center[i] = m
		}
		for j := max(0, al.center[i]-al.band); j <= min(m, al.center[i]+al.band); j++ {
			c := al.cell(i, j)
			if i == 0 && j == 0 {
				al.fwd[c] = 0
				continue
			}
			best, arg := inf, int8(-1)
			for s, sh := range shapes {
				p := al.cell(i-sh.zh, j-sh.en)
				if p < 0 || math.IsInf(al.fwd[p], 1) {
					continue
				}
				if v := al.fwd[p] + al.cost(i-sh.zh, j-sh.en, sh.zh, sh.en, sh.cost); v < best {
					best, arg = v, int8(s)
				}
			}
			al.fwd[c], al.back[c] = best, arg
		}
	}
	end := al.cell(n, m)
	if end < 0 || math.IsInf(al.fwd[end], 1) {
		return nil
	}
	var beads []Bead
	for i, j := n, m; i > 0 || j > 0; {
		sh := beadShapes[al.back[al.cell(i, j)]]
		beads = append(beads, Bead{ZH: Span{i - sh.zh, i}, EN: Span{j - sh.en, j}})
		i, j = i-sh.zh, j-sh.en
	}
	slices.Reverse(beads)
	return pathCenters(beads, n, m)
}
