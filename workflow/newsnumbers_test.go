package workflow_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/workflow"
)

// qa.numbers on our own news fixtures (written in Xinhua's style, the
// desk's genre): every fixture pair is added with its English, as `bitext
// add --en` does, into a fresh workspace, and check runs over them. Every
// finding was judged by hand (testdata/newsnumbers/judged.tsv, keyed by
// fixture, segment position and value); the test fails on a finding with
// no judgement, on a judged finding that is back after being marked gone,
// and on a judged one that is gone without being marked.

// newsFixtures are the fixture pairs: the news pairs, the held-out news,
// the report prose and the example article.
func newsFixtures(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"align/testdata/*.zh.md", "align/testdata/heldout/*.zh.md", "align/testdata/report/*.zh.md", "../examples/inbox/*.zh.md", "testdata/newsnumbers/*.zh.md"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) < 20 {
		t.Fatalf("only %d fixtures found", len(out))
	}
	return out
}

type newsJudgement struct {
	True bool
	Gone bool
}

func readNewsJudgements(t *testing.T) map[string]newsJudgement {
	t.Helper()
	out := map[string]newsJudgement{}
	for _, r := range judgedRows(t, "testdata/newsnumbers/judged.tsv", 6) {
		if c := r.C; c[3] != "true" && c[3] != "false" {
			t.Fatalf("judged.tsv:%d: want fixture, segment, value, true|false, class, gone|empty", r.Line)
		}
		out[strings.Join(r.C[:3], "\t")] = newsJudgement{True: r.C[3] == "true", Gone: r.C[5] == "gone"}
	}
	return out
}

func TestNewsNumbersFixtures(t *testing.T) {
	ws, err := workflow.Init(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	position := map[string]map[string]int{} // article, segment id: its position
	for _, zh := range newsFixtures(t) {
		res, _, err := ws.AddEnglish(zh, "", strings.TrimSuffix(zh, ".zh.md")+".en.md", nil, now)
		if err != nil {
			t.Fatalf("%s: %v", zh, err)
		}
		position[res.Article.Slug] = map[string]int{}
		for i, s := range res.Article.File.Segments {
			position[res.Article.Slug][s.ID] = i + 1
		}
	}
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var keys []string
	for _, f := range rep.Findings {
		if f.Rule != workflow.RuleNumbers {
			continue
		}
		base := fmt.Sprintf("%s\t%d\t%v", f.Article, position[f.Article][f.Segment], f.Args["value"])
		keys = append(keys, nthKey(seen, base))
	}
	judged := readNewsJudgements(t)
	var unjudged, back []string
	truths := 0
	for _, k := range keys {
		j, ok := judged[k]
		switch {
		case !ok:
			unjudged = append(unjudged, k)
		case j.Gone:
			back = append(back, k)
		case j.True:
			truths++
		}
	}
	var vanished []string
	before, beforeTrue := 0, 0
	for k, j := range judged {
		before++
		if j.True {
			beforeTrue++
		}
		if !j.Gone && !seen[k] {
			vanished = append(vanished, k)
		}
	}
	sort.Strings(vanished)
	if len(unjudged) > 0 {
		t.Errorf("%d qa.numbers findings on the fixtures have no judgement in testdata/newsnumbers/judged.tsv (judge each by hand):\n%s", len(unjudged), strings.Join(unjudged, "\n"))
	}
	if len(back) > 0 {
		t.Errorf("%d findings judged gone are back:\n%s", len(back), strings.Join(back, "\n"))
	}
	if len(vanished) > 0 {
		t.Errorf("%d judged findings are no longer given (a true one lost, or mark it gone):\n%s", len(vanished), strings.Join(vanished, "\n"))
	}
	t.Logf("qa.numbers on the fixtures: first judged %d findings, %d true; now %d findings, %d true, %d false", before, beforeTrue, len(keys), truths, len(keys)-truths)
}
