package main

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"

	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow"
)

// sarifSchemaText is the SARIF 2.1.0 JSON schema (OASIS, errata 01), read
// from the go-sarif module, which embeds it as a Go constant (it is not
// exported, so the test parses the source file out of the module cache the
// test build downloaded).
func sarifSchemaText(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("go list go-sarif: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			v := sp.(*ast.ValueSpec)
			if len(v.Names) == 1 && v.Names[0].Name == "schema" {
				text, err := strconv.Unquote(v.Values[0].(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(text, "sarif-schema-2.1.0.json") {
					t.Fatalf("%s: not the SARIF 2.1.0 schema", file)
				}
				return text
			}
		}
	}
	t.Fatalf("%s: no schema constant", file)
	return ""
}

// validateSARIF validates out, as written, against the SARIF 2.1.0 schema,
// and reads it back with a second SARIF reader (go-sarif's object model).
func validateSARIF(t *testing.T, schema string, out []byte) {
	t.Helper()
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(out))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Valid() {
		for _, e := range res.Errors() {
			t.Error(e)
		}
		t.Fatalf("not valid SARIF 2.1.0:\n%s", out)
	}
	rep, err := sarif.FromBytes(out)
	if err != nil {
		t.Fatalf("go-sarif cannot read it: %v", err)
	}
	var findings []any
	var raw struct {
		Runs []struct{ Results []any }
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	findings = raw.Runs[0].Results
	if len(rep.Runs) != 1 || len(rep.Runs[0].Results) != len(findings) || rep.Runs[0].Tool.Driver.Name == nil || *rep.Runs[0].Tool.Driver.Name != "bitext" {
		t.Fatalf("go-sarif reads %d runs", len(rep.Runs))
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	rep := &workflow.Report{}
	for i, r := range workflow.Rules {
		f := workflow.Finding{Rule: r.ID, Severity: r.Severity, Article: "a", Segment: "h1aaaa",
			File: "articles/a b#1.yaml", Line: i + 1, Column: i % 3, Message: "“引号” <b> & 100%", Term: "t", Found: "x"}
		if r.ID == workflow.RuleSchemaInvalid {
			f.Line, f.Column, f.File = 0, 0, "bitext.yaml"
		}
		rep.Findings = append(rep.Findings, f)
	}
	schema := sarifSchemaText(t)
	for _, r := range []*workflow.Report{rep, {}} {
		var b bytes.Buffer
		if err := formatReport(&sarifFormatter{}, &b, r); err != nil {
			t.Fatal(err)
		}
		validateSARIF(t, schema, b.Bytes())
	}
	// The schema is enforced: a result without a message fails.
	bad := []byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "bitext"}}, "results": [{"ruleId": "x"}]}]}`)
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(bad))
	if err != nil || res.Valid() {
		t.Fatalf("a result without a message passed the schema (%v)", err)
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"articles/a.yaml":     "articles/a.yaml",
		"articles/a b#1.yaml": "articles/a%20b%231.yaml",
		"articles/中.yaml":     "articles/%E4%B8%AD.yaml",
		"articles/100%.zh.md": "articles/100%25.zh.md",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
	if !strings.HasPrefix(sarifSchema, "https://") {
		t.Fatal(sarifSchema)
	}
}

// bitext check --format sarif on the example workspace (clean) and on a
// generated corpus with planted faults of every kind and one broken file:
// what it writes, as it writes it, is valid SARIF 2.1.0, with one result
// per finding of --format json.
func TestCheckSARIFOutputValidates(t *testing.T) {
	schema := sarifSchemaText(t)
	corpusDir := t.TempDir()
	if _, err := corpus.Generate(corpusDir, corpus.Options{Seed: 5, Articles: 6, Segments: 12, Terms: 200, Faults: 0.3, Broken: 1, Drifted: -1}); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"../../examples/workspace", corpusDir} {
		run := func(format string) []byte {
			var out, errOut bytes.Buffer
			Main([]string{"bitext", "-C", dir, "check", "--no-cache", "--format", format}, Env{
				Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
				Getenv:     func(k string) string { return map[string]string{"LANG": "C"}[k] },
				Getwd:      func() (string, error) { return dir, nil },
				Now:        func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) },
				IsTerminal: func(any) bool { return false },
			})
			if errOut.Len() > 0 {
				t.Logf("%s: stderr: %s", dir, errOut.String())
			}
			return out.Bytes()
		}
		out := run("sarif")
		validateSARIF(t, schema, out)
		var js struct{ Findings []any }
		if err := json.Unmarshal(run("json"), &js); err != nil {
			t.Fatal(err)
		}
		var sr struct {
			Runs []struct{ Results []any }
		}
		json.Unmarshal(out, &sr)
		if len(sr.Runs[0].Results) != len(js.Findings) || dir == corpusDir && len(js.Findings) < 20 {
			t.Fatalf("%s: %d SARIF results for %d findings", dir, len(sr.Runs[0].Results), len(js.Findings))
		}
	}
}
