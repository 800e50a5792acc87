package workflow

import (
	"time"
)

// THIS FILE IS THE AGREED API of `bitext check` (the check helper owns it and
// fills in the bodies); fields may be added, none renamed or removed.

// Finding is one result of `bitext check`, as the contract's JSON shows it.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Article  string   `json:"article,omitempty"`
	Segment  string   `json:"segment,omitempty"`
	File     string   `json:"file"` // workspace-relative, slash-separated
	Line     int      `json:"line,omitempty"`
	Column   int      `json:"column,omitempty"`
	// EndLine and EndColumn are just after the finding's span (the
	// number or term) where the file writes it; left out when the finding
	// has no span there.
	EndLine   int    `json:"end_line,omitempty"`
	EndColumn int    `json:"end_column,omitempty"`
	Term      string `json:"term,omitempty"`
	Expected  string `json:"expected,omitempty"`
	Found     string `json:"found,omitempty"`
	Message   string `json:"message"` // filled in by the CLI, in the user's language

	// For rendering: message arguments, the segment's text and the offending
	// span (byte offsets into EN, or ZH when SpanInZH).
	Args       map[string]any `json:"-"`
	ZH, EN     string         `json:"-"`
	Start, End int            `json:"-"`
	SpanInZH   bool           `json:"-"`

	// Accepted marks a finding a person accepted on the segment (see
	// articles.Acceptance): check lists it apart and does not count it.
	Accepted    bool   `json:"-"`
	AcceptedBy  string `json:"accepted_by,omitempty"`
	AcceptedWhy string `json:"accepted_why,omitempty"`
}

// Summary counts what a check looked at and found.
type Summary struct {
	Articles int `json:"articles"`
	Segments int `json:"segments"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

// Report is the whole result of a check.
type Report struct {
	Findings []Finding `json:"findings"`
	Summary  Summary   `json:"summary"`
	// Accepted are the findings accepted on their segments: not counted in
	// the summary, listed by check --show-accepted and in JSON.
	Accepted []Finding `json:"accepted,omitempty"`
}

// CheckOptions select what to check.
type CheckOptions struct {
	Articles []string  // slugs; none means all
	Now      time.Time // for claim expiry; zero means time.Now()
	NoCache  bool      // neither read nor write the check cache
	// ChangedSince, a git revision, narrows the articles to those changed
	// since it (see Workspace.ChangedSince).
	ChangedSince string
	// Scope, when set, is told how many articles the check will read,
	// once it knows, before it reads them (a command may then tune its
	// garbage collector for a short check); it may be told again, of
	// another count, when a guess (see --changed-since) was wrong.
	Scope func(articles int)
}
