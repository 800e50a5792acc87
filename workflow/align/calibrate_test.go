package align

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
)

func TestCalibrated(t *testing.T) {
	// Within [0, 1], rising with the posterior for every shape.
	shapes := [][2]int{{1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 5}, {3, 3}, {1, 0}, {0, 1}}
	for _, sh := range shapes {
		prev := -1.0
		for p := 0.0; p <= 1.0001; p += 0.05 {
			c := calibrated(p, sh[0], sh[1], false)
			if c < 0 || c > 1 || math.IsNaN(c) {
				t.Fatalf("calibrated(%.2f, %v) = %v, outside [0, 1]", p, sh, c)
			}
			if c <= prev {
				t.Fatalf("calibrated(%.2f, %v) = %v, not above %v at the posterior before", p, sh, c, prev)
			}
			prev = c
		}
	}
	// At the same posterior: a 1-2 pair is trusted more than a 1-1 one, a
	// 1-1 more than a 3-3, and a sentence with nothing on the other side
	// least of all.
	for _, c := range []struct {
		post                 float64
		moreZH, moreEN, z, e int
	}{
		{0.8, 1, 2, 1, 1}, {0.8, 1, 1, 3, 3}, {0.8, 2, 2, 1, 0}, {0.8, 1, 1, 0, 1},
		{0.99, 1, 2, 1, 1}, {0.5, 1, 2, 1, 3},
	} {
		if a, b := calibrated(c.post, c.moreZH, c.moreEN, false), calibrated(c.post, c.z, c.e, false); a <= b {
			t.Errorf("posterior %.2f: %d-%d gets %.3f, %d-%d %.3f", c.post, c.moreZH, c.moreEN, a, c.z, c.e, b)
		}
	}
	// A pair that ends a paragraph on one side only is trusted less.
	if a, b := calibrated(0.95, 1, 1, false), calibrated(0.95, 1, 1, true); a <= b {
		t.Errorf("ending a paragraph on one side only raises a 1-1 pair's confidence from %.3f to %.3f", a, b)
	}
	// The scale: a sure 1-1 pair stays sure, an even one is flagged.
	if c := calibrated(0.99, 1, 1, false); c < 0.9 {
		t.Errorf("a 1-1 pair at posterior 0.99 gets %.3f, below 0.9", c)
	}
	if c := calibrated(0.5, 1, 1, false); c >= LowConfidence {
		t.Errorf("a 1-1 pair at posterior 0.5 gets %.3f, not flagged", c)
	}
	// Calibrating a trivial alignment (one side empty) keeps it in range.
	al := &Alignment{Beads: trivialBeads(2, 1)}
	al.calibrate()
	for _, b := range al.Beads {
		if b.Confidence < 0 || b.Confidence >= LowConfidence {
			t.Errorf("trivial bead %v: confidence %.3f", b, b.Confidence)
		}
	}
}

// calRow is one bead of the development set: its posterior, shape and
// whether it is a gold pair.
type calRow struct {
	layout, corpus, half string
	post                 float64
	zh, en               int
	endsApart, right     bool
}

func (r calRow) features() []float64 {
	f := []float64{1, logit(r.post), float64(r.zh + r.en), 0, 0, 0}
	if r.zh == 1 && r.en == 1 {
		f[3] = 1
	}
	if r.zh == 0 || r.en == 0 {
		f[4] = 1
	}
	if r.endsApart {
		f[5] = 1
	}
	return f
}

func (r calRow) calibrated() float64 { return calibrated(r.post, r.zh, r.en, r.endsApart) }

// fitLogistic fits a logistic regression by Newton's method with a light
// ridge (lambda) on every weight but the intercept.
func fitLogistic(rows []calRow, lambda float64) []float64 {
	d := len(rows[0].features())
	beta := make([]float64, d)
	for range 50 {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for _, r := range rows {
			x := r.features()
			z := 0.0
			for i := range x {
				z += beta[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if r.right {
				y = 1
			}
			for i := range x {
				g[i] += (y - p) * x[i]
				for j := range x {
					h[i][j] += p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			h[i][i] += lambda
			g[i] -= lambda * beta[i]
		}
		step := solve(h, g)
		done := true
		for i := range beta {
			beta[i] += step[i]
			if math.Abs(step[i]) > 1e-10 {
				done = false
			}
		}
		if done {
			break
		}
	}
	return beta
}

// solve solves a·x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := range n {
		p := c
		for i := c + 1; i < n; i++ {
			if math.Abs(m[i][c]) > math.Abs(m[p][c]) {
				p = i
			}
		}
		m[c], m[p] = m[p], m[c]
		for i := range n {
			if i != c && m[c][c] != 0 {
				f := m[i][c] / m[c][c]
				for j := c; j <= n; j++ {
					m[i][j] -= f * m[c][j]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x
}

// confShares are the figures TestDevSet reports for a confidence.
func confShares(rows []calRow, conf func(calRow) float64) string {
	var high, highRight, low, lowWrong, wrong int
	for _, r := range rows {
		c := conf(r)
		if c >= 0.9 {
			high++
			if r.right {
				highRight++
			}
		}
		if !r.right {
			wrong++
		}
		if c < LowConfidence {
			low++
			if !r.right {
				lowWrong++
			}
		}
	}
	return fmt.Sprintf("≥ 0.9: %d of %d right (%.4f); flagged: %d of %d wrong (%.3f), %d of %d wrong flagged (%.3f)",
		highRight, high, float64(highRight)/float64(max(high, 1)), lowWrong, low, float64(lowWrong)/float64(max(low, 1)),
		lowWrong, wrong, float64(lowWrong)/float64(max(wrong, 1)))
}

// flagShares is how many pairs below th are wrong, and how many of the
// wrong pairs are below th.
func flagShares(rows []calRow, th float64, conf func(calRow) float64) string {
	var low, lowWrong, wrong int
	for _, r := range rows {
		if !r.right {
			wrong++
		}
		if conf(r) < th {
			low++
			if !r.right {
				lowWrong++
			}
		}
	}
	return fmt.Sprintf("%d of %d wrong (%.3f), %.3f of the wrong", lowWrong, low,
		float64(lowWrong)/float64(max(low, 1)), float64(lowWrong)/float64(max(wrong, 1)))
}

// TestCalibrationFit refits calibrate's model (BITEXT_CONF_FIT=1): the
// logistic regression of a bead's being right on its posterior, its shape
// and whether it ends apart, over half A of the literary texts aligned in
// two layouts (TestDevSet's, and the human sentences in paragraphs), scaled
// in log-odds so that, in TestDevSet's layout, below LowConfidence as many
// of half A's wrong pairs are flagged as the posterior flagged, and at 0.9
// or more as large a share of half A's pairs are right as of the
// posterior's there. It prints the constants and, per layout, half and
// corpus, the figures of the posterior and of the constants in
// calibrate.go, and the trade-off at other thresholds. Only numbers: no
// text.
func TestCalibrationFit(t *testing.T) {
	if os.Getenv("BITEXT_CONF_FIT") == "" {
		t.Skip("set BITEXT_CONF_FIT=1 to refit the confidence model")
	}
	dir, err := aligndev.Dir()
	if err != nil {
		t.Skip("no ../shared/align-dev")
	}
	var rows []calRow
	for _, c := range aligndev.Corpora {
		texts, err := aligndev.Load(dir, c.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range texts {
			half := c.Name
			if c.Name == "mac" {
				half = macHalf(tx.ID)
			}
			// Two layouts: TestDevSet's (the human sentences in the
			// text's order, one paragraph) and paragraphs of five
			// Chinese sentences or more (aligndev.ParagraphLines: the
			// gold pairs in order, so the gold pairs are consecutive).
			zhParas, enParas, _ := aligndev.ParagraphLines([]aligndev.Text{tx}, 0)
			var zh, en []articles.Sentence
			var gold []aligndev.Bead
			for k := range zhParas {
				for _, l := range zhParas[k] {
					zh = append(zh, articles.Sentence{Para: k + 1, Text: l, Line: len(zh) + 1})
				}
				for _, l := range enParas[k] {
					en = append(en, articles.Sentence{Para: k + 1, Text: l, Line: len(en) + 1})
				}
			}
			i, j := 0, 0
			for _, g := range tx.Gold {
				var b aligndev.Bead
				for range g.ZH {
					b.ZH = append(b.ZH, i)
					i++
				}
				for range g.EN {
					b.EN = append(b.EN, j)
					j++
				}
				gold = append(gold, b)
			}
			for _, l := range []struct {
				name   string
				zh, en []articles.Sentence
				gold   []aligndev.Bead
			}{
				{"lines", lineSentences(tx.ZH), lineSentences(tx.EN), tx.Gold},
				{"para-lines", zh, en, gold},
			} {
				// The posteriors, before calibrate.
				al := new(aligner).align(l.zh, l.en, nil)
				pred := devBeads(al)
				right := map[string]bool{}
				for _, g := range l.gold {
					right[beadKey(g.ZH, g.EN)] = true
				}
				for k, b := range al.Beads {
					rows = append(rows, calRow{layout: l.name, corpus: c.Name, half: half, post: b.Confidence,
						zh: b.ZH.Len(), en: b.EN.Len(), endsApart: al.endsApart(b), right: right[beadKey(pred[k].ZH, pred[k].EN)]})
				}
			}
		}
	}
	var fitted, a []calRow // half A in both layouts; half A as TestDevSet aligns it
	for _, r := range rows {
		if r.half == "A" {
			fitted = append(fitted, r)
			if r.layout == "lines" {
				a = append(a, r)
			}
		}
	}
	beta := fitLogistic(fitted, 1)
	score := func(r calRow) float64 {
		s := 0.0
		for i, x := range r.features() {
			s += beta[i] * x
		}
		return s
	}
	// The scale: tLo leaves below it as many of A's wrong pairs as the
	// posterior flags; at tHi or more as large a share of A's pairs are
	// right as of the posterior's at 0.9 or more.
	flaggedWrong := 0
	for _, r := range a {
		if !r.right && r.post < LowConfidence {
			flaggedWrong++
		}
	}
	sorted := append([]calRow(nil), a...)
	sort.Slice(sorted, func(i, j int) bool { return score(sorted[i]) < score(sorted[j]) })
	var tLo, tHi float64
	for k, w := 0, 0; k < len(sorted)-1; k++ {
		if !sorted[k].right {
			w++
		}
		if w == flaggedWrong {
			tLo = (score(sorted[k]) + score(sorted[k+1])) / 2
			break
		}
	}
	high, highRight := 0, 0 // the posterior's pairs at 0.9 or more
	for _, r := range a {
		if r.post >= 0.9 {
			high++
			if r.right {
				highRight++
			}
		}
	}
	for k, right := len(sorted)-1, 0; k >= 0; k-- {
		if sorted[k].right {
			right++
		}
		if right*high >= highRight*(len(sorted)-k) {
			tHi = score(sorted[k])
		}
	}
	scale := (logit(0.9) - logit(LowConfidence)) / (tHi - tLo)
	shift := logit(LowConfidence) - scale*tLo
	fmt.Printf("calibration fit on half A (%d beads in two layouts): beta %.4f; scale %.4f shift %.4f\n", len(fitted), beta, scale, shift)
	fmt.Printf("constants: c0 %.3f post %.3f size %.3f one %.3f indel %.3f ends %.3f\n",
		scale*beta[0]+shift, scale*beta[1], scale*beta[2], scale*beta[3], scale*beta[4], scale*beta[5])
	for _, set := range []string{"A", "B", "mac", "mag", "aca", "para-lines A", "para-lines B", "para-lines mac", "para-lines mag", "para-lines aca"} {
		layout, name, ok := strings.Cut(set, " ")
		if !ok {
			layout, name = "lines", set
		}
		var sel []calRow
		for _, r := range rows {
			if r.layout == layout && (r.half == name || r.corpus == name) {
				sel = append(sel, r)
			}
		}
		fmt.Printf("%s posterior:  %s\n", set, confShares(sel, func(r calRow) float64 { return r.post }))
		fmt.Printf("%s calibrated: %s\n", set, confShares(sel, calRow.calibrated))
		// The trade-off: flagged below other thresholds.
		for _, th := range []float64{0.5, 0.6, 0.65, 0.7, 0.8} {
			fmt.Printf("%s below %.2f: posterior %s; calibrated %s\n", set, th,
				flagShares(sel, th, func(r calRow) float64 { return r.post }),
				flagShares(sel, th, calRow.calibrated))
		}
	}
}

// BenchmarkCalibrate calibrates 1,000 beads: what calibrate adds to Align.
func BenchmarkCalibrate(b *testing.B) {
	var zh, en []unit
	var beads []Bead
	for k := range 1000 {
		zh, en = append(zh, unit{paraStart: k%7 == 0}), append(en, unit{paraStart: k%7 == 0}, unit{})
		beads = append(beads, Bead{ZH: Span{k, k + 1}, EN: Span{2 * k, 2*k + 2}})
	}
	al := &Alignment{zh: zh, en: en}
	for b.Loop() {
		al.Beads = append(al.Beads[:0], beads...)
		for k := range al.Beads {
			al.Beads[k].Confidence = float64(k%100) / 100
		}
		al.calibrate()
	}
}
