package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgRealignUsage    = &i18n.Message{ID: "cmd.realign.usage", Other: "re-run the aligner on the English of consecutive segments (across paragraph breaks too) and redistribute it among them"}
	msgRealignDryRun   = &i18n.Message{ID: "cmd.realign.flag.dry-run", Other: "print the proposed segments and their confidence, write nothing"}
	msgRealignDone     = &i18n.Message{ID: "cmd.realign.done", Other: "realigned {{.Sentences}} over {{.Segments}} of {{.Article}}: {{.Changed}} changed, {{.Kept}} kept"}
	msgRealignDry      = &i18n.Message{ID: "cmd.realign.dry-run.done", Other: "dry run: {{.Sentences}} over {{.Segments}} of {{.Article}}: {{.Changed}} would change, {{.Kept}} kept; nothing written"}
	msgRealignDoneNow  = &i18n.Message{ID: "cmd.realign.done.now", Other: "realigned {{.Sentences}} over {{.Segments}} of {{.Article}}, now {{.Now}}: {{.Changed}} changed, {{.Kept}} kept"}
	msgRealignDryNow   = &i18n.Message{ID: "cmd.realign.dry-run.done.now", Other: "dry run: {{.Sentences}} over {{.Segments}} of {{.Article}}, then {{.Now}}: {{.Changed}} would change, {{.Kept}} kept; nothing written"}
	msgRealignNSent    = &i18n.Message{ID: "cmd.realign.n-sentences", One: "{{.Count}} English sentence", Other: "{{.Count}} English sentences"}
	msgRealignNSeg     = &i18n.Message{ID: "cmd.realign.n-segments", One: "{{.Count}} segment", Other: "{{.Count}} segments"}
	msgRealignState    = &i18n.Message{ID: "cmd.realign.state", Other: "{{.Segment}}: {{.Status}}, state {{.State}}"}
	msgRealignMerged   = &i18n.Message{ID: "cmd.realign.merged", Other: "{{.Segment}}: merged into the segment before it"}
	msgRealignReview   = &i18n.Message{ID: "cmd.realign.review", Other: "changed segments are drafts until a translator confirms them: when their English is right, 'bitext translate {{.Article}} {{.Segments}} --confirm' (or 'bitext translate {{.Article}} SEG' to edit one in $EDITOR)"}
	msgRealignKept     = &i18n.Message{ID: "cmd.realign.status.kept", Other: "kept"}
	msgRealignChanged  = &i18n.Message{ID: "cmd.realign.status.changed", Other: "changed"}
	msgRealignNew      = &i18n.Message{ID: "cmd.realign.status.new", Other: "new"}
	msgErrRealignFew   = &i18n.Message{ID: "err.realign.too-few", Other: "the segments named of {{.article}} span one Chinese sentence: name two or more consecutive segments, or a joined one"}
	msgErrRealignNoEN  = &i18n.Message{ID: "err.realign.no-english", Other: "the segments named of {{.article}} have no English to realign"}
	msgErrRealignAdj   = &i18n.Message{ID: "err.realign.not-adjacent", Other: "segment {{.segment}} of {{.article}} does not directly follow the others: realign takes consecutive segments (across paragraph breaks too)"}
	msgRealignMergedDr = &i18n.Message{ID: "cmd.realign.merged.dry", Other: "{{.Segment}}: would be merged into the segment before it"}
)

func init() {
	registerErrorMessages(msgErrRealignFew, msgErrRealignNoEN, msgErrRealignAdj)
}

type realignOptions struct {
	article  string
	segments []string
	dryRun   bool
	format   string
}

func (a *app) newRealignCommand() *cli.Command {
	return &cli.Command{
		Name:      "realign",
		Usage:     a.t(msgRealignUsage),
		ArgsUsage: "ARTICLE SEG [SEG...]",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.BoolFlag{Name: "dry-run", Usage: a.t(msgRealignDryRun)},
			a.formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 2 {
				return a.argsError("realign", c.NArg())
			}
			return a.runRealign(c, realignOptions{article: c.Args().First(), segments: c.Args().Tail(),
				dryRun: c.Bool("dry-run"), format: c.String("format")})
		},
	}
}

func (a *app) runRealign(c *cli.Context, opts realignOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	g, err := ws.LoadGlossary()
	if err != nil {
		return err
	}
	res, err := ws.Realign(slug, workflow.RealignOptions{Segments: opts.segments, As: as, Now: a.Now(),
		DryRun: opts.dryRun, Glossary: g})
	if err != nil {
		return a.refusals(err)
	}
	changed, kept, added := 0, 0, 0
	var drafts []string
	for _, p := range res.Parts {
		switch p.Status {
		case workflow.RealignKept:
			kept++
		case workflow.RealignNew:
			added++
		}
		if p.Status != workflow.RealignKept {
			changed++
		}
		if p.Segment.State == articles.Draft {
			drafts = append(drafts, p.Segment.ID)
		}
	}
	switch {
	case opts.format == "json":
		if err := writeJSON(a.Stdout, realignJSON(slug, opts.dryRun, res)); err != nil {
			return err
		}
	case opts.dryRun:
		a.writeRealignText(a.Stdout, res)
	}
	// The span as named (the segments that were there before: those
	// merged away included, those split off not), and as it is after.
	before, after := len(res.Parts)-added+len(res.Merged), len(res.Parts)
	args := []any{"Sentences", a.t(msgRealignNSent, "Count", res.Sentences), "Segments", a.t(msgRealignNSeg, "Count", before),
		"Now", a.t(msgRealignNSeg, "Count", after), "Article", slug, "Changed", changed, "Kept", kept}
	done, dry := msgRealignDone, msgRealignDry
	if after != before {
		done, dry = msgRealignDoneNow, msgRealignDryNow
	}
	if opts.dryRun {
		for _, id := range res.Merged {
			a.say(msgRealignMergedDr, "Segment", id)
		}
		a.say(dry, args...)
		return nil
	}
	for _, p := range res.Parts {
		if p.Status != workflow.RealignKept {
			a.say(msgRealignState, "Segment", p.Segment.ID, "Status", a.realignStatus(p.Status), "State", string(p.Segment.State))
		}
	}
	for _, id := range res.Merged {
		a.say(msgRealignMerged, "Segment", id)
	}
	a.say(done, args...)
	if len(drafts) > 0 {
		a.hint(msgRealignReview, "Article", slug, "Segments", strings.Join(drafts, " "))
	}
	return nil
}

func (a *app) realignStatus(s string) string {
	switch s {
	case workflow.RealignKept:
		return a.t(msgRealignKept)
	case workflow.RealignChanged:
		return a.t(msgRealignChanged)
	}
	return a.t(msgRealignNew)
}

// writeRealignText prints the proposal, one block per segment: id, shape,
// confidence, what becomes of it, then its Chinese and English.
func (a *app) writeRealignText(w io.Writer, res *workflow.RealignResult) {
	for _, p := range res.Parts {
		fmt.Fprintf(w, "%s  %s  %.2f  %s\n", p.Segment.ID, p.Kind, p.Confidence, a.realignStatus(p.Status))
		// The English one sentence a line, as add --en --dry-run prints
		// it, so a long pair reads against the Chinese clauses.
		fmt.Fprintf(w, "  %s\n", a.orNone(p.Segment.ZH))
		lines := workflow.EnglishSentences(p.Segment.EN)
		if len(lines) < 2 {
			lines = []string{a.orNone(p.Segment.EN)}
		}
		for _, l := range lines {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}

// realignSegment is one segment of a realignment in JSON.
type realignSegment struct {
	ID         string  `json:"id"`
	Status     string  `json:"status"` // kept, changed, new
	State      string  `json:"state"`
	Kind       string  `json:"kind"`
	Confidence float64 `json:"confidence"`
	Sentences  int     `json:"sentences"`
	ZH         string  `json:"zh"`
	EN         string  `json:"en"`
}

func realignJSON(slug string, dryRun bool, res *workflow.RealignResult) map[string]any {
	segs := make([]realignSegment, 0, len(res.Parts))
	for _, p := range res.Parts {
		segs = append(segs, realignSegment{ID: p.Segment.ID, Status: p.Status, State: string(p.Segment.State),
			Kind: p.Kind, Confidence: round2(p.Confidence), Sentences: p.Segment.SentenceCount(),
			ZH: p.Segment.ZH, EN: p.Segment.EN})
	}
	merged := res.Merged
	if merged == nil {
		merged = []string{}
	}
	return map[string]any{"article": slug, "dry_run": dryRun, "segments": segs, "merged": merged,
		"english_sentences": res.Sentences}
}
