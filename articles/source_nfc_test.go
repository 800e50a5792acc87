package articles

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestInNFCRanges: every character inNFC takes is one the Unicode quick
// check says yes to on its own (NFC_QC=Yes: NFC leaves it as it is, and it
// combines with nothing before it, canonical combining class 0), so a text
// of them only is in NFC.
func TestInNFCRanges(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if !(r < utf8.RuneSelf || nfcSafe(r)) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(s) {
			t.Errorf("U+%04X: not NFC_QC=Yes with class 0", r)
		}
		n++
	}
	if n < 20000 {
		t.Fatalf("only %d characters", n)
	}
	for _, s := range []string{"协会召开会议。", "“President” — Cheng…", "ＡＢＣ，１２３", "a\u0301", "\u2000", "\uF900", "\u302A", "한", "é", "\xe4\xb8", "中\xff"} {
		if inNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("%q: inNFC, but not in NFC", s)
		}
	}
	if !inNFC("协会召开会议。“President” — Cheng…，ＡＢＣ") {
		t.Error("inNFC refused plain Chinese and English")
	}
}

// FuzzInNFC: whatever inNFC takes is in NFC.
func FuzzInNFC(f *testing.F) {
	f.Add("协会召开会议。")
	f.Add("a\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		if inNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Fatalf("%q: inNFC, but not in NFC", s)
		}
	})
}
