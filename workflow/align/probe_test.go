package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// The held-out probes of testdata/probe (a work-report section, a
// ministry's press release, a minister's address at a forum, a
// commentator's article, a news feature, a joint statement, a news brief,
// a white-paper chapter) were written and committed by an engineer who had
// not read the aligner's or the splitters' rules, before any run on them;
// their first-run figures are in README ("Held-out probes"). Those of
// testdata/probe2 (a feature in running text, a company's interim results,
// a cultural piece with a poem, technology news with Latin script, a
// court's announcement, a people story with dialogue, a feature with a
// swap and a 1-5, a travel story) were written the same way by another
// engineer (x31), q7 and q8 after q1-q6's first run. Those of
// testdata/probe3 (a profile, a short story with dialogue, a travel
// essay, an op-ed, a long-form report, a memoir, an obituary) by a third
// (x38), in free translation as publishers render Chinese: sentences
// merged and split up to 1-4, clauses moved across a boundary (2-2),
// sentences added and dropped, idioms paraphrased, attributions moved.

// TestProbeAccuracy aligns the probes on the splitters' sentences (Align,
// not the file path's AlignLines) and scores them twice: by sentence index
// as TestAlignAccuracy does, where a line the splitter cuts in two (a
// quotation and its attribution, “……。”他说。, two segments by the
// contract; an English dateline) shifts every index after it; and by the
// lines the gold numbers, a bead right when it holds whole lines and they
// equal a gold pair's.
func TestProbeAccuracy(t *testing.T) {
	for _, set := range probeSets {
		t.Run(set.dir, func(t *testing.T) { probeAccuracy(t, set.dir, set.floorIndex, set.floorLine) })
	}
}

func probeAccuracy(t *testing.T, dir string, floorIndex, floorLine int) {
	var right, proposed, gold, lineRight int
	for _, f := range fixtures(t, "testdata/"+dir, "") {
		r, p, g, _, _ := scoreFlags(t, []fixture{f})
		lr := probeLineScore(t, f)
		_, _, f1 := prf(r, p, g)
		_, _, lf1 := prf(lr, p, g)
		fmt.Printf("probe %s: by index %d/%d right, %d proposed, F1 %.3f; by line %d right, F1 %.3f\n", f.name, r, g, p, f1, lr, lf1)
		right, proposed, gold, lineRight = right+r, proposed+p, gold+g, lineRight+lr
	}
	p, r, f := prf(right, proposed, gold)
	fmt.Printf("align accuracy, held-out probes (%s) by index (%d pairs): %d right, %d proposed, precision %.3f recall %.3f F1 %.3f\n", dir, gold, right, proposed, p, r, f)
	p, r, f = prf(lineRight, proposed, gold)
	fmt.Printf("align accuracy, held-out probes (%s) by line: %d right, precision %.3f recall %.3f F1 %.3f\n", dir, lineRight, p, r, f)
	// Missed by index (22 gold pairs): p2 from zh line 9 on (4), p5 from
	// zh line 4 on (12) — the contract's two segments for a quotation and
	// its attribution on one line shift every index after them —, p7 from
	// line 1 on (5: the English dateline a sentence of its own), p8 zh
	// line 6 (a 1-4 read as 1-3 and 0-1). By line (7): p2 zh 7-8 (a 2-2
	// whose attribution Align leaves without English), zh 11 and the
	// added en 11 (read as a 1-2), p5 zh lines 4, 10 and 11 (a quotation
	// rendered by two English sentences, its attribution left apart:
	// AlignLines, the file path, keeps them together, see TestProbeFiles),
	// p8 zh line 6.
	if right < floorIndex || lineRight < floorLine {
		t.Errorf("held-out probes (%s): %d right by index (floor %d), %d by line (floor %d)", dir, right, floorIndex, lineRight, floorLine)
	}
}

// probeSets are the held-out probe directories with their floors: right
// pairs by index and by line. The misses of testdata/probe are named
// above. Those of testdata/probe2 (x31; 99 gold pairs), by index (33):
// q1 from zh line 4 on (11), q6 from zh line 2 on (11), q7 from zh line 9
// on (5), q8 from zh line 4 on (6) — a quotation and its attribution on
// one line, two segments by the contract, shift every index after them;
// by line none. (At the first run, 64 by index and 97 by line: q7 zh
// lines 2-3 with en lines 2-3, two sentences swapped, a 2-2, and the
// added en line 4, a 0-1, were read as a 0-1 and two 1-1 until the
// crossed reading of a 2-2, swapCost.) Those of testdata/probe3 (x38; 110
// gold pairs; the first run, d5eac2b, before any rule was read: 87 by
// index, 109 proposed, F1 0.795; 105 by line, F1 0.959), by index (23):
// r2 from zh line 3 on (16) and r5 from zh line 13 on (3) — a quotation
// and its attribution on one line, two segments —, and r1, r3 as by
// line (4); by line (5): r1 the added en line 8, a 0-1, taken into a 1-3
// with zh line 10 (2), r3 the dropped zh line 8, a 1-0 opening a
// paragraph, taken into a 2-1 with zh line 9 (2), r5 zh line 12 (a
// quotation whose attribution Align leaves without English; AlignLines
// keeps them).
var probeSets = []struct {
	dir                   string
	floorIndex, floorLine int
}{
	{"probe", 93, 108},
	{"probe2", 66, 99},
	{"probe3", 87, 105},
}

// probeLineScore counts the beads of f's alignment that hold whole lines
// of the fixture and equal a gold pair by line.
func probeLineScore(t *testing.T, f fixture) int {
	t.Helper()
	zh := articles.SplitSentences(readNormalized(t, f.zh))
	en := SplitEnglish(readNormalized(t, f.en))
	al := Align(zh, en, nil)
	zl, el := fileLineIndex(t, f.zh), fileLineIndex(t, f.en)
	want := map[goldPair]bool{}
	for _, p := range readGold(t, f.gold) {
		want[p] = true
	}
	ok := 0
	for _, b := range al.Beads {
		z, okZ := spanLines(zh, b.ZH, zl)
		e, okE := spanLines(en, b.EN, el)
		if okZ && okE && want[goldPair{z, e}] {
			ok++
		}
	}
	return ok
}

// fileLineIndex maps the 1-based line numbers of a fixture's non-blank
// lines to their 0-based index among them, as the gold numbers them.
func fileLineIndex(t *testing.T, path string) map[int]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, k := map[int]int{}, 0
	for n, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			out[n+1] = k
			k++
		}
	}
	return out
}

// spanLines returns the lines the sentences of s stand on, as a gold span
// ({-1, -1} for none), and whether s holds every sentence on them.
func spanLines(ss []articles.Sentence, s Span, index map[int]int) (Span, bool) {
	if s.Len() == 0 {
		return Span{-1, -1}, true
	}
	lo, hi := index[ss[s.Lo].Line], index[ss[s.Hi-1].Line]
	whole := (s.Lo == 0 || ss[s.Lo-1].Line != ss[s.Lo].Line) && (s.Hi == len(ss) || ss[s.Hi].Line != ss[s.Hi-1].Line)
	return Span{lo, hi + 1}, whole
}
