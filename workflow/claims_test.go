package workflow

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

func TestCleanText(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		code     string
		args     diag.A
	}{
		{in: "President Cheng Liwei", want: "President Cheng Liwei"},
		{in: "  trimmed \n", want: "trimmed"},
		{in: "中文 and “quotes” — fine", want: "中文 and “quotes” — fine"},
		{in: "", code: CodeEmptyText},
		{in: " \n\t ", code: CodeEmptyText},
		{in: "two\nlines", code: CodeControlChar, args: diag.A{"char": "U+000A", "column": 4}},
		{in: "tab\there", code: CodeControlChar, args: diag.A{"char": "U+0009", "column": 4}},
		{in: "bell\a", code: CodeControlChar, args: diag.A{"char": "U+0007", "column": 5}},
		{in: "中文\x1b[31m", code: CodeControlChar, args: diag.A{"char": "U+001B", "column": 3}},
		{in: "del\x7f", code: CodeControlChar, args: diag.A{"char": "U+007F", "column": 4}},
		{in: "c1\u0085x", code: CodeControlChar, args: diag.A{"char": "U+0085", "column": 3}},
		{in: "ab\xffcd", code: CodeTextUTF8, args: diag.A{"offset": 3}},
	} {
		got, err := CleanText(tc.in)
		if tc.code == "" {
			if err != nil || got != tc.want {
				t.Errorf("CleanText(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
			continue
		}
		var de *diag.Error
		if !errors.As(err, &de) || de.Code != tc.code || de.Kind != diag.Usage {
			t.Errorf("CleanText(%q): error %v, want usage error %s", tc.in, err, tc.code)
			continue
		}
		for k, v := range tc.args {
			if de.Args[k] != v {
				t.Errorf("CleanText(%q): %s = %v, want %v", tc.in, k, de.Args[k], v)
			}
		}
	}
}

func TestStripComments(t *testing.T) {
	for in, want := range map[string]string{
		"# c\nHello\n":                   "Hello",
		"# c\n  Hello,\n  world.  \n\n#": "Hello, world.",
		"#only\n# comments\n\n":          "",
		"Text # not a comment\r\n":       "Text # not a comment",
	} {
		if got := StripComments(in); got != want {
			t.Errorf("StripComments(%q) = %q, want %q", in, got, want)
		}
	}
}

// testWorkspace makes a workspace with one article, "news", of n new segments.
func testWorkspace(t *testing.T, n int) (*Workspace, []string) {
	t.Helper()
	ws, err := Init(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "news.zh.md")
	if err := os.WriteFile(src, []byte(strings.Repeat("这是一句话。", n)), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Add(src, "news", nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range res.Article.File.Segments {
		ids = append(ids, s.ID)
	}
	return ws, ids
}

var t0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func wantCode(t *testing.T, err error, kind diag.Kind, code string) {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) || de.Code != code || de.Kind != kind {
		t.Fatalf("error %v, want %s (kind %d)", err, code, kind)
	}
}

// A refused command on several segments writes nothing at all.
func TestRefusalWritesNothing(t *testing.T) {
	ws, ids := testWorkspace(t, 4)
	if _, err := ws.Checkout("news", CheckoutOptions{Segments: ids[1:2], As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(ws.SegmentPath("news"))
	_, err := ws.Checkout("news", CheckoutOptions{Segments: ids, As: "li", Now: t0.Add(time.Hour)})
	wantCode(t, err, diag.Refused, CodeClaimed)
	var de *diag.Error
	errors.As(err, &de)
	if de.Args["by"] != "wang" || de.Args["at"] != "2026-11-23T10:00:00Z" || de.Args["segment"] != ids[1] {
		t.Fatalf("refusal args %v", de.Args)
	}
	after, _ := os.ReadFile(ws.SegmentPath("news"))
	if string(before) != string(after) {
		t.Fatal("a refused checkout wrote the file")
	}
	// once expired (72h by default) it can be taken over
	got, err := ws.Checkout("news", CheckoutOptions{Segments: ids, As: "li", Now: t0.Add(73 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if got[1].TookOver == nil || got[1].TookOver.By != "wang" {
		t.Fatalf("takeover not reported: %+v", got[1])
	}
}

// A hand edit of an approved segment's English voids the approval.
func TestHandEditVoidsApproval(t *testing.T) {
	ws, ids := testWorkspace(t, 2)
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[0], Text: "This is a sentence.", As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Approve("news", ApproveOptions{Segments: ids[:1], As: "li", Now: t0}); err != nil {
		t.Fatal(err)
	}
	a, err := ws.Load("news")
	if err != nil {
		t.Fatal(err)
	}
	if s := a.File.Segment(ids[0]); s.State != articles.Approved || !s.ApprovalValid() {
		t.Fatalf("after approve: %+v", s)
	}
	// edit the file by hand, as a text editor would
	path := ws.SegmentPath("news")
	data, _ := os.ReadFile(path)
	edited := strings.Replace(string(data), "en: This is a sentence.", "en: This is a sentence, edited.", 1)
	if edited == string(data) {
		t.Fatal("edit did not apply")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err = ws.Load("news")
	if err != nil {
		t.Fatal(err)
	}
	s := a.File.Segment(ids[0])
	if s.State != articles.Approved || s.ApprovalValid() {
		t.Fatalf("a hand edit should leave the segment approved but void: %+v", s)
	}
	rep, err := ws.Check(CheckOptions{Now: t0, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	void := 0
	for _, f := range rep.Findings {
		if f.Rule == RuleApprovalVoid && f.Segment == ids[0] && f.Severity == SevError {
			void++
		}
	}
	if void != 1 {
		t.Fatalf("check should report %s once for %s: %+v", RuleApprovalVoid, ids[0], rep.Findings)
	}
	// approve --all picks it up again
	res, err := ws.Approve("news", ApproveOptions{All: true, As: "li", Now: t0.Add(time.Hour)})
	if err != nil || len(res.Approved) != 1 || res.Approved[0].ID != ids[0] || !res.Approved[0].ApprovalValid() {
		t.Fatalf("approve --all after the edit: %+v, %v", res, err)
	}
}

func TestTranslateKeepsWhatItShould(t *testing.T) {
	ws, ids := testWorkspace(t, 1)
	id := ids[0]
	if _, err := ws.Translate("news", TranslateOptions{Segment: id, Text: "Draft.", As: "wang", Draft: true, Now: t0}); err != nil {
		t.Fatal(err)
	}
	a, _ := ws.Load("news")
	if s := a.File.Segment(id); s.State != articles.Draft || s.Claim == nil || s.Claim.By != "wang" {
		t.Fatalf("draft: %+v", s)
	}
	// someone else cannot translate it while wang holds it
	_, err := ws.Translate("news", TranslateOptions{Segment: id, Text: "Other.", As: "li", Now: t0})
	wantCode(t, err, diag.Refused, CodeClaimed)
	if _, err := ws.Translate("news", TranslateOptions{Segment: id, Text: "Final.", As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Approve("news", ApproveOptions{Segments: []string{id}, As: "li", Now: t0}); err != nil {
		t.Fatal(err)
	}
	// the same English again keeps the approval; other English drops it
	res, err := ws.Translate("news", TranslateOptions{Segment: id, Text: "Final.", As: "wang", Now: t0})
	if err != nil || !res.Unchanged || res.Segment.State != articles.Approved {
		t.Fatalf("same text: %+v, %v", res, err)
	}
	res, err = ws.Translate("news", TranslateOptions{Segment: id, Text: "Changed.", As: "wang", Now: t0})
	if err != nil || res.Segment.State != articles.Translated || res.Segment.Approval != nil {
		t.Fatalf("new text: %+v, %v", res.Segment, err)
	}
}
