package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow"
)

// benchCorpus generates a workspace of n articles of m segments with a
// 500-term glossary and 5 % planted faults.
func benchCorpus(b *testing.B, n, m int) (dir string, slugs []string) {
	b.Helper()
	dir = filepath.Join(b.TempDir(), "ws")
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 1, Articles: n, Segments: m, Terms: 500, Faults: 0.05}); err != nil {
		b.Fatal(err)
	}
	ws, err := workflow.Find(dir, dir)
	if err != nil {
		b.Fatal(err)
	}
	if slugs, err = ws.Slugs(); err != nil {
		b.Fatal(err)
	}
	return dir, slugs
}

func benchEnv(dir string) Env {
	return Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(string) string { return "" }, Getwd: func() (string, error) { return dir, nil },
		Now: time.Now, IsTerminal: func(any) bool { return false }}
}

// BenchmarkShow200: `bitext show` of one 200-segment article, the whole
// command (workspace, glossary, checks, layout). The target is < 100 ms.
//
//	go test ./cmd/bitext -run XXX -bench Show200 -benchmem
func BenchmarkShow200(b *testing.B) {
	dir, slugs := benchCorpus(b, 1, 200)
	for b.Loop() {
		if code := Main([]string{"bitext", "-C", dir, "show", slugs[0], "--width", "120"}, benchEnv(dir)); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkReport2000: `bitext report --html` over 2,000 articles of 40
// segments (the target: ≤ 5 s and ≤ 300 MB). Generating the corpus takes
// a while, so it runs only with BITEXT_BIG=1:
//
//	BITEXT_BIG=1 go test ./cmd/bitext -run XXX -bench Report2000 -benchtime 1x
//	BITEXT_CORPUS=/tmp/corpus go test ./cmd/bitext -run XXX -bench Report2000 -benchtime 1x
func BenchmarkReport2000(b *testing.B) {
	dir := os.Getenv("BITEXT_CORPUS") // a corpus made by cmd/bitext-corpus, to save generating one
	switch {
	case dir != "":
	case os.Getenv("BITEXT_BIG") != "":
		dir, _ = benchCorpus(b, 2000, 40)
	default:
		b.Skip("set BITEXT_BIG=1 to generate 2,000 articles and time the report (or BITEXT_CORPUS=DIR)")
	}
	out := filepath.Join(b.TempDir(), "site")
	for b.Loop() {
		if code := Main([]string{"bitext", "-C", dir, "report", "--html", out}, benchEnv(dir)); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkReport200: the same over 200 articles, for a quick look.
func BenchmarkReport200(b *testing.B) {
	dir, _ := benchCorpus(b, 200, 40)
	out := filepath.Join(b.TempDir(), "site")
	for b.Loop() {
		if code := Main([]string{"bitext", "-C", dir, "report", "--html", out}, benchEnv(dir)); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
