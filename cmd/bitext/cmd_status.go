package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgStatusUsage      = &i18n.Message{ID: "cmd.status.usage", Other: "per article: segments by state, claims, drift"}
	msgStatusArticle    = &i18n.Message{ID: "cmd.status.col.article", Other: "ARTICLE"}
	msgStatusSegments   = &i18n.Message{ID: "cmd.status.col.segments", Other: "SEGMENTS"}
	msgStatusSource     = &i18n.Message{ID: "cmd.status.col.source", Other: "SOURCE"}
	msgStatusUnchanged  = &i18n.Message{ID: "cmd.status.source.unchanged", Other: "unchanged"}
	msgStatusDrift      = &i18n.Message{ID: "cmd.status.source.changed", Other: "changed: run bitext sync"}
	msgStatusMissing    = &i18n.Message{ID: "cmd.status.source.missing", Other: "missing"}
	msgStatusClaim      = &i18n.Message{ID: "cmd.status.claim", Other: "{{.By}} holds {{.Segment}} since {{.At}}"}
	msgStatusClaimExp   = &i18n.Message{ID: "cmd.status.claim-expired", Other: "{{.By}} holds {{.Segment}} since {{.At}} (expired)"}
	msgStatusNone       = &i18n.Message{ID: "cmd.status.none", Other: "no articles yet: add one with 'bitext add FILE.zh.md'"}
	msgStateNew         = &i18n.Message{ID: "state.new", Other: "NEW"}
	msgStateDraft       = &i18n.Message{ID: "state.draft", Other: "DRAFT"}
	msgStateTranslated  = &i18n.Message{ID: "state.translated", Other: "TRANSLATED"}
	msgStateApproved    = &i18n.Message{ID: "state.approved", Other: "APPROVED"}
	msgStateStale       = &i18n.Message{ID: "state.stale", Other: "STALE"}
	msgStatusArchivedNo = &i18n.Message{ID: "cmd.status.archived", One: "{{.Count}} archived segment", Other: "{{.Count}} archived segments"}
)

var stateMessages = map[articles.State]*i18n.Message{
	articles.New: msgStateNew, articles.Draft: msgStateDraft, articles.Translated: msgStateTranslated,
	articles.Approved: msgStateApproved, articles.Stale: msgStateStale,
}

type statusOptions struct {
	format   string
	articles []string
}

func (a *app) newStatusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     a.t(msgStatusUsage),
		ArgsUsage: "[ARTICLE...]",
		Flags:     []cli.Flag{a.formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			return a.runStatus(c, statusOptions{format: c.String("format"), articles: c.Args().Slice()})
		},
	}
}

func (a *app) runStatus(c *cli.Context, opts statusOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	slugs, err := ws.Resolve(opts.articles)
	if err != nil {
		return err
	}
	now := a.Now()
	var list []workflow.ArticleStatus
	for _, slug := range slugs {
		art, err := ws.Load(slug)
		if err != nil {
			return err
		}
		list = append(list, ws.Status(art, now))
	}
	if opts.format == "json" {
		return writeJSON(a.Stdout, map[string]any{"articles": orEmpty(list)})
	}
	if len(list) == 0 {
		a.say(msgStatusNone)
		return nil
	}
	a.writeStatusText(a.Stdout, list)
	return nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON writes v as indented JSON: pure JSON, nothing else, on w.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (a *app) writeStatusText(w io.Writer, list []workflow.ArticleStatus) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	head := []string{a.t(msgStatusArticle), a.t(msgStatusSegments)}
	for _, s := range articles.States {
		head = append(head, a.t(stateMessages[s]))
	}
	head = append(head, a.t(msgStatusSource))
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, st := range list {
		row := []string{st.Article, fmt.Sprint(st.Segments)}
		for _, s := range articles.States {
			row = append(row, fmt.Sprint(st.States[s]))
		}
		src := a.t(msgStatusUnchanged)
		switch {
		case st.Missing:
			src = a.t(msgStatusMissing)
		case st.Drift:
			src = a.t(msgStatusDrift)
		}
		fmt.Fprintln(tw, strings.Join(append(row, src), "\t")+"\t")
	}
	tw.Flush()
	for _, st := range list {
		if len(st.Claims) == 0 && st.Archived == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", st.Article)
		for _, cl := range st.Claims {
			m := msgStatusClaim
			if cl.Expired {
				m = msgStatusClaimExp
			}
			fmt.Fprintln(w, "  "+a.t(m, "By", cl.By, "Segment", cl.Segment, "At", cl.At.UTC().Format("2006-01-02 15:04 UTC")))
		}
		if st.Archived > 0 {
			fmt.Fprintln(w, "  "+a.t(msgStatusArchivedNo, "Count", st.Archived))
		}
	}
}
