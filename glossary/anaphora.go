package glossary

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// zhSpeech are the verbs that introduce a quotation after the speaker's
// name: 道, 说, 笑道, 问, 叹道...
var zhSpeech = []string{"道", "说", "问", "答", "叫", "喊", "笑", "叹", "骂", "喝", "冷笑", "又道", "便道", "忙道", "因问", "便说", "又说", "说道"}

// speaker reports whether the name ending at byte i of zh speaks: a speech
// verb follows within a few characters, then a colon or an opening quote.
func speaker(zh string, i int) bool {
	rest := zh[i:]
	for k := 0; k < 6 && rest != ""; k++ {
		for _, v := range zhSpeech {
			if strings.HasPrefix(rest, v) {
				after := strings.TrimPrefix(rest, v)
				if r, _ := utf8.DecodeRuneInString(after); r == '道' || r == '：' || r == ':' || r == '“' || r == '，' {
					return true
				}
				if v == "道" || strings.HasSuffix(v, "道") {
					return true
				}
			}
		}
		_, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
	}
	return false
}

// quotes reports whether en quotes someone's words.
func quotes(en string) bool {
	if strings.ContainsAny(en, "\"“”‘") || strings.HasPrefix(en, "'") || strings.Contains(en, " '") {
		return true
	}
	for _, end := range []string{".'", ",'", "?'", "!'"} {
		if strings.Contains(en, end) {
			return true
		}
	}
	return false
}

// What real English does with a term after its first full mention, and
// what it does wrong: pronouns for persons, near-misses of a rendering.

// thirdPersonPronouns may stand for a person named before in the article.
var thirdPersonPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true,
	"herself": true, "they": true, "them": true, "their": true, "theirs": true, "themselves": true,
}

// orgPronouns may stand for an organisation, a work or an event named
// before; placeWords for a place ("the city", "there", and "they" for a
// country or a town whose people or team act: not "their", which so often
// belongs to something else in the sentence).
var (
	orgPronouns = map[string]bool{"it": true, "its": true, "itself": true, "they": true, "them": true, "their": true, "theirs": true}
	placeWords  = map[string]bool{
		"here": true, "there": true, "it": true, "its": true, "city": true, "town": true, "village": true,
		"capital": true, "country": true, "province": true, "region": true, "area": true, "district": true,
		"neighborhood": true, "neighbourhood": true, "street": true, "lane": true, "county": true, "island": true,
		"these": true, "those": true, "they": true,
	}
	// quotedPersons may stand for a person in quoted speech: the speaker
	// ("I") or the one spoken to ("you").
	quotedPersons = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true, "you": true, "your": true, "yours": true, "yourself": true}
)

// officeWords stand for a person named before, after "the", as news
// English refers back to an official ("The minister said", "the
// spokesperson added").
var officeWords = map[string]bool{
	"minister": true, "president": true, "premier": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "director": true, "governor": true, "mayor": true,
	"ambassador": true, "envoy": true, "commissioner": true, "secretary": true, "official": true,
}

// enAgeReference is "the" + an age as news English refers back to a
// person named before ("the 27-year-old", "The nine-year-old"); "a
// 27-year-old" is someone else.
var enAgeReference = regexp.MustCompile(`(?:^|[^\pL\pN])[Tt]he (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b`)

// placeNouns begin compounds that refer to a place named before:
// "riverbed", "riverbank", "lakeside", "villagers", "townspeople" (not
// their plurals: "the lakes of Yunnan" is not China).
var placeNouns = []string{"river", "lake", "canal", "mountain", "valley", "village", "town", "city", "street", "island", "hill"}

// placeCompound reports whether the case-folded word w is a compound of
// one of placeNouns: three letters or more after it.
func placeCompound(w []byte) bool {
	for _, n := range placeNouns {
		if len(w) >= len(n)+3 && string(w[:len(n)]) == n {
			return true
		}
	}
	return false
}

// refersBack reports whether en refers back to term t, named before in
// the article, without its rendering: for a person (or a title), a
// third-person pronoun, "I" or "you" in quoted speech, or nothing at all
// when the Chinese names the speaker of a quotation (凤姐道：“……”); for an
// organisation, a work or an event, "it", "its", "they", "their"; for a
// place, "here", "there", "it", "they", or "the city", "the village" and
// other words for a place, and compounds of a word for a place
// ("riverbed", "villagers").
func refersBack(t *Term, zh string, start, end int, en string) bool {
	person := t.Kind == Person || t.Kind == Title
	if person && speaker(zh, end) {
		return true
	}
	if t.Kind == Person && enAgeReference.MatchString(en) {
		return true // "the 27-year-old", as news refers back to a person
	}
	quoted := quotes(en)
	var buf []byte
	toks := tokenize(en, nil)
	for i, tk := range toks {
		w := en[tk.Start:tk.End]
		if len(w) > len("neighbourhood") {
			continue
		}
		buf = appendFold(buf[:0], w, true)
		switch {
		case person && (thirdPersonPronouns[string(buf)] || quoted && quotedPersons[string(buf)]):
			return true
		case t.Kind == Person && officeWords[string(buf)] && i > 0 && strings.EqualFold(en[toks[i-1].Start:toks[i-1].End], "the") && w == string(buf):
			return true // "The minister said": the office, in lower case, after "the"
		case t.Kind == Place && (placeWords[string(buf)] || placeCompound(buf)):
			return true
		case !person && t.Kind != Place && orgPronouns[string(buf)]:
			return true
		}
	}
	return commonNounPhrase(t, en, toks)
}

// commonDeterminers begin a common noun phrase that refers back to what
// was named before ("the central bank", "a cup final", "its ministry").
var commonDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true}

// commonNounPhrase reports whether en (tokens toks) refers back to t, an
// organisation, an event or a thing named before, by a common noun
// phrase: a determiner ("the", "a", "its", or a possessor: "China's"),
// at most two words in lower case, then one of t's commonNouns in lower
// case and in the singular ("the central bank", "China's central bank",
// "a cup final", "the ministry", "the club"). The phrase is the noun's,
// not a name's: a capitalised word in it ("the National Bank") or a word
// of the rendering in lower case ("the people's bank", "the mining
// association": the name in the wrong case) makes it no reference.
func commonNounPhrase(t *Term, en string, toks []token) bool {
	nouns := t.commonNouns()
	if len(nouns) == 0 {
		return false
	}
	var own map[string]bool // the rendering's words, case-folded
	isOwn := func(w string) bool {
		if own == nil {
			own = map[string]bool{}
			for _, tk := range tokenize(t.EN, nil) {
				own[string(appendFold(nil, t.EN[tk.Start:tk.End], true))] = true
			}
		}
		return own[string(appendFold(nil, w, true))]
	}
	lower := func(w string) bool { return lettersOnly(w) && strings.ToLower(w) == w }
	for i, tk := range toks {
		if !slices.Contains(nouns, en[tk.Start:tk.End]) {
			continue
		}
		for k, mods := i-1, 0; k >= 0 && mods <= 2; k, mods = k-1, mods+1 {
			w := en[toks[k].Start:toks[k].End]
			if commonDeterminers[strings.ToLower(w)] && (lower(w) || sentenceStartAt(en, toks[k].Start)) {
				return true
			}
			if w == "s" && k >= 2 && isApostrophe(en[toks[k-1].Start:toks[k-1].End]) && toks[k-1].End == toks[k].Start && toks[k-2].End == toks[k-1].Start {
				// a possessor: "China's central bank", not "the people's bank"
				p := en[toks[k-2].Start:toks[k-2].End]
				return lettersOnly(p) && !(lower(p) && isOwn(p))
			}
			if !lower(w) || isOwn(w) {
				break
			}
		}
	}
	return false
}

// isApostrophe reports whether w is an apostrophe, straight or curly.
func isApostrophe(w string) bool { return w == "'" || w == "’" }

// nearMiss looks in en for a misspelling of t's rendering (or of one of its
// forms): as many words as the rendering, all equal but one, and that one
// a misspelling: at least four letters, the same first letter, a length
// within one, not the word with more after it ("Panamax" for Panama), and
// one edit (two for words of seven letters or more; a swap
// of two neighbouring letters is one edit). "Hu Jingtao" for Hu Jintao,
// "Friedrich Engles" for Friedrich Engels; not "the old man" for Old Hai.
// A window that holds another term's rendering, form or abbr (in enm) is
// that term, not a misspelling. It returns the span of the first one.
func nearMiss(sc *scratch, en string, t *Term, renderings [][]string, enm []ENMatch) (int, int, bool) {
	toks := tokenize(en, sc.normToks[:0])
	defer func() { sc.normToks = toks }()
	var buf []byte
	for _, want := range renderings {
		nw := len(want)
	next:
		for i := 0; i+nw <= len(toks); i++ {
			differ := 0
			for k := 0; k < nw; k++ {
				tk := toks[i+k]
				buf = appendFold(buf[:0], en[tk.Start:tk.End], true)
				if string(buf) == want[k] {
					continue
				}
				differ++
				if differ > 1 || !misspelling(string(buf), want[k]) || extendsWord(string(buf), k, nw, renderings) {
					continue next
				}
			}
			if differ == 1 && !otherTermIn(enm, t, toks[i].Start, toks[i+nw-1].End) {
				return toks[i].Start, toks[i+nw-1].End, true
			}
		}
	}
	return 0, 0, false
}

// extendsWord reports whether got, in place k of a window of nw words, is
// the word of a rendering of nw words in that place (four letters or
// more) with more after it: a derivation or a compound ("Panamax",
// "AmericaOne", "Africans"), not a misspelling. A word of another place
// does not count: "Zhouqinag" for Zhou Zhouqiang begins with the surname
// but misspells the given name. Nor does the word's last letter typed
// twice ("Linaa" for Lina): that is a slip of the keys, not a word.
func extendsWord(got string, k, nw int, renderings [][]string) bool {
	for _, r := range renderings {
		if len(r) != nw {
			continue
		}
		w := r[k]
		if len(w) >= 4 && len(got) > len(w) && strings.HasPrefix(got, w) && got != w+w[len(w)-1:] {
			return true
		}
	}
	return false
}

// otherTermIn reports whether a match of another term's rendering, form or
// abbr overlaps bytes [start, end).
func otherTermIn(enm []ENMatch, t *Term, start, end int) bool {
	for _, m := range enm {
		if m.End <= start || m.Start >= end {
			continue
		}
		for _, h := range m.Hits {
			if h.Term != t && (h.Role == RoleRendering || h.Role == RoleAbbr || h.Role == RoleDeprecated) {
				return true
			}
		}
	}
	return false
}

// misspelling reports whether word got is a misspelling of want (both
// case-folded).
func misspelling(got, want string) bool {
	g, w := utf8.RuneCountInString(got), utf8.RuneCountInString(want)
	if w < 4 || g < 4 || g-w > 1 || w-g > 1 || got[0] != want[0] {
		return false
	}
	limit := 1
	if w >= 7 {
		limit = 2
	}
	if string(appendStem(nil, []byte(got))) == string(appendStem(nil, []byte(want))) {
		return false // an inflection, not a misspelling
	}
	d := EditDistance(got, want, limit)
	return d > 0 && d <= limit
}
