package workflow

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// The glossary findings of chosen segments (one at a time, a few, more
// than a few) are those of the whole article's check for them: first
// mentions depend on the segments before.
func TestSegmentFindingsGlossaryState(t *testing.T) {
	dir := t.TempDir()
	ws, err := Init(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws.GlossaryPath(), []byte("terms:\n  - id: cma\n    zh: [中国矿业联合会, 中矿联]\n    en: China Mining Association\n    abbr: CMA\n    kind: organization\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{
		{"中矿联表示。", "CMA said so."},                          // first-mention
		{"中国矿业联合会开会。", "The China Mining Association met."}, // the full name
		{"无关。", "Nothing."},
		{"中矿联表示。", "CMA said so."},             // fine now
		{"中国矿业联合会表示。", "The federation said."}, // missing
		{"中矿联表示。", "It said so."},              // a reference back
	}
	f := &articles.File{Version: 1, Article: "a", Source: "a.zh.md"}
	for k := 0; k < 12; k++ {
		p := pairs[k%len(pairs)]
		f.Segments = append(f.Segments, &articles.Segment{ID: fmt.Sprintf("s%05d", k), Para: 1, ZH: p[0], EN: p[1], State: articles.Translated})
	}
	a := storeArticle(t, ws, f)
	all, err := ws.SegmentFindings(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	of := func(ids ...string) []Finding {
		var out []Finding
		for _, f := range all {
			for _, id := range ids {
				if f.Segment == id {
					out = append(out, f)
				}
			}
		}
		return out
	}
	rules := map[string]int{}
	for _, f := range all {
		rules[f.Rule]++
	}
	if rules[RuleGlossaryFirstMention] != 1 || rules[RuleGlossaryMissing] != 2 {
		t.Fatalf("whole article: %v", rules)
	}
	var ids []string
	for _, s := range a.File.Segments {
		ids = append(ids, s.ID)
	}
	for _, set := range [][]string{ids[:1], ids[3:4], ids[4:5], ids[10:11], {ids[0], ids[4], ids[9]}, ids[1:11], ids} {
		got, err := ws.SegmentFindings(a, set)
		if err != nil {
			t.Fatal(err)
		}
		if want := of(set...); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("SegmentFindings(%v):\n got %+v\nwant %+v", set, got, want)
		}
	}
}
