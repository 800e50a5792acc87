package main

import (
	"fmt"
	"runtime/debug"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"
)

var (
	msgFlagVersion = &i18n.Message{ID: "flag.version", Other: "show bitext's version and exit"}
	msgVersion     = &i18n.Message{ID: "version.plain", Other: "bitext {{.Version}}"}
	msgVersionVCS  = &i18n.Message{ID: "version.vcs", Other: "bitext {{.Version}} (revision {{.Revision}}{{if .Modified}}, modified{{end}}{{if .Time}}, {{.Time}}{{end}})"}
)

// buildVersion is what the Go toolchain recorded in the binary: the main
// module's version ("(devel)" for a plain build in a checkout) and, when
// built from a VCS checkout, the revision, whether the tree had local
// changes, and the commit time.
type buildVersion struct {
	Version, Revision, Time string
	Modified                bool
}

func readBuildVersion() buildVersion {
	v := buildVersion{Version: "(devel)"}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if info.Main.Version != "" {
		v.Version = info.Main.Version
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
			if len(v.Revision) > 12 {
				v.Revision = v.Revision[:12]
			}
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// versionFlag is --version/-v; printVersion answers it on stdout.
func (a *app) versionFlag() cli.Flag {
	return &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: a.t(msgFlagVersion)}
}

func (a *app) printVersion(*cli.Context) {
	v := readBuildVersion()
	m := msgVersion
	if v.Revision != "" {
		m = msgVersionVCS
	}
	fmt.Fprintln(a.Stdout, a.t(m, "Version", v.Version, "Revision", v.Revision, "Modified", v.Modified, "Time", v.Time))
}

var (
	msgLangUnavailable = &i18n.Message{ID: "lang.unavailable", Other: "language {{.Asked}} is not available; using English"}
	msgLangTraditional = &i18n.Message{ID: "lang.traditional", Other: "no messages in {{.Asked}} (Traditional Chinese); using Simplified Chinese"}
)

// langUnavailable says which language bitext speaks when the one asked for
// is not available.
func (a *app) langUnavailable(asked string) {
	m := msgLangUnavailable
	if a.lz.lang == "zh" {
		m = msgLangTraditional
	}
	a.warn(m, "Asked", asked)
}
