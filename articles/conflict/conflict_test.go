package conflict

import (
	"errors"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

func TestFind(t *testing.T) {
	cases := []struct {
		in     string
		line   int
		marker string
	}{
		{"第一句。\n", 0, ""},
		{"第一句。\n<<<<<<< HEAD\n第二句。\n=======\n第三句。\n>>>>>>> other\n", 2, "<<<<<<<"},
		{"\uFEFF<<<<<<< HEAD\r\na\r\n=======\r\nb\r\n>>>>>>> x\r\n", 1, "<<<<<<<"},
		{"a\n=======\nb\n>>>>>>> theirs\n", 2, "======="}, // a half-resolved file
		{"a\n>>>>>>>\n", 2, ">>>>>>>"},
		{"a\n||||||| base\n", 2, "|||||||"},
		{"标题\n=======\n正文。\n", 0, ""},                // a ruler, no conflict
		{"<<<<<<<<<< not one\n", 0, ""},              // eight or more
		{"a <<<<<<< HEAD\n", 0, ""},                  // not at the start of a line
		{"<<<<<<<HEAD\n", 0, ""},                     // no space after the marker
		{"    <<<<<<< HEAD\n", 0, ""},                // indented
		{"x: 1\n<<<<<<< HEAD\ny: 2\n", 2, "<<<<<<<"}, // YAML too
	}
	for _, c := range cases {
		line, m := Find([]byte(c.in))
		if line != c.line || m != c.marker {
			t.Errorf("Find(%q) = %d %q, want %d %q", c.in, line, m, c.line, c.marker)
		}
	}
}

func TestCheck(t *testing.T) {
	err := Check("a.zh.md", []byte("a\n\n<<<<<<< HEAD\n"))
	var de *diag.Error
	if !errors.As(err, &de) || de.Kind != diag.Invalid || de.Code != Code || de.Line != 3 || de.Col != 1 || de.Args["marker"] != "<<<<<<<" {
		t.Fatalf("Check: %#v", err)
	}
	if err := Check("a.zh.md", []byte("a\n")); err != nil {
		t.Fatal(err)
	}
}

func FuzzFind(f *testing.F) {
	f.Add([]byte("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n"))
	f.Add([]byte("=======\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		line, m := Find(data)
		if (line == 0) != (m == "") {
			t.Fatalf("line %d marker %q", line, m)
		}
	})
}
