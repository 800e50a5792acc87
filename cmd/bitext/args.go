package main

import (
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
					return nil, &diag.Error{Kind: diag.Usage, Code: codeFlagValue, Args: diag.A{"flag": tok}}
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
		var subs []*cli.Command
		if cmd == nil {
			subs = app.Commands
		} else if len(positional) == 0 {
			subs = cmd.Subcommands
		}
		if next := findCommand(subs, tok); next != nil {
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

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}
