package align

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexical model scores a bead by the words its two sides translate,
// as a log-likelihood ratio: for each Chinese word that has a translation
// somewhere in the English text, whether one of its translations is in the
// bead's English (a hit) or not, under "the bead is right" (a hit with
// probability p1, estimated from the document) against "the English is any
// b sentences of the text" (a hit with probability p0, the share of English
// sentences holding a translation, for b of them); and the same for each
// English word that translates a word somewhere in the Chinese. Rare
// translations weigh most; a word whose translations are everywhere weighs
// nothing.

// maxSide is the most sentences a bead has on one side.
const maxSide = 12

const (
	// lexScale weighs the lexical log-likelihood ratio against the length
	// model and the shape priors (words within a sentence are not
	// independent evidence).
	lexScaleDefault = 0.25
	// p0Floor keeps one rare shared word from outweighing everything.
	p0FloorDefault = 0.01
	// defaultHit is the hit rate before it is estimated.
	defaultHit = 0.35
	// maxTokens is the most words a sentence contributes on either side.
	maxTokens = 128
)

type pairMask struct{ z, e [2]uint64 }

type lexModel struct {
	zTok   [][]int32 // per Chinese sentence: word type ids, unique
	eTok   [][]int32 // per English sentence: stem ids, sorted, unique
	trans  [][]int32 // per word type: the stem ids of its translations present in the English, sorted
	zq, eq []float64 // per word type / stem: share of sentences of the other side holding a counterpart
	// Hit rates, for words with a translation learnt from the text
	// (induce; [1]) and for the others ([0]): learnt ones are names and the
	// translator's habits, far more often rendered than a dictionary sense.
	p1z, p1e   [2]float64
	zInd, eInd []bool // per word type / stem: it has a learnt translation
	// Terms by class and side count b (0..maxSide): the miss term, and the
	// hit term less the miss term; a word type's or stem's class is zCls or
	// eCls of it (see terms).
	zMiss, zDiff, eMiss, eDiff []float64
	zCls, eCls                 []int32
	zMissSum, eMissSum         []float64 // per sentence and b
	// Order: per sentence and word, where the word first stands in its
	// sentence (0..1); and the two sides' cumulative lengths (the
	// aligner's). A word of a bead with several sentences on the other
	// side is expected in the one at the same share of the bead (zAt,
	// eAt: its hit there, less its miss; zElse, eElse: its hit elsewhere
	// in the bead, less its miss), by the share inOrder of right beads'
	// hits.
	zPos, ePos             [][]float32
	cumZ, cumE             []float64
	zAt, zElse, eAt, eElse []float64
	inOrder                float64
	zOff, eOff             [][]float32 // per sentence and word: where it starts (clausepass.go)
	rowLo                  []int
	rows                   [][]pairMask
	// For compute: by stem, the generation of markRow that marked it and
	// the Chinese words it translates.
	stemMark  []int32
	stemWords [][2]uint64
	gen       int32
	stems     *stemIndex // the English's stems, shared by both passes' models
}

// zhStop are Chinese function words whose dictionary glosses are content
// words only by accident (的 "target", 了 "finish").
var zhStop = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "的了是在和与及也就都而着或被把这那个之于以其为对从到将并等由向给让使所又还很不没有要会能可得地吧呢吗啊呀嘛么他她它我你们乎矣焉哉兮者也" {
		m[string(r)] = true
	}
	for _, w := range strings.Fields("一个 这个 那个 我们 你们 他们 她们 自己 什么 怎么 这样 那样 这些 那些 因为 所以 但是 可是 如果 虽然 已经 还是 就是 只是 不是 没有 一些 一样 起来 出来 下来 上来 过来 时候") {
		m[w] = true
	}
	return m
}()

// englishWords returns the lower-case stems of an English sentence's
// words, stopwords left out.
func englishWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 2 || stopwords[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// stemIndex numbers the English stems of a text and indexes what the
// lexicon says of them: the Chinese renderings ECDICT gives them and the
// derived words each base translates. It depends on the English alone, so
// both passes' lexical models share one.
type stemIndex struct {
	id       map[string]int32
	rendered renderIndex
	derived  map[string][]int32
}

func newStemIndex(lx *Lexicon, enWords [][]string) *stemIndex {
	stemID := map[string]int32{}
	for _, ws := range enWords {
		for _, w := range ws {
			if _, ok := stemID[w]; !ok {
				stemID[w] = int32(len(stemID))
			}
		}
	}
	return &stemIndex{id: stemID, rendered: lx.renderedBy(stemID), derived: lx.derivedBy(stemID)}
}

// newLexModel builds the lexical model of a text from its words, with the
// stem index of its English (si; made here when nil) and the learnt
// translations (extra).
func newLexModel(lx *Lexicon, si *stemIndex, zhWords, enWords [][]string, extra map[string][]string) *lexModel {
	m := &lexModel{p1z: [2]float64{defaultHit, defaultHit}, p1e: [2]float64{defaultHit, defaultHit}, inOrder: inOrder}
	if si == nil {
		si = newStemIndex(lx, enWords)
	}
	m.stems = si
	stemID, rendered, derived := si.id, si.rendered, si.derived
	// Word types with a translation in the English.
	typeID := map[string]int32{}
	var usedStem = make([]bool, len(stemID))
	var stems []string // a word's translations, reused
	m.zTok = make([][]int32, len(zhWords))
	m.zPos = make([][]float32, len(zhWords))
	for i, ws := range zhWords {
		for x, w := range ws {
			if zhStop[w] {
				continue
			}
			id, ok := typeID[w]
			if !ok {
				stems = rendered.appendStems(append(lx.appendStems(stems[:0], w), extra[w]...), w)
				var tr []int32
				for _, s := range stems {
					if sid, ok := stemID[s]; ok {
						tr = append(tr, sid)
					}
					tr = append(tr, derived[s]...)
				}
				slices.Sort(tr)
				tr = slices.Compact(tr)
				id = int32(len(m.trans))
				if len(tr) == 0 {
					id = -1
				} else {
					m.zInd = append(m.zInd, len(extra[w]) > 0)
					m.trans = append(m.trans, tr)
					for _, s := range tr {
						usedStem[s] = true
					}
				}
				typeID[w] = id
			}
			if id >= 0 && !slices.Contains(m.zTok[i], id) && len(m.zTok[i]) < maxTokens {
				m.zTok[i] = append(m.zTok[i], id)
				m.zPos[i] = append(m.zPos[i], (float32(x)+0.5)/float32(len(ws)))
			}
		}
	}
	m.eInd = make([]bool, len(stemID))
	for _, es := range extra {
		for _, e := range es {
			if sid, ok := stemID[e]; ok {
				m.eInd[sid] = true
			}
		}
	}
	m.eTok = make([][]int32, len(enWords))
	for j, ws := range enWords {
		for _, w := range ws {
			if id := stemID[w]; usedStem[id] {
				m.eTok[j] = append(m.eTok[j], id)
			}
		}
		slices.Sort(m.eTok[j])
		m.eTok[j] = slices.Compact(m.eTok[j])
		if len(m.eTok[j]) > maxTokens {
			m.eTok[j] = m.eTok[j][:maxTokens]
		}
	}
	m.ePos = make([][]float32, len(enWords))
	for j, ws := range enWords {
		m.ePos[j] = make([]float32, len(m.eTok[j]))
		for y := range m.ePos[j] {
			m.ePos[j][y] = -1
		}
		for x, w := range ws {
			if y, ok := slices.BinarySearch(m.eTok[j], stemID[w]); ok && m.ePos[j][y] < 0 {
				m.ePos[j][y] = (float32(x) + 0.5) / float32(len(ws))
			}
		}
	}
	// Document frequencies: English sentences holding a translation of
	// each type, Chinese sentences holding a type translating each stem.
	m.zq = make([]float64, len(m.trans))
	m.eq = make([]float64, len(stemID))
	postings := make([][]int32, len(stemID)) // stem → English sentences
	for j, ts := range m.eTok {
		for _, s := range ts {
			postings[s] = append(postings[s], int32(j))
		}
	}
	seen := make([]int32, len(enWords))
	for k := range seen {
		seen[k] = -1
	}
	for t, tr := range m.trans {
		n := 0
		for _, s := range tr {
			for _, j := range postings[s] {
				if seen[j] != int32(t) {
					seen[j] = int32(t)
					n++
				}
			}
		}
		m.zq[t] = float64(n) / float64(max(1, len(enWords)))
	}
	seenZ := make([]int32, len(stemID))
	for k := range seenZ {
		seenZ[k] = -1
	}
	cnt := make([]int, len(stemID))
	for i, ts := range m.zTok {
		for _, t := range ts {
			for _, s := range m.trans[t] {
				if seenZ[s] != int32(i) {
					seenZ[s] = int32(i)
					cnt[s]++
				}
			}
		}
	}
	for s := range cnt {
		m.eq[s] = float64(cnt[s]) / float64(max(1, len(zhWords)))
	}
	m.rowLo = make([]int, len(zhWords))
	m.rows = make([][]pairMask, len(zhWords))
	m.terms()
	return m
}

// terms computes the hit and miss terms for the current hit rates.
func (m *lexModel) terms() {
	// q is a count over the sentences: few values, and two hit rates, so
	// few classes of words, each computed once; the tables are by class
	// (cls maps a word to its), small enough to stay in the cache.
	fill := func(q []float64, p1of func(t int) float64) (cls []int32, miss, diff, at, elsewhere []float64) {
		const w = maxSide + 1
		type key struct{ q, p1 float64 }
		done := map[key]int32{}
		cls = make([]int32, len(q))
		for t, qt := range q {
			p1 := p1of(t)
			c, ok := done[key{qt, p1}]
			if ok {
				cls[t] = c
				continue
			}
			c = int32(len(done))
			done[key{qt, p1}] = c
			cls[t] = c
			miss = append(miss, make([]float64, w)...)
			diff = append(diff, make([]float64, w)...)
			at = append(at, make([]float64, w)...)
			elsewhere = append(elsewhere, make([]float64, w)...)
			r := int(c) * w
			none := 1.0 // (1-qt)^b: no sentence of b holds a counterpart
			p01 := math.Max(p0Floor, qt)
			for b := 1; b <= maxSide; b++ {
				none *= 1 - qt
				p0 := math.Max(p0Floor, 1-none)
				if p0 >= p1 {
					continue
				}
				hit := math.Log(p1 / p0)
				ms := math.Log((1 - p1) / (1 - p0))
				miss[r+b] = lexScale * ms
				diff[r+b] = lexScale * (hit - ms)
				at[r+b] = lexScale * (math.Log(p1*m.inOrder/p01) - ms)
				elsewhere[r+b] = lexScale * (math.Log(p1*(1-m.inOrder)/math.Max(p0Floor, p0-p01)) - ms)
			}
		}
		return cls, miss, diff, at, elsewhere
	}
	m.zCls, m.zMiss, m.zDiff, m.zAt, m.zElse = fill(m.zq, func(t int) float64 { return m.p1z[b2i(m.zInd[t])] })
	m.eCls, m.eMiss, m.eDiff, m.eAt, m.eElse = fill(m.eq, func(s int) float64 { return m.p1e[b2i(m.eInd[s])] })
	sums := func(toks [][]int32, cls []int32, miss []float64) []float64 {
		out := make([]float64, len(toks)*(maxSide+1))
		for i, ts := range toks {
			for b := 1; b <= maxSide; b++ {
				v := 0.0
				for _, t := range ts {
					v += miss[int(cls[t])*(maxSide+1)+b]
				}
				out[i*(maxSide+1)+b] = v
			}
		}
		return out
	}
	m.zMissSum = sums(m.zTok, m.zCls, m.zMiss)
	m.eMissSum = sums(m.eTok, m.eCls, m.eMiss)
}

// mask returns which words of Chinese sentence i and English sentence j
// translate each other, computing the row's window as needed.
func (m *lexModel) mask(i, j int) pairMask {
	if row := m.rows[i]; row != nil {
		if k := j - m.rowLo[i]; uint(k) < uint(len(row)) {
			return row[k]
		}
	}
	return m.fillRow(i, j)
}

// masks returns the masks of Chinese sentence i with English sentences
// j0..j1-1 (see mask).
func (m *lexModel) masks(i, j0, j1 int) []pairMask {
	row, lo := m.rows[i], m.rowLo[i]
	if row == nil || j0 < lo || j1 > lo+len(row) {
		m.widen(i, j0-masksMargin, j1+masksMargin) // at once, not by j0 and then j1-1
		row, lo = m.rows[i], m.rowLo[i]
	}
	return row[j0-lo : j1-lo]
}

// masksMargin is how many English sentences masks adds on either side of
// the span asked for when it widens a row's window: a few, for a band
// that moves a little; each costs a mask computed.
var masksMargin = 2

// fillRow widens row i's window to hold j and returns its mask.
func (m *lexModel) fillRow(i, j int) pairMask {
	m.widen(i, j-16, j+17)
	return m.rows[i][j-m.rowLo[i]]
}

// widen widens row i's window to hold lo..hi-1 (within the English).
func (m *lexModel) widen(i, lo, hi int) {
	row := m.rows[i]
	if row != nil {
		lo, hi = min(lo, m.rowLo[i]), max(hi, m.rowLo[i]+len(row))
	}
	lo, hi = max(0, lo), min(len(m.eTok), hi)
	nr := make([]pairMask, hi-lo)
	m.markRow(i)
	for k := range nr {
		if old := lo + k - m.rowLo[i]; row != nil && old >= 0 && old < len(row) {
			nr[k] = row[old]
		} else {
			nr[k] = m.compute(lo + k)
		}
	}
	m.rows[i], m.rowLo[i] = nr, lo
}

// markRow marks the stems that translate a word of Chinese sentence i,
// each with the words it translates, for compute.
func (m *lexModel) markRow(i int) {
	if m.stemMark == nil {
		m.stemMark = make([]int32, len(m.eq))
		m.stemWords = make([][2]uint64, len(m.eq))
	}
	m.gen++
	for k, t := range m.zTok[i] {
		for _, s := range m.trans[t] {
			if m.stemMark[s] != m.gen {
				m.stemMark[s], m.stemWords[s] = m.gen, [2]uint64{}
			}
			m.stemWords[s][k>>6] |= 1 << (k & 63)
		}
	}
}

// compute returns which words of the marked Chinese sentence (markRow) and
// English sentence j translate each other: a Chinese word whose
// translations include a stem of the English, and that stem.
func (m *lexModel) compute(j int) pairMask {
	var pm pairMask
	for y, s := range m.eTok[j] {
		if m.stemMark[s] == m.gen {
			pm.e[y>>6] |= 1 << (y & 63)
			w := &m.stemWords[s]
			pm.z[0] |= w[0]
			pm.z[1] |= w[1]
		}
	}
	return pm
}

// inOrder is the share of a right bead's translated words found in the
// sentence at their own share of the bead (see zPos), before a pass
// estimates it.
const inOrder = 0.8

// score is the bead's lexical log-likelihood ratio (higher is better).
func (m *lexModel) score(i0, i1, j0, j1 int) float64 {
	a, b := i1-i0, j1-j0
	if a == 0 || b == 0 || a > maxSide || b > maxSide {
		return 0
	}
	if (a > 1 || b > 1) && m.cumZ != nil {
		return m.scoreOrdered(i0, i1, j0, j1)
	}
	const w = maxSide + 1
	var eh [maxSide][2]uint64
	v := 0.0
	for i := i0; i < i1; i++ {
		var zh [2]uint64
		for k, pm := range m.masks(i, j0, j1) {
			zh[0] |= pm.z[0]
			zh[1] |= pm.z[1]
			eh[k][0] |= pm.e[0]
			eh[k][1] |= pm.e[1]
		}
		v += m.zMissSum[i*w+b]
		ts := m.zTok[i]
		for h := range 2 {
			for x := zh[h]; x != 0; x &= x - 1 {
				k := h*64 + bits.TrailingZeros64(x)
				v += m.zDiff[int(m.zCls[ts[k]])*w+b]
			}
		}
	}
	for j := j0; j < j1; j++ {
		v += m.eMissSum[j*w+a]
		ts := m.eTok[j]
		for h := range 2 {
			for x := eh[j-j0][h]; x != 0; x &= x - 1 {
				k := h*64 + bits.TrailingZeros64(x)
				v += m.eDiff[int(m.eCls[ts[k]])*w+a]
			}
		}
	}
	return v
}

// shareAt returns the index, counted from lo, of the sentence of lo..hi-1
// that holds share p of their total length.
func shareAt(cum []float64, lo, hi int, total, p float64) int {
	x := cum[lo] + p*total
	k := lo
	for k+1 < hi && cum[k+1] <= x {
		k++
	}
	return k - lo
}

// scoreOrdered is score for a bead with several sentences on a side: a
// word translated in the other side's sentence at its own share of the
// bead counts as a hit there, one translated only elsewhere in the bead as
// a weaker one.
func (m *lexModel) scoreOrdered(i0, i1, j0, j1 int) float64 {
	a, b := i1-i0, j1-j0
	const w = maxSide + 1
	var rows [maxSide][]pairMask
	var eh [maxSide][2]uint64
	zL, eL := m.cumZ[i1]-m.cumZ[i0], m.cumE[j1]-m.cumE[j0]
	// A word's place on its side, scaled to the other side's length.
	zToE, eToZ := 0.0, 0.0
	if zL > 0 && eL > 0 {
		zToE, eToZ = eL/zL, zL/eL
	}
	zc, ec := m.zCls, m.eCls
	v := 0.0
	// A 2-2 is read crossed too (see swapCost): vs is its score so read.
	swap := a == 2 && b == 2 && swapOn
	vs := 0.0
	y := 0 // the English sentence at the Chinese word's share: words come in order
	for i := i0; i < i1; i++ {
		rows[i-i0] = m.masks(i, j0, j1)
		var zh [2]uint64
		for k, pm := range rows[i-i0] {
			zh[0] |= pm.z[0]
			zh[1] |= pm.z[1]
			eh[k][0] |= pm.e[0]
			eh[k][1] |= pm.e[1]
		}
		v += m.zMissSum[i*w+b]
		vs += m.zMissSum[i*w+b]
		ts, ps := m.zTok[i], m.zPos[i]
		start, li := m.cumZ[i]-m.cumZ[i0], m.cumZ[i+1]-m.cumZ[i]
		for h := range 2 {
			for x := zh[h]; x != 0; x &= x - 1 {
				k := h*64 + bits.TrailingZeros64(x)
				t := int(zc[ts[k]])*w + b
				if swap {
					if rows[i-i0][1-(i-i0)].z[h]&(1<<(k&63)) != 0 {
						vs += m.zAt[t]
					} else {
						vs += m.zElse[t]
					}
				}
				if b == 1 || zToE == 0 {
					v += m.zDiff[t]
					continue
				}
				at := m.cumE[j0] + (start+float64(ps[k])*li)*zToE
				for y+1 < b && m.cumE[j0+y+1] <= at {
					y++
				}
				if rows[i-i0][y].z[h]&(1<<(k&63)) != 0 {
					v += m.zAt[t]
				} else {
					v += m.zElse[t]
				}
			}
		}
	}
	for j := j0; j < j1; j++ {
		v += m.eMissSum[j*w+a]
		vs += m.eMissSum[j*w+a]
		ts, ps := m.eTok[j], m.ePos[j]
		start, lj := m.cumE[j]-m.cumE[j0], m.cumE[j+1]-m.cumE[j]
		for h := range 2 {
			for x := eh[j-j0][h]; x != 0; x &= x - 1 {
				k := h*64 + bits.TrailingZeros64(x)
				t := int(ec[ts[k]])*w + a
				if swap {
					if rows[1-(j-j0)][j-j0].e[h]&(1<<(k&63)) != 0 {
						vs += m.eAt[t]
					} else {
						vs += m.eElse[t]
					}
				}
				if a == 1 || eToZ == 0 {
					v += m.eDiff[t]
					continue
				}
				at := m.cumZ[i0] + (start+float64(ps[k])*lj)*eToZ
				y := 0
				for y+1 < a && m.cumZ[i0+y+1] <= at {
					y++
				}
				if rows[y][j-j0].e[h]&(1<<(k&63)) != 0 {
					v += m.eAt[t]
				} else {
					v += m.eElse[t]
				}
			}
		}
	}
	if swap {
		v = max(v, vs-swapCost)
	}
	return v
}

// A translator may swap two sentences inside a paragraph (the one that
// sets the scene after the action, a figure before its context): a 2-2
// bead is also read crossed, each Chinese sentence's words expected in
// the other English sentence, and scores the better of the two readings,
// the crossed one less swapCost. The ordered reading counts such a pair's
// words as hits elsewhere in the bead, so a crossed 2-2 scored far below
// its two crossed pairs and lost to a 0-1 and two 1-1 that pair a
// sentence with the wrong neighbour.
var swapOn = true

// swapCost (nats) is what the crossed reading of a 2-2 costs over the
// ordered one.
const swapCost = 2.0

// estimate sets the hit rates from the one-to-one beads of a pass, for
// the words with a learnt translation and for the others on each side,
// each drawn towards the side's overall rate by classPrior pseudo-words.
func (m *lexModel) estimate(beads []Bead) {
	var zHit, zAll, eHit, eAll [2]int
	for _, b := range beads {
		if b.ZH.Len() != 1 || b.EN.Len() != 1 {
			continue
		}
		pm := m.mask(b.ZH.Lo, b.EN.Lo)
		for k, t := range m.zTok[b.ZH.Lo] {
			c := b2i(m.zInd[t])
			zAll[c]++
			zHit[c] += int(pm.z[k>>6] >> (k & 63) & 1)
		}
		for k, s := range m.eTok[b.EN.Lo] {
			c := b2i(m.eInd[s])
			eAll[c]++
			eHit[c] += int(pm.e[k>>6] >> (k & 63) & 1)
		}
	}
	if zAll[0]+zAll[1] < 20 || eAll[0]+eAll[1] < 20 {
		return
	}
	rates := func(hit, all [2]int) (p [2]float64) {
		r := float64(hit[0]+hit[1]) / float64(all[0]+all[1])
		for c := range 2 {
			p[c] = clamp((float64(hit[c])+classPrior*r)/(float64(all[c])+classPrior), 0.1, 0.8)
		}
		return p
	}
	m.p1z, m.p1e = rates(zHit, zAll), rates(eHit, eAll)
	m.estimateOrder(beads)
	m.terms()
}

// estimateOrder sets the share of hits in order from a pass's beads with
// several sentences on a side (smoothed towards inOrder with 10
// pseudo-hits, kept within 0.5..0.95).
func (m *lexModel) estimateOrder(beads []Bead) {
	if m.cumZ == nil {
		return
	}
	in, all := 0, 0
	for _, b := range beads {
		a, n := b.ZH.Len(), b.EN.Len()
		if a == 0 || n == 0 || a > maxSide || n > maxSide || a == 1 && n == 1 {
			continue
		}
		i0, i1, j0, j1 := b.ZH.Lo, b.ZH.Hi, b.EN.Lo, b.EN.Hi
		zL, eL := m.cumZ[i1]-m.cumZ[i0], m.cumE[j1]-m.cumE[j0]
		if zL <= 0 || eL <= 0 {
			continue
		}
		for i := i0; i < i1; i++ {
			rows := m.masks(i, j0, j1)
			var zh [2]uint64
			for _, pm := range rows {
				zh[0] |= pm.z[0]
				zh[1] |= pm.z[1]
			}
			start, li := m.cumZ[i]-m.cumZ[i0], m.cumZ[i+1]-m.cumZ[i]
			for h := range 2 {
				for x := zh[h]; x != 0 && n > 1; x &= x - 1 {
					k := h*64 + bits.TrailingZeros64(x)
					y := shareAt(m.cumE, j0, j1, eL, (start+float64(m.zPos[i][k])*li)/zL)
					all++
					in += int(rows[y].z[h] >> (k & 63) & 1)
				}
			}
			for j := j0; j < j1 && a > 1; j++ {
				start, lj := m.cumE[j]-m.cumE[j0], m.cumE[j+1]-m.cumE[j]
				pm := rows[j-j0]
				for h := range 2 {
					for x := pm.e[h]; x != 0; x &= x - 1 {
						k := h*64 + bits.TrailingZeros64(x)
						if y := shareAt(m.cumZ, i0, i1, zL, (start+float64(m.ePos[j][k])*lj)/eL); y == i-i0 {
							in++
						}
						all++
					}
				}
			}
		}
	}
	m.inOrder = clamp((float64(in)+10*inOrder)/(float64(all)+10), 0.5, 0.95)
}

// classPrior is how many pseudo-words draw a class's hit rate towards the
// side's.
const classPrior = 10.0

// enNameAnchors returns "p:<word>" for the capitalised words of an English
// sentence, lower-cased (names the Chinese may give in characters); a
// hyphenated name (Xi-feng) also gives its parts run together (xifeng).
func enNameAnchors(s string) []string {
	var keys []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return (!unicode.IsLetter(r) || r > unicode.MaxLatin1) && r != '-' }) {
		w = strings.Trim(w, "-")
		if len(w) < 2 || !unicode.IsUpper(rune(w[0])) {
			continue
		}
		lw := strings.ToLower(w)
		if strings.Contains(lw, "-") {
			keys = append(keys, "p:"+strings.ReplaceAll(lw, "-", ""))
			lw, _, _ = strings.Cut(lw, "-")
		}
		if len(lw) < 2 || stopwords[lw] {
			continue
		}
		keys = append(keys, "p:"+lw)
	}
	return keys
}

// zhNameAnchors returns "p:<pinyin>" for each run of one to three
// characters of a Chinese sentence whose toneless pinyin, syllables run
// together, is a capitalised word of the English text (王 "Wang", 小波
// "Xiaobo").
func zhNameAnchors(lx *Lexicon, words []string, enNames map[string]bool, cache map[rune][]string) []string {
	if len(enNames) == 0 {
		return nil
	}
	var chars [][]string // each character's readings
	for _, w := range words {
		for i, r := range w {
			py, ok := cache[r]
			if !ok {
				py = lx.Pinyin(w[i : i+utf8.RuneLen(r)])
				cache[r] = py
			}
			chars = append(chars, py)
		}
	}
	var keys []string
	var cur, next []string
	var buf []byte // the key, then the key and "…": looked up without a string made
	for k := range chars {
		cur = append(cur[:0], "p:")
		for l := 0; l < 3 && k+l < len(chars) && len(cur) > 0; l++ {
			next = next[:0]
			for _, pre := range cur {
				for _, p := range chars[k+l] {
					buf = append(append(buf[:0], pre...), p...)
					n := len(buf)
					if enNames[string(buf)] {
						keys = append(keys, string(buf))
					}
					// Go on only while some English name starts so.
					if l < 2 {
						buf = append(buf, "…"...)
						if enNames[string(buf)] && len(next) < 8 {
							next = append(next, string(buf[:n]))
						}
					}
				}
			}
			cur, next = next, cur
		}
	}
	return keys
}

var lexScale, p0Floor = lexScaleDefault, p0FloorDefault

// Induction: words the dictionary lacks or renders otherwise (a character's
// name, a translator's habit: 韦小宝 "Trinket", 点头 "nod") are learnt from
// the text itself, as Hunalign does: after the first pass, a Chinese word
// and an English stem that keep appearing in the same one-to-one pairs (at
// least inducedMin times, Dice coefficient at least inducedDice) become a
// translation for the second.
const (
	inducedMin  = 3
	inducedDice = 0.4
)

// induce returns the translations learnt from the one-to-one beads.
func induce(beads []Bead, zhWords, enWords [][]string) map[string][]string {
	// Words as ids, pairs as one integer: the counting is the costly part.
	var zNames, eNames []string
	zIDs, eIDs := map[string]int32{}, map[string]int32{}
	id := func(ids map[string]int32, names *[]string, w string) int32 {
		k, ok := ids[w]
		if !ok {
			k = int32(len(*names))
			ids[w] = k
			*names = append(*names, w)
		}
		return k
	}
	co := map[uint64]int32{}
	var cz, ce []int32
	var zs, es []int32
	for _, b := range beads {
		if b.ZH.Len() != 1 || b.EN.Len() != 1 {
			continue
		}
		zs, es = zs[:0], es[:0]
		for _, w := range zhWords[b.ZH.Lo] {
			if k := id(zIDs, &zNames, w); !zhStop[w] && !slices.Contains(zs, k) {
				zs = append(zs, k)
			}
		}
		for _, w := range enWords[b.EN.Lo] {
			if k := id(eIDs, &eNames, w); !slices.Contains(es, k) {
				es = append(es, k)
			}
		}
		for len(cz) < len(zNames) {
			cz = append(cz, 0)
		}
		for len(ce) < len(eNames) {
			ce = append(ce, 0)
		}
		for _, z := range zs {
			cz[z]++
			for _, e := range es {
				co[uint64(z)<<32|uint64(e)]++
			}
		}
		for _, e := range es {
			ce[e]++
		}
	}
	out := map[string][]string{}
	for key, n := range co {
		z, e := int32(key>>32), int32(key&(1<<32-1))
		if n >= inducedMin && 2*float64(n)/float64(cz[z]+ce[e]) >= inducedDice {
			out[zNames[z]] = append(out[zNames[z]], eNames[e])
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
