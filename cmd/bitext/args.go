package main

import (
	"regexp"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
)

// Usage-error codes raised while reading the command line.
const (
	codeUnknownCommand = "err.usage.unknown-command"
	codeUnknownFlag    = "err.usage.unknown-flag"
	codeFlagValue      = "err.usage.flag-value"
	codeArgs           = "err.usage.args"
	codeBadFormat      = "err.usage.format"
)

func init() {
	diag.Register(codeUnknownCommand, codeUnknownFlag, codeFlagValue, codeArgs, codeBadFormat)
}

type flagSpec struct {
	takesValue bool
}

func flagSpecs(flags []cli.Flag) map[string]flagSpec {
	m := map[string]flagSpec{}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			m[n] = flagSpec{takesValue: !isBool}
		}
	}
	return m
}

// normalizeArgs rewrites a command line so urfave/cli v2 reads it as users
// type it: flags may stand before or after positional arguments (v2 stops at
// the first positional, #1177), and global flags may follow the command. It
// also rejects unknown commands and flags with bitext's own message. The
// result is: prog, global flags, command [subcommand], its flags, "--",
// positionals.
func normalizeArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) == 0 {
		return args, nil
	}
	globals := flagSpecs(app.Flags)
	globals["help"], globals["h"] = flagSpec{}, flagSpec{}
	globals["version"], globals["v"] = flagSpec{}, flagSpec{}
	var globalOut, path, cmdFlags, positional []string
	var cmd *cli.Command
	var local map[string]flagSpec
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		tok := rest[i]
		if tok == "--" {
			positional = append(positional, rest[i+1:]...)
			break
		}
		if len(tok) > 1 && strings.HasPrefix(tok, "-") {
			name, _, hasValue := strings.Cut(strings.TrimLeft(tok, "-"), "=")
			spec, isLocal := local[name]
			if !isLocal {
				var isGlobal bool
				if spec, isGlobal = globals[name]; !isGlobal {
					return nil, &diag.Error{Kind: diag.Usage, Code: codeUnknownFlag, Args: diag.A{"flag": tok, "command": strings.Join(path, " ")}}
				}
			}
			group := []string{tok}
			if spec.takesValue && !hasValue {
				if i+1 >= len(rest) {
					return nil, &diag.Error{Kind: diag.Usage, Code: codeFlagValue, Args: diag.A{"flag": tok, "command": strings.Join(path, " ")}}
				}
				group = append(group, rest[i+1])
				i++
			}
			if isLocal {
				cmdFlags = append(cmdFlags, group...)
			} else {
				globalOut = append(globalOut, group...)
			}
			continue
		}
		// A positional: the command, a subcommand, or an argument.
		if next := nextCommand(app, cmd, len(positional), tok); next != nil {
			cmd = next
			path = append(path, tok)
			local = flagSpecs(cmd.Flags)
			local["help"], local["h"] = flagSpec{}, flagSpec{}
			continue
		}
		if cmd == nil && tok != "help" {
			return nil, &diag.Error{Kind: diag.Usage, Code: codeUnknownCommand, Args: diag.A{"command": tok}}
		}
		if cmd != nil && len(cmd.Subcommands) > 0 && len(positional) == 0 && cmd.Action == nil {
			return nil, &diag.Error{Kind: diag.Usage, Code: codeUnknownCommand, Args: diag.A{"command": strings.Join(append(path, tok), " ")}}
		}
		positional = append(positional, tok)
	}
	out := append([]string{args[0]}, globalOut...)
	out = append(out, path...)
	out = append(out, cmdFlags...)
	if len(positional) > 0 {
		if cmd != nil {
			out = append(out, "--")
		}
		out = append(out, positional...)
	}
	return out, nil
}

// nextCommand is the command (with cmd nil) or subcommand (before any
// argument) that the positional word tok names, or nil.
func nextCommand(app *cli.App, cmd *cli.Command, args int, tok string) *cli.Command {
	switch {
	case cmd == nil:
		return findCommand(app.Commands, tok)
	case args == 0:
		return findCommand(cmd.Subcommands, tok)
	}
	return nil
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// codeFlagInvalid: a flag's value could not be read (exit 2).
const codeFlagInvalid = "err.usage.flag-invalid"

// codeCommandLine: any other error urfave/cli met reading the command line.
const codeCommandLine = "err.usage.command-line"

func init() {
	diag.Register(codeFlagInvalid, codeCommandLine)
	registerErrorMessages(
		&i18n.Message{ID: codeFlagInvalid, Other: "invalid value {{.value}} for flag {{.flag}}"},
		&i18n.Message{ID: codeCommandLine, Other: "the command line could not be read ({{.detail}})"},
	)
}

// Go's flag package (which urfave/cli parses with) words its errors in
// these fixed forms; normalizeArgs catches unknown flags and missing values
// before, so what is left is a value that does not parse.
var (
	reFlagInvalid = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([\w-]+): `)
	reFlagNoValue = regexp.MustCompile(`^flag needs an argument: -+([\w-]+)$`)
	reFlagUnknown = regexp.MustCompile(`^flag provided but not defined: -+([\w-]+)$`)
)

// usageError turns urfave/cli's usage errors into bitext's own, so they are
// printed once, localised, on one line, and without the help urfave/cli
// would print on stdout.
func (a *app) usageError(c *cli.Context, err error, _ bool) error {
	command := ""
	if c != nil && c.Command != nil && c.Command.Name != "" && !c.Command.HasName(c.App.Name) {
		command = strings.TrimPrefix(c.Command.HelpName, c.App.Name+" ")
	}
	dash := func(name string) string {
		if len(name) == 1 {
			return "-" + name
		}
		return "--" + name
	}
	msg := err.Error()
	if m := reFlagInvalid.FindStringSubmatch(msg); m != nil {
		return &diag.Error{Kind: diag.Usage, Code: codeFlagInvalid, Args: diag.A{"flag": dash(m[2]), "value": m[1], "command": command}}
	}
	if m := reFlagNoValue.FindStringSubmatch(msg); m != nil {
		return &diag.Error{Kind: diag.Usage, Code: codeFlagValue, Args: diag.A{"flag": dash(m[1]), "command": command}}
	}
	if m := reFlagUnknown.FindStringSubmatch(msg); m != nil {
		return &diag.Error{Kind: diag.Usage, Code: codeUnknownFlag, Args: diag.A{"flag": dash(m[1]), "command": command}}
	}
	return &diag.Error{Kind: diag.Usage, Code: codeCommandLine, Args: diag.A{"detail": msg, "command": command}}
}
