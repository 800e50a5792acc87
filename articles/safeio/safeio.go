// Package safeio reads the files bitext is told to read by a workspace:
// only regular files (never a device such as /dev/zero, a FIFO or a
// directory), and only up to a size limit, so a hostile path cannot make a
// command hang or run out of memory.
package safeio

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/bitext-desk/bitext/articles/diag"
)

// DefaultLimit is the largest file bitext reads unless bitext.yaml's
// max_file_size says otherwise: 64 MiB.
const DefaultLimit int64 = 64 << 20

// Error codes of the reader.
const (
	CodeNotRegular = "err.file.not-regular"
	CodeTooLarge   = "err.file.too-large"
)

func init() { diag.Register(CodeNotRegular, CodeTooLarge) }

// ReadRegular reads path, which must be a regular file of at most limit
// bytes (limit <= 0 means DefaultLimit). It opens without blocking, so a
// FIFO is refused rather than waited on. A missing file is a *diag.Error
// that satisfies errors.Is(err, fs.ErrNotExist).
func ReadRegular(path string, limit int64) ([]byte, error) { return ReadRegularInto(path, limit, nil) }

// ReadRegularInto is ReadRegular reading into buf when it is large enough
// (a caller reading many files reuses one buffer); the bytes returned may
// be buf's.
func ReadRegularInto(path string, limit int64, buf []byte) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, diag.Wrap(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, diag.Wrap(path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, &diag.Error{Kind: diag.Invalid, Code: CodeNotRegular, File: path, Args: diag.A{"kind": kindOf(st.Mode())}}
	}
	if st.Size() > limit {
		return nil, tooLarge(path, limit)
	}
	// Read into a buffer of the file's size (io.ReadAll would grow one
	// from 512 bytes, copying a large file many times over).
	b := bytes.NewBuffer(buf[:0])
	b.Grow(int(st.Size()) + bytes.MinRead)
	if _, err := b.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, diag.Wrap(path, err)
	}
	data := b.Bytes()
	if int64(len(data)) > limit { // it grew while we read it
		return nil, tooLarge(path, limit)
	}
	return data, nil
}

func tooLarge(path string, limit int64) *diag.Error {
	return &diag.Error{Kind: diag.Invalid, Code: CodeTooLarge, File: path, Args: diag.A{"limit": FormatSize(limit)}}
}

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "FIFO"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	}
	return "special file"
}

var units = []struct {
	suffix string
	mult   int64
}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}}

// ParseSize reads a size such as 64MB, 512KB, 1GB (binary multiples; KiB,
// MiB and GiB are the same) or a plain number of bytes. ok is false for
// anything else, zero, or more than 1 TiB.
func ParseSize(s string) (int64, bool) {
	mult := int64(1)
	for _, u := range units {
		if len(s) > len(u.suffix) && s[len(s)-len(u.suffix):] == u.suffix {
			s, mult = s[:len(s)-len(u.suffix)], u.mult
			break
		}
	}
	if s == "" || len(s) > 13 {
		return 0, false
	}
	var n int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	n *= mult
	if n <= 0 || n > 1<<40 {
		return 0, false
	}
	return n, true
}

// FormatSize writes a size the way ParseSize reads it, in the largest unit
// that divides it.
func FormatSize(n int64) string {
	for _, u := range units[3:6] {
		if n >= u.mult && n%u.mult == 0 {
			return itoa(n/u.mult) + u.suffix
		}
	}
	return itoa(n) + "B"
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}
