package main

import (
	"io"

	"github.com/bitext-desk/bitext/workflow"
)

// checkFormats are the output formats of `bitext check`, the default first.
var checkFormats = []string{"text", "json", "github", "sarif"}

// findingsFormatter writes a check's report in one format, as the check
// goes: Begin, then Findings for each article's findings in order, then
// End with the summary and the accepted findings. Messages are filled in
// before it is called. A formatter is used for one report.
type findingsFormatter interface {
	Begin(w io.Writer) error
	Findings(w io.Writer, fs []workflow.Finding) error
	End(w io.Writer, rep *workflow.Report) error
}

func (a *app) findingsFormatter(format string, color bool, showAccepted ...bool) findingsFormatter {
	switch format {
	case "json":
		return &jsonFormatter{}
	case "github":
		return githubFormatter{}
	case "sarif":
		return &sarifFormatter{}
	}
	return &textFormatter{a: a, color: color, showAccepted: len(showAccepted) > 0 && showAccepted[0]}
}

// formatReport writes a whole report, held, through f.
func formatReport(f findingsFormatter, w io.Writer, rep *workflow.Report) error {
	if err := f.Begin(w); err != nil {
		return err
	}
	if len(rep.Findings) > 0 {
		if err := f.Findings(w, rep.Findings); err != nil {
			return err
		}
	}
	return f.End(w, rep)
}
