package workflow

import (
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/align"
)

// Error codes of realign.
const (
	// CodeRealignTooFew: the segments named span one Chinese sentence.
	CodeRealignTooFew = "err.realign.too-few"
	// CodeRealignNoEnglish: the segments named have no English to align.
	CodeRealignNoEnglish = "err.realign.no-english"
	// CodeRealignNotAdjoin: a segment named does not directly follow the
	// others.
	CodeRealignNotAdjoin = "err.realign.not-adjacent"
)

func init() { diag.Register(CodeRealignTooFew, CodeRealignNoEnglish, CodeRealignNotAdjoin) }

// RealignOptions are one `bitext realign`.
type RealignOptions struct {
	// Segments are consecutive segments, in any order, across paragraph
	// breaks too: two or more, or one joined segment.
	Segments []string
	As       string
	Now      time.Time
	// DryRun computes the proposal and writes nothing.
	DryRun   bool
	Glossary *glossary.Glossary // may be nil
}

// RealignPart is one segment of the span after a realignment.
type RealignPart struct {
	Segment *articles.Segment // as it is after (or would be, in a dry run)
	// Status says what became of it: "kept" (Chinese and English as they
	// were: state and approval kept), "changed" (an existing segment whose
	// Chinese or English changed) or "new" (split off a joined segment).
	Status     string
	Kind       string  // the aligner's shape: 1-2, 2-1, 1-0, ...
	Confidence float64 // the aligner's confidence in the pair
}

// Realign statuses.
const (
	RealignKept    = "kept"
	RealignChanged = "changed"
	RealignNew     = "new"
)

// RealignResult is what a realignment did (or, in a dry run, would do).
type RealignResult struct {
	Parts []RealignPart
	// Merged are the ids of segments that no longer exist: their Chinese
	// joined another segment's.
	Merged []string
	// Sentences counts the English sentences redistributed.
	Sentences int
}

// Realign re-runs the aligner on the English of consecutive segments (a
// span a reviewer marked as misaligned, which may cross a paragraph break:
// the Chinese keeps its paragraphs, and a pair across one is joined per
// paragraph, as add --en joins it), and redistributes
// it among their Chinese sentences without retyping: Chinese sentences the
// aligner renders together become one joined segment, a joined segment
// whose sentences it renders apart is split. No English word is added or
// lost. A segment whose Chinese and English stay as they were keeps its
// state and approval; one whose English (or Chinese) changed loses its
// approval (the last approved English is kept as previous_en) and becomes
// draft, or new when it is left without English. Segments someone else
// holds and stale ones are refused, as join, split and move refuse them.
func (w *Workspace) Realign(slug string, opts RealignOptions) (*RealignResult, error) {
	now := stamp(opts.Now)
	if opts.DryRun {
		a, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		return w.realign(a, slug, opts, now)
	}
	var res *RealignResult
	err := w.Update(slug, func(a *Article) error {
		var err error
		res, err = w.realign(a, slug, opts, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// realign computes the realignment and applies it to the article in memory.
func (w *Workspace) realign(a *Article, slug string, opts RealignOptions, now time.Time) (*RealignResult, error) {
	if len(opts.Segments) == 0 {
		return nil, diag.New(diag.Usage, CodeRealignTooFew, diag.A{"article": slug})
	}
	at, err := positions(a, opts.Segments)
	if err != nil {
		return nil, err
	}
	segs := a.File.Segments
	for k := 1; k < len(at); k++ {
		if at[k] != at[k-1]+1 {
			return nil, diag.New(diag.Usage, CodeRealignNotAdjoin, diag.A{"article": slug, "segment": segs[at[k]].ID})
		}
	}
	old := make([]*articles.Segment, len(at))
	for k, i := range at {
		old[k] = segs[i]
	}
	// Stale segments are taken, unlike join, split and move: when an
	// editor splits a long sentence, sync leaves its English on the part
	// that kept the id (stale) and the other part new, and realign is how
	// that English is shared out without retyping. What it changes
	// becomes a draft a translator confirms, previous_zh kept.
	var held []error
	for _, s := range old {
		if w.heldByOther(s, opts.As, now) {
			held = append(held, claimedErr(slug, s))
		}
	}
	if len(held) > 0 {
		return nil, refuse(held)
	}
	// The Chinese sentences, each with the segment it belongs to, and the
	// English sentences with each segment's range of them.
	var zh, en []articles.Sentence
	var zhOwner []int
	firstZH := make([]int, len(old)) // each old segment's first sentence
	enRange := make([]align.Span, len(old))
	for k, s := range old {
		texts := []string{s.ZH}
		if s.Joined() {
			texts = joinedSentences(a, s)
			if len(texts) != s.SentenceCount() {
				return nil, diag.New(diag.Invalid, CodeSplitLost, diag.A{"article": slug, "segment": s.ID})
			}
		}
		firstZH[k] = len(zh)
		for _, t := range texts {
			// The Chinese keeps its paragraphs (a span may cross a
			// break: the English the aligner put in the wrong
			// paragraph is what a reviewer marks most often); the
			// English, whose paragraphs are what is in doubt, is one.
			zh = append(zh, articles.Sentence{Para: s.Para + 1, Text: t})
			zhOwner = append(zhOwner, k)
		}
		lo := len(en)
		for _, t := range englishSentences(s.EN) {
			en = append(en, articles.Sentence{Para: 1, Text: t})
		}
		enRange[k] = align.Span{Lo: lo, Hi: len(en)}
	}
	if len(zh) < 2 {
		return nil, diag.New(diag.Usage, CodeRealignTooFew, diag.A{"article": slug, "segment": old[0].ID})
	}
	if len(en) == 0 {
		return nil, diag.New(diag.Usage, CodeRealignNoEnglish, diag.A{"article": slug})
	}
	al := align.Align(zh, en, opts.Glossary)
	pairs := al.Pairs(en)

	res := &RealignResult{Sentences: len(en)}
	used := a.File.IDs()
	reused := make([]bool, len(old))
	var out []*articles.Segment
	var partOf []int // per Chinese sentence: the index in out of its part
	for _, p := range pairs {
		// A pair whose Chinese crosses a paragraph break is joined per
		// paragraph, as add --en joins it: the English goes to the first
		// part, the others stay without English, with a comment saying
		// where the translator put it.
		all := p.All()
		var first *articles.Segment
		for lo := p.ZH.Lo; lo < p.ZH.Hi; {
			hi := lo + 1
			for hi < p.ZH.Hi && zh[hi].Para == zh[lo].Para {
				hi++
			}
			r, enr := align.Span{Lo: lo, Hi: hi}, all
			if first != nil {
				enr = align.Span{Lo: all.Hi, Hi: all.Hi}
			}
			part := RealignPart{Kind: p.Kind, Confidence: p.Confidence}
			part.Segment, part.Status = realignPart(r, enr, zh, en, old, zhOwner, firstZH, enRange, reused, used, opts.As)
			for i := lo; i < hi; i++ {
				partOf = append(partOf, len(out))
			}
			if first == nil {
				first = part.Segment
			} else if part.Status != RealignKept {
				part.Segment.Comments = append(part.Segment.Comments, articles.Comment{By: AlignAuthor, At: now.UTC().Truncate(time.Second),
					Text: mergedNote(first.ID)})
			}
			out = append(out, part.Segment)
			res.Parts = append(res.Parts, part)
			lo = hi
		}
	}
	// A segment merged into another: its comments, and its claim if the
	// other has none, go to the segment that now holds its first sentence.
	for k, s := range old {
		if reused[k] {
			continue
		}
		res.Merged = append(res.Merged, s.ID)
		into := out[partOf[firstZH[k]]]
		into.Comments = append(into.Comments, dropAlignNotes(s.Comments)...)
		if into.Claim == nil && s.Claim != nil && s.Claim.By == opts.As {
			into.Claim = s.Claim
		}
	}
	a.File.Segments = append(append(segs[:at[0]:at[0]], out...), segs[at[len(at)-1]+1:]...)
	return res, nil
}

// realignPart makes the segment of the Chinese sentences r (of one
// paragraph), rendered by the English sentences enr: the old segment as it
// was when neither changed, else the old segment that held its first
// sentence (changed), else a new one.
func realignPart(r, enr align.Span, zh, en []articles.Sentence, old []*articles.Segment, zhOwner, firstZH []int,
	enRange []align.Span, reused []bool, used map[string]bool, as string) (*articles.Segment, string) {
	k := zhOwner[r.Lo]
	var b strings.Builder
	for i := r.Lo; i < r.Hi; i++ {
		b.WriteString(zh[i].Text)
	}
	sameZH := firstZH[k] == r.Lo && old[k].SentenceCount() == r.Len()
	switch {
	case sameZH && enr == enRange[k] || sameZH && enr.Len() == 0 && enRange[k].Len() == 0:
		// As it was: the segment, its state and approval stay.
		reused[k] = true
		return old[k], RealignKept
	case firstZH[k] == r.Lo && !reused[k]:
		reused[k] = true
		s := old[k]
		setRealigned(s, b.String(), r.Len(), align.JoinEnglish(en, enr), as)
		return s, RealignChanged
	default:
		s := &articles.Segment{ID: articles.NewID(used), Para: old[k].Para, Translator: old[k].Translator}
		used[s.ID] = true
		setRealigned(s, b.String(), r.Len(), align.JoinEnglish(en, enr), as)
		return s, RealignNew
	}
}

// setRealigned gives a segment the Chinese sentences and the English a
// realignment gave it: no approval survives, the state is draft (a person
// checks the aligner's work), or new without English.
func setRealigned(s *articles.Segment, zh string, n int, en, as string) {
	// add --en's notes on the pairing it proposed describe a pairing
	// that is gone, as after join and move.
	s.Comments = dropAlignNotes(s.Comments)
	s.ZH, s.Sentences = zh, 0
	if n >= 2 {
		s.Sentences = n
	}
	s.SetEN(en)
	s.Approval, s.StaleFrom = nil, ""
	s.State = articles.Draft
	if en == "" {
		s.State = articles.New
	} else if s.Translator == "" {
		s.Translator = as
	}
}
