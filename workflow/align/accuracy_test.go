package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/glossary"
)

// A gold file lists the right pairs of one fixture (aligndev.ReadRanges):
// a range of Chinese segments, a range of English sentences, 0-based and
// inclusive, "-" for none.

type goldPair struct{ zh, en Span }

func readGold(t *testing.T, path string) []goldPair {
	t.Helper()
	beads, err := aligndev.ReadRanges(path)
	if err != nil {
		t.Fatal(err)
	}
	span := func(ix []int) Span {
		if len(ix) == 0 {
			return Span{-1, -1}
		}
		return Span{ix[0], ix[len(ix)-1] + 1}
	}
	out := make([]goldPair, len(beads))
	for k, b := range beads {
		out[k] = goldPair{span(b.ZH), span(b.EN)}
	}
	return out
}

// loadTestGlossary loads a fixture glossary.
func loadTestGlossary(t *testing.T, path string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Terms) == 0 {
		t.Fatalf("%s: no terms", path)
	}
	return g
}

type fixture struct{ name, zh, en, gold, glossary string }

func fixtures(t *testing.T, dir, glossaryPath string) []fixture {
	zs, err := filepath.Glob(filepath.Join(dir, "*.zh.md"))
	if err != nil || len(zs) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	var out []fixture
	for _, z := range zs {
		base := strings.TrimSuffix(z, ".zh.md")
		out = append(out, fixture{filepath.Base(base), z, base + ".en.md", base + ".gold", glossaryPath})
	}
	return out
}

// scoreFlags aligns the fixtures and counts strict pairs: a proposed bead is
// right only if both its Chinese and its English range equal a gold pair's.
// It also counts the beads below LowConfidence, wrong and right.
func scoreFlags(t *testing.T, fs []fixture) (right, proposed, gold, lowWrong, lowRight int) {
	t.Helper()
	for _, f := range fs {
		zh := articles.SplitSentences(readNormalized(t, f.zh))
		en := SplitEnglish(readNormalized(t, f.en))
		var g *glossary.Glossary
		if f.glossary != "" {
			g = loadTestGlossary(t, f.glossary)
		}
		al := Align(zh, en, g)
		want := map[goldPair]bool{}
		for _, p := range readGold(t, f.gold) {
			if p.zh.Lo < 0 {
				p.zh = Span{}
			}
			if p.en.Lo < 0 {
				p.en = Span{}
			}
			want[p] = true
		}
		ok := 0
		for _, b := range al.Beads {
			key := goldPair{b.ZH, b.EN}
			if b.ZH.Len() == 0 {
				key.zh = Span{}
			}
			if b.EN.Len() == 0 {
				key.en = Span{}
			}
			low := b.Confidence < LowConfidence
			if want[key] {
				ok++
				if low {
					lowRight++
				}
			} else {
				if low {
					lowWrong++
				}
				t.Logf("%s: wrong pair %s zh %v en %v (confidence %.2f)", f.name, b.Kind(), b.ZH, b.EN, b.Confidence)
			}
		}
		right, proposed, gold = right+ok, proposed+len(al.Beads), gold+len(want)
	}
	return right, proposed, gold, lowWrong, lowRight
}

func prf(right, proposed, gold int) (p, r, f float64) {
	p, r = float64(right)/float64(proposed), float64(right)/float64(gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestAlignAccuracy measures strict-pair precision, recall and F1 on the
// fixtures in testdata (written for this aligner, covering 1-2, 2-1,
// 1-0, 0-1, 1-3, 2-2 reordering, headlines and datelines) and the example
// inbox pair. The target there is 100 %. The held-out set in
// testdata/heldout was written apart and never tuned on (h1–h4 before
// the last round of tuning, h5–h8 after it); its score is reported, and must
// stay at 0.9 or above.
func TestAlignAccuracy(t *testing.T) {
	dev := fixtures(t, "testdata", "testdata/glossary.yaml")
	dev = append(dev, fixture{"example-cma-idcpc", "../../examples/inbox/2025-12-09-cma-idcpc.zh.md",
		"../../examples/inbox/2025-12-09-cma-idcpc.en.md", "testdata/example-cma-idcpc.gold", "../../examples/workspace/glossary.yaml"})
	if right, proposed, gold, _ := scoreSet(t, "fixtures", "", dev); right != gold || proposed != gold {
		t.Errorf("fixtures: %d of %d gold pairs right, %d proposed: want all", right, gold, proposed)
	}

	held := fixtures(t, "testdata/heldout", "testdata/heldout/glossary.yaml")
	if _, _, _, f := scoreSet(t, "held-out written set", ", not tuned on", held); f < 0.9 {
		t.Errorf("held-out F1 %.3f < 0.9", f)
	}

	// The report-prose fixtures (testdata/report: a work report, an
	// explanation of a draft, a year's work points, an opening address;
	// salutations, headings, enumerations, lists), one sentence a line in
	// paragraphs: every pair right. TestReportFiles in workflow runs them
	// through the whole add --en path in five layouts.
	if right, proposed, gold, _ := scoreSet(t, "report fixtures", "", fixtures(t, "testdata/report", "")); right != gold || proposed != gold {
		t.Errorf("report fixtures: %d of %d gold pairs right, %d proposed: want all", right, gold, proposed)
	}

	// The genre probes (testdata/genre: a press-conference transcript, a
	// speech, a white paper, news with a dateline and a caption, an
	// interview, departmental measures; a ministry's briefing and a UN
	// statement written after the rules), written as the report fixtures
	// are. TestGenreFiles in workflow runs them in five layouts.
	// Missed (README, "Genres"): a sentence the translator added to a
	// question (g1, 0-1) taken into it; a short answer sentence rendered
	// inside the one before (g1, 2-1) left without English.
	if right, proposed, gold, _ := scoreSet(t, "genre probes", "", fixtures(t, "testdata/genre", "")); right < gold-3 {
		t.Errorf("genre probes: %d of %d gold pairs right, %d proposed: want %d right", right, gold, proposed, gold-3)
	}
}

// scoreSet scores a set of fixtures strictly, prints its line of
// TestAlignAccuracy's report (what, the number of articles and note, the
// pairs, P/R/F1, the flags) and returns the counts and F1.
func scoreSet(t *testing.T, what, note string, fs []fixture) (right, proposed, gold int, f float64) {
	t.Helper()
	right, proposed, gold, lowWrong, lowRight := scoreFlags(t, fs)
	p, r, f := prf(right, proposed, gold)
	fmt.Printf("align accuracy, %s (%d articles%s): %d/%d pairs right, precision %.3f recall %.3f F1 %.3f; below confidence %.2f: %d of %d wrong, %d of %d right\n",
		what, len(fs), note, right, gold, p, r, f, LowConfidence, lowWrong, proposed-right, lowRight, right)
	return right, proposed, gold, f
}

// readNormalized reads and normalises a fixture file.
func readNormalized(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	norm, err := articles.NormalizeSource(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	return norm
}
