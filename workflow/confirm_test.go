package workflow

import (
	"bytes"
	"os"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// Confirm writes, byte for byte, what Translate with the same English
// writes: from a draft held by its translator, from one held by nobody,
// from a draft held by an expired claim of someone else, from an approved
// segment (the approval kept), from a translated one by another person.
func TestConfirmIsTranslateWithTheSameEnglish(t *testing.T) {
	ws, ids := testWorkspace(t, 5)
	steps := []func() error{
		func() error { // 0: wang's draft, claimed
			_, err := ws.Translate("news", TranslateOptions{Segment: ids[0], Text: "One.", As: "wang", Draft: true, Now: t0})
			return err
		},
		func() error { // 1: a draft nobody holds
			if _, err := ws.Translate("news", TranslateOptions{Segment: ids[1], Text: "Two.", As: "wang", Draft: true, Now: t0}); err != nil {
				return err
			}
			_, err := ws.Release("news", ids[1:2], "wang", t0)
			return err
		},
		func() error { // 2: zhao's draft, his claim long expired
			_, err := ws.Translate("news", TranslateOptions{Segment: ids[2], Text: "Three.", As: "zhao", Draft: true, Now: t0.AddDate(-1, 0, 0)})
			return err
		},
		func() error { // 3: approved
			if _, err := ws.Translate("news", TranslateOptions{Segment: ids[3], Text: "Four.", As: "zhao", Now: t0}); err != nil {
				return err
			}
			_, err := ws.Approve("news", ApproveOptions{Segments: ids[3:4], As: "li", Now: t0})
			return err
		},
		func() error { // 4: translated by zhao
			_, err := ws.Translate("news", TranslateOptions{Segment: ids[4], Text: "Five.", As: "zhao", Now: t0})
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	path := ws.SegmentPath("news")
	start, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ws.Load("news")
	for i, id := range ids {
		en := a.File.Segment(id).EN
		if _, err := ws.Translate("news", TranslateOptions{Segment: id, Text: en, As: "wang", Now: t0}); err != nil {
			t.Fatalf("translate %d: %v", i, err)
		}
		want, _ := os.ReadFile(path)
		if err := os.WriteFile(path, start, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := ws.Confirm("news", ConfirmOptions{Segments: []string{id}, As: "wang", Now: t0})
		if err != nil {
			t.Fatalf("confirm %d: %v", i, err)
		}
		got, _ := os.ReadFile(path)
		if !bytes.Equal(got, want) {
			t.Errorf("segment %d: confirm wrote\n%s\ntranslate wrote\n%s", i, got, want)
		}
		if c := res.Segments[0]; (i == 3) != c.Unchanged || (i == 2) != (c.TookOver != nil) {
			t.Errorf("segment %d: %+v", i, c)
		}
		if err := os.WriteFile(path, start, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// all at once: the same as one by one
	if _, err := ws.Confirm("news", ConfirmOptions{Segments: ids, As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	a, _ = ws.Load("news")
	for i, s := range a.File.Segments {
		want := articles.Translated
		if i == 3 {
			want = articles.Approved
		}
		if s.State != want || s.Claim != nil {
			t.Errorf("segment %d after confirming all: %+v", i, s)
		}
	}
}

// Every segment that cannot be confirmed is named; nothing is written; a
// usage error among them makes the whole a usage error.
func TestConfirmRefusesAllOrNothing(t *testing.T) {
	ws, ids := testWorkspace(t, 3)
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[0], Text: "One.", As: "wang", Draft: true, Now: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[1], Text: "Two.", As: "zhao", Draft: true, Now: t0}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(ws.SegmentPath("news"))
	_, err := ws.Confirm("news", ConfirmOptions{Segments: ids, As: "wang", Now: t0})
	list := err.(interface{ Unwrap() []error }).Unwrap()
	if len(list) != 2 {
		t.Fatalf("refusals: %v", err)
	}
	wantCode(t, list[0], diag.Refused, CodeClaimed)
	wantCode(t, list[1], diag.Usage, CodeConfirmNoEnglish)
	_, err = ws.Confirm("news", ConfirmOptions{Segments: ids[1:2], As: "wang", Now: t0})
	wantCode(t, err, diag.Refused, CodeClaimed)
	after, _ := os.ReadFile(ws.SegmentPath("news"))
	if !bytes.Equal(before, after) {
		t.Fatal("a refused confirm wrote")
	}
}
