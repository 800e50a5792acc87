package articles

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/yamlx"
)

// The segment file's canonical layout, written and read without yaml.v3.
//
// encodeYAML (codec.go) builds a yaml.Node tree and lets yaml.v3 write it:
// that output is the canonical layout, and the reference. Encode writes the
// same bytes directly: keys in contract order, two-space indentation, and
// every scalar in the style yaml.v3 would choose (plain, 'single' or
// "double" quoted). Strings whose style is not certain from the few rules
// below (line breaks, tabs, control or special characters, text that could
// read as a number) are written by yaml.v3 itself, one scalar at a time, in
// the same context. TestCanonEncodeMatchesYAML and FuzzCanonEncode prove
// the bytes identical to encodeYAML's for every key of the model: a key
// added to encodeYAML and not here fails them.
//
// Decode reads the canonical layout directly (decodeCanon) and accepts the
// result only when Encode writes the very same bytes back; anything else
// (hand edits in another style, comments, errors) is read by yaml.v3
// (decodeYAML), which reports errors with their positions. Since Encode
// equals yaml.v3's output and yaml.v3 reads its own output back to the same
// value, what decodeCanon accepts is what decodeYAML would have read, down
// to the positions (FuzzCanonDecode checks it on arbitrary input).

// scalarStyle is how a string is written.
type scalarStyle int

const (
	styleUnknown scalarStyle = iota // left to yaml.v3
	stylePlain
	styleSingle
	styleDouble
)

// classify decides the style yaml.v3 gives s as a value in block context
// (flow false) or inside a flow mapping (flow true); styleUnknown when the
// rules here do not cover s.
func classify(s string, flow bool) scalarStyle {
	if s == "" {
		return styleDouble // "" would read as null
	}
	if !utf8.ValidString(s) {
		return styleUnknown
	}
	var flowInd, blockInd bool
	if len(s) >= 3 && (s[:3] == "---" || s[:3] == "...") {
		flowInd, blockInd = true, true
	}
	precededBySpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if plainByte[c] {
			precededBySpace = false
			continue
		}
		if c >= utf8.RuneSelf {
			// A multi-byte character (valid UTF-8, so its lead byte tells
			// its length): printable for yaml.v3 from U+00A0 to U+FFFD,
			// less the surrogates, U+FEFF, U+FFFE and U+FFFF (yaml.v3
			// escapes the rest); the line breaks U+0085, U+2028 and U+2029
			// are left to yaml.v3.
			switch {
			case c < 0xE0:
				if c == 0xC2 && s[i+1] < 0xA0 {
					return styleUnknown
				}
				i++
			case c < 0xF0:
				switch c {
				case 0xE2:
					if s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
						return styleUnknown
					}
				case 0xED:
					if s[i+1] >= 0xA0 {
						return styleUnknown
					}
				case 0xEF:
					if s[i+1] == 0xBB && s[i+2] == 0xBF || s[i+1] == 0xBF && (s[i+2] == 0xBE || s[i+2] == 0xBF) {
						return styleUnknown
					}
				}
				i += 2
			default:
				return styleUnknown
			}
			precededBySpace = false
			continue
		}
		if c < ' ' || c == 0x7f {
			return styleUnknown // tab, line break, control character
		}
		if indicator[c] {
			followedBySpace := i+1 >= len(s) || s[i+1] == ' '
			if i == 0 {
				switch c {
				case '?', ':':
					flowInd = true
					blockInd = blockInd || followedBySpace
				case '-':
					if followedBySpace {
						flowInd, blockInd = true, true
					}
				default:
					flowInd, blockInd = true, true
				}
			} else {
				switch c {
				case ',', '?', '[', ']', '{', '}':
					flowInd = true
				case ':':
					flowInd = true
					blockInd = blockInd || followedBySpace
				case '#':
					if precededBySpace {
						flowInd, blockInd = true, true
					}
				}
			}
		}
		precededBySpace = c == ' '
	}
	switch resolvesToString(s) {
	case resolveOther:
		return styleDouble
	case resolveUnsure:
		return styleUnknown
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || flow && flowInd || !flow && blockInd {
		return styleSingle
	}
	return stylePlain
}

// WrittenPlain reports whether yaml.v3 writes the string s plain, in a
// block mapping (or, when flow, in a flow collection): then s written
// plain reads back as the string s. False where that is not certain.
func WrittenPlain(s string, flow bool) bool { return classify(s, flow) == stylePlain }

// plainByte marks the ASCII characters that classify passes over
// anywhere in a scalar: letters, digits and the punctuation that is no
// indicator, white space or control character.
var plainByte = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = !indicator[c]
	}
	return t
}()

// indicator marks the ASCII characters classify looks at: those that are
// an indicator at the start of a scalar, and ',', '?', '[', ']', '{', '}',
// ':' and '#', which matter elsewhere too.
var indicator = func() (t [128]bool) {
	for _, c := range "#,[]{}&*!|>'\"%@`?:-" {
		t[c] = true
	}
	return t
}()

// numeric marks the bytes a plain number, timestamp, .inf or .nan is
// spelt with, other than lowercase hex digits.
var numeric = func() (t [256]bool) {
	for _, c := range "ABCDEFxXoO_+-.:tTzZ nNiI" {
		t[c] = true
	}
	return t
}()

type resolved int

const (
	resolveString resolved = iota
	resolveOther           // a plain s would read as null, a bool, a number...
	resolveUnsure
)

// resolvesToString tells whether yaml.v3 reads s, written plain, as a
// string (its resolve function), for the cases that are certain.
func resolvesToString(s string) resolved {
	switch s[0] {
	case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~':
		switch s {
		case "true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL":
			return resolveOther
		}
		return resolveString
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if len(s) <= 18 && strings.Trim(s, "0123456789") == "" {
			return resolveOther // an int (or, as 09, a float): never too large here
		}
		if !timestampShaped(s) {
			// Led by a digit, s reads as a number only if an int in any
			// base, a float or a base-60 float spells it: with hex digits
			// and "_.+-:" alone, and x or o only after a leading 0 (an id
			// like 7z34d9 or 25x37b is a string).
			for i := 1; i < len(s); i++ {
				c := s[i]
				prefix := i == 1 && s[0] == '0' && strings.IndexByte("xXoO", c) >= 0
				if !(prefix || c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || strings.IndexByte("_.+-:", c) >= 0) {
					return resolveString
				}
			}
		}
	case '+', '-', '.':
	default:
		return resolveString
	}
	// A number, a timestamp or .inf/.nan are spelt with these bytes only.
	hexOnly := true
	digits, es := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == 'e':
			es++
		case c >= 'a' && c <= 'f':
		case numeric[c]:
			hexOnly = false
		default:
			return resolveString
		}
	}
	// Lowercase hex digits (a sha256, say): a number only if all digits
	// but for one exponent e.
	if hexOnly && !strings.HasPrefix(s, "0b") && (digits+es < len(s) || es > 1 || s[0] == 'e' || s[len(s)-1] == 'e') {
		return resolveString
	}
	return resolveUnsure
}

// timestampShaped reports whether s starts as yaml.v3 requires of a
// timestamp: four digits and a dash.
func timestampShaped(s string) bool {
	if len(s) < 5 || s[4] != '-' {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// context of a scalar, for asking yaml.v3 to write one.
type scalarContext int

const (
	ctxTop     scalarContext = iota // a top-level key's value
	ctxItem                         // a value in a segment's (or archived segment's) mapping
	ctxFlow                         // a value in a flow mapping ({by: ..., at: ...})
	ctxFlowSeq                      // a value in a flow mapping in a list in a segment (comments)
)

// yamlScalar has yaml.v3 write the value node v in context ctx and cuts
// the scalar out of what it wrote.
func yamlScalar(v *yaml.Node, ctx scalarContext) ([]byte, error) {
	var root *yaml.Node
	var prefix, suffix string
	switch ctx {
	case ctxTop:
		root, prefix, suffix = yamlx.Map("k", v), "k: ", "\n"
	case ctxItem:
		root, prefix, suffix = yamlx.Map("s", yamlx.Seq(yamlx.Map("k", v))), "s:\n  - k: ", "\n"
	case ctxFlow:
		root, prefix, suffix = yamlx.Map("s", yamlx.Seq(yamlx.Map("k", yamlx.Flow(yamlx.Map("k", v))))), "s:\n  - k: {k: ", "}\n"
	default:
		root = yamlx.Map("s", yamlx.Seq(yamlx.Map("k", yamlx.Seq(yamlx.Flow(yamlx.Map("k", v))))))
		prefix, suffix = "s:\n  - k:\n      - {k: ", "}\n"
	}
	out, err := yamlx.Encode(root)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(out, []byte(prefix)) || !bytes.HasSuffix(out, []byte(suffix)) {
		return nil, fmt.Errorf("articles: yaml.v3 wrote an unexpected layout for the scalar %q: %q", v.Value, out)
	}
	return out[len(prefix) : len(out)-len(suffix)], nil
}

// writer appends the canonical layout to a buffer.
type writer struct {
	b   []byte
	err error // from yaml.v3, writing a scalar
}

// yaml appends the scalar yaml.v3 writes for v in ctx.
func (w *writer) yaml(v *yaml.Node, ctx scalarContext) {
	out, err := yamlScalar(v, ctx)
	if err != nil && w.err == nil {
		w.err = err
	}
	w.b = append(w.b, out...)
}

func (w *writer) str(s string, ctx scalarContext) {
	switch classify(s, ctx >= ctxFlow) {
	case stylePlain:
		w.b = append(w.b, s...)
	case styleSingle:
		w.b = append(w.b, '\'')
		for i := 0; i < len(s); i++ {
			if s[i] == '\'' {
				w.b = append(w.b, '\'')
			}
			w.b = append(w.b, s[i])
		}
		w.b = append(w.b, '\'')
	case styleDouble:
		w.b = append(w.b, '"')
		for i := 0; i < len(s); i++ {
			if s[i] == '"' || s[i] == '\\' {
				w.b = append(w.b, '\\')
			}
			w.b = append(w.b, s[i])
		}
		w.b = append(w.b, '"')
	default:
		w.yaml(yamlx.Str(s), ctx)
	}
}

// canonTime reports whether t is written as YYYY-MM-DDTHH:MM:SSZ with a
// four-digit year, the only form the writer does itself.
func canonTime(t time.Time) bool {
	y := t.UTC().Year()
	return y >= 1000 && y <= 9999
}

func (w *writer) time(t time.Time, ctx scalarContext) {
	if !canonTime(t) {
		w.yaml(yamlx.Time(t), ctx)
		return
	}
	if ctx >= ctxFlow { // the colons make it quoted in a flow mapping
		w.b = append(w.b, '\'')
		w.b = t.UTC().AppendFormat(w.b, time.RFC3339)
		w.b = append(w.b, '\'')
		return
	}
	w.b = t.UTC().AppendFormat(w.b, time.RFC3339)
}

func (w *writer) key(indent, key string) {
	w.b = append(w.b, indent...)
	w.b = append(w.b, key...)
	w.b = append(w.b, ": "...)
}

func (w *writer) strKey(indent, key, v string, ctx scalarContext) {
	w.key(indent, key)
	w.str(v, ctx)
	w.b = append(w.b, '\n')
}

// optKey writes a string key only when it has a value.
func (w *writer) optKey(indent, key, v string) {
	if v != "" {
		w.strKey(indent, key, v, ctxItem)
	}
}

func (w *writer) intKey(indent, key string, v int) {
	w.key(indent, key)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
	w.b = append(w.b, '\n')
}

// flowStr and flowTime write one pair of a flow mapping.
func (w *writer) flowStr(first bool, key, v string, ctx scalarContext) {
	if !first {
		w.b = append(w.b, ", "...)
	}
	w.b = append(w.b, key...)
	w.b = append(w.b, ": "...)
	w.str(v, ctx)
}

func (w *writer) flowTime(key string, t time.Time, ctx scalarContext) {
	w.b = append(w.b, ", "...)
	w.b = append(w.b, key...)
	w.b = append(w.b, ": "...)
	w.time(t, ctx)
}

// Encode writes the file in the canonical layout (keys in contract order,
// so that a change shows as a small, readable git diff), byte for byte as
// yaml.v3 writes it. Decode(Encode(f)) equals f.
func Encode(f *File) ([]byte, error) {
	size := 128
	for _, s := range f.Segments {
		size += 160 + len(s.ZH) + len(s.EN) + len(s.PreviousZH) + len(s.PreviousEN)
		if s.Approval != nil {
			size += 200
		}
	}
	w := &writer{b: make([]byte, 0, size)}
	w.head(f)
	for _, s := range f.Segments {
		w.segment(s)
	}
	w.archive(f)
	if w.err != nil {
		// A scalar yaml.v3 writes in a way that does not stand alone (a
		// literal block ending in U+2028, say): let it write the file.
		return encodeYAML(f)
	}
	return w.b, nil
}

// segment writes one item of the segments list. What it writes depends on
// the segment alone, which is what lets Splice write one segment of a file.
func (w *writer) segment(s *Segment) {
	w.b = append(w.b, "  - "...)
	w.strKey("", "id", s.ID, ctxItem)
	const in = "    "
	w.intKey(in, "para", s.Para)
	if s.Sentences > 1 {
		w.intKey(in, "sentences", s.Sentences)
	}
	w.strKey(in, "zh", s.ZH, ctxItem)
	w.strKey(in, "en", s.EN, ctxItem)
	w.strKey(in, "state", string(s.State), ctxItem)
	w.optKey(in, "translator", s.Translator)
	w.optKey(in, "origin", s.Origin)
	if c := s.Claim; c != nil {
		w.b = append(w.b, in+"claim: {"...)
		w.flowStr(true, "by", c.By, ctxFlow)
		w.flowTime("at", c.At, ctxFlow)
		w.b = append(w.b, "}\n"...)
	}
	if a := s.Approval; a != nil {
		w.b = append(w.b, in+"approval: {"...)
		w.flowStr(true, "by", a.By, ctxFlow)
		w.flowTime("at", a.At, ctxFlow)
		w.flowStr(false, "zh_sha256", a.ZHSHA256, ctxFlow)
		w.flowStr(false, "en_sha256", a.ENSHA256, ctxFlow)
		if a.Forced {
			w.b = append(w.b, ", forced: true"...)
		}
		if a.Signature != "" {
			w.flowStr(false, "signature", a.Signature, ctxFlow)
		}
		w.b = append(w.b, "}\n"...)
	}
	w.optKey(in, "previous_zh", s.PreviousZH)
	w.optKey(in, "previous_en", s.PreviousEN)
	w.optKey(in, "stale_from", string(s.staleFrom()))
	if c := s.Conflict; c != nil {
		w.b = append(w.b, in+"conflict: {"...)
		w.flowStr(true, "en", c.EN, ctxFlow)
		if c.ZH != "" {
			w.flowStr(false, "zh", c.ZH, ctxFlow)
		}
		if c.By != "" {
			w.flowStr(false, "by", c.By, ctxFlow)
		}
		w.flowTime("at", c.At, ctxFlow)
		w.b = append(w.b, "}\n"...)
	}
	if len(s.Accepted) > 0 {
		w.b = append(w.b, in+"accepted:\n"...)
		for _, ac := range s.Accepted {
			w.b = append(w.b, in+"  - {"...)
			w.flowStr(true, "rule", ac.Rule, ctxFlowSeq)
			if ac.Term != "" {
				w.flowStr(false, "term", ac.Term, ctxFlowSeq)
			}
			if ac.Number != "" {
				w.flowStr(false, "number", ac.Number, ctxFlowSeq)
			}
			w.flowStr(false, "by", ac.By, ctxFlowSeq)
			w.flowTime("at", ac.At, ctxFlowSeq)
			w.flowStr(false, "why", ac.Why, ctxFlowSeq)
			w.flowStr(false, "zh_sha256", ac.ZHSHA256, ctxFlowSeq)
			w.flowStr(false, "en_sha256", ac.ENSHA256, ctxFlowSeq)
			w.b = append(w.b, "}\n"...)
		}
	}
	if len(s.Comments) > 0 {
		w.b = append(w.b, in+"comments:\n"...)
		for _, c := range s.Comments {
			w.b = append(w.b, in+"  - {"...)
			w.flowStr(true, "by", c.By, ctxFlowSeq)
			w.flowTime("at", c.At, ctxFlowSeq)
			w.flowStr(false, "text", c.Text, ctxFlowSeq)
			w.b = append(w.b, "}\n"...)
		}
	}
}

// head writes what comes before the segments, up to the segments key.
func (w *writer) head(f *File) {
	w.intKey("", "bitext", f.Version)
	w.strKey("", "article", f.Article, ctxTop)
	w.strKey("", "source", f.Source, ctxTop)
	w.strKey("", "source_sha256", f.SourceSHA256, ctxTop)
	if len(f.Segments) == 0 {
		w.b = append(w.b, "segments: []\n"...)
	} else {
		w.b = append(w.b, "segments:\n"...)
	}
}

// archive writes what follows the segments: the archived English.
func (w *writer) archive(f *File) {
	if len(f.Archived) > 0 {
		w.b = append(w.b, "archived:\n"...)
	}
	for _, a := range f.Archived {
		w.b = append(w.b, "  - "...)
		w.strKey("", "id", a.ID, ctxItem)
		const in = "    "
		w.intKey(in, "para", a.Para)
		w.strKey(in, "zh", a.ZH, ctxItem)
		w.strKey(in, "en", a.EN, ctxItem)
		w.optKey(in, "state", string(a.State))
		w.optKey(in, "translator", a.Translator)
		w.key(in, "removed_at")
		w.time(a.RemovedAt, ctxItem)
		w.b = append(w.b, '\n')
	}
}
