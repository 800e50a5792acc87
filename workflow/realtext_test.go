package workflow_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
	"github.com/bitext-desk/bitext/glossary"
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

// The precision floors of the judged run (the target is 0.9).
const (
	realFloorNumbers  = 0.91
	realFloorGlossary = 0.97
	realFloorHeldout  = 0.80
)

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
	texts := aligndev.LoadOrSkip(tb, "")
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
	return readJudgementsFile(tb, "judged.tsv")
}

// readJudgementsFile reads one judgement file of realDir.
func readJudgementsFile(tb testing.TB, name string) map[judgeKey]judgement {
	tb.Helper()
	out := map[judgeKey]judgement{}
	for _, r := range judgedRows(tb, filepath.Join(realDir, name), 7) {
		c := r.C
		bead, err := strconv.Atoi(c[2])
		if err != nil || (c[5] != "true" && c[5] != "false") {
			tb.Fatalf("%s:%d: bad bead or verdict", name, r.Line)
		}
		k := judgeKey{c[0], c[1], bead, c[3], c[4]}
		if _, dup := out[k]; dup {
			tb.Fatalf("%s:%d: %v judged twice", name, r.Line, k)
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

// tallyJudged counts the judged findings of keys by rule, and lists those
// with no judgement.
func tallyJudged(keys []judgeKey, judged map[judgeKey]judgement) (map[string]*tally, []string) {
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
	return byRule, unjudged
}

// dumpFinding writes a finding with its verdict and its pair, for judging.
func dumpFinding(k judgeKey, mark string, f workflow.Finding) string {
	return fmt.Sprintf("%s\t%s\n  zh: %s\n  en: %s\n  found=%q expected=%q\n", k, mark, f.ZH, f.EN, f.Found, f.Expected)
}

func (t tally) precision() float64 {
	if t.Findings == 0 {
		return 1
	}
	return float64(t.True) / float64(t.Findings)
}

// TestRealTextPrecision recomputes precision from the hand judgements: it
// fails when a finding has no judgement (judge it and add it to
// judged.tsv), and when precision falls below the recorded floors for
// qa.numbers or for the glossary rules together. BITEXT_REALTEXT_DUMP=FILE writes every
// finding with its pair (outside the repository) for judging.
func TestRealTextPrecision(t *testing.T) {
	texts := loadRealTexts(t)
	ws := buildRealWorkspace(t, texts, filepath.Join(realDir, "glossary.yaml"))
	keys, fs := realFindings(t, ws, texts)
	if dump := os.Getenv("BITEXT_REALTEXT_DUMP"); dump != "" {
		var b strings.Builder
		for _, k := range keys {
			f := fs[k]
			b.WriteString(dumpFinding(k, judgedMark(t, k), f))
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	judged := readJudgements(t)
	byRule, unjudged := tallyJudged(keys, judged)
	if len(unjudged) > 0 {
		t.Errorf("%d findings have no judgement in %s/judged.tsv (judge each by hand):\n%s", len(unjudged), realDir, strings.Join(unjudged, "\n"))
	}
	// A judgement of a finding the check no longer gives is stale: the
	// tables would count it nowhere, and a reader of judged.tsv would take
	// it for a finding. Stale qa.numbers rows fail the test.
	var stale []string
	for k := range judged {
		if _, ok := fs[k]; !ok && k.Rule == workflow.RuleNumbers {
			stale = append(stale, k.String())
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("%d qa.numbers judgements in %s/judged.tsv match no finding (remove them):\n%s", len(stale), realDir, strings.Join(stale, "\n"))
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
	logNumbersSplit(t, keys, judged)
	// Floors, not the target: the target is 0.9 for both; what this
	// development set (mostly literary fiction) gives today is kept from
	// falling (see README, "Checking real translations").
	if p := num.precision(); p < realFloorNumbers {
		t.Errorf("qa.numbers precision %.2f < %.2f", p, realFloorNumbers)
	}
	if p := gl.precision(); p < realFloorGlossary {
		t.Errorf("glossary precision %.2f < %.2f", p, realFloorGlossary)
	}
}

// macBook names the book of a text of the literary corpus (see
// ../shared/align-dev/mac/meta_data.tsv: six books, four texts each), and
// macHalf its half as the aligner's tuning splits them: A (The Golden Age,
// The Story of the Stone, The Song of Everlasting Sorrow) and B (The Deer
// and the Cauldron, Red Sorghum, The Three-Body Problem).
func macBook(id string) string {
	n, _ := strconv.Atoi(id)
	books := []string{"golden-age", "deer-cauldron", "stone", "red-sorghum", "everlasting-sorrow", "three-body"}
	if n < 1 || n > 24 {
		return "?"
	}
	return books[(n-1)/4]
}

func macHalf(id string) string {
	switch macBook(id) {
	case "golden-age", "stone", "everlasting-sorrow":
		return "A"
	}
	return "B"
}

// logNumbersSplit logs qa.numbers precision by corpus, by book of the
// literary corpus and by its halves, with a 95 % Wilson interval: how far
// the figure may move on other texts.
func logNumbersSplit(t *testing.T, keys []judgeKey, judged map[judgeKey]judgement) {
	groups := map[string]*tally{}
	add := func(g string, ok bool) {
		tl := groups[g]
		if tl == nil {
			tl = &tally{}
			groups[g] = tl
		}
		tl.Findings++
		if ok {
			tl.True++
		}
	}
	for _, k := range keys {
		j, ok := judged[k]
		if !ok || k.Rule != workflow.RuleNumbers {
			continue
		}
		add("all", j.True)
		add(k.Corpus, j.True)
		if k.Corpus == "mac" {
			add("mac half "+macHalf(k.Text), j.True)
			add("mac "+macBook(k.Text), j.True)
		}
	}
	var names []string
	for g := range groups {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		tl := groups[g]
		lo, hi := wilson(tl.True, tl.Findings)
		t.Logf("qa.numbers by text | %s | %d | %d | %d | %.2f | %.2f–%.2f |", g, tl.Findings, tl.True, tl.Findings-tl.True, tl.precision(), lo, hi)
	}
}

// wilson is the 95 % Wilson score interval of k successes in n.
func wilson(k, n int) (lo, hi float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.96
	p, nf := float64(k)/float64(n), float64(n)
	c := (p + z*z/(2*nf)) / (1 + z*z/nf)
	d := z / (1 + z*z/nf) * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return c - d, c + d
}

func judgedMark(t *testing.T, k judgeKey) string {
	return judgedMarkIn("judged.tsv", k)
}

func judgedMarkIn(name string, k judgeKey) string {
	data, err := os.ReadFile(filepath.Join(realDir, name))
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

// TestRealTextHeldout measures the glossary rules with a glossary nobody
// tuned on: glossary_heldout.yaml was written before any run with it and is
// never changed after seeing a finding; every finding of the glossary rules
// it gives is judged in judged_heldout.tsv (same keys as judged.tsv). It
// fails on a finding with no judgement and below realFloorHeldout.
// BITEXT_REALTEXT_DUMP=FILE writes every finding with its pair.
func TestRealTextHeldout(t *testing.T) {
	texts := loadRealTexts(t)
	ws := buildRealWorkspace(t, texts, filepath.Join(realDir, "glossary_heldout.yaml"))
	keys, fs := realFindings(t, ws, texts)
	const judgedFile = "judged_heldout.tsv"
	judged := readJudgementsFile(t, judgedFile)
	var rules, dump []string
	var kept []judgeKey
	for _, k := range keys {
		if strings.HasPrefix(k.Rule, "glossary.") {
			kept = append(kept, k)
			dump = append(dump, dumpFinding(k, judgedMarkIn(judgedFile, k), fs[k]))
		}
	}
	byRule, unjudged := tallyJudged(kept, judged)
	var gl tally
	for r, tl := range byRule {
		rules = append(rules, r)
		gl.Findings += tl.Findings
		gl.True += tl.True
	}
	if path := os.Getenv("BITEXT_REALTEXT_DUMP"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(dump, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if len(unjudged) > 0 {
		t.Errorf("%d findings have no judgement in %s/%s (judge each by hand):\n%s", len(unjudged), realDir, judgedFile, strings.Join(unjudged, "\n"))
	}
	sort.Strings(rules)
	for _, r := range rules {
		tl := byRule[r]
		t.Logf("held out | `%s` | %d | %d | %d | %.2f |", r, tl.Findings, tl.True, tl.Findings-tl.True, tl.precision())
	}
	t.Logf("held out | glossary rules together | %d | %d | %d | %.2f |", gl.Findings, gl.True, gl.Findings-gl.True, gl.precision())
	if p := gl.precision(); p < realFloorHeldout {
		t.Errorf("held-out glossary precision %.2f < %.2f", p, realFloorHeldout)
	}
}

// plant is one fault planted into a copy of a correct pair: the rule
// family that must report it, and the term (glossary faults).
type plant struct {
	Kind string // number | misspell | case | replace | order
	Term string
}

// TestRealTextRecall plants faults of every kind into copies of the pairs
// that give no finding (a number changed; a term's rendering misspelled,
// put in the wrong case, replaced by another term's rendering, a name
// given-name first), one fault in every third eligible pair of a text so
// that the faults do not meet, and checks that the check reports them:
// recall must stay at 0.98 or more for qa.numbers and for the glossary.
func TestRealTextRecall(t *testing.T) {
	if raceEnabled {
		t.Skip("a measurement, not a concurrency test: run without -race")
	}
	texts := loadRealTexts(t)
	gpath := filepath.Join(realDir, "glossary.yaml")
	g, err := glossary.Load(gpath)
	if err != nil {
		t.Fatal(err)
	}
	ws := buildRealWorkspace(t, texts, gpath)
	keys, _ := realFindings(t, ws, texts)
	dirty := map[[3]string]bool{}
	for _, k := range keys {
		dirty[[3]string{k.Corpus, k.Text, strconv.Itoa(k.Bead)}] = true
	}
	kinds := []string{"number", "misspell", "case", "replace", "order"}
	planted := map[string]map[[2]string]plant{} // kind -> (slug, segment) -> plant
	var mutated []realText
	for _, kind := range kinds {
		planted[kind] = map[[2]string]plant{}
		for _, tx := range texts {
			cp := realText{Corpus: tx.Corpus, ID: tx.ID + "-" + kind, Pairs: append([]realPair(nil), tx.Pairs...)}
			n := 0
			for i, p := range cp.Pairs {
				if dirty[[3]string{tx.Corpus, tx.ID, strconv.Itoa(p.Bead)}] {
					continue
				}
				en, pl, ok := plantFault(kind, p, g)
				if !ok {
					continue
				}
				n++
				if n%3 != 1 {
					continue
				}
				cp.Pairs[i].EN = en
				planted[kind][[2]string{cp.slug(), beadID(p.Bead)}] = pl
			}
			mutated = append(mutated, cp)
		}
	}
	mws := buildRealWorkspace(t, mutated, gpath)
	rep, err := mws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	type hit struct{ slug, seg, family, term string }
	found := map[hit]bool{}
	for _, f := range rep.Findings {
		fam := "glossary"
		if f.Rule == workflow.RuleNumbers {
			fam = "number"
		} else if !strings.HasPrefix(f.Rule, "glossary.") {
			continue
		}
		found[hit{f.Article, f.Segment, fam, f.Term}] = true
	}
	var numT, numN, glT, glN int
	for _, kind := range kinds {
		caught := 0
		for at, pl := range planted[kind] {
			fam, term := "glossary", pl.Term
			if kind == "number" {
				fam, term = "number", ""
			}
			if found[hit{at[0], at[1], fam, term}] {
				caught++
			} else if testing.Verbose() {
				t.Logf("missed %s fault in %s/%s (bead %d) %s", kind, at[0], at[1], beadOf(at[1]), pl.Term)
			}
		}
		t.Logf("| %s | %d | %d | %.3f |", kind, len(planted[kind]), caught, float64(caught)/float64(max(1, len(planted[kind]))))
		if kind == "number" {
			numT, numN = caught, len(planted[kind])
		} else {
			glT += caught
			glN += len(planted[kind])
		}
	}
	if numN == 0 || glN == 0 {
		t.Fatalf("nothing planted: %d numbers, %d glossary", numN, glN)
	}
	t.Logf("planted recall: qa.numbers %d/%d = %.3f, glossary %d/%d = %.3f", numT, numN, float64(numT)/float64(numN), glT, glN, float64(glT)/float64(glN))
	if r := float64(numT) / float64(numN); r < 0.98 {
		t.Errorf("qa.numbers planted recall %.3f < 0.98", r)
	}
	if r := float64(glT) / float64(glN); r < 0.98 {
		t.Errorf("glossary planted recall %.3f < 0.98", r)
	}
}

// plantFault makes one fault of the kind in a copy of the pair's English;
// ok is false when the pair has nothing to plant it in.
func plantFault(kind string, p realPair, g *glossary.Glossary) (string, plant, bool) {
	if kind == "number" {
		// a number the pair gives once on each side, not inside a word or
		// a glossary rendering, changed to another value
		zh := map[float64]int{}
		for _, n := range articles.ZHNumbers(p.ZH) {
			zh[n.Value]++
			if n.Alt != 0 {
				zh[n.Alt]++
			}
		}
		ens := articles.ENNumbers(p.EN)
		en := map[float64]int{}
		for _, n := range ens {
			en[n.Value]++
		}
		terms := g.MatchEN(p.EN)
		for _, n := range ens {
			glued := n.Start > 0 && isASCIILetter(p.EN[n.Start-1]) || n.End < len(p.EN) && isASCIILetter(p.EN[n.End])
			for _, m := range terms {
				glued = glued || m.Start < n.End && n.Start < m.End
			}
			if n.Kind == articles.Date || n.Kind == articles.Month || glued || n.Value < 2 || zh[n.Value] != 1 || en[n.Value] != 1 {
				continue
			}
			v := n.Value + 1
			if n.Value >= 1000 {
				v = n.Value * 2
			}
			for zh[v] > 0 || en[v] > 0 {
				v++
			}
			return p.EN[:n.Start] + strconv.FormatFloat(v, 'f', -1, 64) + p.EN[n.End:], plant{Kind: kind}, true
		}
		return "", plant{}, false
	}
	triggered := map[*glossary.Term]bool{}
	for _, m := range g.MatchZH(p.ZH) {
		for _, t := range m.Terms {
			triggered[t] = true
		}
	}
	ems := g.MatchEN(p.EN)
	mentions := map[*glossary.Term]int{} // every match of a term, short forms too
	for _, m := range ems {
		for _, h := range m.Hits {
			mentions[h.Term]++
		}
	}
	for _, m := range ems {
		for _, h := range m.Hits {
			t := h.Term
			span := p.EN[m.Start:m.End]
			if h.Role != glossary.RoleRendering || !triggered[t] || !glossary.EqualEN(span, t.EN) || mentions[t] != 1 {
				continue // one fault: the term's only mention in the pair
			}
			pl := plant{Kind: kind, Term: t.ID}
			switch kind {
			case "misspell":
				w := longestWord(span)
				if len(w) < 5 || w[2] == w[3] {
					continue
				}
				b := []byte(w)
				b[2], b[3] = b[3], b[2]
				return p.EN[:m.Start] + strings.Replace(span, w, string(b), 1) + p.EN[m.End:], pl, true
			case "case":
				if strings.ToLower(span) == span {
					continue
				}
				return p.EN[:m.Start] + strings.ToLower(span) + p.EN[m.End:], pl, true
			case "replace":
				for _, o := range g.Terms {
					if o.Kind == t.Kind && o != t && !triggered[o] && !strings.Contains(p.EN, o.EN) {
						return p.EN[:m.Start] + o.EN + p.EN[m.End:], pl, true
					}
				}
			case "order":
				if r := t.ReversedNames(); len(r) > 0 {
					return p.EN[:m.Start] + r[0] + p.EN[m.End:], pl, true
				}
			}
		}
	}
	return "", plant{}, false
}

func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '.' }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// BenchmarkMissingNumbersReal runs qa.numbers' comparison over every
// aligned pair of ../shared/align-dev (skipped when it is absent): the cost
// of the number rules on real text, for side-by-side runs against another
// build.
func BenchmarkMissingNumbersReal(b *testing.B) {
	texts := loadRealTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			for _, p := range t.Pairs {
				articles.MissingNumbers(p.ZH, p.EN)
			}
		}
	}
}
