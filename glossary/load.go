package glossary

import (
	"errors"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

// Error codes of the glossary loader.
const (
	CodeBadKind   = "err.glossary.kind"
	CodeBadStatus = "err.glossary.status"
	CodeBadOrder  = "err.glossary.order"
)

func init() { diag.Register(CodeBadKind, CodeBadStatus, CodeBadOrder) }

var (
	fileKeys = []string{"terms"}
	termKeys = []string{"id", "zh", "en", "abbr", "forbidden", "kind", "status", "note", "forms", "short", "not", "surname", "order"}
)

// Load reads and strictly decodes a glossary file; errors are *diag.Error
// with file:line:column. A missing file is an empty glossary.
func Load(path string) (*Glossary, error) {
	data, err := safeio.ReadRegular(path, 0) // a regular file, at most 64 MB
	if errors.Is(err, fs.ErrNotExist) {
		return &Glossary{Path: path}, nil
	}
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes a glossary from data read from file. An empty document
// (or only comments) is an empty glossary; so is `terms: []`.
func Parse(file string, data []byte) (*Glossary, error) {
	if root, ok := laidOut(data); ok {
		return decode(file, root)
	}
	return parseYAML(file, data)
}

// parseYAML is Parse by yaml.v3 alone.
func parseYAML(file string, data []byte) (*Glossary, error) {
	root, err := yamlx.Parse(file, data)
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Code == diag.CodeEmpty {
			return &Glossary{Path: file}, nil
		}
		return nil, err
	}
	return decode(file, root)
}

// decode decodes a glossary from its document's top node.
func decode(file string, root *yaml.Node) (*Glossary, error) {
	g := &Glossary{Path: file}
	d := yamlx.Decoder{File: file}
	fields, err := d.Mapping(root, fileKeys)
	if err != nil {
		return nil, err
	}
	items, err := d.Seq(fields["terms"].Value)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		t, err := decodeTerm(d, it)
		if err != nil {
			return nil, err
		}
		g.Terms = append(g.Terms, t)
	}
	return g, nil
}

func pos(n *yaml.Node) articles.Pos { return articles.Pos{Line: n.Line, Col: n.Column} }

// strings decodes a list of strings or a single string, with positions.
func decodeStrings(d yamlx.Decoder, n *yaml.Node) ([]string, []articles.Pos, error) {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{n.Value}, []articles.Pos{pos(n)}, nil
	}
	items, err := d.Seq(n)
	if err != nil {
		return nil, nil, err
	}
	var vals []string
	var at []articles.Pos
	for _, it := range items {
		s, err := d.String(it)
		if err != nil {
			return nil, nil, err
		}
		vals = append(vals, s)
		at = append(at, pos(it))
	}
	return vals, at, nil
}

func decodeTerm(d yamlx.Decoder, n *yaml.Node) (*Term, error) {
	fields, err := d.Mapping(n, termKeys, "id", "zh", "en")
	if err != nil {
		return nil, err
	}
	t := &Term{At: pos(n), Kind: Other, Status: Approved}
	str := func(key string, dst *string, at *articles.Pos) error {
		f, ok := fields[key]
		if !ok {
			return nil
		}
		v, err := d.String(f.Value)
		if err != nil {
			return err
		}
		*dst = v
		if at != nil {
			*at = pos(f.Value)
		}
		return nil
	}
	if err := str("id", &t.ID, &t.IDAt); err != nil {
		return nil, err
	}
	if err := str("en", &t.EN, &t.ENAt); err != nil {
		return nil, err
	}
	if err := str("abbr", &t.Abbr, &t.AbbrAt); err != nil {
		return nil, err
	}
	if err := str("note", &t.Note, nil); err != nil {
		return nil, err
	}
	if t.ZH, t.ZHAt, err = decodeStrings(d, fields["zh"].Value); err != nil {
		return nil, err
	}
	for _, l := range []struct {
		key  string
		vals *[]string
		at   *[]articles.Pos
	}{{"forbidden", &t.Forbidden, &t.ForbiddenAt}, {"forms", &t.Forms, &t.FormsAt}, {"short", &t.Short, &t.ShortAt}, {"not", &t.Not, &t.NotAt}} {
		if f, ok := fields[l.key]; ok {
			if *l.vals, *l.at, err = decodeStrings(d, f.Value); err != nil {
				return nil, err
			}
		}
	}
	if err := str("surname", &t.SurnameWord, &t.SurnameAt); err != nil {
		return nil, err
	}
	if err := str("order", &t.Order, &t.OrderAt); err != nil {
		return nil, err
	}
	if t.Order != "" && t.Order != SurnameFirst && t.Order != GivenFirst {
		return nil, d.Err(fields["order"].Value, CodeBadOrder, diag.A{"order": t.Order, "orders": SurnameFirst + ", " + GivenFirst})
	}
	if f, ok := fields["kind"]; ok {
		v, err := d.String(f.Value)
		if err != nil {
			return nil, err
		}
		if v != "" {
			t.Kind = Kind(v)
		}
		if !t.Kind.Valid() {
			return nil, d.Err(f.Value, CodeBadKind, diag.A{"kind": v, "kinds": kindList()})
		}
	}
	if f, ok := fields["status"]; ok {
		v, err := d.String(f.Value)
		if err != nil {
			return nil, err
		}
		if v != "" {
			t.Status = Status(v)
		}
		if !t.Status.Valid() {
			return nil, d.Err(f.Value, CodeBadStatus, diag.A{"status": v, "statuses": "approved, proposed, deprecated"})
		}
	}
	return t, nil
}

func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// fieldsEN splits an English text at whitespace of any kind.
func fieldsEN(s string) []string { return strings.FieldsFunc(s, isSpace) }

func joinFields(f []string) string { return strings.Join(f, " ") }
