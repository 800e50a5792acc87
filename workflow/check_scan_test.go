package workflow

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// checkScanLayout: whatever file scanLayout takes as laid out canonically,
// it finds what decoding it finds (articles.Decode, which reads any layout
// as yaml.v3 does): the translated and approved segments, in order, each
// with the signature of its Chinese, and lines that decode alone to that
// very segment; and, looking for some Chineses only (--changed-since,
// passing over by the start of the zh line), those of their segments.
func checkScanLayout(t *testing.T, data []byte) {
	checkScanAll(t, data)
	checkScanWanted(t, data)
}

// checkScanWanted: scanLayout looking for the Chineses of every other
// translated or approved segment decoding finds (with quick, by the zh
// line's start) finds, in every file it takes, exactly the segments that
// have their signatures.
func checkScanWanted(t *testing.T, data []byte) {
	f, err := articles.Decode("x.yaml", data)
	if err != nil {
		return
	}
	set := newSigSet()
	var compared []int
	for i, s := range f.Segments {
		if s.State == articles.Translated || s.State == articles.Approved {
			if len(compared)%2 == 0 {
				set.add(s.ZH)
			}
			compared = append(compared, i)
		}
	}
	var want []int
	for _, i := range compared {
		if set.sigs[hanSig(f.Segments[i].ZH)] {
			want = append(want, i)
		}
	}
	for _, quick := range []func(uint64) bool{nil, set.mayHave} {
		var got []int
		if !scanLayout(data, set.has, quick, func(n, _ int, _ []byte, _, _ uint64) bool {
			got = append(got, n)
			return true
		}) {
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("scanLayout (quick %v) found segments %v, decoding %v:\n%s", quick != nil, got, want, data)
		}
	}
}

func checkScanAll(t *testing.T, data []byte) {
	type found struct {
		n   int
		sig uint64
	}
	var got []found
	var items [][]byte
	if !scanLayout(data, nil, nil, func(n, at int, item []byte, sig, _ uint64) bool {
		if !bytes.Equal(data[at:at+len(item)], item) {
			t.Fatalf("segment %d: its lines are not at %d", n, at)
		}
		got = append(got, found{n, sig})
		items = append(items, item)
		return true
	}) {
		return
	}
	f, err := articles.Decode("x.yaml", data)
	if err != nil {
		return // not a segment file: check reports it
	}
	var want []found
	for i, s := range f.Segments {
		if s.State == articles.Translated || s.State == articles.Approved {
			want = append(want, found{i, hanSig(s.ZH)})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("scanLayout found %d segments, Decode %d:\n%s", len(got), len(want), data)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("scanLayout found segment %d (signature %x), Decode %d (%x):\n%s", got[k].n, got[k].sig, want[k].n, want[k].sig, data)
		}
		s, ok := articles.DecodeSegment(items[k])
		if seg := f.Segments[got[k].n]; ok && (s.ID != seg.ID || s.ZH != seg.ZH || s.EN != seg.EN || s.State != seg.State) {
			t.Fatalf("segment %d's lines decode to %+v, the file's segment is %+v:\n%s", got[k].n, s, seg, data)
		}
	}
}

// scanSeeds are segment files in and out of the canonical layout, and when
// generated, four of the generated corpus's (too long to fuzz from).
func scanSeeds(tb testing.TB, generated bool) [][]byte {
	var out [][]byte
	if generated {
		out = generatedFiles(tb)
	}
	head := "bitext: 1\narticle: a\nsource: a.zh.md\nsource_sha256: x\nsegments:\n"
	seg := func(id, zh, en, state string) string {
		return "  - id: " + id + "\n    para: 1\n    zh: " + zh + "\n    en: " + en + "\n    state: " + state + "\n"
	}
	for _, s := range []string{
		head + seg("a1", "中国矿业。", "Mining.", "translated") + seg("a2", "'他说''好'''", "He said yes.", "approved") + "    translator: wang\n",
		head + seg("a1", "中国矿业。", "Mining.", "translated") + "archived:\n" + seg("z9", "旧的。", "Old.", "translated") + "    removed_at: 2026-01-01T00:00:00Z\n",
		head + seg("a1", "中国矿业。", "Mining.", "translated") + "archived: []\n",
		head + "  - id: a1\n    para: 1\n    sentences: 2\n    zh: 中国。矿业。\n    en: Mining.\n    state: translated\n",
		head + "  - id: a1\n    para: 1\n    zh: 中国\n      矿业\n    en: Mining.\n    state: translated\n",
		head + "  - id: a1\n    para: 1\n    zh: |-\n      中国矿业\n    en: Mining.\n    state: translated\n",
		head + "  - id: a1\n    para: 1\n    zh: \"中国\\u77FF业\"\n    en: Mining.\n    state: translated\n",
		head + "  - id: a1\n    zh: 中国矿业。\n    para: 1\n    en: Mining.\n    state: translated\n",
		head + "  - {id: a1, para: 1, zh: 中国矿业。, en: Mining., state: translated}\n",
		head + "  - id: a1\n    para: 1\n    zh: 中国矿业。 # a comment\n    en: Mining.\n    state: translated\n",
		head + seg("a1", "中国 矿业。", "Mining.", "draft") + seg("a2", "ＧＤＰ增长５％", "GDP grew 5%.", "translated"),
		"# by hand\n" + head + seg("a1", "中国矿业。", "Mining.", "translated"),
		head + seg("a1", "中国矿业联合会召开会议。", "Mining.", "translated") + "  - id: a2\n    para: 1\n    zh: 中国矿业联合会召开\n      会议。\n    en: Mining.\n    state: translated\n",
		head + seg("a1", "中国矿业联合会召开会议。", "Mining.", "translated") + seg("a2", "中国矿业联合会召开会议。 # a comment", "Mining.", "translated"),
		head + seg("a1", "中国矿业联合会召开会议。", "Mining.", "translated") + seg("a2", "\"中国矿业联合会\\u53EC开会议。\"", "Mining.", "translated"),
		head + seg("a1", "中国矿业联合会召开会议。", "Mining.", "translated") + seg("a2", "中国 矿业 联合会召开会议。", "Mining.", "approved") + seg("a3", "他们。", "They.", "translated") + "    translator: wang\n",
	} {
		out = append(out, []byte(s))
	}
	return out
}

// generatedFiles are the segment files of a small generated corpus.
func generatedFiles(tb testing.TB) [][]byte {
	dir := tb.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 3, Articles: 4, Segments: 12, Terms: 40, Faults: 0.3}); err != nil {
		tb.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
	var out [][]byte
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

func TestScanLayout(t *testing.T) {
	for _, data := range scanSeeds(t, true) {
		checkScanLayout(t, data)
	}
}

// FuzzScanLayout: on any input, what scanLayout takes, decoding reads the
// same.
func FuzzScanLayout(f *testing.F) {
	for _, data := range scanSeeds(f, false) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkScanLayout(t, data)
	})
}

// hanSig is a signature of what tm.Normalize leaves, and hanPrefix of its
// start: two Chineses that normalise alike have the same of both.
func FuzzHanSig(f *testing.F) {
	for _, s := range []string{"12月9日，中国 矿业联合会", "ＧＤＰ增长５％", "'他说''好'' 2024年'", "\"中国: 5%\"", "中国　矿业"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n := tm.Normalize(s)
		if hanSig(s) != hanSig(n) || hanPrefix(s) != hanPrefix(n) || hanSig(s) != hanSig([]byte(s)) {
			t.Fatalf("%q and its normal form %q sign differently", s, n)
		}
	})
}
