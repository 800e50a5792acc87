package main

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"

	"github.com/bitext-desk/bitext/workflow"
)

// How search shows where its text is: a text up to hitWhole columns wide
// is shown whole; a longer one (a joined segment, a list of twelve
// sentences) as windows of about hitContext columns either side of each
// hit, at most hitWindows of them, cut with "…".
const (
	hitWhole   = 100
	hitContext = 30
	hitWindows = 3
)

// hitLine is text with its hits marked — bold colour on a terminal,
// »between brackets« otherwise — and, when it is long, only the windows
// around them.
func hitLine(text string, hits []workflow.Hit, color bool) string {
	if len(hits) == 0 {
		return text
	}
	type window struct{ from, to int }
	var ws []window
	if runewidth.StringWidth(text) <= hitWhole {
		ws = []window{{0, len(text)}}
	} else {
		for _, h := range hits {
			w := window{leftCut(text, h.Start), rightCut(text, h.End)}
			if n := len(ws); n > 0 && (w.from <= ws[n-1].to || strings.TrimSpace(text[ws[n-1].to:w.from]) == "") {
				ws[n-1].to = max(ws[n-1].to, w.to)
				continue
			}
			ws = append(ws, w)
		}
	}
	cut := len(ws) > hitWindows
	if cut {
		ws = ws[:hitWindows]
	}
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			b.WriteString(" … ")
		} else if w.from > 0 {
			b.WriteString("…")
		}
		at := w.from
		for _, h := range hits {
			if h.Start < w.from || h.End > w.to {
				continue
			}
			b.WriteString(text[at:h.Start])
			if color {
				b.WriteString(ansiYellow + text[h.Start:h.End] + ansiReset)
			} else {
				b.WriteString("»" + text[h.Start:h.End] + "«")
			}
			at = h.End
		}
		b.WriteString(text[at:w.to])
	}
	if last := ws[len(ws)-1]; cut || last.to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// leftCut is where a window before byte at of text starts: about
// hitContext columns before it, after a space when there is one in the
// window (English is cut between words), else between characters.
func leftCut(text string, at int) int {
	from, w := at, 0
	for from > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:from])
		if w+runewidth.RuneWidth(c) > hitContext {
			break
		}
		w += runewidth.RuneWidth(c)
		from -= n
	}
	if from == 0 {
		return 0
	}
	if sp := strings.IndexByte(text[from:at], ' '); sp >= 0 {
		return from + sp + 1
	}
	return from
}

// rightCut is where a window after byte at of text ends: about hitContext
// columns after it, before a space when there is one in the window.
func rightCut(text string, at int) int {
	to, w := at, 0
	for to < len(text) {
		c, n := utf8.DecodeRuneInString(text[to:])
		if w+runewidth.RuneWidth(c) > hitContext {
			break
		}
		w += runewidth.RuneWidth(c)
		to += n
	}
	if to == len(text) {
		return to
	}
	if sp := strings.LastIndexByte(text[at:to], ' '); sp >= 0 {
		return at + sp
	}
	return to
}
