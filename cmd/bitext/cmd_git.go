package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgGitUsage      = &i18n.Message{ID: "cmd.git.usage", Other: "git integration of the workspace"}
	msgGitSetupUsage = &i18n.Message{ID: "cmd.git.setup.usage", Other: "make git merge segment files with bitext's merge driver (.gitattributes and local git config)"}
	msgGitAttrs      = &i18n.Message{ID: "cmd.git.setup.attributes", Other: "{{.File}}: added '{{.Line}}'"}
	msgGitAttrsKept  = &i18n.Message{ID: "cmd.git.setup.attributes-kept", Other: "{{.File}}: already has '{{.Line}}'"}
	msgGitConfig     = &i18n.Message{ID: "cmd.git.setup.config", Other: "git config (this clone): merge.bitext.driver = '{{.Driver}}'"}
	msgGitConfigKept = &i18n.Message{ID: "cmd.git.setup.config-kept", Other: "git config (this clone): merge.bitext.driver was already set"}
	msgGitSetupHint  = &i18n.Message{ID: "cmd.git.setup.hint", Other: "commit {{.File}}; every other clone (a colleague's, a CI runner) runs 'bitext git setup' once, with bitext on its PATH"}
)

func (a *app) newGitCommand() *cli.Command {
	return &cli.Command{
		Name:            "git",
		Usage:           a.t(msgGitUsage),
		HideHelpCommand: true,
		Subcommands: []*cli.Command{{
			Name:  "setup",
			Usage: a.t(msgGitSetupUsage),
			Action: func(c *cli.Context) error {
				if c.NArg() != 0 {
					return a.argsError("git setup", c.NArg())
				}
				ws, err := a.workspace(c)
				if err != nil {
					return err
				}
				return a.runGitSetup(ws)
			},
		}},
	}
}

// runGitSetup sets up the merge driver and says what it did.
func (a *app) runGitSetup(ws *workflow.Workspace) error {
	res, err := ws.GitSetup()
	if err != nil {
		return err
	}
	file := a.relPath(res.Attributes)
	if res.WroteAttrs {
		a.say(msgGitAttrs, "File", file, "Line", res.AttributesLine)
	} else {
		a.say(msgGitAttrsKept, "File", file, "Line", res.AttributesLine)
	}
	if res.WroteConfig {
		a.say(msgGitConfig, "Driver", workflow.MergeDriverCmd)
	} else {
		a.say(msgGitConfigKept)
	}
	if res.WroteAttrs {
		a.hint(msgGitSetupHint, "File", file)
	}
	return nil
}
