package align

import (
	"math"
	"strings"
	"unicode"
)

// Clause boundaries. Where a translator renders one sentence by several,
// or several by one, the new sentence boundaries fall where the other text
// has a clause boundary (a comma, a semicolon, a colon, a dash): 他推开门，
// 走了进去，屋里没有人。 is "He pushed the door open and went in. There was
// nobody inside." with the break at the second comma. So a bead with more
// than one sentence on a side is checked inside: each of its sentence
// boundaries, as a share of its side's length, should lie near a clause or
// sentence boundary of the other side at the same share.

// clauseMarks are the marks that end a clause inside a sentence (a
// question or an exclamation inside a quotation too: “走吧！”他说。).
const (
	zhClauseMarks = "，；：—…。！？"
	enClauseMarks = ",;:—–(!?"
)

// clauseOffsets returns the offsets, in the sentence's length units (see
// zhLength and enLength), of its clause boundaries (not at its end).
func clauseOffsets(s string, zh bool) []float64 {
	marks := enClauseMarks
	if zh {
		marks = zhClauseMarks
	}
	var out []float64
	n, last := 0.0, 0.0 // length so far, and at the last letter
	for _, r := range s {
		switch {
		case zh && unicode.Is(unicode.Han, r):
			n++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if zh {
				n += 0.3
			} else {
				n++
			}
		case strings.ContainsRune(marks, r):
			if n > 0 && (len(out) == 0 || out[len(out)-1] != n) {
				out = append(out, n)
			}
			continue
		default:
			continue
		}
		last = n
	}
	// Marks after the last letter end the sentence: no clause there.
	for len(out) > 0 && out[len(out)-1] >= last {
		out = out[:len(out)-1]
	}
	return out
}

// boundaryIndex lists a side's clause and sentence boundaries as positions
// along the text (cumulative length), in order: pos[at[k]] is where
// sentence k starts, its clause boundaries follow.
type boundaryIndex struct {
	pos []float64
	at  []int // per sentence, and the end
}

func newBoundaryIndex(cum []float64, clauses [][]float64) boundaryIndex {
	var bi boundaryIndex
	bi.at = make([]int, len(clauses)+1)
	for k, cs := range clauses {
		bi.at[k] = len(bi.pos)
		bi.pos = append(bi.pos, cum[k])
		for _, o := range cs {
			bi.pos = append(bi.pos, cum[k]+o)
		}
	}
	bi.at[len(clauses)] = len(bi.pos)
	return bi
}

// fitScale weighs the inner fit; fitCap caps a boundary's distance (as a
// share of the bead).
const fitScale, fitCap = 0.35, 0.3

// innerFit is the cost of a bead's inner sentence boundaries: for each,
// its distance (as a share of its side) to the nearest boundary of the
// other side at the same share, capped at fitCap, in tenths, times
// fitScale.
func (al *aligner) innerFit(i0, i1, j0, j1 int) float64 {
	zL := al.cumZ[i1] - al.cumZ[i0]
	eL := al.cumE[j1] - al.cumE[j0]
	if zL <= 0 || eL <= 0 {
		return 0
	}
	d := 0.0
	zs := al.zBounds.pos[al.zBounds.at[i0]+1 : al.zBounds.at[i1]]
	es := al.eBounds.pos[al.eBounds.at[j0]+1 : al.eBounds.at[j1]]
	for i := i0 + 1; i < i1; i++ {
		d += nearest((al.cumZ[i]-al.cumZ[i0])/zL, es, al.cumE[j0], eL)
	}
	for j := j0 + 1; j < j1; j++ {
		d += nearest((al.cumE[j]-al.cumE[j0])/eL, zs, al.cumZ[i0], zL)
	}
	return fitScale * d / 0.1
}

// nearest returns the distance, as a share of total, from share x to the
// nearest of the positions ps (measured from start), capped.
func nearest(x float64, ps []float64, start, total float64) float64 {
	t := start + x*total
	d := fitCap * total
	for _, p := range ps {
		d = min(d, math.Abs(p-t))
		if p > t {
			break
		}
	}
	return d / total
}
