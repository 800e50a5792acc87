package workflow

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/workflow/align"
)

// devFilesFloor is the strict F1 below which TestDevSetFiles fails, per
// corpus: a little under what the whole add --en path measures.
var devFilesFloor = map[string]map[string]float64{
	"paragraphs":                  {"mac": 0.81, "mag": 0.92, "aca": 0.91},
	"lines":                       {"mac": 0.925, "mag": 0.975, "aca": 0.98},
	"lines+paragraphs":            {"mac": 0.925, "mag": 0.97, "aca": 0.98},
	"paragraphs, split_in_quotes": {"mac": 0.89, "mag": 0.92, "aca": 0.91},
	"paragraphs, English wrapped": {"mac": 0.81, "mag": 0.92, "aca": 0.91},
}

// TestDevSetFiles measures what `add --en` itself does with real published
// translations: each text of the development set written as a translator's
// pair of files (aligndev.Paragraphs), read, split by bitext's own
// splitters and aligned by AlignFiles (no glossary), then scored strictly
// against the human alignment. TestDevSet in workflow/align scores the
// aligner alone on the human sentence split; this one includes the
// splitters: a bead counts as right only when both its sides begin and end
// on the human sentence boundaries and cover exactly a human pair's lines.
func TestDevSetFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("the development-set measurement runs without -short")
	}
	texts := aligndev.LoadOrSkip(t, "")
	tmp := t.TempDir()
	for _, mode := range []string{"paragraphs", "lines", "lines+paragraphs", "paragraphs, split_in_quotes", "paragraphs, English wrapped"} {
		devFiles(t, texts, tmp, mode)
	}
}

// devFiles runs TestDevSetFiles with the files written one way: "paragraphs"
// joins the sentences of each paragraph into running text, as a translator's
// files are; "lines" puts each human sentence on a line of its own (a line
// break ends a sentence on both sides), as a file exported one sentence a
// line is; "lines+paragraphs" does so too, with a blank line between the
// paragraphs; "paragraphs, split_in_quotes" is "paragraphs" in a workspace
// whose sources also split inside quotations; "paragraphs, English wrapped"
// is "paragraphs" with the English wrapped at 72 characters, as an editor
// wraps a Markdown file.
func devFiles(t *testing.T, texts []aligndev.Text, tmp, mode string) {
	scores := map[string]aligndev.Score{}
	off := map[string]int{} // beads that begin or end inside a human sentence
	// Per corpus and side: the splitter's sentence ends against the human
	// ones, and how many human pairs end where the splitter ends a
	// sentence (a pair that ends elsewhere cannot be found).
	bounds := map[string]*[2]boundCount{}
	reach := map[string]int{}    // human pairs both splitters make possible
	conf := map[string]*[5]int{} // high, high right, flagged, flagged wrong, wrong
	for _, tx := range texts {
		zhParas, enParas, _ := aligndev.Paragraphs([]aligndev.Text{tx}, 0)
		// The lines in the order the files hold them: Paragraphs writes
		// them in the order of the human pairs, which a few crossing pairs
		// make differ from the text's.
		zhOrder, enOrder := goldOrder(tx)
		switch mode {
		case "lines":
			zhParas, enParas = []string{strings.Join(tx.ZH, "\n")}, []string{strings.Join(tx.EN, "\n")}
			zhOrder, enOrder = nil, nil
		case "lines+paragraphs":
			zh, en, _ := aligndev.ParagraphLines([]aligndev.Text{tx}, 0)
			zhParas, enParas = make([]string, len(zh)), make([]string, len(en))
			for k := range zh {
				zhParas[k], enParas[k] = strings.Join(zh[k], "\n"), strings.Join(en[k], "\n")
			}
		case "paragraphs, English wrapped":
			for k := range enParas {
				enParas[k] = wrapText(enParas[k], 72)
			}
		}
		zhPath, enPath := filepath.Join(tmp, "t.zh.md"), filepath.Join(tmp, "t.en.md")
		for path, paras := range map[string][]string{zhPath: zhParas, enPath: enParas} {
			if err := os.WriteFile(path, []byte(strings.Join(paras, "\n\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r, err := alignFiles(zhPath, enPath, nil, articles.Segmentation{SplitInQuotes: strings.HasSuffix(mode, "split_in_quotes")})
		if err != nil {
			t.Fatalf("%s/%s: %v", tx.Corpus, tx.ID, err)
		}
		zhLines, enLines := lineEnds(inOrder(tx.ZH, zhOrder)), lineEnds(inOrder(tx.EN, enOrder))
		zhSents, enSents := make([]string, len(r.ZH)), make([]string, len(r.EN))
		for i, s := range r.ZH {
			zhSents[i] = s.Text
		}
		for i, s := range r.EN {
			enSents[i] = s.Text
		}
		zhEnds, enEnds := lineEnds(zhSents), lineEnds(enSents)
		if last(zhEnds) != last(zhLines) || last(enEnds) != last(enLines) {
			t.Fatalf("%s/%s: the sentences read hold %d/%d characters, the lines %d/%d", tx.Corpus, tx.ID,
				last(zhEnds), last(enEnds), last(zhLines), last(enLines))
		}
		if bounds[tx.Corpus] == nil {
			bounds[tx.Corpus] = &[2]boundCount{}
		}
		var zhPairEnds, enPairEnds []int
		nz, ne := 0, 0
		for _, g := range tx.Gold {
			nz, ne = nz+len(g.ZH), ne+len(g.EN)
			if nz > 0 && ne > 0 {
				zhPairEnds, enPairEnds = append(zhPairEnds, zhLines[nz-1]), append(enPairEnds, enLines[ne-1])
			}
		}
		reach[tx.Corpus] += reachable(tx.Gold, zhEnds, zhLines, enEnds, enLines)
		bounds[tx.Corpus][0].add(zhEnds, zhLines, zhPairEnds)
		bounds[tx.Corpus][1].add(enEnds, enLines, enPairEnds)
		var pred []aligndev.Bead
		for _, b := range r.Alignment.Beads {
			zh, okZH := linesOf(b.ZH.Lo, b.ZH.Hi, zhEnds, zhLines)
			en, okEN := linesOf(b.EN.Lo, b.EN.Hi, enEnds, enLines)
			zh, en = fromOrder(zh, zhOrder), fromOrder(en, enOrder)
			if !okZH || !okEN {
				zh, en = []int{-1}, nil // off the human boundaries: matches no gold pair
				off[tx.Corpus]++
			}
			pred = append(pred, aligndev.Bead{ZH: zh, EN: en})
		}
		gold := map[string]bool{}
		for _, g := range tx.Gold {
			gold[fmt.Sprint(g.ZH, g.EN)] = true
		}
		if conf[tx.Corpus] == nil {
			conf[tx.Corpus] = new([5]int)
		}
		cc := conf[tx.Corpus]
		for k, b := range r.Alignment.Beads {
			right := gold[fmt.Sprint(pred[k].ZH, pred[k].EN)]
			if b.Confidence >= 0.9 {
				cc[0]++
				if right {
					cc[1]++
				}
			}
			if b.Confidence < align.LowConfidence {
				cc[2]++
				if !right {
					cc[3]++
				}
			}
			if !right {
				cc[4]++
			}
		}
		scores[tx.Corpus] = scores[tx.Corpus].Add(aligndev.Strict(pred, tx.Gold))
	}
	for _, c := range aligndev.Corpora {
		s := scores[c.Name]
		t.Logf("add --en path (%s), align-dev %s: strict P %.3f R %.3f F1 %.3f (%d/%d gold); %d of %d predicted beads begin or end inside a human sentence",
			mode, c.Name, s.P(), s.R(), s.F1(), s.Right, s.Gold, off[c.Name], s.Predicted)
		if cc := conf[c.Name]; cc != nil {
			t.Logf("    confidence ≥ 0.9: %d of %d right (%.3f); below %.2f: %d of %d wrong (%.3f), %d of the %d wrong pairs flagged (%.3f)",
				cc[1], cc[0], ratio(cc[1], cc[0]), align.LowConfidence, cc[3], cc[2], ratio(cc[3], cc[2]), cc[3], cc[4], ratio(cc[3], cc[4]))
		}
		t.Logf("    human pairs the splitters make possible (both sides begin and end on a sentence end): %d of %d; found %d (%.3f of them)",
			reach[c.Name], s.Gold, s.Right, ratio(s.Right, reach[c.Name]))
		for k, side := range []string{"Chinese", "English"} {
			if b := bounds[c.Name][k]; strings.HasPrefix(mode, "paragraphs") && b.found > 0 {
				t.Logf("    %s splitter: sentence ends P %.3f R %.3f (%d right of %d found, %d human); human pairs ending on one: %d of %d",
					side, ratio(b.right, b.found), ratio(b.right, b.human), b.right, b.found, b.human, b.pairsFound, b.pairs)
			}
		}
		if s.F1() < devFilesFloor[mode][c.Name] {
			t.Errorf("%s: strict F1 %.3f below the floor %.2f", c.Name, s.F1(), devFilesFloor[mode][c.Name])
		}
	}
}

// reachable counts the human pairs (in the order the files hold them)
// whose both sides begin and end where the splitters end a sentence: the
// pairs an aligner could find in the sentences read.
func reachable(gold []aligndev.Bead, zhEnds, zhLines, enEnds, enLines []int) int {
	zf, ef := map[int]bool{0: true}, map[int]bool{0: true}
	for _, e := range zhEnds {
		zf[e] = true
	}
	for _, e := range enEnds {
		ef[e] = true
	}
	at := func(lines []int, k int) int {
		if k == 0 {
			return 0
		}
		return lines[k-1]
	}
	n, a, b := 0, 0, 0
	for _, g := range gold {
		a2, b2 := a+len(g.ZH), b+len(g.EN)
		if zf[at(zhLines, a)] && zf[at(zhLines, a2)] && ef[at(enLines, b)] && ef[at(enLines, b2)] {
			n++
		}
		a, b = a2, b2
	}
	return n
}

// boundCount counts one side's sentence ends (by letter position; the
// end of the text is none) against the human ones.
type boundCount struct{ right, found, human, pairsFound, pairs int }

func (b *boundCount) add(ends, human, pairEnds []int) {
	found := map[int]bool{}
	for _, e := range ends[:len(ends)-1] {
		found[e] = true
	}
	b.found += len(found)
	for _, e := range human[:len(human)-1] {
		b.human++
		if found[e] {
			b.right++
		}
	}
	for _, e := range pairEnds[:len(pairEnds)-1] {
		b.pairs++
		if found[e] {
			b.pairsFound++
		}
	}
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// goldOrder returns the order in which aligndev.Paragraphs writes a text's
// lines on each side: that of the human pairs.
func goldOrder(tx aligndev.Text) (zh, en []int) {
	for _, b := range tx.Gold {
		zh, en = append(zh, b.ZH...), append(en, b.EN...)
	}
	return zh, en
}

// inOrder returns lines in order (all of them as they are when order is
// nil).
func inOrder(lines []string, order []int) []string {
	if order == nil {
		return lines
	}
	out := make([]string, len(order))
	for k, i := range order {
		out[k] = lines[i]
	}
	return out
}

// fromOrder maps positions in order back to line numbers, ascending.
func fromOrder(pos, order []int) []int {
	if order == nil {
		return pos
	}
	out := make([]int, len(pos))
	for k, p := range pos {
		out[k] = order[p]
	}
	slices.Sort(out)
	return out
}

// lineEnds returns, for each line, how many letters (runes that are not
// white space) the lines up to and including it hold: sentence and line
// boundaries compare by these counts, whatever spaces the files put between
// them.
func lineEnds(lines []string) []int {
	out := make([]int, len(lines))
	n := 0
	for i, l := range lines {
		for _, r := range l {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		out[i] = n
	}
	return out
}

func last(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)-1]
}

// linesOf maps the sentences lo..hi-1 (sentence ends sEnds) to the lines
// they cover (line ends lEnds); false when they begin or end inside a line.
func linesOf(lo, hi int, sEnds, lEnds []int) ([]int, bool) {
	if lo >= hi {
		return nil, true
	}
	from, to := 0, sEnds[hi-1]
	if lo > 0 {
		from = sEnds[lo-1]
	}
	var out []int
	start := -1
	for j, e := range lEnds {
		begin := 0
		if j > 0 {
			begin = lEnds[j-1]
		}
		if begin == from {
			start = j
		}
		if start >= 0 && begin >= from && e <= to {
			out = append(out, j)
		}
		if e == to {
			return out, start >= 0 && len(out) > 0
		}
	}
	return nil, false
}
