// Command bitext-corpus generates a synthetic bitext workspace for
// benchmarks: N articles of M segments, a glossary of K terms, and a share
// of planted faults of every rule kind listed in manifest.json.
//
//	go run ./cmd/bitext-corpus -n 2000 -m 40 -k 5000 -o /tmp/corpus
//	go run ./cmd/bitext -C /tmp/corpus check --format json
//
// The same flags and --seed give the same workspace, byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/bitext-desk/bitext/articles/corpus"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("bitext-corpus", flag.ContinueOnError)
	var o corpus.Options
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	fs.IntVar(&o.Articles, "n", 100, "number of articles")
	fs.IntVar(&o.Segments, "m", 40, "segments per article")
	fs.IntVar(&o.Terms, "k", 500, "glossary terms")
	fs.Float64Var(&o.Faults, "faults", 0.05, "share of segments (and of articles, for source drift) with a planted fault")
	fs.IntVar(&o.Broken, "broken", 0, "articles whose segment file does not parse (schema.invalid; check then exits 2)")
	out := fs.String("o", "", "output `DIR` (created; must not exist or be empty)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "bitext-corpus: error: usage: bitext-corpus -o DIR [-n N] [-m M] [-k K] [-seed S] [-faults F] [-broken B]")
		return 2
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "bitext-corpus: error: %s is not empty\n", *out)
		return 2
	}
	o.Drifted = -1
	man, err := corpus.Generate(*out, o)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bitext-corpus: error: %v\n", err)
		return 2
	}
	fmt.Fprintf(os.Stderr, "bitext-corpus: wrote %d articles, %d segments, %d terms, %d planted faults to %s\n",
		man.Articles, man.Segments, man.Terms, len(man.Faults), *out)
	return 0
}
