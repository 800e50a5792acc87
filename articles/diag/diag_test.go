package diag

import (
	"errors"
	"io/fs"
	"testing"
)

func TestErrorRendering(t *testing.T) {
	cases := []struct {
		err  *Error
		want string
	}{
		{At("a.yaml", 3, 7, CodeYAMLUnknownKey, A{"key": "x", "known": "a, b"}), "a.yaml:3:7: err.yaml.unknown-key key=x known=a, b"},
		{At("a.yaml", 3, 0, CodeYAMLSyntax, A{"detail": "bad"}), "a.yaml:3: err.yaml.syntax detail=bad"},
		{New(Usage, CodeNoIdentity, nil), "err.identity.missing"},
		{Wrap("b.yaml", fs.ErrPermission), "b.yaml: err.io cause=permission denied: permission denied"},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	if !errors.Is(Wrap("b", fs.ErrPermission), fs.ErrPermission) {
		t.Error("Wrap must keep its cause for errors.Is")
	}
}

func TestCodesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes {
		if seen[c] {
			t.Errorf("code %s registered twice", c)
		}
		seen[c] = true
	}
}
