package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgTranslateUsage    = &i18n.Message{ID: "cmd.translate.usage", Other: "set a segment's English (from the argument, standard input with -, or $EDITOR)"}
	msgTranslateDraft    = &i18n.Message{ID: "cmd.translate.flag.draft", Other: "save as a draft and keep the claim"}
	msgTranslateStrict   = &i18n.Message{ID: "cmd.translate.flag.strict", Other: "refuse (write nothing) when the checks find an error"}
	msgTranslateDone     = &i18n.Message{ID: "cmd.translate.done", Other: "{{.Segment}}: translated by {{.By}}; claim released"}
	msgTranslateDrafted  = &i18n.Message{ID: "cmd.translate.drafted", Other: "{{.Segment}}: draft saved by {{.By}}; still claimed"}
	msgTranslateKept     = &i18n.Message{ID: "cmd.translate.kept", Other: "{{.Segment}}: same English as approved; approval kept"}
	msgTranslateTookOver = &i18n.Message{ID: "cmd.translate.took-over", Other: "{{.Segment}}: the claim {{.By}} made at {{.At}} had expired; it is dropped"}
	msgTranslateNoText   = &i18n.Message{ID: "cmd.translate.no-text", Other: "give the English as an argument, or - to read it from standard input"}
	msgFinding           = &i18n.Message{ID: "cmd.translate.finding", Other: "{{.Segment}}: {{.Rule}}: {{.Message}}"}
	msgHintFindings      = &i18n.Message{ID: "hint.workflow.findings", Other: "fix the English, or approve anyway with --force (it is recorded)"}
	msgEditorHead        = &i18n.Message{ID: "cmd.translate.editor.head", Other: "bitext translate {{.Article}} {{.Segment}}: write the English below."}
	msgEditorRules       = &i18n.Message{ID: "cmd.translate.editor.rules", Other: "Lines starting with # are ignored, other lines are joined with spaces; an empty text aborts."}
	msgEditorZH          = &i18n.Message{ID: "cmd.translate.editor.zh", Other: "Chinese:"}
	msgEditorWas         = &i18n.Message{ID: "cmd.translate.editor.was", Other: "Chinese before the source changed:"}
	msgEditorComments    = &i18n.Message{ID: "cmd.translate.editor.comments", Other: "Comments:"}
	msgEditorComment     = &i18n.Message{ID: "cmd.translate.editor.comment", Other: "{{.By}}, {{.At}}: {{.Text}}"}
	msgEditorTerms       = &i18n.Message{ID: "cmd.translate.editor.terms", Other: "Glossary terms in this segment:"}
)

type translateOptions struct {
	article, segment string
	text             string
	hasText          bool
	draft, strict    bool
}

func (a *app) newTranslateCommand() *cli.Command {
	return &cli.Command{
		Name:      "translate",
		Usage:     a.t(msgTranslateUsage),
		ArgsUsage: "ARTICLE SEG [TEXT|-]",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.BoolFlag{Name: "draft", Usage: a.t(msgTranslateDraft)},
			&cli.BoolFlag{Name: "strict", Usage: a.t(msgTranslateStrict)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 2 || c.NArg() > 3 {
				return a.argsError("translate", c.NArg())
			}
			args := c.Args().Slice()
			opts := translateOptions{article: args[0], segment: args[1], draft: c.Bool("draft"), strict: c.Bool("strict")}
			if len(args) == 3 {
				opts.text, opts.hasText = args[2], true
			}
			return a.runTranslate(c, opts)
		},
	}
}

func (a *app) runTranslate(c *cli.Context, opts translateOptions) error {
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	text := opts.text
	switch {
	case opts.hasText && opts.text == "-":
		data, err := io.ReadAll(a.Stdin)
		if err != nil {
			return diag.Wrap("-", err)
		}
		text = string(data)
	case !opts.hasText:
		if a.IsTerminal == nil || !a.IsTerminal(a.Stdin) {
			return a.usageProblem("translate", msgTranslateNoText)
		}
		if text, err = a.editTranslation(ws, slug, opts.segment); err != nil {
			return err
		}
	}
	res, err := ws.Translate(slug, workflow.TranslateOptions{Segment: opts.segment, Text: text, As: as,
		Draft: opts.draft, Strict: opts.strict, Now: a.Now()})
	if res != nil {
		a.printFindings(res.Findings)
	}
	if err != nil {
		return a.refusals(err)
	}
	if res.TookOver != nil {
		a.warn(msgTranslateTookOver, "Segment", res.Segment.ID, "By", res.TookOver.By, "At", workflow.FormatTime(res.TookOver.At))
	}
	if res.Unchanged {
		a.say(msgTranslateKept, "Segment", res.Segment.ID)
		return nil
	}
	m := msgTranslateDone
	if opts.draft {
		m = msgTranslateDrafted
	}
	a.say(m, "Segment", res.Segment.ID, "By", as)
	return nil
}

// printFindings shows the per-segment check results on stderr, errors and
// warnings in bitext's voice. The workflow rules (untranslated, approval
// void, claim expired) are left out: they describe the state the command
// itself has just set or checked.
func (a *app) printFindings(fs []workflow.Finding) {
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "workflow.") {
			continue
		}
		if f.Message == "" {
			f.Message = a.findingMessage(&f)
		}
		kv := []any{"Segment", f.Segment, "Rule", f.Rule, "Message", f.Message}
		if f.Severity == workflow.SevError {
			fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.t(msgFinding, kv...)))
		} else {
			a.warn(msgFinding, kv...)
		}
	}
}

// editTranslation opens $EDITOR (then $VISUAL, then vi) on a temporary file
// showing the segment's Chinese and the glossary terms in it as # comments,
// and returns the English written there. An empty result aborts (exit 1).
func (a *app) editTranslation(ws *workflow.Workspace, slug, id string) (string, error) {
	art, err := ws.Load(slug)
	if err != nil {
		return "", err
	}
	s := art.File.Segment(id)
	if s == nil {
		return "", diag.New(diag.Usage, diag.CodeNoSegment, diag.A{"article": slug, "segment": id})
	}
	terms, err := ws.TermsIn(s.ZH)
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "bitext-translate-")
	if err != nil {
		return "", diag.Wrap(os.TempDir(), err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, slug+"-"+id+".txt")
	if err := os.WriteFile(path, []byte(a.editorText(slug, s, terms)), 0o600); err != nil {
		return "", diag.Wrap(path, err)
	}
	editor := a.Getenv("EDITOR")
	if editor == "" {
		editor = a.Getenv("VISUAL")
	}
	if editor == "" {
		editor = "vi"
	}
	cmd := exec.Command("sh", "-c", editor+` "$1"`, "sh", path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.Stdin, a.Stdout, a.Stderr
	if err := cmd.Run(); err != nil {
		return "", &diag.Error{Kind: diag.IO, Code: codeEditorFailed, Args: diag.A{"editor": editor, "cause": err.Error()}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", diag.Wrap(path, err)
	}
	text := workflow.StripComments(string(data))
	if strings.TrimSpace(text) == "" {
		return "", diag.New(diag.Refused, workflow.CodeEditAborted, nil)
	}
	return text, nil
}

// codeEditorFailed: the editor could not be run or exited non-zero (exit 2).
const codeEditorFailed = "err.translate.editor"

func init() {
	diag.Register(codeEditorFailed)
	registerErrorMessages(&i18n.Message{ID: codeEditorFailed, Other: "the editor {{.editor}} failed: {{.cause}}"})
}

func (a *app) editorText(slug string, s *articles.Segment, terms []*glossary.Term) string {
	var b strings.Builder
	line := func(t string) { fmt.Fprintf(&b, "# %s\n", t) }
	line(a.t(msgEditorHead, "Article", slug, "Segment", s.ID))
	line(a.t(msgEditorRules))
	b.WriteString("#\n")
	line(a.t(msgEditorZH))
	line("  " + s.ZH)
	if s.PreviousZH != "" {
		line(a.t(msgEditorWas))
		line("  " + s.PreviousZH)
	}
	if len(terms) > 0 {
		line(a.t(msgEditorTerms))
		for _, t := range terms {
			r := t.EN
			if t.Abbr != "" {
				r += " (" + t.Abbr + ")"
			}
			line("  " + strings.Join(t.ZH, ", ") + " → " + r)
		}
	}
	if len(s.Comments) > 0 {
		line(a.t(msgEditorComments))
		for _, c := range s.Comments {
			for i, l := range strings.Split(c.Text, "\n") {
				if i == 0 {
					l = a.t(msgEditorComment, "By", c.By, "At", since(c.At), "Text", l)
				}
				line("  " + l)
			}
		}
	}
	b.WriteString("#\n")
	if s.EN != "" {
		b.WriteString(s.EN + "\n")
	}
	return b.String()
}
