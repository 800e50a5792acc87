package workflow

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// benchMergeFiles builds an article of n segments (every one translated)
// and two branches of it: ours retranslates every fourth segment, theirs
// edits every twentieth source sentence, syncs, and retranslates every
// fourth segment from the second on (some of them ours too: conflicts).
func benchMergeFiles(b testing.TB, n int) (base, ours, theirs *articles.File) {
	var paras [][]string
	for p := 0; p < n/10; p++ {
		var q []string
		for k := 0; k < 10; k++ {
			q = append(q, fmt.Sprintf("第%d段第%d句介绍了中国矿业联合会的工作情况。", p, k))
		}
		paras = append(paras, q)
	}
	norm := source(paras...)
	base = articles.NewFile("big", "big.zh.md", norm, articles.SplitSentences(norm))
	for i, s := range base.Segments {
		s.EN, s.State, s.Translator = fmt.Sprintf("Sentence %d on the association's work.", i), articles.Translated, "wang"
	}
	ours, theirs = cloneFile(b, base), cloneFile(b, base)
	for i := 0; i < len(ours.Segments); i += 4 {
		setEN(ours, i, fmt.Sprintf("Ours %d.", i), "li")
	}
	for i := range paras {
		if i%2 == 0 {
			paras[i][3] = "编辑改写了这一句：" + paras[i][3]
		}
	}
	SyncFile(theirs, source(paras...), 0.5, mergeT1)
	for i := 2; i < len(theirs.Segments); i += 4 {
		setEN(theirs, i, fmt.Sprintf("Theirs %d.", i), "zhao")
	}
	for i := 0; i < len(theirs.Segments); i += 40 {
		setEN(theirs, i, fmt.Sprintf("Theirs too %d.", i), "zhao")
	}
	return base, ours, theirs
}

// BenchmarkMerge2000 merges a 2,000-segment article in memory.
func BenchmarkMerge2000(b *testing.B) {
	base, ours, theirs := benchMergeFiles(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Merge(base, ours, theirs, 0.5, mergeT2)
	}
}

// BenchmarkMergeFiles2000 is the merge driver's whole job on a
// 2,000-segment article: read and parse three files, merge, write the
// result atomically (with fsync).
func BenchmarkMergeFiles2000(b *testing.B) {
	base, ours, theirs := benchMergeFiles(b, 2000)
	dir := b.TempDir()
	write := func(name string, f *articles.File) string {
		data, err := articles.Encode(f)
		if err != nil {
			b.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	bp, tp := write("base.yaml", base), write("theirs.yaml", theirs)
	oursData, _ := articles.Encode(ours)
	op := filepath.Join(dir, "ours.yaml")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := os.WriteFile(op, oursData, 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := MergeFiles(bp, op, tp, 0.5, articles.Segmentation{}, mergeT2)
		if err != nil || len(res.Conflicts) == 0 {
			b.Fatalf("%v %+v", err, res)
		}
	}
}
