package yamlx

import (
	"errors"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

func TestBadUTF8At(t *testing.T) {
	cases := []struct {
		in        string
		line, col int
	}{
		{"\xff", 1, 1},
		{"ab\xff", 1, 3},
		{"中文\xff", 1, 3}, // columns count characters, not bytes
		{"a\n中\xfe", 2, 2},
	}
	for _, c := range cases {
		if l, col := BadUTF8At([]byte(c.in)); l != c.line || col != c.col {
			t.Errorf("%q: got %d:%d, want %d:%d", c.in, l, col, c.line, c.col)
		}
	}
}

func TestDecoderPositions(t *testing.T) {
	root, err := Parse("f.yaml", []byte("名字: 中文\nn: x\nlist: {a: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := Decoder{File: "f.yaml"}
	_, err = d.Mapping(root, []string{"名字", "n"})
	var de *diag.Error
	if !errors.As(err, &de) || de.Code != diag.CodeYAMLUnknownKey || de.Line != 3 || de.Col != 1 {
		t.Fatalf("unknown key: %v", err)
	}
	fields, err := d.Mapping(root, []string{"名字", "n", "list"}, "n")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Int(fields["n"].Value); !errors.As(err, &de) || de.Line != 2 || de.Col != 4 {
		t.Fatalf("int: %v", err)
	}
	if _, err := d.String(fields["list"].Value); !errors.As(err, &de) || de.Code != diag.CodeYAMLType || de.Col != 7 {
		t.Fatalf("string from a mapping: %v", err)
	}
	if _, err := Parse("e.yaml", nil); !errors.As(err, &de) || de.Code != diag.CodeEmpty {
		t.Fatalf("empty: %v", err)
	}
}

func TestEncodeKeepsOrder(t *testing.T) {
	out, err := Encode(Map("z", Str("1"), "a", Int(2), "skip", nil, "m", Flow(Map("b", Bool(true)))))
	if err != nil {
		t.Fatal(err)
	}
	if want := "z: \"1\"\na: 2\nm: {b: true}\n"; string(out) != want {
		t.Fatalf("got %q, want %q", out, want)
	}
}
