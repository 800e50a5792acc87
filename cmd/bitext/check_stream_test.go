package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow"
)

// check writes each article's findings as it is checked (check_stream):
// what it writes is byte for byte what rendering the whole report, held,
// gives — today's output — in every format, on a corpus with many findings
// of every rule, a file that does not parse and accepted findings.
func TestCheckStreamedMatchesCollected(t *testing.T) {
	for _, broken := range []int{1, 0} {
		t.Run(fmt.Sprint("broken=", broken), func(t *testing.T) { testCheckStreamed(t, broken) })
	}
}

func testCheckStreamed(t *testing.T, broken int) {
	dir := t.TempDir()
	if _, err := corpus.Generate(dir, corpus.Options{Seed: 11, Articles: 40, Segments: 20, Terms: 300, Faults: 0.4, Broken: broken, Drifted: -1}); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	env := Env{
		Stdin:      strings.NewReader(""),
		Getenv:     func(k string) string { return map[string]string{"LANG": "C", "BITEXT_USER": "wang"}[k] },
		Getwd:      func() (string, error) { return dir, nil },
		Now:        func() time.Time { return now },
		IsTerminal: func(any) bool { return false },
	}
	run := func(args ...string) ([]byte, int) {
		var out, errOut bytes.Buffer
		e := env
		e.Stdout, e.Stderr = &out, &errOut
		code := Main(append([]string{"bitext", "-C", dir}, args...), e)
		if code == 2 && !strings.Contains(out.String(), "schema.invalid") {
			t.Fatalf("%v: exit 2: %s", args, errOut.String())
		}
		return out.Bytes(), code
	}

	// Accept a few glossary findings, so that the report lists some apart.
	out, _ := run("check", "--no-cache", "--format", "json")
	var first struct{ Findings []workflow.Finding }
	if err := json.Unmarshal(out, &first); err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for _, f := range first.Findings {
		if f.Term == "" || accepted == 3 {
			continue
		}
		if _, code := run("accept", f.Article, f.Segment, "--rule", f.Rule, "--term", f.Term, "-m", "house style"); code != 0 {
			t.Fatalf("accept %s %s: exit %d", f.Article, f.Segment, code)
		}
		accepted++
	}

	ws, err := workflow.Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) < 200 || len(rep.Accepted) != accepted || accepted == 0 {
		t.Fatalf("%d findings, %d accepted: the corpus should have many", len(rep.Findings), len(rep.Accepted))
	}
	a := &app{Env: env, lz: newLocalizer(newBundle(), "en")}
	for _, fs := range [][]workflow.Finding{rep.Findings, rep.Accepted} {
		for i := range fs {
			fs[i].Message = a.findingMessage(&fs[i])
		}
	}
	collected := func(format string, showAccepted bool) []byte {
		var b bytes.Buffer
		switch format {
		case "json":
			writeJSON(&b, rep) // as check wrote it before it streamed
		case "sarif":
			rs := make([]sarifResult, len(rep.Findings))
			for i, f := range rep.Findings {
				rs[i] = sarifResultOf(f, sarifRuleIndex[f.Rule])
			}
			writeJSON(&b, sarifLogOf(rs))
		default:
			if err := formatReport(a.findingsFormatter(format, false, showAccepted), &b, rep); err != nil {
				t.Fatal(err)
			}
		}
		return b.Bytes()
	}
	for _, tc := range []struct {
		format       string
		showAccepted bool
	}{{"text", false}, {"text", true}, {"json", false}, {"github", false}, {"sarif", false}} {
		for _, cache := range []string{"--no-cache", "cold", "warm"} {
			args := []string{"check", "--format", tc.format}
			if tc.showAccepted {
				args = append(args, "--show-accepted")
			}
			if cache == "--no-cache" {
				args = append(args, cache)
			}
			got, code := run(args...)
			if want := 1 + broken; code != want {
				t.Errorf("%v: exit %d, want %d", args, code, want)
			}
			if want := collected(tc.format, tc.showAccepted); !bytes.Equal(got, want) {
				t.Errorf("%v (%s): streamed output differs from the collected report\n%s", args, cache, firstDiff(got, want))
			}
		}
	}
}

// firstDiff shows where two outputs first differ.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-200, 0)
	return fmt.Sprintf("at byte %d of %d/%d:\n got: %q\nwant: %q", i, len(got), len(want), got[lo:min(i+200, len(got))], want[lo:min(i+200, len(want))])
}
