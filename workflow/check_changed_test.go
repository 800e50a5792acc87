package workflow

import (
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
)

// TestChangedSinceAsFullCheck: --changed-since reports for the articles a
// change touched exactly what a full check reports for them (glossary
// findings, matched against the glossary cut to each article, and
// qa.inconsistent across articles among them), and, when the glossary or
// bitext.yaml changed, exactly what a full check reports.
func TestChangedSinceAsFullCheck(t *testing.T) {
	dir, git := gitCorpus(t, corpus.Options{Seed: 12, Articles: 40, Segments: 20, Terms: 300, Faults: 0.3})
	git("init", "-q", ".")
	git("add", "-A")
	git("commit", "-q", "-m", "base")
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	slugs, _ := ws.Slugs()
	// Four articles change: in each, a segment takes the Chinese of an
	// approved segment of another article, with another English.
	changed := []string{slugs[2], slugs[9], slugs[17], slugs[30]}
	for k, slug := range changed {
		other, err := ws.Load(slugs[33+k])
		if err != nil {
			t.Fatal(err)
		}
		var zh string
		for _, s := range other.File.Segments {
			if s.State == articles.Approved && s.ApprovalValid() && s.Para > 0 {
				zh = s.ZH
			}
		}
		err = ws.Update(slug, func(a *Article) error {
			for _, s := range a.File.Segments {
				if s.Para > 0 && s.EN != "" {
					s.ZH = zh
					s.SetEN("Another English for a sentence said elsewhere.")
					s.State, s.Approval = articles.Translated, nil
					return nil
				}
			}
			t.Fatalf("%s: no paragraph", slug)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// --changed-since rev, then a full check.
	rev := "HEAD"
	checks := func() (since, full *Report) {
		t.Helper()
		var err error
		if since, err = ws.Check(CheckOptions{ChangedSince: rev, Now: now, NoCache: true}); err != nil {
			t.Fatal(err)
		}
		if full, err = ws.Check(CheckOptions{Now: now, NoCache: true}); err != nil {
			t.Fatal(err)
		}
		return since, full
	}
	// --changed-since finds the full check's findings of the changed
	// articles.
	asFull := func(what string, changed []string) {
		t.Helper()
		since, full := checks()
		in := map[string]bool{}
		for _, s := range changed {
			in[s] = true
		}
		var want []Finding
		for _, f := range full.Findings {
			if in[f.Article] {
				want = append(want, f)
			}
		}
		if since.Summary.Articles != len(changed) || !reflect.DeepEqual(since.Findings, want) {
			t.Fatalf("%s: --changed-since: %d articles, %d findings; the full check's of those articles: %d", what, since.Summary.Articles, len(since.Findings), len(want))
		}
		rules := map[string]int{}
		for _, f := range want {
			rules[strings.SplitN(f.Rule, ".", 2)[0]]++
			rules[f.Rule]++
		}
		if rules["glossary"] == 0 || rules[RuleInconsistent] < len(changed) {
			t.Fatalf("%s: the changed articles should have glossary and qa.inconsistent findings: %v", what, rules)
		}
	}
	asFull("changes in the working tree", changed)
	// Committed (the scan starts on what the commits changed: right),
	// then with one more article changed in the working tree (wrong).
	git("commit", "-q", "-am", "change")
	rev = "HEAD~1"
	asFull("changes committed", changed)
	err = ws.Update(slugs[5], func(a *Article) error {
		for _, s := range a.File.Segments {
			if s.Para > 0 && s.EN != "" {
				s.SetEN("Another English for a sentence said elsewhere.")
				s.State, s.Approval = articles.Translated, nil
				for _, o := range a.File.Segments[1:] {
					if o != s && o.Para > 0 && o.EN != "" {
						s.ZH = o.ZH // the Chinese of another segment, rendered otherwise
						return nil
					}
				}
			}
		}
		t.Fatalf("%s: no paragraph", slugs[5])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	asFull("one more change in the working tree", append([]string{slugs[2], slugs[5]}, changed[1:]...))

	// The glossary changed: every article is checked, as by a full check.
	rev = "HEAD"
	whole := func(what string) {
		t.Helper()
		since, full := checks()
		if since.Summary.Articles != len(slugs) || !reflect.DeepEqual(since, full) {
			t.Fatalf("%s changed: --changed-since checked %d articles, %d findings; a full check %d", what, since.Summary.Articles, len(since.Findings), len(full.Findings))
		}
	}
	gl, err := os.ReadFile(ws.GlossaryPath())
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(ws.GlossaryPath(), append(gl, []byte("  - id: added\n    zh: [新增术语]\n    en: Added Term\n")...), 0o644)
	whole("the glossary")
	os.WriteFile(ws.GlossaryPath(), gl, 0o644)
	settings, err := os.ReadFile(ws.abs(SettingsFile))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(ws.abs(SettingsFile), append(settings, []byte("severity:\n  qa.numbers: error\n")...), 0o644)
	ws, err = Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	whole("bitext.yaml")
}

// gitCorpus generates a corpus in a new directory for git to track (git
// must be installed, under CI), and returns it with a runner of git in
// it.
func gitCorpus(t *testing.T, o corpus.Options) (string, func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is needed")
		}
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if _, err := corpus.Generate(dir, o); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/.gitignore", []byte(".bitext/\n"), 0o644)
	return dir, func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}
