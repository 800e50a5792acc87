package workflow

import (
	"os"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
)

// Every write of this package's tests that splices the touched segments
// into the file read is checked against writing the whole file.
func init() { verifySplice = true }

// TestOneSegmentWritesSplice: checkout, translate, approve, reject and
// release on a segment in the middle of an article write only that
// segment, and the file is byte for byte what writing it whole gives (and
// what yaml.v3 would write).
func TestOneSegmentWritesSplice(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 3, Articles: 1, Segments: 300, Terms: 100, Faults: 0.2}); err != nil {
		t.Fatal(err)
	}
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	ws.Settings.SelfApprove = false
	slugs, _ := ws.Slugs()
	slug := slugs[0]
	a, err := ws.Load(slug)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, s := range a.File.Segments[150:] {
		if s.State == articles.New {
			id = s.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no new segment in the second half")
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	before := spliced.Load()
	steps := []func() error{
		func() error {
			_, err := ws.Checkout(slug, CheckoutOptions{Segments: []string{id}, As: "wang", Now: now})
			return err
		},
		func() error {
			_, err := ws.Translate(slug, TranslateOptions{Segment: id, Text: "A new line: 'quoted', #1", As: "wang", Now: now})
			return err
		},
		func() error {
			_, err := ws.Approve(slug, ApproveOptions{Segments: []string{id}, As: "li", Force: true, Now: now})
			return err
		},
		func() error { _, err := ws.Reject(slug, id, "li", "say it shorter", now); return err },
		func() error {
			_, err := ws.Checkout(slug, CheckoutOptions{Segments: []string{id}, As: "wang", Now: now})
			return err
		},
		func() error { _, err := ws.Release(slug, []string{id}, "wang", now); return err },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		data, err := os.ReadFile(ws.SegmentPath(slug))
		if err != nil {
			t.Fatal(err)
		}
		f, err := articles.Decode("f", data)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		whole, _ := articles.Encode(f)
		if string(whole) != string(data) {
			t.Fatalf("step %d: the file is not what writing it whole gives", i)
		}
	}
	if n := spliced.Load() - before; n != int64(len(steps)) {
		t.Fatalf("%d of %d writes spliced", n, len(steps))
	}
}
