package yamlx

import (
	"errors"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

// TestSyntaxErrorPositions: yaml.v3 gives a NUL byte no position (it was
// reported at line 1) and a tab only a line; bitext finds the offending
// character itself. So it does for the edits a person makes by hand (the
// walk through the tool, cmd/bitext/testdata/script/walk_bad_input.txt): a
// quote or bracket left open (yaml.v3 named the end of the file, or the
// next quote's line), ": " in a plain value, a key indented off its block
// (yaml.v3 named the line where the list began, counted from 0).
func TestSyntaxErrorPositions(t *testing.T) {
	sixteen := strings.Repeat("k: v\n", 15)
	seg := "segments:\n  - id: a1\n    zh: 中文。\n    en: It is.\n    state: new\n  - id: b2\n    zh: 英文。\n    en: 'It''s: quoted'\n    state: new\n"
	cases := []struct {
		in        string
		line, col int
		code      string
	}{
		{strings.Replace(sixteen, "k: v\n", "a: 1\n", 15) + "b: \"x\x00y\"\n", 16, 6, diag.CodeYAMLSyntax},
		{"名字: 中\x01文\n", 1, 6, diag.CodeYAMLSyntax},
		{"a: 1\n\tb: 2\n", 2, 1, diag.CodeYAMLSyntax},
		{"a:\n  中文: 1\n  \tb: 2\n", 3, 3, diag.CodeYAMLSyntax},
		{"a: [1, 2\n", 1, 4, CodeUnclosed},
		{"a: [x, y\nb: c\n", 1, 4, CodeUnclosed},
		{"a: {x: y\nb: c\n", 1, 4, CodeUnclosed},
		{strings.Replace(seg, "en: It is.", `en: "It is.`, 1), 4, 9, CodeUnclosed},
		{strings.Replace(seg, "en: It is.", `en: 'It is.`, 1), 4, 9, CodeUnclosed},
		{strings.Replace(seg, "id: b2", "id: [b2", 1), 6, 9, CodeUnclosed},
		{strings.Replace(seg, "en: It is.", "en: Note: it is.", 1), 4, 13, CodeColon},
		{"名字: 注: 中文\n", 1, 6, CodeColon},
		{strings.Replace(seg, "    state: new\n  - id: b2", "   state: new\n  - id: b2", 1), 5, 4, CodeIndent},
		{strings.Replace(seg, "    state: new\n  - id: b2", "      state: new\n  - id: b2", 1), 5, 7, CodeIndent},
		{"a:\n  - b\n c: d\n", 3, 2, diag.CodeYAMLSyntax},
		{"a: 1\nb: !x!y c\n", 2, 1, diag.CodeYAMLSyntax},
		{"%YAML 1.1\n%YAML 1.1\n---\na: 1\n", 2, 1, diag.CodeYAMLSyntax},
		// a value quoted over two lines on purpose is not taken for the fault
		{"a: \"one\n  two\"\nb: [x\n", 3, 4, CodeUnclosed},
	}
	for _, c := range cases {
		_, err := Parse("f.yaml", []byte(c.in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Code != c.code || de.Line != c.line || de.Col != c.col {
			t.Errorf("%q: got %v, want f.yaml:%d:%d %s", c.in, err, c.line, c.col, c.code)
		}
	}
}

// FuzzSyntaxErrorPositions: whatever the input, Parse does not panic and
// an error it places is inside the file.
func FuzzSyntaxErrorPositions(f *testing.F) {
	f.Add("a: [1, 2\n")
	f.Add("segments:\n  - id: a1\n    en: \"It is.\n    state: new\n")
	f.Add("a:\n  - b\n c: d\n")
	f.Add("en: Note: it is.\n")
	f.Fuzz(func(t *testing.T, in string) {
		_, err := Parse("f.yaml", []byte(in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Col == 0 {
			return
		}
		lines := strings.Split(in, "\n")
		if de.Line < 1 || de.Line > len(lines) || de.Col > len([]rune(lines[de.Line-1]))+1 {
			t.Errorf("%q: %v is outside the file", in, err)
		}
	})
}
