package main

import (
	"fmt"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/yamlx"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/interchange"
)

var (
	msgGlossarySuggestUsage = &i18n.Message{ID: "cmd.glossary.suggest.usage", Other: "propose terms that recur in approved segments but are not in the glossary, as status: proposed entries"}
	msgGlossarySuggestMax   = &i18n.Message{ID: "cmd.glossary.suggest.flag.max", Other: "at most `N` proposals"}
	msgGlossarySuggestMin   = &i18n.Message{ID: "cmd.glossary.suggest.flag.min", Other: "a Chinese form must recur in `N` approved segments"}
	msgGlossarySuggestHead  = &i18n.Message{ID: "cmd.glossary.suggest.head", Other: "bitext glossary suggest: {{.Count}} proposals from {{.Segments}} approved segments; check each, then move it into the glossary"}
	msgGlossarySuggestNote  = &i18n.Message{ID: "cmd.glossary.suggest.note", Other: "in {{.Segments}} approved segments, {{.Together}} with this English"}
	msgGlossarySuggestVar   = &i18n.Message{ID: "cmd.glossary.suggest.variants", Other: "; also: {{.Variants}}"}
	msgGlossarySuggestDone  = &i18n.Message{ID: "cmd.glossary.suggest.done", Other: "{{.Count}} proposals from {{.Segments}} approved segments"}
)

func (a *app) newGlossarySuggestCommand() *cli.Command {
	return &cli.Command{
		Name:  "suggest",
		Usage: a.t(msgGlossarySuggestUsage),
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "max", Value: 50, Usage: a.t(msgGlossarySuggestMax)},
			&cli.IntFlag{Name: "min", Value: 2, Usage: a.t(msgGlossarySuggestMin)},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: a.t(msgExportOutput)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return a.argsError("glossary suggest", c.NArg())
			}
			return a.runGlossarySuggest(c, c.Int("max"), c.Int("min"), c.String("output"))
		},
	}
}

func (a *app) runGlossarySuggest(c *cli.Context, max, min int, output string) error {
	ws, g, err := a.loadGlossary(c)
	if err != nil {
		return err
	}
	props, n, err := ws.GlossarySuggest(g, glossary.SuggestOptions{Max: max, MinSegments: min})
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for _, t := range g.Terms {
		used[t.ID] = true
	}
	terms := yamlx.Seq()
	for _, p := range props {
		note := a.t(msgGlossarySuggestNote, "Segments", p.Segments, "Together", p.Together)
		if len(p.Variants) > 0 {
			var vs []string
			for _, v := range p.Variants {
				vs = append(vs, fmt.Sprintf("%s ×%d", v.EN, v.Count))
			}
			note += a.t(msgGlossarySuggestVar, "Variants", strings.Join(vs, ", "))
		}
		zh := yamlx.Flow(yamlx.Seq())
		for _, z := range p.ZH {
			zh.Content = append(zh.Content, yamlx.Str(z))
		}
		terms.Content = append(terms.Content, yamlx.Map(
			"id", yamlx.Str(newTermID(p.EN, used)),
			"zh", zh,
			"en", yamlx.Str(p.EN),
			"kind", yamlx.Str(string(p.Kind)),
			"status", yamlx.Str(string(glossary.Proposed)),
			"note", yamlx.Str(note),
		))
	}
	root := yamlx.Map("terms", terms)
	root.HeadComment = a.t(msgGlossarySuggestHead, "Count", len(props), "Segments", n)
	data, err := yamlx.Encode(root)
	if err != nil {
		return diag.Wrap(output, err)
	}
	if output == "" {
		a.say(msgGlossarySuggestDone, "Count", len(props), "Segments", n)
	}
	return a.writeOutput(output, data)
}

// newTermID is a fresh glossary id for an English rendering.
func newTermID(en string, used map[string]bool) string {
	id := interchange.SlugID(en, used)
	used[id] = true
	return id
}
