package main

import (
	"fmt"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
)

// Help in the user's language: bitext's own templates, help flag, help
// command and flag rendering replace urfave/cli's English ones.

var (
	msgHelpName     = &i18n.Message{ID: "help.name", Other: "NAME"}
	msgHelpUsage    = &i18n.Message{ID: "help.usage", Other: "USAGE"}
	msgHelpCommands = &i18n.Message{ID: "help.commands", Other: "COMMANDS"}
	msgHelpGlobal   = &i18n.Message{ID: "help.global-options", Other: "GLOBAL OPTIONS"}
	msgHelpOptions  = &i18n.Message{ID: "help.options", Other: "OPTIONS"}
	msgHelpDesc     = &i18n.Message{ID: "help.description", Other: "DESCRIPTION"}
	msgHelpCmdWord  = &i18n.Message{ID: "help.command-word", Other: "command"}
	msgHelpOptWord  = &i18n.Message{ID: "help.options-word", Other: "options"}
	msgHelpArgsWord = &i18n.Message{ID: "help.arguments-word", Other: "arguments"}
	msgHelpDefault  = &i18n.Message{ID: "help.default", Other: "default: {{.Value}}"}
	msgHelpCmdUsage = &i18n.Message{ID: "cmd.help.usage", Other: "show the commands, or help for one command"}
)

// setupHelp installs the localised help flag and flag rendering. urfave/cli
// keeps these in package variables; Main sets them once per run.
func (a *app) setupHelp() {
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: a.t(msgFlagHelp)}
	cli.FlagStringer = a.flagString
	cli.VersionFlag = a.versionFlag()
	cli.VersionPrinter = a.printVersion
}

// flagString renders one flag for help: names, placeholder, usage, default.
func (a *app) flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return strings.Join(f.Names(), ", ")
	}
	placeholder, usage := unquoteUsage(df.GetUsage())
	if placeholder == "" {
		placeholder = strings.ToUpper(f.Names()[0])
	}
	var names []string
	for _, n := range f.Names() {
		prefix := "--"
		if len(n) == 1 {
			prefix = "-"
		}
		if df.TakesValue() {
			names = append(names, prefix+n+" "+placeholder)
		} else {
			names = append(names, prefix+n)
		}
	}
	if df.TakesValue() {
		if v := df.GetValue(); v != "" {
			usage += " (" + a.t(msgHelpDefault, "Value", v) + ")"
		}
	}
	return fmt.Sprintf("%s\t%s", strings.Join(names, ", "), usage)
}

// newHelpCommand is `bitext help [COMMAND]`.
func (a *app) newHelpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Usage:     a.t(msgHelpCmdUsage),
		ArgsUsage: "[COMMAND]",
		Action: func(c *cli.Context) error {
			parent := c.Lineage()[1] // the app's context: topics are its commands
			name := c.Args().First()
			if name == "" {
				return cli.ShowAppHelp(parent)
			}
			if parent.App.Command(name) == nil {
				return &diag.Error{Kind: diag.Usage, Code: codeUnknownCommand, Args: diag.A{"command": name}}
			}
			return cli.ShowCommandHelp(parent, name)
		},
	}
}

func (a *app) localiseCommand(c *cli.Command) {
	c.CustomHelpTemplate = a.commandHelpTemplate()
	c.OnUsageError = a.usageError
	if len(c.Subcommands) > 0 {
		c.CustomHelpTemplate = a.subcommandHelpTemplate()
	}
	for _, s := range c.Subcommands {
		a.localiseCommand(s)
	}
}

func (a *app) appHelpTemplate() string {
	return a.t(msgHelpName) + `:
   {{.Name}} - {{.Usage}}

` + a.t(msgHelpUsage) + `:
   {{.HelpName}} [` + a.t(msgHelpGlobal) + `] ` + a.t(msgHelpCmdWord) + ` [` + a.t(msgHelpOptWord) + `] [` + a.t(msgHelpArgsWord) + `...]

` + a.t(msgHelpCommands) + `:{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}

` + a.t(msgHelpGlobal) + `:{{range .VisibleFlags}}
   {{.}}{{end}}

{{.Description}}
`
}

func (a *app) commandHelpTemplate() string {
	return a.t(msgHelpName) + `:
   {{.HelpName}} - {{.Usage}}

` + a.t(msgHelpUsage) + `:
   {{.HelpName}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}{{if .VisibleFlags}} [` + a.t(msgHelpOptWord) + `]{{end}}
{{if .Description}}
` + a.t(msgHelpDesc) + `:
   {{.Description}}
{{end}}{{if .VisibleFlags}}
` + a.t(msgHelpOptions) + `:{{range .VisibleFlags}}
   {{.}}{{end}}
{{end}}`
}

func (a *app) subcommandHelpTemplate() string {
	return a.t(msgHelpName) + `:
   {{.HelpName}} - {{.Usage}}

` + a.t(msgHelpUsage) + `:
   {{.HelpName}} ` + a.t(msgHelpCmdWord) + ` [` + a.t(msgHelpOptWord) + `] [` + a.t(msgHelpArgsWord) + `...]

` + a.t(msgHelpCommands) + `:{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}
`
}

// unquoteUsage splits a usage text into its `PLACEHOLDER` and the text with
// the backquotes removed (urfave/cli's own is unexported).
func unquoteUsage(usage string) (string, string) {
	start := strings.IndexByte(usage, '`')
	if start < 0 {
		return "", usage
	}
	end := strings.IndexByte(usage[start+1:], '`')
	if end < 0 {
		return "", usage
	}
	name := usage[start+1 : start+1+end]
	return name, usage[:start] + name + usage[start+2+end:]
}
