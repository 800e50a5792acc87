package main

import (
	"fmt"
	"strconv"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgJoinUsage      = &i18n.Message{ID: "cmd.join.usage", Other: "join consecutive segments of one paragraph into one segment (several Chinese sentences, one English)"}
	msgJoinDone       = &i18n.Message{ID: "cmd.join.done", Other: "{{.Segment}}: now spans {{.Count}} sentences, state {{.State}}"}
	msgSplitUsage     = &i18n.Message{ID: "cmd.split.usage", Other: "split a joined segment back into one segment per Chinese sentence"}
	msgSplitDone      = &i18n.Message{ID: "cmd.split.done", Other: "{{.Segment}}: split into {{.Count}} segments: {{.IDs}}"}
	msgSplitShare     = &i18n.Message{ID: "cmd.split.share", Other: "{{.Segment}} keeps the whole English ({{.Count}} sentences) as a draft: 'bitext realign {{.Article}} {{.IDs}}' shares them out among the parts (or 'bitext move {{.Article}} {{.Segment}} {{.Next}} -n N' moves the last N to the next)"}
	msgSplitOne       = &i18n.Message{ID: "cmd.split.one-sentence", Other: "{{.Segment}} keeps its English, one sentence for all {{.Parts}} parts, as a draft: translate the others ('bitext translate {{.Article}} SEG') and shorten it, or join them back ('bitext join {{.Article}} {{.IDs}}')"}
	msgMoveUsage      = &i18n.Message{ID: "cmd.move.usage", Other: "move English sentences from a segment to its neighbour, to fix an alignment"}
	msgMoveFlagCount  = &i18n.Message{ID: "cmd.move.flag.sentences", Other: "how many English sentences to move (`N`): the last ones to the next segment, the first ones to the previous"}
	msgMoveDone       = &i18n.Message{ID: "cmd.move.done", One: "moved {{.Count}} English sentence from {{.From}} to {{.To}}:", Other: "moved {{.Count}} English sentences from {{.From}} to {{.To}}:"}
	msgMoveState      = &i18n.Message{ID: "cmd.move.state", Other: "{{.Segment}}: state {{.State}}"}
	msgMoveDraft      = &i18n.Message{ID: "hint.move.draft", Other: "{{.Segment}} is a draft: when its English is right, confirm it as it stands with 'bitext translate {{.Article}} {{.Segment}} --confirm' (or edit it with 'bitext translate {{.Article}} {{.Segment}}')"}
	msgMoveBadCount   = &i18n.Message{ID: "cmd.move.bad-count", Other: "--sentences needs a whole number of at least 1"}
	msgHintJoinStale  = &i18n.Message{ID: "hint.join.stale", Other: "its English was made for another Chinese: translate it again (or sync) first"}
	msgErrJoinTooFew  = &i18n.Message{ID: "err.join.too-few", Other: "name at least two segments of {{.article}} to join"}
	msgErrJoinAdjoin  = &i18n.Message{ID: "err.join.not-adjacent", Other: "segment {{.segment}} of {{.article}} does not directly follow the others in the same paragraph"}
	msgErrJoinStale   = &i18n.Message{ID: "err.join.stale", Other: "segment {{.segment}} of {{.article}} is stale"}
	msgErrSplitSingle = &i18n.Message{ID: "err.split.not-joined", Other: "segment {{.segment}} of {{.article}} spans one sentence: nothing to split"}
	msgErrSplitLost   = &i18n.Message{ID: "err.split.lost", Other: "the sentences of segment {{.segment}} of {{.article}} are no longer in the source: run 'bitext sync' first"}
	msgErrMoveNext    = &i18n.Message{ID: "err.move.not-next", Other: "segments {{.from}} and {{.to}} of {{.article}} are not neighbours: move gives English to the segment just before or after; 'bitext realign {{.article}} SEG...' shares it out over a span"}
	msgErrJoinPara    = &i18n.Message{ID: "err.join.other-paragraph", Other: "segment {{.segment}} of {{.article}} is in another paragraph: a joined segment stays in one paragraph; 'bitext realign {{.article}} SEG...' shares English out across the break"}
	msgErrMoveCount   = &i18n.Message{ID: "err.move.count", One: "cannot move {{.Count}} English sentence: segment {{.segment}} of {{.article}} has {{.Have}}", Other: "cannot move {{.Count}} English sentences: segment {{.segment}} of {{.article}} has {{.Have}}"}
)

func init() {
	registerErrorMessages(msgErrJoinTooFew, msgErrJoinAdjoin, msgErrJoinPara, msgErrJoinStale, msgErrSplitSingle, msgErrSplitLost,
		msgErrMoveNext, msgErrMoveCount)
}

func (a *app) newJoinCommand() *cli.Command {
	return &cli.Command{
		Name:      "join",
		Usage:     a.t(msgJoinUsage),
		ArgsUsage: "ARTICLE SEG SEG...",
		Flags:     []cli.Flag{a.asFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() < 3 {
				return a.argsError("join", c.NArg())
			}
			ws, slug, as, err := a.workflowTarget(c, c.Args().First())
			if err != nil {
				return err
			}
			seg, err := ws.Join(slug, workflow.JoinOptions{Segments: c.Args().Tail(), As: as, Now: a.Now()})
			if err != nil {
				return a.refusals(err)
			}
			a.say(msgJoinDone, "Segment", seg.ID, "Count", seg.SentenceCount(), "State", string(seg.State))
			if seg.State == articles.Draft {
				a.hint(msgMoveDraft, "Article", slug, "Segment", seg.ID)
			}
			return nil
		},
	}
}

func (a *app) newSplitCommand() *cli.Command {
	return &cli.Command{
		Name:      "split",
		Usage:     a.t(msgSplitUsage),
		ArgsUsage: "ARTICLE SEG",
		Flags:     []cli.Flag{a.asFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return a.argsError("split", c.NArg())
			}
			ws, slug, as, err := a.workflowTarget(c, c.Args().First())
			if err != nil {
				return err
			}
			parts, err := ws.Split(slug, workflow.SplitOptions{Segment: c.Args().Get(1), As: as, Now: a.Now()})
			if err != nil {
				return a.refusals(err)
			}
			ids := ""
			for k, p := range parts {
				if k > 0 {
					ids += " "
				}
				ids += p.ID
			}
			a.say(msgSplitDone, "Segment", parts[0].ID, "Count", len(parts), "IDs", ids)
			// The hint names the command that fits the English left in
			// the first part, with every id, so it can be pasted.
			switch n := len(workflow.EnglishSentences(parts[0].EN)); {
			case n >= 2:
				a.hint(msgSplitShare, "Segment", parts[0].ID, "Count", n, "Article", slug, "IDs", ids, "Next", parts[1].ID)
			case n == 1:
				a.hint(msgSplitOne, "Segment", parts[0].ID, "Parts", len(parts), "Article", slug, "IDs", ids)
			}
			return nil
		},
	}
}

func (a *app) newMoveCommand() *cli.Command {
	return &cli.Command{
		Name:      "move",
		Usage:     a.t(msgMoveUsage),
		ArgsUsage: "ARTICLE FROM_SEG TO_SEG",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.StringFlag{Name: "sentences", Aliases: []string{"n"}, Value: "1", Usage: a.t(msgMoveFlagCount)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 3 {
				return a.argsError("move", c.NArg())
			}
			n, err := strconv.Atoi(c.String("sentences"))
			if err != nil || n < 1 {
				return a.usageProblem("move", msgMoveBadCount)
			}
			ws, slug, as, err := a.workflowTarget(c, c.Args().First())
			if err != nil {
				return err
			}
			res, err := ws.MoveEN(slug, workflow.MoveOptions{From: c.Args().Get(1), To: c.Args().Get(2), Count: n, As: as, Now: a.Now()})
			if err != nil {
				return a.refusals(err)
			}
			a.say(msgMoveDone, "Count", n, "From", res.From.ID, "To", res.To.ID)
			for _, s := range res.Moved {
				fmt.Fprintf(a.Stderr, "  %s\n", s)
			}
			a.say(msgMoveState, "Segment", res.From.ID, "State", string(res.From.State))
			a.say(msgMoveState, "Segment", res.To.ID, "State", string(res.To.State))
			for _, s := range []*articles.Segment{res.From, res.To} {
				if s.State == articles.Draft {
					a.hint(msgMoveDraft, "Article", slug, "Segment", s.ID)
				}
			}
			return nil
		},
	}
}
