package interchange

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

func sampleDoc() *Doc {
	return &Doc{SourceLang: "zh-Hans", TargetLang: "en", Files: []*File{
		{Article: "a-1", Path: "articles/a-1.yaml", Units: []*Unit{
			{ID: "h7k2qd", ZH: "程立伟会见柯志忠", EN: "Cheng Liwei meets Ke Zhizhong", State: articles.Approved, Locked: true,
				Terms: []Term{{ZH: "程立伟", EN: "Cheng Liwei", Note: "President"}}},
			{ID: "p9x1mm", Para: 1, ZH: "他说：“好。”", EN: `He said "fine" & <left>\ at 5\t pm`, State: articles.Translated,
				Notes: []Note{{By: "li", Text: "two\nlines"}}},
			{ID: "q2w3e4", Para: 1, ZH: "第二句。", EN: "Second.", State: articles.Draft},
			{ID: "r5t6y7", Para: 2, ZH: "新句。", State: articles.New},
			{ID: "s8u9v2", Para: 2, ZH: "改了。", EN: "Changed.", State: articles.Stale, PreviousZH: "原来。", Origin: "tm: b/x"},
		}},
		{Article: "b", Path: "articles/b.yaml", Units: []*Unit{
			{ID: "zzzzzz", ZH: "乙", EN: "B", State: articles.Translated},
		}},
	}}
}

// withHashes fills the export hashes as the workflow does.
func withHashes(d *Doc) *Doc {
	for _, f := range d.Files {
		for _, u := range f.Units {
			u.ZHSHA256, u.ENSHA256 = articles.TextSHA256(u.ZH), articles.TextSHA256(u.EN)
		}
	}
	return d
}

// imported is what import should read back from a unit: its identity,
// texts, hashes and the state an import gives (draft or translated).
type imported struct {
	Article, ID, ZH, EN, ZHSHA, ENSHA string
	State                             articles.State
}

func want(d *Doc) []imported {
	var out []imported
	for _, f := range d.Files {
		for _, u := range f.Units {
			st := articles.Translated
			if u.State == articles.New || u.State == articles.Draft || u.State == articles.Stale {
				st = articles.Draft
			}
			out = append(out, imported{f.Article, u.ID, u.ZH, u.EN, u.ZHSHA256, u.ENSHA256, st})
		}
	}
	return out
}

func got(d *Doc) []imported {
	var out []imported
	for _, f := range d.Files {
		for _, u := range f.Units {
			out = append(out, imported{f.Article, u.ID, u.ZH, u.EN, u.ZHSHA256, u.ENSHA256, u.State})
		}
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	writers := map[string]func(*bytes.Buffer, *Doc) error{
		"xliff2":  func(b *bytes.Buffer, d *Doc) error { return WriteXLIFF2(b, d) },
		"xliff12": func(b *bytes.Buffer, d *Doc) error { return WriteXLIFF12(b, d) },
		"po":      func(b *bytes.Buffer, d *Doc) error { return WritePO(b, d) },
	}
	readers := map[string]func(string, []byte) (*Doc, error){"xliff2": ReadXLIFF, "xliff12": ReadXLIFF, "po": ReadPO}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			doc := withHashes(sampleDoc())
			var b bytes.Buffer
			if err := write(&b, doc); err != nil {
				t.Fatal(err)
			}
			back, err := readers[name]("f", b.Bytes())
			if err != nil {
				t.Fatalf("%v\n%s", err, b.String())
			}
			if g, w := got(back), want(doc); !reflect.DeepEqual(g, w) {
				for i := range w {
					if i >= len(g) || g[i] != w[i] {
						t.Errorf("unit %d read back:\n%+v\nwant\n%+v", i, g[i:], w[i])
						break
					}
				}
			}
			if back.SourceLang != "zh-Hans" || back.TargetLang != "en" {
				t.Errorf("languages %q %q", back.SourceLang, back.TargetLang)
			}
			// Writing is deterministic.
			var again bytes.Buffer
			if err := write(&again, withHashes(sampleDoc())); err != nil || again.String() != b.String() {
				t.Error("a second write differs")
			}
		})
	}
}

func TestXLIFFInlineMarkupFlattened(t *testing.T) {
	data := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-Hans" trgLang="en">
<file id="a"><unit id="u1"><segment state="reviewed"><source>甲<ph id="1"/>乙</source><target>A <pc id="2">bold</pc> B</target></segment></unit></file></xliff>`
	d, err := ReadXLIFF("f", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	u := d.Files[0].Units[0]
	if u.ZH != "甲乙" || u.EN != "A bold B" || u.State != articles.Translated || u.Line != 2 {
		t.Errorf("got %+v", u)
	}
}

func TestPOParse(t *testing.T) {
	data := "# comment\n#. extracted\n#: ref:1\n#, fuzzy, c-format\n#| msgid \"old\"\nmsgctxt \"a/b\"\nmsgid \"\"\n\"multi \"\n\"line\"\nmsgstr \"x\\n\\\"y\\\"\"\n\n#~ msgid \"gone\"\n#~ msgstr \"weg\"\n"
	es, err := ParsePO("f.po", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Fatalf("%d entries", len(es))
	}
	e := es[0]
	if e.Context != "a/b" || e.ID != "multi line" || e.Str[0] != "x\n\"y\"" || !e.Fuzzy() || e.Previous != "old" ||
		e.Translator[0] != "comment" || e.Extracted[0] != "extracted" || e.References[0] != "ref:1" || e.Line != 1 {
		t.Errorf("got %+v", e)
	}
	if !es[1].Obsolete || es[1].ID != "gone" {
		t.Errorf("obsolete: %+v", es[1])
	}
}

func TestPOErrors(t *testing.T) {
	cases := []struct {
		in        string
		line, col int
		detail    string
	}{
		{"msgid \"a\nmsgstr \"\"\n", 1, 7, "unterminated string"},
		{"msgid \"a\" x\nmsgstr \"\"\n", 1, 11, "text after the string"},
		{"msgid \"a\"\n", 1, 1, "entry without msgstr"},
		{"msgstr \"a\"\n", 1, 1, "msgstr before msgid"},
		{"msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3, 1, "msgstr given twice"},
		{"msgid \"\\q\"\nmsgstr \"\"\n", 1, 8, "unknown escape"},
		{"\"a\"\n", 1, 1, "a string with no keyword"},
		{"  foo \"a\"\n", 1, 3, "unknown keyword"},
		{"msgid \"中文\" 尾\nmsgstr \"\"\n", 1, 12, "text after the string"},
	}
	for _, c := range cases {
		_, err := ParsePO("f.po", []byte(c.in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Line != c.line || de.Col != c.col || !strings.Contains(de.Args["detail"].(string), c.detail) {
			t.Errorf("%q: got %v, want %d:%d %s", c.in, err, c.line, c.col, c.detail)
		}
	}
}

func TestReadXLIFFErrors(t *testing.T) {
	cases := []struct {
		in   string
		code string
		line int
	}{
		{"<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file id=\"a\">\n<unit id=\"u\"><segment><source>x</segment>", CodeXMLSyntax, 3},
		{"<html/>", CodeNotXLIFF, 1},
		{"", CodeXMLSyntax, 1},
	}
	for _, c := range cases {
		_, err := ReadXLIFF("f.xlf", []byte(c.in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Code != c.code || de.Line != c.line {
			t.Errorf("%q: got %v, want %s at line %d", c.in, err, c.code, c.line)
		}
	}
}

// TestCSVErrorColumn: a CSV error is placed at a character column, as
// every bitext position is (encoding/csv counts bytes: a row of Chinese
// put it two or three times too far right; the walk through the tool).
func TestCSVErrorColumn(t *testing.T) {
	for _, c := range []struct {
		in        string
		line, col int
	}{
		{"zh,en\n中联部,x\"y\"\n", 2, 6},
		{"zh,en\nab,x\"y\"\n", 2, 5},
	} {
		_, err := ReadCSV("t.csv", []byte(c.in))
		var de *diag.Error
		if !errors.As(err, &de) || de.Line != c.line || de.Col != c.col {
			t.Errorf("%q: got %v, want t.csv:%d:%d", c.in, err, c.line, c.col)
		}
	}
}

// TestXMLAndPOErrorColumn: XLIFF and PO errors are at character columns
// too (encoding/xml's InputPos counts bytes).
func TestXMLAndPOErrorColumn(t *testing.T) {
	xlf := "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"zh\" trgLang=\"en\"><file id=\"a\"><unit id=\"s\"><segment>\n<source>中文</sourc>\n</segment></unit></file></xliff>\n"
	_, err := ReadXLIFF("a.xlf", []byte(xlf))
	var de *diag.Error
	if !errors.As(err, &de) || de.Line != 3 || de.Col != 19 {
		t.Errorf("xliff: got %v, want a.xlf:3:19", err)
	}
	po := "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a/s\"\nmsgid \"中文\" x\nmsgstr \"\"\n"
	_, err = ReadPO("a.po", []byte(po))
	if !errors.As(err, &de) || de.Line != 5 || de.Col > 12 {
		t.Errorf("po: got %v, want a.po:5 at a character column", err)
	}
}
