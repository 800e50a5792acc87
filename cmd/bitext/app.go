package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

// Env is everything bitext takes from the outside world, so tests can drive
// Main with their own.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Getwd          func() (string, error)
	Now            func() time.Time
	// IsTerminal reports whether a stream is an interactive terminal.
	IsTerminal func(any) bool
	// TermWidth is the width in columns of a stream that is a terminal,
	// else 0.
	TermWidth func(any) int
}

// NewOSEnv is the real process environment.
func NewOSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, Getwd: os.Getwd, Now: time.Now,
		IsTerminal: func(s any) bool {
			// a real terminal test: /dev/null is a character device too
			f, ok := s.(*os.File)
			return ok && term.IsTerminal(int(f.Fd()))
		},
		TermWidth: func(s any) int {
			f, ok := s.(*os.File)
			if !ok || !term.IsTerminal(int(f.Fd())) {
				return 0
			}
			w, _, err := term.GetSize(int(f.Fd()))
			if err != nil {
				return 0
			}
			return w
		},
	}
}

// app is one run of bitext: the environment, the chosen language and what
// the global flags said. Commands get it instead of reaching for globals.
type app struct {
	Env
	lz       *localizer
	root     string // the open workspace's root, once known
	exitCode int    // set by a command whose answer is "no" (exit 1)
	// findingsHint, when set, replaces the hint after a refusal for error
	// findings (translate --strict has no --force to point to).
	findingsHint *i18n.Message
	// after, when set, prints more (a hint) after the error is reported.
	after func()
	// flagChoices are the values a flag takes, for shell completion.
	flagChoices map[cli.Flag][]string
	// argsUsage is each command's ARGS usage ("glossary show": "TERM"),
	// for the error of a command given the wrong arguments.
	argsUsage map[string]string
	// running is the command being run, once it runs (noteRunning).
	running string
}

// Exit codes, as the contract and README document them.
const (
	exitOK      = 0
	exitNo      = 1 // done, and the answer is no: findings with errors, a refusal
	exitCantRun = 2 // bad usage, invalid input, I/O failure
)

var (
	msgAppUsage    = &i18n.Message{ID: "app.usage", Other: "keep Chinese news articles and their English translations aligned, consistent and reviewed"}
	msgAppDesc     = &i18n.Message{ID: "app.description", Other: "Exit codes: 0 done (check found no error); 1 done, and the answer is no (check found errors, a claim or approval was refused); 2 could not run (bad usage, invalid input, I/O failure)."}
	msgFlagWS      = &i18n.Message{ID: "flag.workspace", Other: "the workspace `DIR` (default: the nearest directory up with bitext.yaml, else the current one)"}
	msgFlagLang    = &i18n.Message{ID: "flag.lang", Other: "language of bitext's messages: en or zh (default from LC_ALL/LANG)"}
	msgFlagNoColor = &i18n.Message{ID: "flag.no-color", Other: "never colour the output"}
	msgFlagHelp    = &i18n.Message{ID: "flag.help", Other: "show help"}
	msgFlagFormat  = &i18n.Message{ID: "flag.format", Other: "output `FORMAT`: {{.Formats}}"}
	msgFlagAs      = &i18n.Message{ID: "flag.as", Other: "act as `NAME` (default: $BITEXT_USER, then git config user.name)"}
	msgErrorPrefix = &i18n.Message{ID: "voice.error", Other: "bitext: error: {{.Text}}"}
	msgHintPrefix  = &i18n.Message{ID: "voice.hint", Other: "bitext: hint: {{.Text}}"}
	msgWarnPrefix  = &i18n.Message{ID: "voice.warning", Other: "bitext: warning: {{.Text}}"}
	msgErrGeneric  = &i18n.Message{ID: "err.generic", Other: "{{.Detail}}"}
	msgHintHelp    = &i18n.Message{ID: "hint.help", Other: "run 'bitext --help' for the commands, or 'bitext COMMAND --help' for one"}
	msgHintCmdHelp = &i18n.Message{ID: "hint.command-help", Other: "run 'bitext {{.Command}} --help' for its usage"}
)

// Main runs bitext with args (args[0] is the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Now == nil {
		env.Now = time.Now
	}
	a := &app{Env: env}
	lang, unavailable := chooseLang(langFlag(args), env.Getenv)
	a.lz = newLocalizer(bundleFor(lang), lang)
	if unavailable != "" {
		a.langUnavailable(unavailable)
	}
	cliApp := a.newCLI()
	if len(args) > 1 && args[1] == completeCommand {
		a.complete(cliApp, args[2:])
		return exitOK
	}
	norm, err := normalizeArgs(cliApp, args)
	if err != nil {
		return a.report(err)
	}
	if err := cliApp.Run(norm); err != nil {
		return a.report(err)
	}
	return a.exitCode
}

// langFlag finds --lang before the app is built, so help is localised too.
func langFlag(args []string) string {
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if (a == "--lang" || a == "-lang") && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

func (a *app) t(m *i18n.Message, kv ...any) string {
	var data map[string]any
	if len(kv) > 0 {
		data = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			data[kv[i].(string)] = kv[i+1]
		}
	}
	return a.lz.T(m, data)
}

func (a *app) newCLI() *cli.App {
	a.setupHelp()
	app := &cli.App{
		Name:                 "bitext",
		Usage:                a.t(msgAppUsage),
		Description:          a.t(msgAppDesc),
		Writer:               a.Stdout,
		ErrWriter:            a.Stderr,
		Version:              "-", // printed by printVersion, from the build info
		EnableBashCompletion: false,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "workspace", Aliases: []string{"C"}, Usage: a.t(msgFlagWS)},
			&cli.StringFlag{Name: "lang", Usage: a.t(msgFlagLang)},
			&cli.BoolFlag{Name: "no-color", Usage: a.t(msgFlagNoColor)},
			cli.VersionFlag,
			cli.HelpFlag, // added by hand: bitext's own help command hides urfave/cli's
		},
		Commands:               append(a.commands(), a.newHelpCommand()),
		HideHelpCommand:        true,
		ExitErrHandler:         func(*cli.Context, error) {}, // exit codes are ours (#1090)
		OnUsageError:           a.usageError,
		CustomAppHelpTemplate:  a.appHelpTemplate(),
		UseShortOptionHandling: false,
	}
	a.argsUsage = map[string]string{}
	for _, c := range app.Commands {
		a.localiseCommand(c)
		a.argsUsage[c.Name] = c.ArgsUsage
		a.noteRunning(c, c.Name)
		for _, sub := range c.Subcommands {
			a.argsUsage[c.Name+" "+sub.Name] = sub.ArgsUsage
			a.noteRunning(sub, c.Name+" "+sub.Name)
		}
	}
	return app
}

// noteRunning makes command c record its name when it runs, so a usage
// error that does not name its command (an unknown --format) still points
// at 'bitext COMMAND --help'.
func (a *app) noteRunning(c *cli.Command, name string) {
	before := c.Before
	c.Before = func(ctx *cli.Context) error {
		a.running = name
		if before != nil {
			return before(ctx)
		}
		return nil
	}
}

// commands is the list of bitext's commands, one file each.
func (a *app) commands() []*cli.Command {
	return []*cli.Command{ // in the contract's order
		a.newInitCommand(),
		a.newAddCommand(),
		a.newStatusCommand(),
		a.newSyncCommand(),
		a.newCheckoutCommand(),
		a.newReleaseCommand(),
		a.newTranslateCommand(),
		a.newDiffCommand(),
		a.newShowCommand(),
		a.newLogCommand(),
		a.newReportCommand(),
		a.newApproveCommand(),
		a.newAcceptCommand(),
		a.newRejectCommand(),
		a.newCheckCommand(),
		a.newGlossaryCommand(),
		a.newExportCommand(),
		a.newJoinCommand(),
		a.newSplitCommand(),
		a.newMoveCommand(),
		a.newRealignCommand(),
		a.newImportCommand(),
		a.newResolveCommand(),
		a.newMergeDriverCommand(),
		a.newGitCommand(),
		a.newSuggestCommand(),
		a.newSearchCommand(),
		a.newTMCommand(),
		a.newCompletionCommand(),
	}
}

// formatFlag is the --format flag of a command offering the given formats.
func (a *app) formatFlag(formats ...string) *cli.StringFlag {
	f := &cli.StringFlag{Name: "format", Value: formats[0], Usage: a.t(msgFlagFormat, "Formats", strings.Join(formats, ", "))}
	a.choices(f, formats...)
	return f
}

// checkFormat rejects a --format value the command does not offer.
func checkFormat(got string, formats ...string) error {
	for _, f := range formats {
		if got == f {
			return nil
		}
	}
	return &diag.Error{Kind: diag.Usage, Code: codeBadFormat, Args: diag.A{"format": got, "formats": strings.Join(formats, ", ")}}
}

// asFlag is the --as flag of commands that act for a person.
func (a *app) asFlag() *cli.StringFlag {
	return &cli.StringFlag{Name: "as", Usage: a.t(msgFlagAs)}
}

// identity is --as, else $BITEXT_USER, else git config user.name.
func (a *app) identity(c *cli.Context) (string, error) {
	if v := strings.TrimSpace(c.String("as")); v != "" {
		return v, nil
	} else if c.IsSet("as") {
		// --as "$NAME" with NAME unset: acting as someone else (git's
		// user.name) would record the approval under the wrong name
		return "", &diag.Error{Kind: diag.Usage, Code: codeFlagValue, Args: diag.A{"flag": "--as"}}
	}
	if v := strings.TrimSpace(a.Getenv("BITEXT_USER")); v != "" {
		return v, nil
	}
	if out, err := exec.Command("git", "config", "user.name").Output(); err == nil {
		if v := strings.TrimSpace(string(out)); v != "" {
			return v, nil
		}
	}
	return "", &diag.Error{Kind: diag.Usage, Code: diag.CodeNoIdentity}
}

// workspace opens the workspace named by -C, or found from the current directory.
func (a *app) workspace(c *cli.Context) (*workflow.Workspace, error) {
	cwd, err := a.Getwd()
	if err != nil {
		return nil, diag.Wrap(".", err)
	}
	ws, err := workflow.Find(c.String("workspace"), cwd)
	if err != nil {
		return nil, err
	}
	a.root = ws.Root
	ws.OnLockWait = a.lockWait
	return ws, nil
}

// color reports whether output to w may be coloured.
func (a *app) color(c *cli.Context, w io.Writer) bool {
	if c.Bool("no-color") || a.Getenv("NO_COLOR") != "" || a.Getenv("TERM") == "dumb" {
		return false
	}
	return a.IsTerminal != nil && a.IsTerminal(w)
}

// say prints a line of human text to stderr (stdout stays for data).
func (a *app) say(m *i18n.Message, kv ...any) {
	fmt.Fprintln(a.Stderr, a.t(m, kv...))
}

// warn prints a warning in bitext's voice.
func (a *app) warn(m *i18n.Message, kv ...any) {
	fmt.Fprintln(a.Stderr, a.t(msgWarnPrefix, "Text", a.t(m, kv...)))
}

// hint prints a hint in bitext's voice.
func (a *app) hint(m *i18n.Message, kv ...any) {
	fmt.Fprintln(a.Stderr, a.t(msgHintPrefix, "Text", a.t(m, kv...)))
}

// errNo is returned by a command whose answer is "no" after it has said why.
var errNo = errors.New("answer is no")

// report prints an error once, in the user's language, and returns the exit code.
func (a *app) report(err error) int {
	if a.after != nil {
		defer a.after()
	}
	if errors.Is(err, errNo) {
		return exitNo
	}
	var de *diag.Error
	if !errors.As(err, &de) {
		// urfave/cli's own errors (a missing flag value and such).
		fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.t(msgErrGeneric, "Detail", err.Error())))
		a.hint(msgHintHelp)
		return exitCantRun
	}
	fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.renderError(de)))
	if h := hintFor(de.Code, de.Args); h != nil {
		cmd, _ := de.Args["command"].(string)
		if cmd == "" {
			cmd = a.running
		}
		if h == msgHintCmdHelp && cmd == "" {
			h = msgHintHelp
		}
		kv := []any{"Command", cmd}
		for k, v := range de.Args {
			if k != "command" {
				kv = append(kv, k, v)
			}
		}
		a.hint(h, kv...)
	}
	if de.Kind == diag.Refused {
		return exitNo
	}
	return exitCantRun
}

// renderError renders a diag error: position (workspace-relative when we
// know the workspace), then the localised message.
func (a *app) renderError(de *diag.Error) string {
	data := map[string]any{}
	for k, v := range de.Args {
		data[k] = v
	}
	if de.File != "" {
		data["file"] = a.relPath(de.File)
	}
	m := errorMessage(de.Code)
	text := a.lz.T(m, data)
	pos := (&diag.Error{File: a.relPath(de.File), Line: de.Line, Col: de.Col}).Pos()
	if pos != "" {
		return pos + ": " + text
	}
	return text
}

// relPath shows a path relative to the workspace (or, before one is open,
// the current directory) when it lies below it, slash-separated.
func (a *app) relPath(p string) string {
	if p == "" {
		return ""
	}
	if a.root != "" {
		return workflow.Rel(a.root, p)
	}
	if cwd, err := a.Getwd(); err == nil {
		return workflow.Rel(cwd, p)
	}
	return p
}
