package align

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// Anchors are the things a Chinese sentence and its English rendering share
// whatever the translator's wording: numbers and dates, glossary terms,
// Latin-script tokens (names, acronyms) and lexicon words. Each is a key
// ("n:1991", "d:12-9", "t:idcpc", "l:CMA", "x:会议"); the aligner rewards a
// pair whose two sides hold the same keys.

// zhNumberAnchors returns the numbers of a Chinese sentence as keys, read
// by the qa.numbers normaliser (articles.ZHNumbers): 2500亿 is the same
// key as "250 billion", 12月9日 as "December 9", 第三 as "third".
func zhNumberAnchors(s string) []string { return numberKeys(articles.ZHNumbers(s)) }

// enNumberAnchors returns the numbers of an English sentence as keys (see
// zhNumberAnchors), read by articles.ENNumbers.
func enNumberAnchors(s string) []string { return numberKeys(articles.ENNumbers(s)) }

// numberKeys makes anchor keys of numbers: "n:<value>" for cardinals and
// percentages, "o:<value>" for ordinals, and for dates "d:<month>-<day>",
// "y:<year>" and "m:<month>" for what they give.
func numberKeys(ns []articles.Number) []string {
	var keys []string
	for _, n := range ns {
		switch n.Kind {
		case articles.Cardinal, articles.Percent:
			keys = append(keys, "n:"+strconv.FormatFloat(n.Value, 'f', -1, 64))
		case articles.Ordinal:
			keys = append(keys, "o:"+strconv.FormatFloat(n.Value, 'f', -1, 64))
		case articles.Date, articles.Month:
			if n.Month != 0 && n.Day != 0 {
				keys = append(keys, fmt.Sprintf("d:%d-%d", n.Month, n.Day))
			} else if n.Month != 0 {
				keys = append(keys, fmt.Sprintf("m:%d", n.Month))
			}
			if n.Year != 0 {
				keys = append(keys, fmt.Sprintf("y:%d", n.Year))
			}
		}
	}
	return keys
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
	if len(zhLatin) == 0 {
		return nil
	}
	var keys []string
	key := []byte("l:") // looked up without a string made
	for _, w := range latinWords(s) {
		if key = append(key[:2], w...); zhLatin[string(key)] {
			keys = append(keys, string(key))
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
