package articles

import (
	"errors"
	"os"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

// FuzzDecode: any input either fails with a positioned diag error, or
// round-trips: load → save → load → save gives the same bytes.
func FuzzDecode(f *testing.F) {
	if data, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.yaml"); err == nil {
		f.Add(data)
	}
	if data, err := Encode(sampleFile()); err == nil {
		f.Add(data)
	}
	f.Add([]byte("bitext: 1\narticle: a\nsource: a.zh.md\nsegments: []\n"))
	f.Add([]byte("bitext: 1\narticle: a\nsource: a.zh.md\nsegments:\n  - {id: a, para: 0, zh: 中, state: new, comments: [{by: x, at: 2026-01-01T00:00:00Z, text: \"\"}]}\n"))
	f.Add([]byte("bitext: 1\narticle: a\nsource: a.zh.md\nsegments:\n  - {id: a, para: 0, zh: 中, en: A, state: translated, conflict: {en: B, by: li, at: 2026-01-01T00:00:00Z}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Decode("f.yaml", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.yaml" || de.Line < 1 {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		out, err := Encode(file)
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		again, err := Decode("f.yaml", out)
		if err != nil {
			t.Fatalf("re-decode of our own output: %v\n%s", err, out)
		}
		out2, err := Encode(again)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != string(out2) {
			t.Fatalf("round trip not stable:\n%s\n---\n%s", out, out2)
		}
	})
}
