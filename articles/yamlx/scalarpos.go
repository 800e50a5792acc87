package yamlx

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// ScalarSpan finds, in data, where the characters value[start:end] of a
// string scalar are written: value is the scalar as yaml.v3 read it, with
// its node at line, col of data (1-based; col in characters, as yaml.v3
// counts it: for a block scalar, the '|' or '>' indicator). It returns the
// line and column of the character at byte start, and the line and column
// just after the one that ends at byte end (end == start gives the same
// place twice), in the same characters. It follows how the scalar is
// written (plain, single- or double-quoted with escapes, literal or folded
// block, over several lines) by reading the written text alongside value;
// ok is false when the text there does not read as value (the file
// changed since value was read, a tag or anchor precedes the scalar, or an
// offset is out of range), and the caller keeps the scalar's own place.
func ScalarSpan(data []byte, line, col int, value string, start, end int) (sl, sc, el, ec int, ok bool) {
	if start < 0 || end < start || end > len(value) {
		return 0, 0, 0, 0, false
	}
	j := byteAt(data, line, col)
	if j < 0 || j >= len(data) {
		return 0, 0, 0, 0, false
	}
	r := scalarReader{data: data, value: value, j: j}
	switch data[j] {
	case '"':
		r.dq, r.j = true, j+1
	case '\'':
		r.sq, r.j = true, j+1
	case '|', '>':
		for r.j < len(data) && data[r.j] != '\n' {
			r.j++
		}
		// The content's indentation and leading blank lines.
		r.sourceSpace()
		for r.i < len(value) && isBreakSpace(value[r.i]) && r.i < start {
			r.i++
		}
	}
	if !r.advance(start) {
		return 0, 0, 0, 0, false
	}
	r.settle()
	sj := r.j
	if !r.advance(end) {
		return 0, 0, 0, 0, false
	}
	sl, sc = lineCol(data, j, line, sj)
	el, ec = lineCol(data, j, line, r.j)
	return sl, sc, el, ec, true
}

// scalarReader reads a scalar's written text (data from j) alongside the
// value it stands for (value from i).
type scalarReader struct {
	data   []byte
	value  string
	i, j   int
	dq, sq bool
}

// advance reads on until byte off of the value, and reports whether the
// written text matched the value so far.
func (r *scalarReader) advance(off int) bool {
	for r.i < off {
		c := r.value[r.i]
		if isBreakSpace(c) {
			// A run of white space in the value is a run of white space,
			// line breaks and indentation (folded or not) where written.
			k := r.i
			for k < len(r.value) && isBreakSpace(r.value[k]) {
				k++
			}
			if off < k || k == len(r.value) {
				// Inside the run, or a run that ends the value: its
				// written start.
				r.i = off
				return true
			}
			r.i = k
			r.sourceSpace()
			continue
		}
		want, size := utf8.DecodeRuneInString(r.value[r.i:])
		r.settle()
		if r.j >= len(r.data) {
			return false
		}
		switch {
		case r.dq && r.data[r.j] == '\\':
			got, n := unescape(r.data[r.j:])
			if n == 0 || got != want {
				return false
			}
			r.j += n
		case r.sq && r.data[r.j] == '\'':
			if want != '\'' || r.j+1 >= len(r.data) || r.data[r.j+1] != '\'' {
				return false
			}
			r.j += 2
		default:
			got, n := utf8.DecodeRune(r.data[r.j:])
			if got != want {
				return false
			}
			r.j += n
		}
		r.i += size
	}
	return true
}

// sourceSpace skips written white space: blanks, line breaks and, in a
// double-quoted scalar, escapes that stand for them or for nothing (an
// escaped line break).
func (r *scalarReader) sourceSpace() {
	for r.j < len(r.data) {
		c := r.data[r.j]
		if isBreakSpace(c) {
			r.j++
			continue
		}
		if r.dq && c == '\\' && r.j+1 < len(r.data) {
			switch r.data[r.j+1] {
			case 't', 'n', 'r', ' ', '\t', '\n', '\r':
				r.j += 2
				continue
			}
		}
		return
	}
}

// settle skips, in a double-quoted scalar, escaped line breaks and the
// indentation after them, which stand for nothing.
func (r *scalarReader) settle() {
	for r.dq && r.j+1 < len(r.data) && r.data[r.j] == '\\' && (r.data[r.j+1] == '\n' || r.data[r.j+1] == '\r') {
		r.j += 2
		for r.j < len(r.data) && isBreakSpace(r.data[r.j]) {
			r.j++
		}
	}
}

func isBreakSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// simpleEscapes are a double-quoted scalar's one-letter escapes.
var simpleEscapes = map[byte]rune{
	'0': 0, 'a': '\a', 'b': '\b', 't': '\t', '\t': '\t', 'n': '\n', 'v': '\v', 'f': '\f',
	'r': '\r', 'e': 0x1b, ' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': 0x85, '_': 0xa0,
	'L': 0x2028, 'P': 0x2029,
}

// unescape reads one escape of a double-quoted scalar (b starts with the
// backslash): the character it stands for and its length, 0 when it is
// not one.
func unescape(b []byte) (rune, int) {
	if len(b) < 2 {
		return 0, 0
	}
	if c, ok := simpleEscapes[b[1]]; ok {
		return c, 2
	}
	digits := 0
	switch b[1] {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	}
	if digits == 0 || len(b) < 2+digits {
		return 0, 0
	}
	v, err := strconv.ParseUint(string(b[2:2+digits]), 16, 32)
	if err != nil {
		return 0, 0
	}
	return rune(v), 2 + digits
}

// byteAt is the byte offset of line, col (1-based, col in characters) in
// data; -1 when there is no such place.
func byteAt(data []byte, line, col int) int {
	if line < 1 || col < 1 {
		return -1
	}
	j := 0
	for l := 1; l < line; l++ {
		k := bytes.IndexByte(data[j:], '\n')
		if k < 0 {
			return -1
		}
		j += k + 1
	}
	for c := 1; c < col; c++ {
		if j >= len(data) || data[j] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRune(data[j:])
		j += n
	}
	return j
}

// lineCol is the line and character column (1-based) of byte j of data,
// from byte at of line line (at <= j).
func lineCol(data []byte, at, line, j int) (int, int) {
	line += bytes.Count(data[at:j], []byte{'\n'})
	from := bytes.LastIndexByte(data[:j], '\n') + 1
	return line, utf8.RuneCount(data[from:j]) + 1
}
