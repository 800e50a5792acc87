package workflow

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// Every sync in the tests checks its write against writing the whole file.
func init() { verifySync = true }

func newSyncWorkspace(t *testing.T, n int) (*Workspace, []string) {
	t.Helper()
	dir := t.TempDir()
	slugs, _, _ := writeCorpus(t, dir, n, 12, 3)
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	return ws, slugs
}

// If a segment file is written between sync's computing and writing it (a
// translator saving), sync starts over from what is there: the translator's
// work is kept.
func TestSyncRecomputesWhenFileChanged(t *testing.T) {
	ws, slugs := newSyncWorkspace(t, 1)
	slug := slugs[0]
	j, err := ws.syncOne(slug, syncNow, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.Update(slug, func(a *Article) error {
		s := a.File.Segments[0]
		s.EN = "Saved meanwhile."
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := ws.renameSyncedBatch([]string{slug}, []synced{j}, []int{0}, nil, syncNow, ""); err != nil {
		t.Fatal(err)
	}
	a, err := ws.Load(slug)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range a.File.Segments {
		found = found || s.EN == "Saved meanwhile."
	}
	for _, s := range a.File.Archived {
		found = found || s.EN == "Saved meanwhile."
	}
	if !found {
		t.Fatal("the English saved between compute and write was lost")
	}
}

// One bad source stops every article: nothing is written.
func TestSyncAllOrNothing(t *testing.T) {
	ws, slugs := newSyncWorkspace(t, 20)
	before := map[string][]byte{}
	for _, s := range slugs {
		before[s], _ = os.ReadFile(ws.SegmentPath(s))
	}
	bad := ws.SourcePath(slugs[13])
	if err := os.WriteFile(bad, []byte("第一句。\n第二\xff句。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ws.Sync(nil, syncNow)
	if err == nil || !strings.Contains(err.Error(), filepath.Base(bad)+":2:3") {
		t.Fatalf("err = %v", err)
	}
	for _, s := range slugs {
		now, _ := os.ReadFile(ws.SegmentPath(s))
		if string(now) != string(before[s]) {
			t.Fatalf("%s was written", s)
		}
	}
	noTemps(t, ws)
	// With the source fixed, every article syncs, and a second run is a no-op.
	if err := os.WriteFile(bad, []byte("第一句。\n第二句。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Sync(nil, syncNow)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for _, r := range res {
		if r.Changed {
			changed++
		}
	}
	if changed == 0 {
		t.Fatal("nothing synced")
	}
	res, err = ws.Sync(nil, syncNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Changed {
			t.Fatalf("second sync changed %s", r.Article)
		}
	}
	a, _ := ws.Load(slugs[13])
	if len(a.File.Segments) != 2 || a.File.Segments[0].State != articles.New {
		t.Fatalf("fixed article: %+v", a.File.Segments)
	}
	noTemps(t, ws)
}

// noTemps fails when the articles directory holds a temporary file.
func noTemps(t *testing.T, ws *Workspace) {
	t.Helper()
	if left, _ := filepath.Glob(filepath.Join(ws.ArticlesDir(), ".*.tmp-*")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

// Sync writes each new segment file to a temporary file as soon as it is
// computed, and renames it under the article's lock. A command that takes
// the lock in between removes the temporary files it finds (as a killed
// write's): sync then writes the article again, from what is there.
func TestSyncTempRemovedMeanwhile(t *testing.T) {
	ws, slugs := newSyncWorkspace(t, 1)
	slug := slugs[0]
	src := ws.SourcePath(slug)
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, append(raw, "\n新增的一句话。\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := ws.syncOne(slug, syncNow, "")
	if err != nil {
		t.Fatal(err)
	}
	if !j.r.Changed || j.tmp == "" {
		t.Fatalf("nothing to write: %+v", j)
	}
	want, err := os.ReadFile(j.tmp)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := ws.Lock(slug) // removes the temporary file
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	if _, err := os.Stat(j.tmp); err == nil {
		t.Fatal("the lock left the temporary file")
	}
	if err := ws.renameSyncedBatch([]string{slug}, []synced{j}, []int{0}, nil, syncNow, ""); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(ws.SegmentPath(slug))
	if err != nil {
		t.Fatal(err)
	}
	// What sync computed (but for the new segment's id, drawn anew).
	idLine := regexp.MustCompile(`(?m)^  - id: .*$`)
	if idLine.ReplaceAllString(string(got), "") != idLine.ReplaceAllString(string(want), "") {
		t.Fatalf("the segment file is not what sync computed:\n%s", got)
	}
	noTemps(t, ws)
}
