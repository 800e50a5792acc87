package yamlx

import (
	"errors"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

// TestSyntaxErrorPositions: yaml.v3 gives a NUL byte no position (it was
// reported at line 1) and a tab only a line; bitext finds the offending
// character itself. Other syntax errors keep yaml.v3's line and no column:
// no column is guessed.
func TestSyntaxErrorPositions(t *testing.T) {
	sixteen := strings.Repeat("k: v\n", 15)
	cases := []struct {
		in        string
		line, col int
	}{
		{strings.Replace(sixteen, "k: v\n", "a: 1\n", 15) + "b: \"x\x00y\"\n", 16, 6},
		{"名字: 中\x01文\n", 1, 6},
		{"a: 1\n\tb: 2\n", 2, 1},
		{"a:\n  中文: 1\n  \tb: 2\n", 3, 3},
		{"a: [1, 2\n", 1, 0},
	}
	for _, c := range cases {
		_, err := Parse("f.yaml", []byte(c.in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Code != diag.CodeYAMLSyntax || de.Line != c.line || de.Col != c.col {
			t.Errorf("%q: got %v, want f.yaml:%d:%d", c.in, err, c.line, c.col)
		}
	}
}
