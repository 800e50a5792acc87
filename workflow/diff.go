package workflow

import (
	"bytes"
	"errors"
	"os/exec"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/width"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// Error codes of `bitext diff`.
const (
	CodeBadRev = "err.diff.bad-rev"
)

func init() { diag.Register(CodeBadRev) }

// DiffOp is one operation of a diff: text kept, inserted or deleted.
type DiffOp struct {
	Op   string `json:"op"` // equal | insert | delete
	Text string `json:"text"`
}

// The operations of a diff.
const (
	OpEqual  = "equal"
	OpInsert = "insert"
	OpDelete = "delete"
)

// What a target diff is measured from.
const (
	SincePrevious = "previous_zh" // source: the Chinese the English was made for
	SinceApproval = "approval"    // target: the English last approved (found in git history)
	SinceBase     = "base"        // target: the English at --base REV
	SinceNever    = "never"       // target: never approved (or absent at REV): all of it is new
	SinceUnknown  = "unknown"     // target: approved once, but that text is not in git history
)

// SegmentDiff is what awaits review in one segment.
type SegmentDiff struct {
	Article         string         `json:"article"`
	File            string         `json:"file"`
	Segment         string         `json:"segment"`
	Kind            string         `json:"kind"` // source | target | removed
	State           articles.State `json:"state"`
	Since           string         `json:"since"`
	PunctuationOnly bool           `json:"punctuation_only"`
	ApprovedBy      string         `json:"approved_by,omitempty"`
	Origin          string         `json:"origin,omitempty"` // the translation-memory entry the English came from
	Ops             []DiffOp       `json:"diff"`
	// What the reviewer reads beside the change: the segment's Chinese (for
	// a target diff, the sentence the English renders) and its current
	// English (for a stale segment, the English made for the old source),
	// and the comments on it.
	ZH       string        `json:"zh"`
	EN       string        `json:"en"`
	Comments []CommentView `json:"comments"`
	// For a target diff of a segment translated again after its source
	// changed: that change (previous_zh → zh, by character), which the
	// reviewer approves along with the English.
	ZHOps []DiffOp `json:"zh_diff,omitempty"`
	// For a removed segment: when sync archived it.
	RemovedAt *time.Time `json:"removed_at,omitempty"`
}

// KindRemoved is a diff of a segment the source no longer has: sync moved
// it, with its English, to archived since the article's last approval (or,
// with --base, since that revision).
const KindRemoved = "removed"

// DiffOptions choose what `diff` compares with.
type DiffOptions struct {
	Base string // a git revision; "" compares targets with their last approval
	// NoHistory: do not search git history for approved English that
	// previous_en does not hold (such a diff shows all of the English, as
	// "unknown").
	NoHistory bool
}

// Diff lists what awaits review in the named articles (none: all): for
// stale segments, the source change previous_zh → zh by character; for
// translated segments (and approved ones whose approval no longer matches),
// the English change by word since its last approval — or, with opts.Base,
// since the segment file at that git revision (segments whose English did
// not change since then are left out).
func (w *Workspace) Diff(names []string, opts DiffOptions) ([]SegmentDiff, error) {
	slugs, err := w.Resolve(names)
	if err != nil {
		return nil, err
	}
	if opts.Base != "" {
		if err := w.checkRev(opts.Base); err != nil {
			return nil, err
		}
	}
	out := []SegmentDiff{}
	for _, slug := range slugs {
		a, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		d, err := w.diffArticle(a, opts)
		if err != nil {
			return nil, err
		}
		out = append(out, d...)
	}
	return out, nil
}

func (w *Workspace) diffArticle(a *Article, opts DiffOptions) ([]SegmentDiff, error) {
	rel := w.Rel(a.Path)
	var base map[string]string // segment id → English at --base
	if opts.Base != "" {
		base = map[string]string{}
		f, err := w.fileAt(opts.Base, rel)
		if err != nil {
			return nil, err
		}
		if f != nil {
			for _, s := range f.Segments {
				base[s.ID] = s.EN
			}
		}
	}
	// Without --base, the approved English is looked up in git history by
	// the hash the approval recorded, for every segment that needs it.
	var approved map[string]string
	if opts.Base == "" && !opts.NoHistory {
		want := map[string]bool{}
		for _, s := range a.File.Segments {
			if awaitsTargetReview(s) && s.PreviousEN == "" && s.Approval != nil && s.Approval.ENSHA256 != articles.TextSHA256(s.EN) {
				want[s.Approval.ENSHA256] = true
			}
		}
		approved = w.approvedTexts(rel, want)
	}

	var out []SegmentDiff
	for _, s := range a.File.Segments {
		d := SegmentDiff{Article: a.Slug, File: rel, Segment: s.ID, State: s.State, Origin: s.Origin, ZH: s.ZH, EN: s.EN, Comments: CommentsOf(s)}
		switch {
		case s.PreviousZH != "" && (s.State == articles.Stale || s.State == articles.Approved && s.ApprovalValid()):
			// stale, or approved and carried through a punctuation-only edit
			d.Kind, d.Since = "source", SincePrevious
			d.Ops = CharDiff(s.PreviousZH, s.ZH)
			d.PunctuationOnly = PunctuationOnly(s.PreviousZH, s.ZH)
		case awaitsTargetReview(s):
			d.Kind = "target"
			if s.Approval != nil {
				d.ApprovedBy = s.Approval.By
			}
			var from string
			switch {
			case base != nil:
				prev, ok := base[s.ID]
				if ok && prev == s.EN {
					continue // nothing changed since --base
				}
				d.Since, from = SinceBase, prev
				if !ok || prev == "" {
					d.Since = SinceNever
				}
			case s.PreviousEN != "":
				d.Since, from = SinceApproval, s.PreviousEN
			case s.Approval == nil:
				d.Since = SinceNever
			case s.Approval.ENSHA256 == articles.TextSHA256(s.EN):
				d.Since, from = SinceApproval, s.EN
			default:
				if prev, ok := approved[s.Approval.ENSHA256]; ok {
					d.Since, from = SinceApproval, prev
				} else {
					d.Since = SinceUnknown
				}
			}
			d.Ops = WordDiff(from, s.EN)
			if s.PreviousZH != "" && s.PreviousZH != s.ZH {
				d.ZHOps = CharDiff(s.PreviousZH, s.ZH)
			}
		default:
			continue
		}
		out = append(out, d)
	}
	return append(out, w.removedSince(a, rel, opts)...), nil
}

// removedSince lists the archived segments with English that were removed
// since the article's last approval (with --base: that are not archived
// at that revision), so a reviewer sees the English that left the article.
func (w *Workspace) removedSince(a *Article, rel string, opts DiffOptions) []SegmentDiff {
	if len(a.File.Archived) == 0 {
		return nil
	}
	var known map[string]bool // archived at --base
	var last time.Time        // the article's last approval
	if opts.Base != "" {
		known = map[string]bool{}
		if f, err := w.fileAt(opts.Base, rel); err == nil && f != nil {
			for _, ar := range f.Archived {
				known[ar.ID] = true
			}
		}
	} else {
		for _, s := range a.File.Segments {
			if s.Approval != nil && s.Approval.At.After(last) {
				last = s.Approval.At
			}
		}
	}
	since := SinceApproval
	if opts.Base != "" {
		since = SinceBase
	}
	var out []SegmentDiff
	for _, ar := range a.File.Archived {
		if ar.EN == "" || known != nil && known[ar.ID] || known == nil && !ar.RemovedAt.IsZero() && !ar.RemovedAt.After(last) {
			continue
		}
		at := ar.RemovedAt
		out = append(out, SegmentDiff{Article: a.Slug, File: rel, Segment: ar.ID, Kind: KindRemoved, State: ar.State,
			Since: since, Ops: []DiffOp{{Op: OpDelete, Text: ar.EN}}, ZH: ar.ZH, EN: ar.EN,
			Comments: []CommentView{}, RemovedAt: &at})
	}
	return out
}

// awaitsTargetReview reports whether a segment's English waits for a
// reviewer: translated, or approved with an approval that no longer matches.
func awaitsTargetReview(s *articles.Segment) bool {
	return s.EN != "" && (s.State == articles.Translated || (s.State == articles.Approved && !s.ApprovalValid()))
}

// git runs git in the workspace root and returns its stdout.
func (w *Workspace) git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = w.Root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		return out, errors.New(msg)
	}
	return out, nil
}

// checkRev fails with a usage error unless rev names a commit.
func (w *Workspace) checkRev(rev string) error { return w.checkRevAs(rev, CodeBadRev) }

// checkRevAs fails with a usage error of the given code unless rev names a
// commit.
func (w *Workspace) checkRevAs(rev, code string) error {
	if strings.HasPrefix(rev, "-") {
		return &diag.Error{Kind: diag.Usage, Code: code, Args: diag.A{"rev": rev, "cause": "not a revision"}}
	}
	if _, err := w.git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		cause := err.Error()
		if strings.HasPrefix(cause, "exit status") {
			cause = "unknown revision"
		}
		return &diag.Error{Kind: diag.Usage, Code: code, Args: diag.A{"rev": rev, "cause": cause}}
	}
	return nil
}

// fileAt reads the segment file rel (workspace-relative) at revision rev;
// nil when the file did not exist there.
func (w *Workspace) fileAt(rev, rel string) (*articles.File, error) {
	data, err := w.git("show", rev+":./"+rel)
	if err != nil {
		return nil, nil // not in that revision: everything in it is new
	}
	return articles.Decode(rev+":"+rel, data)
}

// historyLimit bounds how many commits are searched for approved English.
const historyLimit = 200

// approvedTexts finds, in the git history of the segment file rel, the
// English texts whose sha256 is in want. Outside a git repository, or for
// texts never committed, it finds nothing.
func (w *Workspace) approvedTexts(rel string, want map[string]bool) map[string]string {
	found := map[string]string{}
	if len(want) == 0 {
		return found
	}
	out, err := w.git("log", "--format=%H", "-n", strconv.Itoa(historyLimit), "--", rel)
	if err != nil {
		return found
	}
	for _, commit := range strings.Fields(string(out)) {
		if len(found) == len(want) {
			break
		}
		data, err := w.git("show", commit+":./"+rel)
		if err != nil {
			continue
		}
		f, err := articles.Decode(rel, data)
		if err != nil {
			continue
		}
		for _, s := range f.Segments {
			if h := articles.TextSHA256(s.EN); want[h] {
				found[h] = s.EN
			}
		}
	}
	return found
}

// CharDiff diffs two texts by character, with semantic clean-up so that the
// operations are readable (Chinese has no spaces to diff by word).
func CharDiff(from, to string) []DiffOp {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMain(from, to, false)
	return ops(dmp.DiffCleanupSemantic(diffs))
}

// WordDiff diffs two English texts by word: each word, run of spaces and
// punctuation mark is mapped to one rune (as DiffLinesToChars does for
// lines), the rune strings are diffed, and the runes mapped back.
func WordDiff(from, to string) []DiffOp {
	if from == "" || to == "" { // all new, or all gone: nothing to tokenise
		return orNoOps(appendOp(appendOp(nil, OpDelete, from), OpInsert, to))
	}
	index := map[string]rune{}
	var words []string
	encode := func(s string) []rune {
		toks := wordTokens(s)
		rs := make([]rune, len(toks))
		for k, t := range toks {
			r, ok := index[t]
			if !ok {
				r = tokenRune(len(words))
				index[t] = r
				words = append(words, t)
			}
			rs[k] = r
		}
		return rs
	}
	a, b := encode(from), encode(to)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(a, b, false)
	var out []DiffOp
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(words[runeToken(r)])
		}
		out = appendOp(out, opName(d.Type), sb.String())
	}
	return orNoOps(out)
}

// tokenRune maps a token index to a rune that survives a round trip through
// a Go string (surrogates are skipped).
func tokenRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeToken(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r) - 1
}

// wordTokens splits English into words (letters, digits and inner
// apostrophes or hyphens), runs of spaces, and single other characters.
func wordTokens(s string) []string {
	var toks []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i + 1
		switch r := rs[i]; {
		case isWordRune(r):
			for j < len(rs) && (isWordRune(rs[j]) || (strings.ContainsRune("'’-", rs[j]) && j+1 < len(rs) && isWordRune(rs[j+1]))) {
				j++
			}
		case unicode.IsSpace(r):
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
		}
		toks = append(toks, string(rs[i:j]))
		i = j
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func opName(t diffmatchpatch.Operation) string {
	switch t {
	case diffmatchpatch.DiffInsert:
		return OpInsert
	case diffmatchpatch.DiffDelete:
		return OpDelete
	}
	return OpEqual
}

func ops(diffs []diffmatchpatch.Diff) []DiffOp {
	var out []DiffOp
	for _, d := range diffs {
		out = appendOp(out, opName(d.Type), d.Text)
	}
	return orNoOps(out)
}

// appendOp appends an operation, merging it with the last one of its kind.
func appendOp(out []DiffOp, op, text string) []DiffOp {
	if text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Op == op {
		out[n-1].Text += text
		return out
	}
	return append(out, DiffOp{Op: op, Text: text})
}

func orNoOps(o []DiffOp) []DiffOp {
	if o == nil {
		return []DiffOp{}
	}
	return o
}

// PunctuationOnly reports whether two texts differ, but only in
// punctuation and spacing: full-width and half-width forms of a character
// are the same (golang.org/x/text/width folding), and punctuation marks
// (unicode.IsPunct) and spaces are ignored, except the marks that end a
// sentence and say what it is (。 ？ ！ …): 。 -> ？ is a real change.
func PunctuationOnly(a, b string) bool {
	return a != b && foldPunct(a) == foldPunct(b)
}

func foldPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(sentenceMarks, r) {
			return r
		}
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, width.Fold.String(s))
}

// sentenceMarks are the sentence-ending marks, after width folding.
const sentenceMarks = "。?!…"
