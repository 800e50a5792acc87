package main

import (
	"fmt"
	"io"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgLogUsage       = &i18n.Message{ID: "cmd.log.usage", Other: "a segment's history from git: who translated, approved or rejected it and when, with the text at each step"}
	msgLogNone        = &i18n.Message{ID: "cmd.log.none", Other: "no history yet: the segment file has no commits"}
	msgLogUncommitted = &i18n.Message{ID: "cmd.log.uncommitted", Other: "not committed"}
	msgLogCommit      = &i18n.Message{ID: "cmd.log.commit", Other: "commit {{.Commit}} by {{.Author}}: {{.Subject}}"}
	msgLogComment     = &i18n.Message{ID: "cmd.log.comment", Other: "comment: {{.Text}}"}
)

// logEvents says each event of a segment's history in words.
var logEvents = map[string]*i18n.Message{
	workflow.EventAdded:         {ID: "cmd.log.event.added", Other: "added"},
	workflow.EventSourceChanged: {ID: "cmd.log.event.source-changed", Other: "the source changed ({{.State}})"},
	workflow.EventJoined:        {ID: "cmd.log.event.joined", One: "joined: now {{.Count}} sentence", Other: "joined: now {{.Count}} sentences"},
	workflow.EventSplit:         {ID: "cmd.log.event.split", One: "split: now {{.Count}} sentence", Other: "split: now {{.Count}} sentences"},
	workflow.EventTranslated:    {ID: "cmd.log.event.translated", Other: "translated by {{.By}}"},
	workflow.EventDrafted:       {ID: "cmd.log.event.drafted", Other: "draft by {{.By}}"},
	workflow.EventApproved:      {ID: "cmd.log.event.approved", Other: "approved by {{.By}}{{if .Forced}} over error findings{{end}}"},
	workflow.EventRejected:      {ID: "cmd.log.event.rejected", Other: "rejected by {{.By}}"},
	workflow.EventCommented:     {ID: "cmd.log.event.commented", Other: "comment by {{.By}}"},
	workflow.EventClaimed:       {ID: "cmd.log.event.claimed", Other: "claimed by {{.By}}"},
	workflow.EventReleased:      {ID: "cmd.log.event.released", Other: "released by {{.By}}"},
	workflow.EventRemoved:       {ID: "cmd.log.event.removed", Other: "removed from the source (archived)"},
}

// logNobody says an English change no person is recorded for (add --en
// aligns a published translation with no translator).
var logNobody = map[string]*i18n.Message{
	workflow.EventTranslated: {ID: "cmd.log.event.translated.nobody", Other: "translated (no translator recorded: English aligned by add --en or imported)"},
	workflow.EventDrafted:    {ID: "cmd.log.event.drafted.nobody", Other: "draft (no translator recorded)"},
}

func init() {
	registerErrorMessages(&i18n.Message{ID: "err.log.no-history", Other: "no git history to read: {{.cause}}"})
}

type logOptions struct {
	article, segment, format string
}

func (a *app) newLogCommand() *cli.Command {
	return &cli.Command{
		Name:      "log",
		Usage:     a.t(msgLogUsage),
		ArgsUsage: "ARTICLE [SEG]",
		Flags:     []cli.Flag{a.formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 || c.NArg() > 2 {
				return a.argsError("log", c.NArg())
			}
			return a.runLog(c, logOptions{article: c.Args().Get(0), segment: c.Args().Get(1), format: c.String("format")})
		},
	}
}

func (a *app) runLog(c *cli.Context, opts logOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	entries, err := ws.Log(opts.article, opts.segment)
	if err != nil {
		return err
	}
	if opts.format == "json" {
		return writeJSON(a.Stdout, map[string]any{"article": opts.article, "segment": opts.segment, "log": entries})
	}
	if len(entries) == 0 {
		a.say(msgLogNone)
		return nil
	}
	a.writeLog(a.Stdout, entries, opts.segment == "")
	return nil
}

// writeLog writes a history, one block per event: when, which segment,
// what happened; the text it left; the commit.
func (a *app) writeLog(w io.Writer, entries []workflow.LogEntry, withSegment bool) {
	for i, e := range entries {
		if i > 0 {
			fmt.Fprintln(w)
		}
		what := a.t(logEvents[e.Event], "By", e.By, "State", a.stateName(e.State, false), "Forced", e.Forced, "Count", e.Sentences)
		if m := logNobody[e.Event]; m != nil && e.By == "" {
			what = a.t(m)
		}
		when := a.t(msgLogUncommitted)
		if !e.At.IsZero() {
			when = since(e.At)
		}
		if withSegment {
			fmt.Fprintf(w, "%s  %s  %s\n", when, e.Segment, what)
		} else {
			fmt.Fprintf(w, "%s  %s\n", when, what)
		}
		switch e.Event {
		case workflow.EventAdded, workflow.EventSourceChanged, workflow.EventRemoved, workflow.EventJoined, workflow.EventSplit:
			writeLabelled(w, "zh", e.ZH)
		}
		switch e.Event {
		case workflow.EventTranslated, workflow.EventDrafted, workflow.EventApproved, workflow.EventRemoved, workflow.EventSourceChanged:
			if e.EN != "" {
				writeLabelled(w, "en", e.EN)
			}
		}
		if e.Comment != "" {
			fmt.Fprintln(w, "    "+a.t(msgLogComment, "Text", e.Comment))
		}
		if e.Commit != "" {
			fmt.Fprintln(w, "    "+a.t(msgLogCommit, "Commit", e.Commit[:min(len(e.Commit), 10)], "Author", e.Author, "Subject", e.Subject))
		}
	}
}
