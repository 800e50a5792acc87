package align

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicon gives the aligner its lexical evidence, as Hunalign's
// dictionary does: 幼崽 in a Chinese sentence and "cubs" in an English one.
// It is CC-CEDICT (cedict.lex.gz, made by gen_cedict.go; CC BY-SA 4.0, see
// NOTICE): each simplified headword with the stems (Stem) of its English
// glosses, and each character with its readings in toneless pinyin, for
// names. lexicon_news.txt adds the renderings news English prefers (表示
// "said"), which a dictionary lacks. It is loaded once, on first use.
//
//go:embed cedict.lex.gz
var cedictGz []byte

//go:embed lexicon_news.txt
var newsLexicon string

// lexEntry is one headword: its English stems and, for a character, its
// readings.
type lexEntry struct {
	stems  []string
	pinyin []string
}

// Lexicon is the loaded dictionary.
type Lexicon struct {
	words  map[string]*lexEntry
	maxLen int // the longest headword, in runes
}

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// LoadLexicon returns the lexicon, decompressing it on the first call.
func LoadLexicon() *Lexicon {
	lexOnce.Do(func() { lex = parseLexicon(cedictGz, newsLexicon) })
	return lex
}

func parseLexicon(gz []byte, news string) *Lexicon {
	l := &Lexicon{words: make(map[string]*lexEntry, 120000)}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("align: embedded lexicon: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("align: embedded lexicon: " + err.Error())
	}
	text := string(raw)
	entries := make([]lexEntry, 0, 120000)
	for len(text) > 0 {
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		hw, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		st, py, _ := strings.Cut(rest, "\t")
		entries = append(entries, lexEntry{stems: strings.Fields(st), pinyin: strings.Fields(py)})
		l.add(hw, &entries[len(entries)-1])
	}
	// The news renderings come first: they are the likeliest.
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
		e := l.words[zh]
		if e == nil {
			e = &lexEntry{}
			l.add(zh, e)
		}
		for _, s := range e.stems {
			if !contains(stems, s) {
				stems = append(stems, s)
			}
		}
		e.stems = stems
	}
	return l
}

func (l *Lexicon) add(hw string, e *lexEntry) {
	l.words[hw] = e
	l.maxLen = max(l.maxLen, utf8.RuneCountInString(hw))
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
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
	var offs []int // byte offset of each rune, and the end
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
		for e := min(n, k+l.maxLen); e > k+1; e-- {
			if _, ok := l.words[run[offs[k]:offs[e]]]; ok && best[e]+1 < best[k] {
				best[k], next[k] = best[e]+1, e
			}
		}
	}
	for k := 0; k < n; k = next[k] {
		out = append(out, run[offs[k]:offs[next[k]]])
	}
	return out
}

// Lookup returns a headword's English stems and readings.
func (l *Lexicon) Lookup(w string) (stems, pinyin []string) {
	if e := l.words[w]; e != nil {
		return e.stems, e.pinyin
	}
	return nil, nil
}
