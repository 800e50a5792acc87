package workflow_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// judgedRow is one row of a judgement file and its line number.
type judgedRow struct {
	Line int
	C    []string
}

// judgedRows reads a judgement file (the hand judgements of real-text,
// news-fixture and probe findings): tab-separated rows of cols columns,
// blank lines and # comments skipped. A row of another width fails the
// test with file:line.
func judgedRows(tb testing.TB, path string, cols int) []judgedRow {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []judgedRow
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != cols {
			tb.Fatalf("%s:%d: want %d tab-separated columns, got %d", filepath.Base(path), line, cols, len(c))
		}
		out = append(out, judgedRow{line, c})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// nthKey returns base, or base#2, base#3, ... for the second and later
// findings of one value in one segment, whichever seen does not hold yet,
// and marks it seen.
func nthKey(seen map[string]bool, base string) string {
	k := base
	for n := 2; seen[k]; n++ {
		k = base + "#" + strconv.Itoa(n)
	}
	seen[k] = true
	return k
}
