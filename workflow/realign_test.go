package workflow

import (
	"os"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// The English of s1..s4 (sync_test.go), one sentence each.
var realignEN = []string{
	"The China Mining Association held a meeting of its standing council.",
	"The meeting adopted the annual work report.",
	"President Cheng Liwei attended and spoke.",
	"Delegates offered advice on the industry's development.",
}

// realignWorkspace makes an article "news" of one paragraph s1..s4, each
// segment translated by wang with en[k] (none when empty), and approved by
// li when approve is set.
func realignWorkspace(t testing.TB, en []string, approve bool) (*Workspace, []string) {
	t.Helper()
	return realignWorkspaceOf(t, s1+s2+s3+s4+"\n", en, approve)
}

// realignWorkspaceOf is realignWorkspace with a source of one's own (the
// four sentences, paragraphs as one likes).
func realignWorkspaceOf(t testing.TB, src string, en []string, approve bool) (*Workspace, []string) {
	t.Helper()
	ws, res := newsArticle(t, src)
	var ids []string
	for k, s := range res.Article.File.Segments {
		ids = append(ids, s.ID)
		if en[k] == "" {
			continue
		}
		if _, err := ws.Translate("news", TranslateOptions{Segment: s.ID, Text: en[k], As: "wang", Now: t0}); err != nil {
			t.Fatal(err)
		}
		if approve {
			if _, err := ws.Approve("news", ApproveOptions{Segments: []string{s.ID}, As: "li", Now: t0}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return ws, ids
}

// segView is a segment as the table tests compare it.
type segView struct {
	id, zh, en string
	state      articles.State
	approved   bool
}

func viewOf(f *articles.File, ids []string) []segView {
	var out []segView
	for _, s := range f.Segments {
		id := s.ID
		known := false
		for k, x := range ids {
			if x == id {
				id, known = "#"+string(rune('0'+k)), true
			}
		}
		if !known {
			id = "new"
		}
		out = append(out, segView{id: id, zh: s.ZH, en: s.EN, state: s.State, approved: s.Approval != nil})
	}
	return out
}

func TestRealign(t *testing.T) {
	all := strings.Join(realignEN, " ")
	tests := []struct {
		name    string
		en      []string
		approve bool
		span    []int // indices of the segments named
		want    []segView
		merged  int
	}{{
		name: "all the English on the first segment is spread out",
		en:   []string{all, "", "", ""},
		span: []int{0, 1, 2, 3},
		want: []segView{
			{"#0", s1, realignEN[0], articles.Draft, false},
			{"#1", s2, realignEN[1], articles.Draft, false},
			{"#2", s3, realignEN[2], articles.Draft, false},
			{"#3", s4, realignEN[3], articles.Draft, false},
		},
	}, {
		name: "a sentence given to the wrong neighbour moves back; the others keep their approval",
		en:   []string{realignEN[0], realignEN[1] + " " + realignEN[2], "", realignEN[3]},
		// Named out of order: the span is what counts.
		span:    []int{2, 1},
		approve: true,
		want: []segView{
			{"#0", s1, realignEN[0], articles.Approved, true},
			{"#1", s2, realignEN[1], articles.Draft, false},
			{"#2", s3, realignEN[2], articles.Draft, false},
			{"#3", s4, realignEN[3], articles.Approved, true},
		},
	}, {
		name:    "an alignment already right is kept as it is",
		en:      realignEN,
		approve: true,
		span:    []int{0, 1, 2, 3},
		want: []segView{
			{"#0", s1, realignEN[0], articles.Approved, true},
			{"#1", s2, realignEN[1], articles.Approved, true},
			{"#2", s3, realignEN[2], articles.Approved, true},
			{"#3", s4, realignEN[3], articles.Approved, true},
		},
	}, {
		name: "two Chinese sentences rendered by one English sentence are joined",
		en: []string{realignEN[0], "The meeting adopted the annual work report, and President Cheng Liwei attended and spoke.",
			"", realignEN[3]},
		span: []int{1, 2},
		want: []segView{
			{"#0", s1, realignEN[0], articles.Translated, false},
			{"#1", s2 + s3, "The meeting adopted the annual work report, and President Cheng Liwei attended and spoke.", articles.Draft, false},
			{"#3", s4, realignEN[3], articles.Translated, false},
		},
		merged: 1,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ws, ids := realignWorkspace(t, tc.en, tc.approve)
			var named []string
			for _, k := range tc.span {
				named = append(named, ids[k])
			}
			// The dry run proposes what the run then does, and writes nothing.
			before, _ := os.ReadFile(ws.SegmentPath("news"))
			dry, err := ws.Realign("news", RealignOptions{Segments: named, As: "li", Now: t0, DryRun: true})
			if err != nil {
				t.Fatal(err)
			}
			if after, _ := os.ReadFile(ws.SegmentPath("news")); string(after) != string(before) {
				t.Fatal("a dry run wrote the file")
			}
			res, err := ws.Realign("news", RealignOptions{Segments: named, As: "li", Now: t0})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Parts) != len(dry.Parts) || len(res.Merged) != tc.merged || len(dry.Merged) != tc.merged {
				t.Fatalf("dry run %d parts %v merged, run %d parts %v merged, want %d merged", len(dry.Parts), dry.Merged, len(res.Parts), res.Merged, tc.merged)
			}
			for k := range res.Parts {
				if d, r := dry.Parts[k], res.Parts[k]; d.Segment.ZH != r.Segment.ZH || d.Segment.EN != r.Segment.EN || d.Status != r.Status {
					t.Errorf("part %d: dry run %+v, run %+v", k, d, r)
				}
			}
			got := viewOf(load(t, ws), ids)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d segments %+v, want %+v", len(got), got, tc.want)
			}
			for k := range got {
				if got[k] != tc.want[k] {
					t.Errorf("segment %d:\n got %+v\nwant %+v", k, got[k], tc.want[k])
				}
			}
		})
	}
}

func TestRealignRefusals(t *testing.T) {
	ws, ids := realignWorkspace(t, []string{realignEN[0] + " " + realignEN[1], "", realignEN[2], ""}, false)
	_, err := ws.Realign("news", RealignOptions{Segments: []string{ids[0], ids[2]}, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeRealignNotAdjoin)
	_, err = ws.Realign("news", RealignOptions{Segments: ids[:1], As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeRealignTooFew)
	_, err = ws.Realign("news", RealignOptions{As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeRealignTooFew)
	_, err = ws.Realign("news", RealignOptions{Segments: []string{ids[0], "nosuch"}, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, diag.CodeNoSegment)
	// Someone else's claim refuses, for the dry run too.
	if _, err := ws.Checkout("news", CheckoutOptions{Segments: ids[1:2], As: "zhao", Now: t0}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(ws.SegmentPath("news"))
	for _, dry := range []bool{false, true} {
		_, err = ws.Realign("news", RealignOptions{Segments: ids[:2], As: "wang", Now: t0, DryRun: dry})
		wantCode(t, err, diag.Refused, CodeClaimed)
	}
	if after, _ := os.ReadFile(ws.SegmentPath("news")); string(after) != string(before) {
		t.Fatal("a refused realign wrote the file")
	}

	// No English at all.
	ws, ids = realignWorkspace(t, []string{"", "", "", ""}, false)
	_, err = ws.Realign("news", RealignOptions{Segments: ids, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeRealignNoEnglish)

	// A stale segment is taken (realign shares out the English of a
	// sentence an editor split); one it leaves as it was stays stale.
	ws, ids = realignWorkspace(t, realignEN, false)
	if err := ws.Update("news", func(a *Article) error {
		s := a.File.Segments[1]
		s.State, s.PreviousZH = articles.Stale, "会议通过了报告。"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Realign("news", RealignOptions{Segments: ids[:2], As: "wang", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Parts {
		if p.Status != RealignKept {
			t.Errorf("segment %s aligned as it was: %s, want kept", p.Segment.ID, p.Status)
		}
	}
	if s := load(t, ws).Segments[1]; s.State != articles.Stale {
		t.Errorf("the stale segment, aligned as it was: state %s, want stale", s.State)
	}
}

// A joined segment whose English renders its sentences apart is split;
// one whose sentences are no longer in the source is refused.
func TestRealignJoined(t *testing.T) {
	ws, ids := realignWorkspace(t, []string{realignEN[0], realignEN[1] + " " + realignEN[2], "", realignEN[3]}, false)
	if _, err := ws.Join("news", JoinOptions{Segments: ids[1:3], As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Realign("news", RealignOptions{Segments: ids[1:2], As: "li", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Parts) != 2 || res.Parts[0].Status != RealignChanged || res.Parts[1].Status != RealignNew {
		t.Fatalf("parts %+v", res.Parts)
	}
	f := load(t, ws)
	if len(f.Segments) != 4 || f.Segments[1].ID != ids[1] || f.Segments[1].Joined() || f.Segments[1].EN != realignEN[1] ||
		f.Segments[2].ZH != s3 || f.Segments[2].EN != realignEN[2] || f.Segments[2].State != articles.Draft || f.Segments[2].Translator != "wang" {
		t.Fatalf("segments %+v %+v", f.Segments[1], f.Segments[2])
	}
	for _, s := range f.Segments[2:3] {
		if s.ID == ids[2] {
			t.Fatal("a split-off segment reused the id of a segment that was joined away")
		}
	}
}

// FuzzRealign spreads the English at random over the segments (joining
// some), realigns a random span: every Chinese sentence stays covered once
// and in order, the English words stay the same words in the same order,
// and the file decodes.
func FuzzRealign(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 0, 3})
	f.Add([]byte{3, 3, 3, 3, 1, 2})
	f.Add([]byte{0, 0, 0, 0, 0, 1})
	f.Add([]byte{1, 2, 2, 4, 2, 0})
	f.Add([]byte{0, 0, 0, 0, 1, 4}) // two paragraphs, the English all on the first segment
	f.Add([]byte{2, 2, 3, 3, 6, 12})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) < 6 {
			return
		}
		// ops[k] for k < 4: the segment (0..3) sentence k's English goes to,
		// made non-decreasing so the English stays in order.
		en := make([]string, 4)
		owner := 0
		for k := range 4 {
			owner = max(owner, int(ops[k])%4)
			en[owner] = strings.TrimSpace(en[owner] + " " + realignEN[k])
		}
		// A paragraph break in the middle, at times: realign's span may
		// cross it (the Chinese keeps its paragraphs).
		src, twoParas := s1+s2+s3+s4+"\n", ops[4]%5 == 1
		if twoParas {
			src = s1 + s2 + "\n\n" + s3 + s4 + "\n"
		}
		ws, ids := realignWorkspaceOf(t, src, en, ops[4]%2 == 0)
		if ops[4]%3 == 0 && !twoParas {
			if _, err := ws.Join("news", JoinOptions{Segments: ids[1:3], As: "wang", Now: t0}); err != nil {
				t.Fatal(err)
			}
		}
		zh0, en0 := coverage(load(t, ws))
		fl := load(t, ws)
		lo := int(ops[5]) % len(fl.Segments)
		hi := lo + 1 + int(ops[5]/4)%(len(fl.Segments)-lo)
		var named []string
		for _, s := range fl.Segments[lo:hi] {
			named = append(named, s.ID)
		}
		ws.Realign("news", RealignOptions{Segments: named, As: "li", Now: t0})
		zh, en1 := coverage(load(t, ws))
		if zh != zh0 {
			t.Fatalf("Chinese coverage changed:\n%s\n%s", zh0, zh)
		}
		if en1 != en0 {
			t.Fatalf("English changed:\n%s\n%s", en0, en1)
		}
		for _, s := range load(t, ws).Segments {
			if twoParas && strings.Contains(s.ZH, s2) && strings.Contains(s.ZH, s3) {
				t.Fatalf("segment %s crosses the paragraph break: %s", s.ID, s.ZH)
			}
		}
	})
}
