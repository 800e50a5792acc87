package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/bitext-desk/bitext/workflow"
)

// githubFormatter writes GitHub Actions workflow commands, one per finding:
// ::error file=F,line=L,col=C,[endLine=L,endColumn=C,]title=RULE::message
// (or ::warning); the end only for a span on one line.
type githubFormatter struct{}

var (
	ghData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func (githubFormatter) Begin(io.Writer) error                 { return nil }
func (githubFormatter) End(io.Writer, *workflow.Report) error { return nil }
func (githubFormatter) Findings(w io.Writer, fs []workflow.Finding) error {
	var b strings.Builder
	for _, f := range fs {
		level := "error"
		if f.Severity == workflow.SevWarning {
			level = "warning"
		}
		props := []string{"file=" + ghProperty.Replace(f.File)}
		if f.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Line))
		}
		if f.Column > 0 {
			props = append(props, fmt.Sprintf("col=%d", f.Column))
		}
		if f.EndLine == f.Line && f.Column > 0 && f.EndColumn > f.Column {
			// GitHub's end column is the span's last character (it
			// defaults to the start column), and the runner drops the
			// columns of an annotation over several lines: a span
			// across a line break keeps only its start.
			props = append(props, fmt.Sprintf("endLine=%d,endColumn=%d", f.EndLine, f.EndColumn-1))
		}
		props = append(props, "title="+ghProperty.Replace(f.Rule))
		fmt.Fprintf(&b, "::%s %s::%s\n", level, strings.Join(props, ","), ghData.Replace(f.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
