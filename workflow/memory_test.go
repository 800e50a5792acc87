package workflow

import (
	"os"
	"testing"
	"time"
)

// The memory cache is used while the segment files are unchanged, follows
// an edited file, and is rebuilt when it fails verification.
func TestMemoryCache(t *testing.T) {
	ws, ids := testWorkspace(t, 2)
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[0], Text: "This is a sentence.", As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	ws.Settings.SelfApprove = true
	if _, err := ws.Approve("news", ApproveOptions{Segments: ids[:1], As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	ix, err := ws.Memory()
	if err != nil {
		t.Fatal(err)
	}
	if got := ix.Exact("这是一句话。"); len(got) != 1 || got[0].EN != "This is a sentence." || got[0].Origin() != "news/"+ids[0] {
		t.Fatalf("exact: %+v", got)
	}
	cache := ws.memoryCachePath()
	raw, err := os.ReadFile(cache)
	if err != nil {
		t.Fatalf("no cache written: %v", err)
	}

	// Unchanged files: the cache is what is read. Prove it by planting a
	// different record in a well-sealed cache.
	var c memoryCache
	if !openWith(memoryMagic, raw, &c) {
		t.Fatal("the cache does not verify")
	}
	a := c.Articles["news"]
	a.Records[0].EN = "From the cache."
	c.Articles["news"] = a
	ws.writeMemoryCache(&c)
	recs, _ := ws.MemoryRecords()
	if recs[0].EN != "From the cache." {
		t.Errorf("the cache was not used: %+v", recs[0])
	}

	// A damaged cache (one byte of the payload flipped) is not believed.
	raw, _ = os.ReadFile(cache)
	raw[len(raw)-3] ^= 0xFF
	if err := os.WriteFile(cache, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	recs, _ = ws.MemoryRecords()
	if recs[0].EN != "This is a sentence." {
		t.Errorf("a damaged cache was believed: %+v", recs[0])
	}

	// An edited segment file is read again.
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[0], Text: "A new English.", As: "li", Now: t0.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	recs, _ = ws.MemoryRecords()
	if recs[0].EN != "A new English." || recs[0].Approved {
		t.Errorf("an edited file was not read again: %+v", recs[0])
	}
}
