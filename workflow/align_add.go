package workflow

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/glossary"
)

// Error codes of `add --en`.
const (
	// CodeNotEnglish: the English file is mostly Chinese (the two files
	// swapped?).
	CodeNotEnglish = "err.align.not-english"
	// CodeNotTranslation: the English file is clearly not a translation of
	// the Chinese: no anchor in common and a length ratio far out of range
	// (refused, exit 1).
	CodeNotTranslation = "err.align.not-translation"
)

func init() { diag.Register(CodeNotEnglish, CodeNotTranslation) }

// AlignAuthor is the name alignment comments are written by.
const AlignAuthor = "bitext"

// LowConfidence is the confidence below which a pair is listed for a
// reviewer to look at first, and gets a comment in the segment file.
const LowConfidence = 0.75

// Length ratios (English letters per Chinese character) outside which an
// English text with no anchor in common with the Chinese is not taken for
// its translation. Real translations run from about 2.8 to 4.1.
const (
	notTranslationLow  = 1.5
	notTranslationHigh = 7.0
)

// ReadEnglish reads an English translation and checks it is usable: valid
// UTF-8 (else file:line:col), not empty, and not mostly Chinese. It returns
// the normalised text and its sentences.
func ReadEnglish(path string) (string, []articles.Sentence, error) {
	raw, err := safeio.ReadRegular(path, 0) // a regular file, at most 64 MB
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeIO, File: path, Err: err, Args: diag.A{"cause": "no such file"}}
		}
		return "", nil, err
	}
	norm, err := articles.NormalizeSource(path, raw)
	if err != nil {
		return "", nil, err
	}
	if strings.TrimSpace(norm) == "" {
		return "", nil, diag.At(path, 1, 1, diag.CodeEmpty, nil)
	}
	han, latin := 0, 0
	for _, r := range norm {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if han > latin {
		return "", nil, diag.At(path, 1, 1, CodeNotEnglish, nil)
	}
	return norm, articles.SplitEnglish(norm), nil
}

// CheckTranslation refuses an alignment whose English is clearly not a
// translation of the Chinese: no number, glossary term or Latin token in
// common (lexicon words do not count: any news text has some), and a length
// ratio far out of range.
func CheckTranslation(enPath string, al *Alignment) error {
	if al.Strong == 0 && (al.RawRatio < notTranslationLow || al.RawRatio > notTranslationHigh) {
		return &diag.Error{Kind: diag.Refused, Code: CodeNotTranslation, File: enPath,
			Args: diag.A{"ratio": fmt.Sprintf("%.1f", al.RawRatio), "low": notTranslationLow, "high": notTranslationHigh}}
	}
	return nil
}

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

// AlignedSegments applies pairs to a fresh segment file: each segment gets
// the English of its pair (sentences joined by a space), state translated.
// Where several segments share one English rendering, the first gets it and
// the others stay new, with a comment saying into which segment the
// translator merged them. A segment with no English stays new with a
// comment; so does a low-confidence pair get one. Comments are stored data:
// short, in English, by AlignAuthor.
func AlignedSegments(f *articles.File, pairs []Pair, en []articles.Sentence, now time.Time) {
	at := now.UTC().Truncate(time.Second)
	note := func(s *articles.Segment, format string, args ...any) {
		s.Comments = append(s.Comments, articles.Comment{By: AlignAuthor, At: at, Text: fmt.Sprintf(format, args...)})
	}
	for _, p := range pairs {
		first := f.Segments[p.ZH.Lo]
		all := p.All()
		if all.Len() == 0 {
			note(first, "aligned: no English sentence renders this segment")
			continue
		}
		first.EN = JoinEnglish(en, all)
		first.State = articles.Translated
		for k := p.ZH.Lo + 1; k < p.ZH.Hi; k++ {
			s := f.Segments[k]
			s.EN, s.State = "", articles.New
			note(s, "aligned: merged into segment %s by the translator", first.ID)
		}
		if p.Extra.Len() > 0 {
			note(first, "aligned: includes English with no Chinese counterpart: %s", shorten(JoinEnglish(en, p.Extra), 60))
		}
		if p.Confidence < LowConfidence {
			note(first, "aligned: low confidence (%.2f), check this pairing", p.Confidence)
		}
	}
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

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// AddEnglishResult is what aligning an English file into a new article
// found.
type AddEnglishResult struct {
	Alignment *Alignment
	Pairs     []Pair
	ZH        []articles.Sentence
	EN        []articles.Sentence
}

// AlignFiles reads a Chinese source and its English translation and aligns
// them, writing nothing: what `add --en --dry-run` shows.
func AlignFiles(zhPath, enPath string, g *glossary.Glossary) (*AddEnglishResult, error) {
	_, norm, err := ReadChineseSource(zhPath)
	if err != nil {
		return nil, err
	}
	return alignText(articles.SplitSentences(norm), enPath, g)
}

func alignText(zh []articles.Sentence, enPath string, g *glossary.Glossary) (*AddEnglishResult, error) {
	_, en, err := ReadEnglish(enPath)
	if err != nil {
		return nil, err
	}
	al := Align(zh, en, g)
	if err := CheckTranslation(enPath, al); err != nil {
		return nil, err
	}
	return &AddEnglishResult{Alignment: al, Pairs: al.Pairs(en), ZH: zh, EN: en}, nil
}

// AddEnglish adds a Chinese source like Add and aligns an existing English
// translation into its segments (state translated, never approved). Nothing
// is written when the English is unusable.
func (w *Workspace) AddEnglish(path, slug, enPath string, g *glossary.Glossary, now time.Time) (*AddResult, *AddEnglishResult, error) {
	var out *AddEnglishResult
	res, err := w.Add(path, slug, func(f *articles.File, sentences []articles.Sentence) error {
		r, err := alignText(sentences, enPath, g)
		if err != nil {
			return err
		}
		AlignedSegments(f, r.Pairs, r.EN, now)
		out = r
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return res, out, nil
}
