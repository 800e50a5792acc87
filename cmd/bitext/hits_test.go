package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// TestHitLine: a short text is shown whole with every hit marked; a long
// one (a joined segment) as windows around its hits, English cut between
// words, Chinese between characters (a Chinese character is two columns).
func TestHitLine(t *testing.T) {
	long := "会议由协会主办。代表们回顾了过去一年的工作。全年共走访会员单位210家。协会将继续加强与中联部经济合作中心的合作。双方签署了3项协议。协会成立于1998年。目前有会员单位600家。"
	longEN := "The meeting was hosted by the association. Delegates reviewed the past year's work. Over the year, the association visited 210 member units. The association will continue to strengthen cooperation with the Economic Cooperation Center. The two sides signed three agreements."
	cases := []struct {
		text, find string
		color      bool
		want       string
	}{
		{"会见中联部代表", "中联部", false, "会见»中联部«代表"},
		{"会见中联部代表", "中联部", true, "会见\x1b[1;33m中联部\x1b[0m代表"},
		{"The CMA and the cma.", "CMA", false, "The »CMA« and the »cma«."},
		{long, "中联部", false, "…员单位210家。协会将继续加强与»中联部«经济合作中心的合作。双方签署了…"},
		{long, "会员单位", false, "…顾了过去一年的工作。全年共走访»会员单位«210家。协会将继续加强与中联部 … 协议。协会成立于1998年。目前有»会员单位«600家。"},
		{long, "会议", false, "»会议«由协会主办。代表们回顾了过去一…"},
		{longEN, "Economic", false, "…cooperation with the »Economic« Cooperation Center. The two…"},
		{longEN, "the association", true, "The meeting was hosted by \x1b[1;33mthe association\x1b[0m. Delegates reviewed the past year's work. Over the year, \x1b[1;33mthe association\x1b[0m visited 210 member units. \x1b[1;33mThe association\x1b[0m will continue to strengthen…"},
	}
	for _, c := range cases {
		zh, en := workflow.SearchHits(tm.Record{ZH: c.text, EN: c.text}, c.find)
		hits := zh
		if len(en) > len(hits) {
			hits = en
		}
		if got := hitLine(c.text, hits, c.color); got != c.want {
			t.Errorf("%q in %.30q:\n got %q\nwant %q", c.find, c.text, got, c.want)
		}
	}
}

// TestSearchColour: on a terminal, search marks the hit in colour; piped,
// with brackets.
func TestSearchColour(t *testing.T) {
	dir := t.TempDir()
	if err := copyTree("../../examples/workspace", dir); err != nil {
		t.Fatal(err)
	}
	run := func(tty bool) string {
		var out, errOut bytes.Buffer
		code := Main([]string{"bitext", "-C", dir, "search", "中联部"}, Env{
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv:     func(string) string { return "" },
			Getwd:      func() (string, error) { return dir, nil },
			Now:        time.Now,
			IsTerminal: func(any) bool { return tty },
		})
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		return out.String()
	}
	if out := run(true); !strings.Contains(out, "会见\x1b[1;33m中联部\x1b[0m经济") || strings.Contains(out, "»") {
		t.Errorf("on a terminal:\n%s", out)
	}
	if out := run(false); !strings.Contains(out, "会见»中联部«经济") || strings.Contains(out, "\x1b") {
		t.Errorf("piped:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "bitext.yaml")); err != nil {
		t.Fatal(err)
	}
}
