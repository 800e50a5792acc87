package interchange

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

// FuzzReadPO: any input either fails with a positioned diag error, or
// parses; what parses is written back by WritePO and reads back the same.
func FuzzReadPO(f *testing.F) {
	var b bytes.Buffer
	if err := WritePO(&b, withHashes(sampleDoc())); err == nil {
		f.Add(b.Bytes())
	}
	f.Add([]byte("msgid \"\"\nmsgstr \"Language: en\\n\"\n\n#, fuzzy\nmsgctxt \"a/b\"\nmsgid \"甲\"\n\"乙\"\nmsgstr \"x\"\n"))
	f.Add([]byte("#~ msgid \"a\"\n#~ msgstr \"b\"\nmsgid \"c\"\nmsgid_plural \"d\"\nmsgstr[0] \"e\"\nmsgstr[1] \"f\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadPO("f.po", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.po" {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		checkRewrite(t, doc, func(b *bytes.Buffer, d *Doc) error { return WritePO(b, d) }, ReadPO)
	})
}

// FuzzReadXLIFF: the same for XLIFF 2 and 1.2 input.
func FuzzReadXLIFF(f *testing.F) {
	for _, w := range []func(*bytes.Buffer, *Doc) error{
		func(b *bytes.Buffer, d *Doc) error { return WriteXLIFF2(b, d) },
		func(b *bytes.Buffer, d *Doc) error { return WriteXLIFF12(b, d) },
	} {
		var b bytes.Buffer
		if err := w(&b, withHashes(sampleDoc())); err == nil {
			f.Add(b.Bytes())
		}
	}
	f.Add([]byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1"><file original="a"><body><trans-unit id="x"><source>a<g id="1">b</g></source><target>c</target></trans-unit></body></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadXLIFF("f.xlf", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.xlf" {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		checkRewrite(t, doc, func(b *bytes.Buffer, d *Doc) error { return WriteXLIFF2(b, d) }, ReadXLIFF)
	})
}

// checkRewrite writes what was read and checks that reading it again gives
// the same units (identity, texts, hashes, import state).
func checkRewrite(t *testing.T, doc *Doc, write func(*bytes.Buffer, *Doc) error, read func(string, []byte) (*Doc, error)) {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, doc); err != nil {
		return // text XML cannot carry (control characters): refused, fine
	}
	back, err := read("g", b.Bytes())
	if err != nil {
		t.Fatalf("re-read of our own output: %v\n%s", err, b.String())
	}
	if g, w := got(back), got(doc); !reflect.DeepEqual(g, w) && !(len(g) == 0 && len(w) == 0) {
		t.Fatalf("rewrite changed the units:\n%+v\n%+v\n%s", g, w, b.String())
	}
}

// FuzzReadTMX: any input fails with a positioned error or reads; what
// reads is written back and reads the same.
func FuzzReadTMX(f *testing.F) {
	var b bytes.Buffer
	if err := WriteTMX(&b, &TMX{SourceLang: "zh-Hans", TargetLang: "en", Units: []TU{{ID: "a/b", ZH: "中联部", EN: "IDCPC & <co>"}, {ID: "a/c", ZH: "一。二。", EN: "One and two.", SegType: SegBlock}}}); err == nil {
		f.Add(b.Bytes())
	}
	f.Add([]byte(`<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="ZH-cn"><seg>甲<bpt i="1">x</bpt></seg></tuv><tuv xml:lang="en-US"><seg>A</seg></tuv></tu></body></tmx>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadTMX("f.tmx", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.tmx" {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		m.SourceLang, m.TargetLang = "zh", "en"
		var out bytes.Buffer
		if WriteTMX(&out, m) != nil {
			return
		}
		back, err := ReadTMX("g", out.Bytes())
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, out.String())
		}
		if len(back.Units) != len(m.Units) {
			t.Fatalf("%d units became %d", len(m.Units), len(back.Units))
		}
		for i := range m.Units {
			want := m.Units[i].SegType
			if want == SegSentence {
				want = "" // the header's
			}
			if back.Units[i].ZH != m.Units[i].ZH || back.Units[i].EN != m.Units[i].EN || back.Units[i].ID != m.Units[i].ID || back.Units[i].SegType != want {
				t.Fatalf("unit %d: %+v became %+v", i, m.Units[i], back.Units[i])
			}
		}
	})
}

// FuzzReadTBX: any input fails with a positioned error or reads; what
// reads is written back and reads the same concepts.
func FuzzReadTBX(f *testing.F) {
	cs := []Concept{{ID: "idcpc", ZH: []string{"中共中央对外联络部", "中联部"}, EN: "International Department", Abbr: "IDCPC",
		Forbidden: []string{"Liaison Department"}, Forms: []string{"the Department"}, Kind: "organization", Status: "approved", Note: "n & <m>"},
		{ID: "1x", ZH: []string{"甲"}, EN: "A", Status: "deprecated", Not: []string{"甲乙"}, Surname: "A", Order: "given-first"}}
	var b bytes.Buffer
	if err := WriteTBX(&b, "zh-Hans", "en", cs); err == nil {
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := ReadTBX("f.tbx", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.tbx" {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		for i := range cs {
			cs[i].Line, cs[i].Col = 0, 0
			if cs[i].Status == "" {
				cs[i].Status = "approved" // how bitext writes a term with no status
			}
		}
		var out bytes.Buffer
		if WriteTBX(&out, "zh", "en", cs) != nil {
			return
		}
		back, err := ReadTBX("g", out.Bytes())
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, out.String())
		}
		for i := range back {
			back[i].Line, back[i].Col = 0, 0
		}
		if !reflect.DeepEqual(back, cs) {
			t.Fatalf("round trip:\n%+v\n%+v\n%s", cs, back, out.String())
		}
	})
}

// FuzzReadCSV: any input fails with a positioned error or reads concepts
// that each have Chinese, English and an id.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("English,Chinese,Do not use\nChina Mining Association,中国矿业联合会;中矿联,China Mining Federation\n"))
	f.Add([]byte("id,zh,en\nx,\"a,b\",\"c\"\"d\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := ReadCSV("f.csv", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) || de.File != "f.csv" {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		for _, c := range cs {
			if len(c.ZH) == 0 || c.EN == "" || c.ID == "" {
				t.Fatalf("incomplete concept %+v", c)
			}
		}
	})
}
