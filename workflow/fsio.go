package workflow

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
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

// writeFilesAtomic writes several files as WriteFileAtomic writes one, but
// pays for durability once per batch where it can: every temporary file is
// written and synced (on ioWorkers goroutines, so the syncs overlap), then
// each is renamed over its target, then each directory is synced once
// instead of once per file. Each file is replaced atomically; a failure
// leaves the files not yet renamed as they were.
func writeFilesAtomic(paths []string, datas [][]byte) error {
	tmps := make([]string, len(paths))
	errs := make([]error, len(paths))
	pause := os.Getenv(pauseEnv)
	parallelN(len(paths), ioWorkers, func(i int) {
		tmps[i], errs[i] = writeTemp(paths[i], datas[i], pause)
	})
	for i, err := range errs {
		if err != nil {
			for _, tmp := range tmps {
				if tmp != "" {
					os.Remove(tmp)
				}
			}
			return errs[i]
		}
	}
	return renameTemps(tmps, paths)
}

// writeTemp writes data durably to a new temporary file beside path (the
// first half of WriteFileAtomic: written, synced, mode 0644) and returns
// its name. pause is pauseEnv's value.
func writeTemp(path string, data []byte, pause string) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", diag.Wrap(path, err)
	}
	if pause != "" {
		pauseMidWrite(tmp, data, pause) // tests only: never returns
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", diag.Wrap(path, err)
	}
	return tmp.Name(), nil
}

// renameTemps renames each temporary file tmps[i] ("": none) over paths[i],
// in order, then syncs each directory once. After a failure nothing more is
// replaced, and the temporary files not renamed are removed.
func renameTemps(tmps, paths []string) error {
	var first error
	dirs := map[string]bool{}
	for i, path := range paths {
		if tmps[i] == "" {
			continue
		}
		if first == nil {
			err := os.Rename(tmps[i], path)
			if err == nil {
				dirs[filepath.Dir(path)] = true
				continue
			}
			first = diag.Wrap(path, err)
		}
		os.Remove(tmps[i])
	}
	for dir := range dirs {
		if d, err := os.Open(dir); err == nil {
			d.Sync() // make the renames durable; best effort
			d.Close()
		}
	}
	return first
}

// lockFile takes an exclusive advisory lock (flock) on path, creating it,
// and returns the function that releases it. The lock is on a separate file
// under .bitext/locks, because the file it guards is replaced by rename.
// The holder writes who it is into the lock file. While another process
// holds the lock, wait is called once with what that process wrote; after
// timeout (0: no limit) it gives up with CodeLockTimeout.
func lockFile(path, article string, timeout time.Duration, wait func(holder string)) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if errors.Is(err, fs.ErrNotExist) { // the first lock: make its directory
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, diag.Wrap(path, err)
		}
		f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	}
	if err != nil {
		return nil, diag.Wrap(path, err)
	}
	start, told := time.Now(), false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, diag.Wrap(path, err)
		}
		holder := lockHolder(path)
		if !told && wait != nil {
			wait(holder)
			told = true
		}
		if timeout > 0 && time.Since(start) >= timeout {
			f.Close()
			return nil, &diag.Error{Kind: diag.IO, Code: CodeLockTimeout,
				Args: diag.A{"article": article, "holder": holder, "timeout": timeout.String()}}
		}
		time.Sleep(lockPoll)
	}
	// Best effort, only for the message above. Written over the old text,
	// then cut to length: truncating to 0 first frees the file's block
	// and costs 40 times as much on ext4 (a sync takes thousands of locks).
	who := whoAmI()
	f.WriteAt([]byte(who), 0)
	f.Truncate(int64(len(who)))
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

const lockPoll = 50 * time.Millisecond

// whoAmI describes this process for a lock file: pid, user and host;
// computed once (a sync takes thousands of locks).
var whoAmI = sync.OnceValue(func() string {
	who := "pid " + strconv.Itoa(os.Getpid())
	if u, err := user.Current(); err == nil {
		who += " of " + u.Username
	}
	if h, err := os.Hostname(); err == nil {
		who += " on " + h
	}
	return who
})

// lockHolder is what the holder of a lock wrote into it.
func lockHolder(path string) string {
	data, err := safeio.ReadRegular(path, 4096)
	if err != nil || len(bytes.TrimSpace(data)) == 0 {
		return "another bitext command"
	}
	return string(bytes.TrimSpace(data))
}

// removeTemps removes the temporary files a killed write of name (in dir)
// left behind: .NAME.tmp-*. Called with the article's lock held, so no
// live write owns them.
func removeTemps(dir, name string) {
	leftovers, _ := filepath.Glob(filepath.Join(dir, "."+name+".tmp-*"))
	for _, p := range leftovers {
		os.Remove(p)
	}
}

// listTemps lists the temporary files of dir as removeTemps finds them,
// in one read of the directory: for each NAME, the paths .NAME.tmp-* (a
// name holding ".tmp-" twice is listed under both NAMEs, as the pattern
// would match it). Files created after the listing are not in it, which is
// safe: they belong to a write that holds its article's lock, or are
// found by the next listing. Nil when dir cannot be read.
func listTemps(dir string) map[string][]string {
	names, err := readDirNames(dir)
	if err != nil {
		return nil
	}
	temps := map[string][]string{}
	for _, n := range names {
		if !strings.HasPrefix(n, ".") {
			continue
		}
		for i := 1; ; {
			k := strings.Index(n[i:], ".tmp-")
			if k < 0 {
				break
			}
			temps[n[1:i+k]] = append(temps[n[1:i+k]], filepath.Join(dir, n))
			i += k + 1
		}
	}
	return temps
}

func readDirNames(dir string) ([]string, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.Readdirnames(-1)
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
