package articles

import (
	"bytes"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// reader walks a segment file in the canonical layout, line by line. Any
// departure from the layout makes ok false; the caller then reads the
// file with yaml.v3.
type reader struct {
	data []byte
	text string // data as a string, when set: the lines are cut from it, not copied one by one
	pos  int
	line int // 1-based line of pos
	ok   bool
}

// rest returns the current line without its newline, and moves on.
func (r *reader) next() string {
	if !r.ok || r.pos >= len(r.data) {
		r.ok = false
		return ""
	}
	end := bytes.IndexByte(r.data[r.pos:], '\n')
	if end < 0 {
		r.ok = false
		return ""
	}
	var l string
	if r.text != "" {
		l = r.text[r.pos : r.pos+end]
	} else {
		l = string(r.data[r.pos : r.pos+end])
	}
	r.pos += end + 1
	r.line++
	return l
}

// peek reports whether the next line starts with prefix.
func (r *reader) peek(prefix string) bool {
	return r.ok && bytes.HasPrefix(r.data[r.pos:], []byte(prefix))
}

// field reads a line "<prefix>key: value" and returns the value text.
func (r *reader) field(prefix string) string {
	l := r.next()
	v, ok := strings.CutPrefix(l, prefix)
	if !ok {
		r.ok = false
	}
	return v
}

// scalar decodes a value of a segment's mapping that is the whole of v,
// written as the writer writes it (canonScalar).
func (r *reader) scalar(v string) string { return r.scalarIn(v, ctxItem) }

// scalarIn is scalar for a value in block context ctx.
func (r *reader) scalarIn(v string, ctx scalarContext) string {
	s, st, rest := r.flowScalar(v, false)
	if rest != "" || r.ok && !canonScalar(v, s, st, ctx) {
		r.ok = false
	}
	return s
}

// canonScalar reports whether text, read as the string s written in style
// st, is what the writer writes for s in ctx: the style classify gives s
// (the writer's plain, single- and double-quoted forms are the only ones
// the reader takes), or, where classify leaves s to yaml.v3, what yaml.v3
// writes.
func canonScalar(text, s string, st scalarStyle, ctx scalarContext) bool {
	if c := classify(s, ctx >= ctxFlow); c != styleUnknown {
		return c == st
	}
	var w writer
	w.str(s, ctx)
	return w.err == nil && string(w.b) == text
}

// optScalar is scalar for an optional key, which the writer leaves out
// when it has no value.
func (r *reader) optScalar(v string) string {
	s := r.scalar(v)
	if s == "" {
		r.ok = false
	}
	return s
}

// blockTime decodes a time that is the whole of a block-context value, as
// the writer writes it (plain, canonTime, RFC 3339 in UTC).
func (r *reader) blockTime(v string) time.Time {
	s, st, rest := r.flowScalar(v, false)
	if rest != "" || st != stylePlain {
		r.ok = false
	}
	return r.time(s)
}

// flowScalar decodes the scalar at the start of v and returns it, the
// style it is written in and what follows. In flow context a plain scalar
// ends at ',' or '}'.
func (r *reader) flowScalar(v string, flow bool) (string, scalarStyle, string) {
	if v == "" {
		r.ok = false
		return "", styleUnknown, ""
	}
	switch v[0] {
	case '\'', '"':
		s, rest, ok := ReadQuoted(v)
		if !ok {
			break
		}
		if v[0] == '"' {
			return s, styleDouble, rest
		}
		return s, styleSingle, rest
	case '|', '>', '&', '*', '!', '{', '[':
	default:
		if !flow {
			return v, stylePlain, ""
		}
		if i := strings.IndexAny(v, ",}"); i > 0 {
			return v[:i], stylePlain, v[i:]
		}
	}
	r.ok = false
	return "", styleUnknown, ""
}

// ReadQuoted reads the single- or double-quoted scalar at the start of v
// as the writer writes it (a double-quoted one escapes only '"' and '\\')
// and returns its string and what follows it. ok is false for anything
// else: another escape or no closing quote (yaml.v3 reads those).
func ReadQuoted(v string) (s, rest string, ok bool) {
	if v == "" || v[0] != '\'' && v[0] != '"' {
		return "", "", false
	}
	q := v[0]
	// Most quoted scalars hold no quote or backslash: the text between the
	// quotes.
	if i := strings.IndexAny(v[1:], "'\"\\"); i >= 0 && v[1+i] == q && (q == '"' || 2+i == len(v) || v[2+i] != '\'') {
		return v[1 : 1+i], v[2+i:], true
	}
	var b strings.Builder
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == q && q == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case c == q:
			return b.String(), v[i+1:], true
		case c == '\\' && q == '"':
			if i+1 >= len(v) || v[i+1] != '"' && v[i+1] != '\\' {
				return "", "", false
			}
			i++
			c = v[i]
		}
		b.WriteByte(c)
	}
	return "", "", false
}

func (r *reader) int(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || strconv.Itoa(n) != v {
		r.ok = false
	}
	return n
}

// time parses a time the writer writes itself: canonTime, in RFC 3339 in
// UTC (in a flow mapping, single-quoted: flowPairs checks that).
func (r *reader) time(v string) time.Time {
	t, err := time.Parse(time.RFC3339, v)
	if err != nil || !canonTime(t) || t.UTC().Format(time.RFC3339) != v {
		r.ok = false
	}
	return t
}

func (r *reader) state(v string) State {
	st := State(v)
	if !st.Valid() {
		r.ok = false
	}
	return st
}

// flowPairs reads "{k1: v1, k2: v2}" with the keys given in order (a key
// ending in "?" is optional); it returns the values.
func (r *reader) flowPairs(v string, ctx scalarContext, keys ...string) []string {
	out := make([]string, len(keys))
	rest, ok := strings.CutPrefix(v, "{")
	if !ok {
		r.ok = false
		return out
	}
	for i, k := range keys {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		opt := strings.HasSuffix(k, "?")
		k = strings.TrimSuffix(k, "?")
		after, found := strings.CutPrefix(rest, sep+k+": ")
		if !found {
			if opt {
				continue
			}
			r.ok = false
			return out
		}
		var st scalarStyle
		var next string
		out[i], st, next = r.flowScalar(after, true)
		text := after[:len(after)-len(next)]
		rest = next
		if !r.ok {
			return out
		}
		switch {
		case k == "at": // a time (r.time reads it), quoted for its colons
			r.ok = st == styleSingle
		case k == "forced":
			r.ok = st == stylePlain && out[i] == "true"
		default:
			r.ok = canonScalar(text, out[i], st, ctx) && (!opt || out[i] != "")
		}
		if !r.ok {
			return out
		}
	}
	if rest != "}" {
		r.ok = false
	}
	return out
}

const segIndent = "    "

// decodeCanon reads data in the canonical layout; ok is false when data is
// not in it (or breaks a rule of the format), and Decode then falls back to
// yaml.v3.
func decodeCanon(data []byte) (*File, bool) {
	f, _, ok := decodeCanonLayout(data)
	return f, ok
}

// Layout is where each segment of a file in the canonical layout starts,
// as the file was read: Starts[i] is the offset of segment i's first byte,
// End the offset just after the last one.
type Layout struct {
	Starts []int
	End    int
}

// decodeCanonLayout is decodeCanon that also returns the file's layout.
func decodeCanonLayout(data []byte) (*File, *Layout, bool) {
	// yaml.v3 counts these as line breaks too; the reader counts '\n' only.
	if bytes.IndexByte(data, '\r') >= 0 || bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029")) || bytes.Contains(data, []byte("\u0085")) {
		return nil, nil, false
	}
	// One copy of the file, whose lines and values are cut from it: a
	// string for each line would be a million allocations in a long file.
	r := &reader{data: data, text: string(data), ok: true}
	f := &File{}
	lay := &Layout{}
	f.Version = r.int(r.field("bitext: "))
	if f.Version != FormatVersion {
		return nil, nil, false
	}
	f.Article = r.scalarIn(r.field("article: "), ctxTop)
	f.Source = r.scalarIn(r.field("source: "), ctxTop)
	f.SourceAt = Pos{r.line, len("source: ") + 1}
	f.SourceSHA256 = r.scalarIn(r.field("source_sha256: "), ctxTop)
	seen := map[string]bool{}
	id := func(v string) string {
		s := r.scalar(v)
		if s == "" || seen[s] {
			r.ok = false
		}
		seen[s] = true
		return s
	}
	switch r.next() {
	case "segments: []":
	case "segments:":
		if !r.peek("  - ") {
			return nil, nil, false // the writer writes "segments: []"
		}
		if segs, starts, ids := r.segmentsInParts(); segs != nil {
			f.Segments, lay.Starts, seen = segs, starts, ids
			break
		}
		for r.peek("  - ") {
			lay.Starts = append(lay.Starts, r.pos)
			s := r.segment(id)
			f.Segments = append(f.Segments, s)
			if !r.ok {
				return nil, nil, false
			}
		}
	default:
		return nil, nil, false
	}
	lay.End = r.pos
	if r.peek("archived:\n") {
		r.next()
		if !r.peek("  - ") {
			return nil, nil, false // the writer leaves the key out
		}
		for r.peek("  - ") {
			a := &Archived{}
			a.ID = id(r.field("  - id: "))
			a.Para = r.int(r.field(segIndent + "para: "))
			a.ZH = r.scalar(r.field(segIndent + "zh: "))
			a.EN = r.scalar(r.field(segIndent + "en: "))
			if r.peek(segIndent + "state: ") {
				a.State = r.state(r.optScalar(r.field(segIndent + "state: ")))
			}
			if r.peek(segIndent + "translator: ") {
				a.Translator = r.optScalar(r.field(segIndent + "translator: "))
			}
			a.RemovedAt = r.blockTime(r.field(segIndent + "removed_at: "))
			f.Archived = append(f.Archived, a)
			if !r.ok {
				return nil, nil, false
			}
		}
	}
	if !r.ok || r.pos != len(data) {
		return nil, nil, false
	}
	// The proof that this is what yaml.v3 reads: every line is the one
	// Encode, which writes what yaml.v3 writes, would write for the value
	// read from it — each scalar in the style classify gives its value,
	// numbers and times as the writer spells them, optional keys only with
	// a value — so Encode gives these very bytes back (encodesTo, which
	// checks it by writing, is the reference in the tests).
	return f, lay, true
}

// decodeInParts is the shortest rest of a file whose segments are read in
// parts, on every core.
var decodeInParts = 1 << 20 // variables for the tests

// decodeParts is how many parts a long file's segments are read in.
var decodeParts = func() int { return runtime.GOMAXPROCS(0) }

// segmentsInParts reads, for a long file, the segments from r's position
// on in parts, one on each core, each from a segment's start: it returns
// them, where each starts and their ids, and moves r past them. It
// returns nil, leaving r as it was, for a short file, when a part cannot
// be read (the caller then reads the segments in one part, and finds
// what is wrong where it is) and when two segments have the same id.
func (r *reader) segmentsInParts() ([]*Segment, []int, map[string]bool) {
	parts := decodeParts()
	if len(r.data)-r.pos < decodeInParts || parts < 2 {
		return nil, nil, nil
	}
	cuts := []int{r.pos}
	for k := 1; k < parts; k++ {
		at := r.pos + (len(r.data)-r.pos)*k/parts
		j := bytes.Index(r.data[at:], []byte("\n  - "))
		if j < 0 {
			break
		}
		if cut := at + j + 1; cut > cuts[len(cuts)-1] {
			cuts = append(cuts, cut)
		}
	}
	if len(cuts) < 2 {
		return nil, nil, nil
	}
	type part struct {
		r      *reader
		segs   []*Segment
		starts []int
		seen   map[string]bool
	}
	ps := make([]part, len(cuts))
	line := r.line
	for k, at := range cuts {
		end := len(r.data)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		if k > 0 {
			line += bytes.Count(r.data[cuts[k-1]:at], []byte("\n"))
		}
		ps[k] = part{r: &reader{data: r.data[:end], text: r.text[:end], pos: at, line: line, ok: true}, seen: map[string]bool{}}
	}
	var wg sync.WaitGroup
	for k := range ps {
		wg.Go(func() {
			p := &ps[k]
			pr := p.r
			id := func(v string) string {
				s := pr.scalar(v)
				if s == "" || p.seen[s] {
					pr.ok = false
				}
				p.seen[s] = true
				return s
			}
			for pr.ok && pr.peek("  - ") {
				p.starts = append(p.starts, pr.pos)
				p.segs = append(p.segs, pr.segment(id))
			}
		})
	}
	wg.Wait()
	var segs []*Segment
	var starts []int
	seen := ps[0].seen
	for k, p := range ps {
		if !p.r.ok || k+1 < len(ps) && p.r.pos != cuts[k+1] {
			return nil, nil, nil
		}
		if k > 0 {
			for id := range p.seen {
				if seen[id] {
					return nil, nil, nil
				}
				seen[id] = true
			}
		}
		segs = append(segs, p.segs...)
		starts = append(starts, p.starts...)
	}
	last := ps[len(ps)-1].r
	r.pos, r.line = last.pos, last.line
	return segs, starts, seen
}

// encodesTo reports whether Encode(f) is data, f having been read from data
// with layout lay. A long file is compared in parts, on every core, one
// segment at a time: what Encode would write, without writing it whole.
func encodesTo(f *File, lay *Layout, data []byte) bool {
	n := len(f.Segments)
	workers := min(runtime.GOMAXPROCS(0), n/verifyChunk)
	if workers < 2 {
		out, err := Encode(f)
		return err == nil && bytes.Equal(out, data)
	}
	var bad atomic.Bool // a difference, or a scalar only yaml.v3 writes
	part := func(w *writer, lo, hi int, want []byte) {
		w.b = w.b[:0]
		if hi < lo { // the head (lo < 0) or the archive (lo >= n)
			if lo < 0 {
				w.head(f)
			} else {
				w.archive(f)
			}
		} else {
			for i := lo; i < hi; i++ {
				w.b = w.b[:0]
				w.segment(f.Segments[i])
				end := lay.End
				if i+1 < n {
					end = lay.Starts[i+1]
				}
				if w.err != nil || !bytes.Equal(w.b, data[lay.Starts[i]:end]) {
					bad.Store(true)
					return
				}
				if bad.Load() {
					return
				}
			}
			return
		}
		if w.err != nil || !bytes.Equal(w.b, want) {
			bad.Store(true)
		}
	}
	var wg sync.WaitGroup
	per := (n + workers - 1) / workers
	for k := range workers {
		wg.Go(func() {
			w := &writer{b: make([]byte, 0, 4096)}
			part(w, k*per, min(n, (k+1)*per), nil)
		})
	}
	w := &writer{b: make([]byte, 0, 4096)}
	part(w, -1, -2, data[:lay.Starts[0]])
	part(w, n, n-1, data[lay.End:])
	wg.Wait()
	if bad.Load() {
		// Encode may still give data: a scalar that only yaml.v3 writes
		// (Encode then writes the whole file with yaml.v3).
		out, err := Encode(f)
		return err == nil && bytes.Equal(out, data)
	}
	return true
}

// verifyChunk is the fewest segments a core verifies: below it, one core
// compares the whole file.
const verifyChunk = 2000

// DecodeLayout is Decode that also returns, when the file is in the
// canonical layout, where its segments are (nil otherwise), for Splice.
func DecodeLayout(file string, data []byte) (*File, *Layout, error) {
	if f, lay, ok := decodeCanonLayout(data); ok {
		return f, lay, nil
	}
	f, err := decodeYAML(file, data)
	return f, nil, err
}

// Splice returns Encode(f) for a file read from old by DecodeLayout (with
// layout lay) of which only the segments at the indices in changed may
// differ from what was read: it writes those segments and copies the rest
// of old, instead of writing the whole file again. The segments must be
// the same in number and order as those read; the caller vouches that no
// other segment, nor anything outside the segments, changed.
func Splice(f *File, old []byte, lay *Layout, changed []int) ([]byte, error) {
	if lay == nil || len(f.Segments) != len(lay.Starts) {
		return Encode(f)
	}
	idx := append([]int(nil), changed...)
	slices.Sort(idx)
	idx = slices.Compact(idx)
	w := &writer{b: make([]byte, 0, len(old)+1024*len(idx))}
	at := 0
	for _, i := range idx {
		if i < 0 || i >= len(lay.Starts) {
			return Encode(f)
		}
		end := lay.End
		if i+1 < len(lay.Starts) {
			end = lay.Starts[i+1]
		}
		w.b = append(w.b, old[at:lay.Starts[i]]...)
		w.segment(f.Segments[i])
		at = end
	}
	w.b = append(w.b, old[at:]...)
	if w.err != nil {
		return Encode(f) // a scalar that yaml.v3 writes for the whole file
	}
	return w.b, nil
}

// segment reads one item of the segments list ("  - id: ..." and the
// lines below it); id reads and checks the id.
func (r *reader) segment(id func(string) string) *Segment {
	s := &Segment{At: Pos{r.line + 1, 5}}
	s.ID = id(r.field("  - id: "))
	if s.Para = r.int(r.field(segIndent + "para: ")); s.Para < 0 {
		r.ok = false
	}
	if r.peek(segIndent + "sentences: ") {
		if s.Sentences = r.int(r.field(segIndent + "sentences: ")); s.Sentences < 2 {
			r.ok = false
		}
	}
	s.ZH = r.scalar(r.field(segIndent + "zh: "))
	s.ZHAt = Pos{r.line, len(segIndent+"zh: ") + 1}
	s.EN = r.scalar(r.field(segIndent + "en: "))
	s.ENAt = Pos{r.line, len(segIndent+"en: ") + 1}
	s.State = r.state(r.scalar(r.field(segIndent + "state: ")))
	if r.peek(segIndent + "translator: ") {
		s.Translator = r.optScalar(r.field(segIndent + "translator: "))
	}
	if r.peek(segIndent + "origin: ") {
		s.Origin = r.optScalar(r.field(segIndent + "origin: "))
	}
	if r.peek(segIndent + "claim: ") {
		v := r.flowPairs(r.field(segIndent+"claim: "), ctxFlow, "by", "at")
		s.Claim = &Claim{By: v[0], At: r.time(v[1])}
	}
	if r.peek(segIndent + "approval: ") {
		v := r.flowPairs(r.field(segIndent+"approval: "), ctxFlow, "by", "at", "zh_sha256", "en_sha256", "forced?", "signature?")
		s.Approval = &Approval{By: v[0], At: r.time(v[1]), ZHSHA256: v[2], ENSHA256: v[3], Signature: v[5]}
		s.ApprovalAt = Pos{r.line, len(segIndent+"approval: ") + 1}
		switch v[4] {
		case "true":
			s.Approval.Forced = true
		case "":
		default:
			r.ok = false
		}
	}
	if r.peek(segIndent + "previous_zh: ") {
		s.PreviousZH = r.optScalar(r.field(segIndent + "previous_zh: "))
	}
	if r.peek(segIndent + "previous_en: ") {
		s.PreviousEN = r.optScalar(r.field(segIndent + "previous_en: "))
	}
	if r.peek(segIndent + "stale_from: ") {
		s.StaleFrom = r.state(r.optScalar(r.field(segIndent + "stale_from: ")))
		if s.State != Stale {
			r.ok = false
		}
	}
	if r.peek(segIndent + "conflict: ") {
		s.ConflictAt = Pos{r.line + 1, len(segIndent) + 1}
		v := r.flowPairs(r.field(segIndent+"conflict: "), ctxFlow, "en", "zh?", "by?", "at")
		s.Conflict = &Conflict{EN: v[0], ZH: v[1], By: v[2], At: r.time(v[3])}
		if v[0] == "" {
			r.ok = false
		}
	}
	if r.peek(segIndent + "accepted:\n") {
		r.next()
		if !r.peek(segIndent + "  - {") {
			r.ok = false // the writer leaves the key out
		}
		for r.peek(segIndent + "  - {") {
			v := r.flowPairs(r.field(segIndent+"  - "), ctxFlowSeq, "rule", "term?", "number?", "by", "at", "why", "zh_sha256", "en_sha256")
			s.Accepted = append(s.Accepted, Acceptance{Rule: v[0], Term: v[1], Number: v[2], By: v[3], At: r.time(v[4]), Why: v[5], ZHSHA256: v[6], ENSHA256: v[7]})
		}
	}
	if r.peek(segIndent + "comments:\n") {
		r.next()
		if !r.peek(segIndent + "  - {") {
			r.ok = false // the writer leaves the key out
		}
		for r.peek(segIndent + "  - {") {
			v := r.flowPairs(r.field(segIndent+"  - "), ctxFlowSeq, "by", "at", "text")
			s.Comments = append(s.Comments, Comment{By: v[0], At: r.time(v[1]), Text: v[2]})
		}
	}
	return s
}

// DecodeSegment reads one item of a segment file's segments list (from its
// "  - id:" line to the end of its lines), in the canonical layout, as
// Decode would read it within its file (positions aside: they count from
// the item's first line). ok is false when the item is not in the
// canonical layout; the caller then reads the whole file with Decode.
func DecodeSegment(item []byte) (s *Segment, ok bool) {
	if bytes.IndexByte(item, '\r') >= 0 || bytes.Contains(item, []byte("\u2028")) || bytes.Contains(item, []byte("\u2029")) || bytes.Contains(item, []byte("\u0085")) {
		return nil, false
	}
	r := &reader{data: item, ok: true}
	s = r.segment(func(v string) string {
		id := r.scalar(v)
		if id == "" {
			r.ok = false
		}
		return id
	})
	if !r.ok || r.pos != len(item) {
		return nil, false
	}
	// As for a file: what Encode writes for it is these very bytes.
	w := &writer{b: make([]byte, 0, len(item))}
	w.segment(s)
	if w.err != nil || !bytes.Equal(w.b, item) {
		return nil, false
	}
	return s, true
}

// SegmentReader reads segment items as DecodeSegment does, decoding only
// once the items that differ in their id line alone (a boilerplate
// sentence approved at once in many articles). It holds no more than
// readerHolds of them.
type SegmentReader struct {
	seen map[string]*Segment // by the item's lines after its id line
	buf  []byte              // an id line written again
}

// plainWord reports whether v is a non-empty run of the ASCII characters
// classify passes over anywhere (letters, digits, punctuation that is no
// indicator).
func plainWord(v []byte) bool {
	for _, c := range v {
		if !plainByte[c] {
			return false
		}
	}
	return len(v) > 0
}

// readerHolds is how many decoded items a SegmentReader keeps.
const readerHolds = 4096

// Decode is DecodeSegment, but the segment it returns is shared by the
// items alike and must not be changed: id is the item's own id, which the
// segment may not have.
func (sr *SegmentReader) Decode(item []byte) (id string, s *Segment, ok bool) {
	nl := bytes.IndexByte(item, '\n')
	if nl < 0 {
		return "", nil, false
	}
	if s, ok := sr.seen[string(item[nl:])]; ok {
		// An id of letters and digits (most are): its line is what the
		// writer writes for it when classify writes it plain.
		if v, ok := bytes.CutPrefix(item[:nl], []byte("  - id: ")); ok && plainWord(v) {
			if id := string(v); classify(id, false) == stylePlain {
				return id, s, true
			}
		}
		r := reader{data: item[:nl+1], ok: true}
		id := r.scalar(r.field("  - id: "))
		w := writer{b: append(sr.buf[:0], "  - "...)}
		w.strKey("", "id", id, ctxItem)
		sr.buf = w.b
		if !r.ok || id == "" || w.err != nil || !bytes.Equal(w.b, item[:nl+1]) {
			return "", nil, false
		}
		return id, s, true
	}
	s, ok = DecodeSegment(item)
	if !ok {
		return "", nil, false
	}
	if sr.seen == nil || len(sr.seen) >= readerHolds {
		sr.seen = map[string]*Segment{}
	}
	sr.seen[string(item[nl:])] = s
	return s.ID, s, true
}
