package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/tm"
)

var (
	msgSuggestUsage     = &i18n.Message{ID: "cmd.suggest.usage", Other: "the translation memory's best matches for a segment: similarity, the character diff of the Chinese, and their English"}
	msgSuggestThreshold = &i18n.Message{ID: "cmd.suggest.flag.threshold", Other: "the lowest similarity shown, in `PERCENT`"}
	msgSuggestMax       = &i18n.Message{ID: "cmd.suggest.flag.max", Other: "show at most `N` matches"}
	msgSuggestNone      = &i18n.Message{ID: "cmd.suggest.none", Other: "no match of {{.Threshold}}% or more in the translation memory"}
	msgSuggestHead      = &i18n.Message{ID: "cmd.suggest.head", Other: "Translation memory ({{.Threshold}}% or more):"}
	msgSuggestBadPct    = &i18n.Message{ID: "cmd.suggest.bad-threshold", Other: "--threshold takes a percentage from 1 to 100"}
	msgSuggestMore      = &i18n.Message{ID: "cmd.suggest.more", Other: "{{.Origin}} and {{.Count}} more"}
)

type suggestOptions struct {
	article, segment, format string
	threshold, max           int
}

// thresholdFlag and maxFlag are the fuzzy-match flags of suggest.
func (a *app) thresholdFlag() *cli.IntFlag {
	return &cli.IntFlag{Name: "threshold", Value: int(workflow.DefaultFuzzyThreshold * 100), Usage: a.t(msgSuggestThreshold)}
}

func (a *app) newSuggestCommand() *cli.Command {
	return &cli.Command{
		Name:      "suggest",
		Usage:     a.t(msgSuggestUsage),
		ArgsUsage: "ARTICLE SEG",
		Flags: []cli.Flag{
			a.formatFlag("text", "json"),
			a.thresholdFlag(),
			&cli.IntFlag{Name: "max", Value: 5, Usage: a.t(msgSuggestMax)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return a.argsError("suggest", c.NArg())
			}
			return a.runSuggest(c, suggestOptions{article: c.Args().Get(0), segment: c.Args().Get(1),
				format: c.String("format"), threshold: c.Int("threshold"), max: c.Int("max")})
		},
	}
}

type suggestionJSON struct {
	ZH         string                 `json:"zh"`
	Similarity int                    `json:"similarity"`
	Diff       []workflow.DiffOp      `json:"diff"`
	EN         []workflow.SuggestedEN `json:"en"`
}

func (a *app) runSuggest(c *cli.Context, opts suggestOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	if opts.threshold < 1 || opts.threshold > 100 {
		return a.usageProblem("suggest", msgSuggestBadPct)
	}
	ws, slug, err := a.articleTarget(c, opts.article)
	if err != nil {
		return err
	}
	art, err := ws.Load(slug)
	if err != nil {
		return err
	}
	s := art.File.Segment(opts.segment)
	if s == nil {
		return workflow.NoSegment(art, opts.segment)
	}
	ix, err := ws.Memory()
	if err != nil {
		return err
	}
	sugs := workflow.Suggest(ix, s.ZH, art.Slug+"/"+s.ID, float64(opts.threshold)/100, opts.max)
	if opts.format == "json" {
		out := make([]suggestionJSON, 0, len(sugs))
		for _, sg := range sugs {
			out = append(out, suggestionJSON{ZH: sg.ZH, Similarity: percent(sg.Similarity), Diff: workflow.CharDiff(sg.ZH, s.ZH), EN: sg.EN})
		}
		return writeJSON(a.Stdout, map[string]any{"article": art.Slug, "segment": s.ID, "zh": s.ZH, "matches": out})
	}
	fmt.Fprintf(a.Stdout, "%s %s  %s\n", art.Slug, s.ID, s.ZH)
	if len(sugs) == 0 {
		a.say(msgSuggestNone, "Threshold", opts.threshold)
		return nil
	}
	a.writeSuggestions(a.Stdout, sugs, s.ZH, "  ")
	return nil
}

func percent(sim float64) int { return int(sim*100 + 1e-9) }

// writeSuggestions renders fuzzy matches: the similarity and the Chinese
// diff (match → this segment) on one line, each English under it with
// where it is.
func (a *app) writeSuggestions(w io.Writer, sugs []workflow.Suggestion, zh, indent string) {
	for _, sg := range sugs {
		fmt.Fprintf(w, "%s%3d%%  %s\n", indent, percent(sg.Similarity), plainDiff(workflow.CharDiff(sg.ZH, zh)))
		for _, e := range sg.EN {
			origin := e.Origins[0]
			if len(e.Origins) > 1 {
				origin = a.t(msgSuggestMore, "Origin", origin, "Count", len(e.Origins)-1)
			}
			fmt.Fprintf(w, "%s      %s  (%s)\n", indent, e.EN, origin)
		}
	}
}

// plainDiff renders a diff as text with [-deleted-] and {+inserted+}.
func plainDiff(ops []workflow.DiffOp) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Op {
		case workflow.OpDelete:
			b.WriteString("[-" + op.Text + "-]")
		case workflow.OpInsert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

var (
	msgSearchUsage    = &i18n.Message{ID: "cmd.search.usage", Other: "concordance: find Chinese or English text across every segment and the archive"}
	msgSearchNone     = &i18n.Message{ID: "cmd.search.none", Other: "{{.Text}} is in no segment"}
	msgSearchArchived = &i18n.Message{ID: "cmd.search.archived", Other: "archived"}
	msgSearchCount    = &i18n.Message{ID: "cmd.search.count", One: "{{.Count}} segment", Other: "{{.Count}} segments"}
)

func (a *app) newSearchCommand() *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     a.t(msgSearchUsage),
		ArgsUsage: "TEXT",
		Flags:     []cli.Flag{a.formatFlag("text", "json")},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("search", c.NArg())
			}
			return a.runSearch(c, c.Args().First(), c.String("format"))
		},
	}
}

type searchJSON struct {
	Article  string `json:"article"`
	Segment  string `json:"segment"`
	State    string `json:"state,omitempty"`
	Archived bool   `json:"archived,omitempty"`
	ZH       string `json:"zh"`
	EN       string `json:"en"`
	// Where the text is in each: byte spans of zh and en.
	ZHHits []workflow.Hit `json:"zh_hits"`
	ENHits []workflow.Hit `json:"en_hits"`
}

func (a *app) runSearch(c *cli.Context, text, format string) error {
	if err := checkFormat(format, "text", "json"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	recs, invalid, err := ws.SearchRecords()
	if err != nil {
		return err
	}
	// an article that did not read is named, after what the others hold
	defer func() {
		for _, de := range invalid {
			fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.renderError(de)))
			a.exitCode = exitCantRun
		}
	}()
	found := workflow.Search(recs, text)
	if format == "json" {
		out := make([]searchJSON, 0, len(found))
		for _, r := range found {
			zh, en := workflow.SearchHits(r, text)
			out = append(out, searchJSON{Article: r.Article, Segment: r.Segment, State: r.State, Archived: r.Archived, ZH: r.ZH, EN: r.EN,
				ZHHits: orEmpty(zh), ENHits: orEmpty(en)})
		}
		return writeJSON(a.Stdout, map[string]any{"text": text, "found": out})
	}
	if len(found) == 0 {
		a.say(msgSearchNone, "Text", text)
		return nil
	}
	color := a.color(c, a.Stdout)
	for _, r := range found {
		where := r.Article + " " + r.Segment + " " + r.State
		if r.Archived {
			where += " (" + a.t(msgSearchArchived) + ")"
		}
		zh, en := workflow.SearchHits(r, text)
		fmt.Fprintf(a.Stdout, "%s\n    %s\n    %s\n", where, hitLine(r.ZH, zh, color), orDash(hitLine(r.EN, en, color)))
	}
	a.say(msgSearchCount, "Count", len(found))
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var _ = tm.Normalize
