package align

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexicon is a small list of general news words, Chinese and the
// beginnings of their usual English renderings. It gives the aligner weak
// anchors where numbers, names and terms are missing (as Hunalign's
// dictionary does): 幼崽 in a segment and "cubs" in a sentence. The
// glossary's terms are the strong version of the same thing.
//
//go:embed lexicon_news.txt
var lexiconText string

type lexEntry struct {
	zh    string
	forms [][]string // each English form, as lower-case words
}

// lexicon holds the entries, indexed by the first rune of the Chinese word.
var lexicon = func() map[rune][]*lexEntry {
	m := map[rune][]*lexEntry{}
	for line := range strings.SplitSeq(lexiconText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		zh, en, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		e := &lexEntry{zh: zh}
		for f := range strings.SplitSeq(en, "|") {
			e.forms = append(e.forms, strings.Fields(strings.ToLower(f)))
		}
		r, _ := utf8.DecodeRuneInString(zh)
		m[r] = append(m[r], e)
	}
	return m
}()

// lexForm is one English form of an entry.
type lexForm struct {
	entry *lexEntry
	words []string
}

// lexIndex finds the forms by their first word: the stem of a one-word
// form, the exact first word of a longer one.
var lexIndex = func() map[string][]lexForm {
	m := map[string][]lexForm{}
	for _, es := range lexicon {
		for _, e := range es {
			for _, f := range e.forms {
				if len(f) > 0 {
					m[f[0]] = append(m[f[0]], lexForm{e, f})
				}
			}
		}
	}
	return m
}()

// zhLexAnchors returns "x:<word>" for each lexicon word in a Chinese
// sentence.
func zhLexAnchors(s string) []string {
	var keys []string
	for i, r := range s {
		for _, e := range lexicon[r] {
			if strings.HasPrefix(s[i:], e.zh) {
				keys = append(keys, "x:"+e.zh)
			}
		}
	}
	return keys
}

// enLexAnchors returns "x:<word>" for each lexicon entry one of whose
// English forms is in the sentence; only entries in zhKeys (the Chinese
// text's) are looked for.
func enLexAnchors(s string, zhKeys map[string]*lexEntry) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.'
	})
	for k, w := range words {
		words[k] = strings.Trim(w, "-.")
	}
	var keys []string
	seen := map[*lexEntry]bool{}
	try := func(k int, cand string) {
		for _, f := range lexIndex[cand] {
			key := "x:" + f.entry.zh
			if seen[f.entry] || zhKeys[key] == nil {
				continue
			}
			if lexMatchAt(words, k, f.words) {
				seen[f.entry] = true
				keys = append(keys, key)
			}
		}
	}
	for k, w := range words {
		// Every stem w could be a form of: itself, less an inflection,
		// and its beginnings of five letters or more.
		try(k, w)
		for _, suf := range []string{"s", "es", "ed", "d", "ing", "er", "ers", "ly"} {
			if st, ok := strings.CutSuffix(w, suf); ok && st != "" {
				try(k, st)
				if suf == "ing" {
					try(k, st+"e")
				}
			}
		}
		for l := 5; l < len(w); l++ {
			try(k, w[:l])
		}
	}
	return keys
}

// lexMatchAt reports whether the form's words stand at words[k:].
func lexMatchAt(words []string, k int, f []string) bool {
	if k+len(f) > len(words) {
		return false
	}
	for x, fw := range f {
		if x < len(f)-1 && words[k+x] != fw || x == len(f)-1 && !wordForm(words[k+x], fw) {
			return false
		}
	}
	return true
}

// wordForm reports whether w is stem or an inflection of it (only a plural
// for stems of three letters or less); a stem of five letters or more
// matches any word it begins ("vaccin", "integrat").
func wordForm(w, stem string) bool {
	if w == stem || len(stem) >= 5 && strings.HasPrefix(w, stem) {
		return true
	}
	rest, ok := strings.CutPrefix(w, stem)
	if !ok {
		if strings.HasSuffix(stem, "e") && w == stem[:len(stem)-1]+"ing" {
			return true
		}
		return false
	}
	switch rest {
	case "s", "es":
		return true
	case "ed", "d", "ing", "er", "ers", "ly":
		return len(stem) > 3 // "ai" + "d" is not a form of "ai"
	}
	return false
}
