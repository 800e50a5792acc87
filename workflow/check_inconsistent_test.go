package workflow

import (
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// qa.inconsistent finds the same on a generated corpus, whose templates
// repeat sentences across articles, whether the articles are read one by
// one (--no-cache), from the memory cache, or, for --changed-since, only
// those git grep finds: the findings of the changed articles are those of
// checking them by name against the whole workspace.
func TestInconsistentEveryWay(t *testing.T) {
	dir, git := gitCorpus(t, corpus.Options{Seed: 9, Articles: 30, Segments: 20, Terms: 200, Faults: 0.3})
	// One article edited by hand out of the canonical layout (a comment):
	// --changed-since reads it whole.
	pre, _ := Find(dir, dir)
	all, _ := pre.Slugs()
	raw, err := os.ReadFile(pre.SegmentPath(all[25]))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pre.SegmentPath(all[25]), append([]byte("# edited by hand\n"), raw...), 0o644)
	// Seven articles share a sentence, translated alike; an eighth will
	// translate it otherwise: its finding names more places than it lists.
	const shared = "这是七篇文章共有的一句话。"
	share := func(slug, en string) {
		t.Helper()
		err := pre.Update(slug, func(a *Article) error {
			for _, s := range a.File.Segments {
				if s.Para > 0 {
					s.ZH = shared
					s.SetEN(en)
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
	for _, slug := range all[13:20] {
		share(slug, "A sentence seven articles share.")
	}
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
	share(slugs[22], "Another English for the shared sentence.")
	changed = append(changed, slugs[22])
	// An imported memory renders the first of those Chineses otherwise
	// again.
	first, err := ws.Load(changed[0])
	if err != nil {
		t.Fatal(err)
	}
	var memZH string
	for _, s := range first.File.Segments {
		if s.EN == "A different English for the same sentence." {
			memZH = s.ZH
		}
	}
	os.MkdirAll(dir+"/tm", 0o755)
	os.WriteFile(dir+"/tm/desk.tmx", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-Hans" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu tuid="m1"><tuv xml:lang="zh-Hans"><seg>`+memZH+`</seg></tuv><tuv xml:lang="en"><seg>The memory's English.</seg></tuv></tu>
</body></tmx>
`), 0o644)
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
	// Among them, findings that name more places than they list, and one
	// that names the memory.
	cut, memory := 0, 0
	for _, f := range since.Findings {
		if others, _ := f.Args["others"].(string); f.Rule == RuleInconsistent {
			if strings.HasSuffix(others, "…") {
				cut++
			}
			if strings.Contains(others, "tmx:desk.tmx \"The memory's English.\"") {
				memory++
			}
		}
	}
	if cut == 0 || memory == 0 {
		t.Fatalf("qa.inconsistent: %d findings cut short, %d naming the memory: the test should have both", cut, memory)
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

// The tally finds what comparing every place of every group finds (the
// first way qa.inconsistent was written, kept here as the oracle): on
// random records with Chineses that normalise alike, Englishes alike but
// for their white space, Englishes the glossary rejects, places beyond
// maxOthers, memories and repeated places.
func TestTallyMatchesGroups(t *testing.T) {
	ws := writeWorkspace(t, t.TempDir(), map[string]string{
		"bitext.yaml":   "source_lang: zh-Hans\n",
		"glossary.yaml": "terms:\n  - {id: idcpc, zh: [中联部], en: International Department of the CPC Central Committee, forbidden: [International Liaison Department], kind: organization}\n  - {id: wxm, zh: [王小明], en: Wang Xiaoming, kind: person}\n",
	})
	gl := func() *glossary.Glossary {
		g, err := ws.LoadGlossary()
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	zhs := []string{"中联部会见了王小明。", "中 联部会见了王小明。", "中联部会见了王小明", "王小明说：５％。", "王小明说:5%。"}
	ens := []string{
		"The International Department of the CPC Central Committee met Wang Xiaoming.",
		"The International  Department of the CPC Central Committee met Wang Xiaoming. ",
		"The International Liaison Department met Wang Xiaoming.",
		"The International Department of the CPC Central Committee met Xiaoming Wang.",
		"Wang Xiaoming said: 5%.", "Wang said 5 %.",
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	found, cut := 0, 0
	for round := range 300 {
		var recs []tm.Record
		slugs := []string{}
		for a := range 2 + rnd.IntN(12) {
			slug := fmt.Sprintf("a%02d", a)
			if rnd.IntN(3) == 0 {
				slugs = append(slugs, slug)
			}
			for s := range 1 + rnd.IntN(6) {
				recs = append(recs, tm.Record{Article: slug, Segment: fmt.Sprintf("s%d", rnd.IntN(9)), Seg: s, Line: 10 + s, Col: 9,
					ZH: zhs[rnd.IntN(len(zhs))], EN: ens[rnd.IntN(len(ens))], State: "translated"})
			}
		}
		for range rnd.IntN(4) {
			recs = append(recs, tm.Record{Article: "tmx:m.tmx", Segment: "1", ZH: zhs[rnd.IntN(len(zhs))], EN: ens[rnd.IntN(len(ens))], Approved: true})
		}
		got := ws.inconsistentGroups(recs, slugs, gl)
		want := naiveGroups(ws, recs, slugs, gl)
		for _, m := range []map[string][]ranked{got, want} {
			for _, list := range m {
				sortRanked(list)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: tally\n%+v\ngroups\n%+v", round, got, want)
		}
		for _, list := range got {
			for _, r := range list {
				found++
				if strings.HasSuffix(r.F.Args["others"].(string), "…") {
					cut++
				}
			}
		}
	}
	if found < 300 || cut < 30 {
		t.Fatalf("%d findings, %d of them cut: the rounds should make many of both", found, cut)
	}
}

// naiveGroups is qa.inconsistent as first written: every place of every
// group listed, sorted and cut.
func naiveGroups(w *Workspace, recs []tm.Record, slugs []string, gl func() *glossary.Glossary) map[string][]ranked {
	type place struct {
		r  *tm.Record
		en string
	}
	groups := map[string][]place{}
	for i := range recs {
		r := &recs[i]
		k := tm.Normalize(r.ZH)
		groups[k] = append(groups[k], place{r, enKey(r.EN)})
	}
	checked := map[string]bool{}
	for _, s := range slugs {
		checked[s] = true
	}
	out := map[string][]ranked{}
	rejects := w.glossaryRejects(gl)
	for _, g := range groups {
		variants := map[string][]string{}
		for _, q := range g {
			variants[q.en] = append(variants[q.en], q.r.Origin()+" \""+q.r.EN+"\"")
		}
		if len(variants) < 2 {
			continue
		}
		rejected := map[string]bool{}
		for _, q := range g {
			if _, ok := rejected[q.en]; !ok {
				rejected[q.en] = rejects(q.r)
			}
		}
		for _, p := range g {
			if !checked[p.r.Article] {
				continue
			}
			var list []string
			for en, places := range variants {
				if en != p.en && (rejected[p.en] || !rejected[en]) {
					list = append(list, places...)
				}
			}
			n := len(list)
			if n == 0 {
				continue
			}
			sort.Strings(list)
			if len(list) > maxOthers {
				list = append(list[:maxOthers:maxOthers], "…")
			}
			f := Finding{Rule: RuleInconsistent, Article: p.r.Article, Segment: p.r.Segment,
				File: w.Rel(w.SegmentPath(p.r.Article)), Line: p.r.Line, Column: p.r.Col,
				ZH: p.r.ZH, EN: p.r.EN, Start: -1, End: -1,
				Args: map[string]any{"count": n, "others": strings.Join(list, "; ")}}
			out[p.r.Article] = append(out[p.r.Article], ranked{F: f, Seg: p.r.Seg, Rule: ruleIndex[RuleInconsistent]})
		}
	}
	return out
}
