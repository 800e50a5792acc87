package main

import (
	"errors"
	"io/fs"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgTMUsage       = &i18n.Message{ID: "cmd.tm.usage", Other: "the translation memory: import TMX files into it"}
	msgTMImportUsage = &i18n.Message{ID: "cmd.tm.import.usage", Other: "check a TMX file and keep it in tm/, where the translation memory reads it"}
	msgTMImported    = &i18n.Message{ID: "cmd.tm.imported", One: "kept tm/{{.Name}}: {{.Count}} translation unit with Chinese and English", Other: "kept tm/{{.Name}}: {{.Count}} translation units with Chinese and English"}
)

func (a *app) newTMCommand() *cli.Command {
	return &cli.Command{
		Name:  "tm",
		Usage: a.t(msgTMUsage),
		Subcommands: []*cli.Command{{
			Name:      "import",
			Usage:     a.t(msgTMImportUsage),
			ArgsUsage: "FILE",
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return a.argsError("tm import", c.NArg())
				}
				return a.runTMImport(c, c.Args().First())
			},
		}},
	}
}

func (a *app) runTMImport(c *cli.Context, file string) error {
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	data, err := readInput(ws, a.absPath(file), file)
	if err != nil {
		return err
	}
	name, n, err := ws.ImportTMX(file, data)
	if err != nil {
		return err
	}
	a.say(msgTMImported, "Name", name, "Count", n)
	return nil
}

func init() {
	registerErrorMessages(
		&i18n.Message{ID: "err.interchange.tmx", Other: "not a TMX document"},
		&i18n.Message{ID: "err.tm.bad-name", Other: "{{.name}} cannot be kept under tm/: name it with letters, digits, '.', '_' and '-'"},
	)
}

// readInput reads a file named on the command line (as typed: name) for
// an import: a regular file within the workspace's size limit; a missing
// one is a usage error naming it.
func readInput(ws *workflow.Workspace, path, name string) ([]byte, error) {
	data, err := safeio.ReadRegular(path, ws.Settings.MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeIO, File: name, Err: err, Args: diag.A{"cause": fs.ErrNotExist.Error()}}
	}
	return data, err
}
