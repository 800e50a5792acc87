package align

import (
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// A file written one sentence a line — as aligners' inputs, sentence-split
// exports of CAT tools and many desks' drafts are — already says where its
// sentences end: its writer put every sentence on a line of its own, and the
// few lines the splitters would cut in two ("Hey! Hey! Hey!", a figure caption,
// a reply and its attribution) are lines the writer chose to keep whole. The
// file path of add --en honours such a layout on both sides: the English
// splitter takes each line as one sentence, and the Chinese segments that
// share a line (the contract's segmentation is never changed) stay in one
// bead, a joined segment.

// OneSentenceALine reports whether sentences, as a splitter found them in
// one file, show a file written one sentence a line: most body lines (the
// headline, paragraph 0, does not count) stand in a paragraph of several
// lines, and at most one body line in ten holds more than one sentence or
// goes on from the line before. Running text — paragraphs on one line each,
// or wrapped over several — is far from both.
func OneSentenceALine(ss []articles.Sentence) bool {
	type lineInfo struct {
		para, starts int
		continued    bool
	}
	lines := map[int]*lineInfo{}
	at := func(n, para int) *lineInfo {
		l := lines[n]
		if l == nil {
			l = &lineInfo{para: para}
			lines[n] = l
		}
		return l
	}
	for _, s := range ss {
		if s.Para == 0 {
			continue
		}
		at(s.Line, s.Para).starts++
		for k := range strings.Count(s.Text, "\n") {
			at(s.Line+k+1, s.Para).continued = true
		}
	}
	if len(lines) == 0 {
		return false
	}
	perPara := map[int]int{}
	for _, l := range lines {
		perPara[l.para]++
	}
	off, shared := 0, 0
	for _, l := range lines {
		if l.starts != 1 || l.continued {
			off++
		}
		if perPara[l.para] > 1 {
			shared++
		}
	}
	return 2*shared >= len(lines) && 10*off <= len(lines)
}

// LineUnits returns, for Chinese segments read from a file written one
// sentence a line (OneSentenceALine), the spans of segments that share a
// line, one span per line in order; nil when the file is not so written or
// no line holds more than one segment.
func LineUnits(zh []articles.Sentence) []Span {
	if !OneSentenceALine(zh) {
		return nil
	}
	var units []Span
	grouped := false
	for i, s := range zh {
		if n := len(units); n > 0 && s.Para != 0 && zh[i-1].Para == s.Para && zh[i-1].Line == s.Line {
			units[n-1].Hi = i + 1
			grouped = true
			continue
		}
		units = append(units, Span{i, i + 1})
	}
	if !grouped {
		return nil
	}
	return units
}

// AlignLines is Align for a Chinese text read from a file: when the file is
// written one sentence a line, the segments sharing a line stay in one bead
// (see LineUnits); otherwise it is Align.
func AlignLines(zh, en []articles.Sentence, g *glossary.Glossary) *Alignment {
	units := LineUnits(zh)
	if units == nil {
		return Align(zh, en, g)
	}
	merged := make([]articles.Sentence, len(units))
	for k, u := range units {
		s := zh[u.Lo]
		if u.Len() > 1 {
			var b strings.Builder
			for _, t := range zh[u.Lo:u.Hi] {
				b.WriteString(t.Text)
			}
			s.Text, s.End = b.String(), zh[u.Hi-1].End
		}
		merged[k] = s
	}
	al := Align(merged, en, g)
	al.expand(units, len(zh))
	return al
}

// expand maps an alignment of units (spans of n segments, in order, covering
// them) back onto the segments: bead spans widen to the segments their units
// hold, and each segment is seen as its unit (its anchors are the unit's).
func (a *Alignment) expand(units []Span, n int) {
	lo := func(k int) int {
		if k < len(units) {
			return units[k].Lo
		}
		return n
	}
	for i := range a.Beads {
		b := &a.Beads[i]
		b.ZH = Span{lo(b.ZH.Lo), lo(b.ZH.Hi)}
	}
	if len(a.zh) != len(units) {
		return // no units kept (an empty side)
	}
	zh := make([]unit, 0, n)
	for k, u := range units {
		for range u.Len() {
			zh = append(zh, a.zh[k])
		}
	}
	a.zh = zh
}
