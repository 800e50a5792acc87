package workflow

import (
	"os"
	"time"
)

// fileStat is what a file's metadata says about its content: a content hash
// cached with it can be trusted without reading the file again while all of
// it is the same and the file was last changed well before it was hashed
// (git's index trusts a file's stat the same way, and for the same reason
// distrusts one changed within the clock's resolution of being read).
type fileStat struct {
	Size, Mtime, Ctime int64 // nanoseconds
	Ino                uint64
}

// racyWindow: a file changed this close to being hashed is read again,
// whatever its metadata says (file systems whose clocks tick in seconds).
var racyWindow = 2 * time.Second

func statFile(path string) (fileStat, bool) {
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() {
		return fileStat{}, false
	}
	fs := fileStat{Size: st.Size(), Mtime: st.ModTime().UnixNano(), Ctime: st.ModTime().UnixNano()}
	sysStat(st, &fs)
	return fs, true
}

// trusted reports whether a file whose metadata was s when it was hashed at
// hashedAt (unix nanoseconds) is, with metadata now, still the file hashed.
func (s fileStat) trusted(now fileStat, hashedAt int64) bool {
	return s == now && s.Mtime < hashedAt-int64(racyWindow) && s.Ctime < hashedAt-int64(racyWindow)
}
