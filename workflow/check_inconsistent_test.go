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
	if hanSig("中国矿业") == hanSig("矿业中国") || hanSig("中国") == hanSig("中国矿业") || hanSig("同比增长5%") == hanSig("同比增长7%") {
		t.Error("hanSig ignores the characters' order, number or figures")
	}
	// A zh line as written, quoted, signs as its value.
	if hanSig(`'他说''好'' 2024年'`) != hanSig(`他说'好' 2024年`) || hanSig(`"中国: 5%"`) != hanSig(`中国: 5%`) {
		t.Error("hanSig counts the quotes of a YAML scalar")
	}
}

// An English the glossary rejects outright (a forbidden variant, a name in
// the wrong order, a misspelled name) is not one the other places must be
// consistent with: glossary.* reports it where it stands, and the segments
// that render the term rightly get no qa.inconsistent for it. The rejected
// English itself is still inconsistent with them. Two Englishes that both
// keep the glossary and differ are both reported.
func TestInconsistentGlossaryRejected(t *testing.T) {
	const zh = "中联部会见了王小明。"
	const good = "The International Department of the CPC Central Committee met Wang Xiaoming."
	for _, tc := range []struct{ name, other, want string }{
		{"forbidden variant", "The International Liaison Department met Wang Xiaoming.", "b"},
		{"name in the wrong order", "The International Department of the CPC Central Committee met Xiaoming Wang.", "b"},
		{"misspelled name", "The International Department of the CPC Central Committee met Wang Xiaomnig.", "b"},
		{"another wording, both right", "Wang Xiaoming was met by the International Department of the CPC Central Committee.", "a b"},
		{"the same English", good, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{
				"bitext.yaml":   "source_lang: zh-Hans\n",
				"glossary.yaml": "terms:\n  - {id: idcpc, zh: [中联部], en: International Department of the CPC Central Committee, abbr: IDCPC, forbidden: [International Liaison Department], kind: organization}\n  - {id: wxm, zh: [王小明], en: Wang Xiaoming, kind: person}\n",
			}
			for slug, en := range map[string]string{"a": good, "b": tc.other} {
				files["articles/"+slug+".zh.md"] = "# " + zh + "\n"
				files["articles/"+slug+".yaml"] = "bitext: 1\narticle: " + slug + "\nsource: " + slug + ".zh.md\nsource_sha256: " + sourceHash("# "+zh+"\n") +
					"\nsegments:\n  - id: h1aaaa\n    para: 0\n    zh: " + zh + "\n    en: " + en + "\n    state: translated\n    translator: wang\n"
			}
			ws := writeWorkspace(t, t.TempDir(), files)
			for _, noCache := range []bool{true, false, false} {
				rep, err := ws.Check(CheckOptions{NoCache: noCache})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, f := range rep.Findings {
					if f.Rule == RuleInconsistent {
						got = append(got, f.Article)
					}
				}
				if s := strings.Join(got, " "); s != tc.want {
					t.Errorf("no-cache %v: qa.inconsistent on %q, want %q", noCache, s, tc.want)
				}
			}
		})
	}
}
