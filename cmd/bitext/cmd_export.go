package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgExportUsage        = &i18n.Message{ID: "cmd.export.usage", Other: "the English article, paragraphs rebuilt"}
	msgExportOutput       = &i18n.Message{ID: "cmd.export.flag.output", Other: "write to `FILE` instead of standard output"}
	msgExportUntranslated = &i18n.Message{ID: "cmd.export.untranslated", Other: "[UNTRANSLATED {{.ID}}: {{.ZH}}]"}
	msgExportStale        = &i18n.Message{ID: "cmd.export.stale", Other: "[STALE {{.ID}}: {{.EN}}]"}
	msgExportIncomplete   = &i18n.Message{ID: "cmd.export.incomplete", Other: "{{.Article}} is not finished: {{.Untranslated}} untranslated and {{.Stale}} stale segments are marked in the text"}
	msgExportWrote        = &i18n.Message{ID: "cmd.export.wrote", Other: "wrote {{.File}}"}
)

type exportOptions struct {
	article, format, output string
}

func (a *app) newExportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     a.t(msgExportUsage),
		ArgsUsage: "ARTICLE",
		Flags: []cli.Flag{
			a.formatFlag("md", "txt"),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: a.t(msgExportOutput)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("export", c.NArg())
			}
			return a.runExport(c, exportOptions{article: c.Args().First(), format: c.String("format"), output: c.String("output")})
		},
	}
}

func (a *app) runExport(c *cli.Context, opts exportOptions) error {
	if err := checkFormat(opts.format, "md", "txt"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	slugs, err := ws.Resolve([]string{opts.article})
	if err != nil {
		return err
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
	if opts.output == "" {
		_, err := a.Stdout.Write([]byte(res.Text))
		return err
	}
	out := a.absPath(opts.output)
	if err := workflow.WriteFileAtomic(out, []byte(res.Text)); err != nil {
		return err
	}
	a.say(msgExportWrote, "File", opts.output)
	return nil
}
