package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoStrayWorkspace: a bitext.yaml or glossary.yaml committed outside
// examples/ and testdata/ makes bitext, run from that directory, find a
// workspace there (issue 12, item 9).
func TestNoStrayWorkspace(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "examples" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == "bitext.yaml" || d.Name() == "glossary.yaml" {
			t.Errorf("%s: a workspace file outside examples/ and testdata/", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLicense: the project says under which terms it may be used.
func TestLicense(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MIT License", "Copyright (c) 2026 the bitext authors", "THE SOFTWARE IS PROVIDED \"AS IS\""} {
		if !strings.Contains(string(data), want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
}
