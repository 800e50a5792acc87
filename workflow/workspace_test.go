package workflow

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

func TestParseSettings(t *testing.T) {
	s, err := ParseSettings("bitext.yaml", []byte("articles: docs\nseverity:\n  qa.numbers: error\nclaim_ttl: 24h\nself_approve: true\nsync_similarity: 0.7\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != "docs" || s.Severity["qa.numbers"] != SevError || s.ClaimTTL != 24*time.Hour || !s.SelfApprove || s.SyncSimilarity != 0.7 || s.Glossary != "glossary.yaml" {
		t.Fatalf("got %+v", s)
	}
	if s, err := ParseSettings("bitext.yaml", []byte(DefaultSettingsYAML)); err != nil || s.ClaimTTL != 72*time.Hour {
		t.Fatalf("default settings file: %+v %v", s, err)
	}
	if s, err := ParseSettings("bitext.yaml", nil); err != nil || s.TargetLang != "en" {
		t.Fatalf("empty settings file: %+v %v", s, err)
	}
	bad := []struct {
		yaml, code string
		line, col  int
	}{
		{"colour: red\n", diag.CodeYAMLUnknownKey, 1, 1},
		{"severity:\n  qa.numbers: fatal\n", diag.CodeBadSetting, 2, 15},
		{"claim_ttl: forever\n", diag.CodeYAMLType, 1, 12},
		{"self_approve: yes please\n", diag.CodeYAMLType, 1, 15},
		{"sync_similarity: 2\n", diag.CodeBadSetting, 1, 18},
		{"articles: \"\"\n", diag.CodeBadSetting, 1, 11},
		{"severity:\n  qa.numbers: error\n  qa.numbers: off\n", diag.CodeYAMLDupKey, 3, 3},
	}
	for _, b := range bad {
		_, err := ParseSettings("bitext.yaml", []byte(b.yaml))
		var de *diag.Error
		if !errors.As(err, &de) || de.Code != b.code || de.Line != b.line || de.Col != b.col {
			t.Errorf("%q: got %v, want %s at %d:%d", b.yaml, err, b.code, b.line, b.col)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	if _, err := Init(root); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(root, "articles", "x", "y")
	os.MkdirAll(deep, 0o755)
	ws, err := Find("", deep)
	if err != nil || ws.Root != root {
		t.Fatalf("walk up: %v %v", ws, err)
	}
	if ws, err := Find(root, "/"); err != nil || ws.Root != root {
		t.Fatalf("-C: %v %v", ws, err)
	}
	empty := t.TempDir()
	if _, err := Find("", empty); err == nil {
		t.Fatal("a directory with neither bitext.yaml nor articles/ is not a workspace")
	}
	os.Mkdir(filepath.Join(empty, "articles"), 0o755)
	if ws, err := Find("", empty); err != nil || ws.Root != empty {
		t.Fatalf("cwd with articles/: %v %v", ws, err)
	}
	if _, err := Init(root); err == nil {
		t.Fatal("init over a workspace must refuse")
	}
}

func TestCheckSlug(t *testing.T) {
	for _, ok := range []string{"2025-12-09-cma-idcpc", "a", "A_b.c"} {
		if CheckSlug(ok) != nil {
			t.Errorf("%q should be valid", ok)
		}
	}
	for _, bad := range []string{"", "../x", "a/b", "a..b", ".hidden", "a b", "中文", "x.zh", `a\b`} {
		if CheckSlug(bad) == nil {
			t.Errorf("%q should be refused", bad)
		}
	}
}

func TestSlugFromPath(t *testing.T) {
	for in, want := range map[string]string{"/x/2025-12-09-a.zh.md": "2025-12-09-a", "b.md": "b", "c.txt": "c", "d": "d"} {
		if got := SlugFromPath(in); got != want {
			t.Errorf("%s: got %s want %s", in, got, want)
		}
	}
}

// TestUpdateConcurrent: many writers of one file through Update lose no change.
func TestUpdateConcurrent(t *testing.T) {
	root := t.TempDir()
	ws, _ := Init(root)
	src := filepath.Join(root, "in.zh.md")
	var b strings.Builder
	for i := 0; i < 32; i++ {
		fmt.Fprintf(&b, "第%d句。", i)
	}
	os.WriteFile(src, []byte(b.String()), 0o644)
	res, err := ws.Add(src, "a", nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, s := range res.Article.File.Segments {
		ids = append(ids, s.ID)
	}
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			err := ws.Update("a", func(a *Article) error {
				a.File.Segment(id).EN = fmt.Sprintf("Sentence %d.", i)
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}(i, id)
	}
	wg.Wait()
	a, err := ws.Load("a")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range a.File.Segments {
		if s.EN != fmt.Sprintf("Sentence %d.", i) {
			t.Fatalf("segment %d lost its change: %q", i, s.EN)
		}
	}
	left, _ := filepath.Glob(filepath.Join(ws.ArticlesDir(), ".*tmp*"))
	if len(left) > 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestUpdateErrorWritesNothing(t *testing.T) {
	root := t.TempDir()
	ws, _ := Init(root)
	src := filepath.Join(root, "in.zh.md")
	os.WriteFile(src, []byte("一句。"), 0o644)
	if _, err := ws.Add(src, "a", nil); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(ws.SegmentPath("a"))
	err := ws.Update("a", func(a *Article) error {
		a.File.Segments[0].EN = "changed"
		return errors.New("refused")
	})
	after, _ := os.ReadFile(ws.SegmentPath("a"))
	if err == nil || string(before) != string(after) {
		t.Fatal("a failed update must leave the file as it was")
	}
}

func TestExport(t *testing.T) {
	f := &articles.File{Segments: []*articles.Segment{
		{ID: "a", Para: 0, EN: "Headline", State: articles.Approved},
		{ID: "b", Para: 1, EN: "One.", State: articles.Approved},
		{ID: "c", Para: 1, ZH: "二。", State: articles.New},
		{ID: "d", Para: 2, EN: "Three.", State: articles.Stale},
		{ID: "e", Para: 2, EN: "Four.", State: articles.Draft},
		{ID: "f", Para: 2, ZH: "五。", State: articles.Draft}, // no English: untranslated, not a draft
	}}
	ph := Placeholders{
		Untranslated: func(s *articles.Segment) string { return "[U " + s.ID + ": " + s.ZH + "]" },
		Stale:        func(s *articles.Segment) string { return "[S " + s.ID + ": " + s.EN + "]" },
	}
	md := Export(f, ExportMD, ph)
	if want := "# Headline\n\nOne. [U c: 二。]\n\n[S d: Three.] Four. [U f: 五。]\n"; md.Text != want {
		t.Fatalf("md:\n%q\nwant\n%q", md.Text, want)
	}
	if md.Untranslated != 2 || md.Stale != 1 || md.Drafts != 1 {
		t.Fatalf("counts %+v", md)
	}
	if txt := Export(f, ExportTXT, ph); !strings.HasPrefix(txt.Text, "Headline\n\n") {
		t.Fatalf("txt: %q", txt.Text)
	}
}
