package workflow

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/workflow/align"
)

// BenchmarkAddEnglishReal is add --en on a real pair of about 1,100
// Chinese sentences (the development set's literary texts in paragraphs,
// as TestDevWritePair writes them), into a fresh workspace each time, with
// the workspace's glossary, as the command does after start-up: reading,
// both splitters, the alignment, the segment file's encoding and both
// writes. The lexicon is loaded before the loop (BenchmarkLexiconLoad
// measures that). cpu-ms/op is the process's CPU time per add, set-up
// excluded. The target is 300 ms for 1,000 sentences (README § add --en).
//
//	go test ./workflow -run '^$' -bench AddEnglishReal -benchtime 10x -benchmem
func BenchmarkAddEnglishReal(b *testing.B) {
	texts := aligndev.LoadOrSkip(b, "mac")
	zhParas, enParas, n := aligndev.Paragraphs(texts, 1120)
	src := b.TempDir()
	zhPath, enPath := filepath.Join(src, "big.zh.md"), filepath.Join(src, "big.en.md")
	for path, paras := range map[string][]string{zhPath: zhParas, enPath: enParas} {
		if err := os.WriteFile(path, []byte(strings.Join(paras, "\n\n")+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	align.LoadLexicon()
	b.ReportAllocs()
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		ws, err := Init(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := aligndev.CPUTime()
		g, err := ws.LoadGlossary()
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := ws.AddEnglish(zhPath, "big", enPath, g, time.Now()); err != nil {
			b.Fatal(err)
		}
		cpu += aligndev.CPUTime() - start
	}
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(n), "zh-sentences")
}
