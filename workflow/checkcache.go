package workflow

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/glossary"
)

// The check cache keeps each article's findings under
// .bitext/cache/check/<slug>.gob, keyed by the content hashes of everything
// they depend on: the segment file, its source, the glossary, bitext.yaml
// and RuleVersion. Claim expiry, which depends on the clock, is recomputed
// on every run. The cache is always safe to delete; a damaged entry is a
// miss.
//
// Every file of the cache is verified whole before it is believed: it
// starts with cacheMagic and the format version, then the sha256 of the
// payload, then the payload (gob). A file that fails any of it is a miss.
type checkCache struct {
	dir   string
	base  string // hash of RuleVersion, settings, glossary and allowed signers
	limit int64  // the workspace's max_file_size
}

// cacheMagic starts every cache file; the digit after it is the format
// version, raised whenever cacheEntry or articleResult changes shape.
const cacheMagic = "bitext-check-cache\n2\n"

// sealCache wraps a gob payload: magic and version, checksum, payload.
func sealCache(payload []byte) []byte { return sealWith(cacheMagic, payload) }

// sealWith wraps a payload under the given magic (which names the cache and
// its format version).
func sealWith(magic string, payload []byte) []byte {
	sum := sha256.Sum256(payload)
	out := make([]byte, 0, len(magic)+len(sum)+len(payload))
	out = append(out, magic...)
	out = append(out, sum[:]...)
	return append(out, payload...)
}

// openCache decodes a sealed cache file into v; false when the magic, the
// version or the checksum does not match, or the payload does not decode
// whole (nothing may follow the value).
func openCache(raw []byte, v any) bool { return openWith(cacheMagic, raw, v) }

// openWith is openCache for a file sealed under magic.
func openWith(magic string, raw []byte, v any) bool {
	rest, ok := bytes.CutPrefix(raw, []byte(magic))
	if !ok || len(rest) < sha256.Size {
		return false
	}
	sum, payload := rest[:sha256.Size], rest[sha256.Size:]
	if got := sha256.Sum256(payload); !bytes.Equal(got[:], sum) {
		return false
	}
	r := bytes.NewReader(payload)
	if gob.NewDecoder(r).Decode(v) != nil || r.Len() != 0 {
		return false
	}
	return true
}

type cacheEntry struct {
	Key        string // hash of base and the segment file
	SourcePath string // the source the article named when checked
	SourceHash string // "" when it could not be read
	Result     articleResult
}

// newCheckCache opens the cache, or returns nil when off.
func (w *Workspace) newCheckCache(off bool) *checkCache {
	if off {
		return nil
	}
	h := sha256.New()
	h.Write([]byte(RuleVersion + "\x00" + buildID() + "\x00"))
	for _, p := range []string{w.abs(SettingsFile), w.GlossaryPath(), w.allowedSignersPath()} {
		data, _ := w.readFile(p) // a missing file hashes as empty, as it checks
		sum := sha256.Sum256(data)
		h.Write(sum[:])
	}
	return &checkCache{dir: filepath.Join(w.Root, StateDir, "cache", "check"), base: hex.EncodeToString(h.Sum(nil)), limit: w.Settings.MaxFileSize}
}

// buildID names the running program (its path, size and modification
// time), so that a rebuilt bitext, whose rules may have changed, never
// trusts results cached by another build.
func buildID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(exe)
	if err != nil {
		return exe
	}
	return fmt.Sprintf("%s %d %d", exe, st.Size(), st.ModTime().UnixNano())
}

func (c *checkCache) key(seg []byte) string {
	h := sha256.New()
	h.Write([]byte(c.base))
	h.Write(seg)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *checkCache) hashFile(path string) string {
	data, err := safeio.ReadRegular(path, c.limit)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func (c *checkCache) path(slug string) string { return filepath.Join(c.dir, slug+".gob") }

// get returns the cached result of an article whose files have not changed.
func (c *checkCache) get(ws *Workspace, slug string) (*articleResult, bool) {
	raw, err := safeio.ReadRegular(c.path(slug), c.limit)
	if err != nil {
		return nil, false
	}
	var e cacheEntry
	if !openCache(raw, &e) {
		return nil, false
	}
	if refuseSymlink(ws.SegmentPath(slug)) != nil {
		return nil, false
	}
	seg, err := ws.readFile(ws.SegmentPath(slug))
	if err != nil || e.Key != c.key(seg) {
		return nil, false
	}
	if e.SourceHash == "" || !ws.within(e.SourcePath) || c.hashFile(e.SourcePath) != e.SourceHash {
		return nil, false
	}
	return &e.Result, true
}

// put stores an article's result; failures are ignored (it is a cache).
func (c *checkCache) put(ws *Workspace, slug string, r *articleResult) {
	if r.segKey == "" || r.sourceHash == "" {
		return
	}
	e := cacheEntry{Key: r.segKey, SourcePath: r.source, SourceHash: r.sourceHash, Result: *r}
	c.write(c.path(slug), slug, &e)
}

// glossarySnapshot is the decoded glossary, kept so that a check with a few
// changed articles does not decode a large glossary's YAML again.
type glossarySnapshot struct {
	Key   string // hash of the glossary file, RuleVersion and the build
	Terms []*glossary.Term
}

func (c *checkCache) glossaryPath() string { return filepath.Join(c.dir, "glossary.gob") }

// loadGlossary loads the glossary at path from its snapshot when the file
// is unchanged, else from the file; a missing file is the error missing
// (an empty glossary when it is nil). save, when not nil, writes the
// snapshot; the caller calls it only when the whole check parsed.
func (c *checkCache) loadGlossary(path string, missing error) (g *glossary.Glossary, save func(), err error) {
	data, rerr := safeio.ReadRegular(path, c.limit)
	if rerr != nil {
		if errors.Is(rerr, fs.ErrNotExist) {
			if missing != nil {
				return nil, nil, missing
			}
			return &glossary.Glossary{Path: path}, nil, nil
		}
		return nil, nil, rerr
	}
	h := sha256.New()
	h.Write([]byte(c.base))
	h.Write(data)
	key := hex.EncodeToString(h.Sum(nil))
	if raw, err := safeio.ReadRegular(c.glossaryPath(), c.limit); err == nil {
		var snap glossarySnapshot
		if openCache(raw, &snap) && snap.Key == key {
			return &glossary.Glossary{Path: path, Terms: snap.Terms}, nil, nil
		}
	}
	g, err = glossary.Parse(path, data)
	if err != nil {
		return nil, nil, err
	}
	return g, func() { c.write(c.glossaryPath(), "glossary", &glossarySnapshot{Key: key, Terms: g.Terms}) }, nil
}

// write gob-encodes v to path through a temporary file; failures are
// ignored (it is a cache).
func (c *checkCache) write(path, name string, v any) {
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(v) != nil {
		return
	}
	if os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(c.dir, "."+name+".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(sealCache(buf.Bytes()))
	if cerr := tmp.Close(); err != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
}
