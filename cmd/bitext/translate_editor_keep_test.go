package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// editorRun runs bitext in dir with a fake terminal on the streams for
// which term says so; the "editor" is a shell script.
func editorRun(t *testing.T, dir string, env map[string]string, term func(s any, in, out any) bool, args ...string) (int, string) {
	t.Helper()
	stdin := strings.NewReader("")
	var out, errOut bytes.Buffer
	code := Main(append([]string{"bitext", "-C", dir}, args...), Env{
		Stdin: stdin, Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return env[k] },
		Getwd:  func() (string, error) { return dir, nil },
		Now:    func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
		IsTerminal: func(s any) bool {
			return term(s, stdin, &out)
		},
	})
	return code, errOut.String()
}

func bothTerminals(s, in, out any) bool { return s == in || s == out }

func editorScript(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// The editor opens only when both standard input and standard output are
// terminals (issue 12 item 2): with output piped, vi would hang.
func TestTranslateEditorNeedsBothTerminals(t *testing.T) {
	dir, ids := newBigWorkspace(t, 2)
	ran := filepath.Join(dir, "ran")
	ed := editorScript(t, dir, "ed.sh", `touch `+ran+`; echo 'Some text.' >> "$1"`)
	stdinOnly := func(s, in, out any) bool { return s == in }
	code, stderr := editorRun(t, dir, map[string]string{"EDITOR": ed}, stdinOnly, "translate", "big", ids[0], "--as", "wang")
	if code != exitCantRun || !strings.Contains(stderr, "give the English as an argument") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(ran); err == nil {
		t.Fatal("the editor ran with standard output not a terminal")
	}
}

// What can be refused before the editor opens is refused before (issue 12
// item 1): someone else's claim.
func TestTranslateEditorRefusedBeforeOpening(t *testing.T) {
	dir, ids := newBigWorkspace(t, 2)
	runBitext(t, dir, "checkout", "big", ids[0], "--as", "zhao")
	ran := filepath.Join(dir, "ran")
	ed := editorScript(t, dir, "ed.sh", `touch `+ran+`; echo 'Some text.' >> "$1"`)
	code, stderr := editorRun(t, dir, map[string]string{"EDITOR": ed}, bothTerminals, "translate", "big", ids[0], "--as", "wang")
	if code != exitNo || !strings.Contains(stderr, "is claimed by zhao") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(ran); err == nil {
		t.Fatal("the editor opened although the claim refuses the translation")
	}
}

// A refusal after the editor keeps the text (issue 12 item 1): it says where,
// and the next translate of the segment opens the editor on it; the --strict
// hint does not send the translator to approve --force.
func TestTranslateEditorKeepsRefusedText(t *testing.T) {
	dir, ids := newBigWorkspace(t, 2)
	glossary := "terms:\n  - id: s1\n    zh: [第1句话]\n    en: Sentence One\n    forbidden: [Phrase One]\n    kind: other\n    status: approved\n"
	if err := os.WriteFile(filepath.Join(dir, "glossary.yaml"), []byte(glossary), 0o644); err != nil {
		t.Fatal(err)
	}
	segPath := filepath.Join(dir, "articles", "big.yaml")
	before, _ := os.ReadFile(segPath)
	seen := filepath.Join(dir, "seen.txt")
	bad := editorScript(t, dir, "bad.sh", `echo 'Phrase One is here,' >> "$1"; echo '  wrapped.' >> "$1"`)
	code, stderr := editorRun(t, dir, map[string]string{"EDITOR": bad}, bothTerminals, "translate", "big", ids[0], "--strict", "--as", "wang")
	if code != exitNo || !strings.Contains(stderr, "glossary.forbidden") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(segPath); !bytes.Equal(before, after) {
		t.Fatal("a refused translate changed the segment file")
	}
	if strings.Contains(stderr, "--force") {
		t.Errorf("the --strict hint points to --force, which translate does not have:\n%s", stderr)
	}
	kept := filepath.Join(dir, ".bitext", "unsaved", "big-"+ids[0]+".txt")
	if !strings.Contains(stderr, ".bitext/unsaved/big-"+ids[0]+".txt") {
		t.Errorf("the refusal does not say where the text is kept:\n%s", stderr)
	}
	if data, err := os.ReadFile(kept); err != nil || !strings.Contains(string(data), "Phrase One is here, wrapped.") {
		t.Fatalf("the text is not kept: %q %v", data, err)
	}

	// the next run opens the editor on the kept text; once saved, it is gone
	fix := editorScript(t, dir, "fix.sh", `cp "$1" `+seen+`; sed -i 's/Phrase One/Sentence One/' "$1"`)
	code, stderr = editorRun(t, dir, map[string]string{"EDITOR": fix}, bothTerminals, "translate", "big", ids[0], "--strict", "--as", "wang")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	shown, _ := os.ReadFile(seen)
	if !strings.Contains(string(shown), "\nPhrase One is here, wrapped.\n") {
		t.Errorf("the editor did not open on the kept text:\n%s", shown)
	}
	if _, err := os.Stat(kept); err == nil {
		t.Error("the kept text is still there after it was saved")
	}
	f := loadSegments(t, dir, "big")
	if got := f.Segments[0].EN; got != "Sentence One is here, wrapped." {
		t.Errorf("en = %q", got)
	}
}
