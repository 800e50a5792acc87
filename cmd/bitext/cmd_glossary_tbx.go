package main

import (
	"bytes"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/interchange"
)

var (
	msgGlossaryExportUsage = &i18n.Message{ID: "cmd.glossary.export.usage", Other: "write the glossary as TBX for a term base (MultiTerm and the like)"}
	msgGlossaryImportUsage = &i18n.Message{ID: "cmd.glossary.import.usage", Other: "merge a TBX or CSV term list into the glossary: terms with the same id are replaced, new ones added"}
	msgGlossaryImported    = &i18n.Message{ID: "cmd.glossary.imported", Other: "{{.File}}: {{.Added}} terms added, {{.Replaced}} replaced, {{.Unchanged}} unchanged"}
	msgGlossaryImportDry   = &i18n.Message{ID: "cmd.glossary.import.dry", Other: "dry run, nothing written: {{.File}} would add {{.Added}} terms, replace {{.Replaced}}, leave {{.Unchanged}} unchanged"}
)

func (a *app) newGlossaryExportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: a.t(msgGlossaryExportUsage),
		Flags: []cli.Flag{
			a.formatFlag("tbx"),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: a.t(msgExportOutput)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return a.argsError("glossary export", c.NArg())
			}
			if err := checkFormat(c.String("format"), "tbx"); err != nil {
				return err
			}
			ws, g, err := a.loadGlossary(c)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := interchange.WriteTBX(&buf, ws.Settings.SourceLang, ws.Settings.TargetLang, workflow.GlossaryConcepts(g)); err != nil {
				return diag.Wrap(c.String("output"), err)
			}
			return a.writeOutput(c.String("output"), buf.Bytes())
		},
	}
}

func (a *app) newGlossaryImportCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     a.t(msgGlossaryImportUsage),
		ArgsUsage: "FILE",
		Flags:     []cli.Flag{&cli.BoolFlag{Name: "dry-run", Usage: a.t(msgImportDryRun)}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("glossary import", c.NArg())
			}
			file := c.Args().First()
			ws, err := a.workspace(c)
			if err != nil {
				return err
			}
			data, err := readInput(ws, a.absPath(file), file)
			if err != nil {
				return err
			}
			read := interchange.ReadTBX
			if strings.HasSuffix(strings.ToLower(file), ".csv") {
				read = interchange.ReadCSV
			}
			cs, err := read(file, data)
			if err != nil {
				return err
			}
			res, err := ws.ImportGlossary(cs, c.Bool("dry-run"))
			if err != nil {
				return err
			}
			m := msgGlossaryImported
			if c.Bool("dry-run") {
				m = msgGlossaryImportDry
			}
			a.say(m, "File", file, "Added", res.Added, "Replaced", res.Replaced, "Unchanged", res.Unchanged)
			return nil
		},
	}
}

func init() {
	registerErrorMessages(
		&i18n.Message{ID: "err.interchange.tbx", Other: "not a TBX document, or a concept entry without Chinese and English terms"},
		&i18n.Message{ID: "err.interchange.csv", Other: "not a term list bitext can read: {{.detail}}"},
	)
}
