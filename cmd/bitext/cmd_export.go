package main

import (
	"bytes"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/interchange"
)

var (
	msgExportUsage        = &i18n.Message{ID: "cmd.export.usage", Other: "the English article, paragraphs rebuilt"}
	msgExportOutput       = &i18n.Message{ID: "cmd.export.flag.output", Other: "write to `FILE` instead of standard output"}
	msgExportUntranslated = &i18n.Message{ID: "cmd.export.untranslated", Other: "[UNTRANSLATED {{.ID}}: {{.ZH}}]"}
	msgExportStale        = &i18n.Message{ID: "cmd.export.stale", Other: "[STALE {{.ID}}: {{.EN}}]"}
	msgExportIncomplete   = &i18n.Message{ID: "cmd.export.incomplete", Other: "{{.Article}} is not finished: {{.Untranslated}} untranslated and {{.Stale}} stale segments are marked in the text"}
	msgExportWrote        = &i18n.Message{ID: "cmd.export.wrote", Other: "wrote {{.File}}"}
	msgExportState        = &i18n.Message{ID: "cmd.export.flag.state", Other: "with --format tmx: the `STATE`s of the segments written (default approved; repeat or separate with commas)"}
	msgExportBadState     = &i18n.Message{ID: "cmd.export.bad-state", Other: "--state takes translated, approved or draft"}
	msgExportOneArticle   = &i18n.Message{ID: "cmd.export.one-article", Other: "--format {{.Format}} takes exactly one article"}
	msgExportDrafts       = &i18n.Message{ID: "cmd.export.drafts",
		One:   "{{.Article}}: {{.Count}} exported segment is a draft, its English not confirmed by a translator ('bitext check {{.Article}}' names it)",
		Other: "{{.Article}}: {{.Count}} exported segments are drafts, their English not confirmed by a translator ('bitext check {{.Article}}' names them)"}
)

// exportFormats are the formats of export: the English article (md, txt)
// and the bilingual files CAT tools read (xliff = XLIFF 2.1, xliff12, po).
var exportFormats = []string{"md", "txt", "xliff", "xliff12", "po", "tmx"}

// bilingual reports whether a format holds both languages (and so takes
// several articles, or all of them when none is named).
func bilingual(format string) bool {
	switch format {
	case "xliff", "xliff12", "po", "tmx":
		return true
	}
	return false
}

type exportOptions struct {
	articles       []string
	format, output string
	states         []string
}

func (a *app) newExportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     a.t(msgExportUsage),
		ArgsUsage: "ARTICLE...",
		Flags: []cli.Flag{
			a.formatFlag(exportFormats...),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: a.t(msgExportOutput)},
			&cli.StringSliceFlag{Name: "state", Usage: a.t(msgExportState)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 && !bilingual(c.String("format")) {
				return a.argsError("export", c.NArg())
			}
			return a.runExport(c, exportOptions{articles: c.Args().Slice(), format: c.String("format"), output: c.String("output"), states: c.StringSlice("state")})
		},
	}
}

func (a *app) runExport(c *cli.Context, opts exportOptions) error {
	if err := checkFormat(opts.format, exportFormats...); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	slugs, err := ws.Resolve(opts.articles)
	if err != nil {
		return err
	}
	if bilingual(opts.format) {
		return a.exportBilingual(ws, slugs, opts)
	}
	if len(slugs) != 1 {
		return &diag.Error{Kind: diag.Usage, Code: codeArgs, Args: diag.A{"command": "export", "problem": a.t(msgExportOneArticle, "Format", opts.format)}}
	}
	art, err := ws.Load(slugs[0])
	if err != nil {
		return err
	}
	res := workflow.Export(art.File, workflow.ExportFormat(opts.format), workflow.Placeholders{
		Untranslated: func(s *articles.Segment) string { return a.t(msgExportUntranslated, "ID", s.ID, "ZH", s.ZH) },
		Stale:        func(s *articles.Segment) string { return a.t(msgExportStale, "ID", s.ID, "EN", s.EN) },
	})
	if res.Untranslated > 0 || res.Stale > 0 {
		a.warn(msgExportIncomplete, "Article", art.Slug, "Untranslated", res.Untranslated, "Stale", res.Stale)
	}
	if res.Drafts > 0 {
		a.warn(msgExportDrafts, "Article", art.Slug, "Count", res.Drafts)
	}
	return a.writeOutput(opts.output, []byte(res.Text))
}

// writeOutput writes data to standard output, or atomically to FILE (-o).
func (a *app) writeOutput(output string, data []byte) error {
	if output == "" {
		_, err := a.Stdout.Write(data)
		return err
	}
	if err := workflow.WriteFileAtomic(a.absPath(output), data); err != nil {
		return err
	}
	a.say(msgExportWrote, "File", output)
	return nil
}

// exportBilingual writes the articles as XLIFF 2.1, XLIFF 1.2 or PO.
func (a *app) exportBilingual(ws *workflow.Workspace, slugs []string, opts exportOptions) error {
	var buf bytes.Buffer
	if opts.format == "tmx" {
		var states []articles.State
		for _, v := range opts.states {
			for _, st := range strings.Split(v, ",") {
				switch s := articles.State(strings.TrimSpace(st)); s {
				case articles.Translated, articles.Approved, articles.Draft:
					states = append(states, s)
				default:
					return a.usageProblem("export", msgExportBadState)
				}
			}
		}
		m, err := ws.MemoryTMX(slugs, workflow.TMXOptions{States: states, Now: a.Now()})
		if err != nil {
			return err
		}
		if err := interchange.WriteTMX(&buf, m); err != nil {
			return diag.Wrap(opts.output, err)
		}
		return a.writeOutput(opts.output, buf.Bytes())
	}
	doc, err := ws.InterchangeDoc(slugs, a.Now())
	if err != nil {
		return err
	}
	switch interchange.Format(opts.format) {
	case interchange.XLIFF2:
		err = interchange.WriteXLIFF2(&buf, doc)
	case interchange.XLIFF12:
		err = interchange.WriteXLIFF12(&buf, doc)
	case interchange.PO:
		err = interchange.WritePO(&buf, doc)
	}
	if err != nil {
		return diag.Wrap(opts.output, err)
	}
	return a.writeOutput(opts.output, buf.Bytes())
}
