// Package tm is bitext's translation memory: an index of Chinese segments
// and the English they were given, for exact matches (normalised Chinese
// equal), fuzzy matches (character edit similarity at or above a
// threshold) and the inconsistency check. It knows nothing of workspaces:
// the workflow package feeds it records and caches it.
package tm

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Record is one Chinese–English pair the memory knows, and where it is.
type Record struct {
	ZH, EN  string
	Article string // the article's slug, or "tmx:FILE" for an imported memory
	Segment string // the segment (or archived segment, or TMX unit) id
	// Approved: an approved segment, or archived English, or an imported
	// translation unit: what the memory offers. Other records are only
	// searched (concordance) and checked for consistency.
	Approved bool
	Archived bool
	State    string // the segment's state ("" for an imported unit)
	// Where the segment's English stands in its file, and the segment's
	// place in the article, for findings (0 for archived and imported).
	Line, Col, Seg int
}

// Origin renders where a record is, as the segment key origin records it.
func (r *Record) Origin() string {
	if strings.HasPrefix(r.Article, "tmx:") {
		return r.Article
	}
	return r.Article + "/" + r.Segment
}

// Normalize is the form in which Chinese segments are compared: full-width
// ASCII and the ideographic space folded to their narrow forms (width.Fold)
// and all white space removed.
func Normalize(zh string) string {
	plain := true
	for _, r := range zh {
		if unicode.IsSpace(r) || (r >= 0x3000 && r <= 0x3000) || (r >= 0xFF00 && r <= 0xFFEF) {
			plain = false
			break
		}
	}
	if plain {
		return zh
	}
	folded := width.Fold.String(zh)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, folded)
}

// Index is the memory over a set of records: every distinct normalised
// Chinese of the approved records, with the records that have it, and a
// character inverted index over them (each key's count of each character)
// for fuzzy lookups.
type Index struct {
	Records []Record
	keys    []string // distinct normalised Chinese, approved records only
	keyLen  []uint16 // each key's length in characters (capped)
	first   []int32  // per key, its first record
	more    map[int32][]int32
	exact   map[string]int32
	bmp     []posting // per character of the Basic Multilingual Plane
	astral  map[rune]*posting
}

// posting lists the keys holding a character (ascending) and how many
// times each holds it (capped at 255).
type posting struct {
	ids []int32
	n   []uint8
}

func (ix *Index) posting(c rune, create bool) *posting {
	if c < 0x10000 {
		return &ix.bmp[c]
	}
	p := ix.astral[c]
	if p == nil && create {
		p = &posting{}
		ix.astral[c] = p
	}
	return p
}

// Build indexes the records.
func Build(records []Record) *Index {
	ix := &Index{Records: records, exact: map[string]int32{}, more: map[int32][]int32{},
		bmp: make([]posting, 0x10000), astral: map[rune]*posting{}}
	var scratch []rune
	for i := range records {
		r := &records[i]
		if !r.Approved || strings.TrimSpace(r.EN) == "" {
			continue
		}
		k := Normalize(r.ZH)
		if k == "" {
			continue
		}
		id, ok := ix.exact[k]
		if ok {
			ix.more[id] = append(ix.more[id], int32(i))
			continue
		}
		id = int32(len(ix.keys))
		ix.exact[k] = id
		ix.keys = append(ix.keys, k)
		ix.first = append(ix.first, int32(i))
		scratch = append(scratch[:0], []rune(k)...)
		ix.keyLen = append(ix.keyLen, uint16(min(len(scratch), 0xFFFF)))
		slices.Sort(scratch)
		for j := 0; j < len(scratch); {
			c, n := scratch[j], 1
			for j+n < len(scratch) && scratch[j+n] == c {
				n++
			}
			j += n
			p := ix.posting(c, true)
			p.ids = append(p.ids, id)
			p.n = append(p.n, uint8(min(n, 255)))
		}
	}
	return ix
}

// Len is the number of distinct Chinese segments the memory offers.
func (ix *Index) Len() int { return len(ix.keys) }

// Exact returns the approved records whose normalised Chinese equals zh's.
func (ix *Index) Exact(zh string) []*Record {
	id, ok := ix.exact[Normalize(zh)]
	if !ok {
		return nil
	}
	return ix.records(id)
}

func (ix *Index) records(id int32) []*Record {
	out := []*Record{&ix.Records[ix.first[id]]}
	for _, r := range ix.more[id] {
		out = append(out, &ix.Records[r])
	}
	return out
}

// Match is a fuzzy match: a distinct Chinese of the memory, its
// similarity to the query, and the records that have it.
type Match struct {
	ZH         string  // the memory's Chinese (normalised)
	Similarity float64 // 0..1: 1 − edit distance / longer length, in characters
	Records    []*Record
}

// Fuzzy returns up to max matches whose similarity to zh is at least
// threshold, best first. The query itself (similarity 1) is included when
// the memory has it.
//
// Candidates come from the character index. A key of length L within edit
// distance d of the query (length n) has at least max(n, L) − d characters
// in common with it (as multisets), and a qualifying key has d ≤ (1 −
// threshold)·max(n, L): so at least need = ⌈threshold·n⌉ in common. A key
// with that many in common holds at least one of any n − need + 1 of the
// query's characters; the lookup reads the lists of the rarest such
// characters only, and compares the keys found there, most characters in
// common first, by edit distance.
func (ix *Index) Fuzzy(zh string, threshold float64, max int) []Match {
	q := []rune(Normalize(zh))
	if len(q) == 0 || max <= 0 || threshold <= 0 {
		return nil
	}
	n := len(q)
	need := int(math.Ceil(threshold*float64(n) - 1e-9))
	if need < 1 {
		need = 1
	}
	qcount := map[rune]int{}
	for _, c := range q {
		qcount[c]++
	}
	type qc struct {
		c rune
		n int
		p *posting
	}
	var qs []qc
	for c, k := range qcount {
		qs = append(qs, qc{c, k, ix.posting(c, false)})
	}
	size := func(p *posting) int {
		if p == nil {
			return 0
		}
		return len(p.ids)
	}
	sort.Slice(qs, func(i, j int) bool {
		if a, b := size(qs[i].p), size(qs[j].p); a != b {
			return a < b
		}
		return qs[i].c < qs[j].c
	})
	shared := make([]uint16, len(ix.keys))
	var touched []int32
	acc := 0
	for _, x := range qs {
		if acc >= n-need+1 {
			break
		}
		acc += x.n
		if x.p == nil {
			continue
		}
		for k, id := range x.p.ids {
			if shared[id] == 0 {
				touched = append(touched, id)
			}
			shared[id] += uint16(min(x.n, int(x.p.n[k])))
		}
	}
	rest := n - acc // query characters not read: they add at most this many
	buckets := make([][]int32, n+1)
	for _, id := range touched {
		l := int(ix.keyLen[id])
		long := max2(l, n)
		if float64(min(l, n)) < threshold*float64(long)-1e-9 {
			continue // the lengths alone rule it out
		}
		sh := int(shared[id])
		if sh+rest < int(math.Ceil(threshold*float64(long)-1e-9)) {
			continue
		}
		buckets[min(sh, n)] = append(buckets[min(sh, n)], id)
	}
	limit := 8 * max
	if limit < 64 {
		limit = 64
	}
	var cands []int32
	for k := n; k >= 0 && len(cands) < limit; k-- {
		b := buckets[k]
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		cands = append(cands, b[:min(len(b), limit-len(cands))]...)
	}
	var out []Match
	for _, id := range cands {
		k := []rune(ix.keys[id])
		long := max2(len(k), n)
		bound := int((1-threshold)*float64(long) + 1e-9)
		d := Distance(q, k, bound)
		if d > bound {
			continue
		}
		sim := 1 - float64(d)/float64(long)
		if sim+1e-9 < threshold {
			continue
		}
		out = append(out, Match{ZH: ix.keys[id], Similarity: sim, Records: ix.records(id)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Similarity > out[j].Similarity })
	if len(out) > max {
		out = out[:max]
	}
	return out
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// Distance is the Levenshtein distance between a and b in characters, or
// bound+1 as soon as it is known to exceed bound.
func Distance(a, b []rune, bound int) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > bound {
		return bound + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if prev[j]+1 < v {
				v = prev[j] + 1
			}
			if cur[j-1]+1 < v {
				v = cur[j-1] + 1
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > bound {
			return bound + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
