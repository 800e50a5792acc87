package main

import (
	"path/filepath"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/report"
)

var (
	msgReportUsage  = &i18n.Message{ID: "cmd.report.usage", Other: "write a static HTML report: an index of articles, one page per article with both languages side by side, diffs, findings, terms, people and comments"}
	msgReportHTML   = &i18n.Message{ID: "cmd.report.flag.html", Other: "write the site into `DIR` (created if need be; index.html and articles/*.html)"}
	msgReportNoHTML = &i18n.Message{ID: "cmd.report.no-html", Other: "say where to write the report: --html DIR"}
	msgReportWrote  = &i18n.Message{ID: "cmd.report.wrote", One: "wrote {{.Count}} article page and {{.Index}}", Other: "wrote {{.Count}} article pages and {{.Index}}"}
)

// reportLabels are the words of the HTML report; the site gets them in
// the user's language (--lang).
var reportLabels = []*i18n.Message{
	{ID: "report.title", Other: "bitext review report"},
	{ID: "report.generated", Other: "Generated"},
	{ID: "report.articles", Other: "Articles"},
	{ID: "report.article", Other: "Article"},
	{ID: "report.segments", Other: "Segments"},
	{ID: "report.segments-caption", Other: "Segments, Chinese beside English"},
	{ID: "report.errors", Other: "Errors"},
	{ID: "report.warnings", Other: "Warnings"},
	{ID: "report.source", Other: "Source"},
	{ID: "report.source-changed", Other: "changed: run bitext sync"},
	{ID: "report.source-missing", Other: "missing"},
	{ID: "report.source-unchanged", Other: "unchanged"},
	{ID: "report.total", Other: "Total"},
	{ID: "report.rules", Other: "Findings by rule"},
	{ID: "report.rule", Other: "Rule"},
	{ID: "report.count", Other: "Findings"},
	{ID: "report.no-findings", Other: "No findings."},
	{ID: "report.back", Other: "All articles"},
	{ID: "report.skip", Other: "Skip to the segments"},
	{ID: "report.filter", Other: "Show only"},
	{ID: "report.state", Other: "State"},
	{ID: "report.all", Other: "all"},
	{ID: "report.legend", Other: "Marks:"},
	{ID: "report.legend-term", Other: "glossary term (hover for the expected rendering)"},
	{ID: "report.legend-badterm", Other: "English that breaks a term"},
	{ID: "report.legend-del", Other: "removed"},
	{ID: "report.legend-ins", Other: "added"},
	{ID: "report.segment", Other: "Segment"},
	{ID: "report.zh", Other: "Chinese"},
	{ID: "report.en", Other: "English"},
	{ID: "report.notes", Other: "Findings, people and comments"},
	{ID: "report.diff-source", Other: "source change by character"},
	{ID: "report.diff-target", Other: "English change by word"},
	{ID: "report.translator", Other: "Translator"},
	{ID: "report.joined", Other: "sentences joined"},
	{ID: "report.claimed", Other: "Claimed by"},
	{ID: "report.claim-expired", Other: "expired"},
	{ID: "report.approved", Other: "Approved by"},
	{ID: "report.approval-void", Other: "Approval void (text changed)"},
	{ID: "report.forced", Other: "over error findings"},
	{ID: "report.signature", Other: "Signature"},
	{ID: "report.signed-good", Other: "signed by"},
	{ID: "report.signed-bad", Other: "signature does not verify"},
	{ID: "report.signed-wrong-name", Other: "signed by a key not allowed for the approver; the key belongs to"},
	{ID: "report.previous-zh", Other: "Chinese before the change"},
	{ID: "report.terms", Other: "Terms"},
	{ID: "report.comments", Other: "Comments"},
	{ID: "report.no-segments", Other: "No segments."},
	{ID: "report.archived", Other: "Removed from the source (archived)"},
	{ID: "report.removed-at", Other: "Removed"},
}

type reportOptions struct {
	html     string
	articles []string
}

func (a *app) newReportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     a.t(msgReportUsage),
		ArgsUsage: "--html DIR [ARTICLE...]",
		Flags:     []cli.Flag{&cli.StringFlag{Name: "html", Usage: a.t(msgReportHTML)}},
		Action: func(c *cli.Context) error {
			return a.runReport(c, reportOptions{html: c.String("html"), articles: c.Args().Slice()})
		},
	}
}

func (a *app) runReport(c *cli.Context, opts reportOptions) error {
	if opts.html == "" {
		return a.usageProblem("report", msgReportNoHTML)
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	cwd, err := a.Getwd()
	if err != nil {
		return err
	}
	dir := opts.html
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(cwd, dir)
	}
	labels := report.Labels{}
	for _, m := range reportLabels {
		labels[m.ID] = a.t(m)
	}
	for st, m := range stateMessages {
		labels["state."+string(st)] = a.t(m)
	}
	labels["severity.error"], labels["severity.warning"] = a.t(msgSevError), a.t(msgSevWarning)
	lang := "en"
	if a.lz.lang == "zh" {
		lang = "zh-Hans"
	}
	now := a.Now()
	site, err := report.New(dir, report.Options{Lang: lang, Labels: labels, Generated: now})
	if err != nil {
		return err
	}
	err = ws.ViewEach(opts.articles, workflow.ViewOptions{Now: now, NoHistory: true, CheckCache: true}, func(i int, v *workflow.ArticleView) error {
		a.fillMessages(v)
		return site.Article(i, v)
	}, 0)
	if err != nil {
		site.Abort() // DIR stays as it was
		return err
	}
	n, err := site.Finish()
	if err != nil {
		return err
	}
	a.say(msgReportWrote, "Count", n, "Index", filepath.ToSlash(filepath.Join(opts.html, "index.html")))
	return nil
}
