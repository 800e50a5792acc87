package align

import (
	"slices"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// Long inputs (a desk's archive added in one go: articles or chapters laid
// end to end) are aligned window by window. The second pass's estimates
// (the ratio and spread, the words learnt from the first pass, the hit
// rates, the word order, the moods, the anchors' and words' rarity) are
// made once per input; over several texts they blend translators and
// subjects, and a long input aligned about 0.014 strict F1 below its texts
// aligned one by one. So on inputs of more than windowMin Chinese
// sentences, the whole input's first pass (which finds the path; see
// follow.go) is cut into windows of about windowCore Chinese sentences
// and windowMargin more either side, each cut at one of its bead
// boundaries; each window is prepared and aligned (the second pass, from
// the first pass's beads) on its own, with its own estimates, and
// consecutive windows are joined where both put a bead boundary, nearest
// the middle of their overlap. Cutting a text into stretches costs a
// little too (its estimates rest on fewer pairs): texts cut in two at a
// human boundary aligned 0.008 worse; windows of 300 to 800 sentences did
// about equally well, and a margin of 50 as well as 150 or 250 on the
// development set's half-A texts laid end to end in four orders. The
// windows' second passes together cost about 1.25 times the whole
// input's (about 1.1 times the whole alignment), so inputs of windowMin
// Chinese sentences or fewer are aligned whole, as before: add --en's
// 0.3 s budget for 1,000 sentences has no margin (its real pair of 1,029
// sentences reaches the aligner as 1,109 Chinese units).
var (
	windowCore   = 400
	windowMargin = 50
	windowMin    = windowMinDefault
)

const windowMinDefault = 1200

// alignWindows aligns a long input window by window and returns the
// beads, or nil when the input is not longer than windowMin (or two
// windows found no common boundary to join at). first is the first
// pass's alignment of the whole input, which places each window's
// English.
func alignWindows(whole *aligner, zh, en []articles.Sentence, g *glossary.Glossary, first []Bead) []Bead {
	n := len(zh)
	if n <= windowMin || whole.keys == nil {
		return nil
	}
	// The first pass's bead boundaries: at[i] is the English index where
	// a bead starting at Chinese i starts, or -1.
	at := make([]int, n+1)
	for i := range at {
		at[i] = -1
	}
	for _, b := range first {
		if at[b.ZH.Lo] < 0 {
			at[b.ZH.Lo] = b.EN.Lo
		}
	}
	at[n] = len(en)
	at[0] = 0
	down := func(i int) int {
		for at[i] < 0 {
			i--
		}
		return i
	}
	up := func(i int) int {
		for at[i] < 0 {
			i++
		}
		return i
	}
	k := max(1, (n+windowCore/2)/windowCore)
	var out, pending []Bead
	joinZ := 0
	for w := range k {
		c0, c1 := w*n/k, (w+1)*n/k
		z0, z1 := down(max(0, c0-windowMargin)), up(min(n, c1+windowMargin))
		e0, e1 := at[z0], at[z1]
		if w == 0 {
			z0, e0 = 0, 0
		}
		if w == k-1 {
			z1, e1 = n, len(en)
		}
		a := alignWindow(whole, zh[z0:z1], en[e0:e1], g, first, z0, e0)
		beads := make([]Bead, len(a.Beads))
		for x, b := range a.Beads {
			b.ZH.Lo, b.ZH.Hi = b.ZH.Lo+z0, b.ZH.Hi+z0
			b.EN.Lo, b.EN.Hi = b.EN.Lo+e0, b.EN.Hi+e0
			beads[x] = b
		}
		if w == 0 {
			pending = beads
			continue
		}
		// Join where both windows have a bead boundary, nearest c0,
		// inside both.
		starts := map[[2]int]int{} // the pending beads' boundaries → index
		for x, b := range pending {
			starts[[2]int{b.ZH.Lo, b.EN.Lo}] = x
		}
		best, bx, by := -1, 0, 0
		for y, b := range beads {
			if b.ZH.Lo <= z0 || b.ZH.Lo <= joinZ {
				continue
			}
			x, ok := starts[[2]int{b.ZH.Lo, b.EN.Lo}]
			if !ok || x == 0 {
				continue
			}
			if d := abs(b.ZH.Lo - c0); best < 0 || d < best {
				best, bx, by = d, x, y
			}
		}
		if best < 0 {
			return nil
		}
		out = append(out, pending[:bx]...)
		pending = beads[by:]
		joinZ = beads[by].ZH.Lo
	}
	return append(out, pending...)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// alignWindow aligns one window, Chinese from z0 and English from e0 of
// the whole input, starting from the whole input's first pass (first),
// whose beads in the window cover it exactly.
func alignWindow(whole *aligner, zh, en []articles.Sentence, g *glossary.Glossary, first []Bead, z0, e0 int) *Alignment {
	wk := whole.keys
	al := &aligner{window: &aligner{zhWords: whole.zhWords[z0 : z0+len(zh)], enWords: whole.enWords[e0 : e0+len(en)],
		keys: &sentenceKeys{zhKeys: wk.zhKeys[z0 : z0+len(zh)], zhLat: wk.zhLat[z0 : z0+len(zh)], enKeys: wk.enKeys[e0 : e0+len(en)], enNames: wk.enNames[e0 : e0+len(en)]}}}
	res := al.prepare(zh, en, g)
	res.zh, res.en = al.zh, al.en
	if len(zh) == 0 || len(en) == 0 {
		res.Beads = trivialBeads(len(zh), len(en))
		return res
	}
	var beads []Bead
	for _, b := range first {
		if b.ZH.Lo >= z0 && b.ZH.Hi <= z0+len(zh) && b.EN.Lo >= e0 && b.EN.Hi <= e0+len(en) {
			b.ZH.Lo, b.ZH.Hi = b.ZH.Lo-z0, b.ZH.Hi-z0
			b.EN.Lo, b.EN.Hi = b.EN.Lo-e0, b.EN.Hi-e0
			beads = append(beads, b)
		}
	}
	al.firstPass(res)
	return al.refine(zh, en, res, beads)
}

// sentenceKeys holds each sentence's own anchor keys, as prepare finds them
// before it looks across the two sides (numbers, Latin tokens, terms and,
// on the English side, capitalised names): the same in a window as in the
// whole input, they are found once.
type sentenceKeys struct {
	zhKeys, zhLat, enKeys, enNames [][]string
}

// keepKeys copies the keys (prepare goes on to add to its own).
func keepKeys(zhKeys, zhLat, enKeys, enNames [][]string) *sentenceKeys {
	c := func(xs [][]string) [][]string {
		out := make([][]string, len(xs))
		for i, x := range xs {
			out[i] = slices.Clone(x)
		}
		return out
	}
	return &sentenceKeys{zhKeys: c(zhKeys), zhLat: c(zhLat), enKeys: c(enKeys), enNames: c(enNames)}
}
