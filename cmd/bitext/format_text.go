package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgCheckSevError   = &i18n.Message{ID: "check.severity.error", Other: "error"}
	msgCheckSevWarning = &i18n.Message{ID: "check.severity.warning", Other: "warning"}
	msgCheckZH         = &i18n.Message{ID: "check.label.zh", Other: "zh"}
	msgCheckEN         = &i18n.Message{ID: "check.label.en", Other: "en"}
	msgCheckWas        = &i18n.Message{ID: "check.label.previous", Other: "was"}
	msgCheckGlossary   = &i18n.Message{ID: "check.label.glossary", Other: "glossary"}
	msgCheckAbbr       = &i18n.Message{ID: "check.glossary.abbr", Other: "{{.Expected}} (after the first mention: {{.Abbr}})"}
	msgCheckNoEN       = &i18n.Message{ID: "check.label.no-english", Other: "(no English yet)"}
	msgCheckSummary    = &i18n.Message{ID: "check.summary", Other: "{{.Articles}}, {{.Segments}} checked: {{.Errors}}, {{.Warnings}}"}
	msgCountArticles   = &i18n.Message{ID: "check.count.articles", One: "{{.Count}} article", Other: "{{.Count}} articles"}
	msgCountSegments   = &i18n.Message{ID: "check.count.segments", One: "{{.Count}} segment", Other: "{{.Count}} segments"}
	msgCountErrors     = &i18n.Message{ID: "check.count.errors", One: "{{.Count}} error", Other: "{{.Count}} errors"}
	msgCountWarnings   = &i18n.Message{ID: "check.count.warnings", One: "{{.Count}} warning", Other: "{{.Count}} warnings"}

	msgCheckAcceptedHead   = &i18n.Message{ID: "check.accepted.head", One: "{{.Count}} accepted finding (not counted):", Other: "{{.Count}} accepted findings (not counted):"}
	msgCheckAcceptedLabel  = &i18n.Message{ID: "check.accepted.label", Other: "accepted"}
	msgCheckAcceptedBy     = &i18n.Message{ID: "check.accepted.by", Other: "accepted by {{.By}}: {{.Why}}"}
	msgCheckAcceptedHidden = &i18n.Message{ID: "check.accepted.hidden", One: "{{.Count}} accepted finding not shown (--show-accepted lists it)", Other: "{{.Count}} accepted findings not shown (--show-accepted lists them)"}
)

// textFormatter writes findings for a translator: position, severity, rule
// and message, then the segment's Chinese and English with the offending
// span marked (in colour on a terminal, else »between brackets«), and what
// the glossary expects.
type textFormatter struct {
	a            *app
	color        bool
	showAccepted bool // list the accepted findings too (check --show-accepted)
	n            int  // findings written
}

func (t *textFormatter) Begin(io.Writer) error { return nil }

func (t *textFormatter) Findings(w io.Writer, fs []workflow.Finding) error {
	a := t.a
	var b strings.Builder
	for _, f := range fs {
		t.n++
		sev, col := a.t(msgCheckSevError), ansiBoldRed
		if f.Severity == workflow.SevWarning {
			sev, col = a.t(msgCheckSevWarning), ansiYellow
		}
		pos := f.File
		if f.Line > 0 {
			pos += fmt.Sprintf(":%d", f.Line)
			if f.Column > 0 {
				pos += fmt.Sprintf(":%d", f.Column)
			}
		}
		if t.color {
			sev = col + sev + ansiReset
		}
		fmt.Fprintf(&b, "%s: %s: %s: %s\n", pos, sev, f.Rule, f.Message)
		if f.Segment != "" {
			zh, en := f.ZH, f.EN
			if f.SpanInZH {
				zh = t.mark(zh, f.Start, f.End, col)
			} else {
				en = t.mark(en, f.Start, f.End, col)
			}
			if f.EN == "" {
				en = a.t(msgCheckNoEN)
			}
			fmt.Fprintf(&b, "    %s: %s\n", a.t(msgCheckZH), zh)
			if prev, _ := f.Args["previous"].(string); prev != "" {
				fmt.Fprintf(&b, "    %s: %s\n", a.t(msgCheckWas), prev)
			}
			fmt.Fprintf(&b, "    %s: %s\n", a.t(msgCheckEN), en)
		}
		if f.Term != "" {
			exp := f.Expected
			if abbr, _ := f.Args["abbr"].(string); abbr != "" {
				exp = a.t(msgCheckAbbr, "Expected", f.Expected, "Abbr", abbr)
			}
			fmt.Fprintf(&b, "    %s: %s = %s\n", a.t(msgCheckGlossary), f.Term, exp)
			if note, _ := f.Args["note"].(string); note != "" {
				fmt.Fprintf(&b, "      %s\n", note)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *textFormatter) End(w io.Writer, rep *workflow.Report) error {
	a := t.a
	var b strings.Builder
	if len(rep.Accepted) > 0 && t.showAccepted {
		if t.n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(a.t(msgCheckAcceptedHead, "Count", len(rep.Accepted)))
		b.WriteByte('\n')
		for _, f := range rep.Accepted {
			pos := f.File
			if f.Line > 0 {
				pos += fmt.Sprintf(":%d:%d", f.Line, f.Column)
			}
			fmt.Fprintf(&b, "%s: %s: %s: %s\n", pos, a.t(msgCheckAcceptedLabel), f.Rule, f.Message)
			fmt.Fprintf(&b, "    %s\n", a.t(msgCheckAcceptedBy, "By", f.AcceptedBy, "Why", f.AcceptedWhy))
		}
	}
	s := rep.Summary
	if t.n > 0 || len(rep.Accepted) > 0 && t.showAccepted {
		b.WriteByte('\n')
	}
	b.WriteString(a.t(msgCheckSummary,
		"Articles", a.t(msgCountArticles, "Count", s.Articles), "Segments", a.t(msgCountSegments, "Count", s.Segments),
		"Errors", a.t(msgCountErrors, "Count", s.Errors), "Warnings", a.t(msgCountWarnings, "Count", s.Warnings)))
	b.WriteByte('\n')
	if len(rep.Accepted) > 0 && !t.showAccepted {
		b.WriteString(a.t(msgCheckAcceptedHidden, "Count", len(rep.Accepted)))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mark brackets text[start:end], or colours it.
func (t *textFormatter) mark(text string, start, end int, col string) string {
	if start < 0 || end <= start || end > len(text) {
		return text
	}
	if t.color {
		return text[:start] + col + text[start:end] + ansiReset + text[end:]
	}
	return text[:start] + "»" + text[start:end] + "«" + text[end:]
}
