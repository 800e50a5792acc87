package workflow

import (
	"sort"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// ClaimInfo is one segment checked out by someone.
type ClaimInfo struct {
	Segment string    `json:"segment"`
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Expired bool      `json:"expired"`
}

// ArticleStatus is one article's line in `bitext status`.
type ArticleStatus struct {
	Article  string                 `json:"article"`
	File     string                 `json:"file"`
	Segments int                    `json:"segments"`
	States   map[articles.State]int `json:"states"`
	Claims   []ClaimInfo            `json:"claims"`
	Drift    bool                   `json:"drift"`          // the source changed since the last add/sync
	Missing  bool                   `json:"source_missing"` // the source file is gone
	Archived int                    `json:"archived"`
}

// Status summarises an article: segments by state, claims, drift.
func (w *Workspace) Status(a *Article, now time.Time) ArticleStatus {
	st := ArticleStatus{
		Article:  a.Slug,
		File:     w.Rel(a.Path),
		Segments: len(a.File.Segments),
		States:   map[articles.State]int{},
		Claims:   []ClaimInfo{},
		Archived: len(a.File.Archived),
	}
	for _, s := range articles.States {
		st.States[s] = 0
	}
	for _, s := range a.File.Segments {
		st.States[s.State]++
		if s.Claim != nil {
			st.Claims = append(st.Claims, ClaimInfo{Segment: s.ID, By: s.Claim.By, At: s.Claim.At,
				Expired: w.Settings.ClaimTTL > 0 && now.Sub(s.Claim.At) > w.Settings.ClaimTTL})
		}
	}
	sort.SliceStable(st.Claims, func(i, j int) bool { return st.Claims[i].By < st.Claims[j].By })
	norm, err := a.ReadSource()
	switch {
	case err != nil:
		st.Missing, st.Drift = true, true
	default:
		st.Drift = articles.SourceSHA256(norm) != a.File.SourceSHA256
	}
	return st
}
