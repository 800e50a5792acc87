package workflow

import (
	"bytes"
	"encoding/gob"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/interchange"
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
const memoryMagic = "bitext-tm-cache\n3\n" // raise the digit when tm.Record or memoryArticle changes shape

type memoryCache struct {
	Articles map[string]memoryArticle
}

type memoryArticle struct {
	Size, ModNs int64
	Records     []tm.Record
	Unread      bool // the segment file did not read (it has no records)
}

func (w *Workspace) memoryCachePath() string {
	return filepath.Join(w.Root, StateDir, "cache", "tm", "memory.gob")
}

// MemoryRecords returns the records of every article of the workspace,
// from the cache where the segment file is unchanged. A segment file that
// does not parse contributes nothing (check reports it).
func (w *Workspace) MemoryRecords() ([]tm.Record, error) {
	recs, _, save, err := w.memoryRecords(nil)
	if save != nil {
		save()
	}
	return recs, err
}

// SearchRecords is MemoryRecords for a search, which must not pass over
// an article in silence: also the errors of the segment files that did
// not read, in article order.
func (w *Workspace) SearchRecords() ([]tm.Record, []*diag.Error, error) {
	recs, unread, save, err := w.memoryRecords(nil)
	if save != nil {
		save()
	}
	if err != nil {
		return nil, nil, err
	}
	var invalid []*diag.Error
	for _, slug := range unread {
		var de *diag.Error
		if _, err := w.Load(slug); errors.As(err, &de) {
			invalid = append(invalid, de)
		} else if err != nil {
			return nil, nil, err
		}
	}
	return recs, invalid, nil
}

// MemoryWith is Memory with the records of article a taken from a as it
// is in memory (just written by a command, say), not from its file: a long
// article is not read again for a few suggestions. Their positions are
// those a was read with.
func (w *Workspace) MemoryWith(a *Article) (*tm.Index, error) {
	recs, _, save, err := w.memoryRecords(a)
	if err != nil {
		return nil, err
	}
	if save != nil {
		save()
	}
	return tm.Build(recs), nil
}

// memoryRecords reads the records (those of article over, when not nil,
// from it as it is in memory), and names the articles whose segment file
// did not read; save, when not nil, writes what was read to the memory
// cache (the caller decides whether it may).
func (w *Workspace) memoryRecords(over *Article) (recs []tm.Record, unread []string, save func(), err error) {
	slugs, err := w.Slugs()
	if err != nil {
		return nil, nil, nil, err
	}

	var cache memoryCache
	if raw, err := w.readFile(w.memoryCachePath()); err == nil {
		if !openWith(memoryMagic, raw, &cache) {
			cache = memoryCache{}
		}
	}
	next := memoryCache{Articles: make(map[string]memoryArticle, len(slugs))}
	// Articles the cache does not hold are read on every core: on a fresh
	// clone (CI) this is the whole workspace.
	entries := make([]memoryArticle, len(slugs))
	present := make([]bool, len(slugs))
	fresh := make([]bool, len(slugs))
	parallel(len(slugs), func(k int) {
		slug := slugs[k]
		if over != nil && slug == over.Slug {
			return
		}
		st, err := os.Lstat(w.SegmentPath(slug))
		if err != nil || !st.Mode().IsRegular() {
			return
		}
		present[k] = true
		c, ok := cache.Articles[slug]
		if !ok || c.Size != st.Size() || c.ModNs != st.ModTime().UnixNano() {
			fresh[k] = true
			c = memoryArticle{Size: st.Size(), ModNs: st.ModTime().UnixNano()}
			if a, err := w.Load(slug); err == nil {
				c.Records = articleRecords(slug, a.File)
			} else {
				c.Unread = true
			}
		}
		entries[k] = c
	})
	changed := false
	var out []tm.Record
	for k, slug := range slugs {
		if over != nil && slug == over.Slug {
			// From memory; the cache keeps what it had (the file changed:
			// the next reader reads it again).
			out = append(out, articleRecords(slug, over.File)...)
			if c, ok := cache.Articles[slug]; ok {
				next.Articles[slug] = c
			}
			continue
		}
		if !present[k] || fresh[k] {
			changed = true
		}
		if !present[k] {
			continue
		}
		next.Articles[slug] = entries[k]
		out = append(out, entries[k].Records...)
		if entries[k].Unread {
			unread = append(unread, slug)
		}
	}

	for _, name := range w.tmxFiles() {
		key := "tmx:" + name
		st, err := os.Lstat(filepath.Join(w.Root, TMDir, name))
		if err != nil {
			continue
		}
		c, ok := cache.Articles[key]
		if !ok || c.Size != st.Size() || c.ModNs != st.ModTime().UnixNano() {
			changed = true
			c = memoryArticle{Size: st.Size(), ModNs: st.ModTime().UnixNano(), Records: w.tmxRecords(name)}
		}
		next.Articles[key] = c
		out = append(out, c.Records...)
	}
	if changed || len(cache.Articles) != len(next.Articles) {
		save = func() { w.writeMemoryCache(&next) }
	}
	return out, unread, save, nil
}

// articleRecords lists an article's segments (and archived English) as
// memory records.
func articleRecords(slug string, f *articles.File) []tm.Record {
	out := make([]tm.Record, 0, len(f.Segments)+len(f.Archived))
	for i, s := range f.Segments {
		out = append(out, segmentRecord(slug, i, s))
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

// segmentRecord is the record of an article's segment i.
func segmentRecord(slug string, i int, s *articles.Segment) tm.Record {
	pos := s.ENAt
	if pos.Line == 0 {
		pos = s.At
	}
	return tm.Record{ZH: s.ZH, EN: s.EN, Article: slug, Segment: s.ID,
		Approved: s.State == articles.Approved && s.ApprovalValid(), State: string(s.State),
		Line: pos.Line, Col: pos.Col, Seg: i}
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

// RuleInconsistent: the same Chinese segment (normalised) is translated or
// approved with different English elsewhere in the workspace.
const RuleInconsistent = "qa.inconsistent"

// maxOthers is how many other places a qa.inconsistent finding names.
const maxOthers = 5

// TMDir holds the TMX memories imported with `bitext tm import`, beside
// the articles: they are shared with the desk through git like the rest.
const TMDir = "tm"

// tmxFiles lists the imported memories (base names), sorted.
func (w *Workspace) tmxFiles() []string {
	entries, err := os.ReadDir(filepath.Join(w.Root, TMDir))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".tmx") && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out
}

// tmxRecords reads an imported memory as records (all offered).
func (w *Workspace) tmxRecords(name string) []tm.Record {
	data, err := w.readFile(filepath.Join(w.Root, TMDir, name))
	if err != nil {
		return nil
	}
	m, err := interchange.ReadTMX(name, data)
	if err != nil {
		return nil
	}
	out := make([]tm.Record, 0, len(m.Units))
	for i, u := range m.Units {
		id := u.ID
		if id == "" {
			id = strconv.Itoa(i + 1)
		}
		out = append(out, tm.Record{ZH: u.ZH, EN: u.EN, Article: "tmx:" + name, Segment: id, Approved: true})
	}
	return out
}

// TMXOptions choose what `export --format tmx` writes.
type TMXOptions struct {
	States []articles.State // default: approved (with a valid approval)
	Now    time.Time
}

// MemoryTMX is the named articles' segments in the chosen states as a TMX
// memory; an approved segment counts only while its approval holds.
func (w *Workspace) MemoryTMX(slugs []string, opts TMXOptions) (*interchange.TMX, error) {
	states := opts.States
	if len(states) == 0 {
		states = []articles.State{articles.Approved}
	}
	m := &interchange.TMX{SourceLang: w.Settings.SourceLang, TargetLang: w.Settings.TargetLang, Created: stamp(opts.Now)}
	for _, slug := range slugs {
		a, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		paras := map[int]int{} // segments per paragraph
		for _, s := range a.File.Segments {
			paras[s.Para]++
		}
		for _, s := range a.File.Segments {
			if !slices.Contains(states, s.State) || strings.TrimSpace(s.EN) == "" || (s.State == articles.Approved && !s.ApprovalValid()) {
				continue
			}
			u := interchange.TU{ID: slug + "/" + s.ID, ZH: s.ZH, EN: s.EN, Translator: s.Translator, SegType: tmxSegType(s, paras[s.Para])}
			if s.Approval != nil && s.ApprovalValid() {
				u.Changed = s.Approval.At
			}
			m.Units = append(m.Units, u)
		}
	}
	return m, nil
}

// tmxSegType is a segment's TMX segmentation type, given how many
// segments its paragraph has: a joined segment is a "paragraph" when it is
// the whole paragraph, else a "block" (some sentences of one: TMX 1.4b's
// type for a segmentation that is none of the others); any other segment
// is one Chinese sentence, the header's "sentence" (its English may be
// several sentences: the unit is segmented by its source).
func tmxSegType(s *articles.Segment, inPara int) string {
	switch {
	case s.Sentences < 2:
		return interchange.SegSentence
	case inPara == 1:
		return interchange.SegParagraph
	}
	return interchange.SegBlock
}

// CodeBadTMXName: the memory's file name cannot be kept under tm/.
const CodeBadTMXName = "err.tm.bad-name"

func init() { diag.Register(CodeBadTMXName) }

// ImportTMX checks a TMX file and keeps a copy of it as tm/NAME.tmx, where
// the memory reads it from; a file of the same name is replaced (a newer
// export of the same memory). It returns the name kept and how many units
// with Chinese and English it holds.
func (w *Workspace) ImportTMX(path string, data []byte) (string, int, error) {
	m, err := interchange.ReadTMX(path, data)
	if err != nil {
		return "", 0, err
	}
	name := filepath.Base(path)
	if !strings.HasSuffix(name, ".tmx") {
		name += ".tmx"
	}
	if CheckSlug(strings.TrimSuffix(name, ".tmx")) != nil {
		return "", 0, &diag.Error{Kind: diag.Usage, Code: CodeBadTMXName, File: path, Args: diag.A{"name": name}}
	}
	dir := filepath.Join(w.Root, TMDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", 0, diag.Wrap(dir, err)
	}
	unlock, err := lockFile(filepath.Join(w.Root, StateDir, "locks", ".tm.lock"), TMDir, w.Settings.LockTimeout, func(string) {})
	if err != nil {
		return "", 0, err
	}
	defer unlock()
	if err := WriteFileAtomic(filepath.Join(dir, name), data); err != nil {
		return "", 0, err
	}
	return name, len(m.Units), nil
}

// GlossarySuggest proposes glossary terms from the memory's approved
// segments (imported memories included) that the glossary lacks.
func (w *Workspace) GlossarySuggest(g *glossary.Glossary, opts glossary.SuggestOptions) ([]glossary.Proposal, int, error) {
	recs, err := w.MemoryRecords()
	if err != nil {
		return nil, 0, err
	}
	var pairs []glossary.Pair
	for _, r := range recs {
		if r.Approved && strings.TrimSpace(r.EN) != "" {
			pairs = append(pairs, glossary.Pair{ZH: r.ZH, EN: r.EN})
		}
	}
	return glossary.Suggest(pairs, g, opts), len(pairs), nil
}

// Hit is where a search's text stands in a segment's Chinese or English:
// bytes Start to End of it, and the text there as written.
type Hit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// SearchHits finds every place of text in a record that Search found:
// in its Chinese compared as Search compares it (full-width forms folded,
// white space ignored, so a hit may span a space), in its English
// case-insensitively. The spans are bytes of r.ZH and r.EN as written.
func SearchHits(r tm.Record, text string) (zh, en []Hit) {
	zh = hitsIn(r.ZH, tm.Normalize(text), func(c rune) string {
		if unicode.IsSpace(c) {
			return ""
		}
		return width.Fold.String(string(c))
	})
	en = hitsIn(r.EN, strings.ToLower(strings.TrimSpace(text)), func(c rune) string {
		return string(unicode.ToLower(c))
	})
	return zh, en
}

// hitsIn finds the places of needle in s compared through fold, which maps
// each character of s to what is compared ("" for one left out), and
// returns them as bytes of s: each starts at the first character folded
// into it and ends after the last.
func hitsIn(s, needle string, fold func(rune) string) []Hit {
	if needle == "" || s == "" {
		return nil
	}
	var folded strings.Builder
	var from, to []int // per byte of folded: the character of s it comes of
	for i, c := range s {
		f := fold(c)
		_, n := utf8.DecodeRuneInString(s[i:])
		folded.WriteString(f)
		for range len(f) {
			from, to = append(from, i), append(to, i+n)
		}
	}
	hay := folded.String()
	var out []Hit
	for k := 0; k+len(needle) <= len(hay); {
		j := strings.Index(hay[k:], needle)
		if j < 0 {
			break
		}
		a, b := from[k+j], to[k+j+len(needle)-1]
		out = append(out, Hit{Start: a, End: b, Text: s[a:b]})
		k += j + len(needle)
	}
	return out
}
