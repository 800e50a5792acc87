package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestLockWaitSaysForWhomAndTimesOut: a command that finds an article
// locked says it waits and for whom, and gives up after lock_timeout with
// exit 2 (it used to wait forever, silently). After the holder is killed
// mid-write, the next locked write of the article removes the temporary
// file the kill left behind (it used to stay forever).
func TestLockWaitSaysForWhomAndTimesOut(t *testing.T) {
	dir, ids := newBigWorkspace(t, 6)
	settings := filepath.Join(dir, "bitext.yaml")
	data, _ := os.ReadFile(settings)
	data = bytes.Replace(data, []byte("lock_timeout: 30s"), []byte("lock_timeout: 1s"), 1)
	if !bytes.Contains(data, []byte("lock_timeout: 1s")) {
		data = append(data, "lock_timeout: 1s\n"...)
	}
	os.WriteFile(settings, data, 0o644)

	marker := filepath.Join(t.TempDir(), "paused")
	holder := bitextCmd(dir, "checkout", "big", ids[0], "--as", "wang")
	holder.Env = append(holder.Env, "BITEXT_TEST_PAUSE_WRITE="+marker)
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { holder.Process.Kill(); holder.Wait() }()
	var tmpName []byte
	for deadline := time.Now().Add(30 * time.Second); ; {
		var err error
		if tmpName, err = os.ReadFile(marker); err == nil && len(tmpName) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the holder never reached its write")
		}
		time.Sleep(10 * time.Millisecond)
	}

	before, _ := os.ReadFile(filepath.Join(dir, "articles", "big.yaml"))
	out, err := bitextCmd(dir, "checkout", "big", ids[1], "--as", "li").CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Fatalf("waiting checkout: %v, want exit 2\n%s", err, out)
	}
	pid := "pid " + strconv.Itoa(holder.Process.Pid)
	for _, want := range []string{
		"bitext: warning: waiting for article big, which " + pid,
		"bitext: error: gave up after 1s waiting for article big, which " + pid,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "articles", "big.yaml")); !bytes.Equal(before, after) {
		t.Error("the refused command changed the segment file")
	}

	holder.Process.Kill() // SIGKILL mid-write: the temporary file stays
	holder.Wait()
	if _, err := os.Stat(string(tmpName)); err != nil {
		t.Fatalf("the kill left no temporary file: %v", err)
	}
	runBitext(t, dir, "checkout", "big", ids[1], "--as", "li")
	if _, err := os.Stat(string(tmpName)); !os.IsNotExist(err) {
		t.Errorf("the next locked write left %s: %v", tmpName, err)
	}
}
