package align

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/aligndev"
)

// The shape transitions of the development set (sixth round, TUNING.md:
// "Shape transitions"): how much a pair's shape depends on its neighbours'
// and on quotations, in the human alignments and in the aligner's own, and
// the wrong stretches by shape. Each prints its table (-v) and asserts what
// TUNING.md concludes from it, so a change that makes the conclusion false
// fails here.

// skipDevAnalysis skips the development-set analyses under -race and
// -short, as TestDevSet is skipped.
func skipDevAnalysis(t *testing.T) {
	t.Helper()
	if raceEnabled || testing.Short() {
		t.Skip("the development-set analyses run without -race and -short")
	}
}

// shapeClasses names the classes of a pair's shape, in the order the
// tables print them.
var shapeClasses = []string{"1-1", "expand", "contract", "even", "0-x"}

// shapeClassOf is the class of a shape a-b: one-to-one, expanding (more
// English sentences than Chinese), contracting (fewer), even (2-2, 3-3),
// or one side empty.
func shapeClassOf(a, b int) string {
	switch {
	case a == 0 || b == 0:
		return "0-x"
	case a == 1 && b == 1:
		return "1-1"
	case b > a:
		return "expand"
	case a > b:
		return "contract"
	}
	return "even"
}

// transitionGroups are the groups the analysis reads: the human
// alignments of each half and corpus, and the aligner's own of each half.
var transitionGroups = []string{"mac-A", "mac-B", "mag", "aca", "aligner mac-A", "aligner mac-B"}

// groupBeads returns the beads of a text for a group (the human ones or
// the aligner's), or false when the text is not in the group.
func groupBeads(group string, tx aligndev.Text) ([]aligndev.Bead, bool) {
	h := tx.Corpus
	if h == "mac" {
		h = "mac-" + macHalf(tx.ID)
	}
	if g, ok := strings.CutPrefix(group, "aligner "); ok {
		if g != h {
			return nil, false
		}
		return alignedBeads(tx), true
	}
	return tx.Gold, group == h
}

// TestDevTransitions prints, per group, the share of each shape class
// after each class, after a pair whose Chinese ends a quotation or not,
// and by whether the pair's first Chinese sentence opens a quotation.
func TestDevTransitions(t *testing.T) {
	skipDevAnalysis(t)
	texts := aligndev.LoadOrSkip(t, "")
	tables := map[string]map[string]map[string]int{}
	for _, group := range transitionGroups {
		rows := map[string]map[string]int{}
		tables[group] = rows
		order := []string{"all", "after start"}
		for _, c := range shapeClasses {
			order = append(order, "after "+c)
		}
		order = append(order, "after a quotation's end", "after no quotation's end", "opening a quotation", "opening none")
		add := func(row, class string) {
			if rows[row] == nil {
				rows[row] = map[string]int{}
			}
			rows[row][class]++
		}
		for _, tx := range texts {
			beads, ok := groupBeads(group, tx)
			if !ok {
				continue
			}
			ms := make([]uint16, len(tx.ZH))
			for i, l := range tx.ZH {
				ms[i] = moodOf(l)
			}
			prev, prevQuote := "start", false
			for _, b := range beads {
				c := shapeClassOf(len(b.ZH), len(b.EN))
				add("all", c)
				add("after "+prev, c)
				if prevQuote {
					add("after a quotation's end", c)
				} else {
					add("after no quotation's end", c)
				}
				if len(b.ZH) > 0 {
					if ms[b.ZH[0]]&moodQuote != 0 {
						add("opening a quotation", c)
					} else {
						add("opening none", c)
					}
					prevQuote = ms[b.ZH[len(b.ZH)-1]]&moodQuoteEnd != 0
				}
				prev = c
			}
		}
		fmt.Printf("transitions %s\n", group)
		for _, r := range order {
			n := 0
			for _, v := range rows[r] {
				n += v
			}
			line := fmt.Sprintf("  %-25s %5d:", r, n)
			for _, c := range shapeClasses {
				line += fmt.Sprintf(" %s %.3f", c, float64(rows[r][c])/float64(max(n, 1)))
			}
			fmt.Println(line)
		}
	}
	// share is the share of class among a row's pairs, and the row's size.
	share := func(group, row, class string) (float64, int) {
		n := 0
		for _, v := range tables[group][row] {
			n += v
		}
		return float64(tables[group][row][class]) / float64(max(n, 1)), n
	}
	for _, h := range []string{"mac-A", "mac-B"} {
		afterExpand, _ := share(h, "after expand", "expand")
		after11, _ := share(h, "after 1-1", "expand")
		opening, _ := share(h, "opening a quotation", "expand")
		none, _ := share(h, "opening none", "expand")
		if afterExpand < 1.15*after11 || opening < 1.5*none {
			t.Errorf("%s: the human shapes no longer depend on the neighbour's (expanding after expanding %.3f, after 1-1 %.3f) or on an opened quotation (%.3f, otherwise %.3f), as TUNING.md says", h, afterExpand, after11, opening, none)
		}
		for _, row := range []string{"after 1-1", "after expand", "opening a quotation", "opening none"} {
			human, n := share(h, row, "expand")
			own, _ := share("aligner "+h, row, "expand")
			if n >= 100 && math.Abs(own-human) > 0.03 {
				t.Errorf("%s, %s: the aligner expands %.3f of its pairs, the human alignment %.3f: TUNING.md says the aligner already has the dependence", h, row, own, human)
			}
		}
	}
}

// TestDevRuns prints, per group, the share of pairs that are not 1-1 by
// how many of the four pairs before them are not.
func TestDevRuns(t *testing.T) {
	skipDevAnalysis(t)
	texts := aligndev.LoadOrSkip(t, "")
	for _, group := range transitionGroups {
		var n, c [5]int
		for _, tx := range texts {
			bs, ok := groupBeads(group, tx)
			if !ok {
				continue
			}
			free := func(b aligndev.Bead) bool { return len(b.ZH) != 1 || len(b.EN) != 1 }
			for k := 4; k < len(bs); k++ {
				h := 0
				for x := k - 4; x < k; x++ {
					if free(bs[x]) {
						h++
					}
				}
				n[h]++
				if free(bs[k]) {
					c[h]++
				}
			}
		}
		line := "runs " + group + ":"
		for h := range 5 {
			line += fmt.Sprintf("  %d of 4 before: %d/%d %.3f", h, c[h], n[h], float64(c[h])/float64(max(n[h], 1)))
		}
		fmt.Println(line)
		// TUNING.md: a pair after a free stretch is likelier free itself.
		if strings.HasPrefix(group, "mac-") && c[3]*n[0] <= c[0]*n[3] {
			t.Errorf("%s: pairs after three free ones of four (%d/%d) are no likelier free than after none (%d/%d)", group, c[3], n[3], c[0], n[0])
		}
	}
}

// stepPast moves the walk's Chinese and English positions z and e past
// pair b (a side b lacks stays where it is).
func stepPast(b aligndev.Bead, z, e *int) {
	if len(b.ZH) > 0 {
		*z = b.ZH[len(b.ZH)-1] + 1
	}
	if len(b.EN) > 0 {
		*e = b.EN[len(b.EN)-1] + 1
	}
}

// TestDevStretches prints each stretch of a half of the literary corpus
// (BITEXT_DEV_HALF, A unless told) where the aligner and the human
// alignment differ, between two boundaries they share: the shapes of both
// and of the human pairs either side, then the kinds seen three times or
// more.
func TestDevStretches(t *testing.T) {
	skipDevAnalysis(t)
	half := os.Getenv("BITEXT_DEV_HALF")
	if half == "" {
		half = "A"
	}
	shape := func(b aligndev.Bead) string { return fmt.Sprintf("%d-%d", len(b.ZH), len(b.EN)) }
	tally := map[string]int{}
	wrong := 0
	for _, tx := range aligndev.LoadOrSkip(t, "mac") {
		if macHalf(tx.ID) != half {
			continue
		}
		pred := alignedBeads(tx)
		gold := tx.Gold
		// Walk both lists, each up to the other's end, cutting where both
		// have a boundary at the same Chinese and English positions.
		gi, pi := 0, 0
		var zg, eg, zp, ep int
		var gs, ps []string
		for gi < len(gold) || pi < len(pred) {
			if pi >= len(pred) || gi < len(gold) && (zg < zp || zg == zp && eg <= ep) {
				stepPast(gold[gi], &zg, &eg)
				gs = append(gs, shape(gold[gi]))
				gi++
			} else {
				stepPast(pred[pi], &zp, &ep)
				ps = append(ps, shape(pred[pi]))
				pi++
			}
			if zg != zp || eg != ep || len(gs) == 0 || len(ps) == 0 {
				continue
			}
			if g, p := strings.Join(gs, " "), strings.Join(ps, " "); g != p {
				prev, next := "start", "end"
				if k := gi - len(gs) - 1; k >= 0 {
					prev = shape(gold[k])
				}
				if gi < len(gold) {
					next = shape(gold[gi])
				}
				fmt.Printf("stretch %s at zh %d: human [%s] aligner [%s] between %s and %s\n", tx.ID, zg, g, p, prev, next)
				tally["human ["+g+"] aligner ["+p+"]"]++
			}
			gs, ps = nil, nil
		}
		// Both alignments cover every sentence once, so the walk ends on a
		// shared boundary, and each differing stretch holds a wrong pair.
		if len(gs) > 0 || len(ps) > 0 {
			t.Errorf("%s: the walk ends inside a stretch (human [%s], aligner [%s]): a sentence is missing or doubled", tx.ID, strings.Join(gs, " "), strings.Join(ps, " "))
		}
		sc := aligndev.Strict(pred, gold)
		wrong += sc.Predicted - sc.Right
	}
	differ := 0
	for _, v := range tally {
		differ += v
	}
	if differ > wrong || (differ == 0) != (wrong == 0) {
		t.Errorf("half %s: %d differing stretches for %d wrong pairs: each stretch holds at least one", half, differ, wrong)
	}
	for k, v := range tally {
		if v > 2 {
			fmt.Printf("stretch kind %3d  %s\n", v, k)
		}
	}
}
