// Package yamlx decodes YAML strictly through yaml.Node: only known keys, no
// duplicates, typed scalars, and every error a *diag.Error with the file,
// line and character column it is about. It also builds nodes for writing,
// so files are written with keys in a fixed order.
package yamlx

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/conflict"
	"github.com/bitext-desk/bitext/articles/diag"
)

var syntaxLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// CodeUnclosed: a quoted value or a [ or { opened at the error's place is
// never closed (yaml.v3 reports it at the end of the file).
const CodeUnclosed = "err.yaml.unclosed"

// CodeColon: a plain (unquoted) value holds ": ", which YAML reads as a
// second key.
const CodeColon = "err.yaml.colon"

// CodeIndent: a line is indented to a depth no key around it has.
const CodeIndent = "err.yaml.indent"

// CodeAfterQuote: a quoted value goes on after its closing quote (an
// apostrophe in a '...' value, a " in a "..." one).
const CodeAfterQuote = "err.yaml.after-quote"

func init() { diag.Register(CodeUnclosed, CodeColon, CodeIndent, CodeAfterQuote) }

// Parse parses data and returns the document's top node. An empty document
// is an error at 1:1. yaml.v3 syntax errors carry a line but no column:
// where the text shows the character at fault (an unclosed quote or
// bracket, a second ": " in a plain value, a key indented off its block,
// the line a parser error names), that is the place; else yaml.v3's line
// is kept and no column is guessed.
func Parse(file string, data []byte) (*yaml.Node, error) {
	if !utf8.Valid(data) {
		line, col := BadUTF8At(data)
		return nil, diag.At(file, line, col, diag.CodeUTF8, nil)
	}
	if err := conflict.Check(file, data); err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, diag.At(file, 1, 0, diag.CodeYAMLSyntax, diag.A{"detail": strings.Join(te.Errors, "; ")})
		}
		msg := err.Error()
		if line, col, r, ok := controlCharAt(data); ok && strings.Contains(msg, "control characters") {
			// yaml.v3 names no position: the offending character is found.
			return nil, diag.At(file, line, col, diag.CodeYAMLSyntax, diag.A{"detail": fmt.Sprintf("control character %U is not allowed", r)})
		}
		detail, line := strings.TrimPrefix(msg, "yaml: "), 0
		if m := syntaxLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			detail = m[2]
		}
		switch l, col, what := syntaxPos(data, line, detail); {
		case col == 0:
		case what == atUnclosed:
			return nil, diag.At(file, l, col, CodeUnclosed, diag.A{"open": charAt(data, l, col)})
		case what == atAfterQuote:
			return nil, diag.At(file, l, col, CodeAfterQuote, diag.A{"quote": charAt(data, l, col)})
		case what == atColon:
			return nil, diag.At(file, l, col, CodeColon, nil)
		case what == atIndent:
			return nil, diag.At(file, l, col, CodeIndent, nil)
		default:
			return nil, diag.At(file, l, col, diag.CodeYAMLSyntax, diag.A{"detail": detail})
		}
		if m := syntaxLine.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			col := 0
			if strings.Contains(m[2], "tab character") || strings.Contains(m[2], "cannot start any token") {
				// The offending byte, when it is a tab. yaml.v3 names the
				// line of the token before a tab in indentation, so the
				// tab may open the next line.
				if col = tabAt(data, line); col == 0 {
					if c := tabAt(data, line+1); c > 0 && strings.Contains(m[2], "indentation") {
						line, col = line+1, c
					}
				}
			}
			return nil, diag.At(file, line, col, diag.CodeYAMLSyntax, diag.A{"detail": m[2]})
		}
		return nil, diag.At(file, 1, 0, diag.CodeYAMLSyntax, diag.A{"detail": strings.TrimPrefix(msg, "yaml: ")})
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, diag.At(file, 1, 1, diag.CodeEmpty, nil)
	}
	return doc.Content[0], nil
}

// charAt is the character at a 1-based line and character column of data.
func charAt(data []byte, line, col int) string {
	lines := strings.SplitN(string(data), "\n", line+1)
	if line < 1 || line > len(lines) {
		return ""
	}
	for i, r := range []rune(lines[line-1]) {
		if i == col-1 {
			return string(r)
		}
	}
	return ""
}

// yamlPrintable is YAML's c-printable set, which yaml.v3's reader enforces.
func yamlPrintable(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0x7E || r == 0x85 ||
		r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// controlCharAt finds the first character YAML does not allow (a NUL, say)
// in valid UTF-8 data: its 1-based line and character column.
func controlCharAt(data []byte) (line, col int, r rune, ok bool) {
	line, col = 1, 1
	for i, c := range string(data) {
		if !yamlPrintable(c) && !(c == 0xFEFF && i == 0) {
			return line, col, c, true
		}
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return 0, 0, 0, false
}

// tabAt is the character column of the first tab on a 1-based line of
// data; 0 when that line has none.
func tabAt(data []byte, line int) int {
	lines := strings.SplitN(string(data), "\n", line+1)
	if line < 1 || line > len(lines) {
		return 0
	}
	l := lines[line-1]
	if i := strings.IndexByte(l, '\t'); i >= 0 {
		return utf8.RuneCountInString(l[:i]) + 1
	}
	return 0
}

// BadUTF8At returns the 1-based line and character column of the first
// invalid UTF-8 byte in data.
func BadUTF8At(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

// Decoder reads nodes of one file, keeping the file name for errors.
type Decoder struct{ File string }

// Err makes an Invalid error at a node.
func (d Decoder) Err(n *yaml.Node, code string, args diag.A) *diag.Error {
	return diag.At(d.File, n.Line, n.Column, code, args)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return "scalar"
	case yaml.AliasNode:
		return "alias"
	}
	return "document"
}

// Field is one key/value pair of a mapping.
type Field struct {
	Key, Value *yaml.Node
}

// Mapping checks that n is a mapping whose keys are all in known, none
// repeated, and every key in required present. It returns the pairs by key.
func (d Decoder) Mapping(n *yaml.Node, known []string, required ...string) (map[string]Field, error) {
	if n.Kind == yaml.AliasNode {
		return nil, d.Err(n, diag.CodeYAMLType, diag.A{"want": "mapping", "got": "alias"})
	}
	if n.Kind != yaml.MappingNode {
		return nil, d.Err(n, diag.CodeYAMLType, diag.A{"want": "mapping", "got": kindName(n)})
	}
	fields := make(map[string]Field, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, d.Err(k, diag.CodeYAMLType, diag.A{"want": "key", "got": kindName(k)})
		}
		if !contains(known, k.Value) {
			return nil, d.Err(k, diag.CodeYAMLUnknownKey, diag.A{"key": k.Value, "known": strings.Join(known, ", ")})
		}
		if _, dup := fields[k.Value]; dup {
			return nil, d.Err(k, diag.CodeYAMLDupKey, diag.A{"key": k.Value})
		}
		if v.Kind == yaml.AliasNode {
			return nil, d.Err(v, diag.CodeYAMLType, diag.A{"want": "value", "got": "alias"})
		}
		fields[k.Value] = Field{k, v}
	}
	for _, r := range required {
		if _, ok := fields[r]; !ok {
			return nil, d.Err(n, diag.CodeYAMLMissing, diag.A{"key": r})
		}
	}
	return fields, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Seq checks that n is a list (an absent or null value is an empty list).
func (d Decoder) Seq(n *yaml.Node) ([]*yaml.Node, error) {
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, d.Err(n, diag.CodeYAMLType, diag.A{"want": "list", "got": kindName(n)})
	}
	return n.Content, nil
}

// String decodes a string scalar. A null value is "". Numbers and booleans
// written without quotes are taken as their text (an id like 123456 is fine).
func (d Decoder) String(n *yaml.Node) (string, error) {
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return "", nil
	}
	if n.Kind != yaml.ScalarNode {
		return "", d.Err(n, diag.CodeYAMLType, diag.A{"want": "string", "got": kindName(n)})
	}
	return n.Value, nil
}

// Strings decodes a list of strings; a single string is taken as a list of one.
func (d Decoder) Strings(n *yaml.Node) ([]string, error) {
	if n != nil && n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{n.Value}, nil
	}
	items, err := d.Seq(n)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, err := d.String(it)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Int decodes an integer scalar.
func (d Decoder) Int(n *yaml.Node) (int, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, d.Err(n, diag.CodeYAMLType, diag.A{"want": "integer", "got": n.Value})
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		return 0, d.Err(n, diag.CodeYAMLType, diag.A{"want": "integer", "got": n.Value})
	}
	return v, nil
}

// Float decodes a number.
func (d Decoder) Float(n *yaml.Node) (float64, error) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return 0, d.Err(n, diag.CodeYAMLType, diag.A{"want": "number", "got": n.Value})
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil {
		return 0, d.Err(n, diag.CodeYAMLType, diag.A{"want": "number", "got": n.Value})
	}
	return v, nil
}

// Bool decodes a boolean.
func (d Decoder) Bool(n *yaml.Node) (bool, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, d.Err(n, diag.CodeYAMLType, diag.A{"want": "true/false", "got": n.Value})
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, d.Err(n, diag.CodeYAMLType, diag.A{"want": "true/false", "got": n.Value})
	}
	return b, nil
}

// Time decodes an RFC 3339 timestamp.
func (d Decoder) Time(n *yaml.Node) (time.Time, error) {
	if n.Kind != yaml.ScalarNode {
		return time.Time{}, d.Err(n, diag.CodeYAMLType, diag.A{"want": "time", "got": kindName(n)})
	}
	t, err := time.Parse(time.RFC3339, n.Value)
	if err != nil {
		return time.Time{}, d.Err(n, diag.CodeYAMLType, diag.A{"want": "time (RFC 3339)", "got": n.Value})
	}
	return t, nil
}

// Duration decodes a Go duration such as 72h.
func (d Decoder) Duration(n *yaml.Node) (time.Duration, error) {
	s, err := d.String(n)
	if err != nil {
		return 0, err
	}
	v, perr := time.ParseDuration(s)
	if perr != nil || v < 0 {
		return 0, d.Err(n, diag.CodeYAMLType, diag.A{"want": "duration (e.g. 72h)", "got": s})
	}
	return v, nil
}

// --- building nodes for writing ---

// Map builds a block mapping from alternating keys and values; a nil value
// leaves its key out.
func Map(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := kv[i+1].(*yaml.Node)
		if v == nil {
			continue
		}
		n.Content = append(n.Content, Str(kv[i].(string)), v)
	}
	return n
}

// Flow turns a mapping or list into flow style ({a: b} / [a, b]).
func Flow(n *yaml.Node) *yaml.Node {
	n.Style = yaml.FlowStyle
	return n
}

// Str builds a string scalar; the encoder quotes it where YAML needs that.
func Str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// Int builds an integer scalar.
func Int(v int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)}
}

// Float builds a number scalar.
func Float(v float64) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'g', -1, 64)}
}

// Bool builds a boolean scalar.
func Bool(v bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}
}

// Time builds a UTC RFC 3339 timestamp scalar, to the second.
func Time(t time.Time) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: t.UTC().Format(time.RFC3339)}
}

// Seq builds a block list.
func Seq(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

// StrSeq builds a flow list of strings.
func StrSeq(items []string) *yaml.Node {
	n := Flow(Seq())
	for _, s := range items {
		n.Content = append(n.Content, Str(s))
	}
	return n
}

// Encode writes a node as a YAML document with two-space indentation.
func Encode(n *yaml.Node) ([]byte, error) {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// Pairs checks that n is a mapping with scalar, unrepeated keys of any name
// and returns its pairs in file order.
func (d Decoder) Pairs(n *yaml.Node) ([]Field, error) {
	if n.Kind != yaml.MappingNode {
		return nil, d.Err(n, diag.CodeYAMLType, diag.A{"want": "mapping", "got": kindName(n)})
	}
	seen := map[string]bool{}
	var out []Field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, d.Err(k, diag.CodeYAMLType, diag.A{"want": "key", "got": kindName(k)})
		}
		if seen[k.Value] {
			return nil, d.Err(k, diag.CodeYAMLDupKey, diag.A{"key": k.Value})
		}
		seen[k.Value] = true
		out = append(out, Field{k, v})
	}
	return out, nil
}
