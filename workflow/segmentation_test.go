package workflow

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// splitInQuotesArticle adds an invented story to a workspace whose sources
// split inside quotations, its English aligned: the first three sentences
// (a quoted speech of two and its attribution) become one joined segment.
func splitInQuotesArticle(t *testing.T) (*Workspace, *Article) {
	t.Helper()
	ws, err := Init(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ws.Settings.SplitInQuotes = true
	dir := t.TempDir()
	zh, en := filepath.Join(dir, "story.zh.md"), filepath.Join(dir, "story.en.md")
	for p, text := range map[string]string{
		zh: "“我们走。你们留下。”他说。他们走了。\n\n村长问：“谁留下？谁走？”没人回答。\n",
		en: "\"We are going and you are staying,\" he said. They left.\n\nThe village head asked, \"Who stays? Who goes?\" No one answered.\n",
	} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := ws.AddEnglish(zh, "story", en, nil, t0); err != nil {
		t.Fatal(err)
	}
	a, err := ws.Load("story")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.File.Segments {
		got = append(got, s.ZH)
	}
	want := []string{"“我们走。你们留下。”他说。", "他们走了。", "村长问：“谁留下？", "谁走？”", "没人回答。"}
	if len(got) != len(want) || a.File.Segments[0].Sentences != 3 {
		t.Fatalf("segments %q (first joined of %d), want %q (first joined of 3)", got, a.File.Segments[0].Sentences, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("segments %q, want %q", got, want)
		}
	}
	return ws, a
}

// TestSplitInQuotesSync: sync and the merge driver segment as add did, so
// a joined segment of sentences split inside a quotation stays joined and
// an untouched source stays untouched.
func TestSplitInQuotesSync(t *testing.T) {
	ws, a := splitInQuotesArticle(t)
	rs, err := ws.Sync([]string{"story"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if r := rs[0]; r.Changed || r.Kept != 5 {
		t.Fatalf("sync of an unchanged source: %+v", r)
	}

	// A three-way merge of two translators' edits keeps the join and the
	// source's hash.
	base := a.File
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	ours.Segments[1].EN = "They all left."
	theirs.Segments[3].EN = "Who is going?\""
	m, res := merge(cloneFile(t, base), ours, theirs, 0.5, ws.Settings.Segmentation(), mergeT2)
	if !res.Clean() || m.SourceSHA256 != base.SourceSHA256 {
		t.Fatalf("merge: %+v, source hash %s, want %s", res, m.SourceSHA256, base.SourceSHA256)
	}
	if s := m.Segments[0]; s.Sentences != 3 || s.ZH != base.Segments[0].ZH || m.Segments[1].EN != "They all left." || m.Segments[3].EN != "Who is going?\"" {
		t.Fatalf("merged segments: %+v %+v %+v", m.Segments[0], m.Segments[1], m.Segments[3])
	}
	// Told the contract's segmentation instead, the merge miscounts the
	// join's sentences: the workspace's must reach it.
	if m2, _ := Merge(cloneFile(t, base), cloneFile(t, ours), cloneFile(t, theirs), 0.5, mergeT2); m2.Segments[0].Sentences == 3 {
		t.Fatalf("the contract's segmentation kept the join too: the test shows nothing")
	}

	// join.go: split gives the joined segment's three sentences back.
	if _, err := ws.Split("story", SplitOptions{Segment: base.Segments[0].ID, As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	a, err = ws.Load("story")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.File.Segments); n != 7 || a.File.Segments[0].ZH != "“我们走。" {
		t.Fatalf("after split: %d segments, first %q", n, a.File.Segments[0].ZH)
	}
}

// TestSplitInQuotesSetting reads the key and rejects a value that is not
// a boolean at its position.
func TestSplitInQuotesSetting(t *testing.T) {
	s, err := ParseSettings("bitext.yaml", []byte("split_in_quotes: true\n"))
	if err != nil || !s.Segmentation().SplitInQuotes {
		t.Fatalf("split_in_quotes: true gives %+v, %v", s.Segmentation(), err)
	}
	if s := DefaultSettings(); s.Segmentation() != (articles.Segmentation{}) {
		t.Fatalf("default %+v", s.Segmentation())
	}
	if _, err := ParseSettings("bitext.yaml", []byte("split_in_quotes: maybe\n")); err == nil || !strings.HasPrefix(err.Error(), "bitext.yaml:1:18: ") {
		t.Fatalf("bad value: %v", err)
	}
}

// FuzzSyncSplitInQuotes: a file segmented inside quotations syncs to its
// own source unchanged, and so does one whose first two segments sharing a
// line were joined.
func FuzzSyncSplitInQuotes(f *testing.F) {
	f.Add("“我们走。你们留下。”他说。他们走了。\n\n村长问：“谁留下？谁走？”没人回答。\n")
	f.Add("「走吧！『快』。」她问：“你去吗？我不去。”\n")
	f.Add("“第一。第二。\n第三。")
	seg := articles.Segmentation{SplitInQuotes: true}
	f.Fuzz(func(t *testing.T, src string) {
		norm := articles.Normalize(src)
		ss := seg.Split(norm)
		if len(ss) == 0 {
			t.Skip()
		}
		file := articles.NewFile("x", "x.zh.md", norm, ss)
		if r := syncFile(file, norm, 0.5, seg, t0); r.Changed || r.Kept != len(ss) {
			t.Fatalf("sync of its own source: %+v", r)
		}
		for k := 0; k+1 < len(file.Segments); k++ {
			a, b := file.Segments[k], file.Segments[k+1]
			if ss[k].Line != ss[k+1].Line || a.Para == 0 || len(pieces(seg, a.ZH+b.ZH)) != 2 {
				continue // ("! !" joined reads "!!", one sentence: no join to keep)
			}
			a.ZH, a.Sentences = a.ZH+b.ZH, 2
			file.Segments = append(file.Segments[:k+1], file.Segments[k+2:]...)
			if r := syncFile(file, norm, 0.5, seg, t0); r.Changed || len(file.Segments) != len(ss)-1 {
				t.Fatalf("sync of a joined file: %+v, %d segments of %d sentences", r, len(file.Segments), len(ss))
			}
			break
		}
	})
}
