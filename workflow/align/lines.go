package align

import (
	"regexp"
	"strings"
	"unicode/utf8"

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
	for i, s := range ss {
		if s.Para == 0 {
			continue
		}
		if i > 0 && TrailingAttribution(ss[i-1], s) {
			continue // a reply and its attribution: one line, as its writer kept it
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

// tailAttribRe matches a Chinese sentence that only names who spoke the
// quotation before it: 他说。 刘振华说。 他笑着说。 韩立军对记者说。
var tailAttribRe = regexp.MustCompile(`^[^“”「」，,。！？]{1,10}(?:说|道|问|答|表示|介绍|补充说|告诉记者)[。！]$`)

// TrailingAttribution reports whether s, on the line of prev, only names who
// spoke the quotation prev ends with (“……。”他说。): the contract's
// segmentation makes two segments of it, but every writer and translator
// reads one sentence, and a translation renders the two together.
func TrailingAttribution(prev, s articles.Sentence) bool {
	if prev.Line != s.Line || prev.Para != s.Para || utf8.RuneCountInString(s.Text) > 12 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(prev.Text)
	if r != '”' && r != '」' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev.Text[:len(prev.Text)-n])
	return strings.ContainsRune("。！？…", before) && tailAttribRe.MatchString(s.Text)
}

// strandedAttributions returns the segments of running text that are a
// trailing attribution (TrailingAttribution) an alignment strands: left
// without English (1-0) or opening a bead with what follows, apart from
// the quotation it names. A translation that renders the attribution by a
// sentence of its own ('What did you see?' | the guard asked.) keeps
// its 1-1 pairs.
func strandedAttributions(zh []articles.Sentence, al *Alignment) map[int]bool {
	var out map[int]bool
	for _, b := range al.Beads {
		i := b.ZH.Lo
		if b.ZH.Len() == 0 || i == 0 || !TrailingAttribution(zh[i-1], zh[i]) {
			continue
		}
		if b.EN.Len() == 0 || b.ZH.Len() > 1 {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// attributionUnits returns units of the segments (one span each, in
// order) in which each segment of glue is one with the segment before it.
func attributionUnits(n int, glue map[int]bool) []Span {
	units := make([]Span, 0, n)
	for i := range n {
		if k := len(units); k > 0 && glue[i] {
			units[k-1].Hi = i + 1
			continue
		}
		units = append(units, Span{i, i + 1})
	}
	return units
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
// (see LineUnits); otherwise it is Align, run again with a quotation and
// its trailing attribution in one unit where the first run stranded the
// attribution (strandedAttributions).
func AlignLines(zh, en []articles.Sentence, g *glossary.Glossary) *Alignment {
	units := LineUnits(zh)
	if units == nil {
		al := Align(zh, en, g)
		glue := strandedAttributions(zh, al)
		if glue == nil {
			return al
		}
		units = attributionUnits(len(zh), glue)
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
