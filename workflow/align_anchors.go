package workflow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/bitext-desk/bitext/glossary"
)

// Anchors are the things a Chinese sentence and its English rendering share
// whatever the translator's wording: numbers and dates, glossary terms, and
// Latin-script tokens (names, acronyms). Each is a key ("n:1991",
// "t:idcpc", "l:CMA"); the aligner rewards a pair whose two sides hold the
// same keys.

// zhNumberAnchors returns the numbers of a Chinese sentence, as keys. It is
// the stand-in for the qa.numbers normaliser: Arabic digits (half or full
// width) with their decimal part, thousands separators dropped, so that
// 3.5亿 gives "3.5" and 12月9日 gives "12" and "9".
func zhNumberAnchors(s string) []string {
	return digitRuns(width.Fold.String(s), nil)
}

// enNumberAnchors returns the numbers of an English sentence, as keys:
// digit runs as in zhNumberAnchors, and month names as their number
// (December 9 gives "12" and "9", like 12月9日).
func enNumberAnchors(s string) []string {
	keys := digitRuns(s, nil)
	for _, w := range latinWords(s) {
		if m, ok := monthNumbers[strings.ToLower(strings.TrimSuffix(w, "."))]; ok && startsUpperASCII(w) {
			keys = append(keys, "n:"+m)
		}
	}
	return keys
}

var monthNumbers = map[string]string{
	"january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6",
	"july": "7", "august": "8", "september": "9", "october": "10", "november": "11", "december": "12",
	"jan": "1", "feb": "2", "mar": "3", "apr": "4", "jun": "6", "jul": "7", "aug": "8",
	"sep": "9", "sept": "9", "oct": "10", "nov": "11", "dec": "12",
}

func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// digitRuns appends "n:<number>" for every run of ASCII digits in s, with a
// decimal part ("3.5") and without thousands separators ("1,200" → 1200).
// Leading zeros are dropped ("09" → 9), so that dates match.
func digitRuns(s string, keys []string) []string {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		var b strings.Builder
		for i < len(s) {
			switch {
			case isDigit(s[i]):
				b.WriteByte(s[i])
				i++
				continue
			case s[i] == ',' && allDigits(s, i+1, i+4) && (i+4 == len(s) || !isDigit(s[i+4])):
				i++
				continue
			case s[i] == '.' && i+1 < len(s) && isDigit(s[i+1]):
				b.WriteByte('.')
				i++
				continue
			}
			break
		}
		n := strings.TrimLeft(b.String(), "0")
		if n == "" || n[0] == '.' {
			n = "0" + n
		}
		keys = append(keys, "n:"+n)
	}
	return keys
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string, lo, hi int) bool {
	if hi > len(s) {
		return false
	}
	for i := lo; i < hi; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// latinWords splits s into runs of Latin letters and digits, keeping inner
// dots, hyphens and apostrophes ("U.S.", "COVID-19") but not a final
// possessive ("CMA's" gives "CMA").
func latinWords(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.TrimRight(s[start:end], ".-'’")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if w != "" {
				out = append(out, w)
			}
			start = -1
		}
	}
	for i, r := range s {
		latin := r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) || unicode.Is(unicode.Latin, r)
		inner := start >= 0 && (r == '.' || r == '-' || r == '\'' || r == '’')
		switch {
		case latin:
			if start < 0 {
				start = i
			}
		case inner:
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// zhLatinAnchors returns the Latin-script tokens of a Chinese sentence
// (CMA, GDP, 5G, Rio Tinto), as keys: words of two or more characters with
// at least one letter. The English side holds the same key when it has the
// same word.
func zhLatinAnchors(s string) []string {
	var keys []string
	for _, w := range latinWords(width.Fold.String(s)) {
		if utf8.RuneCountInString(w) < 2 || !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		keys = append(keys, "l:"+w)
	}
	return keys
}

// enLatinAnchors returns the keys of the words of an English sentence that
// are in zhLatin (the Latin tokens the Chinese text has).
func enLatinAnchors(s string, zhLatin map[string]bool) []string {
	var keys []string
	for _, w := range latinWords(s) {
		if zhLatin["l:"+w] {
			keys = append(keys, "l:"+w)
		}
	}
	return keys
}

// termMatcher finds glossary terms in the two languages. It is the stand-in
// for the glossary package's matchers: plain substring search over every
// Chinese form, and a word-bounded search for the rendering, the
// abbreviation and, for a person, the surname.
type termMatcher struct {
	terms []*glossary.Term
}

func newTermMatcher(g *glossary.Glossary) *termMatcher {
	m := &termMatcher{}
	if g != nil {
		for _, t := range g.Terms {
			if t.Status != "deprecated" {
				m.terms = append(m.terms, t)
			}
		}
	}
	return m
}

// zh returns "t:<id>" for every term with a Chinese form in s.
func (m *termMatcher) zh(s string) []string {
	var keys []string
	for _, t := range m.terms {
		for _, f := range t.ZH {
			if f != "" && strings.Contains(s, f) {
				keys = append(keys, "t:"+t.ID)
				break
			}
		}
	}
	return keys
}

// en returns "t:<id>" for every term whose rendering, abbreviation or (for a
// person) surname is in s.
func (m *termMatcher) en(s string) []string {
	var keys []string
	for _, t := range m.terms {
		forms := []string{t.EN, t.Abbr}
		if t.Kind == "person" {
			if sur, _, ok := strings.Cut(t.EN, " "); ok {
				forms = append(forms, sur)
			}
		}
		for _, f := range forms {
			if f != "" && containsWord(s, f) {
				keys = append(keys, "t:"+t.ID)
				break
			}
		}
	}
	return keys
}

// containsWord reports whether s holds w not inside a longer word.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
