package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgAcceptUsage    = &i18n.Message{ID: "cmd.accept.usage", Other: "accept a finding on a segment where deviating is right (recorded with who, when and why; void once the text changes)"}
	msgAcceptDesc     = &i18n.Message{ID: "cmd.accept.description", Other: "Name the finding by its rule and, for a glossary rule, the term id (--term), for qa.numbers the number as check shows it (--number 12000, or the source's 1.2万). check then lists it apart (--show-accepted, and in JSON) and does not count it, until the segment's Chinese or English changes."}
	msgAcceptRule     = &i18n.Message{ID: "cmd.accept.flag.rule", Other: "the rule of the finding, `RULE` (glossary.missing, qa.numbers, ...)"}
	msgAcceptTerm     = &i18n.Message{ID: "cmd.accept.flag.term", Other: "the glossary term id of the finding, `TERM`"}
	msgAcceptNumber   = &i18n.Message{ID: "cmd.accept.flag.number", Other: "the number of a qa.numbers finding, `N`"}
	msgAcceptWhy      = &i18n.Message{ID: "cmd.accept.flag.message", Other: "why deviating is right here, `TEXT` (required)"}
	msgAcceptDoneRule = &i18n.Message{ID: "cmd.accept.done.rule", Other: "{{.Segment}}: {{.By}} accepted {{.Rule}}"}
	msgAcceptDone     = &i18n.Message{ID: "cmd.accept.done", Other: "{{.Segment}}: {{.By}} accepted {{.Rule}} ({{.What}})"}
)

func init() {
	registerErrorMessages(
		&i18n.Message{ID: "err.accept.no-finding", Other: "segment {{.segment}} of {{.article}} has no {{.rule}} finding for {{.what}} to accept (run 'bitext check {{.article}}')"},
		&i18n.Message{ID: "err.accept.why", Other: "say why with -m TEXT: an accepted finding needs a reason"},
		&i18n.Message{ID: "err.accept.which", Other: "{{.rule}}: name the finding with {{.flag}}"},
	)
}

type acceptOptions struct {
	article, segment   string
	rule, term, number string
	why                string
}

func (a *app) newAcceptCommand() *cli.Command {
	return &cli.Command{
		Name:        "accept",
		Usage:       a.t(msgAcceptUsage),
		Description: a.t(msgAcceptDesc),
		ArgsUsage:   "ARTICLE SEG --rule RULE [--term TERM | --number N] -m TEXT",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.StringFlag{Name: "rule", Usage: a.t(msgAcceptRule), Required: true},
			&cli.StringFlag{Name: "term", Usage: a.t(msgAcceptTerm)},
			&cli.StringFlag{Name: "number", Usage: a.t(msgAcceptNumber)},
			&cli.StringFlag{Name: "message", Aliases: []string{"m"}, Usage: a.t(msgAcceptWhy)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return a.argsError("accept", c.NArg())
			}
			return a.runAccept(c, acceptOptions{article: c.Args().Get(0), segment: c.Args().Get(1), rule: c.String("rule"),
				term: c.String("term"), number: c.String("number"), why: c.String("message")})
		},
	}
}

func (a *app) runAccept(c *cli.Context, o acceptOptions) error {
	ws, slug, as, err := a.workflowTarget(c, o.article)
	if err != nil {
		return err
	}
	f, err := ws.Accept(slug, workflow.AcceptOptions{Segment: o.segment, Rule: o.rule, Term: o.term, Number: o.number,
		By: as, Why: o.why, Now: a.Now()})
	if err != nil {
		return err
	}
	what := f.Term
	if f.Rule == workflow.RuleNumbers {
		what, _ = f.Args["number"].(string)
	}
	if what == "" {
		a.say(msgAcceptDoneRule, "Segment", f.Segment, "By", as, "Rule", f.Rule)
		return nil
	}
	a.say(msgAcceptDone, "Segment", f.Segment, "By", as, "Rule", f.Rule, "What", what)
	return nil
}
