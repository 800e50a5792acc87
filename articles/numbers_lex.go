package articles

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// numeralWords is the list made by zhlex/gen.go from CC-CEDICT: Chinese
// words and idioms whose numeral is not a number a translation carries
// (四平八稳, 胡说八道, 孤零零, 猪八戒).
//
//go:embed zhlex/numeral_words.txt
var numeralWords string

var (
	lexOnce sync.Once
	lexSet  map[string]bool // every listed word, and zhIdioms
	lexMax  int             // the longest, in runes
)

func numeralLexicon() (map[string]bool, int) {
	lexOnce.Do(func() {
		lexSet = make(map[string]bool, 2600)
		add := func(w string) {
			lexSet[w] = true
			lexMax = max(lexMax, utf8.RuneCountInString(w))
		}
		for _, l := range strings.Split(numeralWords, "\n") {
			if l == "" || l[0] == '#' {
				continue
			}
			w, _, _ := strings.Cut(l, "\t")
			add(w)
		}
		for _, w := range zhIdioms {
			add(w)
		}
	})
	return lexSet, lexMax
}

// IsNumeralWord reports whether w is a listed word or idiom whose numeral
// is not a number (for tests and the glossary lint).
func IsNumeralWord(w string) bool {
	set, _ := numeralLexicon()
	return set[w]
}

// numeralWordSpans finds the listed words that cover numeral characters of
// s, longest first at each numeral, as byte ranges. A word is not taken
// when it would cut a longer run of numerals: 十分 in 五十分 (fifty
// points), 万一 in 十万一千.
func numeralWordSpans(s string) [][2]int {
	var runes []rune
	var offs []int
	has := false
	for i, r := range s {
		runes = append(runes, r)
		offs = append(offs, i)
		if zhNumeral(r) >= 0 || zhUnit(r) != 0 {
			has = true
		}
	}
	if !has {
		return nil
	}
	offs = append(offs, len(s))
	set, maxLen := numeralLexicon()
	isNum := func(k int) bool {
		return k >= 0 && k < len(runes) && (zhNumeral(runes[k]) >= 0 || zhUnit(runes[k]) != 0 || zhDigit(runes[k]) >= 0)
	}
	var out [][2]int
	covered := -1 // runes before this index are inside a taken word
	for p := range runes {
		if p < covered || !(zhNumeral(runes[p]) >= 0 || zhUnit(runes[p]) != 0) {
			continue
		}
		best := [2]int{-1, -1}
		for a := max(0, p-maxLen+1, covered); a <= p; a++ {
			for b := min(len(runes), a+maxLen); b > p && b-a >= 2; b-- {
				if b-a <= best[1]-best[0] {
					break
				}
				if !set[string(runes[a:b])] {
					continue
				}
				if isNum(a) && isNum(a-1) || isNum(b-1) && isNum(b) {
					continue // part of a longer number
				}
				best = [2]int{a, b}
			}
		}
		if best[0] >= 0 {
			out = append(out, [2]int{offs[best[0]], offs[best[1]]})
			covered = best[1]
		}
	}
	return out
}
