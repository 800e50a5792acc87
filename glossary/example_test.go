package glossary_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// The example workspace's glossary is clean, and its approved article
// passes every glossary rule.
func TestExampleWorkspace(t *testing.T) {
	dir := "../examples/workspace"
	g, err := glossary.Load(filepath.Join(dir, "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Terms) == 0 {
		t.Fatal("no terms")
	}
	for _, is := range g.Lint() {
		t.Errorf("lint: %d:%d %s %s %q", is.At.Line, is.At.Col, is.Code, is.Term.ID, is.Value)
	}
	path := filepath.Join(dir, "articles", "2025-12-09-cma-idcpc.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := articles.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, is := range g.Check(f.Segments) {
		t.Errorf("check: %s %s %s term=%s found=%q", is.Rule, is.Segment.ID, is.Expected, is.Term.ID, is.Found)
	}
}
