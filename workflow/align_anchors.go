package workflow

import (
	"math"
	"strconv"
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
// a stand-in for the qa.numbers normaliser: Arabic digits (half or full
// width) with their decimal part, thousands separators dropped, and the
// value scaled by a following 万, 亿 or 万亿 as well, so that 12月9日 gives
// "12" and "9", and 2500亿 gives "2500" and "250000000000" (250 billion).
func zhNumberAnchors(s string) []string {
	return numberKeys(width.Fold.String(s), zhScale)
}

// enNumberAnchors returns the numbers of an English sentence, as keys:
// digit runs scaled by a following thousand, million, billion or trillion
// as in zhNumberAnchors, and month names as their number (December 9 gives
// "12" and "9", like 12月9日).
func enNumberAnchors(s string) []string {
	keys := numberKeys(s, enScale)
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

// zhScale is the multiplier a Chinese number unit at the start of rest
// gives.
func zhScale(rest string) float64 {
	switch {
	case strings.HasPrefix(rest, "万亿"):
		return 1e12
	case strings.HasPrefix(rest, "亿"):
		return 1e8
	case strings.HasPrefix(rest, "万"):
		return 1e4
	}
	return 0
}

// enScale is the multiplier an English number word after rest's leading
// space gives.
func enScale(rest string) float64 {
	rest = strings.ToLower(strings.TrimLeft(rest, " -"))
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end >= 0 {
		rest = rest[:end]
	}
	switch rest {
	case "thousand":
		return 1e3
	case "million", "mln":
		return 1e6
	case "billion", "bln", "bn":
		return 1e9
	case "trillion", "tn":
		return 1e12
	}
	return 0
}

// numberKeys returns "n:<number>" for every run of ASCII digits in s, with a
// decimal part ("3.5") and without thousands separators ("1,200" → 1200) or
// leading zeros ("09" → 9), and, when scale finds a unit after it, the
// scaled value too.
func numberKeys(s string, scale func(rest string) float64) []string {
	var keys []string
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
		if m := scale(s[i:]); m > 0 {
			if v, err := strconv.ParseFloat(n, 64); err == nil {
				keys = append(keys, "n:"+strconv.FormatFloat(math.Round(v*m), 'f', -1, 64))
			}
		}
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

// termMatcher finds glossary terms in the two languages with the
// glossary's own matchers: leftmost-longest on the Chinese side (a form
// inside a longer one does not count), whole words, case and punctuation
// variants alike on the English side, where the rendering, the abbreviation,
// a person's surname, and also a forbidden variant or a reversed name (the
// translator rendered the term, if wrongly) count.
type termMatcher struct {
	g *glossary.Glossary
}

func newTermMatcher(g *glossary.Glossary) *termMatcher { return &termMatcher{g: g} }

// zh returns "t:<id>" for every term with a Chinese form in s.
func (m *termMatcher) zh(s string) []string {
	if m.g == nil {
		return nil
	}
	var keys []string
	for _, mt := range m.g.MatchZH(s) {
		for _, t := range mt.Terms {
			keys = append(keys, "t:"+t.ID)
		}
	}
	return keys
}

// en returns "t:<id>" for every term rendered in s.
func (m *termMatcher) en(s string) []string {
	if m.g == nil {
		return nil
	}
	var keys []string
	for _, mt := range m.g.MatchEN(s) {
		for _, h := range mt.Hits {
			switch h.Role {
			case glossary.RoleRendering, glossary.RoleAbbr, glossary.RoleSurname, glossary.RoleForbidden, glossary.RoleNameOrder:
				keys = append(keys, "t:"+h.Term.ID)
			}
		}
	}
	return keys
}
