package articles

import "testing"

func TestZZBrute(t *testing.T) {
	tmpl := []func(r rune) string{
		func(r rune) string { return " " + string(r) },
		func(r rune) string { return string(r) + " " },
		func(r rune) string { return "a" + string(r) + "\u3000\u0301" },
		func(r rune) string { return "\n" + string(r) + "\u0301\n" },
		func(r rune) string { return "\u1100" + string(r) + "\u1161" },
		func(r rune) string { return "e " + string(r) + "\u0301 " },
		func(r rune) string { return string(r) + "\r\n\u0308" },
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, f := range tmpl {
			s := f(r)
			n := Normalize(s)
			if Normalize(n) != n {
				t.Errorf("%U %q -> %q -> %q", r, s, n, Normalize(n))
			}
			checkSentences(t, n, SplitSentences(n))
		}
	}
}
