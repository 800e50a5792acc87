package main

import (
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/workflow"
)

func TestGithubFormatEscapes(t *testing.T) {
	rep := &workflow.Report{Findings: []workflow.Finding{{
		Rule: "qa.numbers", Severity: workflow.SevWarning, File: "articles/a,b:c.yaml", Line: 3, Column: 9,
		Message: "100% sure\nsecond line",
	}, {
		Rule: "drift.source-changed", Severity: workflow.SevError, File: "articles/a.yaml", Message: "m",
	}}}
	var b strings.Builder
	if err := formatReport(githubFormatter{}, &b, rep); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=articles/a%2Cb%3Ac.yaml,line=3,col=9,title=qa.numbers::100%25 sure%0Asecond line\n" +
		"::error file=articles/a.yaml,title=drift.source-changed::m\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestTextMark(t *testing.T) {
	plain := &textFormatter{}
	colour := &textFormatter{color: true}
	for _, tt := range []struct {
		f          *textFormatter
		text       string
		start, end int
		want       string
	}{
		{plain, "会见中联部代表", 6, 15, "会见»中联部«代表"},
		{colour, "the CMA met", 4, 7, "the " + ansiRed + "CMA" + ansiReset + " met"},
		{plain, "no span", -1, -1, "no span"},
		{plain, "bad span", 3, 99, "bad span"},
	} {
		if got := tt.f.mark(tt.text, tt.start, tt.end, ansiRed); got != tt.want {
			t.Errorf("mark(%q, %d, %d) = %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}
