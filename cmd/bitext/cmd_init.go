package main

import (
	"errors"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgInitUsage     = &i18n.Message{ID: "cmd.init.usage", Other: "create a workspace (settings, empty glossary, articles/)"}
	msgInitDone      = &i18n.Message{ID: "cmd.init.done", Other: "created a bitext workspace in {{.Dir}}"}
	msgInitNext      = &i18n.Message{ID: "cmd.init.next", Other: "next: 'bitext add FILE.zh.md' to add a Chinese article"}
	msgInitIgnore    = &i18n.Message{ID: "cmd.init.gitignore", Other: "added {{.Dir}}/ to .gitignore"}
	msgInitGitFailed = &i18n.Message{ID: "cmd.init.git-failed", Other: "the git merge driver was not set up ({{.Cause}}): run 'bitext git setup'"}
)

func (a *app) newInitCommand() *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     a.t(msgInitUsage),
		ArgsUsage: "[DIR]",
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return a.argsError("init", c.NArg())
			}
			dir := c.Args().First()
			if dir == "" {
				dir = c.String("workspace")
			}
			if dir == "" {
				dir = "."
			}
			return a.runInit(dir)
		},
	}
}

func (a *app) runInit(dir string) error {
	ws, err := workflow.Init(a.absPath(dir))
	if err != nil {
		return err
	}
	a.root = ws.Root
	a.say(msgInitDone, "Dir", dir)
	if ws.IgnoreWritten {
		a.hint(msgInitIgnore, "Dir", workflow.StateDir)
	}
	if ws.InGitRepo() {
		// In a git repository: segment files merge by segment id from the start.
		// The workspace is made: a failure here is a warning, not a failed init.
		if err := a.runGitSetup(ws); err != nil {
			var de *diag.Error
			text := err.Error()
			if errors.As(err, &de) {
				text = a.renderError(de)
			}
			a.warn(msgInitGitFailed, "Cause", text)
		}
	}
	a.hint(msgInitNext)
	return nil
}
