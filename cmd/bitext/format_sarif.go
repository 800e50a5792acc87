package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/bitext-desk/bitext/workflow"
)

// sarifFormatter writes SARIF 2.1.0, the format GitHub code scanning (and
// other code-review tools) upload: one run, every rule described once,
// one result per finding. Columns are characters (columnKind
// unicodeCodePoints), as everywhere in bitext.
type sarifFormatter struct {
	indent string // of a result
	tail   []byte // what follows the results
	n      int    // results written
}

// sarifSchema is where the SARIF 2.1.0 schema is published.
const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"` // the column after the region, as SARIF counts it
}

func sarifLevel(s workflow.Severity) string {
	switch s {
	case workflow.SevError:
		return "error"
	case workflow.SevWarning:
		return "warning"
	}
	return "none"
}

func (s *sarifFormatter) Begin(w io.Writer) error {
	// Everything up to the results is what writeJSON writes for a log
	// with none; results are then written one by one at their indent.
	var b bytes.Buffer
	if err := writeJSON(&b, sarifLogOf(nil)); err != nil {
		return err
	}
	head, tail, ok := bytes.Cut(b.Bytes(), []byte(`"results": []`))
	if !ok {
		return fmt.Errorf("sarif: no results list") // not reached
	}
	line := head[bytes.LastIndexByte(head, '\n')+1:]
	s.indent = string(line[:len(line)-len(bytes.TrimLeft(line, " "))]) + "  "
	s.tail = tail
	_, err := w.Write(append(head, `"results": [`...))
	return err
}

func (s *sarifFormatter) Findings(w io.Writer, fs []workflow.Finding) error {
	rs := make([]sarifResult, len(fs))
	for i, f := range fs {
		rs[i] = sarifResultOf(f, sarifRuleIndex[f.Rule])
	}
	return writeJSONItems(w, &s.n, s.indent, rs)
}

func (s *sarifFormatter) End(w io.Writer, _ *workflow.Report) error {
	return closeJSONList(w, s.n, s.indent[:len(s.indent)-2], s.tail)
}

// sarifRuleIndex is each rule's index in the driver's list of rules.
var sarifRuleIndex = func() map[string]int {
	index := map[string]int{}
	for i, r := range workflow.Rules {
		index[r.ID] = i
	}
	return index
}()

// sarifLogOf is the SARIF log of these results.
func sarifLogOf(results []sarifResult) sarifLog {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "bitext",
			InformationURI: "https://github.com/bitext-desk/bitext",
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    append(make([]sarifResult, 0, len(results)), results...),
	}
	for _, r := range workflow.Rules {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: r.ID, ShortDescription: sarifMessage{Text: r.ID}, DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		})
	}
	return sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}
}

func sarifResultOf(f workflow.Finding, ruleIndex int) sarifResult {
	loc := sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(f.File), URIBaseID: "%SRCROOT%"}}
	if f.Line > 0 {
		loc.Region = &sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn}
	}
	return sarifResult{
		RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message:   sarifMessage{Text: f.Message},
		Locations: []sarifLocation{{PhysicalLocation: loc}},
		// What identifies a finding across commits, whatever line it moves
		// to: the rule, the segment and what was found there.
		PartialFingerprints: map[string]string{"bitextFinding/v1": fingerprint(f.Rule, f.Article, f.Segment, f.Term, f.Expected, f.Found)},
	}
}

// sarifURI escapes a workspace-relative, slash-separated path as a relative
// URI reference (spaces and the few characters a URI reserves).
func sarifURI(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || c == '%' || c == '#' || c == '?' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c >= 0x7f {
			b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
