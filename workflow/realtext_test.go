package workflow_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/workflow"
)

// The real-text evaluation: every aligned pair of ../shared/align-dev
// becomes a translated segment of a workspace built in a temporary
// directory, the glossary of testdata/realtext (names and terms that occur
// in those texts, as their publishers render them) is its term base, and
// the real check runs over it. Every finding was judged by hand; the
// judgements are kept in testdata/realtext/judged.tsv keyed by position
// (corpus, text, bead, rule, term or number), never by quoting the texts.

const realDir = "testdata/realtext"

// realPair is one aligned pair: the bead's index in its text's gold file.
type realPair struct {
	Bead   int
	ZH, EN string
}

type realText struct {
	Corpus, ID string
	Pairs      []realPair
}

func (t realText) slug() string { return t.Corpus + "-" + t.ID }

// loadRealTexts reads the development set, skipping the test when it is
// absent.
func loadRealTexts(tb testing.TB) []realText {
	tb.Helper()
	dir, err := aligndev.Dir()
	if err != nil {
		tb.Skip("real-text evaluation: ", err)
	}
	texts, err := aligndev.LoadAll(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []realText
	for _, t := range texts {
		rt := realText{Corpus: t.Corpus, ID: t.ID}
		for i, b := range t.Gold {
			if len(b.ZH) == 0 || len(b.EN) == 0 {
				continue
			}
			var zh, en []string
			for _, k := range b.ZH {
				zh = append(zh, strings.TrimSpace(t.ZH[k]))
			}
			for _, k := range b.EN {
				en = append(en, strings.TrimSpace(t.EN[k]))
			}
			rt.Pairs = append(rt.Pairs, realPair{Bead: i, ZH: strings.Join(zh, ""), EN: strings.Join(en, " ")})
		}
		out = append(out, rt)
	}
	return out
}

// beadID is a segment id that names the bead: its index in base 31 over the
// id alphabet.
func beadID(bead int) string {
	const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
	b := make([]byte, articles.IDLen)
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = alphabet[bead%len(alphabet)]
		bead /= len(alphabet)
	}
	return string(b)
}

func beadOf(id string) int {
	const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
	n := 0
	for _, c := range id {
		n = n*len(alphabet) + strings.IndexRune(alphabet, c)
	}
	return n
}

// buildRealWorkspace writes one article per text, every pair a translated
// segment, with the given glossary file copied in.
func buildRealWorkspace(tb testing.TB, texts []realText, glossaryFile string) *workflow.Workspace {
	tb.Helper()
	dir := tb.TempDir()
	ws, err := workflow.Init(dir)
	if err != nil {
		tb.Fatal(err)
	}
	if glossaryFile != "" {
		data, err := os.ReadFile(glossaryFile)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(ws.GlossaryPath(), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	for _, t := range texts {
		var src []string
		f := &articles.File{Version: articles.FormatVersion, Article: t.slug(), Source: t.slug() + ".zh.md"}
		for _, p := range t.Pairs {
			src = append(src, p.ZH)
			f.Segments = append(f.Segments, &articles.Segment{ID: beadID(p.Bead), Para: p.Bead + 1, ZH: p.ZH, EN: p.EN, State: articles.Translated})
		}
		raw := strings.Join(src, "\n\n") + "\n"
		f.SourceSHA256 = articles.SourceSHA256(articles.Normalize(raw))
		data, err := articles.Encode(f)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(ws.SourcePath(t.slug()), []byte(raw), 0o644); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(ws.SegmentPath(t.slug()), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return ws
}

// judgeKey names a finding by position: corpus, text, bead, rule, and the
// term id (glossary rules) or the number's value with its occurrence in
// the bead (qa.numbers).
type judgeKey struct {
	Corpus, Text string
	Bead         int
	Rule, Key    string
}

func (k judgeKey) String() string {
	return fmt.Sprintf("%s\t%s\t%d\t%s\t%s", k.Corpus, k.Text, k.Bead, k.Rule, k.Key)
}

type judgement struct {
	True  bool
	Class string
}

func readJudgements(tb testing.TB) map[judgeKey]judgement {
	tb.Helper()
	f, err := os.Open(filepath.Join(realDir, "judged.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	out := map[judgeKey]judgement{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 7 {
			tb.Fatalf("judged.tsv:%d: want 7 tab-separated columns, got %d", line, len(c))
		}
		bead, err := strconv.Atoi(c[2])
		if err != nil || (c[5] != "true" && c[5] != "false") {
			tb.Fatalf("judged.tsv:%d: bad bead or verdict", line)
		}
		k := judgeKey{c[0], c[1], bead, c[3], c[4]}
		if _, dup := out[k]; dup {
			tb.Fatalf("judged.tsv:%d: %v judged twice", line, k)
		}
		out[k] = judgement{True: c[5] == "true", Class: c[6]}
	}
	return out
}

// realFindings runs the check and keys its qa.numbers and glossary findings.
func realFindings(tb testing.TB, ws *workflow.Workspace, texts []realText) ([]judgeKey, map[judgeKey]workflow.Finding) {
	tb.Helper()
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		tb.Fatal(err)
	}
	bySlug := map[string]realText{}
	for _, t := range texts {
		bySlug[t.slug()] = t
	}
	var keys []judgeKey
	seen := map[judgeKey]workflow.Finding{}
	for _, f := range rep.Findings {
		if f.Rule != workflow.RuleNumbers && !strings.HasPrefix(f.Rule, "glossary.") {
			continue
		}
		t := bySlug[f.Article]
		k := judgeKey{Corpus: t.Corpus, Text: t.ID, Bead: beadOf(f.Segment), Rule: f.Rule, Key: f.Term}
		if f.Rule == workflow.RuleNumbers {
			k.Key = fmt.Sprint(f.Args["value"])
		}
		base := k.Key
		for n := 2; ; n++ {
			if _, dup := seen[k]; !dup {
				break
			}
			k.Key = base + "#" + strconv.Itoa(n)
		}
		seen[k] = f
		keys = append(keys, k)
	}
	return keys, seen
}

type tally struct{ Findings, True int }

func (t tally) precision() float64 {
	if t.Findings == 0 {
		return 1
	}
	return float64(t.True) / float64(t.Findings)
}

// TestRealTextPrecision recomputes precision from the hand judgements: it
// fails when a finding has no judgement (judge it and add it to
// judged.tsv), and when precision falls below 0.9 for qa.numbers or for
// the glossary rules together. BITEXT_REALTEXT_DUMP=FILE writes every
// finding with its pair (outside the repository) for judging.
func TestRealTextPrecision(t *testing.T) {
	texts := loadRealTexts(t)
	ws := buildRealWorkspace(t, texts, filepath.Join(realDir, "glossary.yaml"))
	keys, fs := realFindings(t, ws, texts)
	if dump := os.Getenv("BITEXT_REALTEXT_DUMP"); dump != "" {
		var b strings.Builder
		for _, k := range keys {
			f := fs[k]
			fmt.Fprintf(&b, "%s\t%s\n  zh: %s\n  en: %s\n  found=%q expected=%q\n", k, judgedMark(t, k), f.ZH, f.EN, f.Found, f.Expected)
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	judged := readJudgements(t)
	byRule := map[string]*tally{}
	var unjudged []string
	for _, k := range keys {
		j, ok := judged[k]
		if !ok {
			unjudged = append(unjudged, k.String())
			continue
		}
		tl := byRule[k.Rule]
		if tl == nil {
			tl = &tally{}
			byRule[k.Rule] = tl
		}
		tl.Findings++
		if j.True {
			tl.True++
		}
	}
	if len(unjudged) > 0 {
		t.Errorf("%d findings have no judgement in %s/judged.tsv (judge each by hand):\n%s", len(unjudged), realDir, strings.Join(unjudged, "\n"))
	}
	var rules []string
	var gl tally
	for r, tl := range byRule {
		rules = append(rules, r)
		if strings.HasPrefix(r, "glossary.") {
			gl.Findings += tl.Findings
			gl.True += tl.True
		}
	}
	sort.Strings(rules)
	for _, r := range rules {
		tl := byRule[r]
		t.Logf("| `%s` | %d | %d | %d | %.2f |", r, tl.Findings, tl.True, tl.Findings-tl.True, tl.precision())
	}
	t.Logf("| glossary rules together | %d | %d | %d | %.2f |", gl.Findings, gl.True, gl.Findings-gl.True, gl.precision())
	num := byRule[workflow.RuleNumbers]
	if num == nil {
		num = &tally{}
	}
	if p := num.precision(); p < 0.9 {
		t.Errorf("qa.numbers precision %.2f < 0.9", p)
	}
	if p := gl.precision(); p < 0.9 {
		t.Errorf("glossary precision %.2f < 0.9", p)
	}
}

func judgedMark(t *testing.T, k judgeKey) string {
	data, err := os.ReadFile(filepath.Join(realDir, "judged.tsv"))
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, k.String()+"\t") {
			return strings.Join(strings.Split(l, "\t")[5:], " ")
		}
	}
	return "UNJUDGED"
}
