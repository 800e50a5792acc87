package workflow

import (
	"bytes"
	"hash/maphash"

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

// scanSigns signs every translated or approved segment of an article (see
// scanLayout), or, for a file not in the canonical layout, returns its
// compared records, decoded whole.
func (w *Workspace) scanSigns(dir *fileDir, slug string, sc *scanner) (hits []segmentHit, whole []tm.Record) {
	data, err := dir.read(slug+".yaml", w.Settings.MaxFileSize, sc.buf)
	if err != nil {
		return nil, nil
	}
	sc.buf = data
	ok := scanLayout(data, nil, func(_, _ int, _ []byte, sig, en uint64) bool {
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
func (w *Workspace) scanRecords(dir *fileDir, slug string, want func(zh []byte) (uint64, bool), sc *scanner, found func(r *tm.Record, k recordKey, n int)) {
	data, err := dir.read(slug+".yaml", w.Settings.MaxFileSize, sc.buf)
	if err != nil {
		return
	}
	sc.buf = data
	sc.found = sc.found[:0]
	pos, line := 0, 1
	ok := scanLayout(data, want, func(n, at int, item []byte, _, _ uint64) bool {
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

// sigSet is a set of signatures of Chinese (hanSig), with the first token
// of each (hanFirst), which rules most other lines out before they are
// signed.
type sigSet struct {
	sigs  map[uint64]bool
	first []uint64 // a bit for each first token
}

func newSigSet() *sigSet { return &sigSet{sigs: map[uint64]bool{}, first: make([]uint64, 1<<16/64)} }

// add adds the signature of zh.
func (s *sigSet) add(zh string) {
	s.sigs[hanSig(zh)] = true
	f := hanFirst(zh)
	s.first[f/64] |= 1 << (f % 64)
}

// has reports whether the Chinese line zh (as written) has a signature of
// the set, and that signature.
func (s *sigSet) has(zh []byte) (uint64, bool) {
	if f := hanFirst(zh); s.first[f/64]&(1<<(f%64)) == 0 {
		return 0, false
	}
	sig := hanSig(zh)
	return sig, s.sigs[sig]
}

// scanLayout walks the segments of a segment file in the canonical layout
// and calls hit for each translated or approved one whose Chinese want
// takes (each one when want is nil): its index n, the offset
// of its lines in data and those lines, the signature of its Chinese and a
// hash of its English line as written. It returns false, at once, when
// the file departs from the layout or hit returns false.
func scanLayout(data []byte, want func(zh []byte) (uint64, bool), hit func(n, at int, item []byte, sig, en uint64) bool) bool {
	start := bytes.Index(data, segmentsHead)
	if !bytes.HasPrefix(data, []byte("bitext: ")) || start < 0 {
		return false
	}
	bodyAt := start + len(segmentsHead) - 4
	body := data[bodyAt:] // from the first "  - "
	if end := bytes.Index(body, []byte("\narchived:")); end >= 0 {
		body = body[:end+1]
	}
	const zhKey, enKey = "\n    zh: ", "\n    en: "
	for from, n := 0, 0; from < len(body); n++ {
		// One segment: from its "  - " line to the next.
		to := len(body)
		if k := nextItem(body[from:]); k >= 0 {
			to = from + k + 1
		}
		item := body[from:to]
		from = to
		z := bytes.Index(item, []byte(zhKey))
		if z < 0 {
			return false // a segment whose zh is not where the layout puts it
		}
		v := item[z+len(zhKey):]
		eol := bytes.IndexByte(v, '\n')
		if eol < 0 || !bytes.HasPrefix(v[eol:], []byte(enKey)) || len(v) > 0 && (v[0] == '|' || v[0] == '>' || v[0] == '"' && bytes.IndexByte(v[:eol], '\\') >= 0) {
			return false
		}
		zh := v[:eol]
		en := v[eol+len(enKey):]
		k := bytes.IndexByte(en, '\n')
		if k < 0 {
			return false
		}
		en, state := en[:k], en[k:]
		switch {
		case bytes.HasPrefix(state, []byte("\n    state: translated\n")), bytes.HasPrefix(state, []byte("\n    state: approved\n")):
		case bytes.HasPrefix(state, []byte("\n    state: ")):
			continue // not compared: new, draft or stale
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

// hanSig hashes, in order, the tokens of s (sigToken): what of s
// tm.Normalize leaves as it is or folds to ASCII. Two Chineses that
// normalise the same have the same signature, and so do a plain or quoted
// zh line as written and its value.
func hanSig[T string | []byte](s T) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		tok, n := sigToken(s, i)
		i += n
		if tok != 0 {
			h = (h ^ uint64(tok)) * prime
		}
	}
	return h
}

// hanFirst is the first token of s that hanSig hashes, as a number below
// 1<<16 (the code point of a well-formed one); 0 when there is none. Two
// Chineses with the same tokens have the same first one.
func hanFirst[T string | []byte](s T) int {
	for i := 0; i < len(s); {
		tok, n := sigToken(s, i)
		i += n
		switch {
		case tok >= 1<<16: // an ideograph's three bytes
			return int(tok>>16&0x0F)<<12 | int(tok>>8&0x3F)<<6 | int(tok&0x3F)
		case tok != 0:
			return int(tok)
		}
	}
	return 0
}

// sigToken reads the token of s at i, and how many bytes it takes: a CJK
// ideograph (a UTF-8 sequence led by 0xE4 to 0xE9, U+4000 to U+9FFF) as
// its three bytes, a visible ASCII character or the full-width form of one
// (U+FF01 to U+FF5E) as that character, quotes aside (a YAML line quotes
// with them); 0 for anything else, which tm.Normalize removes (white
// space) or which does not tell two Chineses apart here.
func sigToken[T string | []byte](s T, i int) (tok rune, n int) {
	c := s[i]
	switch {
	case c > ' ' && c < 0x7f:
		if c == '\'' || c == '"' {
			return 0, 1
		}
		return rune(c), 1
	case c >= 0xE4 && c <= 0xE9 && i+2 < len(s):
		return rune(c)<<16 | rune(s[i+1])<<8 | rune(s[i+2]), 3
	case c == 0xEF && i+2 < len(s) && (s[i+1] == 0xBC && s[i+2] >= 0x81 || s[i+1] == 0xBD && s[i+2] <= 0x9E):
		r := 0xFF00 + rune(s[i+1]-0xBC)*64 + rune(s[i+2]-0x80) - 0xFEE0
		if r == '\'' || r == '"' {
			return 0, 3
		}
		return r, 3
	}
	return 0, 1
}
