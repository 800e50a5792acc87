//go:build unix

package workflow

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"

	"github.com/bitext-desk/bitext/articles/safeio"
)

func dirFD(f *os.File) int { return int(f.Fd()) }

// readAt reads the regular file name of the open directory dir (at path)
// into buf: openat without following a symbolic link, fstat, and for a
// file that does not change meanwhile a single read.
func readAt(dir int, path, name string, limit int64, buf []byte) ([]byte, error) {
	if limit <= 0 {
		limit = safeio.DefaultLimit
	}
	fd, err := unix.Openat(dir, name, unix.O_RDONLY|unix.O_NOFOLLOW|unix.O_NONBLOCK|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: filepath.Join(path, name), Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "stat", Path: filepath.Join(path, name), Err: err}
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG || st.Size > limit {
		return nil, &os.PathError{Op: "read", Path: filepath.Join(path, name), Err: os.ErrInvalid}
	}
	size := int(st.Size)
	if cap(buf) < size+1 {
		buf = make([]byte, 0, size+size/4+512)
	}
	buf = buf[:cap(buf)]
	n := 0
	for {
		k, err := unix.Read(fd, buf[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: filepath.Join(path, name), Err: err}
		}
		n += k
		if k == 0 || n == size { // its end, or the size it had: read whole
			break
		}
		if int64(n) > limit {
			return nil, &os.PathError{Op: "read", Path: filepath.Join(path, name), Err: os.ErrInvalid}
		}
		if n == len(buf) {
			buf = append(buf, 0)[:n]
			buf = buf[:cap(buf)]
		}
	}
	return buf[:n], nil
}
