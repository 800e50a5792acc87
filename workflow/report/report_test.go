package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

func TestPieces(t *testing.T) {
	spans := []workflow.TermSpan{{Start: 4, End: 16, Term: "cma", Expected: "CMA", OK: true}}
	cases := []struct {
		name string
		got  []piece
		want string
	}{
		{"terms", termPieces("The China Mining body", 0, spans, ""), "The |[China Mining]| body"},
		{"no terms", termPieces("plain", 0, nil, ""), "plain"},
		// the term straddles a kept and an inserted run of a word diff
		{"diff", diffPieces([]workflow.DiffOp{{Op: workflow.OpEqual, Text: "The China"}, {Op: workflow.OpDelete, Text: " Coal"}, {Op: workflow.OpInsert, Text: " Mining"}, {Op: workflow.OpEqual, Text: " body"}}, spans),
			"The |[China]|-( Coal)|+([ Mining])| body"},
	}
	for _, c := range cases {
		var parts []string
		for _, p := range c.got {
			s := p.Text
			if p.Term != "" {
				s = "[" + s + "]"
			}
			switch p.Diff {
			case "ins":
				s = "+(" + s + ")"
			case "del":
				s = "-(" + s + ")"
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// Text from the segment file is escaped wherever it lands: cells, titles,
// attributes, comments.
func TestArticleEscapes(t *testing.T) {
	dir := t.TempDir()
	site, err := New(dir, Options{Lang: "en", Generated: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	evil := `<script>alert("x")</script>' onmouseover="y`
	v := &workflow.ArticleView{Article: "a", States: map[articles.State]int{}, Segments: []workflow.SegmentView{{
		ID: "abc234", State: articles.Translated, ZH: evil, EN: evil, Translator: evil,
		Comments: []workflow.CommentView{{By: evil, Text: evil}},
		Findings: []workflow.Finding{{Rule: "qa.numbers", Severity: workflow.SevWarning, Message: evil}},
		ENTerms:  []workflow.TermSpan{{Start: 0, End: 8, Term: "t", Expected: evil, OK: false}},
	}}}
	if err := site.Article(0, v); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Finish(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "articles", "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if strings.Contains(page, "<script>alert") || strings.Contains(page, `" onmouseover`) || strings.Contains(page, `' onmouseover`) {
		t.Fatalf("unescaped text on the page:\n%s", page)
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Fatalf("the text is not on the page, escaped:\n%s", page)
	}
}

// A signed approval names its signer; a signature that does not hold is
// marked.
func TestArticleSignedApproval(t *testing.T) {
	dir := t.TempDir()
	labels := Labels{"report.signed-good": "signed by", "report.signed-bad": "signature does not verify", "report.signature": "Signature"}
	site, err := New(dir, Options{Lang: "en", Labels: labels, Generated: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 23, 11, 0, 0, 0, time.UTC)
	v := &workflow.ArticleView{Article: "a", States: map[articles.State]int{}, Segments: []workflow.SegmentView{
		{ID: "abc234", State: articles.Approved, Approval: &workflow.ApprovalView{By: "li", At: at, Valid: true, Signature: "good", Fingerprint: "SHA256:k1", Signers: []string{"li"}}},
		{ID: "def567", State: articles.Approved, Approval: &workflow.ApprovalView{By: "li", At: at, Valid: true, Signature: "bad"}},
		{ID: "ghj892", State: articles.Approved, Approval: &workflow.ApprovalView{By: "li", At: at, Valid: true}},
	}}
	if err := site.Article(0, v); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Finish(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "articles", "a.html"))
	page := string(data)
	for _, want := range []string{
		`<dt>Signature</dt><dd class="signature">signed by: li <code>SHA256:k1</code></dd>`,
		`<dd class="signature bad">signature does not verify</dd>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Count(page, `class="signature`) != 2 {
		t.Errorf("an unsigned approval shows a signature")
	}
}

// A report that fails part-way leaves the directory as it was: pages are
// staged and moved into place only by Finish.
func TestAbortLeavesDirAsItWas(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	site, err := New(dir, Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if err := site.Article(0, &workflow.ArticleView{Article: "a", States: map[articles.State]int{}}); err != nil {
		t.Fatal(err)
	}
	site.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "index.html" {
		t.Fatalf("after Abort the directory holds %v", entries)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(data) != "old" {
		t.Fatalf("index.html changed: %q", data)
	}
}
