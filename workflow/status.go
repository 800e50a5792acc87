package workflow

import (
	"errors"
	"sort"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/conflict"
	"github.com/bitext-desk/bitext/articles/diag"
)

// ClaimInfo is one segment checked out by someone.
type ClaimInfo struct {
	Segment string    `json:"segment"`
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Expired bool      `json:"expired"`
	State   string    `json:"state"`
	ZH      string    `json:"zh"`
	// Comments on the segment, so a translator sees why it came back.
	Comments []CommentView `json:"comments,omitempty"`
}

// SegmentComment is one comment on a segment of an article.
type SegmentComment struct {
	Segment string         `json:"segment"`
	State   articles.State `json:"state"`
	CommentView
}

// ArticleStatus is one article's line in `bitext status`.
type ArticleStatus struct {
	Article  string                 `json:"article"`
	File     string                 `json:"file"`
	Segments int                    `json:"segments"`
	States   map[articles.State]int `json:"states"`
	Claims   []ClaimInfo            `json:"claims"`
	Drift    bool                   `json:"drift"`                     // the source changed since the last add/sync
	Missing  bool                   `json:"source_missing"`            // the source file is gone
	Conflict bool                   `json:"source_conflict,omitempty"` // the source has merge-conflict markers
	Archived int                    `json:"archived"`
	// MergeConflicts are the segments a merge left with two Englishes
	// (their conflict key), to end with `bitext resolve`.
	MergeConflicts []string         `json:"merge_conflicts,omitempty"`
	Comments       []SegmentComment `json:"comments"` // every comment, in segment order
}

// Status summarises an article: segments by state, claims, drift.
func (w *Workspace) Status(a *Article, now time.Time) ArticleStatus {
	src, err := w.readFile(a.SourceFile())
	return w.summarize(a, now, src, err)
}

// summarize is Status with the source's bytes (or the error reading them).
func (w *Workspace) summarize(a *Article, now time.Time, src []byte, srcErr error) ArticleStatus {
	st := ArticleStatus{
		Article:  a.Slug,
		File:     w.Rel(a.Path),
		Segments: len(a.File.Segments),
		States:   map[articles.State]int{},
		Claims:   []ClaimInfo{},
		Archived: len(a.File.Archived),
		Comments: []SegmentComment{},
	}
	for _, s := range articles.States {
		st.States[s] = 0
	}
	for _, s := range a.File.Segments {
		st.States[s.State]++
		if s.Conflict != nil {
			st.MergeConflicts = append(st.MergeConflicts, s.ID)
		}
		if s.Claim != nil {
			st.Claims = append(st.Claims, ClaimInfo{Segment: s.ID, By: s.Claim.By, At: s.Claim.At,
				Expired: w.ClaimExpired(s.Claim, now), State: string(s.State), ZH: s.ZH, Comments: commentsOrNil(s)})
		}
		for _, c := range CommentsOf(s) {
			st.Comments = append(st.Comments, SegmentComment{Segment: s.ID, State: s.State, CommentView: c})
		}
	}
	sort.SliceStable(st.Claims, func(i, j int) bool { return st.Claims[i].By < st.Claims[j].By })
	var norm string
	if srcErr == nil {
		norm, srcErr = articles.NormalizeSource(a.SourceFile(), src)
	}
	var de *diag.Error
	switch {
	case errors.As(srcErr, &de) && de.Code == conflict.Code:
		st.Conflict, st.Drift = true, true
	case srcErr != nil:
		st.Missing, st.Drift = true, true
	default:
		st.Drift = articles.SourceSHA256(norm) != a.File.SourceSHA256
	}
	return st
}

// HeldClaim is one segment a person holds, in a person's list.
type HeldClaim struct {
	Article string    `json:"article"`
	Segment string    `json:"segment"`
	At      time.Time `json:"at"`
	Expired bool      `json:"expired"`
	State   string    `json:"state"`
	ZH      string    `json:"zh"`
	// Comments on the segment, so a translator sees why it came back.
	Comments []CommentView `json:"comments,omitempty"`
}

// PersonStatus is what one person holds across the articles of a status.
type PersonStatus struct {
	Person  string      `json:"person"`
	Claims  []HeldClaim `json:"claims"`
	Expired int         `json:"expired"` // how many of the claims are past claim_ttl
}

// People regroups the claims of some article statuses by person: people
// sorted by name, each one's claims in article order, then file order.
func People(list []ArticleStatus) []PersonStatus {
	byName := map[string]*PersonStatus{}
	var names []string
	for _, st := range list {
		for _, c := range st.Claims {
			p := byName[c.By]
			if p == nil {
				p = &PersonStatus{Person: c.By, Claims: []HeldClaim{}}
				byName[c.By] = p
				names = append(names, c.By)
			}
			p.Claims = append(p.Claims, HeldClaim{Article: st.Article, Segment: c.Segment, At: c.At, Expired: c.Expired, State: c.State, ZH: c.ZH, Comments: c.Comments})
			if c.Expired {
				p.Expired++
			}
		}
	}
	sort.Strings(names)
	out := make([]PersonStatus, 0, len(names))
	for _, n := range names {
		out = append(out, *byName[n])
	}
	return out
}

// PersonOf returns one person's entry of People, empty when they hold nothing.
func PersonOf(people []PersonStatus, name string) PersonStatus {
	for _, p := range people {
		if p.Person == name {
			return p
		}
	}
	return PersonStatus{Person: name, Claims: []HeldClaim{}}
}

// commentsOrNil is a segment's comments, nil when it has none (left out of
// JSON).
func commentsOrNil(s *articles.Segment) []CommentView {
	if len(s.Comments) == 0 {
		return nil
	}
	return CommentsOf(s)
}
