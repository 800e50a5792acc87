package workflow

import (
	"hash/maphash"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/bitext-desk/bitext/articles"
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
func (w *Workspace) inconsistencies(slugs []string, noCache bool, gl func() *glossary.Glossary) (map[string][]ranked, func()) {
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
		return w.inconsistentScan(slugs, all, gl), nil
	} else {
		recs, _, sv, err := w.memoryRecords(nil)
		if err != nil {
			return nil, nil
		}
		save = sv
		units = recordUnits{n: 1, read: func(int) []tm.Record { return recs }}
	}
	return w.inconsistentIn(units, slugs, gl), save
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
func (w *Workspace) inconsistentIn(units recordUnits, slugs []string, gl func() *glossary.Glossary) map[string][]ranked {
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
	return w.inconsistentGroups(recs, slugs, gl)
}

// inconsistentGroups compares records exactly: the findings of the checked
// slugs' records whose normalised Chinese has another English.
func (w *Workspace) inconsistentGroups(recs []tm.Record, slugs []string, gl func() *glossary.Glossary) map[string][]ranked {
	checked := make(map[string]bool, len(slugs))
	for _, s := range slugs {
		checked[s] = true
	}
	t := tally{}
	var keys recordKeys
	var mine []tm.Record
	for i := range recs {
		r := &recs[i]
		t.add(r, keys.of(r), int64(i))
		if checked[r.Article] {
			mine = append(mine, *r)
		}
	}
	return w.tallyFindings(t, mine, &keys, gl)
}

// tally is what qa.inconsistent needs to know of the places of each
// normalised Chinese, held in a size that does not grow with them (a
// boilerplate sentence can stand in thousands of segments): for each of
// its Englishes (compared white space collapsed), how many places hold it,
// the first maxOthers of them in order, and the first record to hold it
// (in the order the records come, which the glossary's test of the
// English is made on).
type tally map[string]map[string]*variant // by tm.Normalize(zh), enKey(en)

type variant struct {
	n     int
	first []string // how a finding names its places, sorted: at most maxOthers
	rep   tm.Record
	order int64 // rep's order

	rejected int8 // whether the glossary rejects rep's English: 0 not known yet, 1 no, 2 yes
}

// add counts the place of a record, whose keys are k and whose order
// among the records is order.
func (t tally) add(r *tm.Record, k recordKey, order int64) {
	g := t[k.zh]
	if g == nil {
		g = map[string]*variant{}
		t[k.zh] = g
	}
	v := g[k.en]
	if v == nil {
		v = &variant{rep: *r, order: order}
		g[k.en] = v
	} else if order < v.order {
		v.rep, v.order = *r, order
	}
	v.n++
	var buf [256]byte
	v.place(appendPlace(buf[:0], r))
}

// place keeps p among the first places when it is one of them.
func (v *variant) place(p []byte) {
	if len(v.first) == maxOthers && string(p) >= v.first[maxOthers-1] {
		return
	}
	at, _ := slices.BinarySearch(v.first, string(p))
	if len(v.first) < maxOthers {
		v.first = slices.Insert(v.first, at, string(p))
		return
	}
	copy(v.first[at+1:], v.first[at:maxOthers-1])
	v.first[at] = string(p)
}

// merge adds what another tally counted.
func (t tally) merge(o tally) {
	for zh, og := range o {
		g := t[zh]
		if g == nil {
			t[zh] = og
			continue
		}
		for en, ov := range og {
			v := g[en]
			if v == nil {
				g[en] = ov
				continue
			}
			v.n += ov.n
			if ov.order < v.order {
				v.rep, v.order = ov.rep, ov.order
			}
			for _, p := range ov.first {
				v.place([]byte(p))
			}
		}
	}
}

// recordKey is the form in which records are compared: the normalised
// Chinese and the English, white space collapsed.
type recordKey struct{ zh, en string }

// recordKeys computes records' keys, each text's once.
type recordKeys struct{ zh, en map[string]string }

func (c *recordKeys) of(r *tm.Record) recordKey {
	if c.zh == nil {
		c.zh, c.en = map[string]string{}, map[string]string{}
	}
	zh, ok := c.zh[r.ZH]
	if !ok {
		zh = tm.Normalize(r.ZH)
		c.zh[r.ZH] = zh
	}
	en, ok := c.en[r.EN]
	if !ok {
		en = enKey(r.EN)
		c.en[r.EN] = en
	}
	return recordKey{zh, en}
}

// tallyFindings are the qa.inconsistent findings of the records mine (of
// the checked articles, counted in t): those whose normalised Chinese has
// other Englishes in t.
func (w *Workspace) tallyFindings(t tally, mine []tm.Record, keys *recordKeys, gl func() *glossary.Glossary) map[string][]ranked {
	out := map[string][]ranked{}
	// The Englishes that mine's groups hold are tested against the
	// glossary cut to their texts (glossary.For: the same issues).
	var reps []*articles.Segment
	repOf := map[*variant]bool{}
	for i := range mine {
		if g := t[keys.of(&mine[i]).zh]; len(g) >= 2 {
			for _, v := range g {
				if !repOf[v] {
					repOf[v] = true
					reps = append(reps, &articles.Segment{ZH: v.rep.ZH, EN: v.rep.EN})
				}
			}
		}
	}
	rejects := w.rejectsWith(sync.OnceValue(func() *glossary.Glossary { return cutGlossary(gl(), reps) }))
	type told struct {
		others string
		count  int
	}
	said := map[*variant]told{}
	for i := range mine {
		p := &mine[i]
		k := keys.of(p)
		g := t[k.zh]
		if len(g) < 2 {
			continue
		}
		mv := g[k.en]
		tl, ok := said[mv]
		if !ok {
			// An English the glossary rejects is not one to be consistent
			// with: only itself is told of the others.
			for _, v := range g {
				if v.rejected == 0 {
					v.rejected = 1
					if rejects(&v.rep) {
						v.rejected = 2
					}
				}
			}
			var list []string
			for _, v := range g {
				if v != mv && (mv.rejected == 2 || v.rejected != 2) {
					tl.count += v.n
					list = append(list, v.first...)
				}
			}
			sort.Strings(list)
			if len(list) > maxOthers {
				list = list[:maxOthers]
			}
			if tl.count > maxOthers {
				list = append(list, "…")
			}
			tl.others = strings.Join(list, "; ")
			said[mv] = tl
		}
		if tl.count == 0 {
			continue
		}
		f := Finding{Rule: RuleInconsistent, Article: p.Article, Segment: p.Segment,
			File: w.Rel(w.SegmentPath(p.Article)), Line: p.Line, Column: p.Col,
			ZH: p.ZH, EN: p.EN, Start: -1, End: -1,
			Args: map[string]any{"count": tl.count, "others": tl.others}}
		out[p.Article] = append(out[p.Article], ranked{F: f, Seg: p.Seg, Rule: ruleIndex[RuleInconsistent]})
	}
	return out
}

// appendPlace appends how a qa.inconsistent finding names a record: its
// origin and its English, quoted.
func appendPlace(b []byte, r *tm.Record) []byte {
	b = append(b, r.Article...)
	if !strings.HasPrefix(r.Article, "tmx:") {
		b = append(b, '/')
		b = append(b, r.Segment...)
	}
	b = append(b, " \""...)
	b = append(b, r.EN...)
	return append(b, '"')
}

// rejectedBy are the glossary rules that reject an English wherever it
// stands, whatever comes before it in its article: a forbidden variant, a
// deprecated term, a name in the wrong order, a misspelled rendering.
var rejectedBy = []string{glossary.RuleForbidden, glossary.RuleDeprecated, glossary.RuleNameOrder, glossary.RuleMisspelled}

// glossaryRejects returns a test of whether the glossary rejects a
// record's English by one of rejectedBy (those rules not switched off):
// checked on the segment alone, with the glossary from gl (the check's,
// nil when it did not load), asked for when first needed. Without a
// glossary, it rejects nothing (check reports the glossary's own error).
func (w *Workspace) glossaryRejects(gl func() *glossary.Glossary) func(r *tm.Record) bool {
	return w.rejectsWith(sync.OnceValue(gl))
}

// rejectsWith is glossaryRejects with the glossary from load.
func (w *Workspace) rejectsWith(load func() *glossary.Glossary) func(r *tm.Record) bool {
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
// workspace's articles, read from its directory when nil). Every other
// segment file is scanned, on every core, for the segments whose Chinese
// has the signature (hanSig) of a checked segment's; those alone are
// decoded (segments alike but for their id, once) and counted in a tally
// (which holds no more than a few places of each English). A file not in
// the canonical layout is decoded whole.
func (w *Workspace) inconsistenciesNear(slugs, all []string, gl func() *glossary.Glossary) map[string][]ranked {
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
		m, _ := w.inconsistencies(slugs, true, gl) // most of the workspace
		return m
	}
	checked := map[string]bool{}
	for _, s := range slugs {
		checked[s] = true
	}
	wanted := newSigSet()
	units := w.articleUnits(slugs)
	var mine []tm.Record
	for i := range slugs {
		for _, r := range units.read(i) {
			if compared(&r) {
				wanted.add(r.ZH)
				mine = append(mine, r)
			}
		}
	}
	if len(mine) == 0 {
		return nil
	}
	// Places are ordered as the records of a whole check come: each
	// file's, in the order of the articles, then the memories'.
	tallies := perWorker(func() tally { return tally{} })
	err := w.scanFiles(len(all), func(dir *fileDir, sc *scanner, k, i int) {
		if checked[all[i]] { // read above, with their positions
			return
		}
		w.scanRecords(dir, all[i], wanted.has, wanted.mayHave, sc, func(r *tm.Record, key recordKey, n int) {
			tallies[k].add(r, key, int64(i+1)<<32|int64(n))
		})
	})
	if err != nil {
		return nil
	}
	t := tallies[0]
	for _, o := range tallies[1:] {
		t.merge(o)
	}
	var keys recordKeys
	index := make(map[string]int, len(all))
	for i, s := range all {
		index[s] = i
	}
	for i := range mine {
		t.add(&mine[i], keys.of(&mine[i]), int64(index[mine[i].Article]+1)<<32|int64(mine[i].Seg))
	}
	n := 0
	for _, name := range w.tmxFiles() {
		for _, r := range w.tmxRecords(name) {
			if compared(&r) {
				if _, ok := wanted.has([]byte(r.ZH)); ok {
					t.add(&r, keys.of(&r), int64(len(all)+1)<<32|int64(n))
				}
			}
			n++
		}
	}
	return w.tallyFindings(t, mine, &keys, gl)
}

// inconsistentScan is inconsistencies without the memory cache (check
// --no-cache), for the checked slugs among all: a first scan of every
// segment file signs each segment's Chinese and English lines (nothing of
// them is kept), a second decodes the segments of the signatures that have
// more than one English, in the files that hold them.
func (w *Workspace) inconsistentScan(slugs, all []string, gl func() *glossary.Glossary) map[string][]ranked {
	sums := perWorker(func() sigSums { return sigSums{} })
	fileSigs := make([][]uint64, len(all))
	err := w.scanFiles(len(all), func(dir *fileDir, sc *scanner, k, i int) {
		hits, whole := w.scanSigns(dir, all[i], sc)
		sigs := make([]uint64, 0, len(hits)+len(whole))
		for _, h := range hits {
			sums[k].mark(h.sig, h.en, false)
			sigs = append(sigs, h.sig)
		}
		for _, r := range whole {
			sig := hanSig(r.ZH)
			sums[k].mark(sig, 0, true)
			sigs = append(sigs, sig)
		}
		fileSigs[i] = sigs
	})
	if err != nil {
		return nil
	}
	mixed := sums[0]
	for _, o := range sums[1:] {
		for sig, s := range o {
			mixed.mark(sig, s.en, s.mixed)
		}
	}
	var tmx []tm.Record
	for _, name := range w.tmxFiles() {
		for _, r := range w.tmxRecords(name) {
			if compared(&r) {
				mixed.mark(hanSig(r.ZH), 0, true)
				tmx = append(tmx, r)
			}
		}
	}
	want := func(zh []byte) (uint64, bool) {
		sig := hanSig(zh)
		return sig, mixed.mixed(sig)
	}
	kept := make([][]tm.Record, len(all))
	w.scanFiles(len(all), func(dir *fileDir, sc *scanner, _, i int) {
		need := false
		for _, sig := range fileSigs[i] {
			need = need || mixed.mixed(sig)
		}
		fileSigs[i] = nil
		if need {
			w.scanRecords(dir, all[i], want, nil, sc, func(r *tm.Record, _ recordKey, _ int) {
				kept[i] = append(kept[i], *r)
			})
		}
	})
	var recs []tm.Record
	for _, k := range kept {
		recs = append(recs, k...)
	}
	for _, r := range tmx {
		if mixed.mixed(hanSig(r.ZH)) {
			recs = append(recs, r)
		}
	}
	return w.inconsistentGroups(recs, slugs, gl)
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

func (m sigSums) mixed(sig uint64) bool { return m[sig].mixed }
