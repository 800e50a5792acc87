package workflow

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// The translation memory is built from every segment file of the
// workspace (approved segments and approved archived English are what it
// offers; every segment is searched by `search` and the consistency check)
// and cached in .bitext/cache/tm/memory.gob, sealed like the check cache:
// magic and format version, the sha256 of the payload, the payload. Each
// article's records are kept with the size and modification time of its
// segment file; a later load decodes again only the files that changed,
// were added or removed. A cache that fails verification is rebuilt.
const memoryMagic = "bitext-tm-cache\n1\n" // raise the digit when tm.Record changes shape

type memoryCache struct {
	Articles map[string]memoryArticle
}

type memoryArticle struct {
	Size, ModNs int64
	Records     []tm.Record
}

func (w *Workspace) memoryCachePath() string {
	return filepath.Join(w.Root, StateDir, "cache", "tm", "memory.gob")
}

// MemoryRecords returns the records of every article of the workspace,
// from the cache where the segment file is unchanged. A segment file that
// does not parse contributes nothing (check reports it).
func (w *Workspace) MemoryRecords() ([]tm.Record, error) {
	slugs, err := w.Slugs()
	if err != nil {
		return nil, err
	}
	var cache memoryCache
	if raw, err := w.readFile(w.memoryCachePath()); err == nil {
		if !openWith(memoryMagic, raw, &cache) {
			cache = memoryCache{}
		}
	}
	next := memoryCache{Articles: make(map[string]memoryArticle, len(slugs))}
	changed := len(cache.Articles) != len(slugs)
	var out []tm.Record
	for _, slug := range slugs {
		path := w.SegmentPath(slug)
		st, err := os.Lstat(path)
		if err != nil || !st.Mode().IsRegular() {
			changed = true
			continue
		}
		c, ok := cache.Articles[slug]
		if !ok || c.Size != st.Size() || c.ModNs != st.ModTime().UnixNano() {
			changed = true
			c = memoryArticle{Size: st.Size(), ModNs: st.ModTime().UnixNano()}
			if a, err := w.Load(slug); err == nil {
				c.Records = articleRecords(slug, a.File)
			}
		}
		next.Articles[slug] = c
		out = append(out, c.Records...)
	}
	if changed {
		w.writeMemoryCache(&next)
	}
	return out, nil
}

// articleRecords lists an article's segments (and archived English) as
// memory records.
func articleRecords(slug string, f *articles.File) []tm.Record {
	out := make([]tm.Record, 0, len(f.Segments)+len(f.Archived))
	for _, s := range f.Segments {
		out = append(out, tm.Record{ZH: s.ZH, EN: s.EN, Article: slug, Segment: s.ID,
			Approved: s.State == articles.Approved && s.ApprovalValid(), State: string(s.State)})
	}
	for _, a := range f.Archived {
		if strings.TrimSpace(a.EN) == "" {
			continue
		}
		out = append(out, tm.Record{ZH: a.ZH, EN: a.EN, Article: slug, Segment: a.ID,
			Approved: a.State == articles.Approved, Archived: true, State: string(a.State)})
	}
	return out
}

// writeMemoryCache stores the cache; failures are ignored (it is a cache).
func (w *Workspace) writeMemoryCache(c *memoryCache) {
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(c) != nil {
		return
	}
	path := w.memoryCachePath()
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".memory.tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(sealWith(memoryMagic, buf.Bytes()))
	if cerr := tmp.Close(); err != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
}

// Memory is the workspace's translation memory, indexed.
func (w *Workspace) Memory() (*tm.Index, error) {
	recs, err := w.MemoryRecords()
	if err != nil {
		return nil, err
	}
	return tm.Build(recs), nil
}

// DefaultFuzzyThreshold is the similarity from which a fuzzy match is shown.
const DefaultFuzzyThreshold = 0.70

// Suggestion is a fuzzy match for one segment, ready to show: the memory's
// Chinese, the similarity, and each distinct English with where it is.
type Suggestion struct {
	ZH         string
	Similarity float64
	EN         []SuggestedEN
}

// SuggestedEN is one English of a match and the records that have it.
type SuggestedEN struct {
	EN      string   `json:"en"`
	Origins []string `json:"origins"` // "ARTICLE/SEG" or "tmx:FILE", sorted
}

// Suggest returns the best fuzzy matches for zh, leaving out the segment
// itself (self is "ARTICLE/SEG").
func Suggest(ix *tm.Index, zh, self string, threshold float64, max int) []Suggestion {
	var out []Suggestion
	for _, m := range ix.Fuzzy(zh, threshold, max+1) {
		byEN := map[string][]string{}
		var order []string
		for _, r := range m.Records {
			if r.Origin() == self {
				continue
			}
			if _, ok := byEN[r.EN]; !ok {
				order = append(order, r.EN)
			}
			byEN[r.EN] = append(byEN[r.EN], r.Origin())
		}
		if len(order) == 0 {
			continue
		}
		s := Suggestion{ZH: m.Records[0].ZH, Similarity: m.Similarity}
		for _, en := range order {
			o := byEN[en]
			sort.Strings(o)
			s.EN = append(s.EN, SuggestedEN{EN: en, Origins: o})
		}
		sort.SliceStable(s.EN, func(i, j int) bool { return len(s.EN[i].Origins) > len(s.EN[j].Origins) })
		out = append(out, s)
		if len(out) == max {
			break
		}
	}
	return out
}

// FillFromMemory gives every `new` segment of f whose normalised Chinese
// equals an approved one in the memory that English: state `translated`
// (never approved: a reviewer sees it in diff), translator left empty and
// the match recorded in origin. When the memory has several English for
// the Chinese, the one most records share wins (then the first by origin).
// It returns how many segments it filled.
func FillFromMemory(ix *tm.Index, f *articles.File) int {
	n := 0
	for _, s := range f.Segments {
		if s.State != articles.New || s.EN != "" {
			continue
		}
		recs := ix.Exact(s.ZH)
		if len(recs) == 0 {
			continue
		}
		best := bestRecord(recs)
		s.EN, s.State, s.Origin = best.EN, articles.Translated, best.Origin()
		n++
	}
	return n
}

// bestRecord is the record whose English most records share; ties go to
// the smallest origin, so the choice does not depend on file order.
func bestRecord(recs []*tm.Record) *tm.Record {
	count := map[string]int{}
	for _, r := range recs {
		count[r.EN]++
	}
	var best *tm.Record
	for _, r := range recs {
		if best == nil || count[r.EN] > count[best.EN] || (count[r.EN] == count[best.EN] && r.Origin() < best.Origin()) {
			best = r
		}
	}
	return best
}

// Search is the concordance: every segment and archived English whose
// Chinese holds text (compared normalised) or whose English holds it
// (case-insensitive), in article order.
func Search(recs []tm.Record, text string) []tm.Record {
	zh := tm.Normalize(text)
	en := strings.ToLower(strings.TrimSpace(text))
	var out []tm.Record
	if zh == "" {
		return nil
	}
	for _, r := range recs {
		if strings.Contains(tm.Normalize(r.ZH), zh) || (r.EN != "" && strings.Contains(strings.ToLower(r.EN), en)) {
			out = append(out, r)
		}
	}
	return out
}
