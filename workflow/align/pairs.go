package align

import (
	"math"
	"strings"

	"github.com/bitext-desk/bitext/articles"
)

// LowConfidence is the confidence below which a pair is listed for a
// reviewer to look at first, and gets a comment in the segment file.
const LowConfidence = 0.75

// Pair is one proposed segment ↔ English pairing, as `add --en` writes it.
type Pair struct {
	ZH Span // segments (indices into the file's segments)
	// EN holds the English sentences of the bead; Extra, those of
	// neighbouring 0-1 beads (English with no Chinese) attached to this
	// pair so that no English is lost. EN and Extra together are
	// contiguous.
	EN, Extra  Span
	Kind       string // the bead's shape: 1-1, 1-2, 2-1, 1-0, ...
	Confidence float64
}

// All is the span of every English sentence the pair gets.
func (p Pair) All() Span {
	s := p.EN
	if p.Extra.Len() > 0 {
		s = Span{min(s.Lo, p.Extra.Lo), max(s.Hi, p.Extra.Hi)}
		if p.EN.Len() == 0 {
			s = p.Extra
		}
	}
	return s
}

// Pairs turns beads into pairs. A 0-1 bead (an English sentence the
// translator added) is never dropped: it is attached to the neighbouring
// pair it shares more anchors with, else the one in the same English
// paragraph, else the previous one; the pair's confidence is then at most
// that of the 0-1 bead.
func (al *Alignment) Pairs(en []articles.Sentence) []Pair {
	var pairs []Pair
	var orphans []Bead // 0-1 beads waiting for a pair after them
	for _, b := range al.Beads {
		if b.ZH.Len() == 0 {
			orphans = append(orphans, b)
			continue
		}
		p := Pair{ZH: b.ZH, EN: b.EN, Kind: b.Kind(), Confidence: b.Confidence}
		if len(orphans) > 0 {
			// Orphans between the previous pair and this one: each goes
			// back or forward, keeping the English contiguous: a prefix
			// of them goes back, the rest forward.
			cut := al.orphanCut(pairs, orphans, p, en)
			for _, o := range orphans[:cut] {
				attach(&pairs[len(pairs)-1], o)
			}
			for _, o := range orphans[cut:] {
				attach(&p, o)
			}
			orphans = nil
		}
		pairs = append(pairs, p)
	}
	if len(orphans) > 0 && len(pairs) > 0 {
		for _, o := range orphans {
			attach(&pairs[len(pairs)-1], o)
		}
	}
	return pairs
}

func attach(p *Pair, o Bead) {
	if p.Extra.Len() == 0 {
		p.Extra = o.EN
	} else {
		p.Extra = Span{min(p.Extra.Lo, o.EN.Lo), max(p.Extra.Hi, o.EN.Hi)}
	}
	p.Confidence = math.Min(p.Confidence, o.Confidence)
}

// orphanCut decides how many of the orphans (English sentences with no
// Chinese, between pairs prev and next) go back to the previous pair.
func (al *Alignment) orphanCut(pairs []Pair, orphans []Bead, next Pair, en []articles.Sentence) int {
	if len(pairs) == 0 {
		return 0
	}
	prev := pairs[len(pairs)-1]
	best, bestScore := len(orphans), math.Inf(-1)
	for cut := len(orphans); cut >= 0; cut-- {
		score := 0.0
		for k, o := range orphans {
			to, back := next, k < cut
			if back {
				to = prev
			}
			// Anchors the English sentence shares with the pair's Chinese.
			score += 2 * float64(al.sharedWith(o.EN.Lo, to.ZH))
			if to.EN.Len() > 0 {
				j := to.EN.Lo
				if back {
					j = to.EN.Hi - 1
				}
				if en[o.EN.Lo].Para == en[j].Para {
					score++
				}
			}
		}
		if score > bestScore { // ties keep the larger cut: back to the previous pair
			best, bestScore = cut, score
		}
	}
	return best
}

// JoinEnglish joins the sentences of a span with single spaces, each
// sentence's inner line breaks (wrapped lines) made spaces too.
func JoinEnglish(en []articles.Sentence, s Span) string {
	parts := make([]string, 0, s.Len())
	for j := s.Lo; j < s.Hi; j++ {
		parts = append(parts, strings.Join(strings.Fields(en[j].Text), " "))
	}
	return strings.Join(parts, " ")
}
