package workflow

import (
	"reflect"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// TestSplitSentences: after a sync, a stale segment whose old sentence an
// edit split (a ；become 。) is found with the new parts beside it, so that
// sync can name the realign that shares its English out; an ordinary edit,
// or a new sentence that did not stand in the old one, is not.
func TestSplitSentences(t *testing.T) {
	const old = "甲乙丙；丁戊己；庚辛壬。"
	seg := func(id string, para int, zh string, st articles.State, en, prev string) *articles.Segment {
		return &articles.Segment{ID: id, Para: para, ZH: zh, State: st, EN: en, PreviousZH: prev}
	}
	for _, tc := range []struct {
		name string
		segs []*articles.Segment
		want []SplitRun
	}{
		{"in two", []*articles.Segment{
			seg("n1", 1, "甲乙丙。", articles.New, "", ""),
			seg("s1", 1, "丁戊己；庚辛壬。", articles.Stale, "A. B. C.", old),
		}, []SplitRun{{Stale: "s1", Segments: []string{"n1", "s1"}}}},
		{"in three", []*articles.Segment{
			seg("n1", 1, "甲乙丙。", articles.New, "", ""),
			seg("s1", 1, "丁戊己。", articles.Stale, "A. B. C.", old),
			seg("n2", 1, "庚辛壬。", articles.New, "", ""),
		}, []SplitRun{{Stale: "s1", Segments: []string{"n1", "s1", "n2"}}}},
		{"an edit, no split", []*articles.Segment{
			seg("s1", 1, "甲乙丙；丁戊己；庚辛壬癸。", articles.Stale, "A. B. C.", old),
		}, nil},
		{"a new sentence of its own", []*articles.Segment{
			seg("n1", 1, "子丑寅。", articles.New, "", ""),
			seg("s1", 1, "丁戊己；庚辛壬。", articles.Stale, "A. B. C.", old),
		}, nil},
		{"another paragraph", []*articles.Segment{
			seg("n1", 0, "甲乙丙。", articles.New, "", ""),
			seg("s1", 1, "丁戊己；庚辛壬。", articles.Stale, "A. B. C.", old),
		}, nil},
	} {
		if got := splitSentences(tc.segs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
