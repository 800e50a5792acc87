package workflow

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// joinWorkspace makes an article "news" from a source of its own, with every
// segment translated by wang as "EN k." and approved by li.
func joinWorkspace(t *testing.T, src string, approve bool) (*Workspace, []string) {
	t.Helper()
	ws, res := newsArticle(t, src)
	var ids []string
	for k, s := range res.Article.File.Segments {
		ids = append(ids, s.ID)
		if _, err := ws.Translate("news", TranslateOptions{Segment: s.ID, Text: "EN " + string(rune('a'+k)) + ".", As: "wang", Now: t0}); err != nil {
			t.Fatal(err)
		}
	}
	if approve {
		if _, err := ws.Approve("news", ApproveOptions{All: true, As: "li", Now: t0}); err != nil {
			t.Fatal(err)
		}
	}
	return ws, ids
}

// newsArticle makes a workspace with an article "news" added from src.
func newsArticle(t testing.TB, src string) (*Workspace, *AddResult) {
	t.Helper()
	ws, err := Init(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "news.zh.md")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Add(p, "news", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ws, res
}

func load(t *testing.T, ws *Workspace) *articles.File {
	t.Helper()
	a, err := ws.Load("news")
	if err != nil {
		t.Fatal(err)
	}
	return a.File
}

func TestJoinSplitMove(t *testing.T) {
	ws, ids := joinWorkspace(t, s1+s2+s3+"\n\n"+s4+"\n", true)

	// Not neighbours, across a paragraph, too few: usage errors, nothing written.
	before, _ := os.ReadFile(ws.SegmentPath("news"))
	_, err := ws.Join("news", JoinOptions{Segments: []string{ids[0], ids[2]}, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeJoinNotAdjoin)
	_, err = ws.Join("news", JoinOptions{Segments: []string{ids[2], ids[3]}, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeJoinOtherPara)
	_, err = ws.Join("news", JoinOptions{Segments: ids[:1], As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeJoinTooFew)
	if after, _ := os.ReadFile(ws.SegmentPath("news")); string(after) != string(before) {
		t.Fatal("a refused join wrote the file")
	}

	// Someone else's claim refuses.
	if _, err := ws.Checkout("news", CheckoutOptions{Segments: ids[1:2], As: "zhao", Now: t0}); err != nil {
		t.Fatal(err)
	}
	_, err = ws.Join("news", JoinOptions{Segments: ids[:2], As: "wang", Now: t0})
	wantCode(t, err, diag.Refused, CodeClaimed)
	if _, err := ws.Release("news", nil, "zhao", t0); err != nil {
		t.Fatal(err)
	}

	// Joined in any order named: one segment, approval gone, translated.
	seg, err := ws.Join("news", JoinOptions{Segments: []string{ids[1], ids[0]}, As: "wang", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	if seg.ID != ids[0] || seg.ZH != s1+s2 || seg.Sentences != 2 || seg.EN != "EN a. EN b." ||
		seg.State != articles.Translated || seg.Approval != nil {
		t.Fatalf("joined %+v", seg)
	}
	f := load(t, ws)
	if len(f.Segments) != 3 || f.Segments[1].ID != ids[2] {
		t.Fatalf("segments after join: %d", len(f.Segments))
	}

	// A join of a join counts every sentence.
	seg, err = ws.Join("news", JoinOptions{Segments: []string{ids[0], ids[2]}, As: "wang", Now: t0})
	if err != nil || seg.Sentences != 3 || seg.ZH != s1+s2+s3 {
		t.Fatalf("join of a join: %+v %v", seg, err)
	}

	// Move the last English sentence to the next segment, and back.
	_, err = ws.MoveEN("news", MoveOptions{From: ids[0], To: ids[3], Count: 1, As: "wang", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	f = load(t, ws)
	if f.Segments[0].EN != "EN a. EN b." || f.Segments[1].EN != "EN c. EN d." || f.Segments[1].Approval != nil ||
		f.Segments[1].State != articles.Translated || f.Segments[1].PreviousEN != "EN d." {
		t.Fatalf("after move forward: %+v / %+v", f.Segments[0], f.Segments[1])
	}
	_, err = ws.MoveEN("news", MoveOptions{From: ids[3], To: ids[0], Count: 1, As: "wang", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	f = load(t, ws)
	if f.Segments[0].EN != "EN a. EN b. EN c." || f.Segments[1].EN != "EN d." {
		t.Fatalf("after move back: %q / %q", f.Segments[0].EN, f.Segments[1].EN)
	}
	_, err = ws.MoveEN("news", MoveOptions{From: ids[3], To: ids[0], Count: 2, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeMoveCount)
	_, err = ws.MoveEN("news", MoveOptions{From: ids[0], To: ids[0], Count: 1, As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeMoveNotNext)

	// Moving everything away leaves a new segment.
	if _, err := ws.MoveEN("news", MoveOptions{From: ids[3], To: ids[0], Count: 1, As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if f = load(t, ws); f.Segments[1].EN != "" || f.Segments[1].State != articles.New {
		t.Fatalf("emptied segment %+v", f.Segments[1])
	}

	// Split gives the sentences back from the source; the first keeps the English as a draft.
	_, err = ws.Split("news", SplitOptions{Segment: ids[3], As: "wang", Now: t0})
	wantCode(t, err, diag.Usage, CodeSplitNotJoined)
	parts, err := ws.Split("news", SplitOptions{Segment: ids[0], As: "wang", Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	var zh []string
	for _, p := range parts {
		zh = append(zh, p.ZH)
	}
	if !reflect.DeepEqual(zh, []string{s1, s2, s3}) || parts[0].ID != ids[0] || parts[0].State != articles.Draft ||
		parts[0].EN == "" || parts[1].State != articles.New || parts[0].Sentences != 0 {
		t.Fatalf("split %+v", parts)
	}
	if f = load(t, ws); len(f.Segments) != 4 {
		t.Fatalf("segments after split: %d", len(f.Segments))
	}
	// Sync after join/split changes nothing: the source did not change.
	res, err := ws.Sync(nil, t0)
	if err != nil || res[0].Changed {
		t.Fatalf("sync after split: %+v %v", res, err)
	}
}

// Sync keeps a join while its sentences are unchanged and together, and
// treats an edit inside it like any edit.
func TestSyncJoined(t *testing.T) {
	norm := source([]string{s1, s2, s3}, []string{s4})
	f := translated(t, norm)
	// Join s2+s3 by hand.
	f.Segments[1].ZH, f.Segments[1].Sentences, f.Segments[1].EN = s2+s3, 2, "EN 1+2"
	f.Segments = append(f.Segments[:2], f.Segments[3:]...)
	f.Segments[1].Approve("li", syncNow, false)
	joinedID := f.Segments[1].ID
	f.SourceSHA256 = articles.SourceSHA256(norm)
	data, _ := articles.Encode(f)

	find := func(f *articles.File) *articles.Segment {
		if s := f.Segment(joinedID); s != nil {
			return s
		}
		t.Fatal("joined segment lost")
		return nil
	}
	fresh := func() *articles.File {
		g, err := articles.Decode("a.yaml", data)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}

	// Unchanged: nothing changes.
	g := fresh()
	r := SyncFile(g, norm, 0.5, syncNow)
	if again, _ := articles.Encode(g); string(again) != string(data) || r.Kept != 3 {
		t.Fatalf("unchanged source changed the file: %+v", r)
	}

	// A sentence inserted before it and after it: the join stays.
	g = fresh()
	r = SyncFile(g, source([]string{s1, "新增一句。", s2, s3, "又一句。"}, []string{s4}), 0.5, syncNow)
	if s := find(g); s.Sentences != 2 || s.ZH != s2+s3 || s.State != articles.Approved || !s.ApprovalValid() || r.New != 2 {
		t.Fatalf("insert around: %+v %+v", s, r)
	}

	// An edit inside: stale, previous_zh is the joined text, still joined.
	g = fresh()
	edited := "会议审议通过了2025年度工作报告。"
	r = SyncFile(g, source([]string{s1, edited, s3}, []string{s4}), 0.5, syncNow)
	s := find(g)
	if s.Sentences != 2 || s.ZH != edited+s3 || s.State != articles.Stale || s.PreviousZH != s2+s3 || r.Stale != 1 {
		t.Fatalf("edit inside: %+v %+v", s, r)
	}
	// ... and back: restored, approval valid again.
	r = SyncFile(g, norm, 0.5, syncNow)
	if s = find(g); s.State != articles.Approved || !s.ApprovalValid() || s.Sentences != 2 || r.Restored != 1 {
		t.Fatalf("revert: %+v %+v", s, r)
	}

	// A sentence added inside the join joins it (an edit inside).
	g = fresh()
	SyncFile(g, source([]string{s1, s2, "插入的一句。", s3}, []string{s4}), 0.5, syncNow)
	if s = find(g); s.Sentences != 3 || s.State != articles.Stale || s.PreviousZH != s2+s3 {
		t.Fatalf("insert inside: %+v", s)
	}

	// A paragraph break inside: the join keeps what stands together, the rest is new.
	g = fresh()
	r = SyncFile(g, source([]string{s1, s2}, []string{s3, s4}), 0.5, syncNow)
	if s = find(g); s.Sentences != 0 || s.ZH != s2 || s.State != articles.Stale || r.New != 1 {
		t.Fatalf("paragraph break: %+v %+v", s, r)
	}

	// Both sentences removed: the English goes to the archive.
	g = fresh()
	r = SyncFile(g, source([]string{s1}, []string{s4}), 0.5, syncNow)
	if g.Segment(joinedID) != nil || r.Archived != 1 || g.Archived[0].ZH != s2+s3 || g.Archived[0].EN != "EN 1+2" {
		t.Fatalf("removed: %+v %+v", r, g.Archived)
	}
}

// FuzzJoinSplitMove runs random joins, splits and moves: every Chinese
// sentence stays covered exactly once and in order, the English words stay
// the same words in the same order, and the file always decodes.
func FuzzJoinSplitMove(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add([]byte{9, 9, 9, 200, 13, 77, 1, 0, 255, 3})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 24 {
			ops = ops[:24]
		}
		ws, _ := joinWorkspace(t, s1+s2+s3+"\n\n"+s4+s1+"\n", false)
		want := load(t, ws)
		zh0, en0 := coverage(want)
		for k := 0; k+1 < len(ops); k += 2 {
			fl := load(t, ws)
			n := len(fl.Segments)
			i := int(ops[k+1]) % n
			id := fl.Segments[i].ID
			next := fl.Segments[(i+1)%n].ID
			switch ops[k] % 4 {
			case 0:
				ws.Join("news", JoinOptions{Segments: []string{id, next}, As: "wang", Now: t0})
			case 1:
				ws.Split("news", SplitOptions{Segment: id, As: "wang", Now: t0})
			case 2:
				ws.MoveEN("news", MoveOptions{From: id, To: next, Count: 1 + int(ops[k])%2, As: "wang", Now: t0})
			case 3:
				ws.MoveEN("news", MoveOptions{From: next, To: id, Count: 1, As: "wang", Now: t0})
			}
			zh, en := coverage(load(t, ws))
			if zh != zh0 {
				t.Fatalf("Chinese coverage changed:\n%s\n%s", zh0, zh)
			}
			if en != en0 {
				t.Fatalf("English changed:\n%s\n%s", en0, en)
			}
		}
		if res, err := ws.Sync(nil, t0); err != nil || res[0].Changed {
			t.Fatalf("sync after the operations changed the file: %+v %v", res, err)
		}
	})
}

// coverage is the file's Chinese as sentences (one per line, each segment's
// sentences) and its English words in order.
func coverage(f *articles.File) (string, string) {
	var zh, en []string
	for _, s := range f.Segments {
		p := pieces(articles.Segmentation{}, s.ZH)
		if len(p) != s.SentenceCount() {
			zh = append(zh, "BAD COUNT")
		}
		zh = append(zh, p...)
		en = append(en, strings.Fields(s.EN)...)
	}
	return strings.Join(zh, "\n"), strings.Join(en, " ")
}

// Naming one segment twice is not a join: a usage error, the file as it was
// (it once joined the segment with itself and dropped its approval).
func TestJoinSameSegmentTwice(t *testing.T) {
	ws, ids := joinWorkspace(t, "# 标题\n\n第一句。第二句。\n", true)
	before := load(t, ws)
	for _, named := range [][]string{{ids[1], ids[1]}, {ids[2], ids[2], ids[2]}} {
		_, err := ws.Join("news", JoinOptions{Segments: named, As: "wang", Now: t0})
		var de *diag.Error
		if !errors.As(err, &de) || de.Kind != diag.Usage || de.Code != CodeJoinTooFew {
			t.Fatalf("join %v: %v, want a usage error %s", named, err, CodeJoinTooFew)
		}
		if after := load(t, ws); !reflect.DeepEqual(after, before) {
			t.Fatalf("join %v changed the file", named)
		}
	}
}

// A person who moves or joins English re-pairs the segments: add --en's notes
// on the pairing it proposed go; other comments stay.
func TestFixDropsAlignNotes(t *testing.T) {
	ws, ids := joinWorkspace(t, "# 标题\n\n第一句。第二句。第三句。\n", false)
	note := func(text string) articles.Comment { return articles.Comment{By: "bitext", At: t0, Text: text} }
	person := articles.Comment{By: "li", At: t0, Text: "aligned: looks odd"}
	if err := ws.Update("news", func(a *Article) error {
		a.File.Segment(ids[1]).Comments = []articles.Comment{note("aligned: low confidence (0.40), check this pairing"), person}
		a.File.Segment(ids[2]).Comments = []articles.Comment{note("aligned: includes English with no Chinese counterpart: EN c.")}
		a.File.Segment(ids[3]).Comments = []articles.Comment{note("aligned: low confidence (0.50), check this pairing")}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.MoveEN("news", MoveOptions{From: ids[2], To: ids[1], Count: 1, As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	f := load(t, ws)
	if got := f.Segment(ids[1]).Comments; !reflect.DeepEqual(got, []articles.Comment{person}) {
		t.Errorf("moved to: comments %+v, want only the person's", got)
	}
	if got := f.Segment(ids[2]).Comments; len(got) != 0 {
		t.Errorf("moved from: comments %+v, want none", got)
	}
	if _, err := ws.Join("news", JoinOptions{Segments: []string{ids[1], ids[3]}, As: "wang", Now: t0}); err == nil {
		t.Fatal("joined segments that are not neighbours")
	}
	if _, err := ws.Translate("news", TranslateOptions{Segment: ids[2], Text: "EN c.", As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Join("news", JoinOptions{Segments: []string{ids[2], ids[3]}, As: "wang", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, ws).Segment(ids[2]).Comments; len(got) != 0 {
		t.Errorf("joined: comments %+v, want none", got)
	}
}
