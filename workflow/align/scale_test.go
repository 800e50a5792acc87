package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
)

// concatDev lays the development set's texts end to end, as one text,
// until about n Chinese sentences (starting over when it runs out): each
// text's human pairs in order (ParagraphLines' order), the gold renumbered.
// With para it keeps aligndev.ParagraphLines' paragraphs of five Chinese
// sentences or more; without, it is one paragraph written one sentence a
// line (the layout the scaling defect was found in). parts holds where
// each text starts in gold, and len(gold) last.
func concatDev(texts []aligndev.Text, n int, para bool) (zh, en []articles.Sentence, gold []aligndev.Bead, parts []int) {
	p := 1
	for len(zh) < n {
		for _, tx := range texts {
			if len(zh) >= n {
				break
			}
			parts = append(parts, len(gold))
			for _, g := range tx.Gold {
				if len(zh) >= n {
					break
				}
				var b aligndev.Bead
				for _, i := range g.ZH {
					b.ZH = append(b.ZH, len(zh))
					zh = append(zh, articles.Sentence{Para: p, Text: tx.ZH[i]})
				}
				for _, j := range g.EN {
					b.EN = append(b.EN, len(en))
					en = append(en, articles.Sentence{Para: p, Text: tx.EN[j]})
				}
				gold = append(gold, b)
				if para && len(b.ZH) > 0 && countPara(zh, p) >= 5 {
					p++
				}
			}
			if para {
				p++
			}
		}
	}
	return zh, en, gold, append(parts, len(gold))
}

// alignParts aligns each text of a concatenation apart and sums the
// strict scores.
func alignParts(zh, en []articles.Sentence, gold []aligndev.Bead, parts []int) aligndev.Score {
	var sum aligndev.Score
	for k := 0; k+1 < len(parts); k++ {
		g := gold[parts[k]:parts[k+1]]
		z0, e0 := -1, -1
		z1, e1 := 0, 0
		for _, b := range g {
			for _, i := range b.ZH {
				if z0 < 0 {
					z0 = i
				}
				z1 = i + 1
			}
			for _, j := range b.EN {
				if e0 < 0 {
					e0 = j
				}
				e1 = j + 1
			}
		}
		z0, e0 = max(z0, 0), max(e0, 0)
		local := make([]aligndev.Bead, len(g))
		for x, b := range g {
			for _, i := range b.ZH {
				local[x].ZH = append(local[x].ZH, i-z0)
			}
			for _, j := range b.EN {
				local[x].EN = append(local[x].EN, j-e0)
			}
		}
		sum = sum.Add(aligndev.Strict(devBeads(Align(zh[z0:z1], en[e0:e1], nil)), local))
	}
	return sum
}

// drift is how far (in English sentences) the gold path strays from the
// diagonal the first pass's band starts on, and from the path follow finds
// (-1 when it finds none).
func drift(zh, en []articles.Sentence, gold []aligndev.Bead) [2]int {
	al := &aligner{}
	res := al.prepare(zh, en, nil)
	al.ratio, al.spread = res.Ratio, 1
	al.diagonal()
	diag := al.center
	al.shapes = firstPassShapes
	co := al.follow()
	al.center = diag
	var d [2]int
	i, j := 0, 0
	for _, b := range gold {
		i, j = i+len(b.ZH), j+len(b.EN)
		d[0] = max(d[0], abs(j-al.center[i]))
		if co == nil {
			d[1] = -1
			continue
		}
		d[1] = max(d[1], abs(j-co[i]))
	}
	return d
}

func countPara(ss []articles.Sentence, p int) int {
	k := 0
	for i := len(ss) - 1; i >= 0 && ss[i].Para == p; i-- {
		k++
	}
	return k
}

// TestAlignLongDrift aligns 2,000 sentences of the development set's
// literary texts laid end to end, one paragraph one sentence a line, whose
// human path strays more than a hundred sentences from the diagonal (each
// text has its own ratio): the first pass must find the path without
// widening its band past maxBand (it used to widen it to 192 on the
// diagonal, quadratic in the length), and align about as well as the
// texts aligned apart.
func TestAlignLongDrift(t *testing.T) {
	if testing.Short() {
		t.Skip("the development-set measurement runs without -short")
	}
	texts := aligndev.LoadOrSkip(t, "mac")
	zh, en, gold, parts := concatDev(texts, 2000, false)
	if d := drift(zh, en, gold); d[0] < 100 || d[1] < 0 || d[1] > 6 {
		t.Fatalf("the human path strays %d sentences from the diagonal (want 100 or more), %d from follow's path (want 0..6)", d[0], d[1])
	}
	var bands []int
	traceBand = func(pass, band int) { bands = append(bands, band) }
	a := Align(zh, en, nil)
	traceBand = nil
	checkCover(t, a, zh, en)
	if slices.Max(bands) > maxBand || len(bands) > 12 {
		t.Errorf("bands %v: want at most 12 passes, none wider than %d", bands, maxBand)
	}
	whole, apart := aligndev.Strict(devBeads(a), gold), alignParts(zh, en, gold, parts)
	t.Logf("%d sentences laid end to end: F1 %.4f (%d right), the %d texts apart %.4f (%d right); bands %v", len(zh), whole.F1(), whole.Right, len(parts)-1, apart.F1(), apart.Right, bands)
	if whole.F1() < apart.F1()-0.01 {
		t.Errorf("F1 %.3f laid end to end, %.3f apart", whole.F1(), apart.F1())
	}
}

// TestAlignScale aligns the development set's texts laid end to end at
// 1,000 to 8,000 Chinese sentences (one paragraph one sentence a line, and
// in paragraphs), and reports CPU per 1,000 sentences, the heap's growth,
// the bands the passes used and the strict F1 against the concatenated
// gold; next to it, the F1 of the same input aligned whole without
// windows, and of the same texts aligned apart (a long input must not
// align worse than its parts). A measurement, not a timed test:
// it runs only with BITEXT_ALIGN_SCALE=1 (sizes in BITEXT_ALIGN_SCALE_N,
// e.g. "1000,2000").
//
//	BITEXT_ALIGN_SCALE=1 go test ./workflow/align -run TestAlignScale -v -count=1
func TestAlignScale(t *testing.T) {
	if os.Getenv("BITEXT_ALIGN_SCALE") == "" {
		t.Skip("a measurement: set BITEXT_ALIGN_SCALE=1")
	}
	texts := aligndev.LoadOrSkip(t, "")
	LoadLexicon()
	sizes := []int{1000, 2000, 4000, 8000}
	if s := os.Getenv("BITEXT_ALIGN_SCALE_N"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			var n int
			fmt.Sscan(f, &n)
			sizes = append(sizes, n)
		}
	}
	layouts := []string{"lines", "paragraphs"}
	if l := os.Getenv("BITEXT_ALIGN_SCALE_LAYOUT"); l != "" {
		layouts = []string{l}
	}
	for _, layout := range layouts {
		for _, n := range sizes {
			zh, en, gold, parts := concatDev(texts, n, layout == "paragraphs")
			var bands []int
			traceBand = func(pass, band int) { bands = append(bands, pass*1000+band) }
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := aligndev.CPUTime()
			wall := time.Now()
			a := Align(zh, en, nil)
			cpu, w := aligndev.CPUTime()-start, time.Since(wall)
			runtime.ReadMemStats(&after)
			traceBand = nil
			s := aligndev.Strict(devBeads(a), gold)
			ps := alignParts(zh, en, gold, parts)
			// The same whole, without windows (window.go).
			windowMin = math.MaxInt
			plain := aligndev.Strict(devBeads(Align(zh, en, nil)), gold)
			windowMin = windowMinDefault
			t.Logf("align scale %-10s %5d zh %5d en: CPU %6.0f ms (%4.0f ms per 1,000), wall %6.0f ms, allocated %5.0f MB; F1 %.3f (without windows %.3f, %d texts apart %.3f); drift %d; bands %v",
				layout, len(zh), len(en), float64(cpu.Milliseconds()), float64(cpu.Milliseconds())*1000/float64(len(zh)), float64(w.Milliseconds()),
				float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), s.F1(), plain.F1(), len(parts)-1, ps.F1(), drift(zh, en, gold), bands)
		}
	}
}

// TestDevWriteScale writes the inputs TestAlignScale aligns as files for
// `add --en`, in the directory BITEXT_DEV_SCALE names (outside the
// repository: the texts are not ours to commit): lines-N.zh.md and
// lines-N.en.md hold about N Chinese sentences one a line in one paragraph,
// text-N.zh.md and text-N.en.md the same pairs as running text in
// paragraphs of five Chinese sentences or more, for N = 1,000, 2,000,
// 4,000 and 8,000.
//
//	mkdir -p /tmp/scale && BITEXT_DEV_SCALE=/tmp/scale go test ./workflow/align -run TestDevWriteScale -count=1
func TestDevWriteScale(t *testing.T) {
	out := os.Getenv("BITEXT_DEV_SCALE")
	if out == "" {
		t.Skip("set BITEXT_DEV_SCALE=DIR to write the inputs")
	}
	texts := aligndev.LoadOrSkip(t, "")
	for _, n := range []int{1000, 2000, 4000, 8000} {
		for _, layout := range []string{"lines", "text"} {
			zh, en, _, _ := concatDev(texts, n, layout == "text")
			for side, ss := range map[string][]articles.Sentence{"zh": zh, "en": en} {
				var b strings.Builder
				for k, st := range ss {
					switch {
					case k == 0:
					case layout == "lines":
						b.WriteString("\n")
					case ss[k-1].Para != st.Para:
						b.WriteString("\n\n")
					case side == "en":
						b.WriteString(" ")
					}
					b.WriteString(st.Text)
				}
				b.WriteString("\n")
				name := filepath.Join(out, fmt.Sprintf("%s-%d.%s.md", layout, n, side))
				if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			fmt.Printf("wrote %s-%d: %d Chinese and %d English sentences\n", layout, n, len(zh), len(en))
		}
	}
}

// TestAlignHalvesEndToEnd lays the literary texts of each half of the
// development set (macHalf: A is tuned on, B never) end to end, in their
// order and three shuffled ones, one a line and in paragraphs, and reports
// the strict F1 aligned whole without windows, with them (window.go), and
// the texts aligned apart. A measurement: it runs only with
// BITEXT_ALIGN_SCALE=1.
//
//	BITEXT_ALIGN_SCALE=1 go test ./workflow/align -run TestAlignHalvesEndToEnd -v -count=1 | grep 'end to end'
func TestAlignHalvesEndToEnd(t *testing.T) {
	if os.Getenv("BITEXT_ALIGN_SCALE") == "" {
		t.Skip("a measurement: set BITEXT_ALIGN_SCALE=1")
	}
	texts := aligndev.LoadOrSkip(t, "mac")
	LoadLexicon()
	defer func(n int) { windowMin = n }(windowMin)
	for _, h := range []string{"A", "B"} {
		var half []aligndev.Text
		for _, tx := range texts {
			if macHalf(tx.ID) == h {
				half = append(half, tx)
			}
		}
		rng := rand.New(rand.NewPCG(uint64(len(h)), 1))
		var plain, windowed, apart aligndev.Score
		var each []string
		for r := range 4 {
			order := slices.Clone(half)
			if r > 0 {
				rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
			}
			total := 0
			for _, tx := range order {
				for _, g := range tx.Gold {
					total += len(g.ZH)
				}
			}
			for _, para := range []bool{false, true} {
				zh, en, gold, parts := concatDev(order, total, para)
				windowMin = math.MaxInt
				p := aligndev.Strict(devBeads(Align(zh, en, nil)), gold)
				windowMin = windowMinDefault
				w := aligndev.Strict(devBeads(Align(zh, en, nil)), gold)
				a := alignParts(zh, en, gold, parts)
				plain, windowed, apart = plain.Add(p), windowed.Add(w), apart.Add(a)
				each = append(each, fmt.Sprintf("%.4f→%.4f", p.F1(), w.F1()))
			}
		}
		t.Logf("half %s laid end to end (%d texts, 4 orders × 2 layouts): F1 whole %.4f, in windows %.4f, apart %.4f; each %v",
			h, len(half), plain.F1(), windowed.F1(), apart.F1(), each)
		// Windows are there for these inputs: pooled, they must not align
		// worse than the whole input does.
		if windowed.F1() < plain.F1() {
			t.Errorf("half %s laid end to end: in windows F1 %.4f, below the whole input's %.4f", h, windowed.F1(), plain.F1())
		}
	}
}
