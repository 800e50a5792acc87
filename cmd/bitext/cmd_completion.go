package main

import (
	"fmt"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgCompletionUsage = &i18n.Message{ID: "cmd.completion.usage", Other: "print the shell completion script for bash, zsh or fish (commands, flags, article slugs, segment ids)"}
	msgCompletionShell = &i18n.Message{ID: "cmd.completion.shell", Other: "name the shell: bash, zsh or fish"}
)

// completeCommand is the hidden command the completion scripts call with
// the words typed so far (the last one being completed); it prints the
// candidates, one a line. Main runs it before the command line is read, so
// half-typed flags are no error.
const completeCommand = "__complete"

var shells = []string{"bash", "zsh", "fish"}

func (a *app) newCompletionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     a.t(msgCompletionUsage),
		ArgsUsage: "bash|zsh|fish",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.usageProblem("completion", msgCompletionShell)
			}
			script, ok := completionScripts[c.Args().First()]
			if !ok {
				return a.usageProblem("completion", msgCompletionShell)
			}
			_, err := fmt.Fprint(a.Stdout, script)
			return err
		},
	}
}

// choices records the values a flag takes, for completion.
func (a *app) choices(f cli.Flag, values ...string) {
	if a.flagChoices == nil {
		a.flagChoices = map[cli.Flag][]string{}
	}
	a.flagChoices[f] = values
}

// complete prints the completions of the last of words (the words after
// "bitext" on the command line being typed) on stdout. It never fails:
// what it cannot read, it does not offer.
func (a *app) complete(app *cli.App, words []string) {
	if len(words) == 0 {
		words = []string{""}
	}
	cur, done := words[len(words)-1], words[:len(words)-1]
	var cmd *cli.Command
	var positional []string
	workspace := ""
	var valueOf cli.Flag // the flag whose value is being typed
	for i := 0; i < len(done); i++ {
		w := done[i]
		if w == "--" {
			positional = append(positional, done[i+1:]...)
			break
		}
		if len(w) > 1 && strings.HasPrefix(w, "-") {
			name, value, hasValue := strings.Cut(strings.TrimLeft(w, "-"), "=")
			f := lookupFlag(cmd, app, name)
			if f == nil || !takesValue(f) {
				continue
			}
			if !hasValue {
				if i+1 == len(done) {
					valueOf = f
					break
				}
				i++
				value = done[i]
			}
			if name == "C" || name == "workspace" {
				workspace = value
			}
			continue
		}
		if next := nextCommand(app, cmd, len(positional), w); next != nil {
			cmd = next
			continue
		}
		positional = append(positional, w)
	}
	var cands []string
	switch {
	case valueOf != nil:
		cands = a.flagChoices[valueOf]
		if valueOf.Names()[0] == "lang" {
			cands = []string{"en", "zh"}
		}
	case strings.HasPrefix(cur, "-"):
		flags := app.Flags
		if cmd != nil {
			flags = append(append([]cli.Flag{}, cmd.Flags...), app.Flags...)
		}
		for _, f := range flags {
			for _, n := range f.Names() {
				if len(n) == 1 {
					cands = append(cands, "-"+n)
				} else {
					cands = append(cands, "--"+n)
				}
			}
		}
	case cmd == nil:
		cands = commandNames(app.Commands)
	case len(cmd.Subcommands) > 0 && len(positional) == 0:
		cands = commandNames(cmd.Subcommands)
	default:
		cands = a.completeArg(app, argKind(cmd.ArgsUsage, len(positional)), workspace, positional)
	}
	for _, c := range cands {
		if strings.HasPrefix(c, cur) {
			fmt.Fprintln(a.Stdout, c)
		}
	}
}

func lookupFlag(cmd *cli.Command, app *cli.App, name string) cli.Flag {
	var flags []cli.Flag
	if cmd != nil {
		flags = cmd.Flags
	}
	for _, f := range append(flags, app.Flags...) {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

func takesValue(f cli.Flag) bool {
	df, ok := f.(cli.DocGenerationFlag)
	return ok && df.TakesValue()
}

func commandNames(cmds []*cli.Command) []string {
	var out []string
	for _, c := range cmds {
		if !c.Hidden {
			out = append(out, c.Name)
		}
	}
	return out
}

// What an argument names, read from the command's ArgsUsage.
const (
	argOther = iota
	argArticle
	argSegment
	argTerm
	argCommand
	argShell
)

// argKind reads a command's ArgsUsage ("ARTICLE [SEG...|--all]") for what
// its argument at index i names: ARTICLE an article slug, SEG (FROM_SEG,
// ...) a segment id, TERM a glossary term, COMMAND a command; of
// alternatives the first counts, and the last "X..." repeats.
func argKind(usage string, i int) int {
	usage = strings.NewReplacer("[", " ", "]", " ").Replace(usage)
	var kinds []int
	repeat := false
	for _, tok := range strings.Fields(usage) {
		tok, _, _ = strings.Cut(tok, "|")
		tok, repeat = strings.CutSuffix(tok, "...")
		k := argOther
		switch {
		case tok == "ARTICLE":
			k = argArticle
		case strings.Contains(tok, "SEG"):
			k = argSegment
		case tok == "TERM":
			k = argTerm
		case tok == "COMMAND":
			k = argCommand
		case tok == "bash":
			k = argShell
		}
		kinds = append(kinds, k)
	}
	switch {
	case i < len(kinds):
		return kinds[i]
	case repeat && len(kinds) > 0:
		return kinds[len(kinds)-1]
	}
	return argOther
}

func (a *app) completeArg(app *cli.App, kind int, workspace string, positional []string) []string {
	switch kind {
	case argCommand:
		return commandNames(app.Commands)
	case argShell:
		return shells
	case argOther:
		return nil
	}
	cwd, err := a.Getwd()
	if err != nil {
		return nil
	}
	ws, err := workflow.Find(workspace, cwd)
	if err != nil {
		return nil
	}
	switch kind {
	case argArticle:
		slugs, _ := ws.Slugs()
		return slugs
	case argSegment:
		if len(positional) == 0 {
			return nil
		}
		art, err := ws.Load(positional[0])
		if err != nil {
			return nil
		}
		var ids []string
		for _, s := range art.File.Segments {
			ids = append(ids, s.ID)
		}
		return ids
	case argTerm:
		g, err := ws.LoadGlossary()
		if err != nil {
			return nil
		}
		var ids []string
		for _, t := range g.Terms {
			ids = append(ids, t.ID)
		}
		return ids
	}
	return nil
}

// The scripts ask `bitext __complete WORDS...` for the candidates; where it
// has none (a file name, say), the shell completes file names.
var completionScripts = map[string]string{
	"bash": `# bitext completion for bash: add to ~/.bashrc
#   source <(bitext completion bash)
_bitext() {
    local IFS=$'\n'
    COMPREPLY=($(bitext __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _bitext bitext
`,
	"zsh": `#compdef bitext
# bitext completion for zsh: add to ~/.zshrc (after compinit)
#   source <(bitext completion zsh)
_bitext() {
    local -a cands
    cands=("${(@f)$(bitext __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    cands=(${cands:#})
    if (( ${#cands} )); then
        compadd -- "${cands[@]}"
    else
        _files
    fi
}
if [ "$funcstack[1]" = "_bitext" ]; then
    _bitext "$@"
else
    compdef _bitext bitext
fi
`,
	"fish": `# bitext completion for fish: add to ~/.config/fish/config.fish
#   bitext completion fish | source
function __bitext_complete
    set -l words (commandline -opc) (commandline -ct)
    bitext __complete $words[2..-1] 2>/dev/null
end
complete -c bitext -f -a '(__bitext_complete)'
complete -c bitext -n 'test -z "$(__bitext_complete)"' -F
`,
}
