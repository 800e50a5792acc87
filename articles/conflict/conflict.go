// Package conflict finds the markers git leaves in a file it could not
// merge (<<<<<<<, |||||||, =======, >>>>>>>), so that bitext refuses such a
// file instead of reading the markers as text.
package conflict

import (
	"bytes"

	"github.com/bitext-desk/bitext/articles/diag"
)

// Code is the error code of a file with conflict markers (exit 2).
const Code = "err.merge-conflict"

func init() { diag.Register(Code) }

// Find returns the line (1-based) and marker of the first merge-conflict
// marker line in data, or 0 and "" when there is none. A marker is seven
// '<', '|', '=' or '>' at the start of a line, then the end of the line or
// (not for '=') a space and a label. A line of "=======" alone counts only
// in a file that also has a '<<<<<<<' or '>>>>>>>' line: a ruler of equals
// signs is no conflict.
func Find(data []byte) (int, string) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, firstMarker, equals := 0, "", 0
	line := 1
	for rest := data; len(rest) > 0; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		l = bytes.TrimRight(l, "\r")
		switch m := marker(l); m {
		case "":
		case "=======":
			if equals == 0 {
				equals = line
			}
		default:
			if first == 0 {
				first, firstMarker = line, m
			}
		}
	}
	switch {
	case first == 0:
		return 0, ""
	case equals != 0 && equals < first:
		return equals, "======="
	}
	return first, firstMarker
}

func marker(l []byte) string {
	if len(l) < 7 {
		return ""
	}
	c := l[0]
	if c != '<' && c != '|' && c != '=' && c != '>' {
		return ""
	}
	for _, b := range l[1:7] {
		if b != c {
			return ""
		}
	}
	rest := l[7:]
	if c == '=' {
		if len(bytes.TrimSpace(rest)) == 0 {
			return string(l[:7])
		}
		return ""
	}
	if len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' {
		return string(l[:7])
	}
	return ""
}

// Check is Find as an error: a *diag.Error of kind Invalid at the marker's
// line and first column, or nil.
func Check(file string, data []byte) error {
	line, m := Find(data)
	if line == 0 {
		return nil
	}
	return diag.At(file, line, 1, Code, diag.A{"marker": m})
}
