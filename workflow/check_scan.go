package workflow

import (
	"bytes"
	"hash/maphash"
	"runtime"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// segmentHit is a segment found by scanSigns: the signature of its
// Chinese and a hash of its English line as written.
type segmentHit struct {
	sig, en uint64
}

// scanSeed seeds the hashes of English lines.
var scanSeed = maphash.MakeSeed()

// segmentsHead is what starts the segments of a segment file in the
// canonical layout.
var segmentsHead = []byte("\nsegments:\n  - ")

// scanner is what one worker scanning segment files keeps from file to
// file: its read buffer, its segment reader, the record and keys of each
// segment that reader shares (its place aside), and what it found in the
// file it reads.
type scanner struct {
	buf   []byte
	sr    articles.SegmentReader
	recs  map[*articles.Segment]scanned
	found []scanned
}

// scanned is a record found by a scan, with its keys and index in its file.
type scanned struct {
	r tm.Record
	k recordKey
	n int
}

// record is the record of a decoded segment: the n-th of the article
// slug, id, on line first of its file and after.
func (sc *scanner) record(slug, id string, n, first int, seg *articles.Segment) scanned {
	s, ok := sc.recs[seg]
	if !ok {
		if sc.recs == nil || len(sc.recs) >= readerHolds {
			sc.recs = map[*articles.Segment]scanned{}
		}
		s.r = segmentRecord("", 0, seg)
		s.k = recordKey{tm.Normalize(seg.ZH), enKey(seg.EN)}
		sc.recs[seg] = s
	}
	s.r.Article, s.r.Segment, s.r.Seg = slug, id, n
	s.r.Line += first - 1
	s.n = n
	return s
}

// readerHolds is how many decoded segments a scanner keeps records of, as
// its SegmentReader keeps the segments.
const readerHolds = 4096

// perWorker makes a value for each worker of scanFiles.
func perWorker[T any](mk func() T) []T {
	out := make([]T, runtime.GOMAXPROCS(0))
	for k := range out {
		out[k] = mk()
	}
	return out
}

// scanFiles runs fn(i) for each of n articles on every core, with the
// articles directory open and the scanner of the worker k that runs it.
func (w *Workspace) scanFiles(n int, fn func(dir *fileDir, sc *scanner, k, i int)) error {
	dir, err := openFileDir(w.ArticlesDir())
	if err != nil {
		return err
	}
	defer dir.Close()
	workers := runtime.GOMAXPROCS(0)
	scanners := make([]scanner, workers)
	parallelBy(n, workers, func(k, i int) { fn(dir, &scanners[k], k, i) })
	return nil
}

// scanSigns signs every translated or approved segment of an article (see
// scanLayout), or, for a file not in the canonical layout, returns its
// compared records, decoded whole.
func (w *Workspace) scanSigns(dir *fileDir, slug string, sc *scanner) (hits []segmentHit, whole []tm.Record) {
	data, err := dir.read(slug+".yaml", w.Settings.MaxFileSize, sc.buf)
	if err != nil {
		return nil, nil
	}
	sc.buf = data
	ok := scanLayout(data, nil, nil, func(_, _ int, _ []byte, sig, en uint64) bool {
		hits = append(hits, segmentHit{sig: sig, en: en})
		return true
	})
	if ok || noSegments(data) {
		return hits, nil
	}
	return nil, w.wholeScan(slug)
}

// scanRecords hands to found the compared records of the segments of an
// article whose Chinese want takes, with their keys and index in the
// article: decoded alone (DecodeSegment, checked against yaml.v3; alike
// but for their id, once) where the file is in the canonical layout, else
// from the file decoded whole.
func (w *Workspace) scanRecords(dir *fileDir, slug string, want func(zh []byte) (uint64, bool), quick func(prefix uint64) bool, sc *scanner, found func(r *tm.Record, k recordKey, n int)) {
	data, err := dir.read(slug+".yaml", w.Settings.MaxFileSize, sc.buf)
	if err != nil {
		return
	}
	sc.buf = data
	sc.found = sc.found[:0]
	pos, line := 0, 1
	ok := scanLayout(data, want, quick, func(n, at int, item []byte, _, _ uint64) bool {
		id, seg, ok := sc.sr.Decode(item)
		if !ok { // not in the canonical layout after all
			return false
		}
		line += bytes.Count(data[pos:at], []byte("\n"))
		pos = at
		if s := sc.record(slug, id, n, line, seg); compared(&s.r) {
			sc.found = append(sc.found, s)
		}
		return true
	})
	switch {
	case ok:
		for i := range sc.found {
			found(&sc.found[i].r, sc.found[i].k, sc.found[i].n)
		}
	case !noSegments(data):
		var keys recordKeys
		for i, r := range w.wholeScan(slug) {
			if _, ok := want([]byte(r.ZH)); ok {
				found(&r, keys.of(&r), i)
			}
		}
	}
}

// noSegments reports whether a segment file that scanLayout refused
// has no segments at all.
func noSegments(data []byte) bool {
	return bytes.Contains(data, []byte("\nsegments: []\n")) && !bytes.Contains(data, []byte("\n  - "))
}

// wholeScan decodes an article's segment file whole: its compared records.
func (w *Workspace) wholeScan(slug string) []tm.Record {
	var out []tm.Record
	for _, r := range w.articleUnits([]string{slug}).read(0) {
		if compared(&r) {
			out = append(out, r)
		}
	}
	return out
}

// sigSet is a set of signatures of Chinese (hanSig), with a bit for the
// signature of the first few tokens of each (hanPrefix), which rules most
// other lines out before they are signed whole.
type sigSet struct {
	sigs   map[uint64]bool
	prefix []uint64
}

func newSigSet() *sigSet { return &sigSet{sigs: map[uint64]bool{}, prefix: make([]uint64, 1<<16/64)} }

// add adds the signature of zh.
func (s *sigSet) add(zh string) {
	s.sigs[hanSig(zh)] = true
	p := uint16(hanPrefix(zh))
	s.prefix[p/64] |= 1 << (p % 64)
}

// has reports whether the Chinese line zh (as written) has a signature of
// the set, and that signature.
func (s *sigSet) has(zh []byte) (uint64, bool) {
	if !s.mayHave(hanPrefix(zh)) {
		return 0, false
	}
	sig := hanSig(zh)
	return sig, s.sigs[sig]
}

// mayHave reports whether a Chinese whose hanPrefix is p may be in the set.
func (s *sigSet) mayHave(p uint64) bool {
	q := uint16(p)
	return s.prefix[q/64]&(1<<(q%64)) != 0
}

// scanLayout walks the segments of a segment file in the canonical layout
// and calls hit for each translated or approved one whose Chinese want
// takes (each one when want is nil): its index n, the offset
// of its lines in data and those lines, the signature of its Chinese and a
// hash of its English line as written. It returns false, at once, when
// the file departs from the layout or hit returns false.
//
// quick, when not nil, rules a segment out by the hanPrefix of its
// Chinese, read on the zh line as written when the line tells it
// (linePrefix): the segment is then passed over for the next, its other
// lines unread (want would not take it, whatever they hold).
func scanLayout(data []byte, want func(zh []byte) (uint64, bool), quick func(prefix uint64) bool, hit func(n, at int, item []byte, sig, en uint64) bool) bool {
	start := bytes.Index(data, segmentsHead)
	if !bytes.HasPrefix(data, []byte("bitext: ")) || start < 0 {
		return false
	}
	bodyAt := start + len(segmentsHead) - 4
	body := data[bodyAt:] // from the first "  - "
	if end := archivedAt(body); end >= 0 {
		body = body[:end+1]
	}
	const zhKey, enKey = "\n    zh: ", "\n    en: "
	for from, n := 0, 0; from < len(body); n++ {
		item := body[from:] // one segment: from its "  - " line to the next
		z := zhAt(item)
		if z < 0 {
			return false // a segment whose zh is not where the layout puts it
		}
		v := item[z+len(zhKey):]
		if quick != nil {
			if p, ok := linePrefix(v); ok && !quick(p) {
				if j := nextItem(item[z:]); j >= 0 {
					from += z + j + 1
				} else {
					from = len(body)
				}
				continue
			}
		}
		eol := bytes.IndexByte(v, '\n')
		if eol < 0 || !bytes.HasPrefix(v[eol:], []byte(enKey)) || !plainLine(v[:eol]) {
			return false
		}
		en := v[eol+len(enKey):]
		k := bytes.IndexByte(en, '\n')
		if k < 0 {
			return false
		}
		// The segment ends where the next begins.
		rest := len(item) - len(en) + k
		to := len(body)
		if j := nextItem(item[rest:]); j >= 0 {
			to = from + rest + j + 1
		}
		item = body[from:to]
		from = to
		zh := v[:eol]
		en, state := en[:k], en[k:]
		switch {
		case bytes.HasPrefix(state, []byte("\n    state: translated\n")), bytes.HasPrefix(state, []byte("\n    state: approved\n")):
		case bytes.HasPrefix(state, []byte("\n    state: new\n")), bytes.HasPrefix(state, []byte("\n    state: draft\n")), bytes.HasPrefix(state, []byte("\n    state: stale\n")):
			continue // not compared
		default:
			return false
		}
		var sig uint64
		if want == nil {
			sig = hanSig(zh)
		} else if s, ok := want(zh); ok {
			sig = s
		} else {
			continue
		}
		if !hit(n, bodyAt+to-len(item), item, sig, maphash.Bytes(scanSeed, en)) {
			return false
		}
	}
	return true
}

// plainLine reports whether a zh line's value is written on its line as
// the canonical layout writes it, with nothing that is not its text: a
// plain scalar, a single-quoted one or a double-quoted one without
// escapes, right after the key's one space; no block, tag, anchor, alias
// or flow collection, and no comment (a '#' anywhere sends the file to
// yaml.v3).
func plainLine(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	switch v[0] {
	case ' ', '\t', '|', '>', '!', '&', '*', '{', '[', '%', '@', '`':
		return false
	case '"':
		if bytes.IndexByte(v, '\\') >= 0 {
			return false
		}
		fallthrough
	case '\'':
		if len(v) < 2 || v[len(v)-1] != v[0] {
			return false
		}
	}
	return bytes.IndexByte(v, '#') < 0
}

// zhAt is bytes.Index(item, "\n    zh: ") for a segment's lines, looking
// first where the canonical layout puts it: after the id, para and
// sentences lines.
func zhAt(item []byte) int {
	at := bytes.IndexByte(item, '\n')
	for _, key := range []string{"\n    para: ", "\n    sentences: "} {
		if at >= 0 && bytes.HasPrefix(item[at:], []byte(key)) {
			k := bytes.IndexByte(item[at+1:], '\n')
			at = at + 1 + k
			if k < 0 {
				at = -1
			}
		}
	}
	if at >= 0 && bytes.HasPrefix(item[at:], []byte("\n    zh: ")) {
		return at
	}
	k := nextItem(item)
	if k < 0 {
		k = len(item)
	}
	return bytes.Index(item[:k], []byte("\n    zh: "))
}

// archivedAt is bytes.Index(body, "\narchived:"), where the segments
// end, looking for its 'v': a far rarer byte than the line feed.
func archivedAt(body []byte) int {
	const key = "\narchived:"
	const v = 6 // key[v] == 'v'
	for i := v; i < len(body); {
		k := bytes.IndexByte(body[i:], 'v')
		if k < 0 {
			return -1
		}
		j := i + k
		if j+len(key)-v <= len(body) && string(body[j-v:j-v+len(key)]) == key {
			return j - v
		}
		i = j + 1
	}
	return -1
}

// nextItem is bytes.Index(b, "\n  - "), the start of the next segment,
// looking for its dash: a rarer byte than the line feed.
func nextItem(b []byte) int {
	for i := 0; ; {
		k := bytes.IndexByte(b[i:], '-')
		if k < 0 {
			return -1
		}
		j := i + k
		if j >= 3 && j+1 < len(b) && b[j+1] == ' ' && b[j-1] == ' ' && b[j-2] == ' ' && b[j-3] == '\n' {
			return j - 3
		}
		i = j + 1
	}
}

// hanSig hashes, in order, the tokens of s: what of s tm.Normalize
// leaves as it is or folds to ASCII. Those are the CJK ideographs (the
// UTF-8 sequences led by 0xE4 to 0xE9, U+4000 to U+9FFF), the visible
// ASCII characters and the full-width forms of them (U+FF01 to U+FF5E,
// folded), quotes aside (a YAML line quotes with them); anything else
// tm.Normalize removes (white space) or does not tell two Chineses apart
// here. Two Chineses that normalise the same have the same signature, and
// so do a plain or quoted zh line as written and its value.
func hanSig[T string | []byte](s T) uint64 { return hanHash(s, len(s)) }

// hanPrefix is the signature of the first prefixTokens tokens of s (of
// all when it has fewer): the same for two Chineses with the same tokens.
func hanPrefix[T string | []byte](s T) uint64 { return hanHash(s, prefixTokens) }

// prefixTokens is how many tokens hanPrefix signs.
const prefixTokens = 6

// hanHash hashes the first max tokens of s.
func hanHash[T string | []byte](s T, max int) uint64 {
	h, _ := hanHashTo(s, max, false)
	return h
}

// linePrefix is the hanPrefix of a zh value written from the start of v,
// read on its line alone, when the line tells it: a value not led by an
// indicator, with prefixTokens tokens before any line feed, '#' (a
// comment) or backslash (an escape). ok is false otherwise.
func linePrefix(v []byte) (uint64, bool) {
	if len(v) == 0 {
		return 0, false
	}
	switch v[0] {
	case ' ', '\t', '|', '>', '!', '&', '*', '{', '[', '%', '@', '`':
		return 0, false
	}
	return hanHashTo(v, prefixTokens, true)
}

// hanHashTo hashes the first max tokens of s; with line, it stops short
// at a line feed, '#' or backslash. ok reports whether max tokens were
// hashed (or s ended first, without line).
func hanHashTo[T string | []byte](s T, max int, line bool) (h uint64, ok bool) {
	const prime = 1099511628211
	h = uint64(14695981039346656037)
	for i := 0; i < len(s) && max > 0; i++ {
		c := s[i]
		if line && (c == '\n' || c == '#' || c == '\\') {
			return 0, false
		}
		switch {
		case c > ' ' && c < 0x7f:
			if c != '\'' && c != '"' {
				h = (h ^ uint64(c)) * prime
				max--
			}
		case c >= 0xE4 && c <= 0xE9 && i+2 < len(s):
			h = (h ^ uint64(rune(c)<<16|rune(s[i+1])<<8|rune(s[i+2]))) * prime
			max--
			i += 2
		case c == 0xEF && i+2 < len(s) && (s[i+1] == 0xBC && s[i+2] >= 0x81 || s[i+1] == 0xBD && s[i+2] <= 0x9E):
			r := 0xFF00 + rune(s[i+1]-0xBC)*64 + rune(s[i+2]-0x80) - 0xFEE0
			i += 2
			if r != '\'' && r != '"' {
				h = (h ^ uint64(r)) * prime
				max--
			}
		}
	}
	return h, !line || max == 0
}
