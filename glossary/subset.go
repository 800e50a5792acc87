package glossary

import (
	"hash/maphash"

	"github.com/bitext-desk/bitext/articles"
)

// For returns a glossary that checks segs exactly as g does (Check,
// CheckAt, MatchZH and MatchEN on their texts give what g's give): the
// terms of g, in g's order, that could be found in those texts, and the
// terms a deprecated one's replacement comes from. Its matchers are built
// on first use for those terms alone, which for a check of a few articles
// costs a fraction of building g's (a 5,000-term glossary: about 0.1 s).
//
// A pattern that is in no text never matches, so leaving it out changes
// no match: matches are chosen (leftmost-longest, longest first) among the
// patterns found, and two patterns never find the same span. A term could
// be found when one of its Chinese forms or exceptions (not) is in a
// segment's Chinese, or when one of the English patterns the index makes
// of it (eachENPattern) could be in a segment's English: its token, or
// each pair of its tokens in a row, stands in one (their stems compared,
// as the matcher compares them).
func (g *Glossary) For(segs []*articles.Segment) *Glossary {
	keys := g.patternKeys()
	txt := newTextKeys(segs)
	in := make([]bool, len(g.Terms))
	deprecated := false
	for i, t := range g.Terms {
		in[i] = keys.found(i, txt)
		deprecated = deprecated || in[i] && t.Status == Deprecated
	}
	if deprecated {
		// replacement: the first active term that shares a Chinese form
		for i, t := range g.Terms {
			if in[i] && t.Status == Deprecated {
				for j, o := range g.Terms {
					if !in[j] && o.Status != Deprecated && sharesForm(o, t) {
						in[j] = true
					}
				}
			}
		}
	}
	sub := &Glossary{Path: g.Path}
	for i, t := range g.Terms {
		if in[i] {
			sub.Terms = append(sub.Terms, t)
		}
	}
	return sub
}

func sharesForm(a, b *Term) bool {
	for _, f := range a.ZH {
		for _, d := range b.ZH {
			if f == d {
				return true
			}
		}
	}
	return false
}

// patternKeys is what For tests of each term, made once per glossary: its
// Chinese forms and exceptions, and the keys of each English pattern (a
// superset of the index's: eachENPattern with nothing banned).
type patternKeys struct {
	zh      []string
	zhStart []int32 // term i's Chinese: zh[zhStart[i]:zhStart[i+1]]
	en      []uint64
	enStart []int32 // term i's patterns: en[enStart[i]:enStart[i+1]], each ended by 0
}

// stemSeed seeds the hashes of stems.
var stemSeed = maphash.MakeSeed()

// stemKeys appends the keys of the English text s: the hash of its one
// token's stem, or of each pair of its tokens' stems in a row (never 0).
// A text holds a pattern only if it holds each key of the pattern.
type stemKeys struct {
	toks       []token
	fold, stem []byte
	hashes     []uint64
}

func (k *stemKeys) tokens(s string) {
	k.toks = tokenize(s, k.toks[:0])
	for _, tk := range k.toks {
		k.fold = appendFold(k.fold[:0], s[tk.Start:tk.End], true)
		k.stem = stemToken(k.stem[:0], k.fold, s[tk.Start:tk.End])
		k.hashes = append(k.hashes, maphash.Bytes(stemSeed, k.stem))
	}
}

// keys appends to out the keys of the token hashes gathered, and forgets
// them.
func (k *stemKeys) keys(out []uint64) []uint64 {
	hs := k.hashes
	k.hashes = hs[:0]
	if len(hs) == 1 {
		return append(out, nonZero(hs[0]))
	}
	for i := 1; i < len(hs); i++ {
		out = append(out, pairKey(hs[i-1], hs[i]))
	}
	return out
}

func pairKey(a, b uint64) uint64 { return nonZero((a*0x9E3779B97F4A7C15 ^ b) * 0xBF58476D1CE4E5B9) }

func nonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

func (g *Glossary) patternKeys() *patternKeys {
	g.keysOnce.Do(func() {
		k := &patternKeys{zhStart: make([]int32, 1, len(g.Terms)+1), enStart: make([]int32, 1, len(g.Terms)+1)}
		var sk stemKeys
		for _, t := range g.Terms {
			for _, l := range [][]string{t.ZH, t.Not} {
				for _, f := range l {
					if !blank(f) {
						k.zh = append(k.zh, f)
					}
				}
			}
			k.zhStart = append(k.zhStart, int32(len(k.zh)))
			eachENPattern(t, nil, func(_ Role, pre, text string, _ bool) {
				sk.tokens(pre)
				sk.tokens(text)
				if len(sk.hashes) == 0 {
					return // blank: the index makes no pattern of it
				}
				k.en = append(sk.keys(k.en), 0)
			})
			k.enStart = append(k.enStart, int32(len(k.en)))
		}
		g.keys = k
	})
	return g.keys
}

// found reports whether term i could be found in the texts of txt.
func (k *patternKeys) found(i int, txt *textKeys) bool {
	for _, f := range k.zh[k.zhStart[i]:k.zhStart[i+1]] {
		if txt.hasZH(f) {
			return true
		}
	}
	all := true
	for _, h := range k.en[k.enStart[i]:k.enStart[i+1]] {
		if h == 0 { // a pattern's end
			if all {
				return true
			}
			all = true
			continue
		}
		all = all && txt.en.has(h)
	}
	return false
}

// bitSet is a set of hashes that may hold a few it was not given.
type bitSet []uint64

const bitSetBits = 1 << 20

func (b bitSet) add(h uint64)      { h %= bitSetBits; b[h/64] |= 1 << (h % 64) }
func (b bitSet) has(h uint64) bool { h %= bitSetBits; return b[h/64]&(1<<(h%64)) != 0 }

// textKeys is what For knows of the segments' texts: their Chinese, with
// the runes and pairs of runes in it, and the keys of their English.
type textKeys struct {
	pairs bitSet // runes, and pairs of runes in a row, hashed
	en    bitSet // every token's key, and every pair's in a row
}

func runePair(a, b rune) uint64 {
	return (uint64(uint32(a))<<32 | uint64(uint32(b))) * 0x9E3779B97F4A7C15 >> 20
}

func newTextKeys(segs []*articles.Segment) *textKeys {
	txt := &textKeys{pairs: make(bitSet, bitSetBits/64), en: make(bitSet, bitSetBits/64)}
	var sk stemKeys
	for _, s := range segs {
		prev := rune(-1)
		for _, r := range s.ZH {
			txt.pairs.add(runePair(-1, r))
			txt.pairs.add(runePair(prev, r))
			prev = r
		}
		sk.tokens(s.EN)
		for i, h := range sk.hashes {
			txt.en.add(nonZero(h))
			if i > 0 {
				txt.en.add(pairKey(sk.hashes[i-1], h))
			}
		}
		sk.hashes = sk.hashes[:0]
	}
	return txt
}

// hasZH reports whether the Chinese form f could be in a text: each pair
// of its runes in a row (its rune, for a form of one) stands in one.
func (txt *textKeys) hasZH(f string) bool {
	n, prev := 0, rune(-1)
	for _, r := range f {
		if n > 0 && !txt.pairs.has(runePair(prev, r)) {
			return false
		}
		n, prev = n+1, r
	}
	return n > 1 || n == 1 && txt.pairs.has(runePair(-1, prev))
}
