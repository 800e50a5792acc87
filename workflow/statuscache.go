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
)

// statusMagic starts the status cache file; the digit after it is the
// format version, raised whenever statusEntry or ArticleStatus changes
// shape or how a summary is computed changes.
const statusMagic = "bitext-status-cache\n4\n"

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
	entries map[string]statusEntry
	dirty   bool
}

type statusEntry struct {
	SegHash    string // hash of base and the segment file's bytes
	SourcePath string // the source the summary read
	SourceHash string // sha256 of its bytes
	Status     ArticleStatus

	// The files' metadata when they were hashed, at HashedAt (unix ns):
	// while it is unchanged (fileStat.trusted), the hashes are not
	// computed again, and an unchanged workspace's status reads no file.
	SegStat, SourceStat fileStat
	HashedAt            int64
}

func (w *Workspace) openStatusCache() *statusCache {
	c := &statusCache{
		path:    filepath.Join(w.Root, StateDir, "cache", "status.gob"),
		base:    buildID(),
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
	hashedAt := time.Now().UnixNano()
	e, cached := cache.entries[slug]
	segStat, segOK := statFile(path)
	var srcStat fileStat
	srcOK := false
	if cached && e.SourceHash != "" {
		srcStat, srcOK = statFile(e.SourcePath)
	}
	hit := func() ArticleStatus {
		st := e.Status
		st.Claims = append([]ClaimInfo{}, st.Claims...) // gob leaves an empty list out: [] in JSON, not null
		st.Comments = append([]SegmentComment{}, st.Comments...)
		for i := range st.Claims {
			st.Claims[i].Expired = w.Settings.ClaimTTL > 0 && now.Sub(st.Claims[i].At) > w.Settings.ClaimTTL
		}
		return st
	}
	if cached && segOK && srcOK && e.SegStat.trusted(segStat, e.HashedAt) && e.SourceStat.trusted(srcStat, e.HashedAt) && w.within(e.SourcePath) {
		return hit(), nil, nil // nothing changed since it was hashed: no file is read
	}
	raw, err := w.readFile(path)
	if err != nil || refuseSymlink(path) != nil {
		_, err = w.Load(slug) // the error as Load reports it
		return ArticleStatus{}, nil, err
	}
	key := cache.segHash(raw)
	if cached && e.SegHash == key && e.SourceHash != "" && w.within(e.SourcePath) {
		if src, err := w.readFile(e.SourcePath); err == nil {
			if sum := sha256.Sum256(src); hex.EncodeToString(sum[:]) == e.SourceHash {
				// The same content (touched, or copied): note the files'
				// metadata now, so that the next run need not read them.
				fresh := e
				fresh.SegStat, fresh.SourceStat, fresh.HashedAt = segStat, srcStat, hashedAt
				return hit(), &fresh, nil
			}
		}
	}
	a, err := w.loadBytes(slug, path, raw)
	if err != nil {
		return ArticleStatus{}, nil, err
	}
	srcStat, _ = statFile(a.SourceFile())
	src, srcErr := w.readFile(a.SourceFile())
	st := w.summarize(a, now, src, srcErr)
	if srcErr != nil {
		return st, nil, nil // no source: nothing to key it by
	}
	sum := sha256.Sum256(src)
	return st, &statusEntry{SegHash: key, SourcePath: a.SourceFile(), SourceHash: hex.EncodeToString(sum[:]), Status: st,
		SegStat: segStat, SourceStat: srcStat, HashedAt: hashedAt}, nil
}
