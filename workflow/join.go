package workflow

import (
	"sort"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow/align"
)

// Error codes of join, split and move.
const (
	CodeJoinTooFew     = "err.join.too-few"         // Usage: fewer than two segments named
	CodeJoinNotAdjoin  = "err.join.not-adjacent"    // Usage: not consecutive segments of one paragraph
	CodeJoinStale      = "err.join.stale"           // Refused: a stale segment (translate or sync first)
	CodeSplitNotJoined = "err.split.not-joined"     // Usage: the segment spans one sentence
	CodeSplitLost      = "err.split.lost"           // Invalid: its sentences are not in the source as it is
	CodeMoveNotNext    = "err.move.not-next"        // Usage: the two segments are not neighbours
	CodeJoinOtherPara  = "err.join.other-paragraph" // Usage: consecutive segments, but across a paragraph break
	CodeMoveCount      = "err.move.count"           // Usage: more English sentences than the segment has
)

func init() {
	diag.Register(CodeJoinTooFew, CodeJoinNotAdjoin, CodeJoinOtherPara, CodeJoinStale, CodeSplitNotJoined, CodeSplitLost,
		CodeMoveNotNext, CodeMoveCount)
}

// JoinOptions are one `bitext join`.
type JoinOptions struct {
	Segments []string // two or more consecutive segments of one paragraph, in any order
	As       string
	Now      time.Time
}

// Join makes one segment of consecutive segments of one paragraph, as CAT
// tools join segments when several Chinese sentences are rendered by one
// English sentence. The first keeps its id; the Chinese is the
// concatenation, the English the segments' English joined by a space. No
// approval survives (the Chinese it was for changed); the state is new
// without English, translated when every segment was translated or
// approved (new segments without English aside: the translator joining
// them says the others' English renders them), else draft. With English,
// a segment without a translator gets the one who joined, and add --en's
// notes on the pairing it proposed are dropped. Stale segments are refused: their
// English is for another Chinese.
func (w *Workspace) Join(slug string, opts JoinOptions) (*articles.Segment, error) {
	if len(opts.Segments) < 2 {
		return nil, diag.New(diag.Usage, CodeJoinTooFew, diag.A{"article": slug})
	}
	now := stamp(opts.Now)
	var out *articles.Segment
	err := w.Update(slug, func(a *Article) error {
		at, err := positions(a, opts.Segments)
		if err != nil {
			return err
		}
		if len(at) < 2 { // one segment named twice
			return diag.New(diag.Usage, CodeJoinTooFew, diag.A{"article": slug})
		}
		segs := a.File.Segments
		for k := 1; k < len(at); k++ {
			if at[k] != at[k-1]+1 {
				return diag.New(diag.Usage, CodeJoinNotAdjoin, diag.A{"article": slug, "segment": segs[at[k]].ID})
			}
			if segs[at[k]].Para != segs[at[0]].Para {
				return diag.New(diag.Usage, CodeJoinOtherPara, diag.A{"article": slug, "segment": segs[at[k]].ID})
			}
		}
		picked := make([]*articles.Segment, len(at))
		for k, i := range at {
			picked[k] = segs[i]
		}
		if err := w.refuseHeldOrStale(slug, picked, opts.As, now); err != nil {
			return err
		}
		first := segs[at[0]]
		firstEN := first.EN
		var zh strings.Builder
		var en []string
		n, complete := 0, true
		var claim *articles.Claim
		var comments []articles.Comment
		for _, i := range at {
			s := segs[i]
			zh.WriteString(s.ZH)
			n += s.SentenceCount()
			if e := strings.TrimSpace(s.EN); e != "" {
				en = append(en, e)
			}
			// A new segment without English (a sentence the aligner found
			// no English for) adds nothing to judge: the others' English
			// now renders it too.
			emptyNew := strings.TrimSpace(s.EN) == "" && s.State == articles.New
			if !emptyNew && (strings.TrimSpace(s.EN) == "" || (s.State != articles.Translated && s.State != articles.Approved)) {
				complete = false
			}
			if first.Translator == "" {
				first.Translator = s.Translator
			}
			if s.Claim != nil && s.Claim.By == opts.As {
				claim = s.Claim
			}
			comments = append(comments, s.Comments...)
		}
		first.ZH, first.Sentences, first.EN = zh.String(), n, strings.Join(en, " ")
		if first.EN != "" {
			comments = dropAlignNotes(comments)
			if first.Translator == "" {
				first.Translator = opts.As
			}
		}
		// The first segment's last approved English stays as previous_en,
		// so diff shows the reviewer what the join added to it.
		first.Approval, first.PreviousZH, first.PreviousEN, first.StaleFrom = nil, "", approvedEN(first, firstEN), ""
		first.Claim, first.Comments = claim, comments
		switch {
		case len(en) == 0:
			first.State = articles.New
		case complete:
			first.State = articles.Translated
		default:
			first.State = articles.Draft
		}
		a.File.Segments = append(segs[:at[0]+1:at[0]+1], segs[at[len(at)-1]+1:]...)
		out = first
		return nil
	})
	return out, err
}

// approvedEN is the last approved English of a segment whose English was
// en before a join or split: previous_en when the English changed after the
// approval, else en while the approval still holds, else "".
func approvedEN(s *articles.Segment, en string) string {
	switch {
	case s.PreviousEN != "":
		return s.PreviousEN
	case s.Approval != nil && s.Approval.ENSHA256 == articles.TextSHA256(en):
		return en
	}
	return ""
}

// dropAlignNotes leaves out add --en's notes on the pairing it proposed
// ("aligned: ..." by bitext): once a person re-pairs the English (join,
// move) they describe a pairing that is gone. git keeps them (bitext log).
func dropAlignNotes(comments []articles.Comment) []articles.Comment {
	var out []articles.Comment
	for _, c := range comments {
		if c.By != "bitext" || !strings.HasPrefix(c.Text, alignNotePrefix) {
			out = append(out, c)
		}
	}
	return out
}

// refuseHeldOrStale refuses, for join, split and move, segments someone
// else holds and stale ones (their English was made for another Chinese),
// naming every one.
func (w *Workspace) refuseHeldOrStale(slug string, segs []*articles.Segment, as string, now time.Time) error {
	var refusals []error
	for _, s := range segs {
		if w.heldByOther(s, as, now) {
			refusals = append(refusals, claimedErr(slug, s))
		} else if s.State == articles.Stale {
			refusals = append(refusals, diag.New(diag.Refused, CodeJoinStale, diag.A{"article": slug, "segment": s.ID}))
		}
	}
	if len(refusals) > 0 {
		return refuse(refusals)
	}
	return nil
}

// positions finds the named segments' places in the file, ascending.
func positions(a *Article, ids []string) ([]int, error) {
	picked, err := pick(a, ids)
	if err != nil {
		return nil, err
	}
	index := make(map[*articles.Segment]int, len(a.File.Segments))
	for i, s := range a.File.Segments {
		index[s] = i
	}
	at := make([]int, len(picked))
	for k, s := range picked {
		at[k] = index[s]
	}
	sort.Ints(at)
	return at, nil
}

// SplitOptions are one `bitext split`.
type SplitOptions struct {
	Segment string
	As      string
	Now     time.Time
}

// Split undoes a join: the segment becomes one segment per source sentence.
// The first keeps the id, the English (as a draft: it still renders every
// sentence until it is moved or retranslated), the translator, the comments
// and the claim; the others are new. The sentences are taken from the
// source where the joined text stands in its paragraph, else from the
// Chinese itself.
func (w *Workspace) Split(slug string, opts SplitOptions) ([]*articles.Segment, error) {
	now := stamp(opts.Now)
	var out []*articles.Segment
	err := w.Update(slug, func(a *Article) error {
		at, err := positions(a, []string{opts.Segment})
		if err != nil {
			return err
		}
		s := a.File.Segments[at[0]]
		if !s.Joined() {
			return diag.New(diag.Usage, CodeSplitNotJoined, diag.A{"article": slug, "segment": s.ID})
		}
		if err := w.refuseHeldOrStale(slug, []*articles.Segment{s}, opts.As, now); err != nil {
			return err
		}
		texts := joinedSentences(a, s)
		if len(texts) < 2 {
			return diag.New(diag.Invalid, CodeSplitLost, diag.A{"article": slug, "segment": s.ID})
		}
		used := a.File.IDs()
		s.ZH, s.Sentences = texts[0], 0
		// The last approved English stays as previous_en: diff shows the
		// reviewer that the approved English now stands against the first
		// sentence alone (not "never approved").
		s.Approval, s.PreviousEN = nil, approvedEN(s, s.EN)
		if strings.TrimSpace(s.EN) != "" {
			s.State = articles.Draft
		} else {
			s.State = articles.New
		}
		out = append(out, s)
		for _, t := range texts[1:] {
			out = append(out, &articles.Segment{ID: articles.NewID(used), Para: s.Para, ZH: t, State: articles.New})
		}
		segs := a.File.Segments
		rest := append([]*articles.Segment{}, segs[at[0]+1:]...)
		a.File.Segments = append(append(segs[:at[0]], out...), rest...)
		return nil
	})
	return out, err
}

// joinedSentences finds the source sentences a joined segment spans: a run
// of that many consecutive sentences of its paragraph whose concatenation
// is its Chinese; failing that (the source moved on), the Chinese split by
// the segmenter when that gives the right count.
func joinedSentences(a *Article, s *articles.Segment) []string {
	if norm, err := a.ReadSource(); err == nil {
		ss := a.segmentation().Split(norm)
		for i := 0; i+s.Sentences <= len(ss); i++ {
			if ss[i].Para != s.Para || !strings.HasPrefix(s.ZH, ss[i].Text) {
				continue
			}
			var b strings.Builder
			texts := make([]string, 0, s.Sentences)
			ok := true
			for _, t := range ss[i : i+s.Sentences] {
				if t.Para != s.Para {
					ok = false
					break
				}
				b.WriteString(t.Text)
				texts = append(texts, t.Text)
			}
			if ok && b.String() == s.ZH {
				return texts
			}
		}
	}
	if p := pieces(a.segmentation(), s.ZH); len(p) == s.Sentences {
		return p
	}
	return nil
}

// MoveOptions are one `bitext move`: English sentences from one segment to
// its neighbour.
type MoveOptions struct {
	From, To string
	Count    int // English sentences to move (at least 1)
	As       string
	Now      time.Time
}

// MoveResult is the two segments a move changed, and the English sentences
// it moved.
type MoveResult struct {
	From, To *articles.Segment
	Moved    []string
}

// MoveEN moves English sentences between neighbouring segments, to fix an
// alignment without retyping: to the next segment, the last Count sentences
// of From go to the start of To; to the previous one, the first Count go to
// its end. Each changed segment loses its approval (its English changed)
// and add --en's notes on the pairing it proposed; one left without English
// is new, one that gains English is translated (draft stays draft). Stale
// segments and others' claims are refused.
func (w *Workspace) MoveEN(slug string, opts MoveOptions) (*MoveResult, error) {
	now := stamp(opts.Now)
	count := max(opts.Count, 1)
	res := &MoveResult{}
	err := w.Update(slug, func(a *Article) error {
		picked, err := pick(a, []string{opts.From, opts.To})
		if err != nil {
			return err
		}
		if len(picked) != 2 {
			return diag.New(diag.Usage, CodeMoveNotNext, diag.A{"article": slug, "from": opts.From, "to": opts.To})
		}
		from, to := picked[0], picked[1]
		at, _ := positions(a, []string{opts.From, opts.To})
		if at[1] != at[0]+1 {
			return diag.New(diag.Usage, CodeMoveNotNext, diag.A{"article": slug, "from": from.ID, "to": to.ID})
		}
		forward := a.File.Segments[at[0]] == from
		if err := w.refuseHeldOrStale(slug, picked, opts.As, now); err != nil {
			return err
		}
		sents := englishSentences(from.EN)
		if count > len(sents) {
			return diag.New(diag.Usage, CodeMoveCount, diag.A{"article": slug, "segment": from.ID, "Count": count, "Have": len(sents)})
		}
		var moved, kept []string
		if forward {
			kept, moved = sents[:len(sents)-count], sents[len(sents)-count:]
			setMovedEN(to, joinEN(append(moved, englishSentences(to.EN)...)), opts.As)
		} else {
			moved, kept = sents[:count], sents[count:]
			setMovedEN(to, joinEN(append(englishSentences(to.EN), moved...)), opts.As)
		}
		setMovedEN(from, joinEN(kept), opts.As)
		res.From, res.To, res.Moved = from, to, moved
		return nil
	})
	return res, err
}

// englishSentences splits a segment's English as the aligner splits a
// translation.
// EnglishSentences splits a segment's English into sentences as join,
// split, move and realign count them.
func EnglishSentences(en string) []string { return englishSentences(en) }

func englishSentences(en string) []string {
	var out []string
	for _, s := range align.SplitEnglish(articles.Normalize(en)) {
		out = append(out, s.Text)
	}
	return out
}

func joinEN(ss []string) string { return strings.Join(ss, " ") }

// setMovedEN gives a segment the English a move left it.
func setMovedEN(s *articles.Segment, en, as string) {
	if en == s.EN {
		return
	}
	s.SetEN(en)
	s.Approval = nil
	s.Comments = dropAlignNotes(s.Comments)
	switch {
	case en == "":
		s.State = articles.New
	case s.State != articles.Draft:
		s.State = articles.Translated
	}
	if en != "" && s.Translator == "" {
		s.Translator = as
	}
}

// segmentation is how the article's workspace segments sources (the
// contract's rules for an article read on its own).
func (a *Article) segmentation() articles.Segmentation {
	if a.ws == nil {
		return articles.Segmentation{}
	}
	return a.ws.Settings.Segmentation()
}
