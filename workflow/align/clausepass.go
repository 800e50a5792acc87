package align

import (
	"github.com/bitext-desk/bitext/articles"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Clause-level evidence. A translator often moves a clause across a
// sentence boundary: 老王推开了大门。院子里种满了玫瑰，一只黑猫睡在井边。
// may become "Lao Wang pushed the gate open on a courtyard full of roses.
// A black cat slept by the well." — two Chinese sentences rendered by two
// English ones that break elsewhere (2-2), which the sentence-level scores
// take for two one-to-one pairs: only a few words cross the boundary, and
// the 2-2 shape's prior outweighs them. So after the search, two
// neighbouring one-to-one pairs are read again clause by clause: the words
// the dictionary (and the learnt words) translate are placed along each
// side, and the two pairs are cut apart once at both sentence boundaries,
// and once at the sentence boundary of one side and a clause boundary of
// the other (，；：、 … and , ; : — ( !), within half of the sentence the
// clause leaves. When a cut that moves a clause agrees better with the
// words — each word on the same side of the cut as a translation of it —
// and brings at least two words of each language into agreement, the
// margin (in the lexical score's units) is taken off the 2-2 pair's cost,
// and the two pairs become one if it is then the cheaper reading.
//
// Two neighbouring pairs of other shapes are read the same way (a clause
// moved into a 1-2 pair's neighbour makes a 2-3 pair, as 1-2 + 1-1, 1-1 +
// 1-2 or 2-1 + 1-1 → 3-2), and joined when their union is a shape the
// aligner has, but only on a larger clause's evidence (clauseBigWords):
// with two words of each language, such joins take more right pairs than
// they give. Then the same reading moves a whole sentence across the
// boundary of two neighbouring pairs when the words say it belongs to the
// other one (clauseShift). The same margin as a bonus for every 2-2 pair
// in the search, joining three neighbouring pairs, and cutting a pair of
// several sentences in two where no clause crosses the cut did not help
// (TUNING.md).

// clauseWords is the least number of words of each language a cut across
// a sentence boundary must bring into agreement: one word's translation
// in the neighbouring sentence is a coincidence, a clause's are not.
const clauseWords = 2

// clauseBigWords is the least number of words of both languages together
// a cut must bring into agreement to join two pairs that are not both
// one-to-one: they hold more sentences, so more words cross by chance.
const clauseBigWords = 7

// clauseShare is the largest share of its sentence a moved clause has.
const clauseShare = 0.5

// clauseOn switches the clause pass on (tests compare with and without).
var clauseOn = true

// clauseMerge joins two neighbouring pairs of the alignment into one when
// the words read clause by clause show a clause moved across their
// boundary (clauseCross) by a margin larger than what the joined pair
// costs more than the two: two one-to-one pairs into a 2-2 pair, other
// neighbours into any shape the aligner has (beadShapes) on a larger
// clause's evidence. The pair's confidence is its posterior with that
// cost.
func (al *aligner) clauseMerge(beads []Bead) []Bead {
	total := al.fwd[al.cell(len(al.zh), len(al.en))]
	out := beads[:0:0]
	for k := 0; k < len(beads); k++ {
		b := beads[k]
		if k+1 < len(beads) {
			if nb, ok := al.clauseJoin(b, beads[k+1], total); ok {
				out = append(out, nb)
				k++
				continue
			}
		}
		out = append(out, b)
	}
	al.clauseShift(out, total)
	return out
}

// clauseJoin returns b and c joined into one pair, if a clause moved
// across their boundary makes that the cheaper reading.
func (al *aligner) clauseJoin(b, c Bead, total float64) (Bead, bool) {
	if b.ZH.Len() == 0 || b.EN.Len() == 0 || c.ZH.Len() == 0 || c.EN.Len() == 0 {
		return Bead{}, false
	}
	nb := Bead{ZH: Span{b.ZH.Lo, c.ZH.Hi}, EN: Span{b.EN.Lo, c.EN.Hi}}
	prior, ok := shapeCost(nb.ZH.Len(), nb.EN.Len())
	if !ok {
		return Bead{}, false
	}
	g, dz, de := al.clauseCross(b.ZH.Lo, c.ZH.Lo, c.ZH.Hi, b.EN.Lo, c.EN.Lo, c.EN.Hi)
	if g <= 0 || !(oneToOne(b) && oneToOne(c)) && dz+de < clauseBigWords {
		return Bead{}, false
	}
	nb.Cost = al.cost(nb.ZH.Lo, nb.EN.Lo, nb.ZH.Len(), nb.EN.Len(), prior) - g
	if nb.Cost >= b.Cost+c.Cost {
		return Bead{}, false
	}
	al.settle(&nb, total)
	return nb, true
}

// settle sets a pair the clause pass made its confidence, its posterior
// at its cost (total is the weight of all alignments), and its shared
// anchors.
func (al *aligner) settle(b *Bead, total float64) {
	if p, q := al.cell(b.ZH.Lo, b.EN.Lo), al.cell(b.ZH.Hi, b.EN.Hi); p >= 0 && q >= 0 {
		b.Confidence = clamp(math.Exp(-(al.fwd[p] + b.Cost/posteriorTemp + al.bwd[q] - total)), 0, 1)
	}
	b.Shared = al.sharedAnchors(*b)
}

// clauseShift moves one sentence across the boundary of two neighbouring
// pairs (1-2 + 1-1 → 1-1 + 1-2, 2-1 + 1-1 → 1-1 + 2-1, and so on) when
// the words, read clause by clause, agree better with the moved boundary
// by more than the two new pairs cost more than the old ones, and the
// move brings at least clauseWords words of each language into
// agreement: the sentence scores weigh a word's translation anywhere in a
// pair, the reading weighs where it stands.
func (al *aligner) clauseShift(beads []Bead, total float64) {
	for k := 0; k+1 < len(beads); k++ {
		b, c := beads[k], beads[k+1]
		if b.ZH.Len() == 0 || b.EN.Len() == 0 || c.ZH.Len() == 0 || c.EN.Len() == 0 {
			continue
		}
		i0, im, i1, j0, jm, j1 := b.ZH.Lo, c.ZH.Lo, c.ZH.Hi, b.EN.Lo, c.EN.Lo, c.EN.Hi
		if al.zhParaBoundary[im] || al.enParaBoundary[jm] {
			continue // a paragraph break is the surest boundary
		}
		var r clauseReading
		if !al.readClauses(&r, i0, i1, j0, j1) {
			continue
		}
		v0, z0, e0 := r.agree(al.cutAt(i0, im, j0, jm))
		best, moved := 0.0, false
		var bp, bq Bead
		for _, m := range [4][2]int{{im, jm - 1}, {im, jm + 1}, {im - 1, jm}, {im + 1, jm}} {
			if m[0] <= i0 || m[0] >= i1 || m[1] <= j0 || m[1] >= j1 {
				continue
			}
			p := Bead{ZH: Span{i0, m[0]}, EN: Span{j0, m[1]}}
			q := Bead{ZH: Span{m[0], i1}, EN: Span{m[1], j1}}
			pc, ok := shapeCost(p.ZH.Len(), p.EN.Len())
			qc, ok2 := shapeCost(q.ZH.Len(), q.EN.Len())
			if !ok || !ok2 {
				continue
			}
			v, z, e := r.agree(al.cutAt(i0, m[0], j0, m[1]))
			if z-z0 < clauseWords || e-e0 < clauseWords {
				continue
			}
			p.Cost = al.cost(p.ZH.Lo, p.EN.Lo, p.ZH.Len(), p.EN.Len(), pc)
			q.Cost = al.cost(q.ZH.Lo, q.EN.Lo, q.ZH.Len(), q.EN.Len(), qc)
			if g := float64(v-v0) - (p.Cost + q.Cost - b.Cost - c.Cost); g > best {
				best, bp, bq, moved = g, p, q, true
			}
		}
		if moved {
			al.settle(&bp, total)
			al.settle(&bq, total)
			beads[k], beads[k+1] = bp, bq
			k++
		}
	}
}

func oneToOne(b Bead) bool { return b.ZH.Len() == 1 && b.EN.Len() == 1 }

// shapeCost returns the prior cost of a bead shape, if the aligner has it.
func shapeCost(a, b int) (float64, bool) {
	for _, sh := range beadShapes {
		if sh.zh == a && sh.en == b {
			return sh.cost, true
		}
	}
	return 0, false
}

// wordOffsets sets, for each word the lexical model keeps, where it starts
// in its sentence, in the sentence's length units (zhLength, enLength), so
// that words can be placed against clause boundaries.
func (al *aligner) wordOffsets(zh, en []articles.Sentence) {
	m := al.lex
	m.zOff = make([][]float32, len(m.zTok))
	for i, ts := range m.zTok {
		if len(ts) == 0 {
			continue
		}
		starts := zhWordStarts(zh[i].Text, al.zhWords[i])
		m.zOff[i] = make([]float32, len(ts))
		for k := range ts {
			x := int(m.zPos[i][k] * float32(len(al.zhWords[i])))
			m.zOff[i][k] = starts[min(x, len(starts)-1)]
		}
	}
	m.eOff = make([][]float32, len(m.eTok))
	for j, ts := range m.eTok {
		if len(ts) == 0 {
			continue
		}
		starts := enWordStarts(en[j].Text)
		m.eOff[j] = make([]float32, len(ts))
		for y := range ts {
			if p := m.ePos[j][y]; p >= 0 && len(starts) > 0 {
				x := int(p * float32(len(al.enWords[j])))
				m.eOff[j][y] = starts[min(x, len(starts)-1)]
			}
		}
	}
}

// zhWordStarts returns where each of the sentence's dictionary words
// (Lexicon.Segment, which keeps the Han runs in order) starts, in zhLength
// units.
func zhWordStarts(s string, words []string) []float32 {
	var hanAt []float32 // length before each Han character
	n := float32(0)
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			hanAt = append(hanAt, n)
			n++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n += 0.3
		}
	}
	out := make([]float32, len(words))
	h := 0
	for x, w := range words {
		if h < len(hanAt) {
			out[x] = hanAt[h]
		} else {
			out[x] = n
		}
		h += utf8.RuneCountInString(w)
	}
	return out
}

// enWordStarts returns where each word englishWords keeps starts, in
// enLength units.
func enWordStarts(s string) []float32 {
	var out []float32
	var buf [32]byte // the word, lower-cased: only short words can be stopwords
	n, start, w, wlen := float32(0), float32(0), buf[:0], 0
	flush := func() {
		if wlen >= 2 && (wlen > len(buf) || !stopwords[string(w)]) {
			out = append(out, start)
		}
		w, wlen = buf[:0], 0
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			if wlen == 0 {
				start = n
			}
			lr := unicode.ToLower(r)
			k := utf8.RuneLen(lr)
			if wlen += k; wlen <= len(buf) {
				w = utf8.AppendRune(w, lr)
			}
		} else if wlen > 0 {
			flush()
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	if wlen > 0 {
		flush()
	}
	return out
}

// maxClauseWords and maxClausePairs bound the words and translation pairs
// a bead's clause reading looks at.
const (
	maxClauseWords = 256
	maxClausePairs = 512
)

// clauseReading is what a span of sentences' words say, read clause by
// clause: the words with a translation on the other side, where they
// stand (from the span's start, in the length units) and how much a hit
// weighs; and the pairs of words that translate each other.
type clauseReading struct {
	zx, zw, ex, ew [maxClauseWords]float32
	pz, pe         [maxClausePairs]uint16
	np             int
}

// readClauses reads Chinese sentences i0..i1-1 and English j0..j1-1 into
// r; false when no word translates one on the other side, or too many do.
func (al *aligner) readClauses(r *clauseReading, i0, i1, j0, j1 int) bool {
	m := al.lex
	if m.zOff == nil || i1-i0 > maxSide || j1-j0 > maxSide {
		return false
	}
	const w = maxSide + 1
	var rows [maxSide][]pairMask
	var zAnyHit, eAnyHit [maxSide][2]uint64
	var zBase, eBase [maxSide]int
	for i := i0; i < i1; i++ {
		rows[i-i0] = m.masks(i, j0, j1)
		for k, pm := range rows[i-i0] {
			zAnyHit[i-i0][0] |= pm.z[0]
			zAnyHit[i-i0][1] |= pm.z[1]
			eAnyHit[k][0] |= pm.e[0]
			eAnyHit[k][1] |= pm.e[1]
		}
	}
	// place lists the words of sentences lo..hi-1 of one side that have a
	// hit (as hit marks them) into xs and ws, each sentence's first at
	// base; false when there are too many.
	place := func(lo, hi int, hit *[maxSide][2]uint64, toks [][]int32, offs [][]float32, cum []float64, cls []int32, diff []float64, xs, ws *[maxClauseWords]float32, base *[maxSide]int) (n int, ok bool) {
		for i := lo; i < hi; i++ {
			base[i-lo] = n
			off := float32(cum[i] - cum[lo])
			for h := range 2 {
				for x := hit[i-lo][h]; x != 0; x &= x - 1 {
					k := h*64 + bits.TrailingZeros64(x)
					if n == maxClauseWords {
						return n, false
					}
					xs[n], ws[n] = off+offs[i][k], float32(diff[int(cls[toks[i][k]])*w+1])
					n++
				}
			}
		}
		return n, true
	}
	_, okZ := place(i0, i1, &zAnyHit, m.zTok, m.zOff, al.cumZ, m.zCls, m.zDiff, &r.zx, &r.zw, &zBase)
	_, okE := place(j0, j1, &eAnyHit, m.eTok, m.eOff, al.cumE, m.eCls, m.eDiff, &r.ex, &r.ew, &eBase)
	if !okZ || !okE {
		return false
	}
	np := 0
	for i := i0; i < i1; i++ {
		ts := m.zTok[i]
		for jj, pm := range rows[i-i0] {
			j := j0 + jj
			for h := range 2 {
				for x := pm.z[h]; x != 0; x &= x - 1 {
					k := h*64 + bits.TrailingZeros64(x)
					zk := zBase[i-i0] + rank(zAnyHit[i-i0], k)
					tr := m.trans[ts[k]]
					for h2 := range 2 {
						for x2 := pm.e[h2]; x2 != 0; x2 &= x2 - 1 {
							y := h2*64 + bits.TrailingZeros64(x2)
							if !slices.Contains(tr, m.eTok[j][y]) {
								continue
							}
							if np == maxClausePairs {
								return false
							}
							r.pz[np], r.pe[np] = uint16(zk), uint16(eBase[jj]+rank(eAnyHit[jj], y))
							np++
						}
					}
				}
			}
		}
	}
	r.np = np
	return np > 0
}

// agree is how well the words agree with the cut (p, q): each word with a
// translation on its own side of the cut counts its weight (its hit's
// log-likelihood ratio), each with translations only across it counts
// against; and how many words of each language agree.
func (r *clauseReading) agree(p, q float32) (v float32, nz, ne int) {
	var zSame, zAny, eSame, eAny [maxClauseWords / 64]uint64
	for k := range r.np {
		a, b := r.pz[k], r.pe[k]
		zAny[a>>6] |= 1 << (a & 63)
		eAny[b>>6] |= 1 << (b & 63)
		if (r.zx[a] < p) == (r.ex[b] < q) {
			zSame[a>>6] |= 1 << (a & 63)
			eSame[b>>6] |= 1 << (b & 63)
		}
	}
	tally := func(any, same []uint64, ws []float32) (n int) {
		for h := range any {
			for x := any[h]; x != 0; x &= x - 1 {
				k := h*64 + bits.TrailingZeros64(x)
				if same[h]&(1<<(k&63)) == 0 {
					v -= ws[k]
				} else {
					v += ws[k]
					n++
				}
			}
		}
		return n
	}
	nz = tally(zAny[:], zSame[:], r.zw[:])
	ne = tally(eAny[:], eSame[:], r.ew[:])
	return v, nz, ne
}

// cutAt is the cut at sentence boundaries im and jm, in the length units
// from i0 and j0.
func (al *aligner) cutAt(i0, im, j0, jm int) (float32, float32) {
	return float32(al.cumZ[im] - al.cumZ[i0]), float32(al.cumE[jm] - al.cumE[j0])
}

// clauseCross reads the pairs i0..im × j0..jm and im..i1 × jm..j1 clause
// by clause: it returns how much better (in the lexical score's units)
// their words agree with the best cut that keeps one side's boundary (im or
// jm) and moves the other's to one of its clause boundaries than with the
// cut at both, and how many words of each language that cut brings into
// agreement; 0 when no cut that brings clauseWords of each is better.
func (al *aligner) clauseCross(i0, im, i1, j0, jm, j1 int) (g float64, dz, de int) {
	var r clauseReading
	if !al.readClauses(&r, i0, i1, j0, j1) {
		return 0, 0, 0
	}
	pZ, pE := al.cutAt(i0, im, j0, jm)
	base, bz, be := r.agree(pZ, pE)
	best := base
	try := func(p, q float32) {
		if v, nz, ne := r.agree(p, q); v > best && nz-bz >= clauseWords && ne-be >= clauseWords {
			best, dz, de = v, nz-bz, ne-be
		}
	}
	// The clause moved is at most clauseShare of the sentence it leaves.
	zL0, zL1 := float32(al.zh[im-1].length), float32(al.zh[im].length)
	eL0, eL1 := float32(al.en[jm-1].length), float32(al.en[jm].length)
	share := float32(clauseShare)
	for _, c := range al.zBounds.pos[al.zBounds.at[i0]+1 : al.zBounds.at[i1]] {
		if p := float32(c - al.cumZ[i0]); p < pZ && pZ-p <= share*zL0 || p > pZ && p-pZ <= share*zL1 {
			try(p, pE)
		}
	}
	for _, c := range al.eBounds.pos[al.eBounds.at[j0]+1 : al.eBounds.at[j1]] {
		if q := float32(c - al.cumE[j0]); q < pE && pE-q <= share*eL0 || q > pE && q-pE <= share*eL1 {
			try(pZ, q)
		}
	}
	return float64(best - base), dz, de
}

// rank counts the bits of set below bit k.
func rank(set [2]uint64, k int) int {
	if k < 64 {
		return bits.OnesCount64(set[0] & (1<<k - 1))
	}
	return bits.OnesCount64(set[0]) + bits.OnesCount64(set[1]&(1<<(k-64)-1))
}
