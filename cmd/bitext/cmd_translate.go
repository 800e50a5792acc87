package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgTranslateUsage      = &i18n.Message{ID: "cmd.translate.usage", Other: "set a segment's English (from the argument, standard input with -, or $EDITOR), or confirm it as it stands with --confirm"}
	msgTranslateDraft      = &i18n.Message{ID: "cmd.translate.flag.draft", Other: "save as a draft and keep the claim"}
	msgTranslateStrict     = &i18n.Message{ID: "cmd.translate.flag.strict", Other: "refuse (write nothing) when the checks find an error"}
	msgTranslateDone       = &i18n.Message{ID: "cmd.translate.done", Other: "{{.Segment}}: translated by {{.By}}; claim released"}
	msgTranslateDrafted    = &i18n.Message{ID: "cmd.translate.drafted", Other: "{{.Segment}}: draft saved by {{.By}}; still claimed"}
	msgTranslateKept       = &i18n.Message{ID: "cmd.translate.kept", Other: "{{.Segment}}: same English as approved; approval kept"}
	msgTranslateTookOver   = &i18n.Message{ID: "cmd.translate.took-over", Other: "{{.Segment}}: the claim {{.By}} made at {{.At}} had expired; it is dropped"}
	msgTranslateNoText     = &i18n.Message{ID: "cmd.translate.no-text", Other: "give the English as an argument, or - to read it from standard input"}
	msgFindingLine         = &i18n.Message{ID: "cmd.translate.finding-line", Other: "{{.Segment}}: {{.Severity}}: {{.Rule}}: {{.Message}}"}
	msgHintStrict          = &i18n.Message{ID: "hint.translate.strict", Other: "fix the English, or leave out --strict to save it with its findings"}
	msgHintKept            = &i18n.Message{ID: "hint.translate.kept", Other: "your English is kept in {{.File}}: run the same command to edit it again, or save it with 'bitext translate {{.Article}} {{.Segment}} - < {{.File}}'"}
	msgEditorKept          = &i18n.Message{ID: "cmd.translate.editor.kept", Other: "The English below is what you wrote last time, kept when translate refused it."}
	msgTranslateNotDropped = &i18n.Message{ID: "cmd.translate.not-dropped", Other: "the English kept from an earlier attempt could not be removed: {{.Cause}}"}
	msgHintFindings        = &i18n.Message{ID: "hint.workflow.findings", Other: "fix the English, or approve anyway with --force (it is recorded)"}
	msgEditorHead          = &i18n.Message{ID: "cmd.translate.editor.head", Other: "bitext translate {{.Article}} {{.Segment}}: write the English below."}
	msgEditorRules         = &i18n.Message{ID: "cmd.translate.editor.rules", Other: "Lines starting with # are ignored, other lines are joined with spaces; an empty text aborts."}
	msgEditorZH            = &i18n.Message{ID: "cmd.translate.editor.zh", Other: "Chinese:"}
	msgEditorWas           = &i18n.Message{ID: "cmd.translate.editor.was", Other: "Chinese before the source changed:"}
	msgEditorComments      = &i18n.Message{ID: "cmd.translate.editor.comments", Other: "Comments:"}
	msgEditorComment       = &i18n.Message{ID: "cmd.translate.editor.comment", Other: "{{.By}}, {{.At}}: {{.Text}}"}
	msgEditorTerms         = &i18n.Message{ID: "cmd.translate.editor.terms", Other: "Glossary terms in this segment:"}

	msgTranslateConfirm    = &i18n.Message{ID: "cmd.translate.flag.confirm", Other: "confirm the segments' English as it stands (state translated), without retyping it: ARTICLE SEG..."}
	msgTranslateConfirmed  = &i18n.Message{ID: "cmd.translate.confirmed", Other: "{{.Segment}}: English confirmed by {{.By}}, state translated; claim released"}
	msgConfirmWithText     = &i18n.Message{ID: "cmd.translate.confirm.text", Other: "--confirm keeps the English as it stands and takes no TEXT: '{{.Arg}}' is not a segment of {{.Article}}"}
	msgConfirmWithDraft    = &i18n.Message{ID: "cmd.translate.confirm.draft", Other: "--confirm makes a segment translated: it does not go with --draft"}
	msgErrConfirmNoEnglish = &i18n.Message{ID: "err.confirm.no-english", Other: "segment {{.segment}} of {{.article}} has no English to confirm: translate it with 'bitext translate {{.article}} {{.segment}}'"}
	msgErrConfirmStale     = &i18n.Message{ID: "err.confirm.stale", Other: "segment {{.segment}} of {{.article}} is stale: its English was written for another Chinese, so look at it and translate it again with 'bitext translate {{.article}} {{.segment}}'"}
	msgErrConfirmConflict  = &i18n.Message{ID: "err.confirm.conflict", Other: "segment {{.segment}} of {{.article}} has two Englishes from a merge: keep one with 'bitext resolve {{.article}} {{.segment}} --ours' (or --theirs)"}
)

func init() {
	registerErrorMessages(msgErrConfirmNoEnglish, msgErrConfirmStale, msgErrConfirmConflict)
}

type translateOptions struct {
	article, segment string
	text             string
	hasText          bool
	draft, strict    bool
	confirm          bool
	segments         []string // with confirm: every segment named
}

func (a *app) newTranslateCommand() *cli.Command {
	return &cli.Command{
		Name:      "translate",
		Usage:     a.t(msgTranslateUsage),
		ArgsUsage: "ARTICLE SEG [TEXT|-] | ARTICLE SEG... --confirm",
		Flags: []cli.Flag{
			a.asFlag(),
			&cli.BoolFlag{Name: "draft", Usage: a.t(msgTranslateDraft)},
			&cli.BoolFlag{Name: "strict", Usage: a.t(msgTranslateStrict)},
			&cli.BoolFlag{Name: "confirm", Usage: a.t(msgTranslateConfirm)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 2 || (c.NArg() > 3 && !c.Bool("confirm")) {
				return a.argsError("translate", c.NArg())
			}
			args := c.Args().Slice()
			opts := translateOptions{article: args[0], segment: args[1], draft: c.Bool("draft"), strict: c.Bool("strict")}
			if c.Bool("confirm") {
				opts.confirm, opts.segments = true, args[1:]
				return a.runConfirm(c, opts)
			}
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
	edited := false
	switch {
	case opts.hasText && opts.text == "-":
		data, err := io.ReadAll(a.Stdin)
		if err != nil {
			return diag.Wrap("-", err)
		}
		text = string(data)
		if utf8.Valid(data) { // else CleanText says at which byte
			text = workflow.JoinLines(text)
		}
	case !opts.hasText:
		if !a.interactive() {
			return a.usageProblem("translate", msgTranslateNoText)
		}
		// refuse what can be refused before anybody types a word
		s, err := ws.CheckTranslate(slug, opts.segment, as, a.Now())
		if err != nil {
			return a.refusals(err)
		}
		if text, err = a.editTranslation(ws, slug, s); err != nil {
			return err
		}
		edited = true
	}
	res, err := ws.Translate(slug, workflow.TranslateOptions{Segment: opts.segment, Text: text, As: as,
		Draft: opts.draft, Strict: opts.strict, Now: a.Now()})
	if res != nil {
		a.printFindings(res.Findings)
	}
	if err != nil {
		a.findingsHint = msgHintStrict
		if !edited {
			return a.refusals(err)
		}
		// never lose what was typed in the editor
		path, kerr := ws.KeepUnsaved(slug, opts.segment, text)
		if kerr != nil || path == "" {
			return a.refusals(err)
		}
		keptHint := func() {
			a.hint(msgHintKept, "File", workflow.Rel(ws.Root, path), "Article", slug, "Segment", opts.segment)
		}
		if rerr := a.refusals(err); rerr != errNo {
			a.after = keptHint
			return rerr
		}
		keptHint()
		return errNo
	}
	if edited {
		if err := ws.DropUnsaved(slug, opts.segment); err != nil {
			a.warn(msgTranslateNotDropped, "Cause", err.Error())
		}
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

// runConfirm is `translate ARTICLE SEG... --confirm`: each segment's
// English is confirmed as it stands, as translating the same English
// would, all or nothing.
func (a *app) runConfirm(c *cli.Context, opts translateOptions) error {
	if opts.draft {
		return a.usageProblem("translate", msgConfirmWithDraft)
	}
	ws, slug, as, err := a.workflowTarget(c, opts.article)
	if err != nil {
		return err
	}
	res, err := ws.Confirm(slug, workflow.ConfirmOptions{Segments: opts.segments, As: as, Strict: opts.strict, Now: a.Now()})
	if res != nil {
		a.printFindings(res.Findings)
	}
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Code == diag.CodeNoSegment && slices.Contains(opts.segments[1:], fmt.Sprint(de.Args["segment"])) {
			// a TEXT (or -) typed after the segment: say so, rather
			// than "no segment 'The delegates ...'"
			return &diag.Error{Kind: diag.Usage, Code: codeArgs, Args: diag.A{"command": "translate",
				"problem": a.t(msgConfirmWithText, "Arg", de.Args["segment"], "Article", slug)}}
		}
		a.findingsHint = msgHintStrict
		return a.refusals(err)
	}
	for _, r := range res.Segments {
		if r.TookOver != nil {
			a.warn(msgTranslateTookOver, "Segment", r.Segment.ID, "By", r.TookOver.By, "At", workflow.FormatTime(r.TookOver.At))
		}
		if r.Unchanged {
			a.say(msgTranslateKept, "Segment", r.Segment.ID)
			continue
		}
		a.say(msgTranslateConfirmed, "Segment", r.Segment.ID, "By", as)
	}
	return nil
}

// interactive reports whether bitext may open an editor: standard input and
// standard output both a terminal (with either redirected, an editor such
// as vi hangs or draws into a pipe).
func (a *app) interactive() bool {
	return a.IsTerminal != nil && a.IsTerminal(a.Stdin) && a.IsTerminal(a.Stdout)
}

// printFindings shows the per-segment check results on stderr as findings,
// each with its severity (the command may well have succeeded). The
// workflow rules (untranslated, approval void, claim expired) are left
// out: they describe the state the command itself has just set or checked.
func (a *app) printFindings(fs []workflow.Finding) {
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "workflow.") {
			continue
		}
		if f.Message == "" {
			f.Message = a.findingMessage(&f)
		}
		sev := a.t(msgCheckSevError)
		if f.Severity == workflow.SevWarning {
			sev = a.t(msgCheckSevWarning)
		}
		fmt.Fprintln(a.Stderr, a.t(msgFindingLine, "Segment", f.Segment, "Severity", sev, "Rule", f.Rule, "Message", f.Message))
	}
}

// editTranslation opens $EDITOR (then $VISUAL, then vi) on a temporary file
// showing the segment's Chinese and the glossary terms in it as # comments,
// and returns the English written there. An empty result aborts (exit 1).
// The English offered is the one kept from a refused attempt, if any, else
// the segment's.
func (a *app) editTranslation(ws *workflow.Workspace, slug string, s *articles.Segment) (string, error) {
	terms, err := ws.TermsIn(s.ZH)
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "bitext-translate-")
	if err != nil {
		return "", diag.Wrap(os.TempDir(), err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, slug+"-"+filepath.Base(s.ID)+".txt")
	en, kept := ws.Unsaved(slug, s.ID)
	if !kept {
		en = s.EN
	}
	var sugs []workflow.Suggestion
	if ix, err := ws.Memory(); err == nil { // the matches are a help: a memory that cannot be read shows none
		sugs = workflow.Suggest(ix, s.ZH, slug+"/"+s.ID, workflow.DefaultFuzzyThreshold, 3)
	}
	if err := os.WriteFile(path, []byte(a.editorText(slug, s, terms, sugs, en, kept)), 0o600); err != nil {
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

func (a *app) editorText(slug string, s *articles.Segment, terms []*glossary.Term, sugs []workflow.Suggestion, en string, kept bool) string {
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
	if len(sugs) > 0 {
		line(a.t(msgSuggestHead, "Threshold", percent(workflow.DefaultFuzzyThreshold)))
		var sb strings.Builder
		a.writeSuggestions(&sb, sugs, s.ZH, "  ")
		for _, l := range strings.Split(strings.TrimRight(sb.String(), "\n"), "\n") {
			line(l)
		}
	}
	b.WriteString("#\n")
	if kept {
		line(a.t(msgEditorKept))
	}
	if en != "" {
		b.WriteString(en + "\n")
	}
	return b.String()
}
