package workflow

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

var syncNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// source builds a normalised source: one paragraph per group of sentences.
func source(paras ...[]string) string {
	var b strings.Builder
	for k, p := range paras {
		if k > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.Join(p, ""))
		b.WriteString("\n")
	}
	return articles.Normalize(b.String())
}

// translated makes a file from norm with every segment translated as "EN n".
func translated(t *testing.T, norm string) *articles.File {
	t.Helper()
	f := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	for k, s := range f.Segments {
		s.EN, s.State, s.Translator = fmt.Sprintf("EN %d", k), articles.Translated, "wang"
	}
	return f
}

const (
	s1 = "中国矿业联合会召开常务理事会。"
	s2 = "会议审议通过了年度工作报告。"
	s3 = "程立伟会长出席会议并讲话。"
	s4 = "与会代表围绕行业发展建言献策。"
)

func TestSyncFileCases(t *testing.T) {
	f := translated(t, source([]string{s1, s2}, []string{s3, s4}))
	f.Segments[0].Approve("li", syncNow, false)
	f.Segments[1].Claim = &articles.Claim{By: "wang", At: syncNow}
	ids := []string{f.Segments[0].ID, f.Segments[1].ID, f.Segments[2].ID, f.Segments[3].ID}

	// Paragraphs merged and one sentence edited.
	edited := "会议审议通过了2025年度工作报告。"
	r := SyncFile(f, source([]string{s1, edited, s3, s4}), 0.5, syncNow)
	if r.Kept != 3 || r.Stale != 1 || r.New != 0 || r.Archived != 0 {
		t.Fatalf("result %+v", r)
	}
	seg := f.Segments[1]
	if seg.ID != ids[1] || seg.State != articles.Stale || seg.PreviousZH != s2 || seg.StaleFrom != articles.Translated ||
		seg.ZH != edited || seg.EN != "EN 1" || seg.Claim == nil {
		t.Fatalf("edited segment %+v", seg)
	}
	if f.Segments[0].State != articles.Approved || !f.Segments[0].ApprovalValid() || f.Segments[3].Para != 1 {
		t.Fatalf("kept segments %+v %+v", f.Segments[0], f.Segments[3])
	}

	// A second edit keeps the original previous_zh.
	SyncFile(f, source([]string{s1, "会议审议通过了2026年度工作报告。", s3, s4}), 0.5, syncNow)
	if seg.PreviousZH != s2 || seg.StaleFrom != articles.Translated {
		t.Fatalf("double edit %+v", seg)
	}

	// Back to the original: restored.
	r = SyncFile(f, source([]string{s1, s2, s3, s4}), 0.5, syncNow)
	if r.Restored != 1 || seg.State != articles.Translated || seg.PreviousZH != "" || seg.StaleFrom != "" {
		t.Fatalf("revert %+v %+v", r, seg)
	}

	// The approved headline edited and reverted comes back approved.
	SyncFile(f, source([]string{"中国矿业联合会召开第八届常务理事会。", s2, s3, s4}), 0.5, syncNow)
	if f.Segments[0].State != articles.Stale || f.Segments[0].Approval == nil {
		t.Fatalf("approved edited %+v", f.Segments[0])
	}
	SyncFile(f, source([]string{s1, s2, s3, s4}), 0.5, syncNow)
	if f.Segments[0].State != articles.Approved || !f.Segments[0].ApprovalValid() {
		t.Fatalf("approved reverted %+v", f.Segments[0])
	}

	// A sentence removed goes to the archive, and comes back from it.
	r = SyncFile(f, source([]string{s1, s2, s4}), 0.5, syncNow)
	if r.Archived != 1 || len(f.Archived) != 1 || f.Archived[0].ID != ids[2] || f.Archived[0].EN != "EN 2" {
		t.Fatalf("delete %+v %+v", r, f.Archived)
	}
	r = SyncFile(f, source([]string{s1, s2, s3, s4}), 0.5, syncNow)
	if r.Restored != 1 || len(f.Archived) != 0 || f.Segments[2].ID != ids[2] || f.Segments[2].EN != "EN 2" {
		t.Fatalf("unarchive %+v %+v", r, f.Segments[2])
	}

	// A new sentence is new; an untranslated segment that is removed goes.
	r = SyncFile(f, source([]string{s1, s2, s3, s4, "会议由副会长主持。"}), 0.5, syncNow)
	if r.New != 1 || f.Segments[4].State != articles.New {
		t.Fatalf("insert %+v", r)
	}
	r = SyncFile(f, source([]string{s1, s2, s3, s4}), 0.5, syncNow)
	if r.Dropped != 1 || len(f.Archived) != 0 {
		t.Fatalf("drop untranslated %+v %+v", r, f.Archived)
	}
}

// alphabet for random sentences: few characters, so that edits collide with
// other sentences often.
var alphabet = []rune("中国矿业联合会召开理事会议审通过年度工作报告程立伟长出席并讲话")

func randSentence(rng *rand.Rand) string {
	n := 3 + rng.IntN(12)
	r := make([]rune, n)
	for k := range r {
		r[k] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(r) + "。"
}

// mutate applies one random edit script to a list of paragraphs.
func mutate(rng *rand.Rand, paras [][]string) [][]string {
	var flat []string
	var breaks []bool // a paragraph starts before flat[k]
	for _, p := range paras {
		for k, s := range p {
			flat = append(flat, s)
			breaks = append(breaks, k == 0)
		}
	}
	for range 1 + rng.IntN(6) {
		switch op := rng.IntN(6); {
		case op == 0 && len(flat) > 0: // edit a few characters
			k := rng.IntN(len(flat))
			r := []rune(strings.TrimSuffix(flat[k], "。"))
			i := rng.IntN(len(r))
			r[i] = alphabet[rng.IntN(len(alphabet))]
			flat[k] = string(r) + "。"
		case op == 1: // insert
			k := rng.IntN(len(flat) + 1)
			flat = append(flat[:k], append([]string{randSentence(rng)}, flat[k:]...)...)
			breaks = append(breaks[:k], append([]bool{rng.IntN(3) == 0}, breaks[k:]...)...)
		case op == 2 && len(flat) > 1: // delete
			k := rng.IntN(len(flat))
			flat = append(flat[:k], flat[k+1:]...)
			breaks = append(breaks[:k], breaks[k+1:]...)
		case op == 3 && len(flat) > 1: // move
			a, b := rng.IntN(len(flat)), rng.IntN(len(flat))
			s := flat[a]
			flat = append(flat[:a], flat[a+1:]...)
			b = min(b, len(flat))
			flat = append(flat[:b], append([]string{s}, flat[b:]...)...)
		case op == 4 && len(flat) > 0: // split or merge paragraphs
			k := rng.IntN(len(breaks))
			breaks[k] = !breaks[k]
		case op == 5 && len(flat) > 0: // rewrite completely
			flat[rng.IntN(len(flat))] = randSentence(rng)
		}
	}
	var out [][]string
	for k, s := range flat {
		if k == 0 || breaks[k] {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	if len(out) == 0 {
		out = [][]string{{randSentence(rng)}}
	}
	return out
}

// checkSyncProperties syncs f to norm and checks the invariants: no English
// is lost, ids are unique, segments follow the source in order, and a second
// sync changes nothing.
func checkSyncProperties(t *testing.T, f *articles.File, norm string, threshold float64) {
	t.Helper()
	before := map[string]bool{}
	for _, s := range f.Segments {
		if s.EN != "" {
			before[s.EN] = true
		}
	}
	for _, a := range f.Archived {
		before[a.EN] = true
	}
	SyncFile(f, norm, threshold, syncNow)
	after := map[string]bool{}
	ids := map[string]bool{}
	for _, s := range f.Segments {
		after[s.EN] = true
		if ids[s.ID] {
			t.Fatalf("id %s used twice", s.ID)
		}
		ids[s.ID] = true
	}
	for _, a := range f.Archived {
		after[a.EN] = true
		if ids[a.ID] {
			t.Fatalf("id %s used twice (archive)", a.ID)
		}
		ids[a.ID] = true
	}
	for en := range before {
		if !after[en] {
			t.Fatalf("English %q lost", en)
		}
	}
	sen := articles.SplitSentences(norm)
	k := 0
	for _, seg := range f.Segments {
		n := seg.SentenceCount()
		if seg.Sentences == 1 || k+n > len(sen) {
			t.Fatalf("segment %s spans %d sentences from %d of %d", seg.ID, seg.Sentences, k, len(sen))
		}
		var zh strings.Builder
		for _, s := range sen[k : k+n] {
			if s.Para != seg.Para {
				t.Fatalf("segment %s (para %d) spans a sentence of para %d", seg.ID, seg.Para, s.Para)
			}
			zh.WriteString(s.Text)
		}
		if seg.ZH != zh.String() {
			t.Fatalf("segment %s is %q, source has %q", seg.ID, seg.ZH, zh.String())
		}
		if seg.State == articles.Stale && (seg.PreviousZH == "" || seg.EN == "") {
			t.Fatalf("stale segment without previous_zh or English: %+v", seg)
		}
		k += n
	}
	if k != len(sen) {
		t.Fatalf("segments cover %d of %d sentences", k, len(sen))
	}
	once, err := articles.Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	SyncFile(f, norm, threshold, syncNow.Add(time.Hour))
	twice, _ := articles.Encode(f)
	if !bytes.Equal(once, twice) {
		t.Fatalf("second sync changed the file:\n%s\n---\n%s", once, twice)
	}
}

// FuzzSync runs random edit scripts (several in a row, so stale segments are
// edited again and reverted) and checks the sync invariants.
func FuzzSync(f *testing.F) {
	for _, seed := range []uint64{1, 2, 3, 42, 1234, 99999} {
		f.Add(seed, uint8(50))
	}
	f.Add(uint64(7), uint8(0))
	f.Add(uint64(8), uint8(100))
	f.Fuzz(func(t *testing.T, seed uint64, thr uint8) {
		rng := rand.New(rand.NewPCG(seed, seed>>7))
		threshold := float64(thr%101) / 100
		var paras [][]string
		for range 1 + rng.IntN(4) {
			var p []string
			for range 1 + rng.IntN(5) {
				p = append(p, randSentence(rng))
			}
			paras = append(paras, p)
		}
		file := translated(t, source(paras...))
		for k, s := range file.Segments {
			if k%3 == 2 {
				s.EN, s.State = "", articles.New
			}
		}
		joinRandomly(rng, file)
		for round := range 4 {
			paras = mutate(rng, paras)
			checkSyncProperties(t, file, source(paras...), threshold)
			for k, s := range file.Segments {
				if s.State == articles.New && rng.IntN(2) == 0 {
					s.EN, s.State = fmt.Sprintf("EN r%d.%d %s", round, k, s.ID), articles.Translated
				}
			}
		}
	})
}

func TestSyncPropertyMany(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	for seed := range uint64(300) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 0))
			var paras [][]string
			for range 1 + rng.IntN(4) {
				var p []string
				for range 1 + rng.IntN(6) {
					p = append(p, randSentence(rng))
				}
				paras = append(paras, p)
			}
			file := translated(t, source(paras...))
			joinRandomly(rng, file)
			for range 5 {
				paras = mutate(rng, paras)
				checkSyncProperties(t, file, source(paras...), 0.5)
			}
		})
	}
}

// joinRandomly joins some neighbouring segments of one paragraph, as add
// --en and bitext join do.
func joinRandomly(rng *rand.Rand, f *articles.File) {
	for i := 0; i+1 < len(f.Segments); i++ {
		a, b := f.Segments[i], f.Segments[i+1]
		if a.Para != b.Para || rng.IntN(3) != 0 {
			continue
		}
		a.ZH += b.ZH
		a.Sentences = a.SentenceCount() + b.SentenceCount()
		a.EN = strings.TrimSpace(a.EN + " " + b.EN)
		if a.EN != "" && a.State == articles.New {
			a.State = articles.Translated
		}
		f.Segments = append(f.Segments[:i+1], f.Segments[i+2:]...)
	}
}
