package interchange

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// XML namespaces of XLIFF and the modules bitext writes.
const (
	nsXLIFF2   = "urn:oasis:names:tc:xliff:document:2.0"
	nsXLIFF12  = "urn:oasis:names:tc:xliff:document:1.2"
	nsXLIFF11  = "urn:oasis:names:tc:xliff:document:1.1" // written by translate-toolkit's po2xliff
	nsGlossary = "urn:oasis:names:tc:xliff:glossary:2.0"
	nsMetadata = "urn:oasis:names:tc:xliff:metadata:2.0"
)

// The metadata bitext keeps with a unit (XLIFF 2 metadata module; notes
// from "bitext" in XLIFF 1.2).
const (
	metaCategory = "bitext"
	metaZHHash   = "zh_sha256"
	metaENHash   = "en_sha256"
	metaState    = "state"
	metaPrevZH   = "previous_zh"
	metaOrigin   = "origin"
	metaPara     = "para"
	// metaSegment ("ARTICLE/SEG") in XLIFF 1.2 notes and PO comments lets
	// import find the segment again after another tool (po2xliff,
	// xliff2po) has renumbered or dropped ids.
	metaSegment = "segment"
)

// text is the character data of an element, inline markup a CAT tool may
// have added (ph, pc, mrk, g, x) flattened to its text.
type text string

func (t *text) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(tk)
		}
	}
	*t = text(b.String())
	return nil
}

// ---- XLIFF 2.1 ----

type x2Doc struct {
	XMLName xml.Name `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string   `xml:"version,attr"`
	SrcLang string   `xml:"srcLang,attr"`
	TrgLang string   `xml:"trgLang,attr,omitempty"`
	Files   []x2File `xml:"file"`
}

type x2File struct {
	ID       string   `xml:"id,attr"`
	Original string   `xml:"original,attr,omitempty"`
	Units    []x2Unit `xml:"unit"`
}

type x2Unit struct {
	ID        string      `xml:"id,attr"`
	Name      string      `xml:"name,attr,omitempty"`
	Translate string      `xml:"translate,attr,omitempty"`
	Meta      *x2Metadata `xml:"urn:oasis:names:tc:xliff:metadata:2.0 metadata,omitempty"`
	Glossary  *x2Glossary `xml:"urn:oasis:names:tc:xliff:glossary:2.0 glossary,omitempty"`
	Notes     *x2Notes    `xml:"notes,omitempty"`
	Segments  []x2Segment `xml:"segment"`
}

type x2Metadata struct {
	Groups []x2MetaGroup `xml:"metaGroup"`
}

type x2MetaGroup struct {
	Category string   `xml:"category,attr,omitempty"`
	Meta     []x2Meta `xml:"meta"`
}

type x2Meta struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type x2Glossary struct {
	Entries []x2GlossEntry `xml:"glossEntry"`
}

type x2GlossEntry struct {
	Term        string  `xml:"term"`
	Translation string  `xml:"translation"`
	Definition  *string `xml:"definition,omitempty"`
}

type x2Notes struct {
	Notes []x2Note `xml:"note"`
}

type x2Note struct {
	Category string `xml:"category,attr,omitempty"`
	Text     string `xml:",chardata"`
}

type x2Segment struct {
	ID       string `xml:"id,attr,omitempty"`
	State    string `xml:"state,attr,omitempty"`
	SubState string `xml:"subState,attr,omitempty"`
	Source   text   `xml:"source"`
	Target   *text  `xml:"target"`
}

// xliff2State maps a bitext state to XLIFF 2's state and subState.
func xliff2State(s articles.State) (state, sub string) {
	switch s {
	case articles.New:
		return "initial", ""
	case articles.Draft:
		return "initial", "bitext:draft"
	case articles.Stale:
		return "initial", "bitext:stale"
	case articles.Translated:
		return "translated", ""
	case articles.Approved:
		return "final", ""
	}
	return "initial", ""
}

// fromXLIFF2State is the state an imported English gets: draft while the
// CAT tool calls it initial, else translated. Import never approves.
func fromXLIFF2State(state string) articles.State {
	if state == "" || state == "initial" {
		return articles.Draft
	}
	return articles.Translated
}

// WriteXLIFF2 writes the document as XLIFF 2.1 (core, with the metadata and
// glossary modules), valid against the OASIS schemas.
func WriteXLIFF2(w io.Writer, doc *Doc) error {
	out := x2Doc{Version: "2.1", SrcLang: doc.SourceLang, TrgLang: doc.TargetLang}
	for _, f := range doc.Files {
		xf := x2File{ID: f.Article, Original: f.Path}
		for _, u := range f.Units {
			xu := x2Unit{ID: u.ID, Name: f.Article + "/" + u.ID}
			if u.Locked {
				xu.Translate = "no"
			}
			xu.Meta = &x2Metadata{Groups: []x2MetaGroup{{Category: metaCategory, Meta: unitMeta(u)}}}
			if len(u.Terms) > 0 {
				xu.Glossary = &x2Glossary{}
				for _, t := range u.Terms {
					e := x2GlossEntry{Term: t.ZH, Translation: t.EN}
					if t.Note != "" {
						note := t.Note
						e.Definition = &note
					}
					xu.Glossary.Entries = append(xu.Glossary.Entries, e)
				}
			}
			if len(u.Notes) > 0 {
				xu.Notes = &x2Notes{}
				for _, n := range u.Notes {
					xu.Notes.Notes = append(xu.Notes.Notes, x2Note{Category: "comment", Text: noteText(n)})
				}
			}
			state, sub := xliff2State(u.State)
			seg := x2Segment{ID: "s1", State: state, SubState: sub, Source: text(u.ZH)}
			if u.EN != "" {
				t := text(u.EN)
				seg.Target = &t
			}
			xu.Segments = []x2Segment{seg}
			xf.Units = append(xf.Units, xu)
		}
		out.Files = append(out.Files, xf)
	}
	return writeXML(w, out)
}

// unitMeta is what bitext records about a unit for a safe import.
func unitMeta(u *Unit) []x2Meta {
	m := []x2Meta{
		{Type: metaState, Value: string(u.State)},
		{Type: metaPara, Value: strconv.Itoa(u.Para)},
		{Type: metaZHHash, Value: u.ZHSHA256},
		{Type: metaENHash, Value: u.ENSHA256},
	}
	if u.PreviousZH != "" {
		m = append(m, x2Meta{Type: metaPrevZH, Value: u.PreviousZH})
	}
	if u.Origin != "" {
		m = append(m, x2Meta{Type: metaOrigin, Value: u.Origin})
	}
	return m
}

func noteText(n Note) string {
	if n.By == "" {
		return n.Text
	}
	return n.By + ": " + n.Text
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// ---- XLIFF 1.2 ----

type x12Doc struct {
	XMLName xml.Name  `xml:"urn:oasis:names:tc:xliff:document:1.2 xliff"`
	Version string    `xml:"version,attr"`
	Files   []x12File `xml:"file"`
}

type x12File struct {
	Original string    `xml:"original,attr"`
	SrcLang  string    `xml:"source-language,attr"`
	TrgLang  string    `xml:"target-language,attr,omitempty"`
	Datatype string    `xml:"datatype,attr"`
	Units    []x12Unit `xml:"body>trans-unit"`
}

type x12Unit struct {
	ID        string    `xml:"id,attr"`
	ResName   string    `xml:"resname,attr,omitempty"`
	Approved  string    `xml:"approved,attr,omitempty"`
	Translate string    `xml:"translate,attr,omitempty"`
	Source    text      `xml:"source"`
	Target    *x12Tgt   `xml:"target"`
	Notes     []x12Note `xml:"note"`
}

type x12Tgt struct {
	State string `xml:"state,attr,omitempty"`
	Text  string `xml:",chardata"`
}

// UnmarshalXML reads the state and the target's text, inline markup
// flattened.
func (t *x12Tgt) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	t.State = attr(start, "state")
	var s text
	if err := s.UnmarshalXML(d, start); err != nil {
		return err
	}
	t.Text = string(s)
	return nil
}

type x12Note struct {
	From string `xml:"from,attr,omitempty"`
	Text string `xml:",chardata"`
}

// fromDeveloper is the from= of the notes bitext writes into XLIFF 1.2
// units (metadata, glossary terms): the origin other tools carry over, as
// PO extracted comments, for example.
const fromDeveloper = "developer"

func xliff12State(s articles.State) string {
	switch s {
	case articles.Draft, articles.Stale:
		return "needs-translation"
	case articles.Translated:
		return "translated"
	case articles.Approved:
		return "signed-off"
	}
	return "new"
}

// fromXLIFF12State maps a target's state (or, without one, the unit's
// approved flag) to draft or translated.
func fromXLIFF12State(state, approved string) articles.State {
	switch state {
	case "":
		if approved == "yes" {
			return articles.Translated
		}
		return articles.Draft
	case "new", "needs-translation", "needs-l10n", "needs-adaptation":
		return articles.Draft
	}
	return articles.Translated
}

// WriteXLIFF12 writes the document as XLIFF 1.2, valid against the strict
// schema: one <file> per article, one trans-unit per segment, bitext's
// hashes and state in a note from "bitext", glossary terms in notes from
// "bitext-glossary".
func WriteXLIFF12(w io.Writer, doc *Doc) error {
	out := x12Doc{Version: "1.2"}
	for _, f := range doc.Files {
		xf := x12File{Original: f.Article, SrcLang: doc.SourceLang, TrgLang: doc.TargetLang, Datatype: "plaintext"}
		for _, u := range f.Units {
			xu := x12Unit{ID: u.ID, ResName: f.Article + "/" + u.ID, Source: text(u.ZH)}
			if u.Locked {
				xu.Approved, xu.Translate = "yes", "no"
			}
			if u.EN != "" || u.State != articles.New {
				xu.Target = &x12Tgt{State: xliff12State(u.State), Text: u.EN}
			}
			for _, n := range u.Notes {
				xu.Notes = append(xu.Notes, x12Note{From: n.By, Text: n.Text})
			}
			for _, t := range u.Terms {
				xu.Notes = append(xu.Notes, x12Note{From: fromDeveloper, Text: poTerm + termText(t)})
			}
			if u.PreviousZH != "" {
				xu.Notes = append(xu.Notes, x12Note{From: fromDeveloper, Text: poPrevious + u.PreviousZH})
			}
			if u.Origin != "" {
				xu.Notes = append(xu.Notes, x12Note{From: fromDeveloper, Text: poOrigin + u.Origin})
			}
			xu.Notes = append(xu.Notes, x12Note{From: fromDeveloper, Text: metaText(f.Article, u)})
			xf.Units = append(xf.Units, xu)
		}
		out.Files = append(out.Files, xf)
	}
	return writeXML(w, out)
}

func termText(t Term) string {
	s := t.ZH + " → " + t.EN
	if t.Note != "" {
		s += " (" + t.Note + ")"
	}
	return s
}

// metaText renders bitext's unit metadata as one line of key=value
// tokens after "bitext:", the form of the XLIFF 1.2 note and the PO
// extracted comment. One line, with no spaces in values, survives tools
// that join a note's lines (xliff2po does).
func metaText(article string, u *Unit) string {
	var b strings.Builder
	b.WriteString(metaMarker + " " + metaSegment + "=" + article + "/" + u.ID)
	for _, m := range unitMeta(u) {
		if m.Type == metaPrevZH || m.Type == metaOrigin {
			continue // free text: written as notes of their own
		}
		b.WriteString(" " + m.Type + "=" + m.Value)
	}
	return b.String()
}

// metaMarker starts bitext's metadata line.
const metaMarker = "bitext:"

// parseMeta reads bitext's metadata line, wherever it stands in s, back
// into a unit and returns the article and segment it names.
func parseMeta(u *Unit, s string) (article, id string) {
	i := strings.Index(s, metaMarker+" ")
	if i < 0 {
		return "", ""
	}
	for _, tok := range strings.Fields(s[i+len(metaMarker):]) {
		k, v, ok := strings.Cut(tok, "=")
		if !ok {
			break
		}
		if k == metaSegment {
			article, id, _ = strings.Cut(v, "/")
			continue
		}
		setMeta(u, k, v)
	}
	return article, id
}

func setMeta(u *Unit, k, v string) {
	switch k {
	case metaZHHash:
		u.ZHSHA256 = v
	case metaENHash:
		u.ENSHA256 = v
	case metaPrevZH:
		u.PreviousZH = v
	case metaOrigin:
		u.Origin = v
	}
}

// ---- reading ----

// ReadXLIFF reads an XLIFF 2.x or 1.2 document (told apart by the root
// element's namespace). The units keep the file's target text as EN and the
// state it implies for an import (draft or translated).
func ReadXLIFF(name string, data []byte) (*Doc, error) {
	if !utf8.Valid(data) {
		return nil, diag.At(name, 0, 0, diag.CodeUTF8, nil)
	}
	ns, err := rootNamespace(name, data)
	if err != nil {
		return nil, err
	}
	switch ns {
	case nsXLIFF2:
		return readXLIFF2(name, data)
	case nsXLIFF12, nsXLIFF11:
		return readXLIFF12(name, data)
	}
	return nil, diag.At(name, 1, 1, CodeNotXLIFF, diag.A{"namespace": ns})
}

// rootNamespace returns the namespace of the document element.
func rootNamespace(name string, data []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			return "", xmlErr(name, data, d, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Space, nil
		}
	}
}

// xmlErr turns a decoding error into a positioned diag error.
func xmlErr(name string, data []byte, d *xml.Decoder, err error) error {
	var de *diag.Error
	if errors.As(err, &de) {
		return de
	}
	line, col := d.InputPos() // col counts bytes
	col = charColumn(data, line, col)
	var se *xml.SyntaxError
	if errors.As(err, &se) && se.Line != line {
		line, col = se.Line, 0
	}
	if errors.Is(err, io.EOF) {
		err = errors.New("unexpected end of file")
	}
	return diag.At(name, line, col, CodeXMLSyntax, diag.A{"detail": err.Error()})
}

// walkXML decodes the document token by token, calling onStart at every
// start element with its position; onStart may decode the whole element.
func walkXML(name string, data []byte, onStart func(d *xml.Decoder, se xml.StartElement, line, col int) error) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	lines := newLineIndex(data)
	for {
		line, col := d.InputPos()
		col = lines.charColumn(line, col) // InputPos counts bytes
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return xmlErr(name, data, d, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := onStart(d, se, line, col); err != nil {
				return xmlErr(name, data, d, err)
			}
		}
	}
}

func readXLIFF2(name string, data []byte) (*Doc, error) {
	doc := &Doc{}
	var cur *File
	err := walkXML(name, data, func(d *xml.Decoder, se xml.StartElement, line, col int) error {
		if se.Name.Space != nsXLIFF2 {
			return nil
		}
		switch se.Name.Local {
		case "xliff":
			doc.SourceLang, doc.TargetLang = attr(se, "srcLang"), attr(se, "trgLang")
		case "file":
			cur = &File{Article: attr(se, "id"), Path: attr(se, "original")}
			doc.Files = append(doc.Files, cur)
		case "unit":
			var xu x2Unit
			if err := d.DecodeElement(&xu, &se); err != nil {
				return err
			}
			if cur == nil {
				return diag.At(name, line, col, CodeBadUnit, diag.A{"id": xu.ID})
			}
			u := &Unit{ID: xu.ID, Line: line, Col: col}
			var state string
			for i, s := range xu.Segments {
				if i > 0 {
					u.ZH += " "
					u.EN += " "
				}
				u.ZH += string(s.Source)
				if s.Target != nil {
					u.EN += string(*s.Target)
				}
				if state == "" || s.State == "initial" {
					state = s.State
				}
			}
			u.EN = strings.TrimSpace(u.EN)
			u.State = fromXLIFF2State(state)
			if xu.Meta != nil {
				for _, g := range xu.Meta.Groups {
					if g.Category != metaCategory {
						continue
					}
					for _, m := range g.Meta {
						setMeta(u, m.Type, m.Value)
					}
				}
			}
			cur.Units = append(cur.Units, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

func readXLIFF12(name string, data []byte) (*Doc, error) {
	b := newDocBuilder()
	var file string
	err := walkXML(name, data, func(d *xml.Decoder, se xml.StartElement, line, col int) error {
		if se.Name.Space != nsXLIFF12 && se.Name.Space != nsXLIFF11 {
			return nil
		}
		switch se.Name.Local {
		case "file":
			file = attr(se, "original")
			b.doc.SourceLang, b.doc.TargetLang = attr(se, "source-language"), attr(se, "target-language")
		case "trans-unit":
			restype := attr(se, "restype")
			var xu x12Unit
			if err := d.DecodeElement(&xu, &se); err != nil {
				return err
			}
			if restype == "x-gettext-domain-header" {
				return nil // a PO header carried over by po2xliff
			}
			u := &Unit{ID: xu.ID, ZH: string(xu.Source), Line: line, Col: col, State: articles.Draft}
			if xu.Target != nil {
				u.EN = strings.TrimSpace(xu.Target.Text)
				u.State = fromXLIFF12State(xu.Target.State, xu.Approved)
			}
			article := file
			for _, n := range xu.Notes {
				if a, id := parseMeta(u, n.Text); id != "" {
					article, u.ID = a, id
				}
			}
			b.add(article, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.doc, nil
}

// docBuilder gathers units into files by article, in order of appearance.
type docBuilder struct {
	doc    *Doc
	byName map[string]*File
}

func newDocBuilder() *docBuilder { return &docBuilder{doc: &Doc{}, byName: map[string]*File{}} }

func (b *docBuilder) add(article string, u *Unit) {
	f := b.byName[article]
	if f == nil {
		f = &File{Article: article}
		b.byName[article] = f
		b.doc.Files = append(b.doc.Files, f)
	}
	f.Units = append(f.Units, u)
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}
