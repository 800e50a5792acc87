package articles

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// What the rest of the article carries for a segment (the sixth held-out
// probe): a month the paragraph gave ("in October" before 10月份 is left
// out), and a headline's number the body carries
// (第二十四届 left out of the headline, "The 24th" in the lede). Each
// case is an article: its segments as "para|zh|en", the one checked
// last. The sentences are invented.
func TestMissingNumbersArticle(t *testing.T) {
	for _, tt := range []struct {
		segs    []string
		at      int // the segment checked
		missing string
	}{
		// a month the paragraph gave in both languages, not the headline
		{[]string{
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in November.",
			"1|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
		}, 1, ""},
		{[]string{
			"0|11月份全国出口增长4.1%|China's Exports Grow 4.1 Pct in November",
			"1|海关总署12月7日发布数据。|Customs data were released on Sunday.",
			"2|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
		}, 2, "month 11"}, // the headline alone carries no month
		// the English names another month: reported
		{[]string{
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in November.",
			"1|11月份，进口增长2.2%。|Imports grew 2.2 percent in October.",
		}, 1, "month 11"},
		// only an earlier paragraph gave it, or only its Chinese, or another
		// month: reported
		{[]string{
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in November.",
			"2|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
		}, 1, "month 11"},
		{[]string{
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year.",
			"1|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
		}, 1, "month 11"},
		{[]string{
			"1|10月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in October.",
			"1|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
		}, 1, "month 11"},
		// a later mention carries nothing; a day is no month
		{[]string{
			"1|11月份，进口增长2.2%。|Imports grew 2.2 percent.",
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in November.",
		}, 0, "month 11"},
		{[]string{
			"1|11月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in November.",
			"1|11月16日，进口数据发布。|Import data were released.",
		}, 1, "11-16"},

		// a headline's number the body carries
		{[]string{
			"0|第十五届全国运动会在广州开幕|National Games Open in Guangzhou",
			"1|第十五届全国运动会11月9日在广州开幕。|The 15th National Games opened in Guangzhou on Nov. 9.",
		}, 0, ""},
		{[]string{
			"0|10月份全国出口增长4.1%|China's Exports Grow in October",
			"1|10月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in October.",
		}, 0, ""},
		// a wrong number in the headline: reported
		{[]string{
			"0|第十五届全国运动会在广州开幕|16th National Games Open in Guangzhou",
			"1|第十五届全国运动会11月9日在广州开幕。|The 15th National Games opened in Guangzhou on Nov. 9.",
		}, 0, "#15"},
		{[]string{
			"0|10月份全国出口增长4.1%|China's Exports Grow 4.4 Pct in October",
			"1|10月份，全国出口同比增长4.1%。|Exports rose 4.1 percent year on year in October.",
		}, 0, "4.1%"},
		// the body leaves it out too, gives another figure, or has none
		{[]string{
			"0|第十五届全国运动会在广州开幕|National Games Open in Guangzhou",
			"1|第十五届全国运动会11月9日在广州开幕。|The National Games opened in Guangzhou on Nov. 9.",
		}, 0, "#15"},
		{[]string{
			"0|10月份全国出口增长4.1%|China's Exports Grow in October",
			"1|10月份，全国出口同比增长4.1%。|Exports rose 4.4 percent year on year in October.",
		}, 0, "4.1%"},
		{[]string{
			"0|全国出口增长4.1%|China's Exports Grow",
			"1|海关总署发布数据。|Customs data were released.",
		}, 0, "4.1%"},
		// not the headline: a segment of paragraph 0 after the first, or a
		// first segment of paragraph 1
		{[]string{
			"1|第十五届全国运动会在广州开幕。|The National Games opened in Guangzhou.",
			"1|第十五届全国运动会11月9日开幕。|The 15th National Games opened on Nov. 9.",
		}, 0, "#15"},
	} {
		var segs []*Segment
		for _, s := range tt.segs {
			f := strings.SplitN(s, "|", 3)
			segs = append(segs, &Segment{Para: int(f[0][0] - '0'), ZH: f[1], EN: f[2], State: Translated})
		}
		c := NumberContext{Date: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), Article: segs, At: tt.at}
		s := segs[tt.at]
		if got := numStrings(MissingNumbersIn(s.ZH, s.EN, c)); got != tt.missing {
			t.Errorf("%v, segment %d: missing %q, want %q", tt.segs, tt.at+1, got, tt.missing)
		}
		// what the article carries is reported without it
		if got := numStrings(MissingNumbersIn(s.ZH, s.EN, NumberContext{Date: c.Date})); tt.missing == "" && got == "" {
			t.Errorf("%v, segment %d: nothing missing even without the article", tt.segs, tt.at+1)
		}
	}
}

// A headline's number is looked for in the body's first 30 segments
// only: a long text's headline does not make each check read its whole
// body twice.
func TestMissingNumbersHeadlineBodyBound(t *testing.T) {
	for _, far := range []int{29, 31} {
		segs := []*Segment{{Para: 0, ZH: "第十五届全国运动会在广州开幕", EN: "National Games Open in Guangzhou", State: Translated}}
		for k := 0; k < far; k++ {
			segs = append(segs, &Segment{Para: 1 + k, ZH: "比赛继续进行。", EN: "The games went on.", State: Translated})
		}
		segs = append(segs, &Segment{Para: far + 1, ZH: "第十五届全国运动会闭幕。", EN: "The 15th National Games closed.", State: Translated})
		want := ""
		if far >= headlineBody {
			want = "#15"
		}
		c := NumberContext{Article: segs}
		if got := numStrings(MissingNumbersIn(segs[0].ZH, segs[0].EN, c)); got != want {
			t.Errorf("body carries it at segment %d: missing %q, want %q", far+2, got, want)
		}
	}
}

// FuzzMissingNumbersArticle: with any headline and body, the article's
// rules never panic and every number reported is a span of the segment's
// Chinese.
func FuzzMissingNumbersArticle(f *testing.F) {
	f.Add("第二十四届车展开幕", "Auto Show Opens", "11月21日，第二十四届车展开幕。", "The 24th show opened on Saturday.", 0)
	f.Add("10月份出口增长", "Exports Grow in October", "10月份，出口增长4.1%。", "Exports grew 4.1 percent.", 1)
	f.Fuzz(func(t *testing.T, hz, he, bz, be string, at int) {
		if !utf8.ValidString(hz) || !utf8.ValidString(he) || !utf8.ValidString(bz) || !utf8.ValidString(be) {
			return
		}
		segs := []*Segment{{Para: 0, ZH: hz, EN: he, State: Translated}, {Para: 1, ZH: bz, EN: be, State: Translated}, {Para: 1, ZH: bz, EN: "", State: Translated}}
		at = (at%3 + 3) % 3
		s := segs[at]
		for _, n := range MissingNumbersIn(s.ZH, s.EN, NumberContext{Article: segs, At: at}) {
			if n.Start < 0 || n.End <= n.Start || n.End > len(s.ZH) {
				t.Fatalf("%q / %q: bad span %d..%d", s.ZH, s.EN, n.Start, n.End)
			}
		}
	})
}
