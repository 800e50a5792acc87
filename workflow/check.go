package workflow

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/yamlx"
	"github.com/bitext-desk/bitext/glossary"
)

// Rule ids, as the contract's table lists them (plus workflow.claim-expired).
const (
	RuleGlossaryMissing      = "glossary.missing"
	RuleGlossaryForbidden    = "glossary.forbidden"
	RuleGlossaryCase         = "glossary.case"
	RuleGlossaryNameOrder    = "glossary.name-order"
	RuleGlossaryFirstMention = "glossary.first-mention"
	RuleGlossaryDeprecated   = "glossary.deprecated"
	RuleGlossaryMisspelled   = "glossary.misspelled"
	RuleDriftSourceChanged   = "drift.source-changed"
	RuleDriftStale           = "drift.stale"
	RuleApprovalVoid         = "workflow.approval-void"
	RuleUntranslated         = "workflow.untranslated"
	RuleClaimExpired         = "workflow.claim-expired"
	RuleNumbers              = "qa.numbers"
	RuleSchemaInvalid        = "schema.invalid"
	RuleMergeConflict        = "merge.conflict"
)

// Rule is one check rule and its default severity.
type Rule struct {
	ID       string
	Severity Severity
}

// Rules lists every rule in the order findings of one segment are reported.
var Rules = []Rule{
	{RuleSchemaInvalid, SevError},
	{RuleDriftSourceChanged, SevError},
	{RuleDriftStale, SevError},
	{RuleMergeConflict, SevError},
	{RuleApprovalVoid, SevError},
	{RuleSelfApproved, SevError},
	{RuleApprovalForced, SevWarning},
	{RuleApprovalUnsigned, SevError},
	{RuleApprovalSignature, SevError},
	{RuleApprovalSigner, SevError},
	{RuleUntranslated, SevWarning},
	{RuleClaimExpired, SevWarning},
	{RuleGlossaryMissing, SevError},
	{RuleGlossaryForbidden, SevError},
	{RuleGlossaryCase, SevError},
	{RuleGlossaryNameOrder, SevError},
	{RuleGlossaryMisspelled, SevError},
	{RuleGlossaryFirstMention, SevWarning},
	{RuleGlossaryDeprecated, SevWarning},
	{RuleNumbers, SevWarning},
	{RuleInconsistent, SevWarning},
}

// RuleVersion names the behaviour of the rules; the check cache is keyed by
// it. Change it whenever a rule (here, in glossary or in articles' number
// extraction) changes what it finds.
const RuleVersion = "check-7"

var ruleIndex = func() map[string]int {
	m := make(map[string]int, len(Rules))
	for i, r := range Rules {
		m[r.ID] = i
	}
	return m
}()

// CodeUnknownRule: bitext.yaml's severity names a rule that does not exist.
const CodeUnknownRule = "err.settings.unknown-rule"

func init() { diag.Register(CodeUnknownRule) }

// Severity is the severity of a rule in this workspace: bitext.yaml's
// override, else the rule's default. schema.invalid is always an error.
func (w *Workspace) Severity(rule string) Severity {
	if rule == RuleSchemaInvalid {
		return SevError
	}
	if s, ok := w.Settings.Severity[rule]; ok {
		return s
	}
	if i, ok := ruleIndex[rule]; ok {
		return Rules[i].Severity
	}
	return SevError
}

// checkSeverityKeys reports every rule id in bitext.yaml's severity that is
// not a rule, at its file:line:column.
func (w *Workspace) checkSeverityKeys() []*diag.Error {
	unknown := false
	for id := range w.Settings.Severity {
		if _, ok := ruleIndex[id]; !ok {
			unknown = true
		}
	}
	if !unknown {
		return nil
	}
	path := w.abs(SettingsFile)
	var out []*diag.Error
	data, err := os.ReadFile(path)
	if err != nil {
		return []*diag.Error{diag.Wrap(path, err)}
	}
	root, err := yamlx.Parse(path, data)
	if err != nil {
		return nil // ParseSettings read it; not reached
	}
	d := yamlx.Decoder{File: path}
	fields, err := d.Mapping(root, settingsKeys)
	if err != nil {
		return nil
	}
	pairs, _ := d.Pairs(fields["severity"].Value)
	for _, p := range pairs {
		if _, ok := ruleIndex[p.Key.Value]; !ok {
			out = append(out, d.Err(p.Key, CodeUnknownRule, diag.A{"rule": p.Key.Value, "rules": ruleList()}))
		}
	}
	return out
}

func ruleList() string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

// ranked is a finding with what orders it within its article: the
// segment's index (-1 for the article itself) and the rule's index.
type ranked struct {
	F    Finding
	Seg  int
	Rule int
}

// claimRef is a claim of a segment, kept so that claim expiry (which
// depends on the time of the check) is computed fresh on a cache hit.
type claimRef struct {
	Seg     int
	ID      string
	By      string
	At      time.Time
	Pos     articles.Pos
	ZH, EN  string
	Article string
	File    string
}

// articleResult is everything a check learnt about one article.
type articleResult struct {
	Findings []ranked
	Claims   []claimRef
	Segments int
	Invalid  bool // a file did not parse: schema.invalid

	// What the cache keys the result by: the segment file's bytes (kept
	// only until their key is computed, so a large check does not hold
	// every file), and the source's path and hash.
	seg                []byte
	segKey             string
	source, sourceHash string
}

// Check runs every rule over the workspace. It returns an error only when
// the check could not run at all (an unknown article, an unreadable
// file); a workspace file that does not parse is a schema.invalid finding
// (and the command line exits 2 for it).
func (w *Workspace) Check(opts CheckOptions) (*Report, error) {
	var all []Finding
	rep, err := w.CheckStream(opts, func(fs []Finding) error {
		all = append(all, fs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rep.Findings = append([]Finding{}, all...)
	return rep, nil
}

// checkWindow is how many articles a streaming check reads ahead of the
// one it reports next: what it holds at once, whatever the workspace's
// size.
const checkWindow = 32

// CheckStream is Check that hands the findings to emit as the check goes,
// in the order Check reports them: first those of the workspace's own
// files, then each article's as soon as it and every article before it
// are checked. It holds no more than a few articles' findings at a time.
// The returned report has the summary and the accepted findings (listed
// apart, not counted) but no findings. An error from emit stops the check
// and is returned; so is an error that stops the check midway, after the
// articles before it were emitted.
func (w *Workspace) CheckStream(opts CheckOptions, emit func([]Finding) error) (*Report, error) {
	cache := w.newCheckCache(opts.NoCache)
	// The glossary loads, once an article needs it, while the first
	// articles parse. An article whose result is in the cache does not need
	// it: its result was cached by a check with this very glossary, which
	// parsed. Its own findings are reported once an article needed it.
	var g *glossary.Glossary
	var gErr error
	var saveGlossary func()
	var gOnce sync.Once
	var gStarted atomic.Bool
	gDone := make(chan struct{})
	defer func() {
		if gStarted.Load() {
			<-gDone // nothing runs on after the check
		}
	}()
	startGlossary := func() {
		gOnce.Do(func() {
			gStarted.Store(true)
			go func() {
				defer close(gDone)
				if cache != nil {
					g, saveGlossary, gErr = cache.loadGlossary(w.GlossaryPath(), w.noGlossary())
				} else {
					g, gErr = w.LoadGlossary()
				}
			}()
		})
	}
	var gUsed atomic.Bool
	glossaryNow := func() *glossary.Glossary {
		startGlossary()
		<-gDone
		if gErr != nil {
			return nil
		}
		return g
	}
	loaded := func() *glossary.Glossary {
		gUsed.Store(true)
		return glossaryNow()
	}

	var files, committed func() (map[string]bool, error)
	if opts.ChangedSince != "" {
		// git answers while the articles are listed, and the glossary
		// (which the changed articles need) loads meanwhile.
		committed, files = w.changedPathsEarly(opts.ChangedSince)
		startGlossary()
	}
	slugs, err := w.Resolve(opts.Articles)
	if err != nil {
		if files != nil {
			files() // nothing runs on after the check
		}
		return nil, err
	}
	var all []string // every article, when none is named
	if len(opts.Articles) == 0 {
		all = slugs
	}
	// qa.inconsistent's scan of the other articles starts as soon as git
	// has told what the commits changed, on the guess that the working
	// tree changed nothing more (a clone in CI): git takes longer to
	// compare the working tree. The guess is kept only when right.
	var guess []string
	var guessIncons map[string][]ranked
	guessDone := make(chan struct{})
	if files != nil && all != nil && w.Severity(RuleInconsistent) != SevOff {
		if g, ok := w.segmentsChanged(committed, all); ok && len(g) > 0 && 2*len(g) <= len(all) {
			guess = g
			if opts.Scope != nil {
				opts.Scope(len(guess))
			}
			go func() {
				defer close(guessDone)
				guessIncons = w.inconsistenciesNear(guess, all, glossaryNow)
			}()
		}
	}
	if guess == nil {
		close(guessDone)
	}
	if files != nil {
		changed, err := w.changedAmong(files, all)
		if err != nil {
			<-guessDone // nothing runs on after the check
			return nil, err
		}
		slugs = intersect(slugs, changed)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Scope != nil {
		opts.Scope(len(slugs))
	}
	rep := &Report{}
	rep.Summary.Articles = len(slugs)
	// A check of a few articles (a pull request's) matches them against
	// the glossary cut to their texts: the same findings, without building
	// the whole glossary's matchers.
	glossaryFor := func() *glossary.Glossary { return loaded() }
	if opts.ChangedSince != "" && len(slugs) <= cutArticles {
		glossaryFor = sync.OnceValue(func() *glossary.Glossary {
			segs := make([][]*articles.Segment, len(slugs))
			parallel(len(slugs), func(i int) {
				if a, err := w.Load(slugs[i]); err == nil {
					segs[i] = a.File.Segments
				}
			})
			return cutGlossary(loaded(), slices.Concat(segs...))
		})
	}

	var head []ranked
	for _, e := range w.checkSeverityKeys() {
		if e.Kind == diag.IO {
			return nil, e
		}
		head = append(head, w.schemaFinding("", e))
	}

	var made []string // the cache's directories this run would create
	if cache != nil {
		for d := cache.dir; d != w.Root && d != filepath.Dir(d); d = filepath.Dir(d) {
			if _, err := os.Lstat(d); err == nil {
				break
			}
			made = append(made, d)
		}
	}

	// qa.inconsistent compares each article with the whole workspace.
	var incons map[string][]ranked
	var saveMemory func()
	inconsDone := make(chan struct{})
	go func() {
		defer close(inconsDone)
		if opts.ChangedSince != "" {
			if <-guessDone; guess != nil && slices.Equal(guess, slugs) {
				incons = guessIncons
				return
			}
			incons = w.inconsistenciesNear(slugs, all, glossaryNow)
			return
		}
		incons, saveMemory = w.inconsistencies(slugs, opts.NoCache, glossaryNow)
	}()

	type done struct {
		res *articleResult
		err error
		hit bool
	}
	var put []string // the articles cached by this run
	var putMu sync.Mutex
	invalid := len(head) > 0
	headDone, gReported := false, false
	// emitHead emits the findings of bitext.yaml, once, and the glossary's
	// once it has loaded (before the first article whenever an article
	// needed it, as it then had to load first).
	emitHead := func() error {
		var list []ranked
		if !headDone {
			list, headDone = head, true
		}
		select {
		case <-gDone:
			if !gUsed.Load() {
				break // loaded ahead, and no article needed it
			}
			if !gReported && gErr != nil {
				var de *diag.Error
				if !errors.As(gErr, &de) || de.Kind == diag.IO && !errors.Is(de, fs.ErrNotExist) {
					return gErr
				}
				list = append(list, w.schemaFinding("", de))
				invalid = true
			}
			gReported = true
		default:
		}
		return w.emitRanked(rep, list, emit)
	}
	err = ordered(len(slugs), checkWindow, func(i int) done {
		if cache != nil {
			if r, ok := cache.get(w, slugs[i]); ok {
				return done{res: r, hit: true}
			}
		}
		r, err := w.checkArticle(slugs[i], glossaryFor)
		if r != nil {
			if cache != nil && r.seg != nil {
				r.segKey = cache.key(r.seg)
			}
			r.seg = nil
			if cache != nil && !r.Invalid {
				// Nothing is kept when a file does not parse: what this
				// run cached is removed below if another one does not.
				cache.put(w, slugs[i], r)
				putMu.Lock()
				put = append(put, slugs[i])
				putMu.Unlock()
			}
		}
		return done{res: r, err: err}
	}, func(i int, d done) error {
		if !headDone {
			if !d.hit {
				loaded() // the glossary's own findings come first
			}
			if err := emitHead(); err != nil {
				return err
			}
		}
		if d.err != nil {
			return d.err
		}
		res := d.res
		invalid = invalid || res.Invalid
		<-inconsDone
		rep.Summary.Segments += res.Segments
		list := append([]ranked(nil), res.Findings...)
		list = append(list, w.claimFindings(res.Claims, opts.Now)...)
		list = append(list, incons[slugs[i]]...)
		delete(incons, slugs[i])
		sortRanked(list)
		return w.emitRanked(rep, list, emit)
	})
	<-inconsDone
	if err != nil {
		return nil, err
	}
	if err := emitHead(); err != nil {
		return nil, err
	}
	if cache != nil {
		if invalid {
			for _, slug := range put {
				os.Remove(cache.path(slug))
			}
			for _, d := range made {
				os.Remove(d) // only when empty
			}
		} else {
			select {
			case <-gDone:
				if saveGlossary != nil {
					saveGlossary()
				}
			default: // not loaded: every article was in the cache
			}
			if saveMemory != nil {
				saveMemory()
			}
		}
	}
	return rep, nil
}

// emitRanked counts a list of findings in ordered form and hands the
// counted ones to emit; accepted findings are kept in the report.
func (w *Workspace) emitRanked(rep *Report, list []ranked, emit func([]Finding) error) error {
	out := make([]Finding, 0, len(list))
	for _, r := range list {
		sev := w.Severity(r.F.Rule)
		if sev == SevOff {
			continue
		}
		r.F.Severity = sev
		if r.F.Accepted {
			rep.Accepted = append(rep.Accepted, r.F) // listed, not counted
			continue
		}
		if sev == SevError {
			rep.Summary.Errors++
		} else {
			rep.Summary.Warnings++
		}
		out = append(out, r.F)
	}
	if len(out) == 0 {
		return nil
	}
	return emit(out)
}

// cutArticles is how many articles a check may hold to be matched
// against the glossary cut to them (glossary.For) rather than the whole
// glossary's matchers; cutSegments how many segments.
const (
	cutArticles = 64
	cutSegments = 4096
)

// cutGlossary is g cut to the texts of segs (glossary.For) when they are
// few, else g; nil when g is.
func cutGlossary(g *glossary.Glossary, segs []*articles.Segment) *glossary.Glossary {
	if g == nil || len(segs) > cutSegments {
		return g
	}
	return g.For(segs)
}

// intersect keeps the slugs of list that are in keep, in list's order.
func intersect(list, keep []string) []string {
	in := make(map[string]bool, len(keep))
	for _, s := range keep {
		in[s] = true
	}
	out := list[:0:0]
	for _, s := range list {
		if in[s] {
			out = append(out, s)
		}
	}
	return out
}

func sortRanked(fs []ranked) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Seg != b.Seg {
			return a.Seg < b.Seg
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.F.Start < b.F.Start
	})
}

// schemaFinding turns a file that does not parse into a schema.invalid
// finding; the message is the error's, rendered by the command line from
// Args["code"] and the error's own arguments.
func (w *Workspace) schemaFinding(article string, e *diag.Error) ranked {
	args := map[string]any{"code": e.Code}
	for k, v := range e.Args {
		args[k] = v
	}
	if e.File != "" {
		args["file"] = w.Rel(e.File)
	}
	return ranked{F: Finding{Rule: RuleSchemaInvalid, Article: article, File: w.Rel(e.File), Line: e.Line, Column: e.Col, Args: args, Start: -1, End: -1}, Seg: -1, Rule: ruleIndex[RuleSchemaInvalid]}
}

// checkArticle reads, parses and checks one article: everything but claim
// expiry. An error is for what stops the whole check (an I/O failure).
func (w *Workspace) checkArticle(slug string, glossaryOf func() *glossary.Glossary) (*articleResult, error) {
	res := &articleResult{}
	a, err := w.Load(slug)
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Kind == diag.Invalid {
			res.Findings = append(res.Findings, w.schemaFinding(slug, de))
			res.Invalid = true
			return res, nil
		}
		return nil, err
	}
	res.Segments = len(a.File.Segments)
	res.seg = a.Raw
	file := w.Rel(a.Path)
	norm, err := w.readSource(a, res)
	if err != nil {
		var de *diag.Error
		if !errors.As(err, &de) || de.Kind != diag.Invalid {
			return nil, err
		}
		res.Findings = append(res.Findings, w.schemaFinding(slug, de))
		res.Invalid = true
	} else if articles.SourceSHA256(norm) != a.File.SourceSHA256 {
		line, col := topKeyPos(a.Raw, "source_sha256")
		res.Findings = append(res.Findings, ranked{F: Finding{
			Rule: RuleDriftSourceChanged, Article: slug, File: file, Line: line, Column: col,
			Args: map[string]any{"source": w.Rel(a.SourceFile()), "article": slug}, Start: -1, End: -1,
		}, Seg: -1, Rule: ruleIndex[RuleDriftSourceChanged]})
	}
	res.Findings = append(res.Findings, w.segmentRules(a, glossaryOf(), nil)...)
	for i, s := range a.File.Segments {
		if s.Claim != nil {
			res.Claims = append(res.Claims, claimRef{Seg: i, ID: s.ID, By: s.Claim.By, At: s.Claim.At, Pos: s.At, ZH: s.ZH, EN: s.EN, Article: slug, File: file})
		}
	}
	return res, nil
}

// readSource reads and normalises the article's source, like
// Article.ReadSource, and notes its hash for the cache.
func (w *Workspace) readSource(a *Article, res *articleResult) (string, error) {
	path := a.SourceFile()
	raw, err := w.readFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", &diag.Error{Kind: diag.Invalid, Code: diag.CodeSourceMissing, File: path, Args: diag.A{"segments": w.Rel(a.Path)}}
		}
		return "", err
	}
	sum := sha256.Sum256(raw)
	res.source, res.sourceHash = path, hex.EncodeToString(sum[:])
	return articles.NormalizeSource(path, raw)
}

// topKeyPos finds the line and value column of a top-level key in a
// segment file as written (the key at column 1). 0, 0 when it is not there.
func topKeyPos(raw []byte, key string) (int, int) {
	line := 1
	for rest := string(raw); rest != ""; line++ {
		l, after, _ := strings.Cut(rest, "\n")
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			trimmed := strings.TrimLeft(v, " ")
			return line, len(key) + 2 + len(v) - len(trimmed)
		}
		rest = after
	}
	return 0, 0
}

// segmentRules runs the per-segment rules over an article's segments (all
// of them when only is nil, else those whose id is in only).
func (w *Workspace) segmentRules(a *Article, g *glossary.Glossary, only map[string]bool) []ranked {
	out := w.segmentFindings(a, g, only)
	markAccepted(a.File.Segments, out)
	return out
}

// markAccepted marks the findings a segment's valid acceptances cover
// (same rule, and the same term or number).
func markAccepted(segs []*articles.Segment, out []ranked) {
	for k := range out {
		r := &out[k]
		if r.Seg < 0 || r.Seg >= len(segs) || len(segs[r.Seg].Accepted) == 0 {
			continue
		}
		s := segs[r.Seg]
		for _, ac := range s.Accepted {
			if ac.Valid(s) && Accepts(ac, r.F) {
				r.F.Accepted, r.F.AcceptedBy, r.F.AcceptedWhy = true, ac.By, ac.Why
				break
			}
		}
	}
}

// Accepts reports whether an acceptance covers finding f: the same rule,
// and for a glossary rule the same term, for qa.numbers the same number
// (its value as check shows it, or the source's text of it).
func Accepts(ac articles.Acceptance, f Finding) bool {
	if ac.Rule != f.Rule {
		return false
	}
	switch {
	case f.Term != "":
		return ac.Term == f.Term
	case f.Rule == RuleNumbers:
		return ac.Number != "" && (ac.Number == fmt.Sprint(f.Args["value"]) || ac.Number == fmt.Sprint(f.Args["number"]))
	}
	return ac.Term == "" && ac.Number == ""
}

// segmentFindings runs the per-segment rules, acceptances aside.
func (w *Workspace) segmentFindings(a *Article, g *glossary.Glossary, only map[string]bool) []ranked {
	slug, file := a.Slug, w.Rel(a.Path)
	segs := a.File.Segments
	var out []ranked
	mk := func(seg int, s *articles.Segment, rule string, pos articles.Pos) Finding {
		if pos.Line == 0 {
			pos = s.At
		}
		return Finding{Rule: rule, Article: slug, Segment: s.ID, File: file, Line: pos.Line, Column: pos.Col, ZH: s.ZH, EN: s.EN, Start: -1, End: -1, Args: map[string]any{}}
	}
	push := func(seg int, f Finding) {
		out = append(out, ranked{F: f, Seg: seg, Rule: ruleIndex[f.Rule]})
	}
	var indexed *yamlx.Lines // the segment file's lines, once a finding has a span to place
	lines := func() *yamlx.Lines {
		if indexed == nil && len(a.Raw) > 0 {
			indexed = yamlx.NewLines(a.Raw)
		}
		return indexed
	}
	index := make(map[*articles.Segment]int, len(segs))
	// qa.numbers: the article's date, from its slug; its segments, for a
	// month the paragraph gave and a headline's number the body carries
	numbersContext := articles.NumberContext{Article: segs}
	numbersContext.Date, _ = articles.SlugDate(slug)
	for i, s := range segs {
		index[s] = i
		if only != nil && !only[s.ID] {
			continue
		}
		if c := s.Conflict; c != nil {
			f := mk(i, s, RuleMergeConflict, s.ConflictAt)
			f.Args["ours"], f.Args["theirs"], f.Args["by"] = s.EN, c.EN, c.By
			f.Args["article"], f.Args["segment"] = slug, s.ID
			push(i, f)
		}
		switch s.State {
		case articles.Stale:
			f := mk(i, s, RuleDriftStale, s.At)
			f.Args["previous"] = s.PreviousZH
			push(i, f)
		case articles.New, articles.Draft:
			f := mk(i, s, RuleUntranslated, s.At)
			f.Args["state"] = string(s.State)
			push(i, f)
		case articles.Approved:
			if !s.ApprovalValid() {
				pos, which := s.ENAt, "en"
				switch {
				case s.Approval == nil:
					pos, which = s.At, "none"
				case s.Approval.ZHSHA256 != articles.TextSHA256(s.ZH) && s.Approval.ENSHA256 != articles.TextSHA256(s.EN):
					which = "both"
				case s.Approval.ZHSHA256 != articles.TextSHA256(s.ZH):
					pos, which = s.ZHAt, "zh"
				}
				f := mk(i, s, RuleApprovalVoid, pos)
				f.Args["changed"] = which
				if s.Approval != nil {
					f.Args["by"] = s.Approval.By
				}
				push(i, f)
			}
			for _, f := range w.approvalFindings(slug, s, func(rule string) Finding { return mk(i, s, rule, s.ApprovalAt) }) {
				push(i, f)
			}
		}
		if !checksText(s) {
			continue
		}
		numbersContext.At = i
		for _, n := range articles.MissingNumbersIn(s.ZH, s.EN, numbersContext) {
			if g != nil && insideTerm(g, s.ZH, n) {
				continue // 王二, 十四五规划: a numeral inside a glossary term is its name
			}
			f := mk(i, s, RuleNumbers, s.ZHAt)
			f.Start, f.End, f.SpanInZH = n.Start, n.End, true
			f.Found = s.ZH[n.Start:n.End]
			placeSpan(&f, lines, s)
			f.Args["number"] = f.Found
			f.Args["value"] = n.String()
			if c, ok := n.Calendar(); ok {
				// the English gives the day a weekday the calendar contradicts
				f.Args["date"] = c.Date.Format("2006-01-02")
				f.Args["weekday"] = c.Date.Weekday().String()
				f.Args["said"] = c.Said.String()
			}
			push(i, f)
		}
	}
	if g == nil {
		return out
	}
	for _, is := range glossaryIssues(g, segs, only) {
		s := is.Segment
		i, ok := index[s]
		if !ok || only != nil && !only[s.ID] || !checksText(s) {
			continue
		}
		pos := s.ENAt
		if is.Rule == RuleGlossaryMissing {
			pos = s.ZHAt
		}
		f := mk(i, s, is.Rule, pos)
		f.Start, f.End = is.ENStart, is.ENEnd
		if is.Rule == RuleGlossaryMissing || is.ENStart < 0 && is.ZHStart >= 0 {
			f.Start, f.End, f.SpanInZH = is.ZHStart, is.ZHEnd, true
		}
		placeSpan(&f, lines, s)
		f.Expected, f.Found = is.Expected, is.Found
		if is.Term != nil {
			f.Term = is.Term.ID
			f.Args["abbr"] = is.Term.Abbr
			f.Args["note"] = is.Term.Note
			f.Args["order"] = is.Term.NameOrder()
		}
		if is.ZHStart >= 0 && is.ZHEnd <= len(s.ZH) && is.ZHStart < is.ZHEnd {
			f.Args["zh"] = s.ZH[is.ZHStart:is.ZHEnd]
		}
		f.Args["term"], f.Args["expected"], f.Args["found"] = f.Term, f.Expected, f.Found
		push(i, f)
	}
	return out
}

// placeSpan puts a finding with a span at the span's place in the segment
// file (raw, as the segment was read from it): the missing number or the
// term, where the value is written, not the start of the value, so that an
// editor jumping to file:line:column lands on it in a long segment; the
// end too (EndLine, EndColumn: just after the span). A finding whose span
// cannot be found there (the file was not read, or changed) keeps the
// value's place.
func placeSpan(f *Finding, lines func() *yamlx.Lines, s *articles.Segment) {
	if f.Start < 0 {
		return
	}
	at, text := s.ENAt, s.EN
	if f.SpanInZH {
		at, text = s.ZHAt, s.ZH
	}
	if at.Line == 0 {
		return
	}
	l := lines()
	if l == nil {
		return
	}
	sl, sc, el, ec, ok := l.ScalarSpan(at.Line, at.Col, text, f.Start, f.End)
	if !ok {
		return
	}
	f.Line, f.Column, f.EndLine, f.EndColumn = sl, sc, el, ec
}

// glossaryIssues runs the glossary's rules over segs, or only over the
// segments whose id is in only (when it is not nil; the issues of other
// segments may come too). A few segments, as the one-segment commands ask,
// are checked each on its own (CheckAt: the same issues, at a cost
// proportional to the terms they hold); more, by one pass up to the last.
func glossaryIssues(g *glossary.Glossary, segs []*articles.Segment, only map[string]bool) []glossary.Issue {
	if only == nil {
		return g.Check(segs)
	}
	var at []int
	for i, s := range segs {
		if only[s.ID] {
			at = append(at, i)
		}
	}
	if len(at) > 8 {
		// First mentions depend on what came before a segment, never on
		// what follows: the glossary need not read past the last one asked.
		return g.Check(segs[:at[len(at)-1]+1])
	}
	var out []glossary.Issue
	for _, i := range at {
		out = append(out, g.CheckAt(segs, i)...)
	}
	return out
}

// insideTerm reports whether a number of zh lies within a Chinese form of a
// glossary term.
func insideTerm(g *glossary.Glossary, zh string, n articles.Number) bool {
	for _, m := range g.MatchZH(zh) {
		if m.Start <= n.Start && n.End <= m.End {
			return true
		}
	}
	return false
}

// checksText reports whether a segment's English is checked against its
// source (glossary, numbers): not when there is none yet, nor when it is
// stale (drift.stale says so already, and the English is for an older
// source).
func checksText(s *articles.Segment) bool {
	return strings.TrimSpace(s.EN) != "" && s.State != articles.Stale
}

// claimFindings are the claims older than the workspace's claim TTL.
func (w *Workspace) claimFindings(claims []claimRef, now time.Time) []ranked {
	ttl := w.Settings.ClaimTTL
	if ttl <= 0 {
		return nil
	}
	var out []ranked
	for _, c := range claims {
		if now.Sub(c.At) <= ttl {
			continue
		}
		out = append(out, ranked{F: Finding{
			Rule: RuleClaimExpired, Article: c.Article, Segment: c.ID, File: c.File, Line: c.Pos.Line, Column: c.Pos.Col,
			ZH: c.ZH, EN: c.EN, Start: -1, End: -1,
			Args: map[string]any{"by": c.By, "at": c.At.UTC().Format("2006-01-02 15:04 UTC"), "ttl": ttl.String()},
		}, Seg: c.Seg, Rule: ruleIndex[RuleClaimExpired]})
	}
	return out
}

// SegmentFindings runs the per-segment rules (glossary, numbers, approval,
// stale, untranslated) over some segments of one loaded article, for
// translate and approve. No ids means every segment. Severities are this
// workspace's; rules set to off are left out.
func (w *Workspace) SegmentFindings(a *Article, ids []string) ([]Finding, error) {
	return w.segmentFindingsWith(a, ids, w.LoadGlossary)
}

// glossaryAhead starts loading the glossary and returns what waits for it,
// so that a one-segment command reads its article meanwhile.
func (w *Workspace) glossaryAhead() func() (*glossary.Glossary, error) {
	var g *glossary.Glossary
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		g, err = w.LoadGlossary()
		if err == nil && g != nil {
			g.Prepare() // the matchers too, while the article is read
		}
	}()
	return func() (*glossary.Glossary, error) {
		<-done
		return g, err
	}
}

// segmentFindingsWith is SegmentFindings with the glossary from load.
func (w *Workspace) segmentFindingsWith(a *Article, ids []string, load func() (*glossary.Glossary, error)) ([]Finding, error) {
	g, err := load()
	if err != nil {
		return nil, err
	}
	var only map[string]bool
	if len(ids) > 0 {
		only = make(map[string]bool, len(ids))
		for _, id := range ids {
			only[id] = true
		}
	}
	rs := w.segmentRules(a, g, only)
	sortRanked(rs)
	out := make([]Finding, 0, len(rs))
	for _, r := range rs {
		sev := w.Severity(r.F.Rule)
		if sev == SevOff || r.F.Accepted {
			continue
		}
		r.F.Severity = sev
		out = append(out, r.F)
	}
	return out, nil
}
