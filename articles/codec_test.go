package articles

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

func sampleFile() *File {
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s1 := &Segment{ID: "h7k2qd", Para: 0, ZH: "程立伟会长会见柯志忠一行", EN: "President Cheng Liwei Meets Ke Zhizhong", State: Translated, Translator: "wang", Origin: "other-article/abc234"}
	s1.Approve("li", at, false)
	s1.Approval.Signature = "U1NIU0lHAAAAAQ=="
	s2 := &Segment{ID: "p3m9xe", Para: 1, ZH: "双方进行了深入交流。", EN: "yes", State: Stale, PreviousZH: "双方进行了交流。", PreviousEN: "no",
		Claim:    &Claim{By: "wang", At: at},
		Conflict: &Conflict{EN: "Both sides talked.", ZH: "双方交流。", By: "zhao", At: at},
		Accepted: []Acceptance{{Rule: "qa.numbers", Number: "12-09", By: "li", At: at, Why: "the date is in the headline", ZHSHA256: "a1", ENSHA256: "b2"},
			{Rule: "glossary.missing", Term: "cma", By: "li", At: at, Why: "quoted title", ZHSHA256: "a1", ENSHA256: "b2"}},
		Comments: []Comment{{By: "li", At: at, Text: "use the official name: \"CMA\"\nsecond line"}}}
	s3 := &Segment{ID: "123456", Para: 2, Sentences: 2, ZH: "true", EN: "null", State: New}
	return &File{Version: 1, Article: "2025-12-09-cma-idcpc", Source: "2025-12-09-cma-idcpc.zh.md", SourceSHA256: "abc",
		Segments: []*Segment{s1, s2, s3},
		Archived: []*Archived{{ID: "zz9zz9", Para: 3, ZH: "旧句。", EN: "Old.", State: Approved, Translator: "wang", RemovedAt: at}}}
}

// stripPos clears the positions Decode records, for comparing with a file
// built in memory.
func stripPos(f *File) {
	f.SourceAt = Pos{}
	for _, s := range f.Segments {
		s.At, s.ZHAt, s.ENAt, s.ApprovalAt, s.ConflictAt = Pos{}, Pos{}, Pos{}, Pos{}, Pos{}
	}
}

func TestRoundTrip(t *testing.T) {
	f := sampleFile()
	data, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode("x.yaml", data)
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	again, err := Encode(g)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Fatalf("load → save changed the file:\n%s\n---\n%s", data, again)
	}
	stripPos(g)
	if a, b := mustEncode(t, f), mustEncode(t, g); a != b {
		t.Fatal("decoded file differs")
	}
	if !g.Segments[0].ApprovalValid() || g.Segments[1].ApprovalValid() {
		t.Fatal("approval validity lost in round trip")
	}
}

func mustEncode(t *testing.T, f *File) string {
	t.Helper()
	b, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestKeyOrder pins the on-disk form: keys in contract order, so that a
// change is a small git diff.
func TestKeyOrder(t *testing.T) {
	got := mustEncode(t, sampleFile())
	want := []string{"bitext: 1", "article:", "source:", "source_sha256:", "segments:", "  - id: h7k2qd", "    para: 0",
		"    zh:", "    en:", "    state: approved", "    translator: wang", "    approval: {by: li,", "  - id: p3m9xe",
		"    state: stale", "    claim: {by: wang", "    previous_zh:", "    previous_en: no", "    comments:", "  - id: \"123456\"", "    para: 2", "    sentences: 2", "    zh: \"true\"", "    en: \"null\"", "archived:", "  - id: zz9zz9", "    removed_at:"}
	pos := 0
	for _, w := range want {
		i := strings.Index(got[pos:], w)
		if i < 0 {
			t.Fatalf("%q missing or out of order in:\n%s", w, got)
		}
		pos += i + len(w)
	}
}

func TestExampleRoundTrip(t *testing.T) {
	path := "../examples/workspace/articles/2025-12-09-cma-idcpc.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if got := mustEncode(t, f); got != string(data) {
		t.Fatalf("the example does not round-trip byte for byte")
	}
	for _, s := range f.Segments {
		if !s.ApprovalValid() {
			t.Errorf("example segment %s: approval does not match its text", s.ID)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	head := "bitext: 1\narticle: a\nsource: a.zh.md\nsource_sha256: x\nsegments:\n"
	seg := "  - id: aaaaaa\n    para: 1\n    zh: 中文。\n    en: \"\"\n    state: new\n"
	cases := []struct {
		name, yaml, code string
		line, col        int
	}{
		{"empty", "", diag.CodeEmpty, 1, 1},
		{"syntax", "bitext: 1\n  article: a\n", yamlx.CodeIndent, 2, 3},
		{"not a mapping", "- a\n", diag.CodeYAMLType, 1, 1},
		{"unknown top key", head + seg + "extra: 1\n", diag.CodeYAMLUnknownKey, 11, 1},
		{"unknown segment key", head + seg + "    colour: red\n", diag.CodeYAMLUnknownKey, 11, 5},
		{"duplicate key", head + seg + "    state: new\n", diag.CodeYAMLDupKey, 11, 5},
		{"missing state", head + "  - id: aaaaaa\n    para: 1\n    zh: 中文。\n", diag.CodeYAMLMissing, 6, 5},
		{"missing segments", "bitext: 1\narticle: a\nsource: a.zh.md\n", diag.CodeYAMLMissing, 1, 1},
		{"bad state", head + "  - id: aaaaaa\n    para: 1\n    zh: 中文。\n    state: done\n", diag.CodeBadState, 9, 12},
		{"bad para", head + "  - id: aaaaaa\n    para: one\n    zh: 中文。\n    state: new\n", diag.CodeYAMLType, 7, 11},
		{"negative para", head + "  - id: aaaaaa\n    para: -1\n    zh: 中文。\n    state: new\n", diag.CodeYAMLBadValue, 7, 11},
		{"duplicate id", head + seg + seg, diag.CodeDupSegmentID, 11, 5},
		{"id reused in archive", head + seg + "archived:\n  - {id: aaaaaa, zh: 旧。, removed_at: 2026-01-01T00:00:00Z}\n", diag.CodeDupSegmentID, 12, 5},
		{"bad time", head + seg + "    claim: {by: wang, at: yesterday}\n", diag.CodeYAMLType, 11, 27},
		{"column counts characters", head + "  - id: aaaaaa\n    para: 1\n    zh: 中文中文\n    state: new\n    外: 1\n", diag.CodeYAMLUnknownKey, 10, 5},
		{"version", "bitext: 2\narticle: a\nsource: a.zh.md\nsegments: []\n", diag.CodeBadVersion, 1, 9},
		{"segments not a list", "bitext: 1\narticle: a\nsource: a.zh.md\nsegments: {}\n", diag.CodeYAMLType, 4, 11},
		{"invalid utf-8", "bitext: 1\narticle: \xff\n", diag.CodeUTF8, 2, 10},
		{"stale_from on a segment that is not stale", head + seg + "    stale_from: approved\n", diag.CodeYAMLBadValue, 11, 5},
		{"sentences below two", head + seg + "    sentences: 1\n", diag.CodeYAMLBadValue, 11, 16},
		{"sentences not a number", head + seg + "    sentences: two\n", diag.CodeYAMLType, 11, 16},
		{"alias", head + "  - &x {id: aaaaaa, para: 1, zh: 中文。, state: new}\n  - *x\n", diag.CodeYAMLType, 7, 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("a.yaml", []byte(c.yaml))
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("want a diag error, got %v", err)
			}
			if de.Code != c.code || de.Line != c.line || de.Col != c.col || de.File != "a.yaml" {
				t.Fatalf("got %s (code %s line %d col %d), want %s at %d:%d", de, de.Code, de.Line, de.Col, c.code, c.line, c.col)
			}
		})
	}
}

// TestStaleFromOnlyWhileStale: a segment that left `stale` (translated by
// hand or by a command) never writes stale_from, so the next sync has
// nothing to clear and stays a no-op.
func TestStaleFromOnlyWhileStale(t *testing.T) {
	f := sampleFile()
	f.Segments[1].StaleFrom = Approved
	if !strings.Contains(mustEncode(t, f), "stale_from: approved") {
		t.Fatal("a stale segment keeps stale_from")
	}
	f.Segments[1].State = Translated
	if strings.Contains(mustEncode(t, f), "stale_from") {
		t.Fatal("stale_from written for a segment that is no longer stale")
	}
}

func TestNewIDUnique(t *testing.T) {
	used := map[string]bool{}
	for i := 0; i < 5000; i++ {
		id := NewID(used)
		if len(id) != IDLen || strings.ContainsAny(id, "01ilo") {
			t.Fatalf("bad id %q", id)
		}
	}
	if len(used) != 5000 {
		t.Fatalf("ids reused: %d distinct of 5000", len(used))
	}
}
