package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// translate with no TEXT on a terminal opens $EDITOR on a file that shows
// the Chinese and the glossary terms as # comments. The terminal is faked
// through Env.IsTerminal; the "editor" is a shell script.
func TestTranslateEditor(t *testing.T) {
	dir, ids := newBigWorkspace(t, 3)
	glossary := "terms:\n  - id: s2\n    zh: [第2句话]\n    en: Sentence Two\n    kind: other\n    status: approved\n"
	if err := os.WriteFile(filepath.Join(dir, "glossary.yaml"), []byte(glossary), 0o644); err != nil {
		t.Fatal(err)
	}
	seen := filepath.Join(dir, "seen.txt")
	script := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write := script("write.sh", `cp "$1" `+seen+`
printf '# my own note\n  Sentence two,\n  wrapped by the editor.  \n' >> "$1"
`)
	empty := script("empty.sh", `cp "$1" `+seen+`; : > "$1"`)
	comments := script("comments.sh", `printf '# only a comment\n\n' > "$1"`)
	failing := script("fail.sh", `exit 3`)

	run := func(env map[string]string, args ...string) (int, string) {
		var out, errOut bytes.Buffer
		code := Main(append([]string{"bitext", "-C", dir}, args...), Env{
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv: func(k string) string { return env[k] },
			Getwd:  func() (string, error) { return dir, nil },
			Now:    func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
			IsTerminal: func(s any) bool {
				return true
			},
		})
		return code, errOut.String()
	}
	segPath := filepath.Join(dir, "articles", "big.yaml")
	before, _ := os.ReadFile(segPath)

	// an editor that leaves no text aborts: exit 1, nothing written
	for _, ed := range []string{empty, comments} {
		code, stderr := run(map[string]string{"EDITOR": ed}, "translate", "big", ids[1], "--as", "wang")
		if code != exitNo || !strings.Contains(stderr, "the editor left no text: nothing written") {
			t.Fatalf("%s: exit %d, stderr %q", filepath.Base(ed), code, stderr)
		}
		if after, _ := os.ReadFile(segPath); !bytes.Equal(before, after) {
			t.Fatalf("%s: the segment file changed", filepath.Base(ed))
		}
	}
	shown, err := os.ReadFile(seen)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# bitext translate big " + ids[1] + ": write the English below.", "#   第2句话在这里。", "# Glossary terms in this segment:", "#   第2句话 → Sentence Two"} {
		if !strings.Contains(string(shown), want+"\n") {
			t.Errorf("the editor's file lacks %q:\n%s", want, shown)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(string(shown)), "\n") {
		if !strings.HasPrefix(line, "#") {
			t.Errorf("a line of the template is not a comment: %q", line)
		}
	}

	// an editor that fails: exit 2, nothing written
	if code, stderr := run(map[string]string{"EDITOR": failing}, "translate", "big", ids[1], "--as", "wang"); code != exitCantRun || !strings.Contains(stderr, "failed") {
		t.Fatalf("failing editor: exit %d, stderr %q", code, stderr)
	}

	// $VISUAL when $EDITOR is unset; comments stripped, lines joined
	code, stderr := run(map[string]string{"VISUAL": write}, "translate", "big", ids[1], "--as", "wang")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(segPath)
	f, err := articles.Decode(segPath, data)
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Segments[1]; s.EN != "Sentence two, wrapped by the editor." || s.State != articles.Translated || s.Translator != "wang" {
		t.Fatalf("segment after editing: %+v", s)
	}
}
