package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The HTML report, loaded in a real browser (headless Chromium): the DOM
// Chromium builds from the pages must hold every segment, the diffs and
// findings where expected, and the filter script must have run. Screenshots
// are saved (in $BITEXT_SCREENSHOTS if set, else a temporary directory) to
// be looked at.

// chromium finds a headless-capable Chromium: it skips the test when there
// is none, unless CI is set (then the browser is required).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found (Debian package chromium): the HTML report's browser tests need it under CI")
	}
	t.Skip("skipped: no Chromium found; install the Debian package chromium to run the HTML report in a real browser")
	return ""
}

// browse runs headless Chromium on a file:// URL with the flags the brief
// gives, and a fresh profile; extra are more flags (--dump-dom,
// --screenshot=...). It returns stdout.
func browse(t *testing.T, bin, page string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1600"}
	args = append(args, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", page, err, stderr.String())
	}
	return stdout.Bytes()
}

// run runs bitext in dir and fails the test on a non-zero exit.
func (h reviewHarness) run(args ...string) string {
	h.t.Helper()
	var out, errOut bytes.Buffer
	code := Main(append([]string{"bitext", "-C", h.dir}, args...), Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return map[string]string{"LANG": "C"}[k] },
		Getwd:  func() (string, error) { return h.dir, nil },
		Now:    time.Now, IsTerminal: func(any) bool { return false },
	})
	if code != exitOK {
		h.t.Fatalf("bitext %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}

type reviewHarness struct {
	t   *testing.T
	dir string
}

// copyExample copies the example workspace into a temporary directory.
func copyExample(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "ws")
	if err := copyTree("../../examples/workspace", dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

const exampleSlug = "2025-12-09-cma-idcpc"

// reviewWorkspace is the example workspace after a day at the desk: a
// sentence of the source edited (stale), one removed (archived), one
// approved segment rejected with a comment, one retranslated (awaiting
// review, by word), one translated with forbidden variants (failing).
func reviewWorkspace(t *testing.T) (string, map[string]string) {
	dir := copyExample(t)
	h := reviewHarness{t, dir}
	src := filepath.Join(dir, "articles", exampleSlug+".zh.md")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "成立于1991年", "成立于1990年", 1)
	edited = strings.Replace(edited, "柯志忠对程立伟的详细介绍表示感谢。", "", 1)
	if err := os.WriteFile(src, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	h.run("sync")
	ids := map[string]string{"stale": "un6bb4", "removed": "7rv4ws", "rejected": "wj65n3", "retranslated": "sh4ans", "failing": "7vr9bf"}
	h.run("reject", exampleSlug, ids["rejected"], "--as", "chen", "-m", "keep the association's own wording")
	h.run("translate", exampleSlug, ids["retranslated"], "The two sides held in-depth talks on mining development and cooperation.", "--as", "zhao")
	h.run("translate", exampleSlug, ids["failing"], "Liwei Cheng welcomed the International Liaison Department delegation.", "--as", "zhao")
	return dir, ids
}

// rowOf returns the HTML of the table row of a segment in a dumped DOM.
func rowOf(dom, id string) string {
	i := strings.Index(dom, `<tr id="seg-`+id+`"`)
	if i < 0 {
		return ""
	}
	j := strings.Index(dom[i:], "</tr>")
	if j < 0 {
		return dom[i:]
	}
	return dom[i : i+j]
}

func TestReportInBrowser(t *testing.T) {
	bin := chromium(t)
	shots := os.Getenv("BITEXT_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	// load loads a page once: the DOM it builds, and a screenshot.
	load := func(t *testing.T, name, page string) string {
		out := filepath.Join(shots, name)
		dom := string(browse(t, bin, page, "--dump-dom", "--screenshot="+out))
		if st, err := os.Stat(out); err != nil || st.Size() < 10000 {
			t.Errorf("screenshot %s: %v", out, err)
		}
		t.Logf("screenshot: %s", out)
		return dom
	}

	t.Run("example", func(t *testing.T) {
		dir := copyExample(t)
		out := filepath.Join(t.TempDir(), "site")
		reviewHarness{t, dir}.run("report", "--html", out)
		index := load(t, "example-index.png", filepath.Join(out, "index.html"))
		if !strings.Contains(index, `<tr data-article="`+exampleSlug+`">`) || !strings.Contains(index, `href="articles/`+exampleSlug+`.html"`) {
			t.Fatalf("the index lacks the article:\n%s", index)
		}
		page := filepath.Join(out, "articles", exampleSlug+".html")
		dom := load(t, "example-article.png", page)
		f := loadSegments(t, dir, exampleSlug)
		for _, s := range f.Segments {
			row := rowOf(dom, s.ID)
			if row == "" {
				t.Errorf("segment %s is not on the page", s.ID)
				continue
			}
			if !strings.Contains(row, `data-state="approved"`) || !strings.Contains(row, `class="approval"`) {
				t.Errorf("segment %s: no approval shown:\n%s", s.ID, row)
			}
		}
		if !strings.Contains(dom, `<mark class="term" title="International Department of the CPC Central Committee (IDCPC)">`) &&
			!strings.Contains(dom, `title="Economic Cooperation Center of the International Department of the CPC Central Committee"`) {
			t.Errorf("no glossary term with its expected rendering on the page")
		}
		if !strings.Contains(dom, `<form id="filters" class="filters">`) {
			t.Errorf("the filter script did not run (the form is still hidden)")
		}
		if strings.Contains(dom, "http://") || strings.Contains(dom, "https://") {
			t.Errorf("the page refers to the network")
		}
	})

	t.Run("review", func(t *testing.T) {
		dir, ids := reviewWorkspace(t)
		out := filepath.Join(t.TempDir(), "site")
		// as in CI, check runs first: the report takes its findings from
		// check's cache
		if code := Main([]string{"bitext", "-C", dir, "check"}, benchEnv(dir)); code != exitNo {
			t.Fatalf("check: exit %d, want 1", code)
		}
		reviewHarness{t, dir}.run("report", "--html", out, "--lang", "zh")
		page := filepath.Join(out, "articles", exampleSlug+".html")
		dom := load(t, "review-article.png", page)
		if !strings.Contains(dom, `<html lang="zh-Hans">`) || !strings.Contains(dom, "中英并排") {
			t.Errorf("the page is not in Chinese")
		}
		f := loadSegments(t, dir, exampleSlug)
		for _, s := range f.Segments {
			if rowOf(dom, s.ID) == "" {
				t.Errorf("segment %s is not on the page", s.ID)
			}
		}
		checks := []struct {
			seg  string
			want []string
		}{
			{ids["stale"], []string{`data-state="stale"`, `class="diff source-diff"`, "<del>1</del>", "<ins>0</ins>", `data-rules="drift.stale"`}},
			{ids["rejected"], []string{`data-state="draft"`, `class="comment"`, "keep the association's own wording"}},
			{ids["retranslated"], []string{`data-state="translated"`, `class="diff target-diff"`, "<del>", "<ins>", "talks"}},
			{ids["failing"], []string{`data-rule="glossary.forbidden"`, `data-rule="glossary.name-order"`, `<ins><mark class="term badterm" title="International Department of the CPC Central Committee (IDCPC)">International</mark></ins>`, `<mark class="term badterm" title="Cheng Liwei">Liwei</mark>`}},
		}
		for _, c := range checks {
			row := rowOf(dom, c.seg)
			for _, w := range c.want {
				if !strings.Contains(row, strings.ReplaceAll(w, "'", "&#39;")) && !strings.Contains(row, w) {
					t.Errorf("segment %s: the row lacks %s:\n%s", c.seg, w, row)
				}
			}
		}
		if !regexp.MustCompile(`<tr id="arch-` + ids["removed"] + `"`).MatchString(dom) {
			t.Errorf("the removed segment %s is not listed as archived", ids["removed"])
		}
		// the filter script: ?state=stale leaves only the stale row shown
		filtered := string(browse(t, bin, page+"?state=stale", "--dump-dom"))
		for _, s := range f.Segments {
			hidden := strings.Contains(rowOf(filtered, s.ID), `class="seg state-`+string(s.State)+` hidden"`)
			if hidden == (s.State == "stale") {
				t.Errorf("?state=stale: segment %s (%s) hidden=%v", s.ID, s.State, hidden)
			}
		}
		index := load(t, "review-index.png", filepath.Join(out, "index.html"))
		for _, w := range []string{"glossary.forbidden", "drift.stale", `class="num bad"`} {
			if !strings.Contains(index, w) {
				t.Errorf("the index lacks %s", w)
			}
		}
	})
}
