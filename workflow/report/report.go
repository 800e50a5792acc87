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
	"html/template"
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
	dir  string
	opts Options
	tmpl *template.Template

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
func New(dir string, opts Options) (*Site, error) {
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		return nil, diag.Wrap(dir, err)
	}
	s := &Site{dir: dir, opts: opts}
	funcs := template.FuncMap{
		"t": func(id string) string {
			if v, ok := opts.Labels[id]; ok {
				return v
			}
			return id
		},
		"state":  func(st articles.State) string { return s.label("state." + string(st)) },
		"when":   func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		"iso":    func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"zhText": func(sv workflow.SegmentView) []piece { return zhPieces(sv) },
		"enText": func(sv workflow.SegmentView) []piece { return enPieces(sv) },
		"rules":  func(sv workflow.SegmentView) string { return ruleList(sv.Findings) },
		"css":    func() template.CSS { return template.CSS(css) },
		"js":     func() template.JS { return template.JS(js) },
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

// articlePage is the data of one article's page.
type articlePage struct {
	Lang      string
	Generated time.Time
	States    []articles.State
	Rules     []string // the rules with findings in the article, sorted
	A         *workflow.ArticleView
}

// Article writes one article's page, articles/<slug>.html.
func (s *Site) Article(order int, v *workflow.ArticleView) error {
	row := indexRow{Slug: v.Article, Page: "articles/" + v.Article + ".html", Segments: v.Total, Archived: len(v.Archived),
		Errors: v.Errors, Warnings: v.Warnings, Drift: v.Drift, Missing: v.SourceMissing, Rules: map[string]int{}, order: order}
	for _, st := range articles.States {
		row.States = append(row.States, v.States[st])
	}
	for _, f := range v.Findings {
		row.Rules[f.Rule]++
	}
	for _, sv := range v.Segments {
		for _, f := range sv.Findings {
			row.Rules[f.Rule]++
		}
	}
	page := articlePage{Lang: s.opts.Lang, Generated: s.opts.Generated, States: articles.States, A: v}
	for r := range row.Rules {
		page.Rules = append(page.Rules, r)
	}
	sort.Strings(page.Rules)
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, "article.html.tmpl", page); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(s.dir, "articles", v.Article+".html"), buf.Bytes()); err != nil {
		return err
	}
	s.mu.Lock()
	s.articles = append(s.articles, row)
	s.mu.Unlock()
	return nil
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
	return len(s.articles), writeFile(filepath.Join(s.dir, "index.html"), buf.Bytes())
}

// writeFile writes a page through a temporary file renamed over the
// target, so a reader never sees half a page. Pages are not synced to disk
// one by one: the site is an artefact that can be written again.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return diag.Wrap(path, err)
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
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
