package workflow

import (
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// MergeResult tells what a three-way merge of a segment file did.
type MergeResult struct {
	// Conflicts are the segments both branches translated differently: each
	// keeps ours in place and theirs in its conflict record.
	Conflicts []string
	// SourceConflicts counts the places where both branches synced
	// different edits of the same source sentences: ours are kept, and the
	// source file itself needs resolving (then `bitext sync`).
	SourceConflicts int
	// Renamed are ids of the other branch given a fresh id because the same
	// id named a different segment on each side.
	Renamed []string
	// Archived counts segments whose English went to the archive because
	// the merged source no longer has their sentence.
	Archived int
}

// Clean reports whether the merge needs no one's decision.
func (r MergeResult) Clean() bool { return len(r.Conflicts) == 0 && r.SourceConflicts == 0 }

// Merge merges two versions of a segment file, ours and theirs, that
// descend from base (nil when the file is new on both branches), segment by
// segment id. The inputs are not changed. Rules (README § Merging):
//
//   - A segment changed on one side takes that side; changed identically on
//     both, once. Fields are compared one by one, so a key this function
//     does not know merges the same way (ours when both changed it).
//   - The English and the Chinese it was written for (zh, or previous_zh
//     while stale) travel together: when both sides changed the English
//     differently, ours stays and theirs goes to the segment's conflict
//     record; an English is never paired with a Chinese it was not written
//     for: a segment whose English was made for another text than the
//     merged zh is stale, with that text as previous_zh.
//   - The source is merged as a sequence of sentences (three-way), and the
//     merged segments are carried over to it by SyncFile, as `bitext sync`
//     would: what no longer has a sentence goes to the archive.
//   - Claims: the later one wins; approvals: the later one, kept only while
//     its hashes match the merged text; comments and the archive: union.
//   - Ids never collide: the same new id for different segments gives
//     theirs a fresh id; the same new sentence added on both sides under
//     two ids becomes one segment.
func Merge(base, ours, theirs *articles.File, threshold float64, now time.Time) (*articles.File, MergeResult) {
	return merge(base, ours, theirs, threshold, articles.Segmentation{}, now)
}

// merge is Merge with the sources segmented by seg (the workspace's
// Segmentation), as sync would.
func merge(base, ours, theirs *articles.File, threshold float64, seg articles.Segmentation, now time.Time) (*articles.File, MergeResult) {
	now = stamp(now)
	if base == nil {
		base = &articles.File{Version: ours.Version, Article: ours.Article, Source: ours.Source}
	}
	m := &merger{now: now, base: base, ours: ours, seg: seg}
	var res MergeResult

	// 1. The source, as tokens (sentences and paragraph breaks).
	tb, to, tt := sourceTokens(base), sourceTokens(ours), sourceTokens(theirs)
	picks, srcConflicts := diff3(keys(tb), keys(to), keys(tt))
	res.SourceConflicts = srcConflicts

	// 2. Theirs, with ids made to agree with ours.
	m.theirs, res.Renamed = m.reconcileIDs(theirs, picks, to, tt)

	// 3. Segment by segment, in the order of the merged source.
	bs, ous, ts := byID(base.Segments), byID(ours.Segments), byID(m.theirs.Segments)
	var merged []*articles.Segment
	var mtoks []token
	done := map[string]bool{}
	add := func(id string) {
		if done[id] {
			return
		}
		done[id] = true
		if s := m.segment(bs[id], ous[id], ts[id]); s != nil {
			merged = append(merged, s)
		}
	}
	for _, p := range picks {
		var tk token
		if p.a >= 0 {
			tk = to[p.a]
		} else {
			tk = m.theirsTok(tt[p.b])
		}
		mtoks = append(mtoks, tk)
		if tk.id != "" {
			add(tk.id)
		}
	}
	// Segments whose sentence the merged source no longer has, but which one
	// side changed: kept, so that sync archives their English.
	for _, side := range [][]*articles.Segment{ours.Segments, m.theirs.Segments} {
		for _, s := range side {
			if done[s.ID] {
				continue
			}
			b, o, t := bs[s.ID], ous[s.ID], ts[s.ID]
			if b != nil && (o == nil && sameSegment(t, b) || t == nil && sameSegment(o, b)) {
				continue // deleted on one side, untouched on the other
			}
			add(s.ID)
		}
	}

	f := &articles.File{
		Version:      ours.Version,
		Article:      pick3(base.Article, ours.Article, m.theirs.Article),
		Source:       pick3(base.Source, ours.Source, m.theirs.Source),
		SourceSHA256: ours.SourceSHA256,
		Segments:     merged,
		Archived:     m.archive(),
	}

	// 4. Carried over to the merged source, as sync does.
	sent := sentencesOf(mtoks)
	var pending []*articles.Segment
	for _, s := range f.Segments {
		if s.Conflict != nil {
			pending = append(pending, s)
		}
	}
	sr := syncFile(f, rebuildSource(seg, sent, false), threshold, seg, now)
	kept := map[string]bool{}
	for _, s := range f.Segments {
		kept[s.ID] = true
	}
	for _, s := range pending {
		if !kept[s.ID] {
			// Archived by sync with its own English: theirs goes there too.
			m.displace(s.Conflict.EN, orText(s.Conflict.ZH, s.ZH), s.Conflict.By)
		}
	}
	res.Archived = sr.Archived
	switch mk := keys(mtoks); {
	case slices.Equal(mk, keys(to)):
		f.SourceSHA256 = ours.SourceSHA256
	case slices.Equal(mk, keys(tt)):
		f.SourceSHA256 = theirs.SourceSHA256
	default:
		f.SourceSHA256 = articles.SourceSHA256(rebuildSource(seg, sent, true))
	}
	m.settle(f)
	for _, s := range f.Segments {
		if s.Conflict != nil && m.fresh[s.Conflict] {
			res.Conflicts = append(res.Conflicts, s.ID)
		}
	}
	return f, res
}

// merger holds one merge's inputs and what it has decided so far.
type merger struct {
	now                time.Time
	seg                articles.Segmentation // how the sources are segmented
	base, ours, theirs *articles.File
	lost               []*articles.Archived // Englishes displaced by a decision, archived
	fresh              map[*articles.Conflict]bool
	aliases            map[string]string // theirs' id → ours' id, for the same new sentence
}

// token is one element of a source: a sentence (with its segment's id) or
// a paragraph break (key "\n").
type token struct {
	key, zh, id string
	para        int
}

const breakKey = "\n"

// sourceTokens is the source a segment file was last synced to: its
// segments' Chinese in order, with paragraph breaks. The headline's key is
// marked so that it never equals a body sentence.
func sourceTokens(f *articles.File) []token {
	var out []token
	for i, s := range f.Segments {
		if i > 0 && s.Para != f.Segments[i-1].Para {
			out = append(out, token{key: breakKey})
		}
		key := s.ZH
		if s.Para == 0 {
			key = "#" + s.ZH
		}
		out = append(out, token{key: key, zh: s.ZH, id: s.ID, para: s.Para})
	}
	return out
}

func keys(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.key
	}
	return out
}

// theirsTok is a token of theirs with its id as reconciled.
func (m *merger) theirsTok(t token) token {
	if a, ok := m.aliases[t.id]; ok {
		t.id = a
	}
	return t
}

// sentencesOf turns merged tokens into source sentences, numbering the
// paragraphs as the segmenter does (headline 0, then from 1).
func sentencesOf(ts []token) []articles.Sentence {
	var out []articles.Sentence
	para := 0
	for i, t := range ts {
		switch {
		case t.key == breakKey:
			continue
		case len(out) == 0 && t.key == "#"+t.zh:
			out = append(out, articles.Sentence{Para: 0, Text: t.zh})
			continue
		case para == 0 || ts[i-1].key == breakKey:
			para++
		}
		out = append(out, articles.Sentence{Para: para, Text: t.zh})
	}
	return out
}

// rebuildSource writes sentences back as a normalised source text whose
// segmentation gives them again: headline, paragraphs separated by blank
// lines. With join, sentences of a paragraph share a line wherever the
// segmenter would still split them there (as sources are usually written,
// so that its hash is the merged source's); otherwise each has its own
// line, which always segments back to the same sentences.
func rebuildSource(seg articles.Segmentation, sents []articles.Sentence, join bool) string {
	var b strings.Builder
	for i, s := range sents {
		switch {
		case i == 0:
			if s.Para == 0 {
				b.WriteString("# ")
			}
		case s.Para != sents[i-1].Para:
			b.WriteString("\n\n")
		case join && splitsAt(seg, sents[i-1].Text, s.Text):
		default:
			b.WriteString("\n")
		}
		b.WriteString(s.Text)
	}
	if len(sents) > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

// splitsAt reports whether the segmenter splits a+b where a ends (a and b
// may each be a joined segment of several sentences).
func splitsAt(seg articles.Segmentation, a, b string) bool {
	pa, pb := pieces(seg, a), pieces(seg, b)
	ab := pieces(seg, a+b)
	if len(ab) != len(pa)+len(pb) {
		return false
	}
	for k, t := range append(pa, pb...) {
		if ab[k] != t {
			return false
		}
	}
	return true
}

// mpick is one element of a three-way merge of sequences: its index in ours
// (a) and in theirs (b), -1 where that side does not have it. It is taken
// from ours when a >= 0.
type mpick struct{ a, b int }

// diff3 merges the sequences a (ours) and b (theirs), both descended from
// o, in the classic way: runs where all three agree are kept; between them,
// a side that did not change its part takes the other's; identical changes
// are taken once; different changes are a conflict, and ours is taken.
// Matching is by longest common subsequence (the sync pairing's lcs).
func diff3(o, a, b []string) ([]mpick, int) {
	ma, mb := matchIndex(o, a), matchIndex(o, b)
	var out []mpick
	conflicts := 0
	io, ia, ib := 0, 0, 0
	for {
		for io < len(o) && ma[io] == ia && mb[io] == ib {
			out = append(out, mpick{ia, ib})
			io, ia, ib = io+1, ia+1, ib+1
		}
		o2 := io
		for o2 < len(o) && (ma[o2] < 0 || mb[o2] < 0) {
			o2++
		}
		a2, b2 := len(a), len(b)
		if o2 < len(o) {
			a2, b2 = ma[o2], mb[o2]
		}
		oc, ac, bc := o[io:o2], a[ia:a2], b[ib:b2]
		switch {
		case slices.Equal(ac, oc):
			for k := range bc {
				out = append(out, mpick{-1, ib + k})
			}
		case slices.Equal(bc, oc):
			for k := range ac {
				out = append(out, mpick{ia + k, -1})
			}
		case slices.Equal(ac, bc):
			for k := range ac {
				out = append(out, mpick{ia + k, ib + k})
			}
		default:
			conflicts++
			for k := range ac {
				out = append(out, mpick{ia + k, -1})
			}
		}
		if o2 == len(o) {
			return out, conflicts
		}
		io, ia, ib = o2, a2, b2
	}
}

// matchIndex maps each index of o to its partner in x in a longest common
// subsequence, or -1.
func matchIndex(o, x []string) []int {
	old := make([]OldText, len(o))
	for i, s := range o {
		old[i] = OldText{ZH: s}
	}
	m := make([]int, len(o))
	for i := range m {
		m[i] = -1
	}
	for _, p := range lcs(old, x) {
		m[p[0]] = p[1]
	}
	return m
}

// reconcileIDs returns theirs with ids that agree with ours (a copy when
// anything changes): the same sentence added on both sides under two new
// ids takes ours' id; an id new on both sides for different segments gives
// theirs a fresh one.
func (m *merger) reconcileIDs(theirs *articles.File, picks []mpick, to, tt []token) (*articles.File, []string) {
	inBase := m.base.IDs()
	inOurs := m.ours.IDs()
	inTheirs := theirs.IDs()
	m.aliases = map[string]string{}
	for _, p := range picks {
		if p.a < 0 || p.b < 0 {
			continue
		}
		ida, idb := to[p.a].id, tt[p.b].id
		if ida != idb && ida != "" && idb != "" && !inBase[idb] && !inTheirs[ida] && !inBase[ida] {
			m.aliases[idb] = ida
		}
	}
	zhOf := func(f *articles.File) map[string]string {
		z := map[string]string{}
		for _, s := range f.Segments {
			z[s.ID] = s.ZH
		}
		for _, a := range f.Archived {
			if _, ok := z[a.ID]; !ok {
				z[a.ID] = a.ZH
			}
		}
		return z
	}
	oz, tz := zhOf(m.ours), zhOf(theirs)
	used := map[string]bool{}
	for _, f := range []*articles.File{m.base, m.ours, theirs} {
		for id := range f.IDs() {
			used[id] = true
		}
	}
	rename := map[string]string{}
	var renamed []string
	for id := range inTheirs {
		if _, ok := m.aliases[id]; ok || inBase[id] || !inOurs[id] {
			continue
		}
		// New on both sides: the same segment only if it has the same Chinese.
		if tz[id] != oz[id] {
			rename[id] = articles.NewID(used)
			renamed = append(renamed, id)
		}
	}
	if len(m.aliases) == 0 && len(rename) == 0 {
		return theirs, nil
	}
	sort.Strings(renamed)
	for from, to := range m.aliases {
		rename[from] = to
	}
	c := *theirs
	c.Segments = make([]*articles.Segment, len(theirs.Segments))
	for i, s := range theirs.Segments {
		cp := *s
		if n, ok := rename[s.ID]; ok {
			cp.ID = n
		}
		c.Segments[i] = &cp
	}
	c.Archived = make([]*articles.Archived, len(theirs.Archived))
	for i, a := range theirs.Archived {
		cp := *a
		if n, ok := rename[a.ID]; ok {
			cp.ID = n
		}
		c.Archived[i] = &cp
	}
	for id, n := range rename {
		if _, alias := m.aliases[id]; !alias {
			m.aliases[id] = n // theirs' tokens follow the rename too
		}
	}
	return &c, renamed
}

func byID(segs []*articles.Segment) map[string]*articles.Segment {
	out := make(map[string]*articles.Segment, len(segs))
	for _, s := range segs {
		out[s.ID] = s
	}
	return out
}

// pick3 is the three-way choice of one value: theirs when ours did not
// change it, else ours.
func pick3[T comparable](b, o, t T) T {
	if o == b {
		return t
	}
	return o
}

// sameSegment reports whether two segments hold the same values, positions
// aside.
func sameSegment(a, b *articles.Segment) bool {
	if a == nil || b == nil {
		return a == b
	}
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := 0; i < va.NumField(); i++ {
		if va.Type().Field(i).Type == posType {
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			return false
		}
	}
	return true
}

var posType = reflect.TypeOf(articles.Pos{})

// mergedApart are the segment fields merged by their own rule; every other
// field (including keys added later) is merged generically by mergeFields.
var mergedApart = map[string]bool{
	"ID": true, "Para": true, "ZH": true, "EN": true, "State": true, "Translator": true, "Origin": true,
	"Claim": true, "Approval": true, "PreviousZH": true, "StaleFrom": true, "Conflict": true, "Comments": true,
}

// mergeFields sets each generic field of m to theirs where ours left it as
// it was in base (m starts as a copy of ours). A list both sides changed
// (accepted findings, say) is the union of both, less what either removed.
func mergeFields(m, b, o, t *articles.Segment) {
	vm, vb, vo, vt := reflect.ValueOf(m).Elem(), reflect.ValueOf(b).Elem(), reflect.ValueOf(o).Elem(), reflect.ValueOf(t).Elem()
	typ := vm.Type()
	for i := 0; i < vm.NumField(); i++ {
		f := typ.Field(i)
		if mergedApart[f.Name] || f.Type == posType || !f.IsExported() {
			continue
		}
		fb, fo, ft := vb.Field(i), vo.Field(i), vt.Field(i)
		switch {
		case reflect.DeepEqual(fo.Interface(), fb.Interface()):
			vm.Field(i).Set(ft)
		case f.Type.Kind() == reflect.Slice && !reflect.DeepEqual(ft.Interface(), fb.Interface()):
			vm.Field(i).Set(unionSlices(fb, fo, ft))
		}
	}
}

// unionSlices is the three-way union of lists: ours' elements (but not one
// theirs removed), then theirs' additions.
func unionSlices(b, o, t reflect.Value) reflect.Value {
	in := func(list reflect.Value, x reflect.Value) bool {
		for k := 0; k < list.Len(); k++ {
			if reflect.DeepEqual(list.Index(k).Interface(), x.Interface()) {
				return true
			}
		}
		return false
	}
	out := reflect.MakeSlice(o.Type(), 0, o.Len()+t.Len())
	for k := 0; k < o.Len(); k++ {
		if x := o.Index(k); !(in(b, x) && !in(t, x)) && !in(out, x) {
			out = reflect.Append(out, x)
		}
	}
	for k := 0; k < t.Len(); k++ {
		if x := t.Index(k); !(in(b, x) && !in(o, x)) && !in(out, x) {
			out = reflect.Append(out, x)
		}
	}
	if out.Len() == 0 {
		return reflect.Zero(o.Type())
	}
	return out
}

// unknownBasis marks a stale segment whose previous Chinese nobody recorded:
// its English was made for some text other than zh.
const unknownBasis = "\x00"

// work is what a segment's English is: the text, the Chinese it was written
// for, and the state it has apart from staleness.
type work struct {
	en, basis string
	state     articles.State
}

func workOf(s *articles.Segment) work {
	w := work{en: s.EN, basis: s.ZH, state: s.State}
	if s.State == articles.Stale {
		w.basis = s.PreviousZH
		if w.basis == "" {
			w.basis = unknownBasis
		}
		w.state = restoredState(s)
	}
	if strings.TrimSpace(s.EN) == "" {
		w.basis = ""
	}
	return w
}

func (w work) sameText(v work) bool { return w.en == v.en && w.basis == v.basis }

// segment merges one segment from its three versions (any may be nil: not
// on that side). Nil means the segment is gone.
func (m *merger) segment(b, o, t *articles.Segment) *articles.Segment {
	switch {
	case o == nil && t == nil:
		return nil
	case o == nil:
		o = orBase(b, t)
	case t == nil:
		t = orBase(b, o)
	}
	if b == nil {
		b = &articles.Segment{ID: o.ID, State: articles.New}
	}
	out := *o
	mergeFields(&out, b, o, t)
	out.ZH = pick3(b.ZH, o.ZH, t.ZH)

	wb, wo, wt := workOf(b), workOf(o), workOf(t)
	side := 0 // whose English: 1 ours, 2 theirs, 0 both the same
	switch {
	case wo.sameText(wt):
	case wo.sameText(wb):
		side = 2
	case wt.sameText(wb):
		side = 1
	case wo.en == wt.en:
		// The same English, written for different Chinese: the one made for
		// the merged Chinese.
		side = 1
		if wt.basis == out.ZH && wo.basis != out.ZH {
			side = 2
		}
	default:
		side = 1
		out.Conflict = m.conflict(t, wt)
	}
	w := wo
	if side == 2 {
		w = wt
	}
	switch st := pick3(wb.state, wo.state, wt.state); {
	case wo.state == wb.state || wt.state == wb.state || wo.state == wt.state:
		w.state = st
	case side != 0:
		// Both moved the state on; it follows the English taken.
	default:
		w.state = cautious(wo.state, wt.state)
	}
	// Who made the English, and from which memory entry, follow it.
	out.EN = w.en
	switch {
	case side == 2:
		out.Translator, out.Origin = t.Translator, t.Origin
	case side == 0:
		out.Translator = pick3(b.Translator, o.Translator, t.Translator)
		out.Origin = pick3(b.Origin, o.Origin, t.Origin)
	}
	if out.Conflict == nil {
		out.Conflict = m.conflictRecords(b.Conflict, o.Conflict, t.Conflict, out.ZH)
	} else if c := pick3(b.Conflict, o.Conflict, t.Conflict); c != nil && c.EN != out.EN && c.EN != out.Conflict.EN {
		m.displace(c.EN, orText(c.ZH, out.ZH), c.By)
	}
	out.Claim = later(b.Claim, o.Claim, t.Claim, claimAt)
	out.Approval = later(b.Approval, o.Approval, t.Approval, approvalAt)
	out.PreviousZH = pick3(b.PreviousZH, o.PreviousZH, t.PreviousZH)
	out.Comments = unionSlices(reflect.ValueOf(b.Comments), reflect.ValueOf(o.Comments), reflect.ValueOf(t.Comments)).Interface().([]articles.Comment)
	sort.SliceStable(out.Comments, func(i, j int) bool { return out.Comments[i].At.Before(out.Comments[j].At) })
	m.setState(&out, w, []*articles.Segment{o, t, b})
	return &out
}

// orBase is the version of a segment on a side that does not have it: as it
// was in base (the side left it alone), or, when new, the other side's.
func orBase(b, other *articles.Segment) *articles.Segment {
	if b != nil {
		return b
	}
	return other
}

func orText(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// cautious is the state that asks for more work, of two.
func cautious(a, b articles.State) articles.State {
	rank := map[articles.State]int{articles.Stale: 0, articles.New: 1, articles.Draft: 2, articles.Translated: 3, articles.Approved: 4}
	if rank[b] < rank[a] {
		return b
	}
	return a
}

// conflict records theirs' English of a segment both sides translated.
func (m *merger) conflict(t *articles.Segment, wt work) *articles.Conflict {
	// ZH is kept until the merged segment's zh is final (settle).
	c := &articles.Conflict{EN: wt.en, By: t.Translator, At: m.now}
	if wt.basis != unknownBasis {
		c.ZH = wt.basis
	}
	if m.fresh == nil {
		m.fresh = map[*articles.Conflict]bool{}
	}
	m.fresh[c] = true
	return c
}

// conflictRecords merges the conflict records the sides already had; when
// both changed it differently, theirs' English is archived.
func (m *merger) conflictRecords(b, o, t *articles.Conflict, zh string) *articles.Conflict {
	// The same record made by two merges differs only in its time.
	eq := func(x, y *articles.Conflict) bool {
		return x == nil && y == nil || x != nil && y != nil && x.EN == y.EN && x.ZH == y.ZH && x.By == y.By
	}
	switch {
	case eq(o, b):
		return t
	case eq(t, b) || eq(o, t):
		return o
	}
	if t != nil && (o == nil || t.EN != o.EN) {
		m.displace(t.EN, orText(t.ZH, zh), t.By)
	}
	return o
}

// displace archives an English that a merge decision leaves no other place.
func (m *merger) displace(en, zh, by string) {
	if strings.TrimSpace(en) == "" {
		return
	}
	m.lost = append(m.lost, &articles.Archived{ZH: zh, EN: en, State: articles.Translated, Translator: by, RemovedAt: m.now})
}

// later merges a claim or an approval: the later one wins when both sides
// changed it; one dropped on one side stays dropped unless the other side
// made a new one. Whether an approval still holds is settled with the
// merged text.
func later[T any](b, o, t *T, at func(*T) time.Time) *T {
	eq := func(x, y *T) bool { return reflect.DeepEqual(x, y) }
	switch {
	case eq(o, b):
		return t
	case eq(t, b) || eq(o, t):
		return o
	case o == nil:
		return t
	case t == nil:
		return o
	case at(t).After(at(o)):
		return t
	}
	return o
}

func claimAt(c *articles.Claim) time.Time       { return c.At }
func approvalAt(a *articles.Approval) time.Time { return a.At }

// setState gives a merged segment the state its English and Chinese call
// for: stale (with previous_zh, the Chinese the English was written for)
// when that is not the merged zh; an approval only while its hashes match
// the English and the Chinese it was written for.
func (m *merger) setState(s *articles.Segment, w work, sides []*articles.Segment) {
	if strings.TrimSpace(s.EN) == "" {
		if w.state != articles.Draft {
			w.state = articles.New
		}
		s.State, s.StaleFrom, s.Approval = w.state, "", nil
		return
	}
	basis := w.basis
	if a := s.Approval; a != nil && !(basis != unknownBasis && a.ZHSHA256 == articles.TextSHA256(basis) && a.ENSHA256 == articles.TextSHA256(s.EN)) {
		if s.PreviousEN == "" {
			for _, o := range sides {
				if o.EN != s.EN && articles.TextSHA256(o.EN) == a.ENSHA256 {
					s.PreviousEN = o.EN // the last approved English, for the reviewer's diff
					break
				}
			}
		}
		s.Approval = nil
	}
	if w.state == articles.Approved && s.Approval == nil {
		w.state = articles.Translated
	}
	if w.state == articles.New || w.state == articles.Stale {
		w.state = articles.Translated
	}
	if basis != s.ZH {
		s.State, s.StaleFrom = articles.Stale, w.state
		s.PreviousZH = basis
		if basis == unknownBasis {
			s.PreviousZH = ""
		}
		return
	}
	s.State, s.StaleFrom = w.state, ""
}

// archive merges the archives: a union by id; an entry one side removed
// (its sentence came back) is dropped unless the other side changed it.
func (m *merger) archive() []*articles.Archived {
	index := func(as []*articles.Archived) map[string]*articles.Archived {
		out := make(map[string]*articles.Archived, len(as))
		for _, a := range as {
			out[a.ID] = a
		}
		return out
	}
	bi, oi, ti := index(m.base.Archived), index(m.ours.Archived), index(m.theirs.Archived)
	same := func(x, y *articles.Archived) bool {
		return x != nil && y != nil && x.ZH == y.ZH && x.EN == y.EN && x.State == y.State && x.Translator == y.Translator
	}
	var out []*articles.Archived
	for _, a := range m.ours.Archived {
		b, t := bi[a.ID], ti[a.ID]
		switch {
		case t == nil && same(a, b):
			// theirs took it out of the archive
		case t != nil && same(a, b) && !same(t, b):
			out = append(out, t)
		default:
			out = append(out, a)
			if t != nil && !same(t, a) && !same(t, b) {
				m.displace(t.EN, t.ZH, t.Translator)
			}
		}
	}
	for _, t := range m.theirs.Archived {
		if oi[t.ID] != nil || same(t, bi[t.ID]) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// settle finishes a merged and synced file: the displaced Englishes join
// the archive, and no id is used twice (an archived entry that repeats a
// segment's English is dropped; another gets a fresh id).
func (m *merger) settle(f *articles.File) {
	used := map[string]bool{}
	for _, x := range []*articles.File{m.base, m.ours, m.theirs, f} {
		for id := range x.IDs() {
			used[id] = true
		}
	}
	segs := map[string]*articles.Segment{}
	for _, s := range f.Segments {
		segs[s.ID] = s
		if c := s.Conflict; c != nil {
			if c.EN == s.EN {
				s.Conflict = nil
			} else if c.ZH == s.ZH {
				cp := *c
				cp.ZH = "" // written for this segment's Chinese
				s.Conflict = &cp
				if m.fresh[c] {
					m.fresh[&cp] = true
				}
			}
		}
	}
	var arch []*articles.Archived
	seen := map[string]*articles.Archived{}
	for _, a := range append(f.Archived, m.lost...) {
		if s := segs[a.ID]; s != nil && (a.EN == s.EN || strings.TrimSpace(a.EN) == "") {
			continue
		}
		if p := seen[a.ID]; p != nil && p.ZH == a.ZH && p.EN == a.EN {
			continue
		}
		if a.ID == "" || segs[a.ID] != nil || seen[a.ID] != nil {
			cp := *a
			cp.ID = articles.NewID(used)
			a = &cp
		}
		seen[a.ID] = a
		arch = append(arch, a)
	}
	f.Archived = arch
}

// MergeFiles is git's merge driver for segment files: it merges the files
// at oursPath and theirsPath from basePath (an empty file when there is no
// base) and writes the result over oursPath, atomically. A file that does
// not parse is an error naming its position, and nothing is written.
func MergeFiles(basePath, oursPath, theirsPath string, threshold float64, seg articles.Segmentation, now time.Time) (MergeResult, error) {
	read := func(path string, optional bool) (*articles.File, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, diag.Wrap(path, err)
		}
		if optional && len(strings.TrimSpace(string(data))) == 0 {
			return nil, nil
		}
		return articles.Decode(path, data)
	}
	// The three files parse in parallel: parsing is most of the work.
	paths := []string{basePath, oursPath, theirsPath}
	files := make([]*articles.File, 3)
	errs := make([]error, 3)
	parallel(3, func(i int) { files[i], errs[i] = read(paths[i], i == 0) })
	for _, err := range errs {
		if err != nil {
			return MergeResult{}, err
		}
	}
	base, ours, theirs := files[0], files[1], files[2]
	f, res := merge(base, ours, theirs, threshold, seg, now)
	data, err := articles.Encode(f)
	if err != nil {
		return res, diag.Wrap(oursPath, err)
	}
	return res, WriteFileAtomic(oursPath, data)
}

// CodeNoConflict: resolve on a segment that has no merge conflict.
const CodeNoConflict = "err.merge.no-conflict"

func init() { diag.Register(CodeNoConflict) }

// ResolveConflict ends a segment's merge conflict by keeping its English
// (theirs false) or taking the one recorded from the other branch (theirs
// true), with that English's translator. Taken English written for other
// Chinese than the segment's is stale, with that Chinese as previous_zh.
// Either way the segment needs review again when its English changed.
func (w *Workspace) ResolveConflict(slug, id string, theirs bool) (*articles.Segment, error) {
	var seg *articles.Segment
	err := w.Update(slug, func(a *Article) error {
		segs, err := pick(a, []string{id})
		if err != nil {
			return err
		}
		s := segs[0]
		c := s.Conflict
		if c == nil {
			return diag.New(diag.Refused, CodeNoConflict, diag.A{"article": slug, "segment": s.ID})
		}
		s.Conflict = nil
		seg = s
		if !theirs {
			return nil
		}
		s.SetEN(c.EN)
		s.Translator = c.By
		s.Approval = nil
		basis := orText(c.ZH, s.ZH)
		switch {
		case basis != s.ZH:
			s.State, s.StaleFrom, s.PreviousZH = articles.Stale, articles.Translated, basis
		default:
			s.State, s.StaleFrom = articles.Translated, ""
		}
		return nil
	})
	return seg, err
}
