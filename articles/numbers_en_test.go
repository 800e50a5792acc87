package articles

import (
	"testing"
	"unicode/utf8"
)

// TestReadEN: the one English reader, as the aligner (ENNumbers,
// enAnchorReading) and qa.numbers (enCheckReading) read a text. The news
// conventions are the grammar's, so the aligner sees them; the second
// readings and implicit numbers are the check's only.
func TestReadEN(t *testing.T) {
	for _, tt := range []struct{ in, anchor, check string }{
		// the news conventions, read by both
		{"900 Bln Yuan", "900000000000", "900000000000"},
		{"4.5 Mln Vehicles Sold", "4500000", "4500000"},
		{"2.5 Tln yuan", "2500000000000", "2500000000000"},
		{"900 Bln% of it", "900000000000", "900000000000"},
		{"900  Bln Yuan", "900", "900"}, // two spaces: not a headline's scale
		{"deaths per million tonnes", "1000000", "1000000"},
		{"one in every thousand", "1 1000 1000", "1 1000 1000"},
		{"held in May", "month 5", "month 5"},
		{"May I go?", "", ""},
		{"the eighth lunar month", "#8 month 8", "#8 month 8"},
		{"the fifteenth of the eighth month", "#15 08-15 #8", "#15 08-15 #8"},
		{"on June Twenty-sixth", "month 6 06-26 26", "month 6 06-26 26"},
		{"hundreds of visitors", "100", "100"},
		{"half a million people", "500000 1000000", "500000 1000000"},
		{"half a dozen eggs", "6 12", "6 12 12"},
		{"half an hour", "0.5", "0.5"},
		{"a third of them", "0.3333333333333333 #3", "0.3333333333333333 #3"},
		{"Songshan Mining Week opened", "", ""},
		{"a week later", "7", "7"},
		// the check's second readings and implicit numbers
		{"in the 1990s", "1990", "1990 90"},
		{"two centuries ago", "200", "200 2"},
		{"two pairs", "2", "2 4"},
		{"see Figure 2-1", "2 1", "2 2.1 1"},
		{"three-quarters of them", "3", "3 0.75"},
		{"one point five", "1 5", "1 1.5 5"},
		{"Income doubled", "", "2"},
		{"World War II", "", "2"},
		{"Part III", "", "3"},
		{"twentyone", "", "21"},
		{"cut in half", "", "2"},
	} {
		if got := numStrings(ENNumbers(tt.in)); got != tt.anchor {
			t.Errorf("ENNumbers(%q) = %q, want %q", tt.in, got, tt.anchor)
		}
		ns, _ := enCheckNumbers(tt.in)
		if got := numStrings(ns); got != tt.check {
			t.Errorf("enCheckNumbers(%q) = %q, want %q", tt.in, got, tt.check)
		}
	}
}

// TestReadENHedges: a hedge marks the number right after it, in both
// readings.
func TestReadENHedges(t *testing.T) {
	for _, tt := range []struct {
		in     string
		approx []bool
	}{
		{"almost 16 million", []bool{true}},
		{"more than 30 people and 4 cars", []bool{true, false}},
		{"about half an hour", []bool{true}},
		{"close to 12", []bool{true}},
		{"12 close", []bool{false}},
	} {
		for _, mode := range []enReadMode{enAnchorReading, enCheckReading} {
			ns := readEN(tt.in, mode).ns
			if len(ns) != len(tt.approx) {
				t.Errorf("readEN(%q, %d): %d numbers, want %d", tt.in, mode, len(ns), len(tt.approx))
				continue
			}
			for i, n := range ns {
				if n.Approx != tt.approx[i] {
					t.Errorf("readEN(%q, %d): number %d Approx %v, want %v", tt.in, mode, i, n.Approx, tt.approx[i])
				}
			}
		}
	}
}

// FuzzReadEN: the one English reader never panics; its numbers are real
// slices of the text, ordered by start; its tokens are ordered and
// disjoint; and every number of the aligner's reading is one of the
// check's (the same grammar: the check only adds).
func FuzzReadEN(f *testing.F) {
	for _, s := range []string{"900 Bln Yuan", "deaths per million tonnes", "the fifteenth of the eighth month",
		"on June Twenty-sixth", "half a dozen", "in the 1990s", "Figure 2-1", "one point five", "World War II",
		"almost 16 million", "Songshan Mining Week", "at 5 p.m. Wednesday", "1,200.5 Mln", "twenty-five hundred",
		"a hundred and fifty", "December 9, 2025", "9 of December", ".5mg", "three-quarters"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		anchor := readEN(s, enAnchorReading)
		check := readEN(s, enCheckReading)
		end := 0
		for _, tok := range check.toks {
			if tok.start < end || tok.end <= tok.start || tok.end > len(s) {
				t.Fatalf("%q: bad token %d..%d (previous end %d)", s, tok.start, tok.end, end)
			}
			end = tok.end
		}
		for _, r := range []enReading{anchor, check} {
			start := 0
			for _, n := range r.ns {
				if n.Start < start || n.End <= n.Start || n.End > len(s) || !utf8.ValidString(s[n.Start:n.End]) {
					t.Fatalf("%q: bad span %d..%d (previous start %d)", s, n.Start, n.End, start)
				}
				start = n.Start
			}
		}
		for _, a := range anchor.ns {
			found := false
			for _, c := range check.ns {
				a.Approx, c.Approx = false, false
				found = found || a == c
			}
			if !found {
				t.Fatalf("%q: the aligner reads %v at %d..%d, the check does not", s, a, a.Start, a.End)
			}
		}
	})
}
