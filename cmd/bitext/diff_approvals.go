package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/bitext-desk/bitext/workflow"
)

// Approvals added or changed since `diff --base REV`, with who signed them
// (issue 11).
var (
	msgDiffApprovalsHead = &i18n.Message{ID: "cmd.diff.approvals.head", One: "{{.Count}} approval added or changed since {{.Base}}:", Other: "{{.Count}} approvals added or changed since {{.Base}}:"}
	msgDiffApprovalLine  = &i18n.Message{ID: "cmd.diff.approvals.line", Other: `{{.Pos}}: {{.Article}} {{.Segment}}: approval by {{.By}} {{if eq .Change "added"}}added{{else}}changed{{end}}{{if .Forced}} (forced){{end}}: {{.Signed}}`}
	msgSignedGood        = &i18n.Message{ID: "cmd.diff.approvals.good", Other: "signed by {{.By}} ({{.Key}})"}
	msgSignedNone        = &i18n.Message{ID: "cmd.diff.approvals.unsigned", Other: "NOT signed"}
	msgSignedBad         = &i18n.Message{ID: "cmd.diff.approvals.bad", Other: "the signature does NOT match this approval"}
	msgSignedWrong       = &i18n.Message{ID: "cmd.diff.approvals.wrong", Other: "signed with {{.Key}}, which the allowed signers give {{if .Principals}}to {{.Principals}}{{else}}to nobody{{end}}, NOT to {{.By}}"}
	msgSignedUnverified  = &i18n.Message{ID: "cmd.diff.approvals.unverified", Other: "signed with {{.Key}}; no allowed_signers file says whose key that is"}
)

// writeApprovalChanges lists the approvals added or changed since base.
func (a *app) writeApprovalChanges(w io.Writer, changes []workflow.ApprovalChange, base string) {
	if len(changes) == 0 {
		return
	}
	fmt.Fprintln(w, a.t(msgDiffApprovalsHead, "Count", len(changes), "Base", base))
	for _, c := range changes {
		kv := []any{"By", c.By, "Key", c.Key, "Principals", strings.Join(c.Principals, ", ")}
		var signed string
		switch c.Signed {
		case workflow.SignedGood:
			signed = a.t(msgSignedGood, kv...)
		case workflow.SignedNone:
			signed = a.t(msgSignedNone, kv...)
		case workflow.SignedBad:
			signed = a.t(msgSignedBad, kv...)
		case workflow.SignedWrong:
			signed = a.t(msgSignedWrong, kv...)
		default:
			signed = a.t(msgSignedUnverified, kv...)
		}
		pos := fmt.Sprintf("%s:%d:%d", c.File, c.Line, c.Column)
		fmt.Fprintln(w, "  "+a.t(msgDiffApprovalLine, "Pos", pos, "Article", c.Article, "Segment", c.Segment, "By", c.By,
			"Change", c.Change, "Forced", c.Forced, "Signed", signed))
	}
	fmt.Fprintln(w)
}
