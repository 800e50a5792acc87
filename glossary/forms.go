package glossary

import (
	"slices"
	"unicode/utf8"
)

// Word orders a rendering may take in real English without a declared
// form: a coordination that shares a modifier or a head, and the genitive
// in place of "of".

// reordered reports whether words (stemWords of an English text) carry
// one of the renderings (case-folded words) coordinated with another
// term, or with its "of" turned into a genitive.
func reordered(words []string, renderings [][]string) bool {
	return coordinated(words, renderings) || genitive(words, renderings)
}

// multiword reports whether one of the renderings has two words or more:
// only those can be reordered.
func multiword(renderings [][]string) bool {
	for _, r := range renderings {
		if len(r) >= 2 {
			return true
		}
	}
	return false
}

// stemWords appends to out the inflection stems of the case-folded tokens
// of en.
func stemWords(en string, out []string) []string {
	var fold, stem []byte
	for _, tk := range tokenize(en, nil) {
		fold = appendFold(fold[:0], en[tk.Start:tk.End], true)
		stem = appendStem(stem[:0], fold)
		out = append(out, string(stem))
	}
	return out
}

// stems are the inflection stems of case-folded words.
func stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(appendStem(nil, []byte(w)))
	}
	return out
}

// coordinated looks in en for one of the renderings with a coordination
// at one word boundary, as English shares a modifier or a head between
// two terms: "material and spiritual civilization" carries "material
// civilization" (and "spiritual civilization"), "basic theory, line and
// policy" carries "basic line". The gap is one to five words that begin or
// end with "and", "or" or a comma, and holds no other punctuation. Words
// compare as the matcher compares them (case, inflection).
func coordinated(words []string, renderings [][]string) bool {
	conj := func(w string) bool { return w == "and" || w == "or" || w == "," }
	for _, r := range renderings {
		if len(r) < 2 {
			continue
		}
		want := stems(r)
		for p := 1; p < len(want); p++ {
			pre, suf := want[:p], want[p:]
			for i := 0; i+len(pre) <= len(words); i++ {
				if !slices.Equal(words[i:i+len(pre)], pre) {
					continue
				}
				g := i + len(pre)
				for gap := 1; gap <= 5 && g+gap+len(suf) <= len(words); gap++ {
					mid := words[g : g+gap]
					ok := conj(mid[0]) || conj(mid[gap-1])
					for _, w := range mid {
						if r, _ := utf8.DecodeRuneInString(w); !isWordRune(r) && w != "," {
							ok = false
						}
					}
					if ok && slices.Equal(words[g+gap:g+gap+len(suf)], suf) {
						return true
					}
				}
			}
		}
	}
	return false
}

// genitive looks in words (stems of an English text) for a rendering "A of
// (the) B" written "B's A": "the Chinese nation's great rejuvenation" for
// "great rejuvenation of the Chinese nation", "the CPC Central Committee's
// International Department" for "International Department of the CPC
// Central Committee". A leading "the" of A or of B may go.
func genitive(words []string, renderings [][]string) bool {
	for _, r := range renderings {
		p := slices.Index(r, "of")
		if p < 1 || p == len(r)-1 {
			continue
		}
		st := stems(r)
		a, b := st[:p], st[p+1:]
		if a[0] == "the" && len(a) > 1 {
			a = a[1:]
		}
		if b[0] == "the" && len(b) > 1 {
			b = b[1:]
		}
		for i := 0; i+len(b) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(b)], b) {
				continue
			}
			k := i + len(b)
			if k >= len(words) || words[k] != "'" {
				continue
			}
			k++
			if k < len(words) && words[k] == "s" {
				k++
			}
			if k+len(a) <= len(words) && slices.Equal(words[k:k+len(a)], a) {
				return true
			}
		}
	}
	return false
}
