package align

import (
	"math"
	"slices"
)

// The soft translation score of the second pass: IBM Model 1, English
// given Chinese with a NULL word, trained by a few EM iterations on the
// first pass's one-to-one beads, the dictionaries' pairs (CC-CEDICT,
// ECDICT, the news renderings, the learnt words) a prior. A bead scores
// the log-probability of its English words against the background (each
// stem's share of the English), each word's probability the sum of its
// translation probabilities over the bead's Chinese words (not their mean,
// which would favour beads of fewer sentences), mixed with the background
// (ibmMix) so an untranslated word costs little.

const (
	// ibmWeight weighs the score against the rest of a bead's cost.
	ibmWeight = 0.005
	// ibmMix is the translation model's share of a word's probability.
	ibmMix = 0.1
	// ibmPrior is a dictionary pair's pseudo-count, at the start and in
	// each M step (a tenth of it).
	ibmPrior = 1.0
	// ibmIters is how many EM iterations train the model.
	ibmIters = 2
	// ibmMin is the least t(e|f) a bead's score reads.
	ibmMin = 0.01
)

// ibmTable holds t(e|f): per Chinese word type, the stems it pairs with
// (sorted) and their probabilities; and t(e|NULL) per stem.
type ibmTable struct {
	rowE [][]int32
	t    [][]float64
	dict [][]bool // per type and row entry: a dictionary pair
	null []float64
	// EM's counts, kept from one iteration to the next.
	c     [][]float64
	cNull []float64
}

// ibmBead is a training bead: its Chinese word types and stems, sorted,
// unique.
type ibmBead struct{ z, e []int32 }

// index returns, for each bead, the row entries of its pairs: for its
// Chinese word q and English word y, entry q·len(e)+y.
func (tb *ibmTable) index(beads []ibmBead) [][]int32 {
	ix := make([][]int32, len(beads))
	for x, b := range beads {
		ix[x] = make([]int32, 0, len(b.z)*len(b.e))
		for _, f := range b.z {
			r, k := tb.rowE[f], 0
			for _, e := range b.e {
				for r[k] < e { // every pair is in its row
					k++
				}
				ix[x] = append(ix[x], int32(k))
			}
		}
	}
	return ix
}

// em runs one EM iteration over the beads (ix: their index) and sets the
// table to its M step.
func (tb *ibmTable) em(beads []ibmBead, ix [][]int32) {
	if tb.c == nil {
		tb.c = make([][]float64, len(tb.t))
		for f := range tb.c {
			tb.c[f] = make([]float64, len(tb.t[f]))
		}
		tb.cNull = make([]float64, len(tb.null))
	}
	c, cNull := tb.c, tb.cNull
	for f := range c {
		clear(c[f])
	}
	clear(cNull)
	var den []float64
	for x, b := range beads {
		ix, ne := ix[x], len(b.e)
		den = den[:0]
		for y, e := range b.e {
			d := tb.null[e]
			for q, f := range b.z {
				d += tb.t[f][ix[q*ne+y]]
			}
			den = append(den, d)
		}
		for y, e := range b.e {
			if den[y] == 0 {
				continue
			}
			cNull[e] += tb.null[e] / den[y]
			for q, f := range b.z {
				k := ix[q*ne+y]
				c[f][k] += tb.t[f][k] / den[y]
			}
		}
	}
	for f := range c {
		for k := range c[f] {
			if tb.dict[f][k] {
				c[f][k] += ibmPrior / 10
			}
		}
	}
	tb.t, tb.c = c, tb.t
	tb.norm()
	if s := sum(cNull); s > 0 {
		for e := range cNull {
			tb.null[e] = cNull[e] / s
		}
	}
}

// norm makes each type's row a distribution.
func (tb *ibmTable) norm() {
	for _, r := range tb.t {
		if s := sum(r); s > 0 {
			for k := range r {
				r[k] /= s
			}
		}
	}
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// ibmModel scores beads by the trained table.
type ibmModel struct {
	eTok [][]int32 // per English sentence: stem ids, sorted, unique
	bg   []float64 // per stem: its share of the English's tokens
	base []float64 // per English sentence: its score with no word translated
	// Per Chinese sentence: the stems its words translate, sorted, and
	// the sum of their t(e|f) over the sentence's words.
	sStem [][]int32
	sT    [][]float32
	// Per Chinese sentence, by English sentence from pairLo (see
	// prefill): the English words it translates (hits[off[k]:off[k+1]]),
	// and the score of the bead of the two sentences alone.
	pairLo []int
	off    [][]int32
	hits   [][]ibmHit
	pairs  [][]float64
}

// ibmHit is an English sentence's word (its index) and the sum of its
// t(e|f) over a Chinese sentence's words.
type ibmHit struct {
	y    int32
	s, v float32 // v: the word's term (see term) for s
}

// newIBM trains the model; lm gives the dictionaries' pairs (its stem ids
// are this model's: both number the English's stems in order).
func newIBM(lm *lexModel, zhWords, enWords [][]string, beads []Bead) *ibmModel {
	m := &ibmModel{}
	stemID := map[string]int32{}
	m.eTok = make([][]int32, len(enWords))
	for j, ws := range enWords {
		for _, w := range ws {
			id, ok := stemID[w]
			if !ok {
				id = int32(len(stemID))
				stemID[w] = id
			}
			m.eTok[j] = append(m.eTok[j], id)
		}
		slices.Sort(m.eTok[j])
		m.eTok[j] = slices.Compact(m.eTok[j])
	}
	typeID := map[string]int32{}
	var dict [][]int32 // per type: the dictionaries' stems, sorted (the lexical model's)
	zTok := make([][]int32, len(zhWords))
	for i, ws := range zhWords {
		for _, w := range ws {
			if zhStop[w] {
				continue
			}
			id, ok := typeID[w]
			if !ok {
				id = int32(len(typeID))
				typeID[w] = id
				var d []int32
				if lt, ok := lm.zType[w]; ok && lt >= 0 {
					d = lm.trans[lt]
				}
				dict = append(dict, d)
			}
			zTok[i] = append(zTok[i], id)
		}
		slices.Sort(zTok[i])
		zTok[i] = slices.Compact(zTok[i])
	}
	m.bg = make([]float64, len(stemID))
	for _, ts := range m.eTok {
		for _, s := range ts {
			m.bg[s]++
		}
	}
	tot := sum(m.bg)
	for s := range m.bg {
		m.bg[s] /= tot
	}
	// Training beads, and by type the beads it is in.
	var train []ibmBead
	start := make([]int32, len(typeID)+1)
	for _, b := range beads {
		if b.ZH.Len() == 1 && b.EN.Len() == 1 {
			tb := ibmBead{zTok[b.ZH.Lo], m.eTok[b.EN.Lo]}
			train = append(train, tb)
			for _, f := range tb.z {
				start[f+1]++
			}
		}
	}
	for f := range len(typeID) {
		start[f+1] += start[f]
	}
	in := make([]int32, start[len(typeID)])
	fill := slices.Clone(start)
	for x, b := range train {
		for _, f := range b.z {
			in[fill[f]] = int32(x)
			fill[f]++
		}
	}
	// Rows: the dictionary's pairs and the training beads', each once.
	tb := &ibmTable{rowE: make([][]int32, len(typeID)), dict: make([][]bool, len(typeID)), t: make([][]float64, len(typeID))}
	mark := make([]int32, len(stemID))
	for e := range mark {
		mark[e] = -1
	}
	var co []int32
	for f := range int32(len(typeID)) {
		for _, e := range dict[f] {
			mark[e] = f
		}
		co = co[:0]
		for _, x := range in[start[f]:start[f+1]] {
			for _, e := range train[x].e {
				if mark[e] != f {
					mark[e] = f
					co = append(co, e)
				}
			}
		}
		slices.Sort(co)
		d := dict[f]
		row := make([]int32, 0, len(d)+len(co))
		isDict := make([]bool, 0, len(d)+len(co))
		for a, b := 0, 0; a < len(d) || b < len(co); {
			if b == len(co) || a < len(d) && d[a] < co[b] {
				row, isDict = append(row, d[a]), append(isDict, true)
				a++
			} else {
				row, isDict = append(row, co[b]), append(isDict, false)
				b++
			}
		}
		tb.rowE[f], tb.dict[f] = row, isDict
	}
	for f := range tb.t {
		tb.t[f] = make([]float64, len(tb.rowE[f]))
		for k := range tb.t[f] {
			tb.t[f][k] = 1
			if tb.dict[f][k] {
				tb.t[f][k] += ibmPrior
			}
		}
	}
	tb.norm()
	tb.null = slices.Clone(m.bg)
	ix := tb.index(train)
	for range ibmIters {
		tb.em(train, ix)
	}
	// Each Chinese sentence's translations, summed over its words.
	acc := make([]float64, len(stemID))
	m.sStem = make([][]int32, len(zhWords))
	m.sT = make([][]float32, len(zhWords))
	for i, ts := range zTok {
		var st []int32
		for _, f := range ts {
			for k, e := range tb.rowE[f] {
				if tb.t[f][k] < ibmMin {
					continue
				}
				if acc[e] == 0 {
					st = append(st, e)
				}
				acc[e] += tb.t[f][k]
			}
		}
		slices.Sort(st)
		m.sStem[i] = st
		m.sT[i] = make([]float32, len(st))
		for k, e := range st {
			m.sT[i][k] = float32(acc[e])
			acc[e] = 0
		}
	}
	m.base = make([]float64, len(enWords))
	for j, ts := range m.eTok {
		m.base[j] = float64(len(ts)) * math.Log(1-ibmMix)
	}
	m.pairLo = make([]int, len(zhWords))
	m.off = make([][]int32, len(zhWords))
	m.hits = make([][]ibmHit, len(zhWords))
	m.pairs = make([][]float64, len(zhWords))
	return m
}

// appendHits appends the words of English sentence j that Chinese
// sentence i translates.
func (m *ibmModel) appendHits(dst []ibmHit, i, j int) []ibmHit {
	st, sv := m.sStem[i], m.sT[i]
	k := 0
	for y, e := range m.eTok[j] {
		for k < len(st) && st[k] < e {
			k++
		}
		if k == len(st) {
			break
		}
		if st[k] == e {
			dst = append(dst, ibmHit{int32(y), sv[k], float32(m.term(e, float64(sv[k])))})
		}
	}
	return dst
}

// term is an English word's log-probability against the background, for
// a sum s of its translation probabilities, less that of a word not
// translated (base).
func (m *ibmModel) term(e int32, s float64) float64 {
	bg := m.bg[e]
	return math.Log((ibmMix*min(1, s)+(1-ibmMix)*bg)/bg) - math.Log(1-ibmMix)
}

func (m *ibmModel) hitsScore(j int, hs []ibmHit) float64 {
	v := m.base[j]
	for _, h := range hs {
		v += float64(h.v)
	}
	return v
}

// prefill computes row i's hits and pair scores with English sentences
// lo..hi-1 (before costs are filled in parallel: score reads them only).
func (m *ibmModel) prefill(i, lo, hi int) {
	off := make([]int32, 1, hi-lo+1)
	var hits []ibmHit
	row := make([]float64, hi-lo)
	for j := lo; j < hi; j++ {
		n := len(hits)
		hits = m.appendHits(hits, i, j)
		row[j-lo] = m.hitsScore(j, hits[n:])
		off = append(off, int32(len(hits)))
	}
	m.pairLo[i], m.off[i], m.hits[i], m.pairs[i] = lo, off, hits, row
}

// pairHits returns the words of English sentence j that Chinese sentence
// i translates.
func (m *ibmModel) pairHits(i, j int) []ibmHit {
	if k := j - m.pairLo[i]; m.off[i] != nil && uint(k) < uint(len(m.pairs[i])) {
		return m.hits[i][m.off[i][k]:m.off[i][k+1]]
	}
	return m.appendHits(nil, i, j)
}

// score is the bead's score (higher is better); a bead without a side
// scores 0, its English all background.
func (m *ibmModel) score(i0, i1, j0, j1 int) float64 {
	if i0 == i1 || j0 == j1 {
		return 0
	}
	v := 0.0
	if i1-i0 == 1 {
		row, lo := m.pairs[i0], m.pairLo[i0]
		for j := j0; j < j1; j++ {
			if k := j - lo; uint(k) < uint(len(row)) {
				v += row[k]
			} else {
				v += m.hitsScore(j, m.pairHits(i0, j))
			}
		}
		return v
	}
	// Several Chinese sentences: a word's sums added over them (its term
	// computed again, once, where several translate it: v set to NaN).
	var buf [64]ibmHit
	for j := j0; j < j1; j++ {
		hs := buf[:0]
		merged := false
		for i := i0; i < i1; i++ {
		next:
			for _, h := range m.pairHits(i, j) {
				for k := range hs {
					if hs[k].y == h.y {
						hs[k].s += h.s
						hs[k].v = float32(math.NaN())
						merged = true
						continue next
					}
				}
				hs = append(hs, h)
			}
		}
		if merged {
			for k, h := range hs {
				if h.v != h.v {
					hs[k].v = float32(m.term(m.eTok[j][h.y], float64(h.s)))
				}
			}
		}
		v += m.hitsScore(j, hs)
	}
	return v
}
