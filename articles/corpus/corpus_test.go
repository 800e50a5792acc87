package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The same options give the same corpus, byte for byte; another seed does not.
func TestDeterministic(t *testing.T) {
	o := Options{Seed: 42, Articles: 5, Segments: 12, Terms: 100, Faults: 0.2, Drifted: 1}
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := Generate(dir, o); err != nil {
			t.Fatal(err)
		}
	}
	o.Seed = 43
	if _, err := Generate(c, o); err != nil {
		t.Fatal(err)
	}
	ta, tb, tc := readTree(t, a), readTree(t, b), readTree(t, c)
	if len(ta) != 2+2*5+1 {
		t.Errorf("%d files, want %d", len(ta), 2+2*5+1)
	}
	for name, data := range ta {
		if tb[name] != data {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	if ta["glossary.yaml"] == tc["glossary.yaml"] {
		t.Error("another seed gave the same glossary")
	}
}

// Every generated segment file decodes strictly, and the clean sources
// match their recorded hash.
func TestValidFiles(t *testing.T) {
	dir := t.TempDir()
	man, err := Generate(dir, Options{Seed: 1, Articles: 6, Segments: 20, Terms: 100, Faults: 0.1, Drifted: 2})
	if err != nil {
		t.Fatal(err)
	}
	drifted := map[string]bool{}
	for _, f := range man.Faults {
		if f.Rule == "drift.source-changed" {
			drifted[f.Article] = true
		}
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
	if len(paths) != 6 {
		t.Fatalf("%d segment files, want 6", len(paths))
	}
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f, err := articles.Decode(p, data)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(filepath.Join(dir, "articles", f.Source))
		same := articles.SourceSHA256(articles.Normalize(string(src))) == f.SourceSHA256
		if same == drifted[f.Article] {
			t.Errorf("%s: source hash matches = %v, drifted = %v", f.Article, same, drifted[f.Article])
		}
		if !strings.HasPrefix(string(src), "# ") {
			t.Errorf("%s: source has no headline", f.Article)
		}
	}
}
