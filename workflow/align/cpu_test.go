package align

import (
	"strconv"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
)

func cpuTime() time.Duration { return aligndev.CPUTime() }

// reportCPU runs the benchmark loop and reports CPU milliseconds per
// operation besides the wall time.
func reportCPU(b *testing.B, op func()) {
	start := cpuTime()
	n := 0
	for b.Loop() {
		op()
		n++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(max(n, 1)), "cpu-ms/op")
}

// realSentences returns about n sentences of real published translation
// from the development set (its first literary texts, one paragraph per 50
// Chinese sentences), as BenchmarkAlignReal1000 aligns them; it skips when
// the development set is absent.
func realSentences(b testing.TB, n int) (zh, en []articles.Sentence) {
	texts := aligndev.LoadOrSkip(b, "mac")
	for _, tx := range texts {
		if len(zh) >= n {
			break
		}
		para := len(zh)/50 + 1
		for _, l := range tx.ZH {
			zh = append(zh, articles.Sentence{Para: para, Text: l})
		}
		for _, l := range tx.EN {
			en = append(en, articles.Sentence{Para: para, Text: l})
		}
	}
	return zh, en
}

// BenchmarkAlignStages times the stages of aligning the real 1,000
// sentences apart, for profiling: prepare (measures, anchors, the
// dictionary words), and the first pass's bead costs.
//
//	go test ./workflow/align -run '^$' -bench AlignStages -benchtime 10x
func BenchmarkAlignStages(b *testing.B) {
	zh, en := realSentences(b, 1000)
	LoadLexicon()
	b.Run("prepare", func(b *testing.B) {
		b.ReportAllocs()
		reportCPU(b, func() { (&aligner{}).prepare(zh, en, nil) })
	})
	b.Run("costs", func(b *testing.B) {
		al := &aligner{}
		res := al.prepare(zh, en, nil)
		al.ratio, al.spread, al.shapes = res.Ratio, 1, firstPassShapes
		b.ReportAllocs()
		reportCPU(b, func() { al.setBand(initialBand, nil) })
	})
}

// BenchmarkAlignLong aligns the development set's texts laid end to end
// (concatDev: one paragraph, one sentence a line) at 1,000 to 8,000
// Chinese sentences, whose human path strays up to 756 sentences from the
// diagonal: CPU per 1,000 sentences must stay flat as the length grows
// (README § add --en, long inputs). The build before the linear band
// search took 2, 4.4 and 8.6 s per 1,000 at 2,000, 4,000 and 8,000.
//
//	go test ./workflow/align -run '^$' -bench AlignLong -benchtime 1x -benchmem
func BenchmarkAlignLong(b *testing.B) {
	texts := aligndev.LoadOrSkip(b, "")
	LoadLexicon()
	for _, n := range []int{1000, 2000, 4000, 8000} {
		zh, en, _, _ := concatDev(texts, n, false)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			start, k := cpuTime(), 0
			for b.Loop() {
				Align(zh, en, nil)
				k++
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(max(k, 1))*1000/float64(len(zh)), "cpu-ms/1k")
		})
	}
}
