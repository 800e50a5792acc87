package workflow

import (
	"sort"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// PairKind tells how a new sentence was paired with an old segment.
type PairKind int

// The ways a new sentence can continue an old segment, strongest first.
const (
	Unpaired PairKind = iota // a new sentence: no old segment continues
	Exact                    // the same text, in order (the longest common subsequence)
	Moved                    // the same text, found elsewhere (a moved sentence)
	Revert                   // the text the stale segment's English was made for
	Edited                   // similar enough to be the same sentence edited
)

// OldText is what pairing knows of an old segment: its Chinese and, while
// stale, the Chinese its English was made for.
type OldText struct {
	ZH, Prev string
}

// Pairing is the result of PairTexts: for each new sentence, the old segment
// that continues it (-1 for none) and how it was found.
type Pairing struct {
	Old  []int
	Kind []PairKind
}

// gapDPLimit bounds the cells of the similarity alignment of one gap between
// exact matches; a larger gap is aligned in a window along its diagonal, so
// that a rewritten article costs O(n·w), not O(n²).
const (
	gapDPLimit = 64 * 64
	gapWindow  = 8
)

// PairTexts pairs the sentences of a re-segmented source with the old
// segments. Passes, each on what the previous left unpaired:
//
//  1. Exact, order-preserving: a longest common subsequence of the texts
//     (Hunt–Szymanski: O((r+n) log n) for r equal pairs, about n for prose).
//  2. Moved: the same text elsewhere, first unpaired occurrence in order.
//  3. Revert: a stale segment whose previous text is back.
//  4. Edited: in each gap between consecutive exact matches, a monotone
//     alignment that maximises the summed similarity of pairs whose
//     Similarity is at least threshold. Position alone never pairs.
func PairTexts(old []OldText, news []string, threshold float64) Pairing {
	p := Pairing{Old: make([]int, len(news)), Kind: make([]PairKind, len(news))}
	for j := range p.Old {
		p.Old[j] = -1
	}
	oldUsed := make([]bool, len(old))
	pair := func(i, j int, k PairKind) {
		p.Old[j], p.Kind[j], oldUsed[i] = i, k, true
	}

	// 1. Exact, in order.
	anchors := lcs(old, news)
	for _, a := range anchors {
		pair(a[0], a[1], Exact)
	}

	// matchBy pairs each still unpaired new sentence with the first unpaired
	// old segment whose key is that sentence's text.
	matchBy := func(key func(o OldText) string, kind PairKind) {
		by := map[string][]int{}
		for i, o := range old {
			if k := key(o); !oldUsed[i] && k != "" {
				by[k] = append(by[k], i)
			}
		}
		for j, t := range news {
			if p.Old[j] >= 0 {
				continue
			}
			if q := by[t]; len(q) > 0 {
				pair(q[0], j, kind)
				by[t] = q[1:]
			}
		}
	}
	// 2. Moved: exact text anywhere.
	matchBy(func(o OldText) string { return o.ZH }, Moved)
	// 3. Revert: a stale segment's previous text is back.
	matchBy(func(o OldText) string { return o.Prev }, Revert)

	// 4. Edited: similarity within the gaps between exact anchors.
	sim := newSimilarity()
	lo0, lo1 := 0, 0
	for k := 0; k <= len(anchors); k++ {
		hi0, hi1 := len(old), len(news)
		if k < len(anchors) {
			hi0, hi1 = anchors[k][0], anchors[k][1]
		}
		var gi, gj []int
		for i := lo0; i < hi0; i++ {
			if !oldUsed[i] {
				gi = append(gi, i)
			}
		}
		for j := lo1; j < hi1; j++ {
			if p.Old[j] < 0 {
				gj = append(gj, j)
			}
		}
		if len(gi) > 0 && len(gj) > 0 {
			score := func(i, j int) float64 {
				s := sim.of(old[i].ZH, news[j], threshold)
				if old[i].Prev != "" {
					s = max(s, sim.of(old[i].Prev, news[j], threshold))
				}
				if s < threshold {
					return -1
				}
				return s
			}
			for _, m := range alignGap(gi, gj, score) {
				pair(m[0], m[1], Edited)
			}
		}
		if k < len(anchors) {
			lo0, lo1 = hi0+1, hi1+1
		}
	}
	return p
}

// alignGap pairs the old indices gi with the new indices gj monotonically,
// maximising the summed score of the pairs made (a score < 0 forbids a pair).
func alignGap(gi, gj []int, score func(i, j int) float64) [][2]int {
	n, m := len(gi), len(gj)
	if n*m > gapDPLimit {
		return alignWindow(gi, gj, score)
	}
	// best[a][b]: the best total for gi[:a] and gj[:b].
	best := make([][]float64, n+1)
	for a := range best {
		best[a] = make([]float64, m+1)
	}
	sc := make([][]float64, n)
	for a := 0; a < n; a++ {
		sc[a] = make([]float64, m)
		for b := 0; b < m; b++ {
			s := score(gi[a], gj[b])
			sc[a][b] = s
			v := max(best[a][b+1], best[a+1][b])
			if s >= 0 && best[a][b]+s > v {
				v = best[a][b] + s
			}
			best[a+1][b+1] = v
		}
	}
	var out [][2]int
	for a, b := n, m; a > 0 && b > 0; {
		switch s := sc[a-1][b-1]; {
		case s >= 0 && best[a][b] == best[a-1][b-1]+s:
			out = append(out, [2]int{gi[a-1], gj[b-1]})
			a, b = a-1, b-1
		case best[a][b] == best[a-1][b]:
			a--
		default:
			b--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// alignWindow is alignGap for large gaps: each new sentence, in order, takes
// the best-scoring old one within gapWindow of its proportional position and
// after the last one taken.
func alignWindow(gi, gj []int, score func(i, j int) float64) [][2]int {
	var out [][2]int
	next := 0
	for b, j := range gj {
		c := b * len(gi) / len(gj)
		lo, hi := max(next, c-gapWindow), min(len(gi), c+gapWindow+1)
		bestA, bestS := -1, -1.0
		for a := lo; a < hi; a++ {
			if s := score(gi[a], j); s > bestS {
				bestA, bestS = a, s
			}
		}
		if bestA >= 0 && bestS >= 0 {
			out = append(out, [2]int{gi[bestA], j})
			next = bestA + 1
		}
	}
	return out
}

// lcs returns the pairs (old index, new index) of a longest common
// subsequence of the texts, by Hunt–Szymanski: for each new sentence, the
// old positions of its text in decreasing order feed a longest strictly
// increasing subsequence, kept with binary search.
func lcs(old []OldText, news []string) [][2]int {
	// A common head and tail pair as they stand: an unchanged article (or
	// one edited in a few places) never builds the match table of all its
	// repeated sentences, which took minutes and gigabytes on 100,000
	// segments.
	head := 0
	for head < len(old) && head < len(news) && old[head].ZH == news[head] {
		head++
	}
	tail := 0
	for tail < len(old)-head && tail < len(news)-head && old[len(old)-1-tail].ZH == news[len(news)-1-tail] {
		tail++
	}
	if head == 0 && tail == 0 {
		return lcsMiddle(old, news)
	}
	out := make([][2]int, 0, head+tail)
	for i := range head {
		out = append(out, [2]int{i, i})
	}
	for _, a := range lcsMiddle(old[head:len(old)-tail], news[head:len(news)-tail]) {
		out = append(out, [2]int{a[0] + head, a[1] + head})
	}
	for k := tail; k > 0; k-- {
		out = append(out, [2]int{len(old) - k, len(news) - k})
	}
	return out
}

// lcsMiddle is lcs without the shortcut for a common head and tail.
func lcsMiddle(old []OldText, news []string) [][2]int {
	pos := map[string][]int{}
	for i, o := range old {
		pos[o.ZH] = append(pos[o.ZH], i)
	}
	type node struct {
		i, j int
		prev *node
	}
	var tails []*node // tails[k]: the match ending the best subsequence of length k+1
	for j, t := range news {
		ps := pos[t]
		for k := len(ps) - 1; k >= 0; k-- {
			i := ps[k]
			at := sort.Search(len(tails), func(x int) bool { return tails[x].i >= i })
			n := &node{i: i, j: j}
			if at > 0 {
				n.prev = tails[at-1]
			}
			if at == len(tails) {
				tails = append(tails, n)
			} else {
				tails[at] = n
			}
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([][2]int, len(tails))
	k := len(tails) - 1
	for n := tails[k]; n != nil; n = n.prev {
		out[k] = [2]int{n.i, n.j}
		k--
	}
	return out
}

// similarity computes how alike two sentences are.
type similarity struct {
	dmp *diffmatchpatch.DiffMatchPatch
}

func newSimilarity() similarity {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // sentences are short; no deadline keeps results deterministic
	return similarity{dmp}
}

// Similarity is how alike two texts are, from 0 (nothing in common) to 1
// (equal): twice the characters a character-level diff keeps, after semantic
// clean-up (which drops coincidental one-character matches such as 的 or ，),
// over the characters of both. Full-width and half-width forms count as
// the same character (golang.org/x/text/width folding), all quotation
// marks as one, and white space not at all, so a cosmetic edit
// (CosmeticEdit) scores 1. It is the measure `sync_similarity` is compared
// with.
func Similarity(a, b string) float64 {
	return newSimilarity().of(a, b, 0)
}

// of returns the similarity of a and b, or a value below floor (without
// diffing) when their lengths alone rule out reaching floor.
func (s similarity) of(a, b string, floor float64) float64 {
	if a == b {
		return 1
	}
	// full-width and half-width forms, spaces and quote styles count as
	// one: a cosmetic edit (CosmeticEdit) scores 1
	ra, rb := []rune(foldCosmetic(a)), []rune(foldCosmetic(b))
	la, lb := len(ra), len(rb)
	if la+lb == 0 {
		return 1
	}
	if float64(2*min(la, lb))/float64(la+lb) < floor {
		return -1
	}
	diffs := s.dmp.DiffMainRunes(ra, rb, false)
	diffs = s.dmp.DiffCleanupSemantic(diffs)
	common := 0
	for _, d := range diffs {
		if d.Type == diffmatchpatch.DiffEqual {
			common += len([]rune(d.Text))
		}
	}
	return float64(2*common) / float64(la+lb)
}
