package workflow

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"syscall"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// Benchmarks (see README § sync for the numbers measured):
//
//	go test ./workflow -run '^$' -bench 'Sync|Floor' -benchtime 5x
//
// BenchmarkSyncWorkspace is `bitext sync` of 2,000 articles × 40 segments
// after 5 % of sentences were edited, 1 % removed and 1 % added: reading,
// pairing, encoding and writing every changed file (atomically, fsync'd).
// BenchmarkDecodeEncodeFloor is the floor: read, decode and re-encode the
// same files, with the same parallelism, writing nothing.

const benchArticles, benchSegments = 2000, 40

// benchGC applies the GC settings `bitext sync` runs with (cmd_sync.go),
// unless GOGC is set, and returns the function that restores the defaults.
func benchGC() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	gc, lim := debug.SetGCPercent(400), debug.SetMemoryLimit(1<<30)
	return func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(lim) }
}

func BenchmarkSyncWorkspace(b *testing.B) {
	dir := b.TempDir()
	slugs, segBytes, _ := writeCorpus(b, dir, benchArticles, benchSegments, 1)
	ws, err := Find(dir, dir)
	if err != nil {
		b.Fatal(err)
	}
	restore := func() {
		for _, s := range slugs {
			if err := os.WriteFile(ws.SegmentPath(s), segBytes[s], 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	defer benchGC()()
	var cpu time.Duration
	defer func() { b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op") }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		restore()
		b.StartTimer()
		c0 := cpuTime()
		res, err := ws.Sync(nil, now)
		cpu += cpuTime() - c0
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			var t SyncResult
			changed := 0
			for _, r := range res {
				t.Kept, t.Stale, t.New, t.Archived, t.Dropped = t.Kept+r.Kept, t.Stale+r.Stale, t.New+r.New, t.Archived+r.Archived, t.Dropped+r.Dropped
				if r.Changed {
					changed++
				}
			}
			b.Logf("%d articles, %d rewritten: kept %d, stale %d, new %d, archived %d", len(res), changed, t.Kept, t.Stale, t.New, t.Archived)
		}
	}
}

func BenchmarkDecodeEncodeFloor(b *testing.B) { benchFloor(b, false) }

// BenchmarkDecodeEncodeWriteFloor is the same floor with the files written
// back the way every bitext write goes (temporary file, fsync, rename): the
// fair comparison for a sync that rewrites ~95 % of the files.
func BenchmarkDecodeEncodeWriteFloor(b *testing.B) { benchFloor(b, true) }

func benchFloor(b *testing.B, write bool) {
	dir := b.TempDir()
	slugs, _, _ := writeCorpus(b, dir, benchArticles, benchSegments, 1)
	ws, err := Find(dir, dir)
	if err != nil {
		b.Fatal(err)
	}
	defer benchGC()()
	c0 := cpuTime()
	defer func() { b.ReportMetric((cpuTime()-c0).Seconds()/float64(b.N), "cpu-s/op") }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		errs := make([]error, len(slugs))
		parallel(len(slugs), func(k int) {
			a, err := ws.Load(slugs[k])
			if err == nil {
				var data []byte
				if data, err = articles.Encode(a.File); err == nil && write {
					err = WriteFileAtomic(a.Path, data)
				}
			}
			errs[k] = err
		})
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSyncFile is the in-memory cost of syncing one article (segmenting
// the new source, pairing, carrying work over) by its segment count, with
// the same edit mix. ns/seg/log2(n) staying flat shows n·log n growth.
func BenchmarkSyncFile(b *testing.B) {
	for _, n := range []int{40, 400, 4000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(7, uint64(n)))
			g := genCorpusArticle(rng, "a", n, 0.05, 0.01, 0.01)
			data, err := articles.Encode(g.file)
			if err != nil {
				b.Fatal(err)
			}
			norm := source(g.newParas...)
			now := time.Now()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				f, err := articles.Decode("a.yaml", data)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				SyncFile(f, norm, 0.5, now)
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(perOp/(float64(n)*math.Log2(float64(n))), "ns/(n·log2n)")
		})
	}
}

// BenchmarkSyncFileRewritten is the worst case for pairing: every sentence
// of a 4,000-sentence article rewritten, so no exact anchor bounds the
// similarity search (the windowed alignment keeps it linear).
func BenchmarkSyncFileRewritten(b *testing.B) {
	rng := rand.New(rand.NewPCG(9, 9))
	g := genCorpusArticle(rng, "a", 4000, 1, 0, 0)
	data, _ := articles.Encode(g.file)
	norm := source(g.newParas...)
	now := time.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f, _ := articles.Decode("a.yaml", data)
		b.StartTimer()
		SyncFile(f, norm, 0.5, now)
	}
}

// cpuTime is the user and system CPU time this process has used: unlike
// wall time, it hardly depends on what else the machine is running.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
