package workflow

import (
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/signing"
)

// TranslateOptions are one `bitext translate`.
type TranslateOptions struct {
	Segment string
	Text    string // as typed; checked with CleanText
	As      string
	Draft   bool // state draft and keep (or take) the claim
	Strict  bool // refuse when the per-segment checks find an error
	Now     time.Time
}

// TranslateResult tells what a translate did.
type TranslateResult struct {
	Segment   *articles.Segment
	Findings  []Finding       // the per-segment checks on the new English
	TookOver  *articles.Claim // an expired claim of someone else it replaced
	Unchanged bool            // same English as an approval that still holds: kept approved
}

// Translate sets a segment's English. It is refused when someone else holds
// a live claim on the segment; a segment nobody holds may be translated
// without checking it out first (claims keep two people from doing the same
// work, they are not a permission). The state becomes translated and the
// claim is released, or with Draft the state becomes draft and the claim is
// kept (taken, if the segment was free). A previous approval is dropped,
// since it was for other English; previous_zh stays until the segment is
// approved, so the reviewer still sees what changed in the Chinese.
//
// The per-segment checks run on the new English and come back in the
// result, also when the error is a refusal (with Strict), so they can be
// shown.
func (w *Workspace) Translate(slug string, opts TranslateOptions) (*TranslateResult, error) {
	text, err := CleanText(opts.Text)
	if err != nil {
		return nil, err
	}
	now := stamp(opts.Now)
	res := &TranslateResult{}
	glossaryOf := w.glossaryAhead()
	var checked chan struct{} // closed when the findings are in res
	err = w.Update(slug, func(a *Article) error {
		segs, err := pick(a, []string{opts.Segment})
		if err != nil {
			return err
		}
		s := segs[0]
		res.Segment = s
		if w.heldByOther(s, opts.As, now) {
			return claimedErr(slug, s)
		}
		res.TookOver, res.Unchanged = setEnglish(a, s, text, opts.As, opts.Draft, now)
		if !opts.Strict {
			// The checks do not decide the write: they run while the
			// article is written (a glossary that does not parse still
			// stops it).
			g, err := glossaryOf()
			if err != nil {
				return err
			}
			checked = make(chan struct{})
			// The checks read the article as read (its bytes place a
			// finding's span), while Save replaces them: they get a copy
			// of the Article, whose Raw Save does not touch.
			read := *a
			go func() {
				defer close(checked)
				res.Findings, _ = w.segmentFindingsWith(&read, []string{s.ID}, func() (*glossary.Glossary, error) { return g, nil })
			}()
			return nil
		}
		found, err := w.segmentFindingsWith(a, []string{s.ID}, glossaryOf)
		if err != nil {
			return err
		}
		res.Findings = found
		if n := countErrors(found, s.ID); n > 0 {
			return diag.New(diag.Refused, CodeFindings, diag.A{"article": slug, "segment": s.ID, "Count": n})
		}
		return nil
	})
	if checked != nil {
		<-checked
	}
	return res, err
}

// setEnglish does to one segment what translate does with text: the state
// becomes translated (or draft), the translator is recorded, a previous
// approval is dropped (it was for other English) unless the text is the
// approved one and the approval still holds, a merge conflict ends, and
// the claim is released (or kept, taken if free, with draft). It returns
// the expired claim of someone else it replaced, if any, and whether an
// approval was kept. The caller has checked the claim.
func setEnglish(a *Article, s *articles.Segment, text, as string, draft bool, now time.Time) (tookOver *articles.Claim, unchanged bool) {
	a.Touch(s)
	if s.Claim != nil && s.Claim.By != as {
		old := *s.Claim
		tookOver = &old
	}
	switch {
	case !draft && s.State == articles.Approved && s.EN == text && s.ApprovalValid():
		unchanged = true
	default:
		s.SetEN(text)
		s.Translator = as
		s.State = articles.Translated
		if draft {
			s.State = articles.Draft
		}
		s.Approval = nil
	}
	s.Conflict = nil // a new English (or ours, kept) ends a merge conflict
	if draft {
		s.Claim = &articles.Claim{By: as, At: now}
	} else {
		s.Claim = nil
	}
	return tookOver, unchanged
}

// countErrors counts the error findings on one segment that stand in the
// way of translate --strict and approve. The workflow rules (an approval
// gone void, an expired claim, an untranslated segment) are about the
// segment's state, which these commands check themselves.
func countErrors(fs []Finding, id string) int {
	n := 0
	for _, f := range fs {
		if f.Segment == id && f.Severity == SevError && !strings.HasPrefix(f.Rule, "workflow.") {
			n++
		}
	}
	return n
}

// ApproveOptions are one `bitext approve`.
type ApproveOptions struct {
	Segments []string
	All      bool // every translated segment, and approved ones whose approval went void
	Force    bool // approve draft and stale segments and error findings anyway (recorded)
	As       string
	Now      time.Time
	// Sign, when set, signs each approval record (workflow/signing); a
	// failure refuses the whole command and nothing is written.
	Sign func(signing.Record) (string, error)
}

// ApproveResult tells what an approve did.
type ApproveResult struct {
	Approved []*articles.Segment
	Forced   []string // ids approved over a refusal, with --force
	Already  []string // named ids whose approval still holds: left as they were
	// Skipped are, with All, the refusals of the segments left unapproved
	// while others were approved (each a *diag.Error of kind Refused).
	Skipped []error
	// Waiting counts, with All, the segments --all does not take up: new,
	// draft or stale ones (not translated yet, so not for review).
	Waiting  int
	Findings []Finding
	// SourceChanged: the article's source changed since its last add or
	// sync, so what was approved is the Chinese as it was; sync will mark
	// the sentences that changed stale (and void those approvals).
	SourceChanged bool
}

// Approve records approvals (who, when, and the hashes of the zh and en
// approved). It refuses, for every segment, unless Force: state draft or
// stale, and error findings. It always refuses a segment with no English
// (state new), and one's own translation unless self_approve is set. For
// named segments any refusal refuses the whole command and nothing is
// written; with All, the segments that may be approved are, the others come
// back in Skipped, and the command is refused only when none may be.
func (w *Workspace) Approve(slug string, opts ApproveOptions) (*ApproveResult, error) {
	now := stamp(opts.Now)
	res := &ApproveResult{}
	glossaryOf := w.glossaryAhead()
	err := w.Update(slug, func(a *Article) error {
		res.SourceChanged = w.sourceDrifted(a)
		var segs []*articles.Segment
		if opts.All {
			for _, s := range a.File.Segments {
				if s.State == articles.Translated || (s.State == articles.Approved && (!s.ApprovalValid() || s.PreviousZH != "")) {
					segs = append(segs, s)
				} else if s.State != articles.Approved {
					res.Waiting++
				}
			}
		} else {
			var err error
			if segs, err = pick(a, opts.Segments); err != nil {
				return err
			}
		}
		var todo []*articles.Segment
		var ids []string
		var refusals []error
		forced := map[string]bool{}
		for _, s := range segs {
			if s.State == articles.Approved && s.ApprovalValid() && s.PreviousZH == "" {
				// (with previous_zh, a punctuation-only source edit sync
				// carried waits to be acknowledged)
				res.Already = append(res.Already, s.ID)
				continue
			}
			switch {
			case strings.TrimSpace(s.EN) == "" || s.State == articles.New:
				refusals = append(refusals, notApprovable(slug, s))
				continue
			case s.State == articles.Draft || s.State == articles.Stale:
				if !opts.Force {
					refusals = append(refusals, notApprovable(slug, s))
					continue
				}
				forced[s.ID] = true
			}
			if s.Translator == opts.As && !w.Settings.SelfApprove {
				refusals = append(refusals, diag.New(diag.Refused, CodeSelfApprove, diag.A{"article": slug, "segment": s.ID, "by": opts.As}))
				continue
			}
			todo = append(todo, s)
			ids = append(ids, s.ID)
		}
		var approvable []*articles.Segment
		if len(todo) > 0 {
			found, err := w.segmentFindingsWith(a, ids, glossaryOf)
			if err != nil {
				return err
			}
			res.Findings = found
			for _, s := range todo {
				if n := countErrors(found, s.ID); n > 0 {
					if !opts.Force {
						refusals = append(refusals, diag.New(diag.Refused, CodeFindings, diag.A{"article": slug, "segment": s.ID, "Count": n}))
						continue
					}
					forced[s.ID] = true
				}
				approvable = append(approvable, s)
			}
		}
		if len(refusals) > 0 {
			// named segments: all or nothing; --all: all that may be
			// approved, the refusal only when none may
			if !opts.All || len(approvable) == 0 {
				return refuse(refusals)
			}
			res.Skipped = refusals
		}
		for _, s := range approvable {
			a.Touch(s)
			s.Approve(opts.As, now, forced[s.ID])
			if opts.Sign != nil {
				sig, err := opts.Sign(ApprovalRecord(slug, s))
				if err != nil {
					return &diag.Error{Kind: diag.IO, Code: CodeSignFailed, Err: err, Args: diag.A{"cause": err.Error()}}
				}
				s.Approval.Signature = sig
			}
			res.Approved = append(res.Approved, s)
			if forced[s.ID] {
				res.Forced = append(res.Forced, s.ID)
			}
		}
		return nil
	})
	return res, err
}

func notApprovable(slug string, s *articles.Segment) *diag.Error {
	return diag.New(diag.Refused, CodeNotApprovable, diag.A{"article": slug, "segment": s.ID, "state": string(s.State)})
}

// Reject sends a translated or approved segment back to draft with the
// reviewer's comment, dropping any approval. The translator and any claim
// stay as they were.
func (w *Workspace) Reject(slug, id, as, comment string, now time.Time) (*articles.Segment, error) {
	if strings.TrimSpace(comment) == "" {
		return nil, diag.New(diag.Usage, CodeNoComment, nil)
	}
	text, err := CleanText(comment)
	if err != nil {
		return nil, err
	}
	var seg *articles.Segment
	err = w.Update(slug, func(a *Article) error {
		segs, err := pick(a, []string{id})
		if err != nil {
			return err
		}
		s := segs[0]
		if s.State != articles.Translated && s.State != articles.Approved {
			return diag.New(diag.Refused, CodeNotRejectable, diag.A{"article": slug, "segment": s.ID, "state": string(s.State)})
		}
		a.Touch(s)
		s.State = articles.Draft
		s.Approval = nil
		s.Comments = append(s.Comments, articles.Comment{By: as, At: stamp(now), Text: text})
		seg = s
		return nil
	})
	return seg, err
}

// TermsIn lists the glossary terms whose Chinese forms occur in zh (the
// glossary's leftmost-longest matching, deprecated terms left out), in order
// of first occurrence, each once, for the translator's editor.
func (w *Workspace) TermsIn(zh string) ([]*glossary.Term, error) {
	g, err := w.LoadGlossary()
	if err != nil {
		return nil, err
	}
	var out []*glossary.Term
	seen := map[*glossary.Term]bool{}
	for _, m := range g.MatchZH(zh) {
		for _, t := range m.Terms {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// sourceDrifted reports whether a's source no longer matches the
// source_sha256 its segments were made from (false when the source cannot
// be read: the commands that need it say so).
func (w *Workspace) sourceDrifted(a *Article) bool {
	raw, err := w.readFile(a.SourceFile())
	if err != nil {
		return false
	}
	norm, err := articles.NormalizeSource(a.SourceFile(), raw)
	return err == nil && articles.SourceSHA256(norm) != a.File.SourceSHA256
}
