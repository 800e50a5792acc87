package align

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/bitext-desk/bitext/articles/aligndev"
)

// numberedStyles are the ways a report numbers its headings, Chinese and
// English, in the order TestDevNumbered uses them.
var numberedStyles = []struct {
	zh, en func(n int) string
}{
	{func(n int) string { return zhNumeral(n) + "、" }, func(n int) string { return roman(n) + ". " }},
	{func(n int) string { return "（" + zhNumeral(n) + "）" }, func(n int) string { return "(" + roman(n) + ") " }},
	{func(n int) string { return "（" + zhNumeral(n) + "）" }, func(n int) string { return "(" + strconv.Itoa(n) + ") " }},
	{func(n int) string { return strconv.Itoa(n) + ". " }, func(n int) string { return strconv.Itoa(n) + ". " }},
}

func zhNumeral(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + d[n%10]
	}
	return d[n/10] + "十" + d[n%10]
}

func roman(n int) string {
	var out string
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			out, n = out+p.s, n-p.v
		}
	}
	return out
}

// numbered returns a copy of tx whose every tenth 1-1 pair is numbered on
// both sides as a report numbers its points (numberedStyles[style]; the
// numbers run 1, 2, ... through the text, and start again at 60).
func numbered(tx aligndev.Text, style int) aligndev.Text {
	out := tx
	out.ZH, out.EN = append([]string(nil), tx.ZH...), append([]string(nil), tx.EN...)
	n, k := 0, 0
	for _, b := range tx.Gold {
		if len(b.ZH) != 1 || len(b.EN) != 1 {
			continue
		}
		if k++; k%10 != 0 {
			continue
		}
		n = n%59 + 1
		out.ZH[b.ZH[0]] = numberedStyles[style].zh(n) + out.ZH[b.ZH[0]]
		out.EN[b.EN[0]] = numberedStyles[style].en(n) + out.EN[b.EN[0]]
	}
	return out
}

// TestDevNumbered measures the heading and enumerator keys on report-like
// variants of the development set made in memory (never written): every
// tenth 1-1 pair numbered on both sides in one of four styles (一、 ↔ I.,
// （一） ↔ (I), （一） ↔ (1), 1. ↔ 1.; the style by text), the human
// sentence split aligned with the keys and without them. It fails when the
// keys lose strict F1 or right pairs at confidence 0.9 or more in any corpus
// or half of mac.
func TestDevNumbered(t *testing.T) {
	// It runs with the other development-set tests: the keys are kept on
	// what it asserts (they change no strict F1 on the plain texts).
	if raceEnabled || testing.Short() {
		t.Skip("the numbered variants run without -race and -short")
	}
	for _, c := range aligndev.Corpora {
		texts := aligndev.LoadOrSkip(t, c.Name)
		for k := range texts {
			texts[k] = numbered(texts[k], k%len(numberedStyles))
		}
		var sc [2]map[string]aligndev.Score
		var conf [2]map[string]*[4]int // at ≥ 0.9, right among them, flagged, right among them
		for on := range 2 {
			sc[on] = map[string]aligndev.Score{}
			conf[on] = map[string]*[4]int{c.Name: {}, "A": {}, "B": {}}
			for _, tx := range texts {
				a := &aligner{plainNumbers: on == 0}
				al := a.align(lineSentences(tx.ZH), lineSentences(tx.EN), nil)
				al.calibrate()
				pred := devBeads(al)
				gold := map[string]bool{}
				for _, g := range tx.Gold {
					gold[beadKey(g.ZH, g.EN)] = true
				}
				for k, b := range al.Beads {
					right := gold[beadKey(pred[k].ZH, pred[k].EN)]
					for _, key := range []string{c.Name, macHalf(tx.ID)} {
						if key != c.Name && c.Name != "mac" {
							continue
						}
						cc := conf[on][key]
						if b.Confidence >= 0.9 {
							cc[0]++
							if right {
								cc[1]++
							}
						}
						if b.Confidence < LowConfidence {
							cc[2]++
							if right {
								cc[3]++
							}
						}
					}
				}
				s := aligndev.Strict(pred, tx.Gold)
				sc[on][c.Name] = sc[on][c.Name].Add(s)
				if c.Name == "mac" {
					sc[on][macHalf(tx.ID)] = sc[on][macHalf(tx.ID)].Add(s)
				}
			}
		}
		for _, key := range []string{c.Name, "A", "B"} {
			off, on := sc[0][key], sc[1][key]
			if on.Gold == 0 {
				continue
			}
			fmt.Printf("numbered align-dev %s: strict F1 without the keys %.4f (%d right, %d predicted), with them %.4f (%d right, %d predicted)\n",
				key, off.F1(), off.Right, off.Predicted, on.F1(), on.Right, on.Predicted)
			c0, c1 := conf[0][key], conf[1][key]
			fmt.Printf("    confidence ≥ 0.9: %d of %d right without, %d of %d with; flagged below %.2f: %d right of %d without, %d of %d with\n",
				c0[1], c0[0], c1[1], c1[0], LowConfidence, c0[3], c0[2], c1[3], c1[2])
			if on.F1() < off.F1() || c1[1] < c0[1] {
				t.Errorf("%s: the heading keys lose: F1 %.4f < %.4f, or %d < %d right pairs at ≥ 0.9", key, on.F1(), off.F1(), c1[1], c0[1])
			}
		}
	}
}
