package main

import (
	"errors"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgApproveUsage      = &i18n.Message{ID: "cmd.approve.usage", Other: "approve translated segments (records who approved which zh and en)"}
	msgApproveAll        = &i18n.Message{ID: "cmd.approve.flag.all", Other: "every translated segment of the article (and approved ones whose text changed)"}
	msgApproveForce      = &i18n.Message{ID: "cmd.approve.flag.force", Other: "approve draft or stale segments and segments with error findings anyway (recorded)"}
	msgApproveDrift      = &i18n.Message{ID: "cmd.approve.drift", Other: "the source of {{.Article}} changed since it was last synced: these approvals are of the Chinese as it was; 'bitext sync {{.Article}}' marks the sentences that changed stale"}
	msgApproveNothing    = &i18n.Message{ID: "cmd.approve.nothing", Other: "nothing to approve in {{.Article}}: its segments are approved already"}
	msgApproveDone       = &i18n.Message{ID: "cmd.approve.done", One: "{{.By}} approved {{.Count}} segment of {{.Article}}", Other: "{{.By}} approved {{.Count}} segments of {{.Article}}"}
	msgApproveWaiting    = &i18n.Message{ID: "hint.approve.waiting", One: "{{.Count}} segment of {{.Article}} is not translated yet (new, draft or stale) and was left out: 'bitext status {{.Article}}' counts them, 'bitext check {{.Article}}' names them", Other: "{{.Count}} segments of {{.Article}} are not translated yet (new, draft or stale) and were left out: 'bitext status {{.Article}}' counts them, 'bitext check {{.Article}}' names them"}
	msgApproveForced     = &i18n.Message{ID: "cmd.approve.forced", Other: "{{.Segment}}: approved with --force; recorded as forced"}
	msgApproveAlready    = &i18n.Message{ID: "cmd.approve.already", Other: "{{.Segment}}: already approved"}
	msgApproveSelect     = &i18n.Message{ID: "cmd.approve.select", Other: "name segments or give --all, not both"}
	msgApproveNone       = &i18n.Message{ID: "cmd.approve.none", Other: "name the segments to approve, or give --all"}
	msgHintNotApprovable = &i18n.Message{ID: "hint.workflow.not-approvable", Other: "translate it first; a draft or stale segment can be approved with --force (it is recorded)"}
	msgHintSelfApprove   = &i18n.Message{ID: "hint.workflow.self-approve", Other: "ask another reviewer"}
	msgApproveSkipped    = &i18n.Message{ID: "cmd.approve.skipped", Other: "not approved: {{.Reason}}"}
	msgRejectUsage       = &i18n.Message{ID: "cmd.reject.usage", Other: "send a segment back to draft, with a comment"}
	msgRejectMessage     = &i18n.Message{ID: "cmd.reject.flag.message", Other: "the comment for the translator, `TEXT`"}
	msgRejectDone        = &i18n.Message{ID: "cmd.reject.done", Other: "{{.Segment}}: rejected by {{.By}}, back to draft"}
)

type approveOptions struct {
	article    string
	segments   []string
	all, force bool
}

func (a *app) newApproveCommand() *cli.Command {
	return &cli.Command{
		Name:      "approve",
		Usage:     a.t(msgApproveUsage),
		ArgsUsage: "ARTICLE [SEG...|--all]",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.BoolFlag{Name: "all", Usage: a.t(msgApproveAll)},
			&cli.BoolFlag{Name: "force", Usage: a.t(msgApproveForce)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return a.argsError("approve", c.NArg())
			}
			return a.runApprove(c, approveOptions{article: c.Args().First(), segments: c.Args().Tail(),
				all: c.Bool("all"), force: c.Bool("force")})
		},
	}
}

func (a *app) runApprove(c *cli.Context, opts approveOptions) error {
	switch {
	case opts.all && len(opts.segments) > 0:
		return a.usageProblem("approve", msgApproveSelect)
	case !opts.all && len(opts.segments) == 0:
		return a.usageProblem("approve", msgApproveNone)
	}
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	sign, closeSigner, err := a.approvalSigner(ws, as)
	if err != nil {
		return err
	}
	defer closeSigner()
	res, err := ws.Approve(slug, workflow.ApproveOptions{Segments: opts.segments, All: opts.all, Force: opts.force, As: as, Now: a.Now(), Sign: sign})
	if res != nil {
		a.printFindings(res.Findings)
	}
	if err != nil {
		return a.refusals(err)
	}
	if res.SourceChanged && len(res.Approved) > 0 {
		a.warn(msgApproveDrift, "Article", slug)
	}
	a.notApproved(res.Skipped)
	for _, id := range res.Already {
		a.say(msgApproveAlready, "Segment", id)
	}
	for _, id := range res.Forced {
		a.warn(msgApproveForced, "Segment", id)
	}
	if opts.all && len(res.Approved) == 0 && len(res.Skipped) == 0 && len(res.Already) == 0 && res.Waiting == 0 {
		// "li approved 0 segments" read as a failure
		a.say(msgApproveNothing, "Article", slug)
		return nil
	}
	a.say(msgApproveDone, "By", as, "Count", len(res.Approved), "Article", slug)
	if res.Waiting > 0 {
		a.hint(msgApproveWaiting, "Count", res.Waiting, "Article", slug)
	}
	return nil
}

type rejectOptions struct {
	article, segment, message string
}

func (a *app) newRejectCommand() *cli.Command {
	return &cli.Command{
		Name:      "reject",
		Usage:     a.t(msgRejectUsage),
		ArgsUsage: "ARTICLE SEG",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.StringFlag{Name: "message", Aliases: []string{"m"}, Usage: a.t(msgRejectMessage)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return a.argsError("reject", c.NArg())
			}
			return a.runReject(c, rejectOptions{article: c.Args().Get(0), segment: c.Args().Get(1), message: c.String("message")})
		},
	}
}

func (a *app) runReject(c *cli.Context, opts rejectOptions) error {
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	s, err := ws.Reject(slug, opts.segment, as, opts.message, a.Now())
	if err != nil {
		return a.refusals(err)
	}
	a.say(msgRejectDone, "Segment", s.ID, "By", as)
	return nil
}

// notApproved lists the segments approve --all left unapproved, each with
// why, as warnings (the command did approve others), and the hints.
func (a *app) notApproved(skipped []error) {
	var des []*diag.Error
	for _, err := range skipped {
		var de *diag.Error
		if errors.As(err, &de) {
			a.warn(msgApproveSkipped, "Reason", a.renderError(de))
			des = append(des, de)
		}
	}
	a.workflowHints(des)
}
