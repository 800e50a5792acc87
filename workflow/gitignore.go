package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// gitignoreBlock is what init adds to a workspace's .gitignore.
// The second pattern: the temporary file of a write that was killed
// (.NAME.tmp-*, beside the file it was to replace; the next write of that
// file removes it), which `git add -A` would commit half written.
const gitignoreBlock = "# bitext's private state (locks, caches, kept editor text): never commit it\n" + StateDir + "/\n" +
	"# a write that was interrupted (bitext's next write of the file removes it)\n" + tempPattern + "\n"

// tempPattern matches the temporary files WriteFileAtomic writes.
const tempPattern = ".*.tmp-*"

// ignoreState makes the workspace's .gitignore ignore StateDir: it writes
// one, or adds the lines to the end of an existing one that does not
// ignore it yet (keeping every line it has). It reports whether it wrote.
func ignoreState(root string) (bool, error) {
	path := filepath.Join(root, ".gitignore")
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		switch strings.TrimSpace(line) {
		case StateDir, StateDir + "/", "/" + StateDir, "/" + StateDir + "/":
			return false, nil
		}
	}
	text := string(data)
	if text != "" {
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += "\n"
	}
	return true, WriteFileAtomic(path, []byte(text+gitignoreBlock))
}
