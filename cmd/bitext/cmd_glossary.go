package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow"
)

// codeNoTerm: `glossary show` was given a term the glossary does not have.
const codeNoTerm = "err.glossary.term-unknown"

func init() {
	diag.Register(codeNoTerm)
	registerErrorMessages(
		&i18n.Message{ID: "err.glossary.kind", Other: "unknown kind {{.kind}} (kinds: {{.kinds}})"},
		&i18n.Message{ID: "err.glossary.status", Other: "unknown status {{.status}} (statuses: {{.statuses}})"},
		&i18n.Message{ID: "err.glossary.order", Other: "unknown name order {{.order}} (orders: {{.orders}})"},
		&i18n.Message{ID: codeNoTerm, Other: "the glossary has no term {{.term}}"},
	)
}

var (
	msgGlossaryUsage      = &i18n.Message{ID: "cmd.glossary.usage", Other: "the term base: lint it, list it, show a term and where it occurs"}
	msgGlossaryLintUsage  = &i18n.Message{ID: "cmd.glossary.lint.usage", Other: "check the glossary itself: duplicate ids, one Chinese form with two renderings, forbidden variants that are other terms' renderings, empty forms (exit 1 on findings)"}
	msgGlossaryListUsage  = &i18n.Message{ID: "cmd.glossary.list.usage", Other: "list the terms"}
	msgGlossaryShowUsage  = &i18n.Message{ID: "cmd.glossary.show.usage", Other: "show a term (by id, Chinese form or rendering) and where it occurs in the articles"}
	msgGlossaryFlagKind   = &i18n.Message{ID: "cmd.glossary.flag.kind", Other: "only terms of `KIND`: organization, person, title, event, place, other"}
	msgGlossaryFlagStatus = &i18n.Message{ID: "cmd.glossary.flag.status", Other: "only terms of `STATUS`: approved, proposed, deprecated"}
	msgGlossaryClean      = &i18n.Message{ID: "cmd.glossary.lint.clean", One: "{{.File}}: {{.Count}} term, no problems", Other: "{{.File}}: {{.Count}} terms, no problems"}
	msgGlossaryProblems   = &i18n.Message{ID: "cmd.glossary.lint.problems", One: "{{.File}}: {{.Count}} problem", Other: "{{.File}}: {{.Count}} problems"}
	msgGlossaryNoTerms    = &i18n.Message{ID: "cmd.glossary.list.none", Other: "no terms"}
	msgGlossaryColID      = &i18n.Message{ID: "cmd.glossary.col.id", Other: "ID"}
	msgGlossaryColKind    = &i18n.Message{ID: "cmd.glossary.col.kind", Other: "KIND"}
	msgGlossaryColStatus  = &i18n.Message{ID: "cmd.glossary.col.status", Other: "STATUS"}
	msgGlossaryColZH      = &i18n.Message{ID: "cmd.glossary.col.zh", Other: "CHINESE"}
	msgGlossaryColEN      = &i18n.Message{ID: "cmd.glossary.col.en", Other: "ENGLISH"}
	msgGlossaryColAbbr    = &i18n.Message{ID: "cmd.glossary.col.abbr", Other: "ABBR"}
	msgGlossaryColArticle = &i18n.Message{ID: "cmd.glossary.col.article", Other: "ARTICLE"}
	msgGlossaryColSegment = &i18n.Message{ID: "cmd.glossary.col.segment", Other: "SEGMENT"}
	msgGlossaryColForm    = &i18n.Message{ID: "cmd.glossary.col.form", Other: "SOURCE"}
	msgGlossaryColInEN    = &i18n.Message{ID: "cmd.glossary.col.in-english", Other: "IN ENGLISH"}
	msgGlossaryLabelForb  = &i18n.Message{ID: "cmd.glossary.label.forbidden", Other: "forbidden"}
	msgGlossaryLabelNote  = &i18n.Message{ID: "cmd.glossary.label.note", Other: "note"}
	msgGlossaryLabelAt    = &i18n.Message{ID: "cmd.glossary.label.defined", Other: "defined at"}
	msgGlossaryOccurs     = &i18n.Message{ID: "cmd.glossary.show.occurrences", One: "{{.Count}} segment mentions it:", Other: "{{.Count}} segments mention it:"}
	msgGlossaryNowhere    = &i18n.Message{ID: "cmd.glossary.show.nowhere", Other: "no article mentions it"}
)

// The lint findings, one message each (ids are the lint codes).
var lintMessages = map[string]*i18n.Message{
	glossary.LintDuplicateID:        {ID: "glossary.lint.duplicate-id", Other: "term id {{.Value}} is used twice (first at line {{.OtherLine}})"},
	glossary.LintEmpty:              {ID: "glossary.lint.empty", Other: "term {{.Term}}: {{.Field}} is empty"},
	glossary.LintNoZH:               {ID: "glossary.lint.no-zh", Other: "term {{.Term}} has no Chinese form, so nothing can trigger it"},
	glossary.LintZHConflict:         {ID: "glossary.lint.zh-conflict", Other: "Chinese form {{.Value}} of term {{.Term}} is also a form of {{.Other}} (line {{.OtherLine}}), with another rendering: {{.Rendering}} / {{.OtherRendering}}"},
	glossary.LintZHDuplicate:        {ID: "glossary.lint.zh-duplicate", Other: "Chinese form {{.Value}} of term {{.Term}} is also a form of {{.Other}} (line {{.OtherLine}})"},
	glossary.LintForbiddenConflict:  {ID: "glossary.lint.forbidden-conflict", Other: "forbidden variant {{.Value}} of term {{.Term}} is the rendering or abbr of term {{.Other}} (line {{.OtherLine}})"},
	glossary.LintForbiddenSelf:      {ID: "glossary.lint.forbidden-self", Other: "forbidden variant {{.Value}} of term {{.Term}} is its own rendering or abbr"},
	glossary.LintDeprecatedConflict: {ID: "glossary.lint.deprecated-conflict", Other: "deprecated term {{.Term}} has the same {{.Field}} {{.Value}} as term {{.Other}} (line {{.OtherLine}}): the checks would flag the right text"},
	glossary.LintNotUnrelated:       {ID: "glossary.lint.not-unrelated", Other: "term {{.Term}}: the not context {{.Value}} holds none of its Chinese forms, so it hides nothing"},
	glossary.LintNotConflict:        {ID: "glossary.lint.not-conflict", Other: "term {{.Term}}: the not context {{.Value}} is a Chinese form of term {{.Other}} (line {{.OtherLine}}), which it would hide"},
	glossary.LintFormConflict:       {ID: "glossary.lint.form-conflict", Other: "term {{.Term}}: the {{.Field}} {{.Value}} is the rendering or abbr of term {{.Other}} (line {{.OtherLine}})"},
	glossary.LintSurname:            {ID: "glossary.lint.surname", Other: "term {{.Term}}: the surname {{.Value}} is not a word at either end of the rendering"},
	glossary.LintNotPerson:          {ID: "glossary.lint.not-person", Other: "term {{.Term}}: surname and order are for persons, not for kind {{.Value}}"},
}

func (a *app) newGlossaryCommand() *cli.Command {
	return &cli.Command{
		Name:            "glossary",
		Usage:           a.t(msgGlossaryUsage),
		HideHelpCommand: true,
		Subcommands: []*cli.Command{
			{
				Name:  "lint",
				Usage: a.t(msgGlossaryLintUsage),
				Flags: []cli.Flag{a.formatFlag("text", "json")},
				Action: func(c *cli.Context) error {
					if c.NArg() != 0 {
						return a.argsError("glossary lint", c.NArg())
					}
					return a.runGlossaryLint(c, glossaryOptions{format: c.String("format")})
				},
			},
			{
				Name:  "list",
				Usage: a.t(msgGlossaryListUsage),
				Flags: []cli.Flag{
					a.formatFlag("text", "json"),
					&cli.StringFlag{Name: "kind", Usage: a.t(msgGlossaryFlagKind)},
					&cli.StringFlag{Name: "status", Usage: a.t(msgGlossaryFlagStatus)},
				},
				Action: func(c *cli.Context) error {
					if c.NArg() != 0 {
						return a.argsError("glossary list", c.NArg())
					}
					return a.runGlossaryList(c, glossaryOptions{format: c.String("format"), kind: c.String("kind"), status: c.String("status")})
				},
			},
			{
				Name:      "show",
				Usage:     a.t(msgGlossaryShowUsage),
				ArgsUsage: "TERM",
				Flags:     []cli.Flag{a.formatFlag("text", "json")},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return a.argsError("glossary show", c.NArg())
					}
					return a.runGlossaryShow(c, glossaryOptions{format: c.String("format"), term: c.Args().First()})
				},
			},
			a.newGlossarySuggestCommand(),
			a.newGlossaryExportCommand(),
			a.newGlossaryImportCommand(),
		},
	}
}

type glossaryOptions struct {
	format, kind, status, term string
}

func (a *app) loadGlossary(c *cli.Context) (*workflow.Workspace, *glossary.Glossary, error) {
	ws, err := a.workspace(c)
	if err != nil {
		return nil, nil, err
	}
	g, err := ws.LoadGlossary()
	if err != nil {
		return nil, nil, err
	}
	return ws, g, nil
}

// lintJSON is one lint finding in JSON.
type lintJSON struct {
	Code    string `json:"code"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Term    string `json:"term"`
	Other   string `json:"other,omitempty"`
	Field   string `json:"field"`
	Value   string `json:"value"`
	Message string `json:"message"`
}

func (a *app) runGlossaryLint(c *cli.Context, opts glossaryOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	_, g, err := a.loadGlossary(c)
	if err != nil {
		return err
	}
	file := a.relPath(g.Path)
	issues := g.Lint()
	list := make([]lintJSON, 0, len(issues))
	for _, is := range issues {
		j := lintJSON{Code: is.Code, File: file, Line: is.At.Line, Column: is.At.Col, Term: is.Term.ID, Field: is.Field, Value: is.Value}
		data := []any{"Term", is.Term.ID, "Field", is.Field, "Value", is.Value, "Rendering", is.Term.EN}
		if is.Other != nil {
			j.Other = is.Other.ID
			data = append(data, "Other", is.Other.ID, "OtherLine", is.Other.At.Line, "OtherRendering", is.Other.EN)
		}
		j.Message = a.t(lintMessages[is.Code], data...)
		list = append(list, j)
	}
	if opts.format == "json" {
		if err := writeJSON(a.Stdout, map[string]any{"file": file, "terms": len(g.Terms), "issues": list}); err != nil {
			return err
		}
	} else {
		for _, j := range list {
			fmt.Fprintf(a.Stdout, "%s:%d:%d: %s [%s]\n", j.File, j.Line, j.Column, j.Message, j.Code)
		}
		if len(list) == 0 {
			a.say(msgGlossaryClean, "File", file, "Count", len(g.Terms))
		} else {
			a.say(msgGlossaryProblems, "File", file, "Count", len(list))
		}
	}
	if len(list) > 0 {
		a.exitCode = exitNo
	}
	return nil
}

// termJSON is a term in JSON.
type termJSON struct {
	ID        string   `json:"id"`
	ZH        []string `json:"zh"`
	EN        string   `json:"en"`
	Abbr      string   `json:"abbr,omitempty"`
	Forbidden []string `json:"forbidden,omitempty"`
	Kind      string   `json:"kind"`
	Status    string   `json:"status"`
	Note      string   `json:"note,omitempty"`
	File      string   `json:"file"`
	Line      int      `json:"line,omitempty"`
}

func (a *app) termJSON(g *glossary.Glossary, t *glossary.Term) termJSON {
	return termJSON{ID: t.ID, ZH: orEmpty(t.ZH), EN: t.EN, Abbr: t.Abbr, Forbidden: t.Forbidden, Kind: string(t.Kind),
		Status: string(t.Status), Note: t.Note, File: a.relPath(g.Path), Line: t.At.Line}
}

func (a *app) runGlossaryList(c *cli.Context, opts glossaryOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	if opts.kind != "" && !glossary.Kind(opts.kind).Valid() {
		return &diag.Error{Kind: diag.Usage, Code: glossary.CodeBadKind, Args: diag.A{"kind": opts.kind, "kinds": "organization, person, title, event, place, other"}}
	}
	if opts.status != "" && !glossary.Status(opts.status).Valid() {
		return &diag.Error{Kind: diag.Usage, Code: glossary.CodeBadStatus, Args: diag.A{"status": opts.status, "statuses": "approved, proposed, deprecated"}}
	}
	_, g, err := a.loadGlossary(c)
	if err != nil {
		return err
	}
	var terms []*glossary.Term
	for _, t := range g.Terms {
		if (opts.kind == "" || string(t.Kind) == opts.kind) && (opts.status == "" || string(t.Status) == opts.status) {
			terms = append(terms, t)
		}
	}
	if opts.format == "json" {
		list := make([]termJSON, 0, len(terms))
		for _, t := range terms {
			list = append(list, a.termJSON(g, t))
		}
		return writeJSON(a.Stdout, map[string]any{"terms": list})
	}
	if len(terms) == 0 {
		a.say(msgGlossaryNoTerms)
		return nil
	}
	tw := newTable(a.Stdout)
	fmt.Fprintln(tw, strings.Join([]string{a.t(msgGlossaryColID), a.t(msgGlossaryColKind), a.t(msgGlossaryColStatus),
		a.t(msgGlossaryColEN), a.t(msgGlossaryColAbbr), a.t(msgGlossaryColZH)}, "\t"))
	for _, t := range terms {
		abbr := t.Abbr
		if abbr == "" {
			abbr = "-"
		}
		fmt.Fprintln(tw, strings.Join([]string{t.ID, string(t.Kind), string(t.Status), t.EN, abbr, strings.Join(t.ZH, ", ")}, "\t"))
	}
	return tw.Flush()
}

// findTerm finds a term by id, else by a Chinese form, else by its
// rendering or abbr.
func findTerm(g *glossary.Glossary, name string) *glossary.Term {
	if t := g.Term(name); t != nil {
		return t
	}
	for _, t := range g.Terms {
		for _, f := range t.ZH {
			if f == name {
				return t
			}
		}
	}
	for _, t := range g.Terms {
		if glossary.EqualFoldEN(t.EN, name) || (t.Abbr != "" && glossary.EqualEN(t.Abbr, name)) {
			return t
		}
	}
	return nil
}

func (a *app) runGlossaryShow(c *cli.Context, opts glossaryOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, g, err := a.loadGlossary(c)
	if err != nil {
		return err
	}
	t := findTerm(g, opts.term)
	if t == nil {
		return &diag.Error{Kind: diag.Usage, Code: codeNoTerm, Args: diag.A{"term": opts.term}}
	}
	occ, err := ws.TermOccurrences(g, t)
	if err != nil {
		return err
	}
	if opts.format == "json" {
		return writeJSON(a.Stdout, map[string]any{"term": a.termJSON(g, t), "occurrences": orEmpty(occ)})
	}
	a.writeTerm(a.Stdout, g, t)
	fmt.Fprintln(a.Stdout)
	if len(occ) == 0 {
		fmt.Fprintln(a.Stdout, a.t(msgGlossaryNowhere))
		return nil
	}
	fmt.Fprintln(a.Stdout, a.t(msgGlossaryOccurs, "Count", len(occ)))
	tw := newTable(a.Stdout)
	fmt.Fprintln(tw, "  "+strings.Join([]string{a.t(msgGlossaryColArticle), a.t(msgGlossaryColSegment), a.t(msgGlossaryColInEN), a.t(msgGlossaryColForm)}, "\t"))
	for _, o := range occ {
		form := o.Form
		if form == "" {
			form = "-"
		}
		en := o.English
		if o.Found != "" && o.English != workflow.TermRendering {
			en += " (" + o.Found + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", o.Article, o.Segment, en, form)
	}
	return tw.Flush()
}

func (a *app) writeTerm(w io.Writer, g *glossary.Glossary, t *glossary.Term) {
	fmt.Fprintf(w, "%s (%s, %s)\n", t.ID, t.Kind, t.Status)
	fmt.Fprintf(w, "  zh: %s\n", strings.Join(t.ZH, ", "))
	fmt.Fprintf(w, "  en: %s\n", t.EN)
	if t.Abbr != "" {
		fmt.Fprintf(w, "  abbr: %s\n", t.Abbr)
	}
	if len(t.Forbidden) > 0 {
		fmt.Fprintf(w, "  %s: %s\n", a.t(msgGlossaryLabelForb), strings.Join(t.Forbidden, "; "))
	}
	if t.Note != "" {
		fmt.Fprintf(w, "  %s: %s\n", a.t(msgGlossaryLabelNote), t.Note)
	}
	fmt.Fprintf(w, "  %s: %s:%d:%d\n", a.t(msgGlossaryLabelAt), a.relPath(g.Path), t.At.Line, t.At.Col)
}
