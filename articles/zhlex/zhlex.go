// Package zhlex holds word lists derived from CC-CEDICT (see NOTICE and the
// generators beside this file) for the rules that read Chinese.
package zhlex

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed name_words.txt
var nameWordsText string

// nameWords maps a proper name to the longer dictionary words that begin
// (heads) or end (tails) with it and mean something else.
type nameWords struct {
	heads, tails map[string][]string
}

var (
	nameOnce sync.Once
	names    nameWords
)

// loadNames parses name_words.txt, once, on the first lookup.
func loadNames() {
	names = nameWords{heads: map[string][]string{}, tails: map[string][]string{}}
	for _, l := range strings.Split(nameWordsText, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		w, n, ok := strings.Cut(l, "\t")
		k, err := strconv.Atoi(n)
		if !ok || err != nil || k == 0 {
			continue
		}
		r := []rune(w)
		if k > 0 && k < len(r) {
			p := string(r[:k])
			names.heads[p] = append(names.heads[p], w)
		} else if k < 0 && -k < len(r) {
			p := string(r[len(r)+k:])
			names.tails[p] = append(names.tails[p], w)
		}
	}
}

// derivers are the suffixes that make a word of another class from a
// name: 裔 "of … descent" (西班牙裔 Hispanic), 式 "…-style" (西班牙式 in
// the Spanish style). Few words begin with them, so a name before one is
// the head of the derived word.
const derivers = "裔式"

// InsideNameWord reports whether text[start:end], a proper name, is the
// head or the tail of a longer dictionary word that stands in text around
// it and means something else: 意大利 in 意大利面 ("spaghetti"), 美国 in
// 美国人 ("American"); or is followed by a suffix that derives another
// word from it (derivers). Start and end are byte offsets.
func InsideNameWord(text string, start, end int) bool {
	if r, _ := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune(derivers, r) {
		return true
	}
	nameOnce.Do(loadNames)
	p := text[start:end]
	for _, w := range names.heads[p] {
		if strings.HasPrefix(text[start:], w) {
			return true
		}
	}
	for _, w := range names.tails[p] {
		if strings.HasSuffix(text[:end], w) {
			return true
		}
	}
	return false
}
