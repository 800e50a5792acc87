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
	lexSet  map[string]bool       // every listed word, and zhIdioms
	lexIdx  map[string][]lexEntry // a numeral and a neighbour -> the words holding them
)

// lexEntry is a word holding a two-character key at byte offset Off.
type lexEntry struct {
	Word string
	Off  int
}

func isNumeralRune(r rune) bool { return zhNumeral(r) >= 0 || zhUnit(r) != 0 }

func numeralLexicon() (map[string]bool, map[string][]lexEntry) {
	lexOnce.Do(func() {
		lexSet = make(map[string]bool, 2600)
		lexIdx = make(map[string][]lexEntry, 4000)
		add := func(w string) {
			if lexSet[w] {
				return
			}
			lexSet[w] = true
			var offs []int
			var rs []rune
			for i, r := range w {
				offs = append(offs, i)
				rs = append(rs, r)
			}
			offs = append(offs, len(w))
			seen := map[lexEntry]bool{}
			for k, r := range rs {
				if !isNumeralRune(r) {
					continue
				}
				for _, a := range []int{k - 1, k} {
					if a < 0 || a+2 > len(rs) {
						continue
					}
					key := w[offs[a]:offs[a+2]]
					e := lexEntry{w, offs[a]}
					if !seen[e] {
						seen[e] = true
						lexIdx[key] = append(lexIdx[key], e)
					}
				}
			}
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
	return lexSet, lexIdx
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
// points), 万一 in 十万一千. Each numeral is looked up by the two
// characters it forms with a neighbour, so the cost does not depend on the
// size of the list.
func numeralWordSpans(s string) [][2]int {
	_, idx := numeralLexicon()
	var out [][2]int
	covered := 0 // bytes before this are inside a taken word
	isNum := func(r rune) bool { return isNumeralRune(r) || zhDigit(r) >= 0 }
	prevSize := 0
	for p := 0; p < len(s); {
		r, size := utf8.DecodeRuneInString(s[p:])
		if p < covered || !isNumeralRune(r) {
			prevSize = size
			p += size
			continue
		}
		best := [2]int{-1, -1}
		try := func(keyStart, keyEnd int) {
			for _, e := range idx[s[keyStart:keyEnd]] {
				start := keyStart - e.Off
				end := start + len(e.Word)
				if start < covered || end > len(s) || s[start:end] != e.Word || end-start <= best[1]-best[0] {
					continue
				}
				first, _ := utf8.DecodeRuneInString(e.Word)
				last, _ := utf8.DecodeLastRuneInString(e.Word)
				before, _ := utf8.DecodeLastRuneInString(s[:start])
				after, _ := utf8.DecodeRuneInString(s[end:])
				if isNum(first) && start > 0 && isNum(before) || isNum(last) && end < len(s) && isNum(after) {
					continue // part of a longer number
				}
				best = [2]int{start, end}
			}
		}
		if _, nextSize := utf8.DecodeRuneInString(s[p+size:]); p+size < len(s) {
			try(p, p+size+nextSize)
		}
		if prevSize > 0 && p-prevSize >= 0 {
			try(p-prevSize, p+size)
		}
		if best[0] >= 0 {
			out = append(out, best)
			covered = best[1]
		}
		prevSize = size
		p += size
	}
	return out
}
