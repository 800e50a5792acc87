package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgImportUsage     = &i18n.Message{ID: "cmd.import.usage", Other: "write the English of an XLIFF (2.x, 1.2) or PO file back into the segments (never approves)"}
	msgImportDryRun    = &i18n.Message{ID: "cmd.import.flag.dry-run", Other: "show what would change and write nothing"}
	msgImportUpdated   = &i18n.Message{ID: "cmd.import.updated", Other: "{{.Article}} {{.Segment}}: {{.State}}: {{.EN}}"}
	msgImportDone      = &i18n.Message{ID: "cmd.import.done", Other: "imported {{.File}}: {{.Updated}} updated, {{.Unchanged}} unchanged, {{.Empty}} without English, {{.Conflicts}} not applied"}
	msgImportDryDone   = &i18n.Message{ID: "cmd.import.dry-done", Other: "dry run, nothing written: {{.File}} would update {{.Updated}}, leave {{.Unchanged}} unchanged, {{.Empty}} without English, {{.Conflicts}} not applied"}
	msgImportZHChanged = &i18n.Message{ID: "cmd.import.zh-changed", Other: "{{.Article}} {{.Segment}}: the Chinese changed since the export; the imported English is kept in a comment"}
	msgImportENChanged = &i18n.Message{ID: "cmd.import.en-changed", Other: "{{.Article}} {{.Segment}}: the English changed in bitext since the export; the imported English is kept in a comment"}
	msgImportClaimed   = &i18n.Message{ID: "cmd.import.claimed", Other: "{{.Article}} {{.Segment}}: checked out by {{.By}}; the imported English is kept in a comment"}
	msgImportJoined    = &i18n.Message{ID: "cmd.import.joined", Other: "{{.Article}} {{.Segment}}: joined into {{.Into}} since the export; the imported English is kept in a comment on {{.Into}}"}
	msgImportNoteJoin  = &i18n.Message{ID: "cmd.import.note.joined", Other: "imported from {{.File}} for segment {{.Segment}}, not applied because it was joined into this one since the export: {{.EN}}"}
	msgImportNoteZH    = &i18n.Message{ID: "cmd.import.note.zh-changed", Other: "imported from {{.File}}, not applied because the Chinese changed since the export: {{.EN}}"}
	msgImportNoteEN    = &i18n.Message{ID: "cmd.import.note.en-changed", Other: "imported from {{.File}}, not applied because the English changed in bitext since the export: {{.EN}}"}
	msgImportNoteClaim = &i18n.Message{ID: "cmd.import.note.claimed", Other: "imported from {{.File}}, not applied because {{.By}} has the segment checked out: {{.EN}}"}
)

// importConflictMsgs are, per reason an English was not applied, the
// warning and the comment that keeps the English on the segment.
var importConflictMsgs = map[string][2]*i18n.Message{
	workflow.ConflictZHChanged: {msgImportZHChanged, msgImportNoteZH},
	workflow.ConflictENChanged: {msgImportENChanged, msgImportNoteEN},
	workflow.ConflictClaimed:   {msgImportClaimed, msgImportNoteClaim},
	workflow.ConflictJoined:    {msgImportJoined, msgImportNoteJoin},
}

type importOptions struct {
	file   string
	dryRun bool
}

func (a *app) newImportCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     a.t(msgImportUsage),
		ArgsUsage: "FILE",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.BoolFlag{Name: "dry-run", Usage: a.t(msgImportDryRun)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("import", c.NArg())
			}
			return a.runImport(c, importOptions{file: c.Args().First(), dryRun: c.Bool("dry-run")})
		},
	}
}

func (a *app) runImport(c *cli.Context, opts importOptions) error {
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	as, err := a.identity(c)
	if err != nil {
		return err
	}
	data, err := readInput(ws, a.absPath(opts.file), opts.file)
	if err != nil {
		return err
	}
	doc, err := workflow.ReadInterchange(opts.file, data)
	if err != nil {
		return err
	}
	name := opts.file
	res, err := ws.Import(doc, workflow.ImportOptions{File: opts.file, As: as, DryRun: opts.dryRun, Now: a.Now(),
		ConflictNote: func(cf workflow.ImportConflict) string {
			return a.t(importConflictMsgs[cf.Reason][1], "File", name, "EN", cf.EN, "By", cf.By, "Segment", cf.Segment)
		}})
	if err != nil {
		return err
	}
	for _, u := range res.Updated {
		a.say(msgImportUpdated, "Article", u.Article, "Segment", u.Segment, "State", string(u.State), "EN", u.To)
	}
	a.printFindings(res.Findings)
	for _, cf := range res.Conflicts {
		a.warn(importConflictMsgs[cf.Reason][0], "Article", cf.Article, "Segment", cf.Segment, "By", cf.By, "Into", cf.Into)
	}
	m := msgImportDone
	if opts.dryRun {
		m = msgImportDryDone
	}
	a.say(m, "File", name, "Updated", len(res.Updated), "Unchanged", res.Unchanged, "Empty", res.Empty, "Conflicts", len(res.Conflicts))
	return nil
}

func init() {
	registerErrorMessages(
		&i18n.Message{ID: "err.interchange.xml", Other: "not well-formed XML: {{.detail}}"},
		&i18n.Message{ID: "err.interchange.not-xliff", Other: "not an XLIFF 2.x or 1.2 document (root namespace {{.namespace}})"},
		&i18n.Message{ID: "err.interchange.unit", Other: "unit {{.id}} does not name an article and segment exported by bitext"},
		&i18n.Message{ID: "err.interchange.po", Other: "not valid PO: {{.detail}}"},
		&i18n.Message{ID: "err.interchange.duplicate", Other: "segment {{.segment}} of {{.article}} is given twice"},
	)
}
