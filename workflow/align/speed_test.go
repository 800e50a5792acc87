// Tests that the speed work (the lexicon's index, the lexical masks, the
// costs filled in parallel) gives what the plain code gave.
package align

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexiconIndex checks the lexicon's hash index against the text it
// indexes: every headword is found at its own line, with that line's
// stems and readings; a string that is no headword is not found.
func TestLexiconIndex(t *testing.T) {
	l := LoadLexicon()
	n := 0
	for start := 0; start < len(cedictText); {
		end := strings.IndexByte(cedictText[start:], '\n')
		if end < 0 {
			end = len(cedictText)
		} else {
			end += start
		}
		line := cedictText[start:end]
		hw, rest, ok := strings.Cut(line, "\t")
		if ok && hw != "" {
			n++
			if got := l.find(hw); got != start {
				t.Fatalf("find(%q) = %d, want %d", hw, got, start)
			}
			if !l.has(hw) {
				t.Fatalf("has(%q) = false", hw)
			}
			if got := l.line(hw, start); got != rest {
				t.Fatalf("line(%q) = %q, want %q", hw, got, rest)
			}
			st, py, _ := strings.Cut(rest, "\t")
			stems, pinyin := l.Lookup(hw)
			for _, s := range strings.Fields(st) {
				if !contains(stems, s) {
					t.Fatalf("Lookup(%q) lacks %q", hw, s)
				}
			}
			if strings.Join(pinyin, " ") != strings.Join(strings.Fields(py), " ") {
				t.Fatalf("Lookup(%q) pinyin %q, want %q", hw, pinyin, py)
			}
			// Not a headword: the headword with a character more.
			if x := hw + "\u3007"; l.find(x) >= 0 {
				t.Fatalf("find(%q) found a line", x)
			}
		}
		start = end + 1
	}
	if n < 100000 {
		t.Fatalf("%d headwords indexed", n)
	}
	for zh := range l.news {
		if !l.has(zh) {
			t.Fatalf("news headword %q not found", zh)
		}
	}
	if l.has("") || l.has("\u3007\u3007\u3007\u3007") {
		t.Fatal("has found a string that is no headword")
	}
}

// mergeMask is the lexical mask computed as it was before markRow and
// compute: each Chinese word's sorted translations merged with the English
// sentence's sorted stems. TestMasks compares the two.
func mergeMask(m *lexModel, i, j int) pairMask {
	var pm pairMask
	et := m.eTok[j]
	for k, t := range m.zTok[i] {
		tr := m.trans[t]
		x, y := 0, 0
		for x < len(tr) && y < len(et) {
			switch {
			case tr[x] < et[y]:
				x++
			case tr[x] > et[y]:
				y++
			default:
				pm.z[k>>6] |= 1 << (k & 63)
				pm.e[y>>6] |= 1 << (y & 63)
				x++
				y++
			}
		}
	}
	return pm
}

// TestMasks checks the lexical masks, and the rows' windows as they widen,
// against mergeMask on a generated pair.
func TestMasks(t *testing.T) {
	zh, en := genPair(3, 300)
	al := &aligner{}
	al.prepare(zh, en, nil)
	m := al.lex
	hits := 0
	for i := range zh {
		// Out of order, so that windows widen both ways.
		for _, j := range []int{i, i + 40, max(0, i-40), i + 3} {
			if j >= len(en) {
				continue
			}
			got, want := m.mask(i, j), mergeMask(m, i, j)
			if got != want {
				t.Fatalf("mask(%d, %d) = %v, want %v", i, j, got, want)
			}
			if got != (pairMask{}) {
				hits++
			}
		}
		for j0 := max(0, i-5); j0 < min(len(en), i+5); j0++ {
			for k, pm := range m.masks(i, j0, min(len(en), j0+4)) {
				if want := mergeMask(m, i, j0+k); pm != want {
					t.Fatalf("masks(%d, %d)[%d] = %v, want %v", i, j0, k, pm, want)
				}
			}
		}
	}
	if hits == 0 {
		t.Fatal("no word of the generated pair translates another")
	}
}

// TestFillParallel checks that the bead costs are the same, bit for bit,
// filled by one goroutine or shared among several (run with -race, it also
// checks that the goroutines share nothing they write), and that the
// masks computed beforehand are all the costs read.
func TestFillParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	zh, en := genPair(5, 400)
	defer func(w int) { maxFillWorkers = w }(maxFillWorkers)
	var runs [2]*Alignment
	for k, w := range []int{1, 4} {
		maxFillWorkers = w
		runs[k] = Align(zh, en, nil)
	}
	if len(runs[0].Beads) != len(runs[1].Beads) {
		t.Fatalf("%d beads by one goroutine, %d by several", len(runs[0].Beads), len(runs[1].Beads))
	}
	for k, b := range runs[0].Beads {
		if p := runs[1].Beads[k]; p != b || math.Float64bits(p.Confidence) != math.Float64bits(b.Confidence) {
			t.Fatalf("bead %d: %+v by one goroutine, %+v by several", k, b, p)
		}
	}
	// Both passes' bands: after prefillMasks, filling asks for no mask
	// not yet computed.
	al := &aligner{}
	res := al.prepare(zh, en, nil)
	al.ratio, al.spread = res.Ratio, 1
	for _, shapes := range []int{firstPassShapes, len(beadShapes)} {
		al.shapes = shapes
		maxFillWorkers = 1
		al.setBand(initialBand, nil)
		al.lex.rows = make([][]pairMask, len(zh))
		al.prefillMasks()
		before := slices.Clone(al.lex.rows)
		al.fillRows(0, len(zh)+1)
		for i := range before {
			if len(before[i]) != len(al.lex.rows[i]) || len(before[i]) > 0 && &before[i][0] != &al.lex.rows[i][0] {
				t.Fatalf("%d shapes: row %d's masks were widened while filling", shapes, i)
			}
		}
	}
}

// TestLexiconMaxLen checks the longest headword's length, which insert
// counts only for headwords longer in bytes than the longest so far.
func TestLexiconMaxLen(t *testing.T) {
	want := 0
	for line := range strings.SplitSeq(cedictText, "\n") {
		if hw, _, ok := strings.Cut(line, "\t"); ok {
			want = max(want, utf8.RuneCountInString(hw))
		}
	}
	for line := range strings.SplitSeq(newsLexicon, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			if zh, _, ok := strings.Cut(line, " "); ok {
				want = max(want, utf8.RuneCountInString(zh))
			}
		}
	}
	if got := LoadLexicon().maxLen; got != want {
		t.Fatalf("maxLen %d, want %d", got, want)
	}
}

// TestAppendStems checks that appendStems gives Lookup's stems, repeats
// aside, for every news headword and a sample of the dictionary's.
func TestAppendStems(t *testing.T) {
	l := LoadLexicon()
	words := []string{"会议", "表示", "发展", "中国", "经济", "说", "人", "一", "〇〇"}
	for zh := range l.news {
		words = append(words, zh)
	}
	for _, w := range words {
		want, _ := l.Lookup(w)
		got := l.appendStems([]string{"x"}, w)[1:]
		gs, ws := slices.Compact(slices.Sorted(slices.Values(got))), slices.Compact(slices.Sorted(slices.Values(want)))
		if !slices.Equal(gs, ws) {
			t.Fatalf("appendStems(%q) = %q, Lookup gives %q", w, got, want)
		}
	}
}

// TestCostReuse checks that the costs a band copies from the band it
// moved from or widened from are those it would compute, bit for bit, in
// both passes: the band moved by a few sentences either way, and widened.
func TestCostReuse(t *testing.T) {
	zh, en := genPair(7, 300)
	fresh := func(shapes, band int, centers []int) []float64 {
		al := &aligner{}
		res := al.prepare(zh, en, nil)
		al.ratio, al.spread, al.shapes = res.Ratio, 1, shapes
		al.setBand(band, centers)
		return al.costs
	}
	for _, shapes := range []int{firstPassShapes, len(beadShapes)} {
		al := &aligner{}
		res := al.prepare(zh, en, nil)
		al.ratio, al.spread, al.shapes = res.Ratio, 1, shapes
		al.setBand(initialBand, nil)
		diag := slices.Clone(al.center)
		moved := make([]int, len(diag))
		for i, c := range diag {
			moved[i] = max(0, min(len(en), c+(i/40%5-2)*3))
		}
		moved[0], moved[len(zh)] = 0, len(en)
		for _, step := range []struct {
			band    int
			centers []int
		}{{initialBand, moved}, {2 * initialBand, moved}, {pathBand, diag}} {
			al.setBand(step.band, step.centers)
			want := fresh(shapes, step.band, step.centers)
			if len(al.costs) != len(want) {
				t.Fatalf("%d shapes, band %d: %d costs, want %d", shapes, step.band, len(al.costs), len(want))
			}
			for k, c := range al.costs {
				// Cells off the table (j < 0 or j > len(en)) are never read.
				if i, j := k/shapes/al.width, k/shapes%al.width-al.band+al.center[k/shapes/al.width]; j < 0 || j > len(en) || i > len(zh) {
					continue
				}
				if math.Float64bits(c) != math.Float64bits(want[k]) {
					t.Fatalf("%d shapes, band %d: cost %d (cell %d, shape %d) is %v, computed afresh %v",
						shapes, step.band, k, k/shapes, k%shapes, c, want[k])
				}
			}
		}
	}
}

// TestLse checks lse's shortcut: wherever it returns a without computing,
// a - log1p(exp(a-b)) is a, bit for bit, from the smallest |a| it is taken
// for to the largest costs, both signs, and right at the bound.
func TestLse(t *testing.T) {
	exact := func(a, b float64) float64 {
		if a > b {
			a, b = b, a
		}
		return a - math.Log1p(math.Exp(a-b))
	}
	rng := rand.New(rand.NewPCG(3, 5))
	n := 0
	for k := range 2000000 {
		// |a| from 2^-10 to 2^20, b from just past the bound to far above.
		a := math.Ldexp(1+rng.Float64(), rng.IntN(31)-10)
		if k%2 == 1 {
			a = -a
		}
		if k%7 == 0 {
			a = math.Ldexp(1, rng.IntN(31)-10) // powers of two: the spacing below is half
		}
		if k%5 == 0 {
			a = math.Copysign(lseMinAbs, a)
		}
		d := lseFar * (1 + rng.Float64()*float64(k%4))
		if k%3 == 0 {
			d = math.Nextafter(lseFar, math.Inf(1))
		}
		b := a + d
		if a-b >= -lseFar {
			continue
		}
		n++
		if got, want := lse(a, b), exact(a, b); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("lse(%v, %v) = %v, computed %v", a, b, got, want)
		}
		if got, want := lse(b, a), exact(b, a); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("lse(%v, %v) = %v, computed %v", b, a, got, want)
		}
	}
	if n < 1000000 {
		t.Fatalf("only %d pairs past the bound", n)
	}
}

// TestCostBound checks that costBound is at most cost for every bead of
// several sentences in the first pass's band, both passes' shapes, on
// generated pairs (TestAlignDigests checks the same on the real texts
// through the alignments), and that it is not far below most of the time.
func TestCostBound(t *testing.T) {
	for _, seed := range []uint64{2, 9} {
		zh, en := genPair(seed, 300)
		al := &aligner{}
		res := al.prepare(zh, en, nil)
		al.ratio, al.spread, al.shapes = res.Ratio, 1, firstPassShapes
		al.setBand(initialBand, nil)
		n, m := len(zh), len(en)
		checked := 0
		for i := 0; i <= n; i++ {
			for j := max(0, al.center[i]-al.band); j <= min(m, al.center[i]+al.band); j++ {
				for _, sh := range beadShapes {
					if !bounded(sh.zh, sh.en) || i+sh.zh > n || j+sh.en > m {
						continue
					}
					c, lb := al.cost(i, j, sh.zh, sh.en, sh.cost), al.costBound(i, j, sh.zh, sh.en, sh.cost)
					if lb > c {
						t.Fatalf("seed %d: bead (%d, %d) %d-%d: bound %v above the cost %v", seed, i, j, sh.zh, sh.en, lb, c)
					}
					checked++
				}
			}
		}
		if checked < 1000 {
			t.Fatalf("seed %d: %d beads checked", seed, checked)
		}
	}
}

// TestLazyFirstPass checks that the first pass's bounds (bound.go) give
// the same alignment, bit for bit, as costing every bead, on generated
// pairs of several sizes and shapes of paragraph.
func TestLazyFirstPass(t *testing.T) {
	defer func(l bool) { lazyFirstPass = l }(lazyFirstPass)
	for _, tc := range []struct {
		seed uint64
		n    int
	}{{1, 60}, {4, 300}, {11, 900}} {
		zh, en := genPair(tc.seed, tc.n)
		var runs [2]*Alignment
		for k, lz := range []bool{false, true} {
			lazyFirstPass = lz
			runs[k] = Align(zh, en, nil)
		}
		if len(runs[0].Beads) != len(runs[1].Beads) {
			t.Fatalf("seed %d: %d beads costing all, %d with bounds", tc.seed, len(runs[0].Beads), len(runs[1].Beads))
		}
		for k, b := range runs[0].Beads {
			p := runs[1].Beads[k]
			if p.ZH != b.ZH || p.EN != b.EN || p.Shared != b.Shared ||
				math.Float64bits(p.Confidence) != math.Float64bits(b.Confidence) || math.Float64bits(p.Cost) != math.Float64bits(b.Cost) {
				t.Fatalf("seed %d, bead %d: %+v costing all, %+v with bounds", tc.seed, k, b, p)
			}
		}
	}
}
