package workflow

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// `bitext log`: a segment's history, read from the git history of its
// segment file (following renames): each version of the file is compared
// with the one before, and what changed in a segment becomes events.

// The events of a segment's history.
const (
	EventAdded         = "added"          // the segment appeared (add, sync)
	EventSourceChanged = "source-changed" // its Chinese changed (sync)
	EventJoined        = "joined"         // it took in the next sentences (join, realign); Sentences says how many it spans
	EventSplit         = "split"          // it gave its last sentences to segments of their own (split, realign)
	EventTranslated    = "translated"     // new English, state translated
	EventDrafted       = "drafted"        // new English, state draft
	EventApproved      = "approved"
	EventRejected      = "rejected" // back to draft, with a comment
	EventCommented     = "commented"
	EventClaimed       = "claimed"
	EventReleased      = "released"
	EventRemoved       = "removed" // the source lost it; archived
)

// LogEntry is one event in a segment's history.
type LogEntry struct {
	Commit  string    `json:"commit"` // "" for changes not committed yet
	Author  string    `json:"author"` // the commit's author
	Date    time.Time `json:"date"`   // the commit's author date
	Subject string    `json:"subject"`
	Segment string    `json:"segment"`
	Event   string    `json:"event"`
	// By and At are who did it and when, as the segment file recorded it
	// (translator, approval, comment, claim); At falls back to Date.
	By      string         `json:"by,omitempty"`
	At      time.Time      `json:"at"`
	State   articles.State `json:"state"`
	ZH      string         `json:"zh"`
	EN      string         `json:"en"`
	Comment string         `json:"comment,omitempty"`
	Forced  bool           `json:"forced,omitempty"`
	// Sentences is, for joined and split, the Chinese sentences the
	// segment spans after it.
	Sentences int `json:"sentences,omitempty"`
}

// CodeNoHistory: log needs the workspace in a git repository.
const CodeNoHistory = "err.log.no-history"

func init() { diag.Register(CodeNoHistory) }

// logLimit bounds how many versions of a segment file are read.
const logLimit = 1000

// Log returns the history of an article's segments (of the one segment
// seg, if not ""), oldest first, from the git history of its segment file;
// uncommitted changes in the working tree come last, with no commit.
func (w *Workspace) Log(name, seg string) ([]LogEntry, error) {
	slugs, err := w.Resolve([]string{name})
	if err != nil {
		return nil, err
	}
	a, err := w.Load(slugs[0])
	if err != nil {
		return nil, err
	}
	if seg != "" && a.File.Segment(seg) == nil && !slices.ContainsFunc(a.File.Archived, func(ar *articles.Archived) bool { return ar.ID == seg }) {
		return nil, NoSegment(a, seg)
	}
	rel := w.Rel(a.Path)
	if _, err := w.git("rev-parse", "--git-dir"); err != nil {
		return nil, &diag.Error{Kind: diag.Usage, Code: CodeNoHistory, File: a.Path, Args: diag.A{"cause": strings.TrimPrefix(err.Error(), "fatal: ")}}
	}
	out, err := w.git("log", "--follow", "-n", strconv.Itoa(logLimit), "--format=%x00%H%x1f%an%x1f%aI%x1f%s", "--name-only", "--", rel)
	if err != nil {
		return nil, &diag.Error{Kind: diag.Usage, Code: CodeNoHistory, File: a.Path, Args: diag.A{"cause": err.Error()}}
	}
	type version struct {
		commit, author, subject, path string
		date                          time.Time
	}
	var versions []version
	for _, rec := range strings.Split(string(out), "\x00") {
		head, rest, _ := strings.Cut(strings.TrimSpace(rec), "\n")
		f := strings.Split(head, "\x1f")
		if len(f) != 4 {
			continue
		}
		v := version{commit: f[0], author: f[1], subject: f[3], path: rel}
		v.date, _ = time.Parse(time.RFC3339, f[2])
		if p := strings.TrimSpace(rest); p != "" {
			v.path = strings.SplitN(p, "\n", 2)[0]
		}
		versions = append(versions, v)
	}
	slices.Reverse(versions) // oldest first
	var entries []LogEntry
	var prev *articles.File
	var prevRaw []byte
	top, _ := w.git("rev-parse", "--show-toplevel")
	prefix := ""
	if r := Rel(strings.TrimSpace(string(top)), w.Root); r != "." && r != "" {
		prefix = r + "/"
	}
	for _, v := range versions {
		// --name-only names paths from the top of the repository.
		data, err := w.git("show", v.commit+":"+v.path)
		if err != nil {
			data, err = w.git("show", v.commit+":./"+strings.TrimPrefix(v.path, prefix))
		}
		if err != nil {
			continue // deleted in this commit
		}
		f, err := articles.Decode(v.commit+":"+v.path, data)
		if err != nil {
			continue // a version that did not parse: nothing to learn from it
		}
		for _, e := range fileEvents(prev, f, seg) {
			e.Commit, e.Author, e.Date, e.Subject = v.commit, v.author, v.date, v.subject
			if e.At.IsZero() {
				e.At = v.date
			}
			entries = append(entries, e)
		}
		prev, prevRaw = f, data
	}
	if !bytes.Equal(prevRaw, a.Raw) {
		entries = append(entries, fileEvents(prev, a.File, seg)...)
	}
	if entries == nil {
		entries = []LogEntry{}
	}
	return entries, nil
}

// fileEvents compares two versions of a segment file (prev nil: none) and
// returns what happened to each segment (to seg only, if not "").
func fileEvents(prev, cur *articles.File, seg string) []LogEntry {
	old := map[string]*articles.Segment{}
	if prev != nil {
		for _, s := range prev.Segments {
			old[s.ID] = s
		}
	}
	var out []LogEntry
	for _, s := range cur.Segments {
		if seg == "" || s.ID == seg {
			out = append(out, segmentEvents(old[s.ID], s)...)
		}
		delete(old, s.ID)
	}
	if prev != nil {
		for _, s := range prev.Segments {
			if _, gone := old[s.ID]; !gone || seg != "" && s.ID != seg {
				continue
			}
			e := LogEntry{Segment: s.ID, Event: EventRemoved, State: s.State, ZH: s.ZH, EN: s.EN}
			for _, ar := range cur.Archived {
				if ar.ID == s.ID {
					e.At = ar.RemovedAt
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// segmentEvents is what happened to one segment between two versions.
func segmentEvents(prev, s *articles.Segment) []LogEntry {
	mk := func(event, by string, at time.Time) LogEntry {
		return LogEntry{Segment: s.ID, Event: event, By: by, At: at, State: s.State, ZH: s.ZH, EN: s.EN}
	}
	var out []LogEntry
	if prev == nil {
		out = append(out, mk(EventAdded, "", time.Time{}))
		prev = &articles.Segment{ZH: s.ZH}
	}
	switch n, was := s.SentenceCount(), prev.SentenceCount(); {
	case s.ZH == prev.ZH:
	// A join or realign keeps the first segment's id: its Chinese grows
	// by the sentences after it, or loses them to a split. That is no
	// change of the source.
	case n > was && strings.HasPrefix(s.ZH, prev.ZH):
		e := mk(EventJoined, "", time.Time{})
		e.Sentences = n
		out = append(out, e)
	case n < was && strings.HasPrefix(prev.ZH, s.ZH):
		e := mk(EventSplit, "", time.Time{})
		e.Sentences = n
		out = append(out, e)
	default:
		out = append(out, mk(EventSourceChanged, "", time.Time{}))
	}
	if s.EN != prev.EN && s.EN != "" {
		ev := EventTranslated
		if s.State == articles.Draft {
			ev = EventDrafted
		}
		out = append(out, mk(ev, s.Translator, time.Time{}))
	}
	if s.Approval != nil && s.State == articles.Approved && (prev.Approval == nil || *prev.Approval != *s.Approval) {
		e := mk(EventApproved, s.Approval.By, s.Approval.At)
		e.Forced = s.Approval.Forced
		out = append(out, e)
	}
	if len(s.Comments) > len(prev.Comments) {
		rejected := s.State == articles.Draft && (prev.State == articles.Translated || prev.State == articles.Approved)
		for _, c := range s.Comments[len(prev.Comments):] {
			ev := EventCommented
			if rejected {
				ev, rejected = EventRejected, false
			}
			e := mk(ev, c.By, c.At)
			e.Comment = c.Text
			out = append(out, e)
		}
	}
	switch {
	case s.Claim != nil && (prev.Claim == nil || *prev.Claim != *s.Claim):
		out = append(out, mk(EventClaimed, s.Claim.By, s.Claim.At))
	case s.Claim == nil && prev.Claim != nil && s.EN == prev.EN:
		out = append(out, mk(EventReleased, prev.Claim.By, time.Time{}))
	}
	return out
}
