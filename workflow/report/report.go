// Package report renders the reviewer's views of a workspace's articles
// as a static HTML site: an index of articles with counts by state and
// findings, and one page per article with both languages side by side,
// diffs, findings, glossary terms, claims, approvals and comments.
//
// The site is self-contained: no network, no external fonts or scripts;
// each page carries its own small stylesheet and an optional filter script
// (the page is complete without it), so it works from a CI artefact or a
// file:// URL. The package never prints: it writes files and returns
// errors.
package report

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

//go:embed templates/*
var templatesFS embed.FS

// Labels are the site's words in the reader's language, by message id
// (report.*, state.*, severity.*); the command line fills them from its
// catalogs. A missing label shows as its id.
type Labels map[string]string

// Options are what a site is written with.
type Options struct {
	Lang      string // the pages' language tag: en or zh-Hans
	Labels    Labels
	Generated time.Time
}

// Site writes a report into a directory: pages as articles are added, the
// index at the end. Article may be called from several goroutines.
type Site struct {
	dir   string
	stage string // where pages are written until Finish moves them to dir
	// created: New made dir, so Abort removes it again (when still empty).
	created bool
	opts    Options
	tmpl    *template.Template

	short map[string]string // labels by short key, for the article template

	mu       sync.Mutex
	articles []indexRow
}

// indexRow is one article's line in the index.
type indexRow struct {
	Slug, Page         string
	Segments, Archived int
	States             []int // by articles.States
	Errors, Warnings   int
	Drift, Missing     bool
	Rules              map[string]int
	order              int
}

// New prepares a site in dir (created if need be).
//
// Pages are written into a private staging directory inside dir and moved
// into place by Finish (dir/articles is replaced as a whole), index last; Abort (or a failure) removes the
// staging directory, so a report that fails leaves dir as it was.
func New(dir string, opts Options) (*Site, error) {
	_, statErr := os.Stat(dir)
	created := errors.Is(statErr, fs.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, diag.Wrap(dir, err)
	}
	stage, err := os.MkdirTemp(dir, ".bitext-report-*")
	if err != nil {
		return nil, diag.Wrap(dir, err)
	}
	if err := os.Mkdir(filepath.Join(stage, "articles"), 0o755); err != nil {
		os.RemoveAll(stage)
		return nil, diag.Wrap(stage, err)
	}
	s := &Site{dir: dir, stage: stage, created: created, opts: opts, short: map[string]string{}}
	for id, v := range opts.Labels {
		if k, ok := strings.CutPrefix(id, "report."); ok {
			s.short[strings.ReplaceAll(k, "-", "_")] = v
		}
	}
	funcs := template.FuncMap{
		"t": func(id string) string {
			if v, ok := opts.Labels[id]; ok {
				return v
			}
			return id
		},
		"state": func(st articles.State) string { return s.label("state." + string(st)) },
		"when":  when,
		"iso":   iso,
		"css":   func() template.CSS { return template.CSS(css) },
		"js":    func() template.JS { return template.JS(js) },
	}
	t, err := template.New("").Funcs(funcs).ParseFS(templatesFS, "templates/*.tmpl")
	if err != nil {
		return nil, err // the templates are part of the program: not reached
	}
	s.tmpl = t
	return s, nil
}

func (s *Site) label(id string) string {
	if v, ok := s.opts.Labels[id]; ok {
		return v
	}
	return id
}

// articlePage is the data of one article's page. Everything a row shows
// is prepared in Go (labels, times, the cells' marked-up text), so the
// template walks fields and calls no functions per segment.
type articlePage struct {
	Lang      string
	L         map[string]string // labels by short key (report.translator: translator)
	Generated string
	GenISO    string
	Counts    []count
	Rules     []string // the rules with findings in the article, sorted
	States    []option
	A         *workflow.ArticleView
	Findings  []finding       // about the article itself
	Rows      []template.HTML // one <tr> a segment, written by writeRow
	Archived  []archivedRow
}

type count struct {
	Label string
	N     int
	Class string
}

type option struct{ Value, Label string }

type finding struct{ Severity, Label, Rule, Message string }

type archivedRow struct {
	ID, State, StateLabel, ZH, EN, Translator, At, ISO string
}

func when(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
func iso(t time.Time) string  { return t.UTC().Format(time.RFC3339) }

func (s *Site) findings(fs []workflow.Finding) []finding {
	out := make([]finding, 0, len(fs))
	for _, f := range fs {
		out = append(out, finding{Severity: string(f.Severity), Label: s.label("severity." + string(f.Severity)), Rule: f.Rule, Message: f.Message})
	}
	return out
}

// Article writes one article's page, articles/<slug>.html.
func (s *Site) Article(order int, v *workflow.ArticleView) error {
	ix := indexRow{Slug: v.Article, Page: "articles/" + v.Article + ".html", Segments: v.Total, Archived: len(v.Archived),
		Errors: v.Errors, Warnings: v.Warnings, Drift: v.Drift, Missing: v.SourceMissing, Rules: map[string]int{}, order: order}
	page := articlePage{Lang: s.opts.Lang, L: s.short, Generated: when(s.opts.Generated), GenISO: iso(s.opts.Generated),
		A: v, Findings: s.findings(v.Findings)}
	page.Counts = append(page.Counts, count{Label: s.label("report.segments"), N: v.Total})
	for _, st := range articles.States {
		ix.States = append(ix.States, v.States[st])
		page.Counts = append(page.Counts, count{Label: s.label("state." + string(st)), N: v.States[st]})
		page.States = append(page.States, option{Value: string(st), Label: s.label("state." + string(st))})
	}
	page.Counts = append(page.Counts, count{Label: s.label("report.errors"), N: v.Errors, Class: classIf(v.Errors > 0, "bad")},
		count{Label: s.label("report.warnings"), N: v.Warnings, Class: classIf(v.Warnings > 0, "warn")})
	for _, f := range v.Findings {
		ix.Rules[f.Rule]++
	}
	var b strings.Builder
	page.Rows = make([]template.HTML, 0, len(v.Segments))
	for _, sv := range v.Segments {
		for _, f := range sv.Findings {
			ix.Rules[f.Rule]++
		}
		b.Reset()
		s.writeRow(&b, sv)
		page.Rows = append(page.Rows, template.HTML(b.String()))
	}
	for _, ar := range v.Archived {
		page.Archived = append(page.Archived, archivedRow{ID: ar.ID, State: string(ar.State), StateLabel: s.label("state." + string(ar.State)),
			ZH: ar.ZH, EN: ar.EN, Translator: ar.Translator, At: when(ar.RemovedAt), ISO: iso(ar.RemovedAt)})
	}
	for r := range ix.Rules {
		page.Rules = append(page.Rules, r)
	}
	sort.Strings(page.Rules)
	var buf bytes.Buffer
	buf.Grow(4096 + 2048*len(v.Segments))
	if err := s.tmpl.ExecuteTemplate(&buf, "article.html.tmpl", page); err != nil {
		return err
	}
	if err := writePage(filepath.Join(s.stage, "articles", v.Article+".html"), buf.Bytes()); err != nil {
		return err
	}
	s.mu.Lock()
	s.articles = append(s.articles, ix)
	s.mu.Unlock()
	return nil
}

func classIf(ok bool, class string) string {
	if ok {
		return class
	}
	return ""
}

// indexPage is the data of the index.
type indexPage struct {
	Lang      string
	Generated time.Time
	States    []articles.State
	Articles  []indexRow
	Totals    indexRow
	Rules     []ruleCount
}

type ruleCount struct {
	Rule     string
	Severity string // of the first finding seen: error | warning
	Count    int
	Articles int
}

// Finish writes the index, index.html, and returns the number of article
// pages written.
func (s *Site) Finish() (int, error) {
	sort.Slice(s.articles, func(i, j int) bool { return s.articles[i].order < s.articles[j].order })
	p := indexPage{Lang: s.opts.Lang, Generated: s.opts.Generated, States: articles.States, Articles: s.articles}
	p.Totals.States = make([]int, len(articles.States))
	rules := map[string]*ruleCount{}
	for _, r := range s.articles {
		p.Totals.Segments += r.Segments
		p.Totals.Archived += r.Archived
		p.Totals.Errors += r.Errors
		p.Totals.Warnings += r.Warnings
		for i, n := range r.States {
			p.Totals.States[i] += n
		}
		for rule, n := range r.Rules {
			rc := rules[rule]
			if rc == nil {
				rc = &ruleCount{Rule: rule}
				rules[rule] = rc
			}
			rc.Count += n
			rc.Articles++
		}
	}
	for _, rc := range rules {
		p.Rules = append(p.Rules, *rc)
	}
	sort.Slice(p.Rules, func(i, j int) bool { return p.Rules[i].Rule < p.Rules[j].Rule })
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, "index.html.tmpl", p); err != nil {
		return 0, err
	}
	if err := writePage(filepath.Join(s.stage, "index.html"), buf.Bytes()); err != nil {
		s.Abort()
		return 0, err
	}
	// Swap the new articles directory in (two renames, whatever the number
	// of pages: the old one moves into the staging directory, to be
	// removed), then the index: a reader sees the old site or the new one.
	// Pages of articles no longer reported go with the old directory.
	pages, old := filepath.Join(s.dir, "articles"), filepath.Join(s.stage, "old")
	if err := os.Rename(pages, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.Abort()
		return 0, diag.Wrap(pages, err)
	}
	if err := os.Rename(filepath.Join(s.stage, "articles"), pages); err != nil {
		os.Rename(old, pages)
		s.Abort()
		return 0, diag.Wrap(pages, err)
	}
	if err := os.Rename(filepath.Join(s.stage, "index.html"), filepath.Join(s.dir, "index.html")); err != nil {
		s.Abort()
		return 0, diag.Wrap(filepath.Join(s.dir, "index.html"), err)
	}
	s.created = false
	s.Abort()
	return len(s.articles), nil
}

// Abort removes the staging directory and what was written there, and the
// site directory itself if New made it and nothing else is in it.
func (s *Site) Abort() {
	os.RemoveAll(s.stage)
	if s.created {
		os.Remove(filepath.Join(s.dir, "articles"))
		os.Remove(s.dir)
	}
}

// writePage writes a page into the staging directory (private to this
// run, so no temporary file is needed; pages are not synced one by one: the
// site can always be written again).
func writePage(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return diag.Wrap(path, err)
	}
	return nil
}

// piece is a run of text in a cell: plain or a glossary term (Title: the
// expected rendering) or English breaking a term, and in a diff, inserted,
// deleted or kept.
type piece struct {
	Text  string
	Term  string // "" | term | badterm
	Diff  string // "" | ins | del
	Title string
}

// zhPieces is the Chinese cell: the source diff of a stale segment (terms
// marked in what it keeps and adds), else the text with its terms marked.
func zhPieces(sv workflow.SegmentView) []piece {
	if sv.Diff != nil && sv.Diff.Kind == "source" {
		return diffPieces(sv.Diff.Ops, sv.ZHTerms)
	}
	return termPieces(sv.ZH, 0, sv.ZHTerms, "")
}

// enPieces is the English cell: the English diff of what awaits review
// (terms marked in what it keeps and adds), else the text with its terms
// marked.
func enPieces(sv workflow.SegmentView) []piece {
	if sv.Diff != nil && sv.Diff.Kind == "target" {
		return diffPieces(sv.Diff.Ops, sv.ENTerms)
	}
	return termPieces(sv.EN, 0, sv.ENTerms, "")
}

// diffPieces renders diff operations; spans are term spans in the new
// text, which the kept and inserted operations spell out in order.
func diffPieces(ops []workflow.DiffOp, spans []workflow.TermSpan) []piece {
	var out []piece
	pos := 0
	for _, op := range ops {
		switch op.Op {
		case workflow.OpDelete:
			out = append(out, piece{Text: op.Text, Diff: "del"})
		case workflow.OpInsert:
			out = append(out, termPieces(op.Text, pos, spans, "ins")...)
			pos += len(op.Text)
		default:
			out = append(out, termPieces(op.Text, pos, spans, "")...)
			pos += len(op.Text)
		}
	}
	return out
}

// termPieces cuts text, which starts at byte offset off of the text the
// spans index, into plain runs and terms.
func termPieces(text string, off int, spans []workflow.TermSpan, diff string) []piece {
	var out []piece
	at := 0 // in text
	for _, sp := range spans {
		start, end := max(sp.Start-off, at), min(sp.End-off, len(text))
		if start >= end {
			continue
		}
		if start > at {
			out = append(out, piece{Text: text[at:start], Diff: diff})
		}
		k := "term"
		if !sp.OK {
			k = "badterm"
		}
		out = append(out, piece{Text: text[start:end], Term: k, Diff: diff, Title: sp.Expected})
		at = end
	}
	if at < len(text) {
		out = append(out, piece{Text: text[at:], Diff: diff})
	}
	return out
}

// ruleList is the space-separated rules of a segment's findings, for the
// rule filter.
func ruleList(fs []workflow.Finding) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, f.Rule)
		}
	}
	return strings.Join(out, " ")
}
