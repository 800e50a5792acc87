package interchange

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles/diag"
)

// Concept is one glossary term as TBX carries it; every key of bitext's
// glossary has its place.
type Concept struct {
	ID        string
	ZH        []string // the first is the preferred Chinese form
	EN        string
	Abbr      string
	Forbidden []string // deprecated English terms
	Forms     []string // admitted English terms
	Short     []string // short forms
	Not       []string // Chinese contexts that are not the term
	Kind      string
	Status    string // approved | proposed | deprecated
	Note      string
	Surname   string
	Order     string
	Line, Col int
}

// TBX data categories bitext uses (TBX-Basic names where one exists).
const (
	tbxAdminStatus = "administrativeStatus"
	tbxTermType    = "termType"
	tbxPreferred   = "preferredTerm-admn-sts"
	tbxAdmitted    = "admittedTerm-admn-sts"
	tbxDeprecated  = "deprecatedTerm-admn-sts"
	tbxAbbrev      = "abbreviation"
	tbxShort       = "shortForm"
	tbxKind        = "x-bitext-kind"
	tbxStatus      = "x-bitext-status"
	tbxID          = "x-bitext-id"
	tbxNot         = "x-bitext-not"
	tbxSurname     = "x-bitext-surname"
	tbxOrder       = "x-bitext-order"
)

type tbxDoc struct {
	XMLName xml.Name     `xml:"urn:iso:std:iso:30042:ed-2 tbx"`
	Type    string       `xml:"type,attr"`
	Style   string       `xml:"style,attr"`
	Lang    string       `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Header  tbxHeaderEl  `xml:"tbxHeader"`
	Entries []tbxConcept `xml:"text>body>conceptEntry"`
}

type tbxHeaderEl struct {
	P string `xml:"fileDesc>sourceDesc>p"`
}

type tbxConcept struct {
	ID      string    `xml:"id,attr"`
	Admin   []tbxNote `xml:"admin"`
	Notes   []string  `xml:"note"`
	LangSec []tbxLang `xml:"langSec"`
}

type tbxNote struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tbxLang struct {
	Lang  string    `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Terms []tbxTerm `xml:"termSec"`
}

type tbxTerm struct {
	Term  string    `xml:"term"`
	Notes []tbxNote `xml:"termNote"`
}

// isNCName reports whether s can be an xs:ID.
func isNCName(s string) bool {
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '_' || i > 0 && (unicode.IsDigit(r) || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}

// WriteTBX writes the concepts as a TBX (ISO 30042) document in DCA
// style, valid against the TBX-Core schema.
func WriteTBX(w io.Writer, zhLang, enLang string, cs []Concept) error {
	doc := tbxDoc{Type: "TBX-Basic", Style: "dca", Lang: enLang, Header: tbxHeaderEl{P: "bitext glossary"}}
	for _, c := range cs {
		e := tbxConcept{ID: c.ID}
		if !isNCName(c.ID) {
			e.ID = "term-" + c.ID
			if !isNCName(e.ID) {
				e.ID = "term"
			}
			e.Admin = append(e.Admin, tbxNote{tbxID, c.ID})
		}
		add := func(t, v string) {
			if v != "" {
				e.Admin = append(e.Admin, tbxNote{t, v})
			}
		}
		add(tbxKind, c.Kind)
		add(tbxStatus, c.Status)
		add(tbxSurname, c.Surname)
		add(tbxOrder, c.Order)
		for _, n := range c.Not {
			add(tbxNot, n)
		}
		if c.Note != "" {
			e.Notes = []string{c.Note}
		}
		zh := tbxLang{Lang: zhLang}
		for i, z := range c.ZH {
			st := tbxAdmitted
			if i == 0 {
				st = tbxPreferred
			}
			zh.Terms = append(zh.Terms, tbxTerm{Term: z, Notes: []tbxNote{{tbxAdminStatus, st}}})
		}
		main := tbxPreferred
		switch c.Status {
		case "proposed":
			main = tbxAdmitted
		case "deprecated":
			main = tbxDeprecated
		}
		en := tbxLang{Lang: enLang, Terms: []tbxTerm{{Term: c.EN, Notes: []tbxNote{{tbxAdminStatus, main}}}}}
		if c.Abbr != "" {
			en.Terms = append(en.Terms, tbxTerm{Term: c.Abbr, Notes: []tbxNote{{tbxTermType, tbxAbbrev}, {tbxAdminStatus, tbxAdmitted}}})
		}
		for _, s := range c.Short {
			en.Terms = append(en.Terms, tbxTerm{Term: s, Notes: []tbxNote{{tbxTermType, tbxShort}, {tbxAdminStatus, tbxAdmitted}}})
		}
		for _, f := range c.Forms {
			en.Terms = append(en.Terms, tbxTerm{Term: f, Notes: []tbxNote{{tbxAdminStatus, tbxAdmitted}}})
		}
		for _, f := range c.Forbidden {
			en.Terms = append(en.Terms, tbxTerm{Term: f, Notes: []tbxNote{{tbxAdminStatus, tbxDeprecated}}})
		}
		if len(zh.Terms) > 0 {
			e.LangSec = append(e.LangSec, zh)
		}
		e.LangSec = append(e.LangSec, en)
		doc.Entries = append(doc.Entries, e)
	}
	return writeXML(w, doc)
}

// ReadTBX reads the concepts of a TBX document (bitext's own, or another
// tool's: TBX-Core/Basic in DCA style). In each entry the Chinese language
// section (zh…) gives the Chinese forms, the English one (en…) the
// rendering (its first term, or the first preferred one), the abbreviation
// and short forms (termType), admitted forms and deprecated (forbidden)
// variants.
func ReadTBX(name string, data []byte) ([]Concept, error) {
	if !utf8.Valid(data) {
		return nil, diag.At(name, 0, 0, diag.CodeUTF8, nil)
	}
	var out []Concept
	root := false
	err := walkXML(name, data, func(d *xml.Decoder, se xml.StartElement, line, col int) error {
		switch se.Name.Local {
		case "tbx":
			root = true
		case "conceptEntry":
			if !root {
				return diag.At(name, line, col, CodeBadTBX, nil)
			}
			var e tbxConcept
			if err := d.DecodeElement(&e, &se); err != nil {
				return err
			}
			c := Concept{ID: e.ID, Line: line, Col: col}
			for _, a := range e.Admin {
				v := strings.TrimSpace(a.Value)
				switch a.Type {
				case tbxID:
					c.ID = v
				case tbxKind:
					c.Kind = v
				case tbxStatus:
					c.Status = v
				case tbxSurname:
					c.Surname = v
				case tbxOrder:
					c.Order = v
				case tbxNot:
					c.Not = append(c.Not, v)
				}
			}
			if len(e.Notes) > 0 {
				c.Note = strings.TrimSpace(e.Notes[0])
			}
			for _, l := range e.LangSec {
				lang := strings.ToLower(l.Lang)
				switch {
				case lang == "zh" || strings.HasPrefix(lang, "zh-"):
					for _, t := range l.Terms {
						if v := strings.TrimSpace(t.Term); v != "" {
							c.ZH = append(c.ZH, v)
						}
					}
				case lang == "en" || strings.HasPrefix(lang, "en-"):
					readEnglish(&c, l.Terms)
				}
			}
			if c.EN == "" || len(c.ZH) == 0 {
				return diag.At(name, line, col, CodeBadTBX, nil)
			}
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !root {
		return nil, diag.At(name, 1, 1, CodeBadTBX, nil)
	}
	return out, nil
}

func readEnglish(c *Concept, terms []tbxTerm) {
	main := -1
	if c.Status != "" && len(terms) > 0 {
		main = 0 // bitext's own file: the rendering comes first
	}
	for i, t := range terms {
		if main >= 0 {
			break
		}
		if note(t, tbxTermType) == "" && note(t, tbxAdminStatus) != tbxDeprecated || note(t, tbxAdminStatus) == tbxPreferred {
			main = i
			break
		}
	}
	if main < 0 && len(terms) > 0 {
		main = 0
	}
	for i, t := range terms {
		v := strings.TrimSpace(t.Term)
		switch {
		case v == "":
		case i == main:
			c.EN = v
		case note(t, tbxTermType) == tbxAbbrev && c.Abbr == "":
			c.Abbr = v
		case note(t, tbxTermType) == tbxShort || note(t, tbxTermType) == tbxAbbrev:
			c.Short = append(c.Short, v)
		case note(t, tbxAdminStatus) == tbxDeprecated:
			c.Forbidden = append(c.Forbidden, v)
		default:
			c.Forms = append(c.Forms, v)
		}
	}
}

func note(t tbxTerm, typ string) string {
	for _, n := range t.Notes {
		if n.Type == typ {
			return strings.TrimSpace(n.Value)
		}
	}
	return ""
}
