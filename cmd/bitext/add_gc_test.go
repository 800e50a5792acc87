package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestAlignGC checks add --en's GC setting: off for a pair of at most
// alignFewBytes together, the usual collector for a longer one or with GOGC
// set, and the setting put back afterwards.
func TestAlignGC(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Repeat("x", n)), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small, big := write("small.md", 80<<10), write("big.md", alignFewBytes)
	percent := func() int { p := debug.SetGCPercent(100); debug.SetGCPercent(p); return p }
	before := percent()
	for _, tc := range []struct {
		name   string
		gogc   string
		paths  []string
		wantGC bool
	}{
		{"short pair", "", []string{small, small}, false},
		{"long pair", "", []string{small, big}, true},
		{"GOGC set", "100", []string{small, small}, true},
		{"missing file", "", []string{small, filepath.Join(dir, "none.md")}, true},
	} {
		a := &app{Env: Env{Getenv: func(k string) string {
			if k == "GOGC" {
				return tc.gogc
			}
			return ""
		}}}
		restore := a.alignGC(tc.paths...)
		if got := percent() >= 0; got != tc.wantGC {
			t.Errorf("%s: collector on = %v, want %v", tc.name, got, tc.wantGC)
		}
		restore()
		if got := percent(); got != before {
			t.Errorf("%s: GC percent %d after, want %d", tc.name, got, before)
		}
	}
}
