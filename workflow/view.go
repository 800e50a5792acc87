package workflow

import (
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/signing"
)

// The reviewer's view of an article (`bitext show`, `bitext report`): every
// segment with both languages, its people, comments and findings, and the
// glossary terms in each language.

// TermSpan is a glossary term found in a segment's text: bytes
// [Start, End) of the Chinese or the English.
type TermSpan struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Term     string `json:"term"`     // the term's id
	Expected string `json:"expected"` // the official rendering (and abbr)
	// OK is false where check gives the term a finding (see ENTerms): a
	// forbidden variant, a reversed name, a deprecated rendering, the
	// rendering in another case, the abbr before the first mention...
	OK bool `json:"ok"`
}

// ClaimView is who holds a segment.
type ClaimView struct {
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Expired bool      `json:"expired"`
}

// ApprovalView is a segment's approval and whether it still holds.
type ApprovalView struct {
	By     string    `json:"by"`
	At     time.Time `json:"at"`
	Valid  bool      `json:"valid"`
	Forced bool      `json:"forced"`
	// For a signed approval: whether the signature verifies against the
	// allowed signers (good, bad, wrong-name), the key's fingerprint and
	// the names the allowed signers list for it.
	Signature   string   `json:"signature,omitempty"`
	Fingerprint string   `json:"signer_key,omitempty"`
	Signers     []string `json:"signers,omitempty"`
}

// CommentView is one comment on a segment.
type CommentView struct {
	By   string    `json:"by"`
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// SegmentView is one segment as a reviewer sees it.
type SegmentView struct {
	ID         string         `json:"id"`
	Para       int            `json:"para"`
	Sentences  int            `json:"sentences,omitempty"` // a joined segment's count of Chinese sentences (2 or more)
	State      articles.State `json:"state"`
	ZH         string         `json:"zh"`
	EN         string         `json:"en"`
	Translator string         `json:"translator,omitempty"`
	Claim      *ClaimView     `json:"claim,omitempty"`
	Approval   *ApprovalView  `json:"approval,omitempty"`
	PreviousZH string         `json:"previous_zh,omitempty"`
	PreviousEN string         `json:"previous_en,omitempty"`
	Comments   []CommentView  `json:"comments"`
	Findings   []Finding      `json:"findings"`
	ZHTerms    []TermSpan     `json:"zh_terms"`
	ENTerms    []TermSpan     `json:"en_terms"`
	// Diff is what awaits review in the segment, as `bitext diff` shows it
	// (nil when nothing does).
	Diff *SegmentDiff `json:"diff,omitempty"`
}

// ArchivedView is a segment the source no longer has.
type ArchivedView struct {
	ID         string         `json:"id"`
	Para       int            `json:"para"`
	ZH         string         `json:"zh"`
	EN         string         `json:"en"`
	State      articles.State `json:"state"`
	Translator string         `json:"translator,omitempty"`
	RemovedAt  time.Time      `json:"removed_at"`
}

// ArticleView is one article as a reviewer sees it.
type ArticleView struct {
	Article       string                 `json:"article"`
	File          string                 `json:"file"`
	Source        string                 `json:"source"`
	Drift         bool                   `json:"drift"`
	SourceMissing bool                   `json:"source_missing"`
	Total         int                    `json:"total"` // segments in the article, before any filter
	States        map[articles.State]int `json:"states"`
	Errors        int                    `json:"errors"`
	Warnings      int                    `json:"warnings"`
	Findings      []Finding              `json:"findings"` // about the article itself (drift.source-changed)
	Segments      []SegmentView          `json:"segments"`
	Archived      []ArchivedView         `json:"archived"`
}

// ViewOptions choose what a view shows.
type ViewOptions struct {
	Segments     []string         // ids; none: every segment
	States       []articles.State // none: every state
	FindingsOnly bool             // only segments with findings
	Now          time.Time        // for claim expiry
	// NoHistory: the English diffs use previous_en only, never git history
	// (one git process per article is too slow for a report of thousands).
	NoHistory bool
	// CheckCache: take the findings from `bitext check`'s cache where it
	// holds this very segment file and source (a CI job runs check first),
	// computing them only for the others. The cache is only read.
	CheckCache bool
}

// View builds the reviewer's view of the named articles (none: all), in
// order, with the findings of every rule at this workspace's severities.
// A segment file that does not parse is an error (exit 2), as for check.
func (w *Workspace) View(names []string, opts ViewOptions) ([]*ArticleView, error) {
	var out []*ArticleView
	err := w.ViewEach(names, opts, func(i int, v *ArticleView) error {
		for len(out) <= i {
			out = append(out, nil)
		}
		out[i] = v
		return nil
	}, 1)
	return out, err
}

// ViewEach builds the view of each named article (none: all) and hands it
// to fn with its index in the list, on up to workers goroutines at once (0:
// one per CPU), so that a caller writing pages need not hold every view in
// memory. The first error stops the work and is returned.
func (w *Workspace) ViewEach(names []string, opts ViewOptions, fn func(i int, v *ArticleView) error, workers int) error {
	slugs, err := w.Resolve(names)
	if err != nil {
		return err
	}
	for _, st := range opts.States {
		if !st.Valid() {
			return &diag.Error{Kind: diag.Usage, Code: CodeBadStateFilter, Args: diag.A{"state": string(st)}}
		}
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	g, err := w.LoadGlossary()
	if err != nil {
		return err
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var mu sync.Mutex
	var first error
	failed := func() bool { mu.Lock(); defer mu.Unlock(); return first != nil }
	cache := w.newCheckCache(!opts.CheckCache)
	parallelN(len(slugs), workers, func(i int) {
		if failed() {
			return
		}
		v, err := w.viewArticle(slugs[i], g, opts, cache)
		if err == nil {
			err = fn(i, v)
		}
		if err != nil {
			mu.Lock()
			if first == nil {
				first = err
			}
			mu.Unlock()
		}
	})
	return first
}

// CodeBadStateFilter: --state names no state.
const CodeBadStateFilter = "err.view.bad-state"

func init() { diag.Register(CodeBadStateFilter) }

func (w *Workspace) viewArticle(slug string, g *glossary.Glossary, opts ViewOptions, cache *checkCache) (*ArticleView, error) {
	a, err := w.Load(slug)
	if err != nil {
		return nil, err
	}
	if len(opts.Segments) > 0 {
		if _, err := pick(a, opts.Segments); err != nil {
			return nil, err
		}
	}
	v := &ArticleView{Article: slug, File: w.Rel(a.Path), Source: w.Rel(a.SourceFile()), Total: len(a.File.Segments),
		States: map[articles.State]int{}, Findings: []Finding{}, Segments: []SegmentView{}, Archived: []ArchivedView{}}
	for _, st := range articles.States {
		v.States[st] = 0
	}
	var ranks []ranked
	if res, ok := cacheGet(cache, w, slug); ok && !res.Invalid {
		ranks = append(ranks, res.Findings...)
		for _, r := range ranks {
			v.Drift = v.Drift || r.F.Rule == RuleDriftSourceChanged
		}
	} else {
		var res articleResult
		ranks = w.segmentRules(a, g, nil)
		if norm, err := w.readSource(a, &res); err != nil {
			v.SourceMissing, v.Drift = true, true
		} else if articles.SourceSHA256(norm) != a.File.SourceSHA256 {
			v.Drift = true
			line, col := topKeyPos(a.Raw, "source_sha256")
			ranks = append(ranks, ranked{F: Finding{
				Rule: RuleDriftSourceChanged, Article: slug, File: v.File, Line: line, Column: col,
				Args: map[string]any{"source": v.Source, "article": slug}, Start: -1, End: -1,
			}, Seg: -1, Rule: ruleIndex[RuleDriftSourceChanged]})
		}
	}
	var claims []claimRef
	for i, s := range a.File.Segments {
		if s.Claim != nil {
			claims = append(claims, claimRef{Seg: i, ID: s.ID, By: s.Claim.By, At: s.Claim.At, Pos: s.At, ZH: s.ZH, EN: s.EN, Article: slug, File: v.File})
		}
	}
	ranks = append(ranks, w.claimFindings(claims, opts.Now)...)
	sortRanked(ranks)
	bySeg := map[int][]Finding{}
	for _, r := range ranks {
		sev := w.Severity(r.F.Rule)
		if sev == SevOff {
			continue
		}
		r.F.Severity = sev
		if sev == SevError {
			v.Errors++
		} else {
			v.Warnings++
		}
		if r.Seg < 0 {
			v.Findings = append(v.Findings, r.F)
		} else {
			bySeg[r.Seg] = append(bySeg[r.Seg], r.F)
		}
	}
	diffs, err := w.diffArticle(a, DiffOptions{NoHistory: opts.NoHistory})
	if err != nil {
		return nil, err
	}
	diffOf := map[string]*SegmentDiff{}
	for i := range diffs {
		diffOf[diffs[i].Segment] = &diffs[i]
	}
	var reads [][]glossary.Reading
	if len(g.Terms) > 0 {
		_, reads = g.Read(a.File.Segments)
	}
	for i, s := range a.File.Segments {
		v.States[s.State]++
		if len(opts.Segments) > 0 && !slices.Contains(opts.Segments, s.ID) ||
			len(opts.States) > 0 && !slices.Contains(opts.States, s.State) ||
			opts.FindingsOnly && len(bySeg[i]) == 0 {
			continue
		}
		sv := SegmentView{ID: s.ID, Para: s.Para, Sentences: s.Sentences, State: s.State, ZH: s.ZH, EN: s.EN, Translator: s.Translator,
			PreviousZH: s.PreviousZH, PreviousEN: s.PreviousEN, Comments: CommentsOf(s),
			Findings: orNone(bySeg[i]), ZHTerms: ZHTerms(g, s.ZH), ENTerms: ENTerms(segReads(reads, i), s.EN, w.reportedIn(s)), Diff: diffOf[s.ID]}
		if s.Claim != nil {
			sv.Claim = &ClaimView{By: s.Claim.By, At: s.Claim.At, Expired: w.ClaimExpired(s.Claim, opts.Now)}
		}
		if s.Approval != nil {
			sv.Approval = &ApprovalView{By: s.Approval.By, At: s.Approval.At, Valid: s.ApprovalValid(), Forced: s.Approval.Forced}
			if s.Approval.Signature != "" {
				r := signing.Verify(s.Approval.Signature, ApprovalRecord(slug, s), w.signers)
				sv.Approval.Signature = signatureStatus[r.Status]
				sv.Approval.Fingerprint, sv.Approval.Signers = r.Fingerprint, r.Principals
			}
		}
		v.Segments = append(v.Segments, sv)
	}
	for _, ar := range a.File.Archived {
		v.Archived = append(v.Archived, ArchivedView{ID: ar.ID, Para: ar.Para, ZH: ar.ZH, EN: ar.EN, State: ar.State, Translator: ar.Translator, RemovedAt: ar.RemovedAt})
	}
	return v, nil
}

// signatureStatus names the outcomes of verifying a signed approval.
var signatureStatus = map[signing.Status]string{signing.Good: "good", signing.Bad: "bad", signing.WrongName: "wrong-name", signing.Unsigned: ""}

// cacheGet is the check cache's result for an article, if it holds one
// for the article as it is now.
func cacheGet(c *checkCache, w *Workspace, slug string) (*articleResult, bool) {
	if c == nil {
		return nil, false
	}
	return c.get(w, slug)
}

func orNone[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// CommentsOf lists a segment's comments, oldest first (never nil).
func CommentsOf(s *articles.Segment) []CommentView {
	out := make([]CommentView, 0, len(s.Comments))
	for _, c := range s.Comments {
		out = append(out, CommentView{By: c.By, At: c.At, Text: c.Text})
	}
	return out
}

// ZHTerms finds the glossary terms in a Chinese text, leftmost-longest as
// the checks see them.
func ZHTerms(g *glossary.Glossary, zh string) []TermSpan {
	out := []TermSpan{}
	if g == nil {
		return out
	}
	for _, m := range g.MatchZH(zh) {
		if len(m.Terms) == 0 {
			continue
		}
		t := m.Terms[0]
		out = append(out, TermSpan{Start: m.Start, End: m.End, Text: zh[m.Start:m.End], Term: t.ID, Expected: rendering(t), OK: true})
	}
	return out
}

// ENTerms lists the glossary terms in a segment's English as check read
// them (reads: the segment's readings, from glossary.Glossary.Read over
// its article): renderings, abbrs, surnames and short forms that carry
// their term with no finding (OK), and text that gives a finding (not
// OK: a forbidden variant, a reversed name, a deprecated rendering, the
// rendering in another case, the abbr before the first mention, a
// misspelled name, text check did not take for a term it reports
// missing). Text check took for no term ("who" for the abbr WHO) is not
// listed. reported, when not nil, says whether check reports a finding
// of the rule for the term in this segment (the workspace may set a rule
// off, a person may accept a finding): one it does not report leaves the
// text OK.
func ENTerms(reads []glossary.Reading, en string, reported func(rule string, t *glossary.Term) bool) []TermSpan {
	out := []TermSpan{}
	for _, r := range glossary.Shown(reads) {
		ok := r.OK() || reported != nil && !reported(r.Rule, r.Term)
		out = append(out, TermSpan{Start: r.Start, End: r.End, Text: en[r.Start:r.End], Term: r.Term.ID, Expected: rendering(r.Term), OK: ok})
	}
	return out
}

// reportedIn is whether check reports, in segment s, a finding of the rule
// for term t: the rule is not off, and no valid acceptance on the segment
// covers it.
func (w *Workspace) reportedIn(s *articles.Segment) func(rule string, t *glossary.Term) bool {
	return func(rule string, t *glossary.Term) bool {
		if w.Severity(rule) == SevOff {
			return false
		}
		for _, ac := range s.Accepted {
			if ac.Valid(s) && Accepts(ac, Finding{Rule: rule, Term: t.ID}) {
				return false
			}
		}
		return true
	}
}

// segReads is reads[i], or none.
func segReads(reads [][]glossary.Reading, i int) []glossary.Reading {
	if i < len(reads) {
		return reads[i]
	}
	return nil
}

// rendering is a term's official English, with its abbr.
func rendering(t *glossary.Term) string {
	if t.Abbr != "" {
		return t.EN + " (" + t.Abbr + ")"
	}
	return t.EN
}
