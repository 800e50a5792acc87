package workflow

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
)

// reportLayouts are the ways TestReportFiles writes a report fixture: as
// stored (one sentence a line, a blank line between paragraphs), one
// sentence a line without blank lines, running text (each paragraph on a
// line, blank lines between), and running text without blank lines.
var reportLayouts = []string{"lines+paragraphs", "lines", "paragraphs", "paragraphs, no blank lines", "paragraphs, English wrapped"}

// TestReportFiles runs the whole add --en path (AlignFiles: read, split,
// align) on the report-prose fixtures of workflow/align/testdata/report in
// each layout of reportLayouts, and scores strictly against their gold
// pairs by character position, as TestDevSetFiles does. Every pair must be
// right in every layout.
func TestReportFiles(t *testing.T) {
	layoutFiles(t, "align/testdata/report", "report fixtures", nil)
}

// TestGenreFiles is TestReportFiles on the genre probes of
// workflow/align/testdata/genre (a press-conference transcript, a speech,
// a white paper, news with a dateline and a caption, an interview,
// departmental measures; and, written after the rules they probe, a
// ministry's briefing and a statement at a UN meeting).
func TestGenreFiles(t *testing.T) {
	layoutFiles(t, "align/testdata/genre", "genre probes", genreMissed)
}

// genreMissed are the gold pairs of the genre probes the add --en path
// misses, by layout (README, "Genres"; TUNING.md): in every layout, a
// sentence the translator added to a question (g1, 0-1) taken into it; in
// the layouts with blank lines, a short answer sentence rendered inside
// the one before (g1, 2-1) left without English; running text without
// blank lines where one line in thirteen holds two sentences, read as a
// file written one sentence a line (g6, 2 pairs); an issuer line as long
// as the wrapped text's lines, read as wrapped (g3).
var genreMissed = map[string]int{
	"lines+paragraphs":            3,
	"lines":                       2,
	"paragraphs":                  3,
	"paragraphs, no blank lines":  4,
	"paragraphs, English wrapped": 5,
}

// layoutFiles runs the fixtures of dir through AlignFiles in every layout
// of reportLayouts and wants every pair right but missed[layout] gold
// pairs (missed may be nil: all right).
func layoutFiles(t *testing.T, dir, what string, missed map[string]int) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	tmp := t.TempDir()
	for _, mode := range reportLayouts {
		var sc aligndev.Score
		for _, g := range golds {
			base := strings.TrimSuffix(g, ".gold")
			s := reportFile(t, tmp, base, mode)
			t.Logf("add --en path (%s), %s: %d/%d gold right, %d predicted", mode, filepath.Base(base), s.Right, s.Gold, s.Predicted)
			sc = sc.Add(s)
		}
		t.Logf("add --en path (%s), %s: strict P %.3f R %.3f F1 %.3f (%d/%d gold, %d predicted)",
			mode, what, sc.P(), sc.R(), sc.F1(), sc.Right, sc.Gold, sc.Predicted)
		if want := sc.Gold - missed[mode]; sc.Right < want || missed[mode] == 0 && sc.Predicted != sc.Gold {
			t.Errorf("%s: %d of %d gold pairs right, %d predicted: want %d right", mode, sc.Right, sc.Gold, sc.Predicted, want)
		}
	}
}

// reportParas reads a fixture file written one sentence a line in
// paragraphs: its paragraphs' lines, the headline's '#' taken off.
func reportParas(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var paras [][]string
	var cur []string
	for line := range strings.SplitSeq(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			if cur != nil {
				paras, cur = append(paras, cur), nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}

// runText runs a paragraph's lines together as running text, joined by
// joiner, but a line without a final mark (a heading, a salutation, a
// byline) keeps its line break, as a writer keeps it on a line of its own.
func runText(lines []string, joiner string) string {
	var b strings.Builder
	for k, l := range lines {
		b.WriteString(l)
		if k == len(lines)-1 {
			break
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, "\"'”’)）"))
		if strings.ContainsRune(".!?。！？…", r) {
			b.WriteString(joiner)
		} else {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// wrapText wraps each line of text at width columns, as an editor does.
func wrapText(text string, width int) string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		cur := ""
		for _, w := range strings.Fields(line) {
			if cur != "" && utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) > width {
				out, cur = append(out, cur), w
				continue
			}
			if cur != "" {
				cur += " "
			}
			cur += w
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// reportFile writes one fixture in one layout, aligns it by AlignFiles and
// scores it against its gold pairs.
func reportFile(t *testing.T, tmp, base, mode string) aligndev.Score {
	t.Helper()
	gold, err := aligndev.ReadRanges(base + ".gold")
	if err != nil {
		t.Fatal(err)
	}
	var lines [2][]string
	for k, side := range []string{"zh", "en"} {
		paras := reportParas(t, base+"."+side+".md")
		joiner := " "
		if side == "zh" {
			joiner = ""
		}
		var out []string
		for p, para := range paras {
			for _, l := range para {
				lines[k] = append(lines[k], strings.TrimPrefix(l, "# "))
			}
			switch {
			case p == 0:
				out = append(out, strings.Join(para, "\n")) // the headline and the lines under it
			case strings.HasPrefix(mode, "lines"):
				out = append(out, strings.Join(para, "\n"))
			case mode == "paragraphs, English wrapped" && side == "en":
				out = append(out, wrapText(runText(para, joiner), 72))
			default:
				out = append(out, runText(para, joiner))
			}
		}
		sep := "\n\n"
		if mode == "lines" || mode == "paragraphs, no blank lines" {
			sep = "\n"
		}
		text := out[0] + "\n\n" + strings.Join(out[1:], sep) + "\n"
		if err := os.WriteFile(filepath.Join(tmp, "t."+side+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := alignFiles(filepath.Join(tmp, "t.zh.md"), filepath.Join(tmp, "t.en.md"), nil, articles.Segmentation{})
	if err != nil {
		t.Fatal(err)
	}
	sents := func(ss []articles.Sentence) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Text
		}
		return out
	}
	zhEnds, enEnds := lineEnds(sents(r.ZH)), lineEnds(sents(r.EN))
	zhLines, enLines := lineEnds(lines[0]), lineEnds(lines[1])
	var pred []aligndev.Bead
	for _, b := range r.Alignment.Beads {
		zh, okZH := linesOf(b.ZH.Lo, b.ZH.Hi, zhEnds, zhLines)
		en, okEN := linesOf(b.EN.Lo, b.EN.Hi, enEnds, enLines)
		if !okZH || !okEN {
			zh, en = []int{-1}, nil
		}
		pred = append(pred, aligndev.Bead{ZH: zh, EN: en})
	}
	want := map[string]bool{}
	for _, g := range gold {
		want[fmt.Sprint(g.ZH, g.EN)] = true
	}
	for k, b := range pred {
		if !want[fmt.Sprint(b.ZH, b.EN)] {
			rb := r.Alignment.Beads[k]
			t.Logf("%s (%s): wrong pair %s zh %v en %v (confidence %.2f): %.40q | %.60q", filepath.Base(base), mode, rb.Kind(), b.ZH, b.EN, rb.Confidence,
				strings.Join(sents(r.ZH[rb.ZH.Lo:rb.ZH.Hi]), ""), strings.Join(sents(r.EN[rb.EN.Lo:rb.EN.Hi]), " "))
		}
	}
	return aligndev.Strict(pred, gold)
}
