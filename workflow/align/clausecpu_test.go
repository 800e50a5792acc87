package align

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkClausePass aligns the real 1,000 sentences with the clause pass
// and without it, alternated in each iteration, and reports the CPU ratio
// (with over without): what the pass costs, measured side by side.
//
//	go test ./workflow/align -run '^$' -bench ClausePass -benchtime 16x
func BenchmarkClausePass(b *testing.B) {
	zh, en := realSentences(b, 1000)
	LoadLexicon()
	defer func() { clauseOn = true }()
	var on, off time.Duration
	for b.Loop() {
		for _, c := range []bool{false, true} {
			clauseOn = c
			runtime.GC() // each run pays for its own garbage
			s := cpuTime()
			Align(zh, en, nil)
			if d := cpuTime() - s; c {
				on += d
			} else {
				off += d
			}
		}
	}
	b.ReportMetric(float64(on)/float64(max(off, 1)), "cpu-ratio")
}
