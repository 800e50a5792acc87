package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"
)

var (
	msgResolveUsage   = &i18n.Message{ID: "cmd.resolve.usage", Other: "end a merge conflict: keep our English (--ours), take theirs (--theirs), or give a new one (TEXT|-, as translate)"}
	msgResolveOurs    = &i18n.Message{ID: "cmd.resolve.flag.ours", Other: "keep the English in place (this branch's)"}
	msgResolveTheirs  = &i18n.Message{ID: "cmd.resolve.flag.theirs", Other: "take the English recorded from the other branch"}
	msgResolveOne     = &i18n.Message{ID: "cmd.resolve.one", Other: "give exactly one of --ours, --theirs or TEXT"}
	msgResolveKept    = &i18n.Message{ID: "cmd.resolve.kept", Other: "{{.Segment}}: conflict resolved, our English kept"}
	msgResolveTook    = &i18n.Message{ID: "cmd.resolve.took", Other: "{{.Segment}}: conflict resolved, their English taken (state {{.State}})"}
	msgResolveNoConfl = &i18n.Message{ID: "err.merge.no-conflict", Other: "segment {{.segment}} of {{.article}} has no merge conflict"}
	msgGitNotRepo     = &i18n.Message{ID: "err.git.not-a-repository", Other: "{{.file}} is not in a git repository: run 'git init' first"}
	msgGitFailed      = &i18n.Message{ID: "err.git.failed", Other: "{{.command}} failed: {{.cause}}"}
)

func init() {
	registerErrorMessages(msgResolveNoConfl, msgGitNotRepo, msgGitFailed)
}

type resolveOptions struct {
	article, segment string
	ours, theirs     bool
	text             string
	hasText          bool
}

func (a *app) newResolveCommand() *cli.Command {
	return &cli.Command{
		Name:      "resolve",
		Usage:     a.t(msgResolveUsage),
		ArgsUsage: "ARTICLE SEG [--ours|--theirs|TEXT|-]",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "ours", Usage: a.t(msgResolveOurs)},
			&cli.BoolFlag{Name: "theirs", Usage: a.t(msgResolveTheirs)},
			a.asFlag(), // for a new English (TEXT)
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 2 || c.NArg() > 3 {
				return a.argsError("resolve", c.NArg())
			}
			args := c.Args().Slice()
			opts := resolveOptions{article: args[0], segment: args[1], ours: c.Bool("ours"), theirs: c.Bool("theirs")}
			if len(args) == 3 {
				opts.text, opts.hasText = args[2], true
			}
			n := 0
			for _, b := range []bool{opts.ours, opts.theirs, opts.hasText} {
				if b {
					n++
				}
			}
			if n != 1 {
				return a.usageProblem("resolve", msgResolveOne)
			}
			return a.runResolve(c, opts)
		},
	}
}

func (a *app) runResolve(c *cli.Context, opts resolveOptions) error {
	if opts.hasText {
		// A new English ends the conflict as translate does.
		return a.runTranslate(c, translateOptions{article: opts.article, segment: opts.segment, text: opts.text, hasText: true})
	}
	ws, slug, err := a.articleTarget(c, opts.article)
	if err != nil {
		return err
	}
	s, err := ws.ResolveConflict(slug, opts.segment, opts.theirs)
	if err != nil {
		return a.refusals(err)
	}
	if opts.theirs {
		a.say(msgResolveTook, "Segment", s.ID, "State", string(s.State))
	} else {
		a.say(msgResolveKept, "Segment", s.ID)
	}
	return nil
}
