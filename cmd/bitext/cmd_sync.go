package main

import (
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"
)

var (
	msgSyncUsage     = &i18n.Message{ID: "cmd.sync.usage", Other: "re-segment changed sources; keep translations of unchanged segments, mark edited ones stale, archive removed ones"}
	msgSyncSummary   = &i18n.Message{ID: "cmd.sync.summary", Other: "{{.Article}}: {{.Kept}} kept, {{.Stale}} stale, {{.New}} new, {{.Archived}} archived"}
	msgSyncCosmetic  = &i18n.Message{ID: "cmd.sync.cosmetic", One: "{{.Article}}: {{.Count}} segment kept its English through a punctuation-only edit; 'bitext diff' shows it", Other: "{{.Article}}: {{.Count}} segments kept their English through a punctuation-only edit; 'bitext diff' shows them"}
	msgSyncRestored  = &i18n.Message{ID: "cmd.sync.restored", One: "{{.Article}}: {{.Count}} segment restored (its source is back to the text its English was made for)", Other: "{{.Article}}: {{.Count}} segments restored (their source is back to the text their English was made for)"}
	msgSyncDropped   = &i18n.Message{ID: "cmd.sync.dropped", One: "{{.Article}}: {{.Count}} untranslated segment removed with its sentence", Other: "{{.Article}}: {{.Count}} untranslated segments removed with their sentences"}
	msgSyncUpToDate  = &i18n.Message{ID: "cmd.sync.up-to-date", Other: "{{.Article}}: up to date"}
	msgSyncNone      = &i18n.Message{ID: "cmd.sync.none", Other: "no articles to sync"}
	msgSyncHintSplit = &i18n.Message{ID: "cmd.sync.hint-split", Other: "{{.Article}}: an edit split the sentence of {{.Segment}}, whose English is kept for all of it: 'bitext realign {{.Article}} {{.IDs}}' shares it out among the parts"}
	msgSyncHintDiff  = &i18n.Message{ID: "cmd.sync.hint-diff", Other: "'bitext diff' shows what changed in the stale segments"}
)

// GC settings while syncing (unless GOGC is set).
const (
	syncGCPercent   = 400
	syncMemoryLimit = 1 << 30
)

type syncOptions struct {
	articles []string
}

func (a *app) newSyncCommand() *cli.Command {
	return &cli.Command{
		Name:      "sync",
		Usage:     a.t(msgSyncUsage),
		ArgsUsage: "[ARTICLE...]",
		Action: func(c *cli.Context) error {
			return a.runSync(c, syncOptions{articles: c.Args().Slice()})
		},
	}
}

func (a *app) runSync(c *cli.Context, opts syncOptions) error {
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	defer a.bulkGC(syncGCPercent, syncMemoryLimit)()
	results, err := ws.Sync(opts.articles, a.Now())
	if err != nil {
		return err
	}
	if len(results) == 0 {
		a.say(msgSyncNone)
		return nil
	}
	stale := false
	for _, r := range results {
		if !r.Changed {
			a.say(msgSyncUpToDate, "Article", r.Article)
			continue
		}
		a.say(msgSyncSummary, "Article", r.Article, "Kept", r.Kept, "Stale", r.Stale, "New", r.New, "Archived", r.Archived)
		if r.Cosmetic > 0 {
			a.say(msgSyncCosmetic, "Article", r.Article, "Count", r.Cosmetic)
		}
		if r.Restored > 0 {
			a.say(msgSyncRestored, "Article", r.Article, "Count", r.Restored)
		}
		if r.Dropped > 0 {
			a.say(msgSyncDropped, "Article", r.Article, "Count", r.Dropped)
		}
		stale = stale || r.Stale > 0
	}
	if stale {
		a.hint(msgSyncHintDiff)
	}
	for _, r := range results {
		for _, sp := range r.Split {
			a.hint(msgSyncHintSplit, "Article", r.Article, "Segment", sp.Stale, "IDs", strings.Join(sp.Segments, " "))
		}
	}
	return nil
}
