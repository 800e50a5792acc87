package align

import (
	_ "embed"
	"hash/maphash"
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

// Lexicon is the loaded dictionary.
type Lexicon struct {
	text   string
	lines  []lexLine // by line
	slots  []int32   // open addressing: index into lines, -1 for empty
	mask   uint64
	seed   maphash.Seed
	news   map[string][]string // news renderings, stems first
	maxLen int                 // the longest headword, in runes
}

type lexLine struct{ start, tab, end int32 }

// maxWordLen caps the headwords segmentation tries, in runes.
const maxWordLen = 8

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// LoadLexicon returns the lexicon, indexing it on the first call.
func LoadLexicon() *Lexicon {
	lexOnce.Do(func() { lex = parseLexicon(cedictText, newsLexicon) })
	return lex
}

func parseLexicon(text, news string) *Lexicon {
	l := &Lexicon{text: text, seed: maphash.MakeSeed(), news: map[string][]string{}}
	n := strings.Count(text, "\n") + 1
	l.lines = make([]lexLine, 0, n)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	l.slots = make([]int32, size)
	for k := range l.slots {
		l.slots[k] = -1
	}
	l.mask = uint64(size - 1)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if tab := strings.IndexByte(text[start:end], '\t'); tab > 0 {
			l.lines = append(l.lines, lexLine{int32(start), int32(start + tab), int32(end)})
			l.insert(text[start:start+tab], int32(len(l.lines)-1))
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
		l.maxLen = max(l.maxLen, utf8.RuneCountInString(zh))
	}
	return l
}

func (l *Lexicon) insert(hw string, line int32) {
	l.maxLen = max(l.maxLen, utf8.RuneCountInString(hw))
	for h := maphash.String(l.seed, hw) & l.mask; ; h = (h + 1) & l.mask {
		if l.slots[h] < 0 {
			l.slots[h] = line
			return
		}
	}
}

// find returns the line of a headword, or -1.
func (l *Lexicon) find(hw string) int32 {
	for h := maphash.String(l.seed, hw) & l.mask; ; h = (h + 1) & l.mask {
		k := l.slots[h]
		if k < 0 {
			return -1
		}
		ln := l.lines[k]
		if l.text[ln.start:ln.tab] == hw {
			return k
		}
	}
}

// has reports whether w is a headword.
func (l *Lexicon) has(w string) bool {
	if l.find(w) >= 0 {
		return true
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
		ln := l.lines[k]
		rest := l.text[ln.tab+1 : ln.end]
		st, py, _ := strings.Cut(rest, "\t")
		for s := range strings.FieldsSeq(st) {
			if !contains(stems, s) {
				stems = append(stems, s)
			}
		}
		pinyin = strings.Fields(py)
	}
	return stems, pinyin
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
	ln := l.lines[k]
	_, py, _ := strings.Cut(l.text[ln.tab+1:ln.end], "\t")
	return strings.Fields(py)
}
