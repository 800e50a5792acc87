package workflow

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
)

// Error codes of the translator and reviewer workflow. Refused ones exit 1
// ("the answer is no"), Usage ones exit 2.
const (
	CodeClaimed        = "err.workflow.claimed"          // Refused: someone else holds a live claim
	CodeNothingToClaim = "err.workflow.nothing-to-claim" // Refused: --next found no free segment
	CodeNotYours       = "err.workflow.not-yours"        // Refused: release of someone else's live claim
	CodeEmptyText      = "err.workflow.empty-text"       // Usage: an empty translation
	CodeControlChar    = "err.workflow.control-char"     // Usage: a stray control character
	CodeTextUTF8       = "err.workflow.text-utf8"        // Usage: text that is not UTF-8
	CodeEditAborted    = "err.workflow.edit-aborted"     // Refused: the editor left no text
	CodeNotApprovable  = "err.workflow.not-approvable"   // Refused: state new/draft/stale, or no English
	CodeSelfApprove    = "err.workflow.self-approve"     // Refused: approving one's own translation
	CodeFindings       = "err.workflow.findings"         // Refused: error findings
	CodeNotRejectable  = "err.workflow.not-rejectable"   // Refused: nothing to reject
	CodeNoComment      = "err.workflow.no-comment"       // Usage: reject without -m
)

func init() {
	diag.Register(CodeClaimed, CodeNothingToClaim, CodeNotYours, CodeEmptyText, CodeControlChar,
		CodeTextUTF8, CodeEditAborted, CodeNotApprovable, CodeSelfApprove, CodeFindings,
		CodeNotRejectable, CodeNoComment)
}

// ClaimExpired reports whether a claim is past the workspace's claim_ttl
// (a ttl of zero or less means claims never expire).
func (w *Workspace) ClaimExpired(c *articles.Claim, now time.Time) bool {
	return c != nil && w.Settings.ClaimTTL > 0 && now.Sub(c.At) > w.Settings.ClaimTTL
}

// heldByOther reports whether someone other than as holds a live claim on s.
func (w *Workspace) heldByOther(s *articles.Segment, as string, now time.Time) bool {
	return s.Claim != nil && s.Claim.By != as && !w.ClaimExpired(s.Claim, now)
}

// claimedErr is the refusal naming who holds a segment and since when.
func claimedErr(slug string, s *articles.Segment) *diag.Error {
	return diag.New(diag.Refused, CodeClaimed, diag.A{
		"article": slug, "segment": s.ID, "by": s.Claim.By, "at": FormatTime(s.Claim.At)})
}

// FormatTime renders a time as the segment file does (RFC 3339, UTC, seconds).
func FormatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

// pick looks up the named segments of a, in the order named, without
// repeats; an unknown id is a usage error.
func pick(a *Article, ids []string) ([]*articles.Segment, error) {
	var out []*articles.Segment
	seen := map[string]bool{}
	for _, id := range ids {
		s := a.File.Segment(id)
		if s == nil {
			return nil, NoSegment(a, id)
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, s)
		}
	}
	return out, nil
}

// NoSegment is the usage error for a segment id article a does not have.
// Its arguments say what the id may have meant: "archived" when the
// source no longer has it (sync archived it), else "near", the one id of
// the article a typo away from it (one character changed, left out, added
// or two swapped), when there is exactly one.
func NoSegment(a *Article, id string) *diag.Error {
	args := diag.A{"article": a.Slug, "segment": id}
	for _, ar := range a.File.Archived {
		if ar.ID == id {
			args["archived"] = true
			return diag.New(diag.Usage, diag.CodeNoSegment, args)
		}
	}
	near := ""
	for _, s := range a.File.Segments {
		if oneTypo(id, s.ID) {
			if near != "" {
				near = ""
				break
			}
			near = s.ID
		}
	}
	if near != "" {
		args["near"] = near
	}
	return diag.New(diag.Usage, diag.CodeNoSegment, args)
}

// oneTypo reports whether a and b differ by one typing slip: one
// character changed, left out or added, or two neighbours swapped.
func oneTypo(a, b string) bool { return a != b && glossary.EditDistance(a, b, 1) == 1 }

// refuse joins the refusals of a command on several segments: all of them
// are reported, and nothing is written. errors.As finds the first.
func refuse(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

// CheckoutOptions say what to claim: the named segments, or the next N
// unclaimed new, draft or stale ones in file order.
type CheckoutOptions struct {
	Segments []string
	Next     int
	As       string
	Now      time.Time
}

// Claimed is one segment a checkout claimed.
type Claimed struct {
	Segment   *articles.Segment
	Refreshed bool            // it was already ours: the claim's time was renewed
	TookOver  *articles.Claim // the expired claim it replaced, if any
}

// Checkout claims segments of an article for opts.As. A segment someone
// else holds (a live claim) refuses the whole checkout and nothing is
// written; an expired claim is taken over and reported as such.
func (w *Workspace) Checkout(slug string, opts CheckoutOptions) ([]Claimed, error) {
	out, _, err := w.CheckoutArticle(slug, opts)
	return out, err
}

// CheckoutArticle is Checkout that also returns the article as written
// (for MemoryWith).
func (w *Workspace) CheckoutArticle(slug string, opts CheckoutOptions) ([]Claimed, *Article, error) {
	now := stamp(opts.Now)
	var out []Claimed
	var art *Article
	err := w.Update(slug, func(a *Article) error {
		out, art = nil, a
		var segs []*articles.Segment
		if opts.Next > 0 {
			for _, s := range a.File.Segments {
				if len(segs) == opts.Next {
					break
				}
				free := s.Claim == nil || w.ClaimExpired(s.Claim, now)
				if free && (s.State == articles.New || s.State == articles.Draft || s.State == articles.Stale) {
					segs = append(segs, s)
				}
			}
			if len(segs) == 0 {
				return diag.New(diag.Refused, CodeNothingToClaim, diag.A{"article": slug})
			}
		} else {
			var err error
			if segs, err = pick(a, opts.Segments); err != nil {
				return err
			}
		}
		var refusals []error
		for _, s := range segs {
			if w.heldByOther(s, opts.As, now) {
				refusals = append(refusals, claimedErr(slug, s))
			}
		}
		if len(refusals) > 0 {
			return refuse(refusals)
		}
		for _, s := range segs {
			c := Claimed{Segment: s}
			if s.Claim != nil {
				if s.Claim.By == opts.As {
					c.Refreshed = true
				} else {
					old := *s.Claim
					c.TookOver = &old
				}
			}
			s.Claim = &articles.Claim{By: opts.As, At: now}
			a.Touch(s)
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out, art, nil
}

// ReleaseResult tells what a release did.
type ReleaseResult struct {
	Released []string // ids whose claim was dropped
	NotHeld  []string // named ids that had no claim of ours (nothing to do)
}

// Release drops as's claims on the named segments, or on every segment of
// the article as holds when none is named. A live claim of someone else is
// refused; an expired one may be dropped by anyone.
func (w *Workspace) Release(slug string, ids []string, as string, now time.Time) (ReleaseResult, error) {
	var res ReleaseResult
	err := w.Update(slug, func(a *Article) error {
		res = ReleaseResult{}
		var segs []*articles.Segment
		if len(ids) == 0 {
			for _, s := range a.File.Segments {
				if s.Claim != nil && s.Claim.By == as {
					segs = append(segs, s)
				}
			}
		} else {
			var err error
			if segs, err = pick(a, ids); err != nil {
				return err
			}
		}
		var refusals []error
		for _, s := range segs {
			if w.heldByOther(s, as, now) {
				refusals = append(refusals, diag.New(diag.Refused, CodeNotYours, diag.A{
					"article": slug, "segment": s.ID, "by": s.Claim.By, "at": FormatTime(s.Claim.At)}))
			}
		}
		if len(refusals) > 0 {
			return refuse(refusals)
		}
		for _, s := range segs {
			if s.Claim == nil {
				res.NotHeld = append(res.NotHeld, s.ID)
				continue
			}
			a.Touch(s)
			s.Claim = nil
			res.Released = append(res.Released, s.ID)
		}
		return nil
	})
	return res, err
}

// CleanText checks a translation or comment typed by a user and returns it
// with surrounding white space trimmed. It must be valid UTF-8, not empty,
// and free of control characters (unicode.IsControl). Newlines and tabs
// count as control characters: a segment is one sentence on one line, and
// export joins segments with spaces, so a newline inside one would break the
// rebuilt paragraph. Errors are usage errors (exit 2).
func CleanText(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRuneInString(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", diag.New(diag.Usage, CodeTextUTF8, diag.A{"offset": off + 1})
	}
	text := strings.TrimSpace(raw)
	if text == "" {
		return "", diag.New(diag.Usage, CodeEmptyText, nil)
	}
	col := 0
	for _, r := range text {
		col++
		if unicode.IsControl(r) {
			return "", diag.New(diag.Usage, CodeControlChar, diag.A{"char": fmt.Sprintf("U+%04X", r), "column": col})
		}
	}
	return text, nil
}

// StripComments turns what a translator wrote in the editor into one line
// of text: lines starting with # are dropped, the others joined as JoinLines
// does (an editor may wrap a long sentence).
func StripComments(s string) string {
	var kept []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			kept = append(kept, line)
		}
	}
	return JoinLines(strings.Join(kept, "\n"))
}

// JoinLines joins a wrapped text into one line: each line trimmed, empty
// ones dropped, the rest joined with single spaces. Standard input (a
// wrapped paragraph piped in) is read this way, as the editor's text is.
func JoinLines(s string) string {
	var parts []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if t := strings.TrimSpace(line); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}
