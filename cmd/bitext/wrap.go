package main

import (
	"strings"
	"unicode"

	"github.com/mattn/go-runewidth"

	"github.com/bitext-desk/bitext/workflow"
)

// Text laid out in terminal columns: display width from go-runewidth
// (a Chinese character takes two columns), glossary terms coloured or
// bracketed.

// cell is one rune of laid-out text and how it is highlighted.
type cell struct {
	r  rune
	hl uint8 // hlNone, hlTerm, hlBadTerm
}

const (
	hlNone uint8 = iota
	hlTerm
	hlBadTerm
)

// markCells turns text into cells, highlighting the term spans: by colour,
// or without colour by brackets: [term] for a term rendered right, [!term]
// for English that breaks the term.
func markCells(text string, spans []workflow.TermSpan, color bool) []cell {
	out := make([]cell, 0, len(text))
	k := 0
	for i, r := range text {
		for k < len(spans) && spans[k].End <= i {
			if !color {
				out = append(out, cell{r: ']'})
			}
			k++
		}
		hl := hlNone
		if k < len(spans) && i >= spans[k].Start {
			hl = hlTerm
			if !spans[k].OK {
				hl = hlBadTerm
			}
			if i == spans[k].Start && !color {
				out = append(out, cell{r: '['})
				if hl == hlBadTerm {
					out = append(out, cell{r: '!'})
				}
			}
		}
		if color {
			out = append(out, cell{r: r, hl: hl})
		} else {
			out = append(out, cell{r: r})
		}
	}
	if k < len(spans) && !color {
		out = append(out, cell{r: ']'})
	}
	return out
}

// line is one wrapped line and its display width.
type line struct {
	cells []cell
	width int
}

// render writes a line, with colour codes around highlighted runs.
func (l line) render(color bool) string {
	var b strings.Builder
	cur := hlNone
	for _, c := range l.cells {
		if color && c.hl != cur {
			if cur != hlNone {
				b.WriteString(ansiReset)
			}
			switch c.hl {
			case hlTerm:
				b.WriteString(ansiTerm)
			case hlBadTerm:
				b.WriteString(ansiBadTerm)
			}
			cur = c.hl
		}
		b.WriteRune(c.r)
	}
	if cur != hlNone {
		b.WriteString(ansiReset)
	}
	return b.String()
}

// noBreakBefore holds the marks a line must not start with (closing
// punctuation, Chinese and Western).
const noBreakBefore = "，。、；：！？）》」』”’,.;:!?)]"

// wrapCells breaks cells into lines of at most width display columns:
// after a space, or between two wide (CJK) characters, never before closing
// punctuation; a word longer than a line is cut.
func wrapCells(cells []cell, width int) []line {
	var out []line
	for len(cells) > 0 {
		w, brk, i := 0, -1, 0
		for ; i < len(cells); i++ {
			rw := runewidth.RuneWidth(cells[i].r)
			if w+rw > width {
				break
			}
			w += rw
			if i+1 < len(cells) && breakAfter(cells[i].r, cells[i+1].r) {
				brk = i + 1
			}
		}
		if i == len(cells) {
			out = append(out, newLine(cells))
			break
		}
		if i > 0 && (unicode.IsSpace(cells[i].r) && !strings.ContainsRune(noBreakBefore, cells[i].r) || breakAfter(cells[i-1].r, cells[i].r)) {
			brk = i // the line is full right before a break
		}
		if brk <= 0 {
			brk = max(i, 1)
		}
		out = append(out, newLine(trimRightSpace(cells[:brk])))
		cells = cells[brk:]
		for len(cells) > 0 && unicode.IsSpace(cells[0].r) {
			cells = cells[1:]
		}
	}
	return out
}

// breakAfter reports whether a line may break between a and b.
func breakAfter(a, b rune) bool {
	if strings.ContainsRune(noBreakBefore, b) {
		return false
	}
	return unicode.IsSpace(a) || runewidth.RuneWidth(a) == 2 || runewidth.RuneWidth(b) == 2 && !unicode.IsSpace(b)
}

func trimRightSpace(cs []cell) []cell {
	for len(cs) > 0 && unicode.IsSpace(cs[len(cs)-1].r) {
		cs = cs[:len(cs)-1]
	}
	return cs
}

func newLine(cs []cell) line {
	w := 0
	for _, c := range cs {
		w += runewidth.RuneWidth(c.r)
	}
	return line{cells: cs, width: w}
}
