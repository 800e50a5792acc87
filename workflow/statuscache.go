package workflow

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
)

// statusMagic starts the status cache file; the digit after it is the
// format version, raised whenever statusEntry or ArticleStatus changes
// shape or how a summary is computed changes.
const statusMagic = "bitext-status-cache\n3\n"

// The status cache keeps every article's summary (segments by state,
// claims, drift) in one file, .bitext/cache/status.gob, keyed like the
// check cache by content hashes: of the segment file and of the source it
// names, under the running build. Claim expiry, which depends on the
// clock, is recomputed on every run. The file is sealed like the check
// cache's (magic and version, sha256 of the payload): a damaged or foreign
// file is ignored, never trusted. It is always safe to delete.
type statusCache struct {
	path    string
	base    string // the build
	limit   int64  // max_file_size
	entries map[string]statusEntry
	dirty   bool
}

type statusEntry struct {
	SegHash    string // hash of base and the segment file's bytes
	SourcePath string // the source the summary read
	SourceHash string // sha256 of its bytes
	Status     ArticleStatus
}

func (w *Workspace) openStatusCache() *statusCache {
	c := &statusCache{
		path:    filepath.Join(w.Root, StateDir, "cache", "status.gob"),
		base:    buildID(),
		limit:   w.Settings.MaxFileSize,
		entries: map[string]statusEntry{},
	}
	raw, err := os.ReadFile(c.path)
	if err != nil {
		return c
	}
	var f struct {
		Base    string
		Entries map[string]statusEntry
	}
	if openWith(statusMagic, raw, &f) && f.Base == c.base && f.Entries != nil {
		c.entries = f.Entries
	}
	return c
}

func (c *statusCache) hashFile(path string) string {
	data, err := safeio.ReadRegular(path, c.limit)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func (c *statusCache) segHash(seg []byte) string {
	h := sha256.New()
	h.Write([]byte(c.base))
	h.Write(seg)
	return hex.EncodeToString(h.Sum(nil))
}

// save writes the cache if anything changed; failures are ignored (it is a
// cache).
func (c *statusCache) save() {
	if !c.dirty {
		return
	}
	var payload bytes.Buffer
	if gob.NewEncoder(&payload).Encode(struct {
		Base    string
		Entries map[string]statusEntry
	}{c.base, c.entries}) != nil {
		return
	}
	dir := filepath.Dir(c.path)
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, ".status.tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(sealWith(statusMagic, payload.Bytes()))
	if cerr := tmp.Close(); err != nil || cerr != nil || os.Rename(tmp.Name(), c.path) != nil {
		os.Remove(tmp.Name())
	}
}

// Statuses summarises the named articles (none: all), on every core, from
// the status cache where their files have not changed. An article whose
// segment file does not parse (or breaks the format) is left out of the
// list and its error returned in invalid, so that it does not hide the
// others; any other error stops it.
func (w *Workspace) Statuses(names []string, now time.Time, noCache bool) (list []ArticleStatus, invalid []*diag.Error, err error) {
	slugs, err := w.Resolve(names)
	if err != nil {
		return nil, nil, err
	}
	var cache *statusCache
	if !noCache {
		cache = w.openStatusCache()
	}
	out := make([]ArticleStatus, len(slugs))
	fresh := make([]*statusEntry, len(slugs))
	errs := make([]error, len(slugs))
	parallel(len(slugs), func(i int) {
		out[i], fresh[i], errs[i] = w.statusOf(slugs[i], now, cache)
	})
	for i, e := range errs {
		var de *diag.Error
		switch {
		case e == nil:
			list = append(list, out[i])
		case errors.As(e, &de) && de.Kind == diag.Invalid:
			invalid = append(invalid, de)
		default:
			return nil, nil, e // the first, as a sequential run would report it
		}
	}
	if cache != nil {
		for i, slug := range slugs {
			if fresh[i] != nil {
				cache.entries[slug] = *fresh[i]
				cache.dirty = true
			}
		}
		if len(names) == 0 && len(cache.entries) > len(slugs) {
			all := make(map[string]bool, len(slugs))
			for _, slug := range slugs {
				all[slug] = true
			}
			for slug := range cache.entries {
				if !all[slug] { // the article is gone
					delete(cache.entries, slug)
					cache.dirty = true
				}
			}
		}
		cache.save()
	}
	return list, invalid, nil
}

// statusOf summarises one article, from the cache when its segment file and
// source are unchanged; else it reads it and returns the entry to cache.
func (w *Workspace) statusOf(slug string, now time.Time, cache *statusCache) (ArticleStatus, *statusEntry, error) {
	path := w.SegmentPath(slug)
	if cache == nil {
		a, err := w.Load(slug)
		if err != nil {
			return ArticleStatus{}, nil, err
		}
		return w.Status(a, now), nil, nil
	}
	raw, err := w.readFile(path)
	if err != nil || refuseSymlink(path) != nil {
		_, err = w.Load(slug) // the error as Load reports it
		return ArticleStatus{}, nil, err
	}
	key := cache.segHash(raw)
	if e, ok := cache.entries[slug]; ok && e.SegHash == key && e.SourceHash != "" && w.within(e.SourcePath) && cache.hashFile(e.SourcePath) == e.SourceHash {
		st := e.Status
		st.Claims = append([]ClaimInfo{}, st.Claims...) // gob leaves an empty list out: [] in JSON, not null
		st.Comments = append([]SegmentComment{}, st.Comments...)
		for i := range st.Claims {
			st.Claims[i].Expired = w.Settings.ClaimTTL > 0 && now.Sub(st.Claims[i].At) > w.Settings.ClaimTTL
		}
		return st, nil, nil
	}
	a, err := w.loadBytes(slug, path, raw)
	if err != nil {
		return ArticleStatus{}, nil, err
	}
	src, srcErr := w.readFile(a.SourceFile())
	st := w.summarize(a, now, src, srcErr)
	if srcErr != nil {
		return st, nil, nil // no source: nothing to key it by
	}
	sum := sha256.Sum256(src)
	return st, &statusEntry{SegHash: key, SourcePath: a.SourceFile(), SourceHash: hex.EncodeToString(sum[:]), Status: st}, nil
}
