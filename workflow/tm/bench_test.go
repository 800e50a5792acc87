package tm

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// synthetic makes n approved records of news-like Chinese: words of one to
// four characters drawn with a Zipf distribution from a vocabulary over
// 3,000 characters (so common characters are very common, as 的 and 。
// are), 10 to 60 characters a sentence; every tenth sentence is a near
// copy of an earlier one, so fuzzy matches exist.
func synthetic(n int, seed uint64) []Record {
	r := rand.New(rand.NewPCG(seed, 7))
	chars := make([]rune, 0, 3000)
	for c := rune(0x4E00); len(chars) < 3000; c += 7 {
		chars = append(chars, c)
	}
	vocab := make([]string, 20000)
	for i := range vocab {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteRune(chars[r.IntN(len(chars))])
		}
		vocab[i] = b.String()
	}
	zipf := rand.NewZipf(r, 1.1, 1, uint64(len(vocab)-1))
	punct := []string{"，", "、", "。"}
	recs := make([]Record, n)
	for i := range recs {
		var zh string
		if i > 10 && i%10 == 0 {
			rs := []rune(recs[r.IntN(i)].ZH)
			for k := 1 + r.IntN(4); k > 0; k-- {
				j := r.IntN(len(rs))
				rs[j] = chars[r.IntN(len(chars))]
			}
			zh = string(rs)
		} else {
			var b strings.Builder
			want := 10 + r.IntN(51)
			for b.Len()/3 < want {
				b.WriteString(vocab[zipf.Uint64()])
				if r.IntN(6) == 0 {
					b.WriteString(punct[r.IntN(2)])
				}
			}
			b.WriteString("。")
			zh = b.String()
		}
		recs[i] = Record{ZH: zh, EN: fmt.Sprintf("English %d", i), Article: fmt.Sprintf("a%d", i/40), Segment: fmt.Sprint(i % 40), Approved: true}
	}
	return recs
}

// BenchmarkBuild800k: building the index over 800,000 segments, and the
// heap it holds (MB) with its records.
//
//	go test ./workflow/tm -run XXX -bench Build800k -benchtime 1x
func BenchmarkBuild800k(b *testing.B) {
	recs := synthetic(800_000, 1)
	b.ResetTimer()
	cpu := cpuTime()
	var ix *Index
	for range b.N {
		ix = Build(recs)
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(ix)
}

// BenchmarkFuzzy800k: one fuzzy lookup (threshold 70 %, 5 matches) in a
// warm index of 800,000 segments; the queries are near copies of stored
// segments and fresh sentences, alternately.
//
//	go test ./workflow/tm -run XXX -bench Fuzzy800k
func BenchmarkFuzzy800k(b *testing.B) {
	recs := synthetic(800_000, 1)
	ix := Build(recs)
	queries := synthetic(2000, 99)
	for i := 0; i < len(queries); i += 2 {
		rs := []rune(recs[(i*397)%len(recs)].ZH)
		rs[len(rs)/2] = '改'
		queries[i].ZH = string(rs)
	}
	b.ResetTimer()
	cpu := cpuTime()
	found := 0
	for i := range b.N {
		found += len(ix.Fuzzy(queries[i%len(queries)].ZH, 0.7, 5))
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(found)/float64(b.N), "matches/op")
}

// cpuTime is the process's user and system CPU time in nanoseconds: on a
// shared machine it says what a run costs when wall time does not.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
