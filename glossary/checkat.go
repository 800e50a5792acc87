package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
)

// CheckAt returns exactly the issues Check(segs) reports for segs[i], at a
// cost proportional to what that segment needs rather than to the article
// before it (a one-segment command on an article of 100,000 segments).
//
// The only state Check carries from one segment to the next is which terms
// the article has already "seen" (named in a source, or carried by the
// exact rendering in an English). Segment i reads that state only for the
// terms its source triggers and the terms any match in its English stands
// for. So CheckAt finds those terms first, then looks in the earlier
// segments for them alone: a plain substring test of each term's Chinese
// forms and a case-blind one of a word of its renderings rule most segments
// out, and only a segment that passes is matched as Check matches it.
func (g *Glossary) CheckAt(segs []*articles.Segment, i int) []Issue {
	if i < 0 || i >= len(segs) || blank(segs[i].EN) {
		return nil // Check reports nothing for a segment with no English
	}
	ix := g.index()
	s := segs[i]
	var want []*Term
	add := func(t *Term) {
		for _, w := range want {
			if w == t {
				return
			}
		}
		want = append(want, t)
	}
	for _, m := range ix.matchZH(s.ZH, nil) {
		for _, t := range m.Terms {
			add(t)
		}
	}
	// the overlapping matches hold the leftmost-longest ones
	for _, m := range ix.matchENAll(s.EN, nil) {
		for _, h := range m.Hits {
			add(h.Term)
		}
	}
	before := segs[:i]
	var head map[*Term]bool
	if i > 0 && isHeadline(segs[0], 0) {
		// the headline's source names a term without mentioning it
		// first when its English leaves the term out: check it as Check
		// does (it comes first, so nothing before it matters)
		hc := g.newChecker(map[*Term]bool{})
		hc.segment(segs[0])
		head = hc.fullSeen
		hc.release()
		before = segs[1:i]
	}
	seen := ix.seenBefore(before, want)
	for t := range head {
		seen[t] = true
	}
	c := g.newChecker(seen)
	c.at = i
	defer c.release()
	c.segment(s)
	if len(c.headAbbr) == 0 {
		return c.issues
	}
	// an abbr in the headline: its finding stands or goes at the body's
	// first mention of the term (Check's headAbbr)
	for j := i + 1; j < len(segs) && len(c.headAbbr) > 0; j++ {
		c.segment(segs[j])
	}
	var out []Issue
	for _, is := range c.issues {
		if is.Segment == s {
			out = append(out, is)
		}
	}
	return out
}

// probe is what a term must leave in a text for Check to count it seen
// there: one of its Chinese forms in the source, or in the English a word
// of one of its renderings (a prefix of the word's stem, which every
// inflection and case of the word holds).
type probe struct {
	t     *Term
	zh    []string
	en    []string // lower-case ASCII; empty: no cheap test, match the English
	anyEN bool     // a rendering with no ASCII word: always match the English
}

// seenBefore reports which of want segs have seen, as Check's fullSeen
// would hold it after checking segs.
func (ix *index) seenBefore(segs []*articles.Segment, want []*Term) map[*Term]bool {
	seen := make(map[*Term]bool, len(want))
	var probes []probe
	for _, t := range want {
		if p, ok := ix.probeFor(t); ok {
			probes = append(probes, p)
		}
	}
	var zhm []ZHMatch
	var enm []ENMatch
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	// From the segment right before: a term is mostly seen close by.
	for j := len(segs) - 1; j >= 0 && len(probes) > 0; j-- {
		s := segs[j]
		zhMaybe, enMaybe := false, false
		specialEN := -1 // unknown yet
		for _, p := range probes {
			for _, f := range p.zh {
				if strings.Contains(s.ZH, f) {
					zhMaybe = true
					break
				}
			}
			if enMaybe {
				continue
			}
			if p.anyEN {
				enMaybe = true
				continue
			}
			for _, w := range p.en {
				if containsFoldASCII(s.EN, w) {
					enMaybe = true
					break
				}
			}
			if !enMaybe && len(p.en) > 0 {
				if specialEN < 0 {
					specialEN = 0
					if foldsToASCII(s.EN) {
						specialEN = 1
					}
				}
				enMaybe = specialEN == 1
			}
		}
		if zhMaybe {
			zhm = ix.matchZH(s.ZH, zhm[:0])
			for _, m := range zhm {
				for _, t := range m.Terms {
					seen[t] = true
					if !blank(s.EN) {
						ix.titleNames(t, s.EN, func(o *Term) { seen[o] = true })
					}
				}
			}
		}
		if enMaybe && !blank(s.EN) {
			enm = ix.matchEN(s.EN, enm[:0])
			for _, m := range enm {
				for _, h := range m.Hits {
					if h.Role == RoleRendering && h.exact(sc, s.EN[m.Start:m.End]) {
						seen[h.Term] = true
					}
				}
			}
		}
		if zhMaybe || enMaybe {
			kept := probes[:0]
			for _, p := range probes {
				if !seen[p.t] {
					kept = append(kept, p)
				}
			}
			probes = kept
		}
	}
	return seen
}

// probeFor makes t's probe; false when nothing can make Check count t seen.
func (ix *index) probeFor(t *Term) (probe, bool) {
	p := probe{t: t}
	if t.Status == Deprecated {
		return p, false // no Chinese form matches it, no rendering hit is its
	}
	for _, f := range t.ZH {
		if !blank(f) {
			p.zh = append(p.zh, f)
		}
	}
	renderings := append([]string{t.EN}, t.Forms...)
	if t.Kind == Place {
		renderings = append(renderings, demonyms(t.EN)...)
	}
	var fold, stem []byte
	for _, r := range renderings {
		best := ""
		none := true
		for _, tk := range tokenize(r, nil) {
			w := r[tk.Start:tk.End]
			fold = appendFold(fold[:0], w, true)
			stem = stemToken(stem[:0], fold, w)
			none = false
			// the stem less its last letter ("carr" for "carry", held by "carries") is a
			// prefix of every folded word with that stem; a stem of one
			// letter is the word
			if len(stem) == 0 || !asciiAlnum(stem) {
				continue
			}
			k := string(stem)
			if len(stem) >= 2 {
				k = k[:len(k)-1]
			}
			if len(k) > len(best) {
				best = k
			}
		}
		switch {
		case none:
		case best == "":
			p.anyEN = true
		default:
			p.en = append(p.en, best)
		}
	}
	return p, true
}

// asciiAlnum reports whether w is lower-case ASCII letters and digits.
func asciiAlnum(w []byte) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s holds w (lower-case ASCII) in any
// ASCII case.
func containsFoldASCII(s, w string) bool {
	if w == "" {
		return true
	}
	lo, up := w[0], w[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if c := s[i]; c != lo && c != up {
			// jump to the next candidate first byte
			a := strings.IndexByte(s[i:len(s)-len(w)+1], lo)
			b := -1
			if up != lo {
				b = strings.IndexByte(s[i:len(s)-len(w)+1], up)
			}
			switch {
			case a < 0 && b < 0:
				return false
			case a < 0 || b >= 0 && b < a:
				i += b
			default:
				i += a
			}
		}
		k := 1
		for ; k < len(w); k++ {
			c := s[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				break
			}
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// foldsToASCII reports whether s holds a rune other than ASCII that the
// matcher folds to an ASCII letter or digit (full-width Ａ, the Kelvin
// sign, dotted İ): then the cheap test of the English cannot be trusted.
func foldsToASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		for _, r := range s[i:] {
			if r < utf8.RuneSelf {
				continue
			}
			if f := unicode.ToLower(foldPunct(r)); f >= '0' && f <= '9' || f >= 'a' && f <= 'z' || f >= 'A' && f <= 'Z' {
				return true
			}
		}
		return false
	}
	return false
}

// Prepare builds the glossary's matchers now rather than at the first
// check, so that a caller can build them in the background while it reads
// the article (a 5,000-term glossary takes about 0.1 s).
func (g *Glossary) Prepare() { g.index() }
