package workflow

import (
	"os"
	"os/exec"
	"reflect"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// qa.inconsistent finds the same on a generated corpus, whose templates
// repeat sentences across articles, whether the articles are read one by
// one (--no-cache), from the memory cache, or, for --changed-since, only
// those git grep finds: the findings of the changed articles are those of
// checking them by name against the whole workspace.
func TestInconsistentEveryWay(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is needed")
		}
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 9, Articles: 30, Segments: 20, Terms: 200, Faults: 0.3}); err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	os.WriteFile(dir+"/.gitignore", []byte(".bitext/\n"), 0o644)
	// One article edited by hand out of the canonical layout (a comment):
	// --changed-since reads it whole.
	pre, _ := Find(dir, dir)
	all, _ := pre.Slugs()
	raw, err := os.ReadFile(pre.SegmentPath(all[25]))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pre.SegmentPath(all[25]), append([]byte("# edited by hand\n"), raw...), 0o644)
	git("init", "-q", ".")
	git("add", "-A")
	git("commit", "-q", "-m", "base")

	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	slugs, _ := ws.Slugs()
	// Give a segment of three articles the Chinese of an approved segment
	// of another article, unchanged, with another English.
	changed := []string{slugs[3], slugs[11], slugs[20]}
	for k, slug := range changed {
		other, err := ws.Load(slugs[25+k])
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
				if s.State == articles.Approved && s.Para > 0 {
					s.ZH = zh
					s.SetEN("A different English for the same sentence.")
					s.State, s.Approval = articles.Translated, nil
					return nil
				}
			}
			t.Fatalf("%s: nothing approved", slug)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	count := func(rep *Report) int {
		n := 0
		for _, f := range rep.Findings {
			if f.Rule == RuleInconsistent {
				n++
			}
		}
		return n
	}
	full, err := ws.Check(CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []CheckOptions{{}, {}} { // the memory cache written, then read
		opts.Now = now
		rep, err := ws.Check(opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(rep, full) {
			t.Fatal("check with the cache differs from check --no-cache")
		}
	}
	named, err := ws.Check(CheckOptions{Articles: changed, Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	since, err := ws.Check(CheckOptions{ChangedSince: "HEAD", Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(since, named) {
		t.Fatalf("--changed-since: %d findings (%d qa.inconsistent), by name %d (%d)", len(since.Findings), count(since), len(named.Findings), count(named))
	}
	if count(named) < 3 || count(full) <= count(named) {
		t.Fatalf("qa.inconsistent: %d findings in the changed articles, %d in all: the corpus should have many", count(named), count(full))
	}
}

// hanSig keeps what tm.Normalize keeps: the ideographs, in order.
func TestHanSig(t *testing.T) {
	for _, pair := range [][2]string{
		{"12月9日，中国矿业联合会会长程立伟会见了柯志忠一行。", "12月9日,中国 矿业联合会会长程立伟会见了柯志忠一行。"},
		{"ＧＤＰ增长５％", "GDP增长5%"},
		{"中国　矿业", "中国矿业"},
	} {
		if tm.Normalize(pair[0]) != tm.Normalize(pair[1]) {
			t.Fatalf("%q and %q do not normalise the same", pair[0], pair[1])
		}
		if hanSig(pair[0]) != hanSig(pair[1]) {
			t.Errorf("hanSig(%q) != hanSig(%q)", pair[0], pair[1])
		}
	}
	if hanSig("中国矿业") == hanSig("矿业中国") || hanSig("中国") == hanSig("中国矿业") {
		t.Error("hanSig ignores the ideographs' order or number")
	}
}
