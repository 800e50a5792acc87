package workflow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/workflow"
)

// The held-out check probes: workspaces of news articles written with
// their English as a desk publishes it, by an engineer who had not read
// the number and glossary rules, and committed before check was first
// run on them (testdata/checkprobe: six articles, trade figures, a
// diplomatic meeting, an earthquake, a volleyball result, a policy
// briefing, grain output; testdata/checkprobe2, written after the first
// one's fixes by another engineer: five, a stock-market close, a cold
// wave, a flu briefing, a go champion, a crewed launch; testdata/checkprobe3,
// by a third: rail, enrolment, air quality, a state visit, housing;
// testdata/checkprobe4, by a fourth: a harvest, an expo, a phone call,
// a flood). Every finding check gives there is judged by hand
// in the probe's judged.tsv, keyed by article, segment position,
// rule and value (the number's value, or the term id); the planted faults
// are rows whose class begins "planted"; a row marked "new" is a finding
// the first run did not give (a planted fault found after a fix), left
// out of the first-run figure. The test fails on a finding with
// no judgement, on a judged one that is back after being marked gone, on
// one that is gone without being marked, and when precision or planted
// recall falls below the floors.

// A probe, and its floors: precision is true findings over all findings,
// recall planted faults found over planted faults.
type checkProbe struct {
	dir               string
	precision, recall float64
}

var checkProbes = []checkProbe{
	// x30's (first run: 14/26 = 0.538; now 14/16 = 0.875; planted 13/13).
	{"testdata/checkprobe", 0.87, 1.0},
	// x32's, written after x30's fixes, in five other topics: financial
	// markets, weather, public health, a go champion, a crewed launch
	// (first run: 12/20 = 0.600, planted 10/12; now 14/14 = 1.000,
	// planted 12/12).
	{"testdata/checkprobe2", 1.0, 1.0},
	// x34's, written after x32's fixes by a third engineer, in five more
	// topics: rail traffic, university enrolment, air quality and
	// forests, a state visit, housing sales (first run: 11/20 = 0.550,
	// planted 10/10; since the headline change, the -yan demonym,
	// "Jan-Oct", the class year, "the company" and "Minister of
	// Education" for 教育部部长 11/11 = 1.000, planted 10/10).
	{"testdata/checkprobe3", 0.99, 1.0},
	// x35's, written after x34's fixes by a fourth engineer, in four more
	// topics: the autumn harvest and rural incomes, an import expo, a
	// phone call between foreign ministers, a flood (first run: 9/11 =
	// 0.818, planted 8/8: the floors are the first run; after x36's
	// per-亩 increase and total, 9/9 = 1.000, planted 8/8).
	{"testdata/checkprobe4", 0.81, 1.0},
	// x37's, written after x35's by a fifth engineer who had read neither
	// the rules' code nor the other probes' articles, in five more topics:
	// a central-bank rate cut, a cup final, a provincial government
	// meeting, a solar satellite launch, customs trade figures (first
	// run: 13/20 = 0.650, planted 12/12: the floors are the first run;
	// its title in apposition re-judged true by the desk's seed, and after
	// x40's references back (a common noun phrase of the head, a club's
	// name without its suffix) and abbr-after-its-full-form fix, 14/15 =
	// 0.933, planted 12/12; after x41's scores in words ("a goal behind"
	// for 0比1落后), 14/14 = 1.000, planted 12/12).
	{"testdata/checkprobe5", 0.65, 1.0},
	// x42's, written after this round's fixes by a sixth engineer who had
	// read neither the rules' code nor the other probes' articles, in four
	// more topics: industrial output and retail sales, an auto show, a
	// bribery verdict, a UNESCO heritage inscription (first run at main
	// 5b7cb03: 13/25 = 0.520, planted 12/12; the floors are the first run;
	// after x43's rounded big figures, "4.12 trillion" for 41235亿: 13/22 =
	// 0.591, planted 12/12; and the article's year left out of a date,
	// "on July 16" for 2026年7月16日 in a story of 2026: 13/21 = 0.619;
	// a month the paragraph gave and a headline's number the body carries:
	// 13/19 = 0.684; with x44's glossary classes, 13/16 = 0.812; and a
	// rank's 第一 said by comparison, "more than any other": 13/15 = 0.867).
	{"testdata/checkprobe6", 0.52, 1.0},
	// x45's, written after this round's fixes (x43 numbers, x44 glossary) by a
	// seventh engineer who had read neither the rules' code nor the other
	// probes' articles, in five more topics: a Foreign Ministry press
	// conference, November consumer prices, a high-speed railway opening,
	// UN medals for peacekeepers, an animated film's box office (first run
	// at main fbb2bea: 12/21 = 0.571, planted 11/12, the misspelt
	// "National Railways Administration" missed; the floors are the first
	// run; with x46's generic lower-case office, "the Chinese premier",
	// shares as hedged fractions in words, "more than four-fifths", and
	// "the ministry" after "Foreign Ministry Spokesperson": 12/17 = 0.706).
	{"testdata/checkprobe7", 0.57, 0.91},
}

type probeJudgement struct {
	True, Planted, Gone, Missed, New bool
}

func readProbeJudgements(t *testing.T, dir string) map[string]probeJudgement {
	t.Helper()
	out := map[string]probeJudgement{}
	for _, r := range judgedRows(t, filepath.Join(dir, "judged.tsv"), 7) {
		c := r.C
		if c[4] != "true" && c[4] != "false" || c[6] != "" && c[6] != "gone" && c[6] != "missed" && c[6] != "new" {
			t.Fatalf("judged.tsv:%d: want article, segment, rule, value, true|false, class, gone|missed|new|empty", r.Line)
		}
		k := strings.Join(c[:4], "\t")
		if _, dup := out[k]; dup {
			t.Fatalf("judged.tsv:%d: %q judged twice", r.Line, k)
		}
		out[k] = probeJudgement{True: c[4] == "true", Planted: strings.HasPrefix(c[5], "planted"), Gone: c[6] == "gone", Missed: c[6] == "missed", New: c[6] == "new"}
	}
	return out
}

// probeKeys runs check over a copy of the probe workspace and keys its
// qa.numbers and glossary findings.
func probeKeys(t *testing.T, probe string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(probe)); err != nil {
		t.Fatal(err)
	}
	ws, err := workflow.Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	position := map[string]map[string]int{}
	slugs, err := ws.Slugs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range slugs {
		art, err := ws.Load(a)
		if err != nil {
			t.Fatal(err)
		}
		position[a] = map[string]int{}
		for i, s := range art.File.Segments {
			position[a][s.ID] = i + 1
		}
	}
	seen := map[string]bool{}
	var keys []string
	for _, f := range rep.Findings {
		var value string
		switch {
		case f.Rule == workflow.RuleNumbers:
			value = fmt.Sprint(f.Args["value"])
		case strings.HasPrefix(f.Rule, "glossary."):
			value = f.Term
		default:
			t.Errorf("%s %s: unexpected finding %s", f.Article, f.Segment, f.Rule)
			continue
		}
		base := fmt.Sprintf("%s\t%d\t%s\t%s", f.Article, position[f.Article][f.Segment], f.Rule, value)
		keys = append(keys, nthKey(seen, base))
	}
	return keys
}

func TestCheckProbe(t *testing.T) {
	for _, p := range checkProbes {
		t.Run(filepath.Base(p.dir), func(t *testing.T) { testCheckProbe(t, p) })
	}
}

func testCheckProbe(t *testing.T, p checkProbe) {
	keys := probeKeys(t, p.dir)
	judged := readProbeJudgements(t, p.dir)
	seen := map[string]bool{}
	var unjudged, back []string
	type tally struct{ n, tru int }
	perRule := map[string]*tally{}
	found, tru := 0, 0
	for _, k := range keys {
		seen[k] = true
		rule := strings.Split(k, "\t")[2]
		if perRule[rule] == nil {
			perRule[rule] = &tally{}
		}
		perRule[rule].n++
		j, ok := judged[k]
		switch {
		case !ok:
			unjudged = append(unjudged, k)
		case j.Gone || j.Missed:
			back = append(back, k)
		case j.True:
			tru++
			perRule[rule].tru++
		}
		found++
	}
	planted, plantedFound := 0, 0
	first, firstTrue := 0, 0
	var vanished []string
	for k, j := range judged {
		if j.Missed {
			planted++
			continue
		}
		if !j.New {
			first++
			if j.True {
				firstTrue++
			}
		}
		if j.Planted {
			planted++
			if seen[k] {
				plantedFound++
			}
		}
		if !j.Gone && !seen[k] {
			vanished = append(vanished, k)
		}
	}
	sort.Strings(vanished)
	if len(unjudged) > 0 {
		t.Errorf("%d findings on the probe have no judgement in %s/judged.tsv (judge each by hand):\n%s", len(unjudged), p.dir, strings.Join(unjudged, "\n"))
	}
	if len(back) > 0 {
		t.Errorf("%d findings judged gone are back:\n%s", len(back), strings.Join(back, "\n"))
	}
	if len(vanished) > 0 {
		t.Errorf("%d judged findings are no longer given (a true one lost, or mark it gone):\n%s", len(vanished), strings.Join(vanished, "\n"))
	}
	var rules []string
	for r := range perRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		t.Logf("%s: %d findings, %d true, %d false", r, perRule[r].n, perRule[r].tru, perRule[r].n-perRule[r].tru)
	}
	precision := 0.0
	if found > 0 {
		precision = float64(tru) / float64(found)
	}
	recall := 0.0
	if planted > 0 {
		recall = float64(plantedFound) / float64(planted)
	}
	t.Logf("the probe: first run %d findings, %d true; now %d findings, %d true, %d false (precision %.3f); planted faults found %d/%d", first, firstTrue, found, tru, found-tru, precision, plantedFound, planted)
	if precision < p.precision {
		t.Errorf("precision %.3f, below the floor %.2f", precision, p.precision)
	}
	if recall < p.recall {
		t.Errorf("planted recall %.3f, below the floor %.2f", recall, p.recall)
	}
}
