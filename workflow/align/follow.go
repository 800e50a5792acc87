package align

import (
	"math"
	"slices"
)

// follow finds a path for the first pass's band when the path strays from
// the diagonal further than moving the band reaches (texts laid end to end,
// each translated at its own ratio, stray by hundreds of sentences): one
// pass of the first pass's programme whose band follows the path as it
// goes, row by row. Row i's band is centred where the best path into row
// i-1 was followLag rows before, carried on at that path's slope over the
// followSlope rows before that, and followLead sentences ahead. (The
// cheapest cell of a row is a poor guide by itself: a cell that has
// aligned fewer English sentences has paid for fewer, and one that has
// aligned more may have collected more dictionary matches; the path some
// rows back is settled.) The bead costs are computed as the rows are
// reached, on one goroutine: about two ordinary passes, linear in the
// texts' length. It returns the best path's centres, or nil when the end
// fell outside the band (the caller then widens the band instead).
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
	// back steps from (r, j) to the start of the best path's bead into it.
	back := func(r, j int) (int, int) {
		sh := beadShapes[al.back[al.cell(r, j)]]
		return r - sh.zh, j - sh.en
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
			c := at + diag[i] - diag[i-1]
			if !math.IsInf(best, 1) {
				r, j := i-1, at
				for r > i-1-followLag && (r > 0 || j > 0) {
					r, j = back(r, j)
				}
				r0, j0 := r, j
				for r > r0-followSlope && (r > 0 || j > 0) {
					r, j = back(r, j)
				}
				if r0 > r {
					c = j0 + int(math.Round(float64(j0-j)*float64(i-r0)/float64(r0-r)))
				} else {
					c = j0 + diag[i] - diag[r0]
				}
			}
			al.center[i] = max(0, min(m, c+followLead))
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
		i0, j0 := back(i, j)
		beads = append(beads, Bead{ZH: Span{i0, i}, EN: Span{j0, j}})
		i, j = i0, j0
	}
	slices.Reverse(beads)
	return pathCenters(beads, n, m)
}
