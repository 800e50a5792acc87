package workflow

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/align"
)

// alignDigestsFile holds, per text of the real-text development set
// (../shared/align-dev), a digest of what the aligner made of it: no text,
// only hashes, keyed by corpus/text.
const alignDigestsFile = "testdata/align_digests.tsv"

// TestAlignDigests proves that speed work leaves every alignment of the
// development set byte-identical: for each text, the digest of Align on its
// pre-split sentences (every bead's spans, confidence and cost to the bit,
// the ratio, spread and anchor counts) and the digest of the whole add --en
// path on the text written as files in paragraphs (reading, both splitters,
// the alignment, the pairs and the segments AlignedSegments makes, with the
// example glossary) must equal those recorded in testdata/align_digests.tsv.
//
// A change to the scoring changes the alignments on purpose: re-take the
// digests on the merged branch with
//
//	BITEXT_ALIGN_DIGESTS=write go test ./workflow -run TestAlignDigests -count=1
//
// and commit the file with the scoring change.
func TestAlignDigests(t *testing.T) {
	if testing.Short() {
		t.Skip("the development-set digests run without -short")
	}
	texts := aligndev.LoadOrSkip(t, "")
	g, err := glossary.Load(filepath.Join("..", "examples", "workspace", "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	got := map[string]string{}
	for _, tx := range texts {
		key := tx.Corpus + "/" + tx.ID
		got[key] = sentenceDigest(tx) + "\t" + fileDigest(t, tmp, tx, g)
	}
	if os.Getenv("BITEXT_ALIGN_DIGESTS") == "write" {
		keys := make([]string, 0, len(got))
		for k := range got {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("# corpus/text\tAlign on the pre-split sentences\tadd --en path on the text as files (see TestAlignDigests)\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "%s\t%s\n", k, got[k])
		}
		if err := os.WriteFile(alignDigestsFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d digests to %s", len(keys), alignDigestsFile)
		return
	}
	want, err := readAlignDigests(alignDigestsFile)
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for k, d := range got {
		if w, ok := want[k]; !ok {
			t.Errorf("%s: no recorded digest", k)
			bad++
		} else if w != d {
			t.Errorf("%s: alignment changed (digests %s, recorded %s)", k, d, w)
			bad++
		}
	}
	if bad > 0 {
		t.Logf("if the scoring changed on purpose, re-take the digests: BITEXT_ALIGN_DIGESTS=write go test ./workflow -run TestAlignDigests -count=1")
	}
	if len(want) != len(got) {
		t.Errorf("%d texts, %d recorded digests", len(got), len(want))
	}
}

func readAlignDigests(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		out[k] = v
	}
	return out, sc.Err()
}

func shortSum(h hash.Hash) string { return hex.EncodeToString(h.Sum(nil)[:12]) }

// writeAlignment writes everything the aligner decided, floats to the bit.
func writeAlignment(h hash.Hash, al *align.Alignment) {
	fmt.Fprintf(h, "ratio %x %x spread %x para %v anchors %d %d %d %d\n",
		math.Float64bits(al.RawRatio), math.Float64bits(al.Ratio), math.Float64bits(al.Spread), al.Paragraphs,
		al.ZHAnchors, al.ENAnchors, al.Shared, al.Strong)
	for _, b := range al.Beads {
		fmt.Fprintf(h, "%d %d %d %d %x %x %d\n", b.ZH.Lo, b.ZH.Hi, b.EN.Lo, b.EN.Hi,
			math.Float64bits(b.Confidence), math.Float64bits(b.Cost), b.Shared)
	}
}

// sentenceDigest aligns a text's pre-split sentences, one paragraph, as
// TestDevSet does.
func sentenceDigest(tx aligndev.Text) string {
	lines := func(ls []string) []articles.Sentence {
		out := make([]articles.Sentence, len(ls))
		for i, l := range ls {
			out[i] = articles.Sentence{Para: 1, Text: l, Line: i + 1}
		}
		return out
	}
	h := sha256.New()
	writeAlignment(h, align.Align(lines(tx.ZH), lines(tx.EN), nil))
	return shortSum(h)
}

// fileDigest writes a text as a Chinese and an English file, its gold pairs
// in order grouped into paragraphs of five Chinese sentences or more, and
// digests what add --en makes of them.
func fileDigest(t *testing.T, tmp string, tx aligndev.Text, g *glossary.Glossary) string {
	zhParas, enParas, _ := aligndev.Paragraphs([]aligndev.Text{tx}, 0)
	zhPath, enPath := filepath.Join(tmp, "t.zh.md"), filepath.Join(tmp, "t.en.md")
	if err := os.WriteFile(zhPath, []byte(strings.Join(zhParas, "\n\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(enPath, []byte(strings.Join(enParas, "\n\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	r, err := AlignFiles(zhPath, enPath, g)
	if err != nil {
		// A refusal is a result too.
		fmt.Fprintf(h, "error %v\n", err)
		return shortSum(h)
	}
	for _, s := range r.EN {
		fmt.Fprintf(h, "en %d %d %d %x\n", s.Para, s.Line, s.Start, sha256.Sum256([]byte(s.Text)))
	}
	writeAlignment(h, r.Alignment)
	for _, p := range r.Pairs {
		fmt.Fprintf(h, "pair %v %v %v %s %x\n", p.ZH, p.EN, p.Extra, p.Kind, math.Float64bits(p.Confidence))
	}
	_, norm, err := ReadChineseSource(zhPath)
	if err != nil {
		t.Fatal(err)
	}
	f := articles.NewFile("t", "t.zh.md", norm, r.ZH)
	AlignedSegments(f, r.Pairs, r.EN, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	for _, s := range f.Segments {
		fmt.Fprintf(h, "seg %d %d %s %x %x", s.Para, s.SentenceCount(), s.State, sha256.Sum256([]byte(s.ZH)), sha256.Sum256([]byte(s.EN)))
		for _, c := range s.Comments {
			fmt.Fprintf(h, " %x", sha256.Sum256([]byte(c.Text)))
		}
		fmt.Fprintln(h)
	}
	return shortSum(h)
}

// TestASCIILatin checks ReadEnglish's fast path: an ASCII character is
// Latin exactly when it is a letter, and never Han.
func TestASCIILatin(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		fast := 'a' <= r|0x20 && r|0x20 <= 'z'
		if fast != unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Han, r) {
			t.Fatalf("%q: fast path says Latin %v, unicode says Latin %v, Han %v", r, fast, unicode.Is(unicode.Latin, r), unicode.Is(unicode.Han, r))
		}
	}
}
