package glossary

import (
	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/yamlx"
)

// Encode writes the glossary as glossary.yaml: the keys of every term in
// the order termKeys lists them, lists in flow style, empty keys left
// out. Parse(Encode(g)) holds the same terms. Comments of a hand-written
// file are not kept.
func Encode(g *Glossary) ([]byte, error) {
	terms := yamlx.Seq()
	for _, t := range g.Terms {
		terms.Content = append(terms.Content, yamlx.Map(
			"id", yamlx.Str(t.ID),
			"zh", flowList(t.ZH),
			"en", yamlx.Str(t.EN),
			"abbr", optStr(t.Abbr),
			"forbidden", optList(t.Forbidden),
			"kind", optStr(string(t.Kind)),
			"status", optStr(string(t.Status)),
			"note", optStr(t.Note),
			"forms", optList(t.Forms),
			"short", optList(t.Short),
			"not", optList(t.Not),
			"surname", optStr(t.SurnameWord),
			"order", optStr(t.Order),
		))
	}
	if len(g.Terms) == 0 {
		terms = yamlx.Flow(terms)
	}
	return yamlx.Encode(yamlx.Map("terms", terms))
}

func flowList(items []string) *yaml.Node {
	n := yamlx.Flow(yamlx.Seq())
	for _, s := range items {
		n.Content = append(n.Content, yamlx.Str(s))
	}
	return n
}

func optList(items []string) *yaml.Node {
	if len(items) == 0 {
		return nil
	}
	return flowList(items)
}

func optStr(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return yamlx.Str(s)
}
