package main

import (
	"path/filepath"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/bitext-desk/bitext/articles/diag"
)

var (
	msgArgCount      = &i18n.Message{ID: "err.usage.arg-count", Other: "wrong number of arguments ({{.Count}})"}
	msgArgCountUsage = &i18n.Message{ID: "err.usage.arg-count-usage", Other: "wrong number of arguments ({{.Count}}): bitext {{.Command}} {{.Usage}}"}
)

// argsError is the usage error for a command called with the wrong
// arguments; it shows what the command takes ("approve --all" without the
// article said only "wrong number of arguments (0)").
func (a *app) argsError(command string, got int) error {
	problem := a.t(msgArgCount, "Count", got)
	if u := a.argsUsage[command]; u != "" {
		problem = a.t(msgArgCountUsage, "Count", got, "Command", command, "Usage", u)
	}
	return &diag.Error{Kind: diag.Usage, Code: codeArgs, Args: diag.A{"command": command, "problem": problem}}
}

// absPath resolves a path the user typed against the current directory.
func (a *app) absPath(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	if cwd, err := a.Getwd(); err == nil {
		return filepath.Join(cwd, p)
	}
	return p
}
