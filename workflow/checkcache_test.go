package workflow

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// cacheWorkspace is a workspace whose uncached check finds 2 errors (a
// forbidden variant and an approval gone void).
func cacheWorkspace(t testing.TB) *Workspace {
	dir := t.TempDir()
	files := map[string]string{
		"bitext.yaml":      "source_lang: zh-Hans\n",
		"glossary.yaml":    "terms:\n  - {id: idcpc, zh: [中联部], en: International Department of the CPC Central Committee, abbr: IDCPC, forbidden: [International Liaison Department]}\n",
		"articles/a.zh.md": "# 中联部会议\n",
		"articles/a.yaml": `bitext: 1
article: a
source: a.zh.md
source_sha256: ` + sourceHash("# 中联部会议\n") + `
segments:
  - id: h1aaaa
    para: 0
    zh: 中联部会议
    en: International Liaison Department Meeting
    state: approved
    approval: {by: li, at: '2026-11-01T10:00:00Z', zh_sha256: x, en_sha256: y}
`,
	}
	return writeWorkspace(t, dir, files)
}

// writeWorkspace writes files (path → text) into dir and opens the
// workspace there.
func writeWorkspace(t testing.TB, dir string, files map[string]string) *Workspace {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func sourceHash(text string) string {
	norm, _ := articles.NormalizeSource("a.zh.md", []byte(text))
	return articles.SourceSHA256(norm)
}

func reportText(t testing.TB, ws *Workspace, noCache bool) string {
	rep, err := ws.Check(CheckOptions{NoCache: noCache})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%+v", *rep)
}

// TestCacheDamageIsAMiss reproduces the probe's attack: renaming a gob field
// name in a cache entry (which gob silently ignores) turned a check with
// errors into "0 errors". Every one-byte change of an entry must be a miss:
// the cached check then reports exactly what the uncached one does.
func TestCacheDamageIsAMiss(t *testing.T) {
	ws := cacheWorkspace(t)
	want := reportText(t, ws, true)
	if got := reportText(t, ws, false); got != want { // writes the cache
		t.Fatalf("first cached check differs:\n%s\n%s", got, want)
	}
	entry := filepath.Join(ws.Root, StateDir, "cache", "check", "a.gob")
	good, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(good, []byte("Findings")) {
		t.Fatal("the entry does not hold the field name the attack renames")
	}
	damaged := [][]byte{bytes.Replace(good, []byte("Findings"), []byte("Findingz"), 1)}
	for i := 0; i < len(good); i += 1 + len(good)/300 {
		b := bytes.Clone(good)
		b[i] ^= 0x20
		damaged = append(damaged, b)
	}
	for k, b := range damaged {
		if err := os.WriteFile(entry, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if got := reportText(t, ws, false); got != want {
			t.Fatalf("damaged entry %d changed the report:\n%s\nwant\n%s", k, got, want)
		}
	}
}

// FuzzCacheEntry: the cache reader never panics, and accepts only what the
// writer sealed: an accepted entry, sealed again, reads back the same.
func FuzzCacheEntry(f *testing.F) {
	ws := cacheWorkspace(f)
	ws.Check(CheckOptions{})
	for _, name := range []string{"a.gob", "glossary.gob"} {
		if b, err := os.ReadFile(filepath.Join(ws.Root, StateDir, "cache", "check", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(cacheMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var e cacheEntry
		if !openCache(data, &e) {
			return
		}
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&e); err != nil {
			t.Fatal(err)
		}
		var back cacheEntry
		if !openCache(sealCache(buf.Bytes()), &back) || !reflect.DeepEqual(e, back) {
			t.Fatalf("accepted entry does not round-trip: %+v", e)
		}
	})
}
