package main

import (
	"io"

	"github.com/bitext-desk/bitext/workflow"
)

// checkFormats are the output formats of `bitext check`, the default first.
var checkFormats = []string{"text", "json", "github", "sarif"}

// findingsFormatter writes a check's report in one format. Messages are
// filled in before it is called.
type findingsFormatter interface {
	Format(w io.Writer, rep *workflow.Report) error
}

func (a *app) findingsFormatter(format string, color bool, showAccepted ...bool) findingsFormatter {
	switch format {
	case "json":
		return jsonFormatter{}
	case "github":
		return githubFormatter{}
	case "sarif":
		return sarifFormatter{}
	}
	return &textFormatter{a: a, color: color, showAccepted: len(showAccepted) > 0 && showAccepted[0]}
}
