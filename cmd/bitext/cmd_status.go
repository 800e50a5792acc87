package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgStatusUsage          = &i18n.Message{ID: "cmd.status.usage", Other: "per article: segments by state, claims, drift"}
	msgStatusArticle        = &i18n.Message{ID: "cmd.status.col.article", Other: "ARTICLE"}
	msgStatusSegments       = &i18n.Message{ID: "cmd.status.col.segments", Other: "SEGMENTS"}
	msgStatusSource         = &i18n.Message{ID: "cmd.status.col.source", Other: "SOURCE"}
	msgStatusUnchanged      = &i18n.Message{ID: "cmd.status.source.unchanged", Other: "unchanged"}
	msgStatusDrift          = &i18n.Message{ID: "cmd.status.source.changed", Other: "changed: run bitext sync"}
	msgStatusMissing        = &i18n.Message{ID: "cmd.status.source.missing", Other: "missing"}
	msgStatusConflict       = &i18n.Message{ID: "cmd.status.source.conflict", Other: "merge conflict"}
	msgStatusNone           = &i18n.Message{ID: "cmd.status.none", Other: "no articles yet: add one with 'bitext add FILE.zh.md'"}
	msgStatusUnadded        = &i18n.Message{ID: "cmd.status.unadded", Other: "{{.File}} has no segment file yet: 'bitext add {{.File}}' adds it where it is"}
	msgStatusNoCache        = &i18n.Message{ID: "cmd.status.flag.no-cache", Other: "neither read nor write the status cache in .bitext/cache"}
	msgStatusMine           = &i18n.Message{ID: "cmd.status.flag.mine", Other: "list only my claims (who I am: --as, $BITEXT_USER, git config user.name)"}
	msgStatusHolds          = &i18n.Message{ID: "cmd.status.holds", One: "{{.By}} holds {{.Count}} segment:", Other: "{{.By}} holds {{.Count}} segments:"}
	msgStatusHoldsNone      = &i18n.Message{ID: "cmd.status.holds-none", Other: "{{.By}} holds no segments"}
	msgStatusSince          = &i18n.Message{ID: "cmd.status.since", Other: "since {{.At}}"}
	msgStatusExpired        = &i18n.Message{ID: "cmd.status.expired", Other: "since {{.At}}, expired"}
	msgStateNew             = &i18n.Message{ID: "state.new", Other: "NEW"}
	msgStateDraft           = &i18n.Message{ID: "state.draft", Other: "DRAFT"}
	msgStateTranslated      = &i18n.Message{ID: "state.translated", Other: "TRANSLATED"}
	msgStateApproved        = &i18n.Message{ID: "state.approved", Other: "APPROVED"}
	msgStateStale           = &i18n.Message{ID: "state.stale", Other: "STALE"}
	msgStatusArchivedNo     = &i18n.Message{ID: "cmd.status.archived", One: "{{.Count}} archived segment", Other: "{{.Count}} archived segments"}
	msgStatusMergeConflicts = &i18n.Message{ID: "cmd.status.merge-conflicts", One: "{{.Count}} segment translated differently on two branches: {{.Segments}} (end it with 'bitext resolve {{.Article}} SEG --ours|--theirs')", Other: "{{.Count}} segments translated differently on two branches: {{.Segments}} (end each with 'bitext resolve {{.Article}} SEG --ours|--theirs')"}
)

var stateMessages = map[articles.State]*i18n.Message{
	articles.New: msgStateNew, articles.Draft: msgStateDraft, articles.Translated: msgStateTranslated,
	articles.Approved: msgStateApproved, articles.Stale: msgStateStale,
}

// GC settings while summarising (unless GOGC is set).
const (
	statusGCPercent   = 400
	statusMemoryLimit = 512 << 20
)

type statusOptions struct {
	format   string
	articles []string
	mine     bool // only the claims of the person acting (--as, or --mine)
	noCache  bool
}

func (a *app) newStatusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     a.t(msgStatusUsage),
		ArgsUsage: "[ARTICLE...]",
		Flags: []cli.Flag{a.formatFlag("text", "json"), a.asFlag(), &cli.BoolFlag{Name: "mine", Usage: a.t(msgStatusMine)},
			&cli.BoolFlag{Name: "no-cache", Usage: a.t(msgStatusNoCache)}},
		Action: func(c *cli.Context) error {
			return a.runStatus(c, statusOptions{format: c.String("format"), articles: c.Args().Slice(),
				mine: c.Bool("mine") || c.IsSet("as"), noCache: c.Bool("no-cache")})
		},
	}
}

func (a *app) runStatus(c *cli.Context, opts statusOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	me := ""
	if opts.mine {
		var err error
		if me, err = a.identity(c); err != nil {
			return err
		}
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	defer a.bulkGC(statusGCPercent, statusMemoryLimit)()
	list, invalid, err := ws.Statuses(opts.articles, a.Now(), opts.noCache)
	if err != nil {
		return err
	}
	for _, de := range invalid {
		// one unreadable article (a merge conflict, say) must not hide
		// the others: say which, report the rest, exit 2
		fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.renderError(de)))
		a.exitCode = exitCantRun
	}
	people := workflow.People(list)
	if opts.mine {
		p := workflow.PersonOf(people, me)
		if opts.format == "json" {
			return writeJSON(a.Stdout, p)
		}
		a.writePeople(a.Stdout, []workflow.PersonStatus{p})
		return nil
	}
	if opts.format == "json" {
		out := map[string]any{"articles": orEmpty(list)}
		if len(people) > 0 { // left out when nobody holds anything, so the empty shape stays {"articles": []}
			out["people"] = people
		}
		return writeJSON(a.Stdout, out)
	}
	// sources put in the articles directory by hand: nothing reads them
	// until they are added, so say so (status showed nothing of them)
	unadded, err := ws.Unadded()
	if err != nil {
		return err
	}
	defer func() {
		for _, p := range unadded {
			a.hint(msgStatusUnadded, "File", p)
		}
	}()
	if len(list) == 0 {
		if len(invalid) == 0 && len(unadded) == 0 { // else there are articles: they did not read, or are not added yet
			a.say(msgStatusNone)
		}
		return nil
	}
	a.writeStatusText(a.Stdout, list)
	if len(people) > 0 {
		fmt.Fprintln(a.Stdout)
		a.writePeople(a.Stdout, people)
	}
	return nil
}

// writePeople lists, per person, the segments they hold: article, segment,
// since when, and the Chinese.
func (a *app) writePeople(w io.Writer, people []workflow.PersonStatus) {
	for i, p := range people {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if len(p.Claims) == 0 {
			fmt.Fprintln(w, a.t(msgStatusHoldsNone, "By", p.Person))
			continue
		}
		fmt.Fprintln(w, a.t(msgStatusHolds, "By", p.Person, "Count", len(p.Claims)))
		tw := newTable(w)
		for _, c := range p.Claims {
			m := msgStatusSince
			if c.Expired {
				m = msgStatusExpired
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", c.Article, c.Segment, a.t(m, "At", since(c.At)), c.ZH)
		}
		tw.Flush()
	}
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
	tw := newTable(w)
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
		case st.Conflict:
			src = a.t(msgStatusConflict)
		case st.Missing:
			src = a.t(msgStatusMissing)
		case st.Drift:
			src = a.t(msgStatusDrift)
		}
		fmt.Fprintln(tw, strings.Join(append(row, src), "\t")+"\t")
	}
	tw.Flush()
	for _, st := range list {
		if st.Archived == 0 && len(st.MergeConflicts) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", st.Article)
		if st.Archived > 0 {
			fmt.Fprintln(w, "  "+a.t(msgStatusArchivedNo, "Count", st.Archived))
		}
		if n := len(st.MergeConflicts); n > 0 {
			fmt.Fprintln(w, "  "+a.t(msgStatusMergeConflicts, "Count", n, "Segments", strings.Join(st.MergeConflicts, ", "), "Article", st.Article))
		}
	}
}
