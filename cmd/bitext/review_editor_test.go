package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A translator re-opening a rejected segment in $EDITOR sees the
// reviewer's comment among the template's # lines.
func TestTranslateEditorShowsComments(t *testing.T) {
	dir, ids := newBigWorkspace(t, 2)
	seen := filepath.Join(dir, "seen.txt")
	editor := filepath.Join(dir, "copy.sh")
	if err := os.WriteFile(editor, []byte("#!/bin/sh\ncp \"$1\" "+seen+"\necho 'Sentence one.' >> \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(tty bool, args ...string) {
		t.Helper()
		var out, errOut bytes.Buffer
		code := Main(append([]string{"bitext", "-C", dir}, args...), Env{
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv:     func(k string) string { return map[string]string{"EDITOR": editor}[k] },
			Getwd:      func() (string, error) { return dir, nil },
			Now:        func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
			IsTerminal: func(any) bool { return tty },
		})
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
	}
	run(false, "translate", "big", ids[0], "The first one.", "--as", "wang")
	run(false, "reject", "big", ids[0], "--as", "li", "-m", "name the association in full")
	run(true, "translate", "big", ids[0], "--as", "wang")
	shown, err := os.ReadFile(seen)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Comments:\n", "#   li, 2026-11-23 10:00 UTC: name the association in full\n"} {
		if !strings.Contains(string(shown), want) {
			t.Errorf("the editor's file lacks %q:\n%s", want, shown)
		}
	}
}
