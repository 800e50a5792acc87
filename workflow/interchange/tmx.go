package interchange

import (
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles/diag"
)

// TU is one translation unit of a TMX memory.
type TU struct {
	ID         string // tuid: "ARTICLE/SEG" for bitext's own
	ZH, EN     string
	Changed    time.Time // when it was approved, if known
	Translator string
	// SegType is the unit's segmentation when it is not the memory's
	// (the header's "sentence"): "block" for a joined segment of some
	// sentences of a paragraph, "paragraph" for one of a whole paragraph
	// (TMX 1.4b: block, paragraph, sentence, phrase). Read from a unit's
	// own segtype attribute; empty when it has none.
	SegType   string
	Line, Col int // where it stands in the file read (reading only)
}

// The segmentation types of TMX 1.4b, from the largest.
const (
	SegBlock     = "block"
	SegParagraph = "paragraph"
	SegSentence  = "sentence"
	SegPhrase    = "phrase"
)

// validSegType reports whether s is one of TMX 1.4b's segmentation types.
func validSegType(s string) bool {
	switch s {
	case SegBlock, SegParagraph, SegSentence, SegPhrase:
		return true
	}
	return false
}

// TMX is a translation memory in TMX 1.4b.
type TMX struct {
	SourceLang, TargetLang string
	Created                time.Time
	Units                  []TU
}

type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Units   []tmxTU   `xml:"body>tu"`
}

type tmxHeader struct {
	CreationTool        string `xml:"creationtool,attr"`
	CreationToolVersion string `xml:"creationtoolversion,attr"`
	SegType             string `xml:"segtype,attr"`
	OTMF                string `xml:"o-tmf,attr"`
	AdminLang           string `xml:"adminlang,attr"`
	SrcLang             string `xml:"srclang,attr"`
	DataType            string `xml:"datatype,attr"`
	CreationDate        string `xml:"creationdate,attr,omitempty"`
}

type tmxTU struct {
	TUID       string   `xml:"tuid,attr,omitempty"`
	ChangeDate string   `xml:"changedate,attr,omitempty"`
	SegType    string   `xml:"segtype,attr,omitempty"`
	ChangeID   string   `xml:"changeid,attr,omitempty"`
	TUVs       []tmxTUV `xml:"tuv"`
}

type tmxTUV struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Seg  text   `xml:"seg"`
}

const tmxTime = "20060102T150405Z"

// WriteTMX writes the memory as TMX 1.4b (valid against its DTD).
func WriteTMX(w io.Writer, m *TMX) error {
	doc := tmxDoc{Version: "1.4", Header: tmxHeader{CreationTool: "bitext", CreationToolVersion: "1", SegType: SegSentence,
		OTMF: "bitext", AdminLang: "en", SrcLang: m.SourceLang, DataType: "plaintext"}}
	if !m.Created.IsZero() {
		doc.Header.CreationDate = m.Created.UTC().Format(tmxTime)
	}
	for _, u := range m.Units {
		tu := tmxTU{TUID: u.ID, ChangeID: u.Translator, TUVs: []tmxTUV{{Lang: m.SourceLang, Seg: text(u.ZH)}, {Lang: m.TargetLang, Seg: text(u.EN)}}}
		if !u.Changed.IsZero() {
			tu.ChangeDate = u.Changed.UTC().Format(tmxTime)
		}
		if u.SegType != SegSentence && validSegType(u.SegType) {
			tu.SegType = u.SegType // the header's is the default
		}
		doc.Units = append(doc.Units, tu)
	}
	return writeXML(w, doc)
}

// ReadTMX reads a TMX document: in each unit, the variant whose language
// is Chinese (zh, zh-CN, zh-Hans, ...) and the one whose language is
// English (en, en-US, ...). Units without both are left out.
func ReadTMX(name string, data []byte) (*TMX, error) {
	if !utf8.Valid(data) {
		return nil, diag.At(name, 0, 0, diag.CodeUTF8, nil)
	}
	m := &TMX{}
	root := false
	err := walkXML(name, data, func(d *xml.Decoder, se xml.StartElement, line, col int) error {
		switch se.Name.Local {
		case "tmx":
			root = true
		case "header":
			m.SourceLang = attr(se, "srclang")
		case "tu":
			if !root {
				return diag.At(name, line, col, CodeBadTMX, nil)
			}
			var tu tmxTU
			if err := d.DecodeElement(&tu, &se); err != nil {
				return err
			}
			u := TU{ID: tu.TUID, Translator: tu.ChangeID, Line: line, Col: col}
			if validSegType(tu.SegType) {
				u.SegType = tu.SegType
			}
			if t, err := time.Parse(tmxTime, tu.ChangeDate); err == nil {
				u.Changed = t
			}
			for _, v := range tu.TUVs {
				lang := strings.ToLower(v.Lang)
				switch {
				case lang == "zh" || strings.HasPrefix(lang, "zh-"):
					u.ZH = strings.TrimSpace(string(v.Seg))
				case lang == "en" || strings.HasPrefix(lang, "en-"):
					u.EN = strings.TrimSpace(string(v.Seg))
				}
			}
			if u.ZH != "" && u.EN != "" {
				m.Units = append(m.Units, u)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !root {
		return nil, diag.At(name, 1, 1, CodeBadTMX, nil)
	}
	return m, nil
}
