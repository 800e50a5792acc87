package yamlx

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Where a syntax error really is. yaml.v3 names only a line, and for some
// errors not the useful one: an unclosed quote or bracket is reported at
// the end of the file (or on the line after the bracket), and a parser
// error's line is counted from 0 (yaml.v3 adds one for scanner errors
// only). These read the file again to find the character at fault; each
// is a reading of the plain text, used only to place an error yaml.v3 has
// already found.

// What syntaxPos found at the place it gives.
const (
	atToken      = iota // the error as yaml.v3 words it
	atUnclosed          // a quote or bracket opened there and never closed
	atColon             // a ": " inside a plain value
	atIndent            // a line indented to no depth of the block around it
	atAfterQuote        // text after the quote that closes a quoted value
)

// syntaxPos places the yaml.v3 error detail reported at line (as yaml.v3
// numbers it; 0 when it gave none) in data: the 1-based line and
// character column at fault (0 when not found), and what is there.
func syntaxPos(data []byte, line int, detail string) (l, col, what int) {
	lines := strings.Split(string(data), "\n")
	for i, s := range lines {
		lines[i] = strings.TrimSuffix(s, "\r")
	}
	// yaml.v3's parser errors (not its scanner's): their line counts from 0
	parser := strings.HasPrefix(detail, "did not find expected") || strings.HasPrefix(detail, "found duplicate %") ||
		detail == "found incompatible YAML document" || detail == "found undefined tag handle"
	if l, c, what := unclosedAt(lines); l > 0 {
		return l, c, what
	}
	if strings.Contains(detail, "mapping values are not allowed") {
		if line == 0 {
			line = 1 // yaml.v3 leaves out "line 1"
		}
		s := lineAt(lines, line)
		if c, second := secondColon(s); second {
			return line, c, atColon
		} else if c > 0 {
			// a key so deep it continues the value above: at the key
			return line, len(s) - len(strings.TrimLeft(s, " ")) + 1, atIndent
		}
	}
	if parser {
		line++
		if detail == "did not find expected key" || detail == "did not find expected '-' indicator" {
			if l, c, ok := oddIndent(lines, line); ok {
				return l, c, atIndent
			}
		}
		if s := lineAt(lines, line); strings.TrimSpace(s) != "" {
			return line, utf8.RuneCountInString(s) - utf8.RuneCountInString(strings.TrimLeft(s, " ")) + 1, atToken
		}
	}
	return line, 0, atToken
}

func lineAt(lines []string, line int) string {
	if line < 1 || line > len(lines) {
		return ""
	}
	return lines[line-1]
}

// secondColon is the character column of the ": " (or final ':') that
// follows a key's own in s, such as "en: Note: text": yaml.v3 refuses a
// plain value holding ": " (second true). On a line with one, that one:
// a key indented so deep it continues the value above. 0 when there is
// none.
func secondColon(s string) (col int, second bool) {
	first := keyColon(s, 0)
	if first < 0 {
		return 0, false
	}
	if k := keyColon(s, first+1); k >= 0 {
		first, second = k, true
	}
	return utf8.RuneCountInString(s[:first]) + 1, second
}

// keyColon is the byte offset of the first ':' at or after from that ends
// the line or is followed by a space; -1 when there is none.
func keyColon(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
			return i
		}
	}
	return -1
}

// unclosedAt finds a value that opens a quote, [ or { on its line and
// does not close it there (or closes a quote and goes on, as an
// apostrophe ends a '...' value early), and without which the whole file
// parses: the line and column of the opening (or early closing)
// character, and which of the two it is. bitext writes every quoted value
// on one line (a value with a line break is a | block), so a quote left
// open by a hand edit shows as such a line, wherever yaml.v3 then
// stumbles (at the end of the file, or at the next quote of the same
// kind). A value quoted over several lines on purpose is not taken: the
// file does not parse without it either.
func unclosedAt(lines []string) (line, col, what int) {
	tried := 0
	for n, s := range lines {
		i := valueAt(s)
		if i < 0 || i >= len(s) || !strings.ContainsRune("\"'[{", rune(s[i])) {
			continue
		}
		open, after := closeOf(s[i:])
		if !open && after < 0 {
			continue
		}
		if tried++; tried > maxUnclosedTries {
			break
		}
		fixed := append(append([]string{}, lines[:n]...), s[:i]+"x")
		fixed = append(fixed, lines[n+1:]...)
		var doc yaml.Node
		if yaml.Unmarshal([]byte(strings.Join(fixed, "\n")), &doc) != nil {
			continue
		}
		if open {
			return n + 1, utf8.RuneCountInString(s[:i]) + 1, atUnclosed
		}
		return n + 1, utf8.RuneCountInString(s[:i+after]) + 1, atAfterQuote
	}
	return 0, 0, atToken
}

// maxUnclosedTries bounds the files parsed again to place one error.
const maxUnclosedTries = 20

// valueAt is the byte offset where the value of a line "KEY: VALUE" or
// "- VALUE" (or "- KEY: VALUE") starts; -1 when the line has none.
func valueAt(s string) int {
	i := len(s) - len(strings.TrimLeft(s, " "))
	entry := false
	for strings.HasPrefix(s[i:], "- ") {
		i += 2
		for i < len(s) && s[i] == ' ' {
			i++
		}
		entry = true
	}
	if entry && i < len(s) && strings.ContainsRune("\"'[{", rune(s[i])) {
		return i
	}
	k := keyColon(s, i)
	if k < 0 || strings.ContainsRune("\"'", rune(s[i])) {
		return -1
	}
	k++
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}

// closeOf reads a value that starts with a quote or bracket to the end of
// its line: whether something is still open there, and, for a quoted
// value closed with more text after it, the byte offset of the closing
// quote (-1 otherwise).
func closeOf(v string) (open bool, after int) {
	depth := 0 // open brackets
	quote := byte(0)
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case quote == '"':
			if c == '\\' {
				i++
			} else if c == '"' {
				quote = 0
			}
		case quote == '\'':
			if c == '\'' {
				if i+1 < len(v) && v[i+1] == '\'' {
					i++
				} else {
					quote = 0
				}
			}
		case c == '"' || c == '\'':
			if i == 0 || depth > 0 && strings.ContainsRune("[{, ", rune(v[i-1])) {
				quote = c
			}
		case c == '[' || c == '{':
			depth++
		case (c == ']' || c == '}') && depth > 0:
			depth--
		case c == '#' && v[i-1] == ' ':
			i = len(v)
		}
		if depth == 0 && quote == 0 {
			rest := strings.TrimSpace(v[i+1:])
			if rest == "" || strings.HasPrefix(rest, "#") || v[0] == '[' || v[0] == '{' {
				return false, -1
			}
			return false, i
		}
	}
	return true, -1
}

// oddIndent finds, from line on, the first line indented to a depth that
// no enclosing block has (a key one space off its neighbours): shallower
// than the line before it yet deeper than the block it returns to. It
// gives that line and the column of its first character.
func oddIndent(lines []string, from int) (line, col int, ok bool) {
	var depths []int
	for n := max(from, 1); n <= len(lines); n++ {
		s := lines[n-1]
		t := strings.TrimLeft(s, " ")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		d := len(s) - len(t)
		popped := false
		for len(depths) > 0 && depths[len(depths)-1] > d {
			depths, popped = depths[:len(depths)-1], true
		}
		if popped && len(depths) == 0 {
			break // out of the block the error is in
		}
		if popped && depths[len(depths)-1] < d {
			return n, d + 1, true
		}
		if len(depths) == 0 || depths[len(depths)-1] < d {
			depths = append(depths, d)
		}
		// "- key: v" opens the entry's own depth too
		for k := d; strings.HasPrefix(s[k:], "- "); {
			k += 2
			for k < len(s) && s[k] == ' ' {
				k++
			}
			depths = append(depths, k)
		}
	}
	return 0, 0, false
}
