package workflow

import (
	"os"
	"strings"
	"testing"
	"time"
)

// The status cache trusts a file's metadata only while it is unchanged: an
// edit that keeps the size and puts the modification time back is still
// noticed (the change time and the inode move), and an untouched article is
// served from the cache.
func TestStatusCacheTrustsOnlyUnchangedMetadata(t *testing.T) {
	defer func(w time.Duration) { racyWindow = w }(racyWindow)
	racyWindow = -time.Hour // trust at once: the test does not wait out the window
	ws, _ := testWorkspace(t, 3)
	slug := "news"
	path := ws.SegmentPath(slug)
	now := time.Now()
	first, _, err := ws.Statuses(nil, now, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := first[0].States["new"]; got != 3 {
		t.Fatalf("%d new segments, want 3", got)
	}
	c := ws.openStatusCache()
	e := c.entries[slug]
	if e.HashedAt == 0 || e.SegStat.Size == 0 {
		t.Fatalf("no metadata cached: %+v", e)
	}
	st, _ := statFile(path)
	if !e.SegStat.trusted(st, e.HashedAt) {
		t.Fatal("an untouched file is not trusted")
	}

	// Same size, same modification time, other content.
	data, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	edited := strings.Replace(string(data), "state: new", "state: raw", 1) // 3 letters for 3
	if len(edited) != len(data) {
		t.Fatal("the edit must keep the size")
	}
	os.WriteFile(path, []byte(edited), 0o644)
	os.Chtimes(path, info.ModTime(), info.ModTime())
	st, _ = statFile(path)
	if e.SegStat.trusted(st, e.HashedAt) {
		t.Fatal("an edited file with its size and mtime put back is trusted")
	}
	_, invalid, err := ws.Statuses(nil, now, false)
	if err != nil || len(invalid) != 1 {
		t.Fatalf("the edited file (a bad state) was not read again: %v %v", invalid, err)
	}
}
