package glossary

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles"
)

// laidOut reads a glossary written in the layout Encode writes into the
// nodes yaml.v3 would make of it, at a fraction of yaml.v3's cost (a
// 5,000-term glossary: about 0.07 s of CPU with yaml.v3): "terms:" and
// each term as "  - id: ..." and lines "    key: value", lists in flow
// style, each scalar on its line, plain as yaml.v3 writes it plain, or
// quoted without an escape other than \" and \\. ok is false for anything
// else (a comment, a blank line, another layout or indentation, an
// escape, a plain scalar that is not a string...): Parse then has
// yaml.v3 read the file. The nodes are decoded as yaml.v3's are, so the
// same terms, positions and errors come of them.
func laidOut(data []byte) (*yaml.Node, bool) {
	if !utf8.Valid(data) {
		return nil, false
	}
	const head = "terms:\n"
	if string(data) == "terms: []\n" {
		return yamlMap(1, 1, "terms", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: 1, Column: 8}), true
	}
	if !bytes.HasPrefix(data, []byte(head)) || len(data) == len(head) {
		return nil, false
	}
	terms := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: 2, Column: 3}
	var term *yaml.Node
	text := string(data)
	// The nodes come from slabs, not one by one.
	var slab []yaml.Node
	node := func(n yaml.Node) *yaml.Node {
		if len(slab) == 0 {
			slab = make([]yaml.Node, 1024)
		}
		p := &slab[0]
		*p = n
		slab = slab[1:]
		return p
	}
	line := 1
	for pos := len(head); pos < len(text); {
		line++
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			return nil, false // the last line ends with a line feed
		}
		l := text[pos : pos+end]
		pos += end + 1
		var rest string
		switch {
		case strings.HasPrefix(l, "  - "):
			rest = l[4:]
			term = node(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: 5, Content: make([]*yaml.Node, 0, 2*len(termKeys))})
			terms.Content = append(terms.Content, term)
		case strings.HasPrefix(l, "    ") && term != nil:
			rest = l[4:]
		default:
			return nil, false
		}
		key, v, ok := strings.Cut(rest, ": ")
		if !ok || !slices.Contains(termKeys, key) {
			return nil, false
		}
		k := node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: line, Column: 5})
		col := 5 + len(key) + 2
		var val *yaml.Node
		if strings.HasPrefix(v, "[") {
			val = node(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line, Column: col})
			at := len(l) - len(v) + 1 // the first item's byte offset in l
			items := v[1:]
			for items != "]" {
				s, after, ok := scalarAt(items, true)
				if !ok {
					return nil, false
				}
				val.Content = append(val.Content, node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s,
					Line: line, Column: 1 + utf8.RuneCountInString(l[:at])}))
				switch {
				case after == "]":
				case strings.HasPrefix(after, ", ") && len(after) > 2 && after[2] != ' ' && after[2] != ']':
					after = after[2:]
				default:
					return nil, false
				}
				at += len(items) - len(after)
				items = after
			}
		} else {
			s, after, ok := scalarAt(v, false)
			if !ok || after != "" {
				return nil, false
			}
			val = node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Line: line, Column: col})
		}
		term.Content = append(term.Content, k, val)
	}
	return yamlMap(1, 1, "terms", terms), true
}

// yamlMap is a mapping of one key, at line:col.
func yamlMap(line, col int, key string, v *yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: col, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: line, Column: col}, v}}
}

// scalarAt reads the string scalar at the start of v (in a flow list when
// flow: it then ends at ',' or ']'): plain as yaml.v3 writes that string
// plain (articles.WrittenPlain), or quoted, without an escape other than
// \" and \\ and with printable characters only. It returns the string and
// what follows it.
func scalarAt(v string, flow bool) (s, rest string, ok bool) {
	if v == "" {
		return "", "", false
	}
	if v[0] == '\'' || v[0] == '"' {
		s, rest, ok = articles.ReadQuoted(v)
		return s, rest, ok && printable(s)
	}
	s, rest = v, ""
	if flow {
		i := strings.IndexAny(v, ",]")
		if i < 0 {
			return "", "", false
		}
		s, rest = v[:i], v[i:]
	}
	return s, rest, articles.WrittenPlain(s, flow)
}

// printable reports whether a quoted scalar's text holds only what YAML
// reads as it stands: no control character (tab included), line break or
// BOM.
func printable(s string) bool {
	for _, r := range s {
		switch {
		case r < ' ', r == 0x7f, r >= 0x80 && r <= 0x9f, r == 0x2028, r == 0x2029, r == 0xFEFF, r >= 0xFFFE && r <= 0xFFFF:
			return false
		}
	}
	return true
}
