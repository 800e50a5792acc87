package glossary

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles/zhlex"
)

// Role is what a matched English text is to a term.
type Role uint8

// The roles an English match can play.
const (
	RoleRendering  Role = iota + 1 // the official rendering (term not deprecated)
	RoleAbbr                       // the term's abbr
	RoleSurname                    // a person's surname, the implicit abbr
	RoleForbidden                  // a forbidden variant
	RoleNameOrder                  // a person's name given-name first
	RoleDeprecated                 // a deprecated term's rendering or abbr
	RoleShort                      // a declared short form, or "the" + the rendering's head noun
)

var roleNames = map[Role]string{
	RoleRendering: "rendering", RoleAbbr: "abbr", RoleSurname: "surname",
	RoleForbidden: "forbidden", RoleNameOrder: "name-order", RoleDeprecated: "deprecated",
	RoleShort: "short",
}

func (r Role) String() string { return roleNames[r] }

// Hit is one thing an English match means: a term and the role the
// matched text plays for it.
type Hit struct {
	Term *Term
	Role Role
	Text string // the glossary's text that matched (rendering, abbr, variant)

	caseKey string
	implied bool // a short form made from the rendering ("the Association"), not declared
}

// Exact reports whether span (the matched text of the English) is the
// glossary's text in the same case; the matcher itself ignores case,
// whitespace, and apostrophe, quote and hyphen variants.
func (h Hit) Exact(span string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return h.exact(sc, span)
}

func (h Hit) exact(sc *scratch, span string) bool {
	sc.norm, sc.normToks = appendNormEN(sc.norm[:0], sc.normToks, span, false)
	if string(sc.norm) == h.caseKey {
		return true
	}
	return sameCase(string(sc.norm), h.caseKey)
}

// sameCase compares two normalised texts that the matcher found equal up
// to case and inflection ("seeking truth" for "seek truth"): true when each
// word has the same case pattern over the letters both have.
func sameCase(a, b string) bool {
	for a != "" && b != "" {
		wa, ra, _ := cutSpace(a)
		wb, rb, _ := cutSpace(b)
		x, y := []rune(wa), []rune(wb)
		for i := 0; i < len(x) && i < len(y); i++ {
			if isUpperRune(x[i]) != isUpperRune(y[i]) {
				return false
			}
		}
		a, b = ra, rb
	}
	return a == "" && b == ""
}

func cutSpace(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// ENMatch is one match in an English text: bytes [Start, End) of the text,
// and every hit the matched words have (usually one). Hits is shared and
// must not be changed.
type ENMatch struct {
	Start, End int
	Hits       []Hit
}

// ZHMatch is one match in a Chinese text: bytes [Start, End) hold Form, a
// Chinese form of each of Terms (usually one; never a deprecated term).
type ZHMatch struct {
	Start, End int
	Form       string
	Terms      []*Term
}

// index holds the glossary's two automata.
type index struct {
	zh      *automaton
	zhForms []string
	zhTerms [][]*Term

	en     *automaton
	vocab  map[string]int32 // case-folded English word -> symbol
	enHits [][]Hit

	// nearWords are the case-folded words of each term's rendering and
	// forms, for the near-miss search.
	nearWords map[*Term][][]string
	// titleOrgs are, for a title whose Chinese form begins with an
	// organisation's (文化和旅游部副部长, 北原大学校长), those
	// organisations: the title's English names them in full.
	titleOrgs map[*Term][]*Term
}

func (g *Glossary) index() *index {
	g.once.Do(func() { g.idx = buildIndex(g.Terms) })
	return g.idx
}

func buildIndex(terms []*Term) *index {
	ix := &index{vocab: make(map[string]int32, 2*len(terms))}

	// Chinese: every form of every term that is not deprecated.
	zhID := make(map[string]int, 2*len(terms))
	var zhPats [][]int32
	for _, t := range terms {
		if t.Status == Deprecated {
			continue
		}
		for _, f := range t.ZH {
			if blank(f) {
				continue
			}
			id, ok := zhID[f]
			if !ok {
				id = len(zhPats)
				zhID[f] = id
				zhPats = append(zhPats, []int32(f))
				ix.zhForms = append(ix.zhForms, f)
				ix.zhTerms = append(ix.zhTerms, nil)
			}
			if !containsTerm(ix.zhTerms[id], t) {
				ix.zhTerms[id] = append(ix.zhTerms[id], t)
			}
		}
	}
	// Exceptions (not): longer contexts that hold a form but are not the
	// term; matched longest first, they hide the form inside them.
	for _, t := range terms {
		if t.Status == Deprecated {
			continue
		}
		for _, f := range t.Not {
			if blank(f) {
				continue
			}
			if _, ok := zhID[f]; ok {
				continue
			}
			zhID[f] = len(zhPats)
			zhPats = append(zhPats, []int32(f))
			ix.zhForms = append(ix.zhForms, f)
			ix.zhTerms = append(ix.zhTerms, nil)
		}
	}
	ix.zh = buildAutomaton(zhPats)
	ix.titleOrgs = map[*Term][]*Term{}
	for _, t := range terms {
		if t.Kind != Title || t.Status == Deprecated {
			continue
		}
		for _, f := range t.ZH {
			for i := range f {
				id, ok := zhID[f[:i]]
				if i == 0 || !ok {
					continue
				}
				for _, o := range ix.zhTerms[id] {
					if o.Kind == Organization && o != t && !containsTerm(ix.titleOrgs[t], o) {
						ix.titleOrgs[t] = append(ix.titleOrgs[t], o)
					}
				}
			}
		}
	}

	// English: renderings, abbrs, surnames, forbidden variants, reversed
	// names and deprecated renderings, all in one automaton over words.
	enID := make(map[string]int, 4*len(terms))
	var enPats [][]int32
	var toks []token
	var syms []int32
	var key, fold, stem []byte
	addHit := func(t *Term, role Role, text string, implied bool) {
		if blank(text) {
			return
		}
		toks = tokenize(text, toks[:0])
		syms, key = syms[:0], key[:0]
		for _, tk := range toks {
			stem = stemToken(stem[:0], appendFold(fold[:0], text[tk.Start:tk.End], true), text[tk.Start:tk.End])
			sym, ok := ix.vocab[string(stem)]
			if !ok {
				sym = int32(len(ix.vocab))
				ix.vocab[string(stem)] = sym
			}
			syms = append(syms, sym)
			key = append(key, byte(sym), byte(sym>>8), byte(sym>>16), byte(sym>>24))
		}
		if len(syms) == 0 {
			return
		}
		id, ok := enID[string(key)]
		if !ok {
			id = len(enPats)
			enID[string(key)] = id
			enPats = append(enPats, slices.Clone(syms))
			ix.enHits = append(ix.enHits, nil)
		}
		for _, h := range ix.enHits[id] {
			if h.Term == t && h.Role == role {
				return
			}
		}
		fold = fold[:0]
		for i, tk := range toks {
			if i > 0 {
				fold = append(fold, ' ')
			}
			fold = appendFold(fold, text[tk.Start:tk.End], false)
		}
		ix.enHits[id] = append(ix.enHits[id], Hit{Term: t, Role: role, Text: text, caseKey: string(fold), implied: implied})
	}
	// what a term's implied short forms must not be: a forbidden variant or
	// a deprecated rendering of any term
	banned := map[string]bool{}
	for _, t := range terms {
		for _, f := range t.Forbidden {
			banned[normEN(f, true)] = true
		}
		if t.Status == Deprecated {
			banned[normEN(t.EN, true)] = true
		}
	}
	for _, t := range terms {
		eachENPattern(t, banned, func(role Role, pre, text string, implied bool) { addHit(t, role, pre+text, implied) })
	}
	ix.en = buildAutomaton(enPats)
	ix.nearWords = make(map[*Term][][]string, len(terms))
	for _, t := range terms {
		if t.Status == Deprecated {
			continue
		}
		for _, r := range append([]string{t.EN}, t.Forms...) {
			if w := fieldsEN(normEN(r, true)); len(w) > 0 {
				ix.nearWords[t] = append(ix.nearWords[t], w)
			}
		}
	}
	return ix
}

// eachENPattern calls fn with each English text the index matches for t
// (pre+text: "the " or "this " before a short form), its role, and whether
// it is an implied short form, in the index's order. A head phrase that
// banned holds (a forbidden variant or deprecated rendering of any term,
// normEN folded) is left out. With banned nil (For's keys), none is, and
// a head phrase is given both bare and after "the" and "this" whenever its
// first word could be the rendering's: a superset of the patterns, made
// at less cost.
func eachENPattern(t *Term, banned map[string]bool, fn func(role Role, pre, text string, implied bool)) {
	add := func(role Role, text string) { fn(role, "", text, false) }
	if t.Status == Deprecated {
		add(RoleDeprecated, t.EN)
		add(RoleDeprecated, t.Abbr)
		add(RoleDeprecated, otherDots(t.Abbr))
	} else {
		add(RoleRendering, t.EN)
		for _, f := range t.Forms {
			add(RoleRendering, f)
		}
		if t.Kind == Place {
			for _, f := range demonyms(t.EN) {
				add(RoleRendering, f)
			}
		}
		add(RoleAbbr, t.Abbr)
		add(RoleAbbr, otherDots(t.Abbr))
		add(RoleAbbr, abbrPlural(t))
		for _, f := range t.Short {
			add(RoleShort, f)
			if rest, ok := strings.CutPrefix(f, "the "); ok {
				fn(RoleShort, "this ", rest, false)
			}
		}
		for _, h := range t.HeadPhrases() {
			switch {
			case banned == nil:
				if sameFirstWord(t.EN, h) {
					fn(RoleShort, "", h, true)
				}
				fn(RoleShort, "the ", h, true)
				fn(RoleShort, "this ", h, true)
			case banned[normEN(h, true)]:
				// "the International Liaison Department" stays forbidden
			case strings.HasPrefix(normEN(t.EN, true), normEN(h, true)+" "):
				// "Communist Party" for "Communist Party of China": bare,
				// so that where the rendering follows "the" the longer
				// match at the same word is the rendering
				fn(RoleShort, "", h, true)
			default:
				fn(RoleShort, "the ", h, true)
				fn(RoleShort, "this ", h, true)
			}
		}
		if b := t.bareName(); b != "" && (banned == nil || !banned[normEN(b, true)]) {
			// "Beiyuan" for Beiyuan FC, after its first mention
			fn(RoleShort, "", b, true)
		}
		add(RoleSurname, t.Surname())
		for _, r := range t.ReversedNames() {
			add(RoleNameOrder, r)
		}
	}
	for _, f := range t.Forbidden {
		add(RoleForbidden, f)
	}
}

// abbrPlural is the plural of the abbr of a common noun ("NEVs" for new
// energy vehicle, NEV; "SMEs"), which news English writes after the full
// form as it writes the noun's plural: "" for a name (a rendering that
// begins with a capital: "CMAs" are other associations, not the China
// Mining Association) and for an abbr not wholly two to six capitals.
func abbrPlural(t *Term) string {
	r, _ := utf8.DecodeRuneInString(t.EN)
	if !unicode.IsLower(r) || len(t.Abbr) < 2 || len(t.Abbr) > 6 || strings.Trim(t.Abbr, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return ""
	}
	return t.Abbr + "s"
}

// sameFirstWord reports whether a and b start with the same token, case
// folded: whenever normEN(a, true) starts with normEN(b, true)+" ", they do.
func sameFirstWord(a, b string) bool {
	x, y := tokenize(a, nil), tokenize(b, nil)
	if len(x) == 0 || len(y) == 0 {
		return true
	}
	return string(appendFold(nil, a[x[0].Start:x[0].End], true)) == string(appendFold(nil, b[y[0].Start:y[0].End], true))
}

func containsTerm(list []*Term, t *Term) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// symbols turns a glossary text into word symbols, adding new words to
// the vocabulary.
func (ix *index) symbols(text string) []int32 {
	toks := tokenize(text, nil)
	out := make([]int32, 0, len(toks))
	var buf []byte
	var stem []byte
	for _, t := range toks {
		buf = appendFold(buf[:0], text[t.Start:t.End], true)
		stem = stemToken(stem[:0], buf, text[t.Start:t.End])
		id, ok := ix.vocab[string(stem)]
		if !ok {
			id = int32(len(ix.vocab))
			ix.vocab[string(stem)] = id
		}
		out = append(out, id)
	}
	return out
}

// scratch is reusable per-call working memory.
type scratch struct {
	toks    []token
	syms    []int32
	offs    []int
	matches []match
	buf     []byte
	stem    []byte

	norm     []byte
	normToks []token
	taken    []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// matchEN finds the leftmost-longest matches in an English text; the
// returned slice is fresh, the scratch goes back to the pool.
func (ix *index) matchEN(en string, out []ENMatch) []ENMatch { return ix.matchENMode(en, out, false) }

// matchENAll finds every match in an English text, overlapping ones too,
// in order of their end.
func (ix *index) matchENAll(en string, out []ENMatch) []ENMatch { return ix.matchENMode(en, out, true) }

func (ix *index) matchENMode(en string, out []ENMatch, overlapping bool) []ENMatch {
	if len(ix.enHits) == 0 || en == "" {
		return out
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.toks = tokenize(en, sc.toks[:0])
	sc.syms = sc.syms[:0]
	for _, t := range sc.toks {
		sc.buf = appendFold(sc.buf[:0], en[t.Start:t.End], true)
		sc.stem = stemToken(sc.stem[:0], sc.buf, en[t.Start:t.End])
		id, ok := ix.vocab[string(sc.stem)]
		if !ok {
			id = -1
		}
		sc.syms = append(sc.syms, id)
	}
	if overlapping {
		sc.matches = ix.en.all(sc.syms, sc.matches[:0])
	} else {
		sc.matches = ix.en.leftmostLongest(sc.syms, sc.matches)
	}
	for _, m := range sc.matches {
		if last := sc.toks[m.End-1]; int(m.End) < len(sc.toks) && sc.toks[m.End].Start == last.End && !wordToken(en, last) && wordToken(en, sc.toks[m.End]) {
			continue // "U.S." in "U.S.A": a word goes on after the final dot
		}
		out = append(out, ENMatch{Start: sc.toks[m.Start].Start, End: sc.toks[m.End-1].End, Hits: ix.enHits[m.Pat]})
	}
	return out
}

// wordToken reports whether token t of s is a word (not punctuation).
func wordToken(s string, t token) bool {
	r, _ := utf8.DecodeRuneInString(s[t.Start:t.End])
	return isWordRune(foldPunct(r))
}

// otherDots is an abbr in capitals written the other way: "US" for
// "U.S.", "U.S." for "US" ("" when abbr is not two to five capitals, with
// or without a dot after each).
func otherDots(abbr string) string {
	letters := strings.ReplaceAll(abbr, ".", "")
	if len(letters) < 2 || len(letters) > 5 || !allCaps(letters) || strings.ToUpper(letters) != letters {
		return ""
	}
	for _, c := range letters {
		if c < 'A' || c > 'Z' {
			return ""
		}
	}
	if letters != abbr {
		return letters
	}
	var b strings.Builder
	for _, c := range letters {
		b.WriteRune(c)
		b.WriteByte('.')
	}
	return b.String()
}

// demonyms are the regular adjectives and names of the people of a place,
// made from the last word of its rendering: "African" for Africa, "South
// African" for South Africa, "European" for Europe, "Japanese" for Japan,
// "Chinese" for China, "Mexican", "Italian", "Israeli", "New Zealander",
// "Uruguayan" (a vowel before the y) (plurals follow as inflection). Irregular ones ("British", "French")
// are the glossary's to declare as forms.
func demonyms(en string) []string {
	i := strings.LastIndexByte(en, ' ') + 1
	head, w := en[:i], en[i:]
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return nil
	}
	for j := 1; j < len(w); j++ {
		if w[j] < 'a' || w[j] > 'z' {
			return nil
		}
	}
	cut := w[:len(w)-1]
	var out []string
	switch w[len(w)-1] {
	case 'a':
		out = []string{w + "n", cut + "ese", cut + "ian"}
	case 'e':
		out = []string{cut + "ean", w + "an"}
	case 'o':
		out = []string{cut + "an"}
	case 'y':
		out = []string{cut + "ian"}
		if strings.IndexByte("aeou", w[len(w)-2]) >= 0 {
			out = append(out, w+"an") // Uruguayan, Paraguayan
		}
	case 'i', 'u':
		out = []string{w + "an"}
	default:
		out = []string{w + "ese", w + "i", w + "ian", w + "er"}
	}
	for k := range out {
		out[k] = head + out[k]
	}
	return out
}

// matchZH finds the matches in a Chinese text, the longest first where
// they overlap.
func (ix *index) matchZH(zh string, out []ZHMatch) []ZHMatch {
	if len(ix.zhForms) == 0 || zh == "" {
		return out
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.syms, sc.offs = sc.syms[:0], sc.offs[:0]
	for i, r := range zh {
		if r == utf8.RuneError {
			r = -1
		}
		sc.syms = append(sc.syms, r)
		sc.offs = append(sc.offs, i)
	}
	sc.offs = append(sc.offs, len(zh))
	sc.matches, sc.taken = ix.zh.longestFirst(sc.syms, sc.matches, sc.taken)
	for _, m := range sc.matches {
		if ix.zhTerms[m.Pat] == nil {
			continue // an exception (not): no term here
		}
		start, end := sc.offs[m.Start], sc.offs[m.End]
		if zhlex.InsideNameWord(zh, start, end) {
			continue // the head or tail of a longer word (意大利 in 意大利面)
		}
		out = append(out, ZHMatch{Start: start, End: end, Form: ix.zhForms[m.Pat], Terms: ix.zhTerms[m.Pat]})
	}
	return out
}

// MatchZH finds every Chinese form of every term (deprecated ones left
// out) in zh in one pass, the longest first where forms overlap: a form
// inside a longer matched form, or overlapping a longer one (小红 in
// 小红卫兵, where 红卫兵 is a form), does not match; nor does a form that
// is the head or tail of a longer CC-CEDICT word that begins or ends with
// a proper name and means something else (意大利 in 意大利面 "spaghetti",
// 美国 in 美国人 "American"; zhlex.InsideNameWord): declare such a word
// as a form of its own to count it. Spans are byte offsets into zh.
func (g *Glossary) MatchZH(zh string) []ZHMatch { return g.index().matchZH(zh, nil) }

// MatchEN finds renderings, abbrs, surnames, forbidden variants, reversed
// names and deprecated renderings in en in one pass: whole words only,
// case-insensitive, whitespace, apostrophe, quote and hyphen variants
// equal, leftmost-longest. Spans are byte offsets into en as given.
func (g *Glossary) MatchEN(en string) []ENMatch { return g.index().matchEN(en, nil) }
