package workflow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow"
)

// What "a correct use of a term" means must be one answer in three places:
// `bitext check` (the glossary findings CI fails on), the reviewer's view
// (the English terms `show`, `report` and the HTML mark OK, or red and
// dashed) and `glossary show` (TermOccurrence.Carried). Agreement, for
// every segment whose English check reads (translated, not stale) and
// every English term span the view shows for a term T:
//
//   - the span is OK exactly when check reports no finding of T at that
//     span and does not report T missing in the segment (text check did
//     not take for T does not carry it);
//   - a segment glossary show lists for T is Carried exactly when check
//     reports no finding of T in the segment, and every segment where
//     check reports T is listed, with that finding's rule.
//
// What is allowed to depend on more than the span's text is the check's
// context, which all three read the same way because they read the same
// reading of the whole article (glossary.Glossary.Read): first mentions
// (what came before in the article), whether the source names the term
// (a surname, a short form, a rendering in another case count only then),
// and the case rules' context (the start of a sentence, a headline, a
// title after a demonstrative, a name in capitals before a colon). The
// view also follows the workspace's policy, as check's count does: a
// finding of a rule set to off, or accepted on the segment, leaves the
// text OK. glossary show names the finding check gives, accepted or not
// (it is compared with every finding, accepted ones too, and not where a
// glossary rule is off). A stale segment is left out: check reads none of
// its English.
func checkTermAgreement(t *testing.T, ws *workflow.Workspace) (spans, occs int) {
	t.Helper()
	g, err := ws.LoadGlossary()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	type segKey struct{ article, segment string }
	counted, byseg := map[segKey][]workflow.Finding{}, map[segKey][]workflow.Finding{}
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Rule, "glossary.") {
			counted[segKey{f.Article, f.Segment}] = append(counted[segKey{f.Article, f.Segment}], f)
		}
	}
	for _, f := range append(rep.Findings, rep.Accepted...) {
		if strings.HasPrefix(f.Rule, "glossary.") {
			byseg[segKey{f.Article, f.Segment}] = append(byseg[segKey{f.Article, f.Segment}], f)
		}
	}
	views, err := ws.View(nil, workflow.ViewOptions{Now: now, NoHistory: true})
	if err != nil {
		t.Fatal(err)
	}
	read := map[segKey]bool{}
	for _, v := range views {
		for _, sv := range v.Segments {
			k := segKey{v.Article, sv.ID}
			if strings.TrimSpace(sv.EN) == "" || sv.State == articles.Stale {
				continue
			}
			read[k] = true
			for _, sp := range sv.ENTerms {
				spans++
				var why string
				for _, f := range counted[k] {
					if f.Term != sp.Term {
						continue
					}
					if !f.SpanInZH && f.Start < sp.End && sp.Start < f.End || f.Rule == glossary.RuleMissing {
						why = f.Rule
						break
					}
				}
				if sp.OK != (why == "") {
					t.Errorf("%s/%s: view marks %q (%s) ok=%v, check says %q\n  zh: %s\n  en: %s", v.Article, sv.ID, sp.Text, sp.Term, sp.OK, why, sv.ZH, sv.EN)
				}
			}
		}
	}
	for rule, sev := range ws.Settings.Severity {
		if strings.HasPrefix(rule, "glossary.") && sev == workflow.SevOff {
			return spans, occs // glossary show names the finding check would give, reported or not
		}
	}
	all, err := ws.TermOccurrencesAll(g)
	if err != nil {
		t.Fatal(err)
	}
	for k, tm := range g.Terms {
		occ := all[k]
		listed := map[segKey]bool{}
		for _, o := range occ {
			k := segKey{o.Article, o.Segment}
			listed[k] = true
			if !read[k] {
				continue
			}
			occs++
			var rule string
			for _, f := range byseg[k] {
				if f.Term == tm.ID {
					rule = f.Rule
					break
				}
			}
			if o.Carried() != (rule == "") {
				t.Errorf("%s/%s: glossary show %s: %s (carried=%v), check says %q\n  zh: %s\n  en: %s", o.Article, o.Segment, tm.ID, o.English, o.Carried(), rule, o.ZH, o.EN)
			}
		}
		for k, fs := range byseg {
			for _, f := range fs {
				if f.Term == tm.ID && !listed[k] {
					t.Errorf("%s/%s: check reports %s of %s; glossary show does not list the segment", k.article, k.segment, f.Rule, tm.ID)
				}
			}
		}
	}
	return spans, occs
}

// agreeWorkspace makes a workspace with the glossary and one article of
// "zh | en" lines (the first the headline, para 0), all translated.
func agreeWorkspace(t *testing.T, gloss string, lines ...string) *workflow.Workspace {
	t.Helper()
	ws, err := workflow.Init(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws.GlossaryPath(), []byte(gloss), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &articles.File{Version: articles.FormatVersion, Article: "a", Source: "a.zh.md"}
	var src []string
	for i, l := range lines {
		zh, en, _ := strings.Cut(l, "|")
		zh, en = strings.TrimSpace(zh), strings.TrimSpace(en)
		src = append(src, zh)
		f.Segments = append(f.Segments, &articles.Segment{ID: beadID(i), Para: i, ZH: zh, EN: en, State: articles.Translated})
	}
	raw := strings.Join(src, "\n\n") + "\n"
	f.SourceSHA256 = articles.SourceSHA256(articles.Normalize(raw))
	data, err := articles.Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws.SourcePath("a"), []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws.SegmentPath("a"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return ws
}

const agreeGlossary = `terms:
  - id: cma
    zh: [中国矿业联合会, 中矿联]
    en: China Mining Association
    abbr: CMA
    forbidden: [China Mining Federation]
    kind: organization
  - id: cheng
    zh: 程立伟
    en: Cheng Liwei
    kind: person
  - id: dsg
    zh: 副秘书长
    en: Deputy Secretary-General
    kind: title
  - id: uhv
    zh: 特高压
    en: ultra-high voltage
  - id: old-cms
    zh: 中国矿业学会
    en: China Mining Society
    abbr: CMS
    status: deprecated
  - id: lanzhou
    zh: 兰州
    en: Lanzhou
    kind: place
`

// TestTermAgreementFixtures: invented articles that put each glossary rule
// and each context the rules read (first mention, the source naming the
// term or not, the start of a sentence, the headline, capitals, a
// demonstrative, a misspelling) before the three readers.
func TestTermAgreementFixtures(t *testing.T) {
	for i, art := range [][]string{
		{"特高压线路 | Ultra-High Voltage Lines Open", "特高压线路 | Ultra-high voltage lines opened.", "特高压 | The ULTRA-HIGH VOLTAGE grid."},
		{"中矿联开会 | The CMA meets", "中国矿业联合会 | The China Mining Association (CMA) met.", "中矿联 | The CMA said so.", "中矿联 | THE CMA MEETING ended."},
		{"程立伟 | Cheng Liwei speaks", "程立伟说 | CHENG: Yes.", "程立伟 | Cheng Liwie said.", "无关 | Mr Cheng came.", "程立伟 | Liwei Cheng said."},
		{"副秘书长 | Deputy Secretary-General", "副秘书长 | this deputy secretary-general of ours", "副秘书长 | the deputy secretary-general spoke"},
		{"无关 | Headline", "无关 | a china mining association of sorts", "无关 | china mining federations are many", "无关 | the cms said", "中国矿业学会 | The China Mining Society met.",
			"中国矿业联合会 | the china mining association met", "中国矿业联合会 | the China Mining Federation met"},
		{"兰州 | Lanzhou", "来到兰州 | She came here.", "兰州 | the Lanzhou government", "兰州的 | LANZHOU: rain."},
	} {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			spans, occs := checkTermAgreement(t, agreeWorkspace(t, agreeGlossary, art...))
			if spans == 0 || occs == 0 {
				t.Errorf("nothing compared: %d spans, %d occurrences", spans, occs)
			}
		})
	}
}

// TestTermAgreementPolicy: a rule set to off, and a finding accepted on
// its segment, leave the view's text OK, as check does not count them.
func TestTermAgreementPolicy(t *testing.T) {
	lines := []string{"中国矿业联合会 | China Mining Association", "中国矿业联合会 | the china mining association met", "中国矿业联合会 | the China Mining Federation met"}
	ws := agreeWorkspace(t, agreeGlossary, lines...)
	a, err := ws.Load("a")
	if err != nil {
		t.Fatal(err)
	}
	s := a.File.Segments[2]
	s.Accepted = []articles.Acceptance{{Rule: glossary.RuleForbidden, Term: "cma", By: "li", At: now, Why: "quoted",
		ZHSHA256: articles.TextSHA256(s.ZH), ENSHA256: articles.TextSHA256(s.EN)}}
	data, err := articles.Encode(a.File)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws.SegmentPath("a"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	checkTermAgreement(t, ws)
	ws.Settings.Severity = map[string]workflow.Severity{glossary.RuleCase: workflow.SevOff}
	checkTermAgreement(t, ws)
	views, err := ws.View(nil, workflow.ViewOptions{Now: now, NoHistory: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, sv := range views[0].Segments[1:] {
		if len(sv.ENTerms) != 1 || !sv.ENTerms[0].OK {
			t.Errorf("%s: %+v, want one term, OK (rule off, finding accepted)", sv.EN, sv.ENTerms)
		}
	}
}

// TestTermAgreementExample: the example workspace.
func TestTermAgreementExample(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../examples/workspace")); err != nil {
		t.Fatal(err)
	}
	agreeIn(t, dir, "example workspace")
}

// agreeIn runs checkTermAgreement over the workspace in dir.
func agreeIn(t *testing.T, dir, what string) {
	t.Helper()
	ws, err := workflow.Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	spans, occs := checkTermAgreement(t, ws)
	t.Logf("%s: %d English term spans, %d occurrences agree", what, spans, occs)
}

// TestTermAgreementGenerated: a generated workspace (articles/corpus)
// with planted faults of every glossary rule, names that share a surname,
// and stale and draft segments.
func TestTermAgreementGenerated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ws")
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 7, Articles: 12, Segments: 40, Terms: 300, Faults: 0.1}); err != nil {
		t.Fatal(err)
	}
	agreeIn(t, dir, "generated workspace")
}

// TestTermAgreementRealText: the real-text workspace TestRealText builds,
// with its glossary and the held-out one (skipped without align-dev).
func TestTermAgreementRealText(t *testing.T) {
	texts := loadRealTexts(t)
	for _, gf := range []string{"glossary.yaml", "glossary_heldout.yaml"} {
		ws := buildRealWorkspace(t, texts, filepath.Join(realDir, gf))
		spans, occs := checkTermAgreement(t, ws)
		t.Logf("%s: %d English term spans, %d occurrences agree", gf, spans, occs)
	}
}
