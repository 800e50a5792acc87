package workflow

import (
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/bitext-desk/bitext/articles/diag"
)

// WriteFileAtomic writes data to path through a temporary file in the same
// directory, synced and renamed over the target: a reader, or a process
// killed mid-write, sees the old file or the new one, never a torn one.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return diag.Wrap(path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return diag.Wrap(path, err)
	}
	if marker := os.Getenv(pauseEnv); marker != "" {
		pauseMidWrite(tmp, data, marker) // tests only: never returns
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return diag.Wrap(path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return diag.Wrap(path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; best effort
		d.Close()
	}
	return nil
}

// lockFile takes an exclusive advisory lock (flock) on path, creating it,
// and returns the function that releases it. The lock is on a separate file
// under .bitext/locks, because the file it guards is replaced by rename.
func lockFile(path string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, diag.Wrap(path, err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, diag.Wrap(path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, diag.Wrap(path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// pauseEnv names a file; when set, WriteFileAtomic writes half its data to
// the temporary file, creates that file (holding the temporary file's name)
// and hangs, so a test can kill the process mid-write. Tests only.
const pauseEnv = "BITEXT_TEST_PAUSE_WRITE"

func pauseMidWrite(tmp *os.File, data []byte, marker string) {
	tmp.Write(data[:len(data)/2])
	tmp.Sync()
	os.WriteFile(marker, []byte(tmp.Name()), 0o644)
	for {
		time.Sleep(time.Hour)
	}
}
