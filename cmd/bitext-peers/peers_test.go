package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// needTools skips when a peer is missing, unless CI is set (then it fails).
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed (apt-get install gettext translate-toolkit time)", tool)
			}
			t.Skipf("%s is not installed (apt-get install gettext translate-toolkit time)", tool)
		}
	}
}

// tinyCatalog compiles, with msgfmt, a zh_CN catalog of n made-up messages
// (msgid English, msgstr Chinese, as Debian's are) into dir/tiny.mo, with
// a few a corpus must leave out: untranslated, two sentences, two lines,
// a plural, a context.
func tinyCatalog(t *testing.T, dir string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n")
	for i := range n {
		fmt.Fprintf(&b, "\nmsgid \"File %d was saved to \\\"%%s\\\".\"\nmsgstr \"文件 %d 已保存到“%%s”。\"\n", i, i)
	}
	b.WriteString("\nmsgid \"Untranslated\"\nmsgstr \"\"\n")
	b.WriteString("\nmsgid \"Two. Sentences.\"\nmsgstr \"两句。两句。\"\n")
	b.WriteString("\nmsgid \"Two\\nlines\"\nmsgstr \"两\\n行\"\n")
	b.WriteString("\nmsgid \"one file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d 个文件\"\n")
	b.WriteString("\nmsgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"打开\"\n")
	po := filepath.Join(t.TempDir(), "tiny.po")
	if err := os.WriteFile(po, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("msgfmt", "-o", filepath.Join(dir, "tiny.mo"), po).CombinedOutput(); err != nil {
		t.Fatalf("msgfmt: %v: %s", err, out)
	}
}

func TestReadMOFromMsgfmt(t *testing.T) {
	needTools(t, "msgfmt")
	dir := t.TempDir()
	tinyCatalog(t, dir, 3)
	pairs, _, err := usablePairs(dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range pairs {
		got[p.ZH] = p.EN
	}
	want := map[string]string{
		"文件 0 已保存到“%s”。": `File 0 was saved to "%s".`,
		"文件 1 已保存到“%s”。": `File 1 was saved to "%s".`,
		"文件 2 已保存到“%s”。": `File 2 was saved to "%s".`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("pairs %q, want %q", got, want)
	}
}

// The whole side-by-side run at a tiny size: build the PO and the
// workspace, time every pair once, print the table; the workspace after
// sync holds exactly the edited sentences as stale, with their English.
func TestPeersTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("builds bitext")
	}
	needTools(t, "msgfmt", "msgmerge", "pofilter", "/usr/bin/time")
	tmp := t.TempDir()
	mo := filepath.Join(tmp, "mo")
	if err := os.Mkdir(mo, 0o755); err != nil {
		t.Fatal(err)
	}
	tinyCatalog(t, mo, 150)
	bin := filepath.Join(tmp, "bitext")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/bitext-desk/bitext/cmd/bitext").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v: %s", err, out)
	}
	corpus := filepath.Join(tmp, "tiny")
	var stdout, stderr strings.Builder
	if code := run([]string{"build", "-mo", mo, "-n", "400", "-drift", "0.1", "-o", corpus}, &stdout, &stderr); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"run", "-bitext", bin, "-rounds", "1", corpus}, &stdout, &stderr); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, row := range []string{
		"| `sync` | msgmerge (fuzzy) | ", "| `sync` | msgmerge -N | ", "| `status --no-cache` | msgfmt --statistics | ",
		"| `status (cached)` | msgfmt --statistics | ", "| `check --no-cache` | pofilter (default checks) | ",
		"| `check --no-cache, 5000 terms` | pofilter (word lists) | ",
	} {
		if !regexp.MustCompile(regexp.QuoteMeta(row) + `[0-9.]+ \([0-9.]+–[0-9.]+\); CPU [0-9.]+ \([0-9.]+–[0-9.]+\) \|`).MatchString(out) {
			t.Errorf("no row %q with a ratio in:\n%s", row, out)
		}
	}
	if !strings.Contains(out, "| bitext | peer | 400 segments |") {
		t.Errorf("no table header:\n%s", out)
	}

	// Both tools did the job: msgmerge kept the English of edited
	// sentences as fuzzy (from its last, -N run: none), sync as stale.
	raw, err := os.ReadFile(filepath.Join(corpus, manFile))
	if err != nil {
		t.Fatal(err)
	}
	edited := regexp.MustCompile(`"edited": (\d+)`).FindStringSubmatch(string(raw))
	if edited == nil || edited[1] == "0" {
		t.Fatalf("manifest: %s", raw)
	}
	stale := 0
	names, _ := filepath.Glob(filepath.Join(corpus, "sync", "articles", "*.yaml"))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := articles.Decode(name, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range f.Segments {
			if s.State == articles.Stale {
				stale++
				if s.EN == "" || !strings.HasPrefix(s.ZH, editMark) || s.PreviousZH != strings.TrimPrefix(s.ZH, editMark) {
					t.Errorf("%s: stale segment %+v", name, s)
				}
			}
		}
	}
	if fmt.Sprint(stale) != edited[1] {
		t.Errorf("%d stale segments after sync, %s sentences edited", stale, edited[1])
	}
}

func FuzzReadMO(f *testing.F) {
	if _, err := exec.LookPath("msgfmt"); err == nil {
		dir := f.TempDir()
		cmd := exec.Command("msgfmt", "-o", filepath.Join(dir, "a.mo"), "-")
		cmd.Stdin = strings.NewReader("msgid \"a\"\nmsgstr \"甲\"\n\nmsgctxt \"c\"\nmsgid \"b\"\nmsgstr \"乙\"\n")
		if cmd.Run() == nil {
			if data, err := os.ReadFile(filepath.Join(dir, "a.mo")); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("\xde\x12\x04\x95\x00\x00\x00\x00\x01\x00\x00\x00\x1c\x00\x00\x00\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pairs, err := readMO(data)
		if err != nil {
			return
		}
		for _, p := range pairs {
			if p.ID == "" || strings.ContainsAny(p.ID, "\x00\x04") {
				t.Fatalf("kept %q", p.ID)
			}
		}
	})
}
