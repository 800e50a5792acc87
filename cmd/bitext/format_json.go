package main

import (
	"io"

	"github.com/bitext-desk/bitext/workflow"
)

// jsonFormatter writes the contract's JSON: {"findings": [...], "summary": {...}}.
type jsonFormatter struct{}

func (jsonFormatter) Format(w io.Writer, rep *workflow.Report) error {
	if rep.Findings == nil {
		rep.Findings = []workflow.Finding{}
	}
	return writeJSON(w, rep)
}
