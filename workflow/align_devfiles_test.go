package workflow

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext-desk/bitext/articles/aligndev"
)

// devFilesFloor is the strict F1 below which TestDevSetFiles fails, per
// corpus: a little under what the whole add --en path measures.
var devFilesFloor = map[string]map[string]float64{
	"paragraphs": {"mac": 0.80, "mag": 0.89, "aca": 0.90},
	"lines":      {"mac": 0.92, "mag": 0.97, "aca": 0.98},
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
	for _, mode := range []string{"paragraphs", "lines"} {
		devFiles(t, texts, tmp, mode)
	}
}

// devFiles runs TestDevSetFiles with the files written one way: "paragraphs"
// joins the sentences of each paragraph into running text, as a translator's
// files are; "lines" puts each human sentence on a line of its own (a line
// break ends a sentence on both sides), as a file exported one sentence a
// line is.
func devFiles(t *testing.T, texts []aligndev.Text, tmp, mode string) {
	scores := map[string]aligndev.Score{}
	off := map[string]int{} // beads that begin or end inside a human sentence
	for _, tx := range texts {
		zhParas, enParas, _ := aligndev.Paragraphs([]aligndev.Text{tx}, 0)
		if mode == "lines" {
			zhParas, enParas = []string{strings.Join(tx.ZH, "\n")}, []string{strings.Join(tx.EN, "\n")}
		}
		zhPath, enPath := filepath.Join(tmp, "t.zh.md"), filepath.Join(tmp, "t.en.md")
		for path, paras := range map[string][]string{zhPath: zhParas, enPath: enParas} {
			if err := os.WriteFile(path, []byte(strings.Join(paras, "\n\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r, err := AlignFiles(zhPath, enPath, nil)
		if err != nil {
			t.Fatalf("%s/%s: %v", tx.Corpus, tx.ID, err)
		}
		zhLines, enLines := lineEnds(tx.ZH), lineEnds(tx.EN)
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
		var pred []aligndev.Bead
		for _, b := range r.Alignment.Beads {
			zh, okZH := linesOf(b.ZH.Lo, b.ZH.Hi, zhEnds, zhLines)
			en, okEN := linesOf(b.EN.Lo, b.EN.Hi, enEnds, enLines)
			if !okZH || !okEN {
				zh, en = []int{-1}, nil // off the human boundaries: matches no gold pair
				off[tx.Corpus]++
			}
			pred = append(pred, aligndev.Bead{ZH: zh, EN: en})
		}
		scores[tx.Corpus] = scores[tx.Corpus].Add(aligndev.Strict(pred, tx.Gold))
	}
	for _, c := range aligndev.Corpora {
		s := scores[c.Name]
		t.Logf("add --en path (%s), align-dev %s: strict P %.3f R %.3f F1 %.3f (%d/%d gold); %d of %d predicted beads begin or end inside a human sentence",
			mode, c.Name, s.P(), s.R(), s.F1(), s.Right, s.Gold, off[c.Name], s.Predicted)
		if s.F1() < devFilesFloor[mode][c.Name] {
			t.Errorf("%s: strict F1 %.3f below the floor %.2f", c.Name, s.F1(), devFilesFloor[mode][c.Name])
		}
	}
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
