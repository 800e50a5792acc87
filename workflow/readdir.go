package workflow

import (
	"os"
	"path/filepath"

	"github.com/bitext-desk/bitext/articles/safeio"
)

// fileDir reads many files of one directory (a scan of every segment
// file): opened once, each file is opened relative to it, without walking
// the whole path again, and never through a symbolic link.
type fileDir struct {
	path string
	fd   int // the open directory, where the system has openat; else -1
	f    *os.File
}

// openFileDir opens the directory path for reading its files.
func openFileDir(path string) (*fileDir, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &fileDir{path: path, fd: dirFD(f), f: f}, nil
}

func (d *fileDir) Close() error { return d.f.Close() }

// read reads the file name of the directory into buf (grown when too
// small) as safeio.ReadRegularInto does: a regular file of at most limit
// bytes, opened without blocking; a symbolic link is refused.
func (d *fileDir) read(name string, limit int64, buf []byte) ([]byte, error) {
	if d.fd >= 0 {
		return readAt(d.fd, d.path, name, limit, buf)
	}
	path := filepath.Join(d.path, name)
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() {
		if err == nil {
			err = os.ErrInvalid
		}
		return nil, err
	}
	return safeio.ReadRegularInto(path, limit, buf)
}
