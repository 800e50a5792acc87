package yamlx

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// valueNode parses doc and returns the node of the key k's value, found
// anywhere in it; nil when doc does not parse.
func valueNode(doc, k string) *yaml.Node {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &root); err != nil {
		return nil
	}
	var find func(n *yaml.Node) *yaml.Node
	find = func(n *yaml.Node) *yaml.Node {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == k {
					return n.Content[i+1]
				}
			}
		}
		for _, c := range n.Content {
			if v := find(c); v != nil {
				return v
			}
		}
		return nil
	}
	return find(&root)
}

// TestScalarSpan: the place of a span of a value, in every way YAML writes
// a string: columns are characters (a Chinese character is one), lines
// follow block scalars and folded lines, escapes take their written width.
func TestScalarSpan(t *testing.T) {
	seg := "segments:\n  - id: a\n    zh: "
	cases := []struct {
		name, doc, span string // span: the text whose place is asked (its first occurrence in the value)
		nth             int    // which occurrence (0: the first)
		sl, sc, el, ec  int
	}{
		{"plain", seg + "会见时，双方回顾了2025年的合作。\n", "2025年", 0, 3, 18, 3, 23},
		{"plain, ASCII", seg + "On December 19, the association met.\n", "19", 0, 3, 21, 3, 23},
		{"single-quoted", seg + "'it''s 中联部 here'\n", "中联部", 0, 3, 16, 3, 19},
		{"double-quoted, escapes", seg + "\"a\\\"b\\\" \\u4E2D文 and 中\\t中联部\"\n", "中联部", 0, 3, 32, 3, 35},
		{"double-quoted, escaped span", seg + "\"x \\u4E2D联部 y\"\n", "中联部", 0, 3, 12, 3, 20},
		{"plain, folded over lines", seg + "第一句话。\n      第二句话有12个人。\n", "12", 0, 4, 12, 4, 14},
		{"double-quoted, escaped line break", seg + "\"第一句\\\n      话有12个\"\n", "12", 0, 4, 9, 4, 11},
		{"literal block", seg + "|-\n      一、\n      二、共有30家企业。\n    en: x\n", "30", 0, 5, 11, 5, 13},
		{"folded block", seg + ">-\n      The first\n      line and 30 firms.\n", "30", 0, 5, 16, 5, 18},
		{"literal, kept break at the end", seg + "|\n      共有30家\n", "家\n", 0, 4, 11, 4, 12},
		{"second occurrence", seg + "12个和12个\n", "12", 1, 3, 13, 3, 15},
	}
	for _, c := range cases {
		n := valueNode(c.doc, "zh")
		if n == nil {
			t.Fatalf("%s: %q does not parse", c.name, c.doc)
		}
		at := -1
		for k := 0; k <= c.nth; k++ {
			i := strings.Index(n.Value[at+1:], c.span)
			if i < 0 {
				t.Fatalf("%s: %q not in %q", c.name, c.span, n.Value)
			}
			at += 1 + i
		}
		sl, sc, el, ec, ok := ScalarSpan([]byte(c.doc), n.Line, n.Column, n.Value, at, at+len(c.span))
		if !ok || sl != c.sl || sc != c.sc || el != c.el || ec != c.ec {
			t.Errorf("%s: got %d:%d-%d:%d ok=%v, want %d:%d-%d:%d", c.name, sl, sc, el, ec, ok, c.sl, c.sc, c.el, c.ec)
		}
	}
	// A value that is not what is written there: not found.
	doc := seg + "别的话。\n"
	if _, _, _, _, ok := ScalarSpan([]byte(doc), 3, 9, "原来的话。", 3, 6); ok {
		t.Error("a changed value was placed")
	}
	if _, _, _, _, ok := ScalarSpan([]byte(doc), 3, 9, "别的话。", 4, 3); ok {
		t.Error("an empty-backwards span was placed")
	}
}

// FuzzScalarSpan writes arbitrary strings in every style yaml.v3 writes,
// in a segment file's nesting, and asks for the place of each character:
// every one is found, and what is written there is that character (or an
// escape of it).
func FuzzScalarSpan(f *testing.F) {
	for _, s := range []string{"会见时，双方回顾了2025年的合作。", "it's \"quoted\"", "a\nb\n\n  c", "  lead", "tab\there", "中\u0085文\u2028x", strings.Repeat("long words ", 30), "x\r\ny", "\\back"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, style uint8) {
		if !utf8.ValidString(s) {
			return
		}
		styles := []yaml.Style{0, yaml.SingleQuotedStyle, yaml.DoubleQuotedStyle, yaml.LiteralStyle, yaml.FoldedStyle}
		v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: styles[int(style)%len(styles)]}
		doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Value: "segments"},
			{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Content: []*yaml.Node{
				{Kind: yaml.ScalarNode, Value: "zh"}, v,
			}}}},
		}}
		out, err := yaml.Marshal(doc)
		if err != nil {
			return
		}
		n := valueNode(string(out), "zh")
		if n == nil || n.Value != s || n.Tag != "!!str" {
			return // yaml.v3 does not read back what it wrote: not ours to place
		}
		if strings.HasPrefix(strings.TrimLeft(string(out[byteAt(out, n.Line, n.Column):]), " "), "!") {
			return // written with a tag
		}
		for i, r := range s {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				continue
			}
			size := utf8.RuneLen(r)
			sl, sc, el, ec, ok := ScalarSpan(out, n.Line, n.Column, s, i, i+size)
			if !ok {
				t.Fatalf("%q (style %d) written as\n%s\nbyte %d not placed", s, v.Style, out, i)
			}
			b, e := byteAt(out, sl, sc), byteAt(out, el, ec)
			if b < 0 || e < b {
				t.Fatalf("%q: byte %d placed at %d:%d-%d:%d, outside the text", s, i, sl, sc, el, ec)
			}
			w := string(out[b:e])
			got, _ := utf8.DecodeRuneInString(w)
			switch {
			case got == r && len(w) == size:
			case strings.HasPrefix(w, "\\"):
				if u, n := unescape([]byte(w)); u != r || n != len(w) {
					t.Fatalf("%q: byte %d placed on %q", s, i, w)
				}
			case w == "''" && r == '\'':
			default:
				t.Fatalf("%q (style %d) written as\n%s\nbyte %d (%q) placed on %q", s, v.Style, out, i, r, w)
			}
		}
	})
}

// TestScalarSpanLineBreaks: lines are counted as yaml.v3 counts them (CR
// LF, a lone CR, NEL, LS and PS end a line too), so a span after such a
// break is where yaml.v3's own positions say, and its place holds it.
func TestScalarSpanLineBreaks(t *testing.T) {
	for _, doc := range []string{
		"a: x\r\nb: y\r\nzh: 共有12个\r\n",
		"a: |-\n  x\u2028  y\nzh: 共有12个\n",
		"a: |-\n  x\u2029  y\u0085  z\nzh: 共有12个\n",
		"a: \"x\\Ly\"\nzh: 共有12个\n",
	} {
		n := valueNode(doc, "zh")
		if n == nil {
			t.Fatalf("%q does not parse", doc)
		}
		l := NewLines([]byte(doc))
		sl, sc, _, _, ok := l.ScalarSpan(n.Line, n.Column, n.Value, 0, 0)
		if !ok || sl != n.Line || sc != n.Column {
			t.Errorf("%q: the value's start placed at %d:%d ok=%v, yaml.v3 says %d:%d", doc, sl, sc, ok, n.Line, n.Column)
		}
		at := strings.Index(n.Value, "12")
		sl, sc, el, ec, ok := l.ScalarSpan(n.Line, n.Column, n.Value, at, at+2)
		if b, e := l.byteAt(sl, sc), l.byteAt(el, ec); !ok || b < 0 || e < b || doc[b:e] != "12" {
			t.Errorf("%q: 12 placed at %d:%d-%d:%d ok=%v", doc, sl, sc, el, ec, ok)
		}
	}
}
