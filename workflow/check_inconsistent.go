package workflow

import (
	"bytes"
	"hash/maphash"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// recordUnits are where the records qa.inconsistent compares come from, n
// units (articles, imported memories) read one at a time, on every core.
type recordUnits struct {
	n    int
	read func(i int) []tm.Record
}

// inconsistencies finds, for the checked articles, every translated or
// approved segment whose normalised Chinese has another English in another
// translated or approved segment of the workspace, naming those places.
//
// It holds, for the whole workspace, a hash of each segment's Chinese and
// English, not their text: only the units holding a Chinese with more than
// one English are read again, and those groups compared exactly. With
// noCache the articles are read one by one (nothing of them stays); else
// their records come from the memory cache, and save, when not nil,
// writes it.
func (w *Workspace) inconsistencies(slugs []string, noCache bool) (map[string][]ranked, func()) {
	if w.Severity(RuleInconsistent) == SevOff {
		return nil, nil
	}
	var units recordUnits
	var save func()
	if noCache {
		all, err := w.Slugs()
		if err != nil {
			return nil, nil
		}
		return w.inconsistentScan(slugs, all), nil
	} else {
		recs, sv, err := w.memoryRecords(nil)
		if err != nil {
			return nil, nil
		}
		save = sv
		units = recordUnits{n: 1, read: func(int) []tm.Record { return recs }}
	}
	return w.inconsistentIn(units, slugs), save
}

// articleUnits reads the records of the given articles, then of every
// imported memory, from their files.
func (w *Workspace) articleUnits(slugs []string) recordUnits {
	tmx := w.tmxFiles()
	return recordUnits{n: len(slugs) + len(tmx), read: func(i int) []tm.Record {
		if i >= len(slugs) {
			return w.tmxRecords(tmx[i-len(slugs)])
		}
		st, err := os.Lstat(w.SegmentPath(slugs[i]))
		if err != nil || !st.Mode().IsRegular() {
			return nil
		}
		a, err := w.Load(slugs[i])
		if err != nil {
			return nil // check reports it
		}
		return articleRecords(slugs[i], a.File)
	}}
}

// compared reports whether qa.inconsistent compares r: translated, or
// approved with an approval that holds (a void one is its own finding,
// workflow.approval-void), and with English.
func compared(r *tm.Record) bool {
	return !r.Archived && (r.State == string(articles.Translated) || r.Approved) && strings.TrimSpace(r.EN) != ""
}

// enKey is the form in which two Englishes are compared: white space
// collapsed.
func enKey(en string) string { return strings.Join(strings.Fields(en), " ") }

// inconsistentIn is inconsistencies over units, for the checked slugs.
func (w *Workspace) inconsistentIn(units recordUnits, slugs []string) map[string][]ranked {
	// First pass: each normalised Chinese's hash, with the hash of its
	// first English and whether another English was seen.
	seed := maphash.MakeSeed()
	type sum struct {
		en    uint64
		multi bool
	}
	sums := map[uint64]sum{}
	var mu sync.Mutex
	unitZH := make([][]uint64, units.n)
	parallel(units.n, func(i int) {
		recs := units.read(i)
		zh := make([]uint64, 0, len(recs))
		en := make([]uint64, 0, len(recs))
		for k := range recs {
			if r := &recs[k]; compared(r) {
				zh = append(zh, maphash.String(seed, tm.Normalize(r.ZH)))
				en = append(en, maphash.String(seed, enKey(r.EN)))
			}
		}
		mu.Lock()
		for k, h := range zh {
			s, ok := sums[h]
			switch {
			case !ok:
				sums[h] = sum{en: en[k]}
			case !s.multi && s.en != en[k]:
				sums[h] = sum{en: s.en, multi: true}
			}
		}
		mu.Unlock()
		unitZH[i] = zh
	})
	// Second pass: the records of those Chineses, read again from the
	// units that hold them.
	kept := make([][]tm.Record, units.n)
	parallel(units.n, func(i int) {
		need := false
		for _, h := range unitZH[i] {
			if sums[h].multi {
				need = true
				break
			}
		}
		unitZH[i] = nil
		if !need {
			return
		}
		recs := units.read(i)
		for k := range recs {
			if r := &recs[k]; compared(r) && sums[maphash.String(seed, tm.Normalize(r.ZH))].multi {
				kept[i] = append(kept[i], *r)
			}
		}
	})
	var recs []tm.Record
	for _, k := range kept {
		recs = append(recs, k...)
	}
	return w.inconsistentGroups(recs, slugs)
}

// inconsistentGroups compares records exactly: the findings of the checked
// slugs' records whose normalised Chinese has another English.
func (w *Workspace) inconsistentGroups(recs []tm.Record, slugs []string) map[string][]ranked {
	type place struct {
		r  *tm.Record
		en string
	}
	groups := map[string][]place{}
	for i := range recs {
		r := &recs[i]
		k := tm.Normalize(r.ZH)
		groups[k] = append(groups[k], place{r, enKey(r.EN)})
	}
	checked := make(map[string]bool, len(slugs))
	for _, s := range slugs {
		checked[s] = true
	}
	out := map[string][]ranked{}
	rejects := w.glossaryRejects()
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		// Each English the group has, with its places: a finding names the
		// places of the other Englishes, at most maxOthers of them (a
		// boilerplate sentence can stand in thousands of segments), so the
		// work is linear in the group, not quadratic.
		variants := map[string][]string{}
		for _, q := range g {
			variants[q.en] = append(variants[q.en], q.r.Origin()+" \""+q.r.EN+"\"")
		}
		if len(variants) < 2 {
			continue
		}
		// An English the glossary rejects is not one to be consistent
		// with: only itself is told of the others.
		rejected := map[string]bool{}
		for _, q := range g {
			if _, ok := rejected[q.en]; !ok {
				rejected[q.en] = rejects(q.r)
			}
		}
		named := map[string]string{} // English → the others it names
		counts := map[string]int{}   // English → how many places those are
		for _, p := range g {
			if !checked[p.r.Article] {
				continue
			}
			others, ok := named[p.en]
			if !ok {
				var list []string
				for en, places := range variants {
					if en != p.en && (rejected[p.en] || !rejected[en]) {
						list = append(list, places...)
					}
				}
				counts[p.en] = len(list)
				sort.Strings(list)
				if len(list) > maxOthers {
					list = append(list[:maxOthers:maxOthers], "…")
				}
				others = strings.Join(list, "; ")
				named[p.en] = others
			}
			if counts[p.en] == 0 {
				continue
			}
			f := Finding{Rule: RuleInconsistent, Article: p.r.Article, Segment: p.r.Segment,
				File: w.Rel(w.SegmentPath(p.r.Article)), Line: p.r.Line, Column: p.r.Col,
				ZH: p.r.ZH, EN: p.r.EN, Start: -1, End: -1,
				Args: map[string]any{"count": counts[p.en], "others": others}}
			out[p.r.Article] = append(out[p.r.Article], ranked{F: f, Seg: p.r.Seg, Rule: ruleIndex[RuleInconsistent]})
		}
	}
	return out
}

// rejectedBy are the glossary rules that reject an English wherever it
// stands, whatever comes before it in its article: a forbidden variant, a
// deprecated term, a name in the wrong order, a misspelled rendering.
var rejectedBy = []string{glossary.RuleForbidden, glossary.RuleDeprecated, glossary.RuleNameOrder, glossary.RuleMisspelled}

// glossaryRejects returns a test of whether the glossary rejects a
// record's English by one of rejectedBy (those rules not switched off):
// checked on the segment alone, with the glossary loaded when first
// needed. Without a glossary that loads, it rejects nothing (check reports
// the glossary's own error).
func (w *Workspace) glossaryRejects() func(r *tm.Record) bool {
	load := sync.OnceValue(func() *glossary.Glossary {
		g, err := w.LoadGlossary()
		if err != nil {
			return nil
		}
		return g
	})
	return func(r *tm.Record) bool {
		g := load()
		if g == nil || len(g.Terms) == 0 {
			return false
		}
		for _, is := range g.Check([]*articles.Segment{{Para: 1, ZH: r.ZH, EN: r.EN}}) {
			if slices.Contains(rejectedBy, is.Rule) && w.Severity(is.Rule) != SevOff {
				return true
			}
		}
		return false
	}
}

// inconsistenciesNear is inconsistencies for a check of a few articles
// (--changed-since) that does not decode the whole workspace (all are the
// workspace's articles, read from its directory when nil). Every
// segment file is scanned, line by line, for the segments whose Chinese
// has the signature (hanSig) of a checked segment's. Where all of those
// hold the very same English line, no two Englishes differ and nothing is
// decoded; elsewhere those segments alone are decoded and compared. A file
// not in the canonical layout there is decoded whole.
func (w *Workspace) inconsistenciesNear(slugs, all []string) map[string][]ranked {
	if w.Severity(RuleInconsistent) == SevOff {
		return nil
	}
	if all == nil {
		var err error
		if all, err = w.Slugs(); err != nil {
			return nil
		}
	}
	if 2*len(slugs) > len(all) {
		m, _ := w.inconsistencies(slugs, true) // most of the workspace
		return m
	}
	checked := map[string]bool{}
	for _, s := range slugs {
		checked[s] = true
	}
	sigs := map[uint64]bool{}
	units := w.articleUnits(slugs)
	var recs []tm.Record
	for i := range slugs {
		for _, r := range units.read(i) {
			if compared(&r) {
				sigs[hanSig(r.ZH)] = true
				recs = append(recs, r)
			}
		}
	}
	if len(recs) == 0 {
		return nil
	}
	wanted := func(sig uint64) bool { return sigs[sig] }
	scans := make([]segmentScan, len(all))
	parallel(len(all), func(i int) { scans[i] = w.scanSegments(all[i], wanted, true) })
	// A signature whose segments hold more than one English line, or one
	// read otherwise (a file read whole, a memory), is compared exactly.
	sums := sigSums{}
	var tmx []tm.Record
	for _, name := range w.tmxFiles() {
		for _, r := range w.tmxRecords(name) {
			if sig := hanSig(r.ZH); compared(&r) && sigs[sig] {
				tmx = append(tmx, r)
				sums.mark(sig, 0, true)
			}
		}
	}
	for _, sc := range scans {
		sums.add(sc)
	}
	var sr articles.SegmentReader // across the files: a boilerplate sentence is decoded once
	for i, sc := range scans {
		if !checked[all[i]] { // those were read above, with their positions
			recs = append(recs, w.decodeHits(all[i], sc, sums.mixed, &sr)...)
		}
	}
	recs = append(recs, tmx...)
	return w.inconsistentGroups(recs, slugs)
}

// inconsistentScan is inconsistencies without the memory cache (check
// --no-cache), for the checked slugs among all: a first scan of every
// segment file signs each segment's Chinese and English lines (nothing of
// them is kept), a second decodes the segments of the signatures that have
// more than one English, in the files that hold them.
func (w *Workspace) inconsistentScan(slugs, all []string) map[string][]ranked {
	sums := sigSums{}
	var mu sync.Mutex
	fileSigs := make([][]uint64, len(all))
	parallel(len(all), func(i int) {
		sc := w.scanSegments(all[i], nil, false)
		mu.Lock()
		sums.add(sc)
		mu.Unlock()
		sigs := make([]uint64, 0, len(sc.hits)+len(sc.whole))
		for _, h := range sc.hits {
			sigs = append(sigs, h.sig)
		}
		for _, r := range sc.whole {
			sigs = append(sigs, hanSig(r.ZH))
		}
		fileSigs[i] = sigs
	})
	var tmx []tm.Record
	for _, name := range w.tmxFiles() {
		for _, r := range w.tmxRecords(name) {
			if compared(&r) {
				sums.mark(hanSig(r.ZH), 0, true)
				tmx = append(tmx, r)
			}
		}
	}
	kept := make([][]tm.Record, len(all))
	parallel(len(all), func(i int) {
		need := false
		for _, sig := range fileSigs[i] {
			need = need || sums.mixed(sig)
		}
		fileSigs[i] = nil
		if need {
			kept[i] = w.decodeHits(all[i], w.scanSegments(all[i], sums.mixed, true), sums.mixed, nil)
		}
	})
	var recs []tm.Record
	for _, k := range kept {
		recs = append(recs, k...)
	}
	for _, r := range tmx {
		if sums.mixed(hanSig(r.ZH)) {
			recs = append(recs, r)
		}
	}
	return w.inconsistentGroups(recs, slugs)
}

// sigSums tells, for each signature of a Chinese, the hash of its first
// English line and whether another was seen (or a segment read otherwise,
// which is compared exactly).
type sigSums map[uint64]sigSum

type sigSum struct {
	en    uint64
	mixed bool
}

func (m sigSums) mark(sig, en uint64, mixed bool) {
	s, ok := m[sig]
	switch {
	case !ok:
		m[sig] = sigSum{en: en, mixed: mixed}
	case !s.mixed && (mixed || s.en != en):
		m[sig] = sigSum{en: s.en, mixed: true}
	}
}

// add marks what a scan found.
func (m sigSums) add(sc segmentScan) {
	for _, r := range sc.whole {
		m.mark(hanSig(r.ZH), 0, true)
	}
	for _, h := range sc.hits {
		m.mark(h.sig, h.en, false)
	}
}

func (m sigSums) mixed(sig uint64) bool { return m[sig].mixed }

// decodeHits returns the compared records of a scan's segments whose
// signature is mixed, decoded (with their positions in the file) through
// sr (a reader of the file's own when nil), and of the records the scan
// read whole.
func (w *Workspace) decodeHits(slug string, sc segmentScan, mixed func(uint64) bool, sr *articles.SegmentReader) []tm.Record {
	var out []tm.Record
	for _, r := range sc.whole {
		if mixed(hanSig(r.ZH)) {
			out = append(out, r)
		}
	}
	// Items that differ only in their id line (a boilerplate sentence,
	// approved at once) are decoded once.
	if sr == nil {
		sr = &articles.SegmentReader{}
	}
	for _, h := range sc.hits {
		if !mixed(h.sig) {
			continue
		}
		seg, ok := sr.Decode(h.item)
		if !ok { // not in the canonical layout after all: the file whole
			return w.decodeHits(slug, w.wholeScan(slug), mixed, sr)
		}
		for _, r := range articleRecords(slug, &articles.File{Segments: []*articles.Segment{seg}}) {
			r.Line += h.line - 1
			r.Seg = h.seg
			if compared(&r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// segmentScan is what scanSegments found in one segment file.
type segmentScan struct {
	hits  []segmentHit // segments in the canonical layout
	whole []tm.Record  // or, for a file not in it, its compared records
}

// segmentHit is a segment found by scanSegments: the signature of its
// Chinese, a hash of its English line as written, its index and first line
// in the file, and (when kept) its lines.
type segmentHit struct {
	sig, en   uint64
	seg, line int
	item      []byte
}

// scanSeed seeds the hashes of English lines.
var scanSeed = maphash.MakeSeed()

// scanBuffers are the buffers scanSegments reads files into: nothing of a
// file is kept but the segments' lines asked for (copied).
var scanBuffers = sync.Pool{New: func() any { return new([]byte) }}

// segmentsHead is what starts the segments of a segment file in the
// canonical layout.
var segmentsHead = []byte("\nsegments:\n  - ")

// wholeScan decodes an article's segment file whole: its compared records.
func (w *Workspace) wholeScan(slug string) segmentScan {
	var out []tm.Record
	for _, r := range w.articleUnits([]string{slug}).read(0) {
		if compared(&r) {
			out = append(out, r)
		}
	}
	return segmentScan{whole: out}
}

// scanSegments finds the segments of an article whose Chinese's signature
// want takes (every segment when want is nil), keeping their lines when
// keep. In the canonical layout each segment's zh is one line ("    zh:
// ...", en and state on the next): those lines are signed as they are
// (quotes and a plain scalar's white space hold no ideograph), and a
// segment whose state is neither translated nor approved is passed over
// (qa.inconsistent does not compare it). A file that departs from that
// (another layout, a zh in a block or with escapes) is decoded whole.
func (w *Workspace) scanSegments(slug string, want func(uint64) bool, keep bool) segmentScan {
	path := w.SegmentPath(slug)
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() {
		return segmentScan{}
	}
	buf := scanBuffers.Get().(*[]byte)
	defer scanBuffers.Put(buf)
	data, err := safeio.ReadRegularInto(path, w.Settings.MaxFileSize, *buf)
	if err != nil {
		return segmentScan{}
	}
	*buf = data
	start := bytes.Index(data, segmentsHead)
	if !bytes.HasPrefix(data, []byte("bitext: ")) || start < 0 {
		if bytes.Contains(data, []byte("\nsegments: []\n")) && !bytes.Contains(data, []byte("\n  - ")) {
			return segmentScan{}
		}
		return w.wholeScan(slug)
	}
	bodyAt := start + len(segmentsHead) - 4
	body := data[bodyAt:] // from the first "  - "
	if end := bytes.Index(body, []byte("\narchived:")); end >= 0 {
		body = body[:end+1]
	}
	const zhKey, enKey = "\n    zh: ", "\n    en: "
	var out segmentScan
	pos, line := 0, 1+bytes.Count(data[:bodyAt], []byte("\n"))
	for from, n := 0, 0; from < len(body); n++ {
		// One segment: from its "  - " line to the next.
		to := len(body)
		if k := bytes.Index(body[from:], []byte("\n  - ")); k >= 0 {
			to = from + k + 1
		}
		item := body[from:to]
		from = to
		z := bytes.Index(item, []byte(zhKey))
		if z < 0 {
			return w.wholeScan(slug) // a segment whose zh is not where the layout puts it
		}
		v := item[z+len(zhKey):]
		eol := bytes.IndexByte(v, '\n')
		if eol < 0 || !bytes.HasPrefix(v[eol:], []byte(enKey)) || len(v) > 0 && (v[0] == '|' || v[0] == '>' || v[0] == '"' && bytes.IndexByte(v[:eol], '\\') >= 0) {
			return w.wholeScan(slug)
		}
		sig := hanSig(v[:eol])
		en := v[eol+len(enKey):]
		k := bytes.IndexByte(en, '\n')
		if k < 0 {
			return w.wholeScan(slug)
		}
		en, state := en[:k], en[k:]
		switch {
		case bytes.HasPrefix(state, []byte("\n    state: translated\n")), bytes.HasPrefix(state, []byte("\n    state: approved\n")):
		case bytes.HasPrefix(state, []byte("\n    state: ")):
			continue // not compared: new, draft or stale
		default:
			return w.wholeScan(slug)
		}
		if want != nil && !want(sig) {
			continue
		}
		h := segmentHit{sig: sig, en: maphash.Bytes(scanSeed, en), seg: n}
		if keep {
			start := to - len(item)
			line += bytes.Count(body[pos:start], []byte("\n"))
			pos = start
			h.line, h.item = line, bytes.Clone(item)
		}
		out.hits = append(out.hits, h)
	}
	return out
}

// hanSig hashes, in order, what of s tm.Normalize leaves as it is or
// folds to ASCII: the CJK ideographs (the UTF-8 sequences led by 0xE4 to
// 0xE9, U+4000 to U+9FFF), the visible ASCII characters and the full-width
// forms of them (folded), quotes aside (a YAML line quotes with them). Two
// Chineses that normalise the same have the same signature, and so do a
// plain or quoted zh line as written and its value.
func hanSig[T string | []byte](s T) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
			if c == '\'' || c == '"' {
				continue
			}
			h = (h ^ uint64(c)) * prime
		case c >= 0xE4 && c <= 0xE9 && i+2 < len(s):
			h = (h ^ uint64(c)) * prime
			h = (h ^ uint64(s[i+1])) * prime
			h = (h ^ uint64(s[i+2])) * prime
			i += 2
		case c == 0xEF && i+2 < len(s) && (s[i+1] == 0xBC && s[i+2] >= 0x81 || s[i+1] == 0xBD && s[i+2] <= 0x9E):
			// U+FF01 to U+FF5E: the full-width form of '!' to '~'
			r := 0xFF00 + rune(s[i+1]-0xBC)*64 + rune(s[i+2]-0x80) - 0xFEE0
			i += 2
			if r == '\'' || r == '"' {
				continue
			}
			h = (h ^ uint64(r)) * prime
		}
	}
	return h
}
