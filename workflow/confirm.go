package workflow

import (
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// Error codes of Confirm. Each is a usage error (exit 2): the segment has
// no English that can be confirmed without a translator looking at it.
const (
	CodeConfirmNoEnglish = "err.confirm.no-english" // the segment has no English to confirm
	CodeConfirmStale     = "err.confirm.stale"      // its English was made for another Chinese
	CodeConfirmConflict  = "err.confirm.conflict"   // a merge left two Englishes: resolve picks one
)

func init() {
	diag.Register(CodeConfirmNoEnglish, CodeConfirmStale, CodeConfirmConflict)
}

// ConfirmOptions are one `bitext translate ARTICLE SEG... --confirm`.
type ConfirmOptions struct {
	Segments []string
	As       string
	Strict   bool // refuse when the per-segment checks find an error
	Now      time.Time
}

// Confirmed is what Confirm did to one segment.
type Confirmed struct {
	Segment   *articles.Segment
	TookOver  *articles.Claim // an expired claim of someone else it replaced
	Unchanged bool            // an approval that still holds was kept
}

// ConfirmResult tells what a Confirm did, segment by segment in the order
// named.
type ConfirmResult struct {
	Segments []Confirmed
	Findings []Finding // the per-segment checks on the confirmed English
}

// Confirm does, for each named segment, exactly what Translate does with
// the segment's English as it stands (a draft left by move, join, split or
// realign, an imported translation): state translated, translator
// recorded, claim released, the per-segment checks run. The English does not change, so an approval that still holds is kept (as
// Translate keeps it for the same English); a draft or translated segment
// has none, and waits for review.
//
// It refuses, for every named segment, and then writes nothing: no
// English (CodeConfirmNoEnglish), state stale (CodeConfirmStale: the
// English was written for another Chinese, a translator must look), a
// merge conflict (CodeConfirmConflict: two Englishes, resolve picks one),
// someone else's live claim (CodeClaimed), and, with Strict, error
// findings (CodeFindings). The refusals are joined (errors.Join) so all of
// them can be shown.
func (w *Workspace) Confirm(slug string, opts ConfirmOptions) (*ConfirmResult, error) {
	now := stamp(opts.Now)
	res := &ConfirmResult{}
	glossaryOf := w.glossaryAhead()
	err := w.Update(slug, func(a *Article) error {
		segs, err := pick(a, opts.Segments)
		if err != nil {
			return err
		}
		var refusals []error
		ids := make([]string, 0, len(segs))
		for _, s := range segs {
			ids = append(ids, s.ID)
			args := diag.A{"article": slug, "segment": s.ID}
			switch {
			case strings.TrimSpace(s.EN) == "":
				refusals = append(refusals, diag.New(diag.Usage, CodeConfirmNoEnglish, args))
			case s.State == articles.Stale:
				refusals = append(refusals, diag.New(diag.Usage, CodeConfirmStale, args))
			case s.Conflict != nil:
				refusals = append(refusals, diag.New(diag.Usage, CodeConfirmConflict, args))
			case w.heldByOther(s, opts.As, now):
				refusals = append(refusals, claimedErr(slug, s))
			}
		}
		if len(refusals) > 0 {
			return refuse(refusals)
		}
		for _, s := range segs {
			took, kept := setEnglish(a, s, s.EN, opts.As, false, now)
			res.Segments = append(res.Segments, Confirmed{Segment: s, TookOver: took, Unchanged: kept})
		}
		found, err := w.segmentFindingsWith(a, ids, glossaryOf)
		if err != nil {
			return err
		}
		res.Findings = found
		if opts.Strict {
			for _, id := range ids {
				if n := countErrors(found, id); n > 0 {
					refusals = append(refusals, diag.New(diag.Refused, CodeFindings, diag.A{"article": slug, "segment": id, "Count": n}))
				}
			}
			if len(refusals) > 0 {
				res.Segments = nil
				return refuse(refusals)
			}
		}
		return nil
	})
	return res, err
}
