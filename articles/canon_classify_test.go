package articles

import (
	"math/rand/v2"
	"testing"

	"github.com/bitext-desk/bitext/articles/yamlx"
)

// classifyAgrees fails t unless, where classify decides a style for s,
// the writer writes s as yaml.v3 does, in every context.
func classifyAgrees(t *testing.T, s string) {
	t.Helper()
	for _, ctx := range []scalarContext{ctxTop, ctxItem, ctxFlow, ctxFlowSeq} {
		if classify(s, ctx >= ctxFlow) == styleUnknown {
			continue
		}
		var w writer
		w.str(s, ctx)
		want, err := yamlScalar(yamlx.Str(s), ctx)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if string(w.b) != string(want) {
			t.Fatalf("%q in context %d: the writer wrote %s, yaml.v3 %s", s, ctx, w.b, want)
		}
	}
}

// TestClassifyDigitLed: strings led by a digit (segment ids like 7z34d9,
// numbers of every base, timestamps, base-60 floats) are written as
// yaml.v3 writes them, and an id with a letter no number holds is known
// plain without asking yaml.v3.
func TestClassifyDigitLed(t *testing.T) {
	for _, s := range []string{"7z34d9", "72e24n", "44x2t8", "6atctn", "222e88", "0x1f", "0o17", "0b101", "1_000", "12:30", "1:20:30.5",
		"2026-01-01", "2026-1-2t15:4:5Z", "25x37b", "6xbcaf", "737225", "09", "0", "000000000000000000", "999999999999999999", "99999999999999999999", "0x1F", "0X1f", "0o7", "0O7", "00x1", "1e3", "1E+3", "1.5", "0777", "0x_1F", "9ff", "1-2", "1+2", "1.2.3", "12 34", "7Z", "1t", "1n", "1i"} {
		classifyAgrees(t, s)
	}
	for _, s := range []string{"7z34d9", "72e24n", "44x2t8", "6atctn", "25x37b", "6xbcaf"} {
		if c := classify(s, false); c != stylePlain {
			t.Errorf("classify(%q) = %v, want plain", s, c)
		}
	}
	rng := rand.New(rand.NewPCG(16, 2))
	const alphabet = "0123456789abcdefxXoObBeE_.+-: tTzZnNiIgqw"
	for range 40000 {
		b := []byte{byte('0' + rng.IntN(10))}
		for range rng.IntN(10) {
			b = append(b, alphabet[rng.IntN(len(alphabet))])
		}
		classifyAgrees(t, string(b))
	}
}
