package workflow

import (
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

var (
	mergeT0 = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	mergeT1 = mergeT0.Add(time.Hour)
	mergeT2 = mergeT0.Add(2 * time.Hour)
)

// cloneFile copies a segment file through its codec (so it also proves the
// file is written and read back).
func cloneFile(t testing.TB, f *articles.File) *articles.File {
	t.Helper()
	data, err := articles.Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := articles.Decode("x.yaml", data)
	if err != nil {
		t.Fatalf("merged file does not parse: %v\n%s", err, data)
	}
	return g
}

// mergeBase is an article of four sentences in two paragraphs, the first
// two translated.
func mergeBase(t testing.TB) *articles.File {
	norm := source([]string{s1, s2}, []string{s3, s4})
	f := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	for _, s := range f.Segments[:2] {
		s.EN, s.State, s.Translator = "EN "+s.ZH[:6], articles.Translated, "wang"
	}
	return f
}

func setEN(f *articles.File, i int, en, by string) {
	s := f.Segments[i]
	s.SetEN(en)
	s.State, s.Translator, s.Approval, s.Claim, s.Conflict = articles.Translated, by, nil, nil, nil
}

func mustMerge(t testing.TB, b, o, th *articles.File) (*articles.File, MergeResult) {
	t.Helper()
	m, r := Merge(cloneFile(t, b), cloneFile(t, o), cloneFile(t, th), 0.5, mergeT2)
	return cloneFile(t, m), r
}

func TestMergeDifferentSegments(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	setEN(ours, 2, "Ours three.", "wang")
	setEN(theirs, 3, "Theirs four.", "li")
	m, r := mustMerge(t, base, ours, theirs)
	if !r.Clean() || m.Segments[2].EN != "Ours three." || m.Segments[3].EN != "Theirs four." || m.Segments[3].Translator != "li" {
		t.Fatalf("%+v %+v %+v", r, m.Segments[2], m.Segments[3])
	}
	if m.SourceSHA256 != base.SourceSHA256 {
		t.Fatal("source hash changed")
	}
}

func TestMergeSameSegmentConflict(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	setEN(ours, 2, "Ours three.", "wang")
	setEN(theirs, 2, "Theirs three.", "li")
	setEN(theirs, 3, "Theirs four.", "li")
	m, r := mustMerge(t, base, ours, theirs)
	s := m.Segments[2]
	if r.Clean() || len(r.Conflicts) != 1 || r.Conflicts[0] != s.ID {
		t.Fatalf("result %+v", r)
	}
	if s.EN != "Ours three." || s.Conflict == nil || s.Conflict.EN != "Theirs three." || s.Conflict.By != "li" || s.Conflict.ZH != "" {
		t.Fatalf("segment %+v conflict %+v", s, s.Conflict)
	}
	if m.Segments[3].EN != "Theirs four." || m.Segments[3].Conflict != nil {
		t.Fatal("the other segment is not clean")
	}
	// The same English on both sides is no conflict.
	setEN(theirs, 2, "Ours three.", "wang")
	if _, r := mustMerge(t, base, ours, theirs); !r.Clean() {
		t.Fatalf("identical change: %+v", r)
	}
}

// One side edits the Chinese and syncs; the other translates the sentence
// before the edit: the English stays, stale, with the Chinese it was made
// for.
func TestMergeSyncAgainstTranslate(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	edited := "程立伟会长出席会议并作重要讲话。"
	norm := source([]string{s1, s2}, []string{edited, s4})
	SyncFile(theirs, norm, 0.5, mergeT1)
	setEN(ours, 2, "Ours three.", "wang")
	for _, pair := range [][2]*articles.File{{ours, theirs}, {theirs, ours}} {
		m, r := mustMerge(t, base, pair[0], pair[1])
		s := m.Segments[2]
		if !r.Clean() || s.ZH != edited || s.EN != "Ours three." || s.State != articles.Stale || s.PreviousZH != s3 || s.StaleFrom != articles.Translated {
			t.Fatalf("result %+v segment %+v", r, s)
		}
		if m.SourceSHA256 != articles.SourceSHA256(norm) {
			t.Fatal("source hash is not the synced side's")
		}
	}
}

// Both sides edit different sentences and sync: the result is what sync
// gives on the merged source, hash included.
func TestMergeBothSynced(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	e1 := "中国矿业联合会昨日召开常务理事会。"
	e4 := "与会代表围绕行业高质量发展建言献策。"
	SyncFile(ours, source([]string{e1, s2}, []string{s3, s4}), 0.5, mergeT1)
	SyncFile(theirs, source([]string{s1, s2}, []string{s3, e4}, []string{"新增一段。"}), 0.5, mergeT1)
	m, r := mustMerge(t, base, ours, theirs)
	want := source([]string{e1, s2}, []string{s3, e4}, []string{"新增一段。"})
	if !r.Clean() || m.SourceSHA256 != articles.SourceSHA256(want) {
		t.Fatalf("result %+v, hash %s", r, m.SourceSHA256)
	}
	synced := cloneFile(t, m)
	if sr := SyncFile(synced, want, 0.5, mergeT2); sr.Stale+sr.New+sr.Archived+sr.Restored != 0 {
		t.Fatalf("sync on the merged source still changes things: %+v", sr)
	}
	if s := m.Segments[0]; s.State != articles.Stale || s.PreviousZH != s1 || s.ZH != e1 {
		t.Fatalf("ours' edit: %+v", s)
	}
	if len(m.Segments) != 5 || m.Segments[4].Para != 3 || m.Segments[4].State != articles.New {
		t.Fatalf("theirs' new paragraph: %d segments", len(m.Segments))
	}
}

func TestMergeClaimsAndApprovals(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	ours.Segments[2].Claim = &articles.Claim{By: "wang", At: mergeT1}
	theirs.Segments[2].Claim = &articles.Claim{By: "li", At: mergeT2}
	ours.Segments[3].Claim = &articles.Claim{By: "zhao", At: mergeT1}
	theirs.Segments[0].Approve("li", mergeT1, false)
	approvedEN := base.Segments[0].EN
	setEN(ours, 0, "Ours one, again.", "wang")
	theirs.Segments[1].Approve("li", mergeT1, false)
	m, r := mustMerge(t, base, ours, theirs)
	if !r.Clean() {
		t.Fatalf("%+v", r)
	}
	if c := m.Segments[2].Claim; c == nil || c.By != "li" {
		t.Fatalf("later claim lost: %+v", c)
	}
	if c := m.Segments[3].Claim; c == nil || c.By != "zhao" {
		t.Fatal("one-sided claim lost")
	}
	if s := m.Segments[0]; s.Approval != nil || s.State != articles.Translated || s.EN != "Ours one, again." || s.PreviousEN != approvedEN {
		t.Fatalf("approval of other English kept: %+v", s)
	}
	if s := m.Segments[1]; !s.ApprovalValid() || s.State != articles.Approved {
		t.Fatalf("approval lost: %+v", s)
	}
}

// The same article added on both branches: one segment per sentence, and
// the two translations of one sentence are a conflict.
func TestMergeAddedOnBothSides(t *testing.T) {
	norm := source([]string{s1, s2}, []string{s3})
	ours := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	theirs := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	setEN(ours, 0, "Ours one.", "wang")
	setEN(theirs, 0, "Theirs one.", "li")
	setEN(theirs, 1, "Theirs two.", "li")
	m, r := Merge(nil, cloneFile(t, ours), cloneFile(t, theirs), 0.5, mergeT2)
	m = cloneFile(t, m)
	if len(m.Segments) != 3 || len(m.Archived) != 0 || len(r.Conflicts) != 1 {
		t.Fatalf("%d segments, %d archived, %+v", len(m.Segments), len(m.Archived), r)
	}
	if m.Segments[0].ID != ours.Segments[0].ID || m.Segments[1].EN != "Theirs two." || m.Segments[0].Conflict.EN != "Theirs one." {
		t.Fatalf("%+v", m.Segments)
	}
}

// The same new id for different segments on the two sides: theirs is
// renamed, nothing is lost.
func TestMergeIDCollision(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	SyncFile(ours, source([]string{s1, s2, "我方新增。"}, []string{s3, s4}), 0.5, mergeT1)
	SyncFile(theirs, source([]string{s1, s2}, []string{s3, s4, "对方新增。"}), 0.5, mergeT1)
	ours.Segments[2].ID = "zzzzzz"
	theirs.Segments[4].ID = "zzzzzz"
	setEN(ours, 2, "Ours new.", "wang")
	setEN(theirs, 4, "Theirs new.", "li")
	m, r := mustMerge(t, base, ours, theirs)
	if len(r.Renamed) != 1 || len(m.Segments) != 6 || m.Segments[2].ID != "zzzzzz" || m.Segments[5].ID == "zzzzzz" || m.Segments[5].EN != "Theirs new." {
		t.Fatalf("%+v %+v", r, m.Segments)
	}
}

// A sentence deleted on one side (its English archived) and retranslated
// on the other: both Englishes are kept in the archive.
func TestMergeDeleteAgainstTranslate(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	SyncFile(ours, source([]string{s1}, []string{s3, s4}), 0.5, mergeT1)
	setEN(theirs, 1, "Theirs two, again.", "li")
	m, _ := mustMerge(t, base, ours, theirs)
	if len(m.Segments) != 3 {
		t.Fatalf("%d segments", len(m.Segments))
	}
	ens := map[string]bool{}
	for _, a := range m.Archived {
		ens[a.EN] = true
	}
	if !ens["Theirs two, again."] || !ens[base.Segments[1].EN] {
		t.Fatalf("archive %+v", m.Archived)
	}
}

// Keys other features added to segments merge like the rest: a join
// (sentences) on one side, a signed approval on the other.
func TestMergeKeepsNewKeys(t *testing.T) {
	base := mergeBase(t)
	setEN(base, 2, "Base three.", "wang")
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	// ours joins the two sentences of the first paragraph
	j := ours.Segments[0]
	j.ZH, j.Sentences, j.EN, j.State = j.ZH+ours.Segments[1].ZH, 2, j.EN+" "+ours.Segments[1].EN, articles.Translated
	ours.Segments = append(ours.Segments[:1], ours.Segments[2:]...)
	// theirs approves the third with a signature and translates the last
	theirs.Segments[2].Approve("li", mergeT1, false)
	theirs.Segments[2].Approval.Signature = "U1NIU0lHAAAAAQ=="
	setEN(theirs, 3, "Theirs four.", "li")
	theirs.Segments[3].Origin = "other/abc234" // filled from the translation memory
	for _, pair := range [][2]*articles.File{{ours, theirs}, {theirs, ours}} {
		m, r := mustMerge(t, base, pair[0], pair[1])
		if !r.Clean() || len(m.Segments) != 3 {
			t.Fatalf("%+v, %d segments", r, len(m.Segments))
		}
		if s := m.Segments[0]; s.Sentences != 2 || s.ZH != s1+s2 || s.State != articles.Translated || s.EN != j.EN {
			t.Fatalf("join lost: %+v", s)
		}
		if a := m.Segments[1].Approval; a == nil || a.Signature != "U1NIU0lHAAAAAQ==" || m.Segments[1].State != articles.Approved {
			t.Fatalf("signed approval lost: %+v", a)
		}
		if m.Segments[2].EN != "Theirs four." || m.Segments[2].Origin != "other/abc234" || m.SourceSHA256 != base.SourceSHA256 {
			t.Fatal("theirs' translation, its origin or the source hash lost")
		}
	}
	// The origin follows its English: ours translated by hand where theirs
	// took the memory's English, and ours stays in place.
	setEN(ours, 2, "Ours four, by hand.", "wang")
	m, r := mustMerge(t, base, ours, theirs)
	if s := m.Segments[2]; len(r.Conflicts) != 1 || s.EN != "Ours four, by hand." || s.Origin != "" || s.Conflict.EN != "Theirs four." {
		t.Fatalf("%+v %+v", r, s)
	}
}

// The same conflict recorded by two merges (at different times) merges
// into one record, and nothing is archived for it.
func TestMergeSameConflictTwice(t *testing.T) {
	base := mergeBase(t)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	setEN(ours, 2, "Ours three.", "wang")
	setEN(theirs, 2, "Theirs three.", "li")
	m1, _ := Merge(cloneFile(t, base), cloneFile(t, ours), cloneFile(t, theirs), 0.5, mergeT1)
	m2, _ := Merge(cloneFile(t, base), cloneFile(t, ours), cloneFile(t, theirs), 0.5, mergeT2)
	setEN(m2, 3, "Four, after the second merge.", "zhao")
	m, r := mustMerge(t, ours, m1, m2)
	if !r.Clean() || len(m.Archived) != 0 || m.Segments[2].Conflict == nil || m.Segments[3].EN != "Four, after the second merge." {
		t.Fatalf("%+v, archive %+v", r, m.Archived)
	}
}

// Findings accepted on both sides (accepted, #9) are a union; one a side
// removed stays removed.
func TestMergeAcceptedUnion(t *testing.T) {
	base := mergeBase(t)
	s := base.Segments[0]
	acc := func(rule, by string) articles.Acceptance {
		return articles.Acceptance{Rule: rule, By: by, At: mergeT0, Why: "house style",
			ZHSHA256: articles.TextSHA256(s.ZH), ENSHA256: articles.TextSHA256(s.EN)}
	}
	old := acc("glossary.missing", "li")
	base.Segments[0].Accepted = []articles.Acceptance{old}
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	ours.Segments[0].Accepted = append(ours.Segments[0].Accepted, acc("qa.numbers", "wang"))
	theirs.Segments[0].Accepted = []articles.Acceptance{acc("glossary.case", "zhao")} // old one withdrawn
	m, r := mustMerge(t, base, ours, theirs)
	got := m.Segments[0].Accepted
	if !r.Clean() || len(got) != 2 || got[0].Rule != "qa.numbers" || got[1].Rule != "glossary.case" {
		t.Fatalf("%+v", got)
	}
}
