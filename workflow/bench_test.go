package workflow

import (
	"fmt"
	"github.com/bitext-desk/bitext/articles"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// genSource writes a realistic 40-sentence Chinese news article.
func genSource(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# 中国矿业联合会第%d次会议在京召开\n\n", i)
	for p := 0; p < 8; p++ {
		for s := 0; s < 5; s++ {
			fmt.Fprintf(&b, "会议指出，第%d项工作要坚持“稳中求进”，推动矿业高质量发展，全年投资%d.5亿元。", p*5+s, i+s)
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkAdd2000 segments and writes 2,000 generated articles of 40
// sentences each (plus the headline) — the foundation's speed target.
//
//	go test ./workflow -run XXX -bench Add2000 -benchtime 1x
func BenchmarkAdd2000(b *testing.B) {
	src := b.TempDir()
	for i := 0; i < 2000; i++ {
		os.WriteFile(filepath.Join(src, fmt.Sprintf("a%04d.zh.md", i)), []byte(genSource(i)), 0o644)
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		b.StopTimer()
		ws, err := Init(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < 2000; i++ {
			if _, err := ws.Add(filepath.Join(src, fmt.Sprintf("a%04d.zh.md", i)), "", nil); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(2000*41*b.N)/b.Elapsed().Seconds(), "segments/s")
}

// BenchmarkSegmentEncode2000 is the CPU part of BenchmarkAdd2000 alone:
// normalise, segment, build and encode 2,000 articles in memory, no I/O.
func BenchmarkSegmentEncode2000(b *testing.B) {
	srcs := make([][]byte, 2000)
	for i := range srcs {
		srcs[i] = []byte(genSource(i))
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i, raw := range srcs {
			norm, err := articles.NormalizeSource("x", raw)
			if err != nil {
				b.Fatal(err)
			}
			f := articles.NewFile(fmt.Sprint(i), "x.zh.md", norm, articles.SplitSentences(norm))
			if _, err := articles.Encode(f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
