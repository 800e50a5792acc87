package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgShowUsage      = &i18n.Message{ID: "cmd.show.usage", Other: "an article side by side: Chinese and English in two columns, with each segment's state, people, comments, findings and glossary terms"}
	msgShowFlagState  = &i18n.Message{ID: "cmd.show.flag.state", Other: "only segments in `STATE` (new, draft, translated, approved, stale; repeat or separate with commas)"}
	msgShowFlagFind   = &i18n.Message{ID: "cmd.show.flag.findings", Other: "only segments with findings"}
	msgShowFlagWidth  = &i18n.Message{ID: "cmd.show.flag.width", Other: "wrap to `N` columns (default: the terminal's width, else $COLUMNS, else 100)"}
	msgShowPara       = &i18n.Message{ID: "cmd.show.para", Other: "¶{{.Para}}"}
	msgShowJoined     = &i18n.Message{ID: "cmd.show.joined", Other: "{{.Count}} sentences joined"}
	msgShowTranslator = &i18n.Message{ID: "cmd.show.translator", Other: "translated by {{.By}}"}
	msgShowClaim      = &i18n.Message{ID: "cmd.show.claim", Other: "claimed by {{.By}} since {{.At}}"}
	msgShowClaimOld   = &i18n.Message{ID: "cmd.show.claim-expired", Other: "claimed by {{.By}} since {{.At}} (expired)"}
	msgShowApproved   = &i18n.Message{ID: "cmd.show.approved", Other: "approved by {{.By}} at {{.At}}"}
	msgShowForced     = &i18n.Message{ID: "cmd.show.approved-forced", Other: "approved by {{.By}} at {{.At}} over error findings"}
	msgShowVoid       = &i18n.Message{ID: "cmd.show.approval-void", Other: "approval by {{.By}} void: the text changed after it"}
	msgShowSigned     = &i18n.Message{ID: "cmd.show.signed", Other: "signed by {{.By}}"}
	msgShowSigBad     = &i18n.Message{ID: "cmd.show.signature-bad", Other: "signature not valid for the approver (key {{.Key}})"}
	msgShowWas        = &i18n.Message{ID: "cmd.show.was", Other: "before the source changed: {{.Text}}"}
	msgShowTerm       = &i18n.Message{ID: "cmd.show.term", Other: "{{.ZH}} → {{.Expected}}"}
	msgShowSeverity   = &i18n.Message{ID: "cmd.show.finding", Other: "{{.Severity}} {{.Rule}}: {{.Message}}"}
	msgShowArchived   = &i18n.Message{ID: "cmd.show.archived", Other: "{{.ID}} removed from the source on {{.At}} (archived, was {{.State}}): {{.EN}}"}
	msgShowSummary    = &i18n.Message{ID: "cmd.show.summary", Other: "{{.Article}}: segments shown: {{.Shown}} of {{.Total}} (errors: {{.Errors}}, warnings: {{.Warnings}})"}
	msgSevError       = &i18n.Message{ID: "severity.error", Other: "error"}
	msgSevWarning     = &i18n.Message{ID: "severity.warning", Other: "warning"}
)

func init() {
	registerErrorMessages(&i18n.Message{ID: "err.view.bad-state", Other: "--state {{.state}}: not a state (new, draft, translated, approved, stale)"})
}

type showOptions struct {
	article  string
	segments []string
	states   []articles.State
	findings bool
	format   string
	width    int
	color    bool
}

func (a *app) newShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     a.t(msgShowUsage),
		ArgsUsage: "ARTICLE [SEG...]",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "state", Usage: a.t(msgShowFlagState)},
			&cli.BoolFlag{Name: "findings", Usage: a.t(msgShowFlagFind)},
			&cli.IntFlag{Name: "width", Usage: a.t(msgShowFlagWidth)},
			a.formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return a.argsError("show", c.NArg())
			}
			opts := showOptions{article: c.Args().First(), segments: c.Args().Tail(), findings: c.Bool("findings"),
				format: c.String("format"), width: c.Int("width"), color: a.color(c, a.Stdout)}
			for _, v := range c.StringSlice("state") {
				for _, s := range strings.Split(v, ",") {
					if s = strings.TrimSpace(s); s != "" {
						opts.states = append(opts.states, articles.State(s))
					}
				}
			}
			return a.runShow(c, opts)
		},
	}
}

func (a *app) runShow(c *cli.Context, opts showOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	views, err := ws.View([]string{opts.article}, workflow.ViewOptions{Segments: opts.segments, States: opts.states,
		FindingsOnly: opts.findings, Now: a.Now()})
	if err != nil {
		return err
	}
	v := views[0]
	a.fillMessages(v)
	if opts.format == "json" {
		return writeJSON(a.Stdout, v)
	}
	if opts.width <= 0 {
		opts.width = a.width()
	}
	a.writeShow(a.Stdout, v, opts)
	a.say(msgShowSummary, "Article", v.Article, "Shown", len(v.Segments), "Total", v.Total, "Errors", v.Errors, "Warnings", v.Warnings)
	return nil
}

// fillMessages renders every finding's message in the user's language.
func (a *app) fillMessages(v *workflow.ArticleView) {
	for i := range v.Findings {
		v.Findings[i].Message = a.findingMessage(&v.Findings[i])
	}
	for _, s := range v.Segments {
		for i := range s.Findings {
			s.Findings[i].Message = a.findingMessage(&s.Findings[i])
		}
	}
}

// width is the width to wrap text output to: the terminal's, else
// $COLUMNS, else 100.
func (a *app) width() int {
	if a.TermWidth != nil {
		if w := a.TermWidth(a.Stdout); w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(a.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 100
}

// Colours of show: glossary terms, findings.
const (
	ansiTerm    = "\x1b[4;36m" // a term, rendered right: underlined cyan
	ansiBadTerm = "\x1b[4;31m" // a term rendered wrong: underlined red
)

// writeShow writes an article side by side: per segment, a heading (id,
// paragraph, state, people), the two languages in columns, then the
// Chinese before the source changed, findings, comments and the terms.
func (a *app) writeShow(w io.Writer, v *workflow.ArticleView, opts showOptions) {
	bold := func(s string) string {
		if opts.color {
			return ansiBold + s + ansiReset
		}
		return s
	}
	for _, f := range v.Findings {
		fmt.Fprintln(w, a.findingLine(f, opts.color))
	}
	if len(v.Findings) > 0 {
		fmt.Fprintln(w)
	}
	colW := max((opts.width-3)/2, 10)
	for i, s := range v.Segments {
		if i > 0 {
			fmt.Fprintln(w)
		}
		head := []string{bold(s.ID), a.t(msgShowPara, "Para", s.Para)}
		if s.Sentences >= 2 {
			head = append(head, a.t(msgShowJoined, "Count", s.Sentences))
		}
		head = append(head, a.stateName(s.State, opts.color))
		if s.Translator != "" {
			head = append(head, a.t(msgShowTranslator, "By", s.Translator))
		}
		if cl := s.Claim; cl != nil {
			m := msgShowClaim
			if cl.Expired {
				m = msgShowClaimOld
			}
			head = append(head, a.t(m, "By", cl.By, "At", since(cl.At)))
		}
		if ap := s.Approval; ap != nil {
			switch {
			case !ap.Valid:
				head = append(head, a.t(msgShowVoid, "By", ap.By))
			case ap.Forced:
				head = append(head, a.t(msgShowForced, "By", ap.By, "At", since(ap.At)))
			default:
				head = append(head, a.t(msgShowApproved, "By", ap.By, "At", since(ap.At)))
			}
			switch ap.Signature {
			case "good":
				head = append(head, a.t(msgShowSigned, "By", strings.Join(ap.Signers, ", ")))
			case "bad", "wrong-name":
				head = append(head, a.t(msgShowSigBad, "Key", ap.Fingerprint))
			}
		}
		fmt.Fprintln(w, strings.Join(head, " · "))
		left := wrapCells(markCells(s.ZH, s.ZHTerms, opts.color), colW)
		right := wrapCells(markCells(s.EN, s.ENTerms, opts.color), colW)
		for k := 0; k < max(len(left), len(right)); k++ {
			var l, r line
			if k < len(left) {
				l = left[k]
			}
			if k < len(right) {
				r = right[k]
			}
			out := l.render(opts.color) + strings.Repeat(" ", colW-l.width) + " │ " + r.render(opts.color)
			fmt.Fprintln(w, strings.TrimRight(out, " "))
		}
		if s.PreviousZH != "" {
			fmt.Fprintln(w, "  "+a.t(msgShowWas, "Text", s.PreviousZH))
		}
		for _, f := range s.Findings {
			fmt.Fprintln(w, "  "+a.findingLine(f, opts.color))
		}
		a.writeComments(w, "  ", s.Comments)
		seen := map[string]bool{}
		for _, t := range s.ZHTerms {
			if !seen[t.Term] {
				seen[t.Term] = true
				fmt.Fprintln(w, "  = "+a.t(msgShowTerm, "ZH", t.Text, "Expected", t.Expected))
			}
		}
	}
	if len(v.Archived) > 0 && len(v.Segments) > 0 {
		fmt.Fprintln(w)
	}
	for _, ar := range v.Archived {
		fmt.Fprintln(w, a.t(msgShowArchived, "ID", ar.ID, "At", since(ar.RemovedAt), "State", a.stateName(ar.State, false), "EN", ar.EN))
	}
}

// stateName is a state as status shows it (NEW, TRANSLATED, ...).
func (a *app) stateName(s articles.State, color bool) string {
	m, ok := stateMessages[s]
	if !ok {
		return string(s)
	}
	name := a.t(m)
	if !color {
		return name
	}
	switch s {
	case articles.Stale:
		return ansiBoldRed + name + ansiReset
	case articles.New, articles.Draft:
		return ansiYellow + name + ansiReset
	case articles.Approved:
		return ansiGreen + name + ansiReset
	}
	return name
}

// findingLine is a finding in one line: severity, rule, message.
func (a *app) findingLine(f workflow.Finding, color bool) string {
	sev := a.t(msgSevWarning)
	if f.Severity == workflow.SevError {
		sev = a.t(msgSevError)
		if color {
			sev = ansiBoldRed + sev + ansiReset
		}
	} else if color {
		sev = ansiYellow + sev + ansiReset
	}
	return a.t(msgShowSeverity, "Severity", sev, "Rule", f.Rule, "Message", f.Message)
}
