package workflow

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// history derives versions of an article by random bitext operations:
// translate, draft, approve, reject, claim, release, and source edits
// (insert, delete, edit, move a sentence, split a paragraph) followed by
// sync. Every English it writes is unique, so that the property test can
// follow each one (a join makes a new one of two).
type history struct {
	rng *rand.Rand
	n   int // counter for unique texts
	now time.Time
}

func (h *history) text(kind string) string {
	h.n++
	return fmt.Sprintf("%s %d", kind, h.n)
}

// sentence is a new unique Chinese sentence.
func (h *history) sentence() string {
	h.n++
	return fmt.Sprintf("第%d句话说明了情况。", h.n)
}

// paragraphs is the source a file was last synced to.
func paragraphsOf(f *articles.File) [][]string {
	var out [][]string
	for i, s := range f.Segments {
		if i == 0 || s.Para != f.Segments[i-1].Para {
			out = append(out, nil)
		}
		zh := s.ZH
		if s.Para == 0 {
			zh = "# " + zh // the headline
		}
		out[len(out)-1] = append(out[len(out)-1], zh)
	}
	return out
}

func (h *history) step(f *articles.File) {
	h.now = h.now.Add(time.Minute)
	who := []string{"wang", "li", "zhao"}[h.rng.IntN(3)]
	if len(f.Segments) == 0 || h.rng.IntN(4) == 0 {
		h.editSource(f)
		return
	}
	at := h.rng.IntN(len(f.Segments))
	s := f.Segments[at]
	switch h.rng.IntN(9) {
	case 7:
		h.join(f, at)
	case 8: // filled from the translation memory
		if s.State == articles.New {
			s.EN, s.State, s.Origin = h.text("TM"), articles.Translated, h.text("memory/")
		}
	case 0, 1:
		s.SetEN(h.text("EN"))
		s.State, s.Translator, s.Approval, s.Claim, s.Conflict = articles.Translated, who, nil, nil, nil
	case 2:
		s.SetEN(h.text("Draft"))
		s.State, s.Translator, s.Approval, s.Conflict = articles.Draft, who, nil, nil
		s.Claim = &articles.Claim{By: who, At: h.now}
	case 3:
		if s.State == articles.Translated {
			s.Approve(who, h.now, false)
		}
	case 4:
		if s.State == articles.Translated || s.State == articles.Approved {
			s.State, s.Approval = articles.Draft, nil
			s.Comments = append(s.Comments, articles.Comment{By: who, At: h.now, Text: h.text("comment")})
		}
	case 5:
		s.Claim = &articles.Claim{By: who, At: h.now}
	case 6:
		s.Claim = nil
	}
}

// join joins segment at with the next one, as `bitext join` does, when
// they are neighbours in one paragraph and neither is stale.
func (h *history) join(f *articles.File, at int) {
	if at+1 >= len(f.Segments) {
		return
	}
	a, b := f.Segments[at], f.Segments[at+1]
	if a.Para != b.Para || a.State == articles.Stale || b.State == articles.Stale {
		return
	}
	complete := strings.TrimSpace(a.EN) != "" && strings.TrimSpace(b.EN) != "" &&
		(a.State == articles.Translated || a.State == articles.Approved) && (b.State == articles.Translated || b.State == articles.Approved)
	a.ZH, a.Sentences = a.ZH+b.ZH, a.SentenceCount()+b.SentenceCount()
	a.EN = strings.TrimSpace(strings.TrimSpace(a.EN) + " " + strings.TrimSpace(b.EN))
	a.Approval, a.PreviousZH, a.PreviousEN, a.StaleFrom, a.Conflict = nil, "", "", "", nil
	switch {
	case a.EN == "":
		a.State = articles.New
	case complete:
		a.State = articles.Translated
	default:
		a.State = articles.Draft
	}
	f.Segments = append(f.Segments[:at+1], f.Segments[at+2:]...)
}

func (h *history) editSource(f *articles.File) {
	paras := paragraphsOf(f)
	if len(paras) == 0 {
		paras = [][]string{{h.sentence()}}
	}
	p := h.rng.IntN(len(paras))
	k := h.rng.IntN(len(paras[p]))
	para := append([]string(nil), paras[p]...)
	switch h.rng.IntN(5) {
	case 0: // insert
		para = append(para[:k], append([]string{h.sentence()}, para[k:]...)...)
	case 1: // delete
		para = append(para[:k], para[k+1:]...)
	case 2: // edit
		para[k] = strings.TrimSuffix(para[k], "。") + "，并有补充。"
	case 3: // move to another paragraph's end
		q := h.rng.IntN(len(paras))
		moved := para[k]
		para = append(para[:k], para[k+1:]...)
		if q != p {
			paras[q] = append(append([]string(nil), paras[q]...), moved)
		} else {
			para = append(para, moved)
		}
	case 4: // split the paragraph
		if k > 0 {
			paras = append(paras[:p+1], append([][]string{para[k:]}, paras[p+1:]...)...)
			para = para[:k]
		}
	}
	paras[p] = para
	var keep [][]string
	for _, q := range paras {
		if len(q) > 0 {
			keep = append(keep, q)
		}
	}
	if len(keep) == 0 {
		keep = [][]string{{h.sentence()}}
	}
	SyncFile(f, source(keep...), 0.5, h.now)
}

// englishes is every English a file holds: in segments, conflict records
// and the archive, each with the Chinese it was written for.
func englishes(f *articles.File) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(en, zh string) {
		if strings.TrimSpace(en) == "" {
			return
		}
		if out[en] == nil {
			out[en] = map[string]bool{}
		}
		out[en][zh] = true
	}
	for _, s := range f.Segments {
		w := workOf(s)
		add(s.EN, w.basis)
		if c := s.Conflict; c != nil {
			add(c.EN, orText(c.ZH, s.ZH))
		}
	}
	for _, a := range f.Archived {
		add(a.EN, a.ZH)
	}
	return out
}

// checkMerge runs one random merge and checks its properties.
func checkMerge(t *testing.T, seed uint64) {
	h := &history{rng: rand.New(rand.NewPCG(seed, 7)), now: mergeT0}
	var paras [][]string
	if h.rng.IntN(2) == 0 {
		paras = append(paras, []string{fmt.Sprintf("# 第%d号标题", seed)})
	}
	for p := 0; p < 1+h.rng.IntN(3); p++ {
		var q []string
		for k := 0; k < 1+h.rng.IntN(3); k++ {
			q = append(q, h.sentence())
		}
		paras = append(paras, q)
	}
	norm := source(paras...)
	base := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	for i := 0; i < h.rng.IntN(8); i++ {
		h.step(base)
	}
	base = cloneFile(t, base)
	ours, theirs := cloneFile(t, base), cloneFile(t, base)
	for i := 0; i < 1+h.rng.IntN(8); i++ {
		h.step(ours)
	}
	for i := 0; i < 1+h.rng.IntN(8); i++ {
		h.step(theirs)
	}
	ours, theirs = cloneFile(t, ours), cloneFile(t, theirs)
	m, _ := Merge(base, ours, theirs, 0.5, h.now)
	m = cloneFile(t, m) // always parses: ids unique, keys valid

	eb, eo, et, em := englishes(base), englishes(ours), englishes(theirs), englishes(m)
	dump := func() string {
		var b strings.Builder
		for _, f := range []*articles.File{base, ours, theirs, m} {
			data, _ := articles.Encode(f)
			b.WriteString(string(data) + "---\n")
		}
		return b.String()
	}
	// Never loses an English: one either side added, or both kept.
	for _, side := range []map[string]map[string]bool{eo, et} {
		for en := range side {
			if eb[en] != nil && (eo[en] == nil || et[en] == nil) {
				continue // replaced on one side: that is the change merged
			}
			if em[en] == nil {
				t.Fatalf("seed %d: lost %q\n%s", seed, en, dump())
			}
		}
	}
	// Never pairs an English with a Chinese it was not written for.
	for en, zhs := range em {
		for zh := range zhs {
			if zh == unknownBasis {
				continue
			}
			if !eo[en][zh] && !et[en][zh] && !eb[en][zh] {
				t.Fatalf("seed %d: %q paired with %q, which no side wrote it for\n%s", seed, en, zh, dump())
			}
		}
	}
	origins := map[[2]string]bool{}
	for _, f := range []*articles.File{base, ours, theirs} {
		for _, s := range f.Segments {
			origins[[2]string{s.EN, s.Origin}] = true
		}
	}
	for _, s := range m.Segments {
		if s.Origin != "" && !origins[[2]string{s.EN, s.Origin}] {
			t.Fatalf("seed %d: %s: origin %q with an English it did not give\n%s", seed, s.ID, s.Origin, dump())
		}
		if s.State == articles.Approved && !s.ApprovalValid() {
			t.Fatalf("seed %d: %s approved without a valid approval\n%s", seed, s.ID, dump())
		}
		if s.State == articles.Stale && strings.TrimSpace(s.EN) == "" {
			t.Fatalf("seed %d: %s stale without English\n%s", seed, s.ID, dump())
		}
	}
	// The segments are the merged source as sync gives it: syncing again
	// changes nothing.
	again := cloneFile(t, m)
	if r := SyncFile(again, rebuildSource(articles.Segmentation{}, segmentSentences(m), false), 0.5, h.now); r.Stale+r.New+r.Archived+r.Restored+r.Dropped != 0 {
		t.Fatalf("seed %d: sync after merge changes %+v\n%s", seed, r, dump())
	}
}

func segmentSentences(f *articles.File) []articles.Sentence {
	out := make([]articles.Sentence, len(f.Segments))
	for i, s := range f.Segments {
		out[i] = articles.Sentence{Para: s.Para, Text: s.ZH}
	}
	return out
}

// TestMergeProperty merges random histories: the merge never loses an
// English sentence (it is in the segments, a conflict record or the
// archive), never pairs one with a Chinese it was not written for, and
// always writes a file that parses, and that sync on the merged source
// leaves as it is.
func TestMergeProperty(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	if v, err := strconv.Atoi(os.Getenv("BITEXT_MERGE_SEEDS")); err == nil {
		n = v // a longer run: BITEXT_MERGE_SEEDS=100000
	}
	for seed := uint64(0); seed < uint64(n); seed++ {
		checkMerge(t, seed)
	}
}

// FuzzMerge explores more histories: go test ./workflow -fuzz FuzzMerge.
func FuzzMerge(f *testing.F) {
	for _, s := range []uint64{1, 2, 3, 42} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seed uint64) { checkMerge(t, seed) })
}
