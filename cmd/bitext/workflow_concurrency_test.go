package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// These tests run real bitext processes at once: the test binary itself,
// which testscript.Main (TestMain) has put on $PATH as `bitext`.

// newBigWorkspace makes a workspace with one article of n sentences and
// returns its root and the article's segment ids, in order.
func newBigWorkspace(t *testing.T, n int) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var src strings.Builder
	for i := range n {
		fmt.Fprintf(&src, "第%d句话在这里。", i+1)
		if i%4 == 3 {
			src.WriteString("\n\n")
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "big.zh.md"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	runBitext(t, dir, "init", dir)
	runBitext(t, dir, "-C", dir, "add", filepath.Join(dir, "big.zh.md"))
	f := loadSegments(t, dir, "big")
	if len(f.Segments) != n {
		t.Fatalf("want %d segments, got %d", n, len(f.Segments))
	}
	ids := make([]string, n)
	for i, s := range f.Segments {
		ids[i] = s.ID
	}
	return dir, ids
}

func bitextCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("bitext", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=C", "BITEXT_USER=")
	return cmd
}

func runBitext(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := bitextCmd(dir, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("bitext %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func loadSegments(t *testing.T, dir, slug string) *articles.File {
	t.Helper()
	path := filepath.Join(dir, "articles", slug+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := articles.Decode(path, data)
	if err != nil {
		t.Fatalf("segment file does not decode: %v\n%s", err, data)
	}
	return f
}

// startTogether starts every command, then lets them all go at the same
// moment: each waits on its standard input, which is closed for all at once.
func startTogether(t *testing.T, cmds []*exec.Cmd) []error {
	t.Helper()
	var gates []*os.File
	outs := make([]*bytes.Buffer, len(cmds))
	for i, c := range cmds {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		// sh reads (and waits for) the gate, then execs bitext.
		c.Args = append([]string{"sh", "-c", `read _ ; exec "$0" "$@"`}, c.Args...)
		c.Path, _ = exec.LookPath("sh")
		c.Stdin = r
		outs[i] = &bytes.Buffer{}
		c.Stdout, c.Stderr = outs[i], outs[i]
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		r.Close()
		gates = append(gates, w)
	}
	for _, w := range gates {
		w.Write([]byte("go\n"))
	}
	for _, w := range gates {
		w.Close()
	}
	errs := make([]error, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Wait(); err != nil {
				errs[i] = fmt.Errorf("%v: %v\n%s", c.Args, err, outs[i])
			}
		}()
	}
	wg.Wait()
	return errs
}

// 16 processes claiming different segments of one article at the same
// moment lose none of the claims.
func TestConcurrentCheckoutLosesNoClaim(t *testing.T) {
	const n = 16
	dir, ids := newBigWorkspace(t, n+4)
	var cmds []*exec.Cmd
	for i := range n {
		cmds = append(cmds, bitextCmd(dir, "checkout", "big", ids[i], "--as", fmt.Sprintf("person%02d", i)))
	}
	for _, err := range startTogether(t, cmds) {
		if err != nil {
			t.Error(err)
		}
	}
	f := loadSegments(t, dir, "big")
	for i, s := range f.Segments {
		switch {
		case i < n && (s.Claim == nil || s.Claim.By != fmt.Sprintf("person%02d", i)):
			t.Errorf("segment %d (%s): claim lost: %+v", i, s.ID, s.Claim)
		case i >= n && s.Claim != nil:
			t.Errorf("segment %d (%s): unexpected claim %+v", i, s.ID, s.Claim)
		}
	}
}

// 16 processes each asking for the next free segment at the same moment get
// 16 different segments: the choice and the write happen under one lock.
func TestConcurrentCheckoutNextNeverDoubleBooks(t *testing.T) {
	const n = 16
	dir, _ := newBigWorkspace(t, n+4)
	var cmds []*exec.Cmd
	for i := range n {
		cmds = append(cmds, bitextCmd(dir, "checkout", "big", "--next", "1", "--as", fmt.Sprintf("person%02d", i)))
	}
	for _, err := range startTogether(t, cmds) {
		if err != nil {
			t.Error(err)
		}
	}
	f := loadSegments(t, dir, "big")
	holders := map[string]bool{}
	for i, s := range f.Segments {
		switch {
		case i < n && s.Claim == nil:
			t.Errorf("segment %d (%s) is not claimed", i, s.ID)
		case i < n:
			if holders[s.Claim.By] {
				t.Errorf("%s holds two segments", s.Claim.By)
			}
			holders[s.Claim.By] = true
		case s.Claim != nil:
			t.Errorf("segment %d (%s): unexpected claim %+v", i, s.ID, s.Claim)
		}
	}
	if len(holders) != n {
		t.Errorf("%d people hold a segment, want %d", len(holders), n)
	}
}

// A process killed mid-write leaves the old file, never a broken one; the
// half-written temporary file it leaves behind is ignored, and the lock dies
// with the process.
func TestKilledMidWriteLeavesOldFile(t *testing.T) {
	dir, ids := newBigWorkspace(t, 6)
	segPath := filepath.Join(dir, "articles", "big.yaml")
	before, err := os.ReadFile(segPath)
	if err != nil {
		t.Fatal(err)
	}
	marker := filepath.Join(t.TempDir(), "paused")
	cmd := bitextCmd(dir, "checkout", "big", ids[0], "--as", "wang")
	cmd.Env = append(cmd.Env, "BITEXT_TEST_PAUSE_WRITE="+marker)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var tmpName []byte
	for deadline := time.Now().Add(30 * time.Second); ; {
		if tmpName, err = os.ReadFile(marker); err == nil && len(tmpName) > 0 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("bitext never reached the write:\n%s", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	cmd.Wait()

	after, err := os.ReadFile(segPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("segment file changed by a killed process:\n%s", after)
	}
	loadSegments(t, dir, "big")
	torn, err := os.ReadFile(string(tmpName))
	if err != nil {
		t.Fatalf("the killed process's temporary file: %v", err)
	}
	if _, err := articles.Decode("tmp", torn); err == nil {
		t.Fatalf("the temporary file was expected to be torn (half written)")
	}
	if !strings.HasPrefix(filepath.Base(string(tmpName)), ".big.yaml.tmp-") {
		t.Fatalf("temporary file name %q", tmpName)
	}

	// The stale temporary file is not taken for an article, and the lock
	// died with the process: the next checkout goes through.
	var status struct {
		Articles []struct{ Article string } `json:"articles"`
	}
	if err := json.Unmarshal([]byte(runBitextStdout(t, dir, "status", "--format", "json")), &status); err != nil {
		t.Fatal(err)
	}
	if len(status.Articles) != 1 || status.Articles[0].Article != "big" {
		t.Fatalf("status lists %+v, want only big", status.Articles)
	}
	if out := runBitext(t, dir, "check"); !strings.Contains(out, "1 article, 6 segments checked") {
		t.Fatalf("check after the kill:\n%s", out)
	}
	runBitext(t, dir, "checkout", "big", ids[0], "--as", "wang")
	if f := loadSegments(t, dir, "big"); f.Segments[0].Claim == nil || f.Segments[0].Claim.By != "wang" {
		t.Fatalf("claim after recovery: %+v", f.Segments[0].Claim)
	}
}

func runBitextStdout(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := bitextCmd(dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bitext %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
