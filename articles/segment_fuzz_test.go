package articles

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles/diag"
)

// checkSentences checks what must hold for the sentences of any normalised
// text n: each is a trimmed, non-empty slice of n at its offsets, they come in
// order without overlapping, paragraphs never go back, and everything between
// them is whitespace or the headline's '#'.
func checkSentences(t *testing.T, n string, ss []Sentence) {
	t.Helper()
	prev, para, line := 0, 0, 1
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(n) {
			t.Fatalf("sentence %d %+v: bad offsets after %d in %q", i, s, prev, n)
		}
		if n[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d %+v: Text != n[Start:End] = %q", i, s, n[s.Start:s.End])
		}
		if strings.TrimFunc(s.Text, isSpace) != s.Text {
			t.Fatalf("sentence %d %+v: surrounding whitespace", i, s)
		}
		if s.Para < para || (s.Para == 0 && i > 0) {
			t.Fatalf("sentence %d %+v: paragraph after %d", i, s, para)
		}
		gap := n[prev:s.Start]
		if line += strings.Count(gap, "\n"); s.Line != line {
			t.Fatalf("sentence %d %+v: line, want %d", i, s, line)
		}
		if s.Para == 0 {
			gap = strings.Replace(gap, "#", "", 1)
		}
		if strings.TrimFunc(gap, isSpace) != "" {
			t.Fatalf("sentence %d %+v: text %q left out before it", i, s, gap)
		}
		prev, para = s.End, s.Para
	}
	if rest := n[prev:]; strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("text %q left out at the end of %q", rest, n)
	}
}

func FuzzSegment(f *testing.F) {
	for _, tc := range segmentCases {
		f.Add(tc.in)
	}
	f.Add(benchArticle())
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			t.Skip()
		}
		n := Normalize(in)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q -> %q", n, again)
		}
		checkSentences(t, n, SplitSentences(n))
	})
}

func FuzzNormalizeSource(f *testing.F) {
	for _, tc := range segmentCases {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte("甲\r\n乙\r\n中文ab\xe4\xb8"))
	f.Add([]byte("\uFEFF中\xff"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		n, err := NormalizeSource("a.zh.md", raw)
		if err != nil {
			var de *diag.Error
			if utf8.Valid(raw) || !errors.As(err, &de) || de.Line < 1 || de.Col < 1 || de.Line > bytes.Count(raw, []byte("\n"))+bytes.Count(raw, []byte("\r"))+1 {
				t.Fatalf("NormalizeSource(%q): %v", raw, err)
			}
			return
		}
		if !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 out: %q", n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q -> %q", n, again)
		}
	})
}
