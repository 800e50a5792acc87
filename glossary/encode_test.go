package glossary

import (
	"os"
	"testing"
)

// The example glossary encodes, parses back to the same terms, and
// encodes to the same bytes.
func TestEncodeRoundTrip(t *testing.T) {
	data, err := os.ReadFile("../examples/workspace/glossary.yaml")
	if err != nil {
		t.Skip(err)
	}
	g, err := Parse("glossary.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Encode(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("again.yaml", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	again, _ := Encode(back)
	if string(again) != string(out) || len(back.Terms) != len(g.Terms) {
		t.Fatalf("not stable:\n%s\n---\n%s", out, again)
	}
}
