package main

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/workflow"
)

func TestWrapCells(t *testing.T) {
	cases := []struct {
		text  string
		width int
		want  []string
	}{
		{"The two sides held talks.", 10, []string{"The two", "sides held", "talks."}},
		// a Chinese character is two columns; no line starts with a comma
		{"双方围绕矿业发展，进行了交流。", 10, []string{"双方围绕矿", "业发展，进", "行了交流。"}},
		{"双方围绕矿业发展，进行了交流。", 16, []string{"双方围绕矿业发", "展，进行了交流。"}},
		{"Supercalifragilistic", 8, []string{"Supercal", "ifragili", "stic"}},
	}
	for _, c := range cases {
		var got []string
		for _, l := range wrapCells(markCells(c.text, nil, false), c.width) {
			got = append(got, l.render(false))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
	spans := []workflow.TermSpan{{Start: 4, End: 9, OK: true}, {Start: 10, End: 15, OK: false}}
	if got := wrapCells(markCells("The China Coals", spans, false), 40)[0].render(false); got != "The [China] [!Coals]" {
		t.Errorf("markers: %q", got)
	}
	if got := wrapCells(markCells("The China", spans[:1], true), 40)[0].render(true); got != "The "+ansiTerm+"China"+ansiReset {
		t.Errorf("colour: %q", got)
	}
}

// Wrapping never makes a line wider than asked (unless one character is
// wider than the line) and loses no character but spaces at the breaks.
func FuzzWrapCells(f *testing.F) {
	for _, s := range []string{"The two sides held talks.", "双方围绕矿业发展，进行了交流。", "a  b\tc", "“开发矿业”题词"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		if !utf8.ValidString(s) || width < 2 || width > 200 {
			return
		}
		lines := wrapCells(markCells(s, nil, false), width)
		var got strings.Builder
		for _, l := range lines {
			if l.width > width {
				t.Fatalf("line %q is %d wide, more than %d", l.render(false), l.width, width)
			}
			got.WriteString(l.render(false))
		}
		strip := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		if strip(got.String()) != strip(s) {
			t.Fatalf("wrapping %q lost text: %q", s, got.String())
		}
	})
}
