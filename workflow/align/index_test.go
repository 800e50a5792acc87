package align

import (
	"strings"
	"testing"
)

// TestLexiconIndex checks the lexicon's hash index against the text it
// indexes: every headword is found at its own line, with that line's
// stems and readings; a string that is no headword is not found.
func TestLexiconIndex(t *testing.T) {
	l := LoadLexicon()
	n := 0
	for start := 0; start < len(cedictText); {
		end := strings.IndexByte(cedictText[start:], '\n')
		if end < 0 {
			end = len(cedictText)
		} else {
			end += start
		}
		line := cedictText[start:end]
		hw, rest, ok := strings.Cut(line, "\t")
		if ok && hw != "" {
			n++
			if got := l.find(hw); got != start {
				t.Fatalf("find(%q) = %d, want %d", hw, got, start)
			}
			if !l.has(hw) {
				t.Fatalf("has(%q) = false", hw)
			}
			if got := l.line(hw, start); got != rest {
				t.Fatalf("line(%q) = %q, want %q", hw, got, rest)
			}
			st, py, _ := strings.Cut(rest, "\t")
			stems, pinyin := l.Lookup(hw)
			for _, s := range strings.Fields(st) {
				if !contains(stems, s) {
					t.Fatalf("Lookup(%q) lacks %q", hw, s)
				}
			}
			if strings.Join(pinyin, " ") != strings.Join(strings.Fields(py), " ") {
				t.Fatalf("Lookup(%q) pinyin %q, want %q", hw, pinyin, py)
			}
			// Not a headword: the headword with a character more.
			if x := hw + "\u3007"; l.find(x) >= 0 {
				t.Fatalf("find(%q) found a line", x)
			}
		}
		start = end + 1
	}
	if n < 100000 {
		t.Fatalf("%d headwords indexed", n)
	}
	for zh := range l.news {
		if !l.has(zh) {
			t.Fatalf("news headword %q not found", zh)
		}
	}
	if l.has("") || l.has("\u3007\u3007\u3007\u3007") {
		t.Fatal("has found a string that is no headword")
	}
}
