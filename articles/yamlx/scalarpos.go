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
	return NewLines(data).ScalarSpan(line, col, value, start, end)
}

// Lines is a file's bytes with where each of its lines starts, to place
// many spans in it at the cost of each span's own lines.
type Lines struct {
	data   []byte
	starts []int // byte offset of each line, the first at 0
}

// NewLines indexes the lines of data as yaml.v3 counts them: a line ends
// at LF, CR LF, a lone CR, NEL (U+0085), LS (U+2028) or PS (U+2029).
func NewLines(data []byte) *Lines {
	l := &Lines{data: data, starts: make([]int, 1, 1+bytes.Count(data, []byte{'\n'}))}
	if !rareBreaks(data) {
		for j := 0; ; {
			k := bytes.IndexByte(data[j:], '\n')
			if k < 0 {
				break
			}
			j += k + 1
			l.starts = append(l.starts, j)
		}
		return l
	}
	for j := 0; j < len(data); {
		if n := breakAt(data, j); n > 0 {
			j += n
			l.starts = append(l.starts, j)
			continue
		}
		j++
	}
	return l
}

// rareBreaks reports whether data has a line break other than LF.
func rareBreaks(data []byte) bool {
	return bytes.IndexByte(data, '\r') >= 0 || bytes.Contains(data, []byte("\u0085")) ||
		bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029"))
}

// breakAt is the length of the line break at byte j of data, 0 when there
// is none (a CR before an LF is part of the break).
func breakAt(data []byte, j int) int {
	switch c := data[j]; {
	case c == '\n':
		return 1
	case c == '\r':
		if j+1 < len(data) && data[j+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2 && j+1 < len(data) && data[j+1] == 0x85:
		return 2
	case c == 0xE2 && j+2 < len(data) && data[j+1] == 0x80 && (data[j+2] == 0xA8 || data[j+2] == 0xA9):
		return 3
	}
	return 0
}

// ScalarSpan is the package function ScalarSpan over the indexed file.
func (l *Lines) ScalarSpan(line, col int, value string, start, end int) (sl, sc, el, ec int, ok bool) {
	data := l.data
	if start < 0 || end < start || end > len(value) {
		return 0, 0, 0, 0, false
	}
	j := l.byteAt(line, col)
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
	sl, sc = l.lineCol(j, line, sj)
	el, ec = l.lineCol(j, line, r.j)
	return sl, sc, el, ec, true
}

// scalarReader reads a scalar's written text (data from j) alongside the
// value it stands for (value from i).
type scalarReader struct {
	data   []byte
	value  string
	i, j   int
	dq, sq bool
	broke  bool // the last character read was NEL, LS or PS
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
			// A line break kept in the value (a block scalar): the
			// next line's indentation is not (settle skips it).
			r.broke = got == 0x85 || got == 0x2028 || got == 0x2029
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

// settle skips what stands for nothing before the next character: in a
// double-quoted scalar, escaped line breaks and the indentation after
// them; after a line break kept in a block scalar, the indentation.
func (r *scalarReader) settle() {
	if r.broke {
		for r.j < len(r.data) && (r.data[r.j] == ' ' || r.data[r.j] == '\t') {
			r.j++
		}
		r.broke = false
	}
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
	return NewLines(data).byteAt(line, col)
}

// byteAt is the byte offset of line, col in the indexed file; -1 when there
// is no such place.
func (l *Lines) byteAt(line, col int) int {
	data := l.data
	if line < 1 || col < 1 || line > len(l.starts) {
		return -1
	}
	j := l.starts[line-1]
	for c := 1; c < col; c++ {
		if j >= len(data) || data[j] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRune(data[j:])
		j += n
	}
	return j
}

// lineCol is the line and character column (1-based) of byte j of the
// file, from byte at, on line line (at <= j), counting line breaks as
// NewLines does.
func (l *Lines) lineCol(at, line, j int) (int, int) {
	data, from := l.data, l.starts[line-1]
	for k := at; k < j; {
		if n := breakAt(data, k); n > 0 {
			k += n
			line, from = line+1, k
			continue
		}
		k++
	}
	return line, utf8.RuneCount(data[from:j]) + 1
}
