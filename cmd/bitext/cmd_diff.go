package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgDiffOrigin     = &i18n.Message{ID: "cmd.diff.origin", Other: "from the translation memory: {{.Origin}}"}
	msgDiffUsage      = &i18n.Message{ID: "cmd.diff.usage", Other: "what awaits review: source changes of stale segments (by character), English changes since the last approval (by word)"}
	msgDiffFlagBase   = &i18n.Message{ID: "cmd.diff.flag.base", Other: "compare the English with the segment files at git revision `REV` (what a pull request changed)"}
	msgDiffFlagColor  = &i18n.Message{ID: "cmd.diff.flag.color", Other: "colour the diff even when the output is not a terminal"}
	msgDiffSource     = &i18n.Message{ID: "cmd.diff.head.source", Other: "{{.Article}} {{.Segment}} ({{.State}}): the source changed since the English was made"}
	msgDiffPunct      = &i18n.Message{ID: "cmd.diff.head.punctuation", Other: "{{.Article}} {{.Segment}} ({{.State}}): the source changed in punctuation only; the English most likely still fits"}
	msgDiffApproval   = &i18n.Message{ID: "cmd.diff.head.approval", Other: "{{.Article}} {{.Segment}} ({{.State}}): the English since its last approval by {{.By}}"}
	msgDiffApproved   = &i18n.Message{ID: "cmd.diff.head.approved", Other: "{{.Article}} {{.Segment}} ({{.State}}): the English since its last approval"}
	msgDiffBase       = &i18n.Message{ID: "cmd.diff.head.base", Other: "{{.Article}} {{.Segment}} ({{.State}}): the English since {{.Base}}"}
	msgDiffNever      = &i18n.Message{ID: "cmd.diff.head.never", Other: "{{.Article}} {{.Segment}} ({{.State}}): new English, never approved"}
	msgDiffUnknown    = &i18n.Message{ID: "cmd.diff.head.unknown", Other: "{{.Article}} {{.Segment}} ({{.State}}): the English changed since its approval by {{.By}}; the approved text is not in git history, so all of it is shown"}
	msgDiffRemoved    = &i18n.Message{ID: "cmd.diff.head.removed", Other: "{{.Article}} {{.Segment}} ({{.State}}): removed from the source on {{.At}}; sync archived it with its English"}
	msgComment        = &i18n.Message{ID: "segment.comment", Other: "# {{.By}}, {{.At}}: {{.Text}}"}
	msgDiffNothing    = &i18n.Message{ID: "cmd.diff.nothing", Other: "nothing awaits review"}
	msgDiffUnchanged  = &i18n.Message{ID: "cmd.diff.unchanged", Other: "(no change)"}
	msgErrDiffBadRev  = &i18n.Message{ID: "err.diff.bad-rev", Other: "--base {{.rev}}: not a revision of the git repository here ({{.cause}})"}
	msgDiffSummary    = &i18n.Message{ID: "cmd.diff.summary", One: "{{.Count}} segment awaits review", Other: "{{.Count}} segments await review"}
	msgDiffSummaryPun = &i18n.Message{ID: "cmd.diff.summary-punctuation", One: "{{.Count}} of them changed in punctuation only", Other: "{{.Count}} of them changed in punctuation only"}
)

func init() { registerErrorMessages(msgErrDiffBadRev) }

type diffOptions struct {
	articles []string
	format   string
	base     string
	color    bool
}

func (a *app) newDiffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     a.t(msgDiffUsage),
		ArgsUsage: "[ARTICLE...]",
		Flags: []cli.Flag{
			a.formatFlag("text", "json"),
			&cli.StringFlag{Name: "base", Usage: a.t(msgDiffFlagBase)},
			&cli.BoolFlag{Name: "color", Usage: a.t(msgDiffFlagColor)},
		},
		Action: func(c *cli.Context) error {
			return a.runDiff(c, diffOptions{articles: c.Args().Slice(), format: c.String("format"), base: c.String("base"),
				color: !c.Bool("no-color") && (c.Bool("color") || a.color(c, a.Stdout))})
		},
	}
}

func (a *app) runDiff(c *cli.Context, opts diffOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	diffs, err := ws.Diff(opts.articles, workflow.DiffOptions{Base: opts.base})
	if err != nil {
		return err
	}
	var approvals []workflow.ApprovalChange // with --base: approvals added or changed since (issue 11)
	if opts.base != "" {
		if approvals, err = ws.ApprovalChanges(opts.articles, opts.base); err != nil {
			return err
		}
	}
	if opts.format == "json" {
		if opts.base != "" {
			return writeJSON(a.Stdout, map[string]any{"diffs": diffs, "approvals": approvals})
		}
		return writeJSON(a.Stdout, map[string]any{"diffs": diffs})
	}
	a.writeApprovalChanges(a.Stdout, approvals, opts.base)
	if len(diffs) == 0 {
		if len(approvals) == 0 {
			a.say(msgDiffNothing)
		}
		return nil
	}
	punct := 0
	for _, d := range diffs {
		a.writeDiffText(a.Stdout, d, opts)
		if d.PunctuationOnly {
			punct++
		}
	}
	a.say(msgDiffSummary, "Count", len(diffs))
	if punct > 0 {
		a.say(msgDiffSummaryPun, "Count", punct)
	}
	return nil
}

// ANSI colours of a coloured diff.

// writeDiffText writes one segment's diff: a heading, then the Chinese and
// the English, the changed one as a diff, then the comments.
func (a *app) writeDiffText(w io.Writer, d workflow.SegmentDiff, opts diffOptions) {
	kv := []any{"Article", d.Article, "Segment", d.Segment, "State", string(d.State), "By", d.ApprovedBy, "Base", opts.base}
	var head string
	switch {
	case d.Kind == workflow.KindRemoved:
		head = a.t(msgDiffRemoved, append(kv, "At", since(*d.RemovedAt))...)
	case d.Kind == "source" && d.PunctuationOnly:
		head = a.t(msgDiffPunct, kv...)
	case d.Kind == "source":
		head = a.t(msgDiffSource, kv...)
	case d.Since == workflow.SinceApproval && d.ApprovedBy == "":
		head = a.t(msgDiffApproved, kv...)
	case d.Since == workflow.SinceApproval:
		head = a.t(msgDiffApproval, kv...)
	case d.Since == workflow.SinceBase:
		head = a.t(msgDiffBase, kv...)
	case d.Since == workflow.SinceUnknown:
		head = a.t(msgDiffUnknown, kv...)
	default:
		head = a.t(msgDiffNever, kv...)
	}
	if opts.color {
		head = ansiBold + head + ansiReset
	}
	zh, en := d.ZH, d.EN
	if d.Kind == "source" {
		zh = a.diffOps(d.Ops, opts.color)
	} else {
		en = a.diffOps(d.Ops, opts.color)
		if len(d.ZHOps) > 0 { // translated again after the source changed
			zh = a.diffOps(d.ZHOps, opts.color)
		}
	}
	if d.Origin != "" && d.Kind == "target" {
		head += "\n    " + a.t(msgDiffOrigin, "Origin", d.Origin)
	}
	fmt.Fprintln(w, head)
	writeLabelled(w, "zh", zh)
	if en != "" || d.Kind != "source" {
		writeLabelled(w, "en", en)
	}
	a.writeComments(w, "    ", d.Comments)
	fmt.Fprintln(w)
}

// writeLabelled writes one language of a segment, indented, under a label.
func writeLabelled(w io.Writer, label, text string) {
	fmt.Fprintf(w, "    %s  %s\n", label, strings.ReplaceAll(text, "\n", "\n        "))
}

// writeComments writes a segment's comments, one a line, oldest first.
func (a *app) writeComments(w io.Writer, indent string, cs []workflow.CommentView) {
	for _, c := range cs {
		fmt.Fprintln(w, indent+a.t(msgComment, "By", c.By, "At", since(c.At), "Text", c.Text))
	}
}

// diffOps renders diff operations: deletions and insertions coloured, or
// marked [-old-]{+new+} without colour; "(no change)" when nothing changed.
func (a *app) diffOps(ops []workflow.DiffOp, color bool) string {
	var b strings.Builder
	changed := false
	for _, op := range ops {
		switch op.Op {
		case workflow.OpDelete:
			changed = true
			if color {
				b.WriteString(ansiRed + op.Text + ansiReset)
			} else {
				b.WriteString("[-" + op.Text + "-]")
			}
		case workflow.OpInsert:
			changed = true
			if color {
				b.WriteString(ansiGreen + op.Text + ansiReset)
			} else {
				b.WriteString("{+" + op.Text + "+}")
			}
		default:
			b.WriteString(op.Text)
		}
	}
	if !changed {
		return b.String() + " " + a.t(msgDiffUnchanged)
	}
	return b.String()
}
