package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// The glossary job: `check --no-cache` with a glossary of glossaryTerms
// terms against pofilter with the same terms as word lists.
const (
	glossDir      = "gloss"        // a copy of the workspace with the glossary
	termsZH       = "terms-zh.txt" // the terms' Chinese: pofilter --musttranslatefile
	termsEN       = "terms-en.txt" // their English: pofilter --notranslatefile
	glossaryTerms = 5000
)

// prepGlossary makes DIR/gloss (the workspace, with a glossary of terms
// taken from its own short segments: a Chinese of 2 to 6 ideographs whose
// English is one to three words, as catalogs hold their labels) and the
// word lists, once.
func prepGlossary(dir string) error {
	to := filepath.Join(dir, glossDir)
	if _, err := os.Stat(filepath.Join(dir, termsEN)); err == nil {
		return nil
	}
	if err := copyTree(filepath.Join(dir, wsDir), to); err != nil {
		return err
	}
	names, err := filepath.Glob(filepath.Join(to, "articles", "*.yaml"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	g := &glossary.Glossary{}
	seen := map[string]bool{}
	var zh, en strings.Builder
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		f, err := articles.Decode(name, data)
		if err != nil {
			return err
		}
		for _, s := range f.Segments {
			if len(g.Terms) == glossaryTerms {
				break
			}
			if !termLike(s.ZH, s.EN) || seen[s.ZH] {
				continue
			}
			seen[s.ZH] = true
			g.Terms = append(g.Terms, &glossary.Term{ID: fmt.Sprintf("t%05d", len(g.Terms)), ZH: []string{s.ZH}, EN: s.EN,
				Kind: glossary.Other, Status: glossary.Approved})
			fmt.Fprintln(&zh, s.ZH)
			fmt.Fprintln(&en, s.EN)
		}
	}
	data, err := glossary.Encode(g)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(to, "glossary.yaml"), data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, termsZH), []byte(zh.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bitext-peers: %d glossary terms in %s\n", len(g.Terms), to)
	return os.WriteFile(filepath.Join(dir, termsEN), []byte(en.String()), 0o644)
}

// termLike reports whether a pair reads as a term: 2 to 6 ideographs, and
// one to three words of letters.
func termLike(zh, en string) bool {
	n := utf8.RuneCountInString(zh)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range zh {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	words := strings.Fields(en)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}
