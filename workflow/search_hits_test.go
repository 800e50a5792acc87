package workflow

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/workflow/tm"
)

// TestSearchHits: the hits are where Search compares, as bytes of the
// text written: a full-width form or a space inside the Chinese is part of
// the hit, the English is compared case-insensitively.
func TestSearchHits(t *testing.T) {
	cases := []struct {
		zh, en, find string
		zhHits       []string
		enHits       []string
	}{
		{"会见中联部代表，中联部", "The IDCPC, the idcpc.", "中联部", []string{"中联部", "中联部"}, nil},
		{"共有ＣＭＡ会员", "CMA members", "CMA", []string{"ＣＭＡ"}, []string{"CMA"}},
		{"中 联部的", "", "中联部", []string{"中 联部"}, nil},
		{"中联部", "İstanbul and the CPC", "cpc", nil, []string{"CPC"}},
		{"一一一", "aaa", "一一", []string{"一一"}, nil},
	}
	for _, c := range cases {
		r := tm.Record{ZH: c.zh, EN: c.en}
		if len(Search([]tm.Record{r}, c.find)) != 1 {
			t.Errorf("%q: Search does not find it in %q / %q", c.find, c.zh, c.en)
		}
		zh, en := SearchHits(r, c.find)
		check := func(side, text string, hits []Hit, want []string) {
			var got []string
			for _, h := range hits {
				if text[h.Start:h.End] != h.Text {
					t.Errorf("%q: hit %+v is not %q's bytes", c.find, h, side)
				}
				got = append(got, h.Text)
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%q in %s %q: got %q, want %q", c.find, side, text, got, want)
			}
		}
		check("zh", c.zh, zh, c.zhHits)
		check("en", c.en, en, c.enHits)
	}
}

// FuzzSearchHits: whatever the text and the query, every hit is a span of
// the text, in order, not overlapping, and compares equal to the query;
// a record Search finds has at least one hit.
func FuzzSearchHits(f *testing.F) {
	f.Add("会见中联部代表", "The IDCPC", "中联部")
	f.Add("共有ＣＭＡ会员", "CMA members", "cma")
	f.Add("中 联部", "İstanbul", "i")
	f.Fuzz(func(t *testing.T, zh, en, find string) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) || !utf8.ValidString(find) {
			return // segment files and arguments are UTF-8
		}
		r := tm.Record{ZH: zh, EN: en}
		hz, he := SearchHits(r, find)
		for side, hits := range map[string][]Hit{zh: hz, en: he} {
			end := 0
			for _, h := range hits {
				if h.Start < end || h.End <= h.Start || h.End > len(side) || side[h.Start:h.End] != h.Text {
					t.Fatalf("%q in %q: bad hit %+v", find, side, h)
				}
				end = h.End
			}
		}
		for _, h := range hz {
			if tm.Normalize(h.Text) != tm.Normalize(find) {
				t.Fatalf("%q: zh hit %q", find, h.Text)
			}
		}
		if len(Search([]tm.Record{r}, find)) == 1 && len(hz)+len(he) == 0 {
			t.Fatalf("%q found in %q / %q without a hit", find, zh, en)
		}
	})
}
