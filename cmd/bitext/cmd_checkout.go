package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

func init() {
	registerErrorMessages(
		&i18n.Message{ID: "err.workflow.claimed", Other: "segment {{.segment}} of {{.article}} is claimed by {{.by}} since {{.at}}"},
		&i18n.Message{ID: "err.workflow.nothing-to-claim", Other: "{{.article}} has no unclaimed new, draft or stale segment left"},
		&i18n.Message{ID: "err.workflow.not-yours", Other: "segment {{.segment}} of {{.article}} is claimed by {{.by}} since {{.at}}, not by you"},
		&i18n.Message{ID: "err.workflow.empty-text", Other: "the text is empty"},
		&i18n.Message{ID: "err.workflow.control-char", Other: "the text has a control character {{.char}} at column {{.column}}: a segment is one line of plain text"},
		&i18n.Message{ID: "err.workflow.text-utf8", Other: "the text is not valid UTF-8 (at byte {{.offset}})"},
		&i18n.Message{ID: "err.workflow.edit-aborted", Other: "the editor left no text: nothing written"},
		&i18n.Message{ID: "err.workflow.not-approvable", Other: "segment {{.segment}} of {{.article}} is {{.state}}: only translated segments can be approved"},
		&i18n.Message{ID: "err.workflow.self-approve", Other: "segment {{.segment}} of {{.article}} was translated by {{.by}}: approving one's own translation needs self_approve: true in bitext.yaml"},
		&i18n.Message{ID: "err.workflow.findings", One: "segment {{.segment}} of {{.article}} has {{.Count}} error finding", Other: "segment {{.segment}} of {{.article}} has {{.Count}} error findings"},
		&i18n.Message{ID: "err.workflow.not-rejectable", Other: "segment {{.segment}} of {{.article}} is {{.state}}: only translated or approved segments can be rejected"},
		&i18n.Message{ID: "err.workflow.no-comment", Other: "reject needs a comment for the translator: -m TEXT"},
	)
}

var (
	msgCheckoutUsage    = &i18n.Message{ID: "cmd.checkout.usage", Other: "claim segments to translate; refuses segments someone else holds"}
	msgCheckoutNext     = &i18n.Message{ID: "cmd.checkout.flag.next", Other: "claim the next `N` unclaimed new, draft or stale segments"}
	msgCheckoutDone     = &i18n.Message{ID: "cmd.checkout.done", One: "{{.By}} claimed {{.Count}} segment of {{.Article}}", Other: "{{.By}} claimed {{.Count}} segments of {{.Article}}"}
	msgCheckoutTookOver = &i18n.Message{ID: "cmd.checkout.took-over", Other: "{{.Segment}}: took over the claim {{.By}} made at {{.At}}, expired after {{.TTL}}"}
	msgCheckoutRenewed  = &i18n.Message{ID: "cmd.checkout.renewed", Other: "{{.Segment}}: already yours; claim renewed"}
	msgCheckoutSelect   = &i18n.Message{ID: "cmd.checkout.select", Other: "name segments or give --next N, not both"}
	msgCheckoutNone     = &i18n.Message{ID: "cmd.checkout.none", Other: "name the segments to claim, or give --next N"}
	msgCheckoutBadNext  = &i18n.Message{ID: "cmd.checkout.bad-next", Other: "--next needs a number of at least 1"}
	msgHintClaimed      = &i18n.Message{ID: "hint.workflow.claimed", Other: "ask them to release it, or wait until it expires (claim_ttl in bitext.yaml)"}
	msgReleaseUsage     = &i18n.Message{ID: "cmd.release.usage", Other: "drop one's claims (all of them in the article when no segment is named)"}
	msgReleaseDone      = &i18n.Message{ID: "cmd.release.done", One: "{{.By}} released {{.Count}} segment of {{.Article}}", Other: "{{.By}} released {{.Count}} segments of {{.Article}}"}
	msgReleaseNotHeld   = &i18n.Message{ID: "cmd.release.not-held", Other: "{{.Segment}}: not claimed; nothing to release"}
)

type checkoutOptions struct {
	article  string
	segments []string
	next     int
	format   string
}

func (a *app) newCheckoutCommand() *cli.Command {
	return &cli.Command{
		Name:      "checkout",
		Usage:     a.t(msgCheckoutUsage),
		ArgsUsage: "ARTICLE [SEG...]",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "next", Usage: a.t(msgCheckoutNext)},
			a.asFlag(),
			a.formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return a.argsError("checkout", c.NArg())
			}
			opts := checkoutOptions{article: c.Args().First(), segments: c.Args().Tail(), format: c.String("format")}
			if v := c.String("next"); v != "" {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return a.usageProblem("checkout", msgCheckoutBadNext)
				}
				opts.next = n
			}
			return a.runCheckout(c, opts)
		},
	}
}

// usageProblem is a usage error of a command, with the problem in words.
func (a *app) usageProblem(command string, m *i18n.Message) error {
	return &diag.Error{Kind: diag.Usage, Code: codeArgs, Args: diag.A{"command": command, "problem": a.t(m)}}
}

// claimJSON is a claimed segment in `checkout --format json`.
type claimJSON struct {
	Segment  string `json:"segment"`
	Para     int    `json:"para"`
	State    string `json:"state"`
	ZH       string `json:"zh"`
	EN       string `json:"en"`
	By       string `json:"by"`
	At       string `json:"at"`
	Renewed  bool   `json:"renewed"`
	TookOver string `json:"took_over_from,omitempty"`
	// Comments on the segment: a translator re-opening a rejected segment
	// sees why it came back.
	Comments []workflow.CommentView `json:"comments"`
}

func (a *app) runCheckout(c *cli.Context, opts checkoutOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	switch {
	case opts.next > 0 && len(opts.segments) > 0:
		return a.usageProblem("checkout", msgCheckoutSelect)
	case opts.next == 0 && len(opts.segments) == 0:
		return a.usageProblem("checkout", msgCheckoutNone)
	}
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	claimed, art, err := ws.CheckoutArticle(slug, workflow.CheckoutOptions{Segments: opts.segments, Next: opts.next, As: as, Now: a.Now()})
	if err != nil {
		return a.refusals(err)
	}
	for _, cl := range claimed {
		switch {
		case cl.TookOver != nil:
			a.warn(msgCheckoutTookOver, "Segment", cl.Segment.ID, "By", cl.TookOver.By, "At", workflow.FormatTime(cl.TookOver.At), "TTL", ws.Settings.ClaimTTL.String())
		case cl.Refreshed:
			a.say(msgCheckoutRenewed, "Segment", cl.Segment.ID)
		}
	}
	a.say(msgCheckoutDone, "By", as, "Count", len(claimed), "Article", slug)
	if opts.format == "json" {
		out := make([]claimJSON, 0, len(claimed))
		for _, cl := range claimed {
			s := cl.Segment
			j := claimJSON{Segment: s.ID, Para: s.Para, State: string(s.State), ZH: s.ZH, EN: s.EN, By: s.Claim.By, At: workflow.FormatTime(s.Claim.At), Renewed: cl.Refreshed, Comments: workflow.CommentsOf(s)}
			if cl.TookOver != nil {
				j.TookOver = cl.TookOver.By
			}
			out = append(out, j)
		}
		return writeJSON(a.Stdout, map[string]any{"article": slug, "claimed": out})
	}
	ix, _ := ws.MemoryWith(art) // the matches are a help: a memory that cannot be read shows none
	for _, cl := range claimed {
		fmt.Fprintf(a.Stdout, "%s  %s\n", cl.Segment.ID, cl.Segment.ZH)
		a.writeComments(a.Stdout, "        ", workflow.CommentsOf(cl.Segment))
		if ix != nil {
			sugs := workflow.Suggest(ix, cl.Segment.ZH, slug+"/"+cl.Segment.ID, workflow.DefaultFuzzyThreshold, 3)
			a.writeSuggestions(a.Stdout, sugs, cl.Segment.ZH, "        ")
		}
	}
	return nil
}

type releaseOptions struct {
	article  string
	segments []string
}

func (a *app) newReleaseCommand() *cli.Command {
	return &cli.Command{
		Name:      "release",
		Usage:     a.t(msgReleaseUsage),
		ArgsUsage: "ARTICLE [SEG...]",
		Flags:     []cli.Flag{a.asFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return a.argsError("release", c.NArg())
			}
			return a.runRelease(c, releaseOptions{article: c.Args().First(), segments: c.Args().Tail()})
		},
	}
}

func (a *app) runRelease(c *cli.Context, opts releaseOptions) error {
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	res, err := ws.Release(slug, opts.segments, as, a.Now())
	if err != nil {
		return a.refusals(err)
	}
	for _, id := range res.NotHeld {
		a.say(msgReleaseNotHeld, "Segment", id)
	}
	a.say(msgReleaseDone, "By", as, "Count", len(res.Released), "Article", slug)
	return nil
}

// workflowTarget opens the workspace, resolves the article and finds out
// who is acting: what every workflow command starts with.
func (a *app) workflowTarget(c *cli.Context, article string) (*workflow.Workspace, string, string, error) {
	as, err := a.identity(c)
	if err != nil {
		return nil, "", "", err
	}
	ws, slug, err := a.articleTarget(c, article)
	return ws, slug, as, err
}

// articleTarget opens the workspace and resolves one article named on the
// command line.
func (a *app) articleTarget(c *cli.Context, article string) (*workflow.Workspace, string, error) {
	ws, err := a.workspace(c)
	if err != nil {
		return nil, "", err
	}
	slugs, err := ws.Resolve([]string{article})
	if err != nil {
		return nil, "", err
	}
	return ws, slugs[0], nil
}

// refusals prints every refusal of a command on several segments (the
// library joins them) and the hints that go with them, and returns errNo
// (exit 1); when usage errors stand among several (a segment the command
// cannot take), it prints them all the same and exits 2. Any other error,
// and a usage error alone, is returned as it is, to be reported once.
func (a *app) refusals(err error) error {
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	var des []*diag.Error
	usage := false
	for _, e := range list {
		var de *diag.Error
		if !errors.As(e, &de) || de.Kind != diag.Refused && (de.Kind != diag.Usage || len(list) == 1) {
			return err
		}
		usage = usage || de.Kind == diag.Usage
		des = append(des, de)
	}
	for _, de := range des {
		fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.renderError(de)))
	}
	a.workflowHints(des)
	if usage {
		// a segment the command cannot take among several: it could
		// not run (exit 2), and every refusal is named
		a.exitCode = exitCantRun
		return nil
	}
	return errNo
}

// workflowHints prints the hints that go with refusals, each once.
func (a *app) workflowHints(des []*diag.Error) {
	seen := map[*i18n.Message]bool{}
	for _, de := range des {
		if h := a.workflowHint(de.Code); h != nil && !seen[h] {
			seen[h] = true
			a.hint(h)
		}
	}
}

// workflowHint is the hint after a workflow refusal.
func (a *app) workflowHint(code string) *i18n.Message {
	if code == workflow.CodeFindings && a.findingsHint != nil {
		return a.findingsHint
	}
	switch code {
	case workflow.CodeClaimed, workflow.CodeNotYours:
		return msgHintClaimed
	case workflow.CodeNotApprovable:
		return msgHintNotApprovable
	case workflow.CodeFindings:
		return msgHintFindings
	case workflow.CodeSelfApprove:
		return msgHintSelfApprove
	case workflow.CodeJoinStale:
		return msgHintJoinStale
	}
	return nil
}

// since renders a claim time for people.
func since(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
