package align

import (
	"slices"
	"strings"
	"testing"
)

func TestWordStarts(t *testing.T) {
	// Han characters count one, Latin letters and digits 0.3 (zhLength).
	if got, want := zhWordStarts("老王在2025年推开了大门，", []string{"老", "王", "在", "年", "推开", "了", "大门"}), []float32{0, 1, 2, 4.2, 5.2, 7.2, 8.2}; !approxEqual(got, want) {
		t.Errorf("zhWordStarts = %v, want %v", got, want)
	}
	// Stopwords and one-letter words are not kept; all letters and digits
	// count (enLength).
	if got, want := enWordStarts("The old man, in 2025, opened a gate."), []float32{3, 6, 15, 22}; !slices.Equal(got, want) {
		t.Errorf("enWordStarts = %v, want %v", got, want)
	}
}

func approxEqual(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if d := a[k] - b[k]; d > 1e-4 || d < -1e-4 {
			return false
		}
	}
	return true
}

// A clause moved across a sentence boundary (invented text): the second
// Chinese sentence's first clause, the roses and chrysanthemums of the
// courtyard, ends the first English sentence.
var movedClauseZH = []string{
	"老王是一个农民，住在山脚下的一个小村子里。",
	"每天早上，他都要到河边去挑水。",
	"这一天，老王挑水回来，推开了大门。",
	"院子里开满了红色的玫瑰和黄色的菊花，一只黑猫懒洋洋地睡在井边的一块大石头上。",
	"他放下水桶，坐在门口抽烟。",
	"太阳慢慢地落山了，村子里安静下来。",
}

var movedClauseEN = []string{
	"Lao Wang was a farmer who lived in a small village at the foot of a mountain.",
	"Every morning he went to the river to carry water.",
	"On this day, coming back with the water, Lao Wang pushed open the gate on a courtyard full of red roses and yellow chrysanthemums.",
	"A black cat was sleeping lazily on a big stone by the well.",
	"He put down the buckets and sat at the door to smoke.",
	"The sun slowly set and the village grew quiet.",
}

func TestClauseCross(t *testing.T) {
	al := new(aligner)
	res := al.align(lineSentences(movedClauseZH), lineSentences(movedClauseEN), nil)
	g, dz, de := al.clauseCross(2, 3, 4, 2, 3, 4)
	if g <= 0 || dz < clauseWords || de < clauseWords {
		t.Errorf("moved clause: clauseCross = %.2f, %d, %d; want a margin and %d words each side", g, dz, de, clauseWords)
	}
	// Where every clause stays in its sentence there is nothing to move.
	for _, at := range []int{0, 4} {
		if g, _, _ := al.clauseCross(at, at+1, at+2, at, at+1, at+2); g != 0 {
			t.Errorf("sentences %d and %d: clauseCross = %.2f, want 0", at, at+1, g)
		}
	}
	if got := beadShapesOf(res.Beads); got != "1-1 1-1 2-2 1-1 1-1" {
		t.Errorf("alignment %s, want the 2-2 pair", got)
	}
	// Read as two one-to-one pairs, the moved clause joins them; the
	// neighbours where nothing moved stay apart.
	var split []Bead
	for k := range 6 {
		split = append(split, Bead{ZH: Span{k, k + 1}, EN: Span{k, k + 1}, Cost: al.cost(k, k, 1, 1, beadShapes[0].cost)})
	}
	merged := al.clauseMerge(split)
	if got := beadShapesOf(merged); got != "1-1 1-1 2-2 1-1 1-1" {
		t.Fatalf("clauseMerge: %s, want the two middle pairs joined", got)
	}
	if c := merged[2].Confidence; c <= 0 || c > 1 {
		t.Errorf("merged pair's confidence %v", c)
	}
}

func beadShapesOf(beads []Bead) string {
	var s []string
	for _, b := range beads {
		s = append(s, b.Kind())
	}
	return strings.Join(s, " ")
}

// A clause moved into a one-to-two pair's neighbour (invented text): the
// same Chinese, its third sentence rendered by two English ones, the
// second of which ends with the roses and chrysanthemums of the fourth;
// so the human pair is 2-3, which the sentence scores may read as 1-2 +
// 1-1.
var movedClauseBigEN = slices.Concat(movedClauseEN[:2], []string{
	"On this day Lao Wang came back with the water.",
	"He pushed open the gate on a courtyard full of red roses and yellow chrysanthemums.",
}, movedClauseEN[3:])

func TestClauseMergeBig(t *testing.T) {
	al := new(aligner)
	al.align(lineSentences(movedClauseZH), lineSentences(movedClauseBigEN), nil)
	g, dz, de := al.clauseCross(2, 3, 4, 2, 4, 5)
	if g <= 0 || dz+de < clauseBigWords {
		t.Errorf("moved clause: clauseCross = %.2f, %d, %d; want a margin and %d words", g, dz, de, clauseBigWords)
	}
	cost := func(b Bead) Bead {
		c, _ := shapeCost(b.ZH.Len(), b.EN.Len())
		b.Cost = al.cost(b.ZH.Lo, b.EN.Lo, b.ZH.Len(), b.EN.Len(), c)
		return b
	}
	// Read as 1-1, 1-1, 1-2 + 1-1, 1-1, 1-1: the moved clause joins the
	// middle two into a 2-3 pair; the neighbours where nothing moved
	// (the first two, the last two) stay apart.
	beads := []Bead{
		cost(Bead{ZH: Span{0, 1}, EN: Span{0, 1}}),
		cost(Bead{ZH: Span{1, 2}, EN: Span{1, 2}}),
		cost(Bead{ZH: Span{2, 3}, EN: Span{2, 4}}),
		cost(Bead{ZH: Span{3, 4}, EN: Span{4, 5}}),
		cost(Bead{ZH: Span{4, 5}, EN: Span{5, 6}}),
		cost(Bead{ZH: Span{5, 6}, EN: Span{6, 7}}),
	}
	merged := al.clauseMerge(beads)
	if got := beadShapesOf(merged); got != "1-1 1-1 2-3 1-1 1-1" {
		t.Fatalf("clauseMerge: %s, want the 1-2 and the 1-1 pair joined", got)
	}
	if c := merged[2].Confidence; c <= 0 || c > 1 {
		t.Errorf("merged pair's confidence %v", c)
	}
}

// An English sentence read into the wrong pair (invented text): the same
// Chinese, its fourth sentence rendered by two English ones; a reading
// that gives the first of them, the courtyard's roses and
// chrysanthemums, to the third Chinese sentence is mended by moving it
// across the boundary, and the right reading is left as it is.
func TestClauseShift(t *testing.T) {
	en := slices.Concat(movedClauseEN[:2], []string{
		"On this day, coming back with the water, Lao Wang pushed open the gate.",
		"The courtyard was full of red roses and yellow chrysanthemums.",
		"A black cat was sleeping lazily on a big stone by the well.",
	}, movedClauseEN[4:])
	al := new(aligner)
	res := al.align(lineSentences(movedClauseZH), lineSentences(en), nil)
	total := al.fwd[al.cell(len(al.zh), len(al.en))]
	read := func(spans ...[4]int) []Bead {
		var out []Bead
		for _, s := range spans {
			b := Bead{ZH: Span{s[0], s[1]}, EN: Span{s[2], s[3]}}
			c, _ := shapeCost(b.ZH.Len(), b.EN.Len())
			b.Cost = al.cost(b.ZH.Lo, b.EN.Lo, b.ZH.Len(), b.EN.Len(), c)
			out = append(out, b)
		}
		return out
	}
	right := [][4]int{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}, {3, 4, 3, 5}, {4, 5, 5, 6}, {5, 6, 6, 7}}
	if got, want := beadShapesOf(res.Beads), "1-1 1-1 1-1 1-2 1-1 1-1"; got != want {
		t.Errorf("alignment %s, want %s", got, want)
	}
	wrong := read(right[0], right[1], [4]int{2, 3, 2, 4}, [4]int{3, 4, 4, 5}, right[4], right[5])
	al.clauseShift(wrong, total)
	if got, want := beadShapesOf(wrong), "1-1 1-1 1-1 1-2 1-1 1-1"; got != want || wrong[3].EN != (Span{3, 5}) {
		t.Errorf("clauseShift of the wrong reading: %s, English of the fourth %v; want %s, [3, 5)", got, wrong[3].EN, want)
	}
	if c := wrong[3].Confidence; c <= 0 || c > 1 {
		t.Errorf("moved pair's confidence %v", c)
	}
	ok := read(right...)
	al.clauseShift(ok, total)
	for k, b := range ok {
		if b.ZH.Lo != right[k][0] || b.EN.Lo != right[k][2] || b.EN.Hi != right[k][3] {
			t.Errorf("clauseShift moved a right pair: %d is now %v %v", k, b.ZH, b.EN)
		}
	}
}
