package main

import (
	"bufio"
	"errors"
	"io"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgCheckUsage        = &i18n.Message{ID: "cmd.check.usage", Other: "run every rule (glossary, drift, workflow, numbers) over the articles; for CI"}
	msgCheckDesc         = &i18n.Message{ID: "cmd.check.description", Other: "Rules: glossary.missing, glossary.forbidden, glossary.case, glossary.name-order, glossary.misspelled, glossary.first-mention, glossary.deprecated, drift.source-changed, drift.stale, merge.conflict, workflow.approval-void, workflow.self-approved, workflow.approval-forced, workflow.approval-unsigned, workflow.approval-signature, workflow.approval-signer, workflow.untranslated, workflow.claim-expired, qa.numbers, schema.invalid; severities per rule in bitext.yaml (severity: RULE: error|warning|off). Exit codes: 0 no error found; 1 errors found; 2 could not run, or a workspace file does not parse (schema.invalid)."}
	msgCheckNoCache      = &i18n.Message{ID: "cmd.check.flag.no-cache", Other: "neither read nor write the check cache in .bitext/cache"}
	msgCheckShowAccepted = &i18n.Message{ID: "cmd.check.flag.show-accepted", Other: "list the findings accepted on their segments (bitext accept) too; they are never counted"}
	msgCheckChanged      = &i18n.Message{ID: "cmd.check.flag.changed-since", Other: "check only the articles whose segment file or source changed since git revision `REV` (all of them when the glossary or bitext.yaml changed); for pull requests"}
)

func init() {
	registerErrorMessages(&i18n.Message{ID: "err.settings.unknown-rule", Other: "unknown rule {{.rule}} (rules: {{.rules}})"},
		&i18n.Message{ID: "err.check.bad-rev", Other: "--changed-since {{.rev}}: not a revision of the git repository here ({{.cause}})"})
}

// ruleMessages explain a finding of each rule to a translator. Their data
// are the finding's Args (lowercase keys).
var ruleMessages = map[string]*i18n.Message{
	workflow.RuleGlossaryMissing:      {ID: "check.glossary.missing", Other: `the source has {{.zh}} ({{.term}}) but the English lacks "{{.expected}}"`},
	workflow.RuleGlossaryForbidden:    {ID: "check.glossary.forbidden", Other: `"{{.found}}" is a forbidden variant: write "{{.expected}}"`},
	workflow.RuleGlossaryCase:         {ID: "check.glossary.case", Other: `"{{.found}}" is in the wrong case: write "{{.expected}}"`},
	workflow.RuleGlossaryNameOrder:    {ID: "check.glossary.name-order", Other: `{{if eq .order "given-first"}}"{{.found}}" puts the surname first: write "{{.expected}}" (given name first){{else}}"{{.found}}" puts the given name first: write "{{.expected}}" (surname first){{end}}`},
	workflow.RuleGlossaryMisspelled:   {ID: "check.glossary.misspelled", Other: `"{{.found}}" looks like a misspelling of "{{.expected}}" ({{.term}})`},
	workflow.RuleGlossaryFirstMention: {ID: "check.glossary.first-mention", Other: `"{{.found}}" is used before the first full mention: write "{{.expected}}" first`},
	workflow.RuleGlossaryDeprecated:   {ID: "check.glossary.deprecated", Other: `"{{.found}}" is a deprecated rendering{{if .expected}}: write "{{.expected}}"{{end}}`},
	workflow.RuleDriftSourceChanged:   {ID: "check.drift.source-changed", Other: "the source {{.source}} changed after the segments were made: run 'bitext sync {{.article}}'"},
	workflow.RuleDriftStale:           {ID: "check.drift.stale", Other: "the source sentence changed after this English was written: update the translation"},
	workflow.RuleApprovalVoid:         {ID: "check.workflow.approval-void", Other: `{{if eq .changed "none"}}marked approved, but there is no approval{{else if eq .changed "zh"}}approved by {{.by}}, but the Chinese changed after the approval{{else if eq .changed "both"}}approved by {{.by}}, but the Chinese and the English changed after the approval{{else}}approved by {{.by}}, but the English changed after the approval{{end}}: have it approved again`},
	workflow.RuleUntranslated:         {ID: "check.workflow.untranslated", Other: `not translated yet (state {{.state}})`},
	workflow.RuleClaimExpired:         {ID: "check.workflow.claim-expired", Other: "claimed by {{.by}} since {{.at}}, longer than claim_ttl ({{.ttl}}): translate or release it"},
	workflow.RuleMergeConflict:        {ID: "check.merge.conflict", Other: `two branches translated this segment differently: ours "{{.ours}}", theirs "{{.theirs}}"{{if .by}} (by {{.by}}){{end}}: run 'bitext resolve {{.article}} {{.segment}} --ours' or '--theirs', or translate it again`},
	workflow.RuleInconsistent:         {ID: "check.qa.inconsistent", Other: "the same Chinese has other English elsewhere: {{.others}}"},
	workflow.RuleNumbers:              {ID: "check.qa.numbers", Other: "the number {{.number}} ({{.value}}) in the source is missing from the English"},
}

// GC settings of a check --changed-since of at most fewArticles articles
// (unless GOGC is set): no collection below a soft cap of fewMemoryLimit.
const (
	fewArticles    = 64
	fewMemoryLimit = 256 << 20
)

type checkOptions struct {
	showAccepted bool
	format       string
	articles     []string
	noCache      bool
	changedSince string
}

func (a *app) newCheckCommand() *cli.Command {
	return &cli.Command{
		Name:        "check",
		Usage:       a.t(msgCheckUsage),
		Description: a.t(msgCheckDesc),
		ArgsUsage:   "[ARTICLE...]",
		Flags: []cli.Flag{
			a.formatFlag(checkFormats...),
			&cli.BoolFlag{Name: "no-cache", Usage: a.t(msgCheckNoCache)},
			&cli.StringFlag{Name: "changed-since", Usage: a.t(msgCheckChanged)},
			&cli.BoolFlag{Name: "show-accepted", Usage: a.t(msgCheckShowAccepted)},
		},
		Action: func(c *cli.Context) error {
			return a.runCheck(c, checkOptions{format: c.String("format"), articles: c.Args().Slice(), noCache: c.Bool("no-cache"),
				changedSince: c.String("changed-since"), showAccepted: c.Bool("show-accepted")})
		},
	}
}

func (a *app) runCheck(c *cli.Context, opts checkOptions) error {
	if err := checkFormat(opts.format, checkFormats...); err != nil {
		return err
	}
	out := a.findingsFormatter(opts.format, a.color(c, a.Stdout), opts.showAccepted)
	ws, err := a.workspace(c)
	if err != nil {
		// bitext.yaml does not parse: a schema.invalid finding too, so a
		// CI job reading JSON or annotations sees where.
		var de *diag.Error
		if errors.As(err, &de) && de.Kind == diag.Invalid && de.File != "" {
			rep := &workflow.Report{Findings: []workflow.Finding{a.schemaFinding(de)}}
			rep.Summary.Errors = 1
			if werr := a.renderReport(out, a.Stdout, rep); werr != nil {
				return werr
			}
			a.exitCode = exitCantRun
			return nil
		}
		return err
	}
	// Findings are written as each article is checked, not held: a CI
	// log shows them as they come and memory does not grow with them.
	bw := bufio.NewWriter(a.Stdout)
	if err := out.Begin(bw); err != nil {
		return err
	}
	schemaInvalid := false
	// A pull request's check of a few articles allocates some tens of MB
	// and ends: without the garbage collector (up to a soft cap) it spares
	// a fifth of its CPU. A check of more keeps the usual collector.
	var scope func(int)
	var restoreGC func()
	if opts.changedSince != "" {
		scope = func(n int) {
			switch {
			case n <= fewArticles && restoreGC == nil:
				restoreGC = a.bulkGC(-1, fewMemoryLimit)
			case n > fewArticles && restoreGC != nil:
				restoreGC()
				restoreGC = nil
			}
		}
		scope(0) // from the start (the glossary loads while git answers), until told more
	}
	defer func() {
		if restoreGC != nil {
			restoreGC()
		}
	}()
	rep, err := ws.CheckStream(workflow.CheckOptions{Articles: opts.articles, Now: a.Now(), NoCache: opts.noCache, ChangedSince: opts.changedSince, Scope: scope},
		func(fs []workflow.Finding) error {
			for i := range fs {
				fs[i].Message = a.findingMessage(&fs[i])
				schemaInvalid = schemaInvalid || fs[i].Rule == workflow.RuleSchemaInvalid
			}
			if err := out.Findings(bw, fs); err != nil {
				return err
			}
			return bw.Flush()
		})
	if err != nil {
		// Nothing is written when the check could not start (an unknown
		// article, a bad revision); what was written stays, cut short.
		return err
	}
	for i := range rep.Accepted {
		rep.Accepted[i].Message = a.findingMessage(&rep.Accepted[i])
	}
	if err := out.End(bw, rep); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if schemaInvalid {
		a.exitCode = exitCantRun
		return nil
	}
	if rep.Summary.Errors > 0 {
		a.exitCode = exitNo
	}
	return nil
}

// schemaFinding is the finding for a file that does not parse, before a
// workspace is open.
func (a *app) schemaFinding(de *diag.Error) workflow.Finding {
	args := map[string]any{"code": de.Code}
	for k, v := range de.Args {
		args[k] = v
	}
	return workflow.Finding{Rule: workflow.RuleSchemaInvalid, Severity: workflow.SevError, File: a.relPath(de.File),
		Line: de.Line, Column: de.Col, Args: args, Start: -1, End: -1}
}

// renderReport fills in each finding's message, in the user's language, and
// writes the report in the chosen format.
func (a *app) renderReport(f findingsFormatter, w io.Writer, rep *workflow.Report) error {
	for i := range rep.Findings {
		rep.Findings[i].Message = a.findingMessage(&rep.Findings[i])
	}
	for i := range rep.Accepted {
		rep.Accepted[i].Message = a.findingMessage(&rep.Accepted[i])
	}
	return formatReport(f, w, rep)
}

// findingMessage renders what a finding says.
func (a *app) findingMessage(f *workflow.Finding) string {
	data := map[string]any{}
	for k, v := range f.Args {
		data[k] = v
	}
	if f.Rule == workflow.RuleSchemaInvalid {
		code, _ := f.Args["code"].(string)
		return a.lz.T(errorMessage(code), data)
	}
	m, ok := ruleMessages[f.Rule]
	if !ok {
		return f.Rule
	}
	if n := numbersMessage(f); n != nil {
		m = n // a weekday the calendar contradicts
	}
	for _, k := range []string{"zh", "term", "expected", "found", "number", "value", "source", "article", "state", "by", "at", "ttl", "changed", "ours", "theirs", "segment"} {
		if _, ok := data[k]; !ok {
			data[k] = ""
		}
	}
	return a.lz.T(m, data)
}
