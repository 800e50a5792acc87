package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"
)

var (
	msgAddUsage = &i18n.Message{ID: "cmd.add.usage", Other: "copy a Chinese source into the workspace and segment it"}
	msgAddSlug  = &i18n.Message{ID: "cmd.add.flag.slug", Other: "the article's `SLUG` (default: the file name less .zh.md)"}
	msgAddDone  = &i18n.Message{ID: "cmd.add.done", One: "added {{.Article}}: {{.Count}} segment in {{.File}}", Other: "added {{.Article}}: {{.Count}} segments in {{.File}}"}
)

type addOptions struct {
	file, slug string
}

func (a *app) newAddCommand() *cli.Command {
	return &cli.Command{
		Name:      "add",
		Usage:     a.t(msgAddUsage),
		ArgsUsage: "FILE",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "slug", Usage: a.t(msgAddSlug)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("add", c.NArg())
			}
			return a.runAdd(c, addOptions{file: c.Args().First(), slug: c.String("slug")})
		},
	}
}

func (a *app) runAdd(c *cli.Context, opts addOptions) error {
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	res, err := ws.Add(a.absPath(opts.file), opts.slug, nil)
	if err != nil {
		return err
	}
	n := len(res.Article.File.Segments)
	a.say(msgAddDone, "Article", res.Article.Slug, "Count", n, "File", ws.Rel(res.Article.Path))
	return nil
}
