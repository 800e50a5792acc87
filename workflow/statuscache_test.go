package workflow_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow"
)

// The status cache never changes what status says: after every kind of
// change (a source edited, a segment file edited, an article removed, the
// cache file damaged, the clock moved past claim_ttl), the cached summary
// equals the one computed from the files.
func TestStatusCacheAgreesWithFiles(t *testing.T) {
	dir, _ := generate(t, corpus.Options{Seed: 3, Articles: 12, Segments: 8, Terms: 20, Faults: 0.3})
	ws, err := workflow.Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	cachePath := filepath.Join(dir, workflow.StateDir, "cache", "status.gob")
	same := func(step string, at time.Time) []workflow.ArticleStatus {
		t.Helper()
		want, _, err := ws.Statuses(nil, at, true)
		if err != nil {
			t.Fatal(err)
		}
		for run := range 2 { // the first may fill the cache, the second reads it
			got, _, err := ws.Statuses(nil, at, false)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, cached run %d:\n got %+v\nwant %+v", step, run, got, want)
			}
		}
		if _, err := os.Stat(cachePath); err != nil {
			t.Fatalf("%s: no cache written: %v", step, err)
		}
		return want
	}
	slugs, _ := ws.Slugs()
	first := same("fresh", time.Date(2020, 1, 1, 10, 0, 0, 0, time.UTC)) // the corpus's claims are an hour old

	// The clock moves: claim expiry is recomputed, not cached.
	later := same("years later", now)
	claims, expired := 0, 0
	for i := range later {
		for j, c := range later[i].Claims {
			claims++
			if c.Expired && !first[i].Claims[j].Expired {
				expired++
			}
		}
	}
	if claims == 0 || expired == 0 {
		t.Fatalf("the corpus should hold claims that expire (%d claims, %d newly expired)", claims, expired)
	}

	// A source edited: that article drifts.
	src := filepath.Join(dir, "articles", slugs[0]+".zh.md")
	data, _ := os.ReadFile(src)
	os.WriteFile(src, append(data, []byte("\n新的一段。\n")...), 0o644)
	if got := same("source edited", now); !got[0].Drift {
		t.Fatal("an edited source should drift")
	}

	// A segment file edited by hand.
	seg := filepath.Join(dir, "articles", slugs[1]+".yaml")
	data, _ = os.ReadFile(seg)
	os.WriteFile(seg, []byte(strings.Replace(string(data), "state: approved", "state: draft", 1)), 0o644)
	same("segment file edited", now)

	// An article removed, and the cache damaged.
	os.Remove(filepath.Join(dir, "articles", slugs[2]+".yaml"))
	raw, _ := os.ReadFile(cachePath)
	raw[len(raw)/2] ^= 0xff
	os.WriteFile(cachePath, raw, 0o644)
	if got := same("article removed, cache damaged", now); len(got) != len(slugs)-1 {
		t.Fatalf("%d articles, want %d", len(got), len(slugs)-1)
	}

	// Some articles named: the same lines as in the full list.
	part, _, err := ws.Statuses([]string{slugs[3], slugs[0]}, now, false)
	if err != nil {
		t.Fatal(err)
	}
	full, _, _ := ws.Statuses(nil, now, true)
	if !reflect.DeepEqual(part[0], full[2]) || !reflect.DeepEqual(part[1], full[0]) {
		t.Fatal("a named article's status differs from its line in the full list")
	}
}
