package align

import (
	"fmt"
	"regexp"
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
// key as "250 billion", 12月9日 as "December 9", 第三 as "third". A
// report's heading numeral and enumerators are keys of their own (see
// zhReportAnchors), not numbers, unless plain (then they are read as
// numbers, as before those keys: TestDevNumbered measures what they add).
func zhNumberAnchors(s string, plain bool) []string {
	if plain {
		return numberKeys(articles.ZHNumbers(s))
	}
	keys, rest := zhReportAnchors(s)
	return append(keys, numberKeys(articles.ZHNumbers(rest))...)
}

// enNumberAnchors returns the numbers of an English sentence as keys (see
// zhNumberAnchors), read by articles.ENNumbers, and its heading numeral
// (see enReportAnchors), unless plain.
func enNumberAnchors(s string, plain bool) []string {
	if plain {
		return numberKeys(articles.ENNumbers(s))
	}
	keys, rest := enReportAnchors(s)
	return append(keys, numberKeys(articles.ENNumbers(rest))...)
}

// Reports, plans and speeches number their headings and enumerate their
// points, and translators keep both whatever their wording: 一、 is "I.",
// （三） "(III)" or "(3)", 2. "2."; 一是……；二是…… is "First, ...
// Second, ..." (as 第一、第二 are, which articles.ZHNumbers reads as
// ordinals). A heading numeral at the start of a sentence is the key
// "h:<n>" on both sides; an enumerator 一是 (at the start of a clause) or
// 其一 is the ordinal "o:<n>" that English First, Second read. Neither is
// read as a cardinal as well: （三） is not "three", nor "1." one.

// zhHeadingRe matches a Chinese heading numeral at the start of a
// sentence: 一、 （一） (一) 第一部分 第一章 第一节, 1. 1． 1、 （1） (1).
var zhHeadingRe = regexp.MustCompile(`^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]|第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:部分|章|节|篇)|([0-9]{1,2})(?:[.．]\s*|、)([^0-9]|$))`)

// zhEnumRe matches an enumerator: 一是 at the start of the sentence or
// of a clause, or 其一 before a comma.
var zhEnumRe = regexp.MustCompile(`(?:^|[，；：。、,;:\s])(?:([一二三四五六七八九十]{1,2})是|其([一二三四五六七八九十]{1,2})[，,：:])`)

// enHeadingRe matches an English heading numeral at the start of a
// sentence: I. (I) (3) 3. Part I, CHAPTER 2, not an initial (I. M. Pei)
// nor the pronoun (I will).
var enHeadingRe = regexp.MustCompile(`^(?:(?i:Part|Chapter|Section) ([IVXLC]+|[0-9]{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b|([IVXLC]{1,6})\. |\(([IVXLC]{1,6}|[0-9]{1,2})\) |([0-9]{1,2})\. ?)`)

// zhReportAnchors returns the keys of a Chinese sentence's heading numeral
// and enumerators, and the sentence without them.
func zhReportAnchors(s string) (keys []string, rest string) {
	rest = s
	if m := zhHeadingRe.FindStringSubmatchIndex(s); m != nil && (m[6] < 0 || !zhEndsSentence(s)) {
		for g := 1; g <= 4; g++ {
			if m[2*g] >= 0 {
				if n := articles.SmallNumber(s[m[2*g]:m[2*g+1]]); n > 0 {
					keys = append(keys, "h:"+strconv.Itoa(n))
					if g == 3 { // 第一章 is also the first chapter
						keys = append(keys, "o:"+strconv.Itoa(n))
					}
				}
			}
		}
		end := m[1]
		if m[10] >= 0 {
			end = m[10] // the character after "1." is the heading's
		}
		rest = s[end:]
	}
	if !strings.Contains(rest, "是") && !strings.Contains(rest, "其") {
		return keys, rest
	}
	ms := zhEnumRe.FindAllStringSubmatchIndex(rest, -1)
	if ms == nil {
		return keys, rest
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		g := 2
		if m[g] < 0 {
			g = 4
		}
		if n := articles.SmallNumber(rest[m[g]:m[g+1]]); n > 0 {
			keys = append(keys, "o:"+strconv.Itoa(n))
		}
		b.WriteString(rest[at:m[g]])
		at = m[g+1]
	}
	b.WriteString(rest[at:])
	return keys, b.String()
}

// enReportAnchors returns the key of an English sentence's heading
// numeral, and the sentence without it.
func enReportAnchors(s string) (keys []string, rest string) {
	if s == "" || !strings.ContainsRune("IVXLC(0123456789PpSs", rune(s[0])) {
		return nil, s
	}
	m := enHeadingRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, s
	}
	rest = s[m[1]:]
	if m[8] >= 0 && rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '.') {
		return nil, s // "1.2 Scope", a section number: a decimal to ENNumbers
	}
	if m[4] >= 0 && (len(rest) >= 2 && rest[1] == '.' && unicode.IsUpper(rune(rest[0])) || !startsUpper(rest) ||
		m[5]-m[4] == 1 && !strings.ContainsRune("IVX", rune(s[m[4]]))) {
		return nil, s // "I. M. Pei", "I. was", the initial "C. Wang"
	}
	for g := 1; g <= 4; g++ {
		if m[2*g] >= 0 {
			if n := articles.SmallNumber(s[m[2*g]:m[2*g+1]]); n > 0 {
				keys = append(keys, "h:"+strconv.Itoa(n))
				if g == 1 { // Chapter 1 is also the first chapter
					keys = append(keys, "o:"+strconv.Itoa(n))
				}
			}
		}
	}
	return keys, rest
}

// zhEndsSentence reports whether s ends in a sentence-final mark: a
// sentence that starts 第九章 and ends in one refers to a chapter (第9章讲矿山
// 安全。); a heading 第九章 has none.
func zhEndsSentence(s string) bool {
	s = strings.TrimRight(s, "”’）)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？!?…", r)
}

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
