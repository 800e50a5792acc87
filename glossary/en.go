package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// English text is matched as a sequence of tokens: a word (a run of letters,
// digits and marks, case-folded) or a single punctuation or symbol
// character. Whitespace of any kind (runs, tabs, line breaks, non-breaking
// spaces) only separates tokens. Curly and straight apostrophes are one
// token, so are curly and straight quotes, and so are the hyphen and dash
// variants. Matching whole tokens is what makes matching whole-word: "CMA"
// never matches inside "CMAs" or "DCMA", yet matches in "CMA's" and
// "CMA-led".

// token is one token of an English text: bytes [Start, End) of the
// original text.
type token struct {
	Start, End int
}

// foldPunct maps punctuation variants to one representative and
// full-width ASCII to ASCII; other runes are returned as they are.
func foldPunct(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032', '`', '\u00B4', '\uFF07':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
		return '-'
	}
	// Full-width ASCII (Ａ, ０, （) reads as its ASCII twin.
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F' || r == '\u2007' || r == '\u200B' || r == '\uFEFF'
}

func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !unicode.Is(unicode.Han, r)
}

// tokenize appends the tokens of s to out.
func tokenize(s string, out []token) []token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf {
			// ASCII fast path.
			c := byte(r)
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			case c == '-' && joinsWords(s, i, 1):
				i++ // "opening-up" is "opening up"
				continue
			default:
				out = append(out, token{i, i + 1})
				i++
				continue
			}
		} else {
			f := foldPunct(r)
			if isSpace(r) {
				i += size
				continue
			}
			if f == '-' && joinsWords(s, i, size) {
				i += size
				continue
			}
			if !isWordRune(f) {
				out = append(out, token{i, i + size})
				i += size
				continue
			}
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r < utf8.RuneSelf {
				c := byte(r)
				if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
					break
				}
				i++
				continue
			}
			if !isWordRune(foldPunct(r)) {
				break
			}
			i += size
		}
		out = append(out, token{start, i})
	}
	return out
}

// joinsWords reports whether the hyphen at s[i:i+size] stands between two
// word characters: "opening-up", "Bao-yu". Such a hyphen separates words as
// a space does; a free-standing dash is a token of its own.
func joinsWords(s string, i, size int) bool {
	if i == 0 || i+size >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return isWordRune(foldPunct(before)) && isWordRune(foldPunct(after))
}

// appendStem appends the inflection stem of a case-folded word: plurals,
// possessive -s, -ed and -ing endings removed, and a final e or doubled
// consonant, so that "seeking" and "seek", "Communists" and "Communist",
// "developed" and "develop", "making" and "make" share one stem. Words of
// three letters or fewer, and words in -ss, -us, -is, are their own stem.
func appendStem(buf []byte, w []byte) []byte {
	n := len(w)
	if n <= 3 || !asciiLower(w) {
		return append(buf, w...)
	}
	end := n
	switch {
	case hasSuffix(w, "ies") && n > 4:
		return append(append(buf, w[:n-3]...), 'y')
	case hasSuffix(w, "sses") || hasSuffix(w, "shes") || hasSuffix(w, "ches") || hasSuffix(w, "xes") || hasSuffix(w, "zes"):
		end = n - 2
	case hasSuffix(w, "ss") || hasSuffix(w, "us") || hasSuffix(w, "is"):
	case hasSuffix(w, "s"):
		end = n - 1
	case hasSuffix(w, "ing") && n > 5:
		end = n - 3
	case hasSuffix(w, "ed") && n > 4:
		end = n - 2
	}
	if end < n && end >= 3 && (hasSuffix(w, "ing") || hasSuffix(w, "ed")) && w[end-1] == w[end-2] && !isVowel(w[end-1]) && w[end-1] != 'l' && w[end-1] != 's' {
		end-- // running, planned
	}
	if end > 3 && w[end-1] == 'e' {
		end-- // make, making; use, used
	}
	return append(buf, w[:end]...)
}

// stemToken is appendStem of a folded token, except for an acronym with a
// lower-case ending ("CMAs" is not "CMA"); a word in capitals ("WENJIE")
// and a name with a capital inside ("MacKenzie", so that "mackenzie" is
// the same word in another case) are stemmed as words.
func stemToken(buf, folded []byte, orig string) []byte {
	upper, lower := 0, 0
	for i := 0; i < len(orig); i++ {
		switch c := orig[i]; {
		case c >= 'A' && c <= 'Z':
			if lower > 0 {
				return appendStem(buf, folded) // a capital after a small letter
			}
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	if upper >= 2 && lower > 0 {
		return append(buf, folded...) // CMAs, NGOs: an acronym and its s
	}
	return appendStem(buf, folded)
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func asciiLower(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// appendFold appends the case-folded, punctuation-folded form of one token.
func appendFold(buf []byte, tok string, fold bool) []byte {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if fold && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		r = foldPunct(r)
		if fold {
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
		i += size
	}
	return buf
}

// normEN is the comparable form of an English text: tokens folded for
// punctuation variants (and for case when fold is set), joined by one
// space. Two texts that the matcher treats as equal have equal normEN.
func normEN(s string, fold bool) string {
	b, _ := appendNormEN(nil, nil, s, fold)
	return string(b)
}

// appendNormEN appends normEN(s, fold) to dst, using toks as scratch.
func appendNormEN(dst []byte, toks []token, s string, fold bool) ([]byte, []token) {
	toks = tokenize(s, toks[:0])
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendFold(dst, s[t.Start:t.End], fold)
	}
	return dst, toks
}

// EqualEN reports whether two English texts are the same text for the
// matcher: equal up to whitespace, apostrophe, quote and hyphen variants.
func EqualEN(a, b string) bool { return normEN(a, false) == normEN(b, false) }

// EqualFoldEN is EqualEN ignoring case too.
func EqualFoldEN(a, b string) bool { return normEN(a, true) == normEN(b, true) }

// blank reports whether s holds nothing but whitespace.
func blank(s string) bool {
	return strings.TrimFunc(s, isSpace) == ""
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }
