package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

// The trust boundary: every path a workspace file names resolves, symbolic
// links followed, inside the workspace; bitext reads only regular files, up
// to max_file_size; it never writes through a symbolic link.

// Error codes of the trust boundary.
const (
	CodeOutside     = "err.path.outside"
	CodeSymlink     = "err.path.symlink"
	CodeLockTimeout = "err.lock.timeout"
)

func init() { diag.Register(CodeOutside, CodeSymlink, CodeLockTimeout) }

const defaultLockTimeout = 30 * time.Second

// parseBoundarySettings reads bitext.yaml's keys of the trust boundary.
func parseBoundarySettings(d yamlx.Decoder, fields map[string]yamlx.Field, s *Settings) error {
	var err error
	if f, ok := fields["max_file_size"]; ok {
		v, _ := d.String(f.Value)
		n, ok := safeio.ParseSize(v)
		if !ok {
			return d.Err(f.Value, diag.CodeBadSetting, diag.A{"key": "max_file_size", "value": v})
		}
		s.MaxFileSize = n
	}
	if f, ok := fields["lock_timeout"]; ok {
		if s.LockTimeout, err = d.Duration(f.Value); err != nil {
			return err
		}
	}
	if f, ok := fields["allowed_signers"]; ok {
		if s.AllowedSigners, err = d.String(f.Value); err != nil {
			return err
		}
	}
	if f, ok := fields["require_signed_approvals"]; ok {
		if s.RequireSignedApprovals, err = d.Bool(f.Value); err != nil {
			return err
		}
		if s.RequireSignedApprovals && s.AllowedSigners == "" {
			return d.Err(f.Value, CodeSignersRequired, nil)
		}
	}
	return nil
}

// resolve follows every symbolic link in p (absolute) as far as the path
// exists; the part that does not exist yet is joined on as written. A
// dangling link is an error: nobody can tell where it leads.
func resolve(p string) (string, error) {
	p = filepath.Clean(p)
	rest := ""
	for {
		r, err := filepath.EvalSymlinks(p)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if _, lerr := os.Lstat(p); lerr == nil {
			return "", err // it is there, but leads nowhere
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest), nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

// resolvedDirs remembers, for one command (one Workspace), what each
// directory it resolved leads to: a command that reads thousands of files
// of one directory follows the links of the path to it once, not once a
// file (resolve follows each of its parts: a dozen lstat calls).
type resolvedDirs struct {
	mu   sync.Mutex
	dirs map[string]string
}

// resolveDir is resolve for a directory, remembered for the workspace's
// life when it exists.
func (w *Workspace) resolveDir(dir string) (string, error) {
	c := w.resolved
	if c == nil {
		return resolve(dir)
	}
	dir = filepath.Clean(dir)
	c.mu.Lock()
	r, ok := c.dirs[dir]
	c.mu.Unlock()
	if ok {
		return r, nil
	}
	r, err := resolve(dir)
	if err != nil {
		return "", err
	}
	if st, serr := os.Stat(dir); serr == nil && st.IsDir() {
		c.mu.Lock()
		c.dirs[dir] = r
		c.mu.Unlock()
	}
	return r, nil
}

// resolveFile is resolve(p): when p is there and is no symbolic link,
// where its directory leads (resolveDir) and its name.
func (w *Workspace) resolveFile(p string) (string, error) {
	p = filepath.Clean(p)
	dir, name := filepath.Split(p)
	if w.resolved == nil || name == "" || name == "." || name == ".." {
		return resolve(p)
	}
	if st, err := os.Lstat(p); err != nil || st.Mode()&fs.ModeSymlink != 0 {
		return resolve(p)
	}
	r, err := w.resolveDir(dir)
	if err != nil {
		return resolve(p)
	}
	return filepath.Join(r, name), nil
}

// within reports whether the absolute path p resolves to the workspace
// root or below it.
func (w *Workspace) within(p string) bool {
	root, err := w.resolveDir(w.Root)
	if err != nil {
		root = w.Root
	}
	r, err := w.resolveFile(p)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, r)
	return err == nil && !filepath.IsAbs(rel) && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// checkBoundary refuses settings that name a path outside the workspace
// (articles, glossary, allowed_signers), at bitext.yaml:line:column, and a
// state directory that leads outside it.
func (w *Workspace) checkBoundary() error {
	for _, k := range []struct{ key, val string }{
		{"articles", w.Settings.Articles}, {"glossary", w.Settings.Glossary}, {"allowed_signers", w.Settings.AllowedSigners},
	} {
		if k.val == "" || w.within(w.abs(k.val)) {
			continue
		}
		pos := w.Settings.at[k.key]
		return diag.At(w.abs(SettingsFile), pos.Line, pos.Col, CodeOutside, diag.A{"key": k.key, "path": k.val})
	}
	if state := filepath.Join(w.Root, StateDir); !w.within(state) {
		return &diag.Error{Kind: diag.Invalid, Code: CodeOutside, File: state, Args: diag.A{"key": StateDir, "path": StateDir}}
	}
	return nil
}

// checkSource refuses a segment file whose source: leads outside the
// workspace, at the source key's line and column.
func (w *Workspace) checkSource(a *Article) error {
	if !filepath.IsAbs(a.File.Source) && w.within(a.SourceFile()) {
		return nil
	}
	at := a.File.SourceAt
	return diag.At(a.Path, at.Line, at.Col, CodeOutside, diag.A{"key": "source", "path": a.File.Source})
}

// readFile reads a file the workspace names: a regular file, within the
// size limit.
func (w *Workspace) readFile(path string) ([]byte, error) {
	return safeio.ReadRegular(path, w.Settings.MaxFileSize)
}

// refuseSymlink refuses to read or replace a segment file that is a
// symbolic link: a write replaces the file by rename, which would silently
// turn the link into a regular file (or, followed, write elsewhere).
func refuseSymlink(path string) error {
	if st, err := os.Lstat(path); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		return &diag.Error{Kind: diag.Invalid, Code: CodeSymlink, File: path}
	}
	return nil
}

// allowedSignersPath is the absolute path of the allowed-signers file, or
// "" when bitext.yaml names none.
func (w *Workspace) allowedSignersPath() string {
	if w.Settings.AllowedSigners == "" {
		return ""
	}
	return w.abs(w.Settings.AllowedSigners)
}

// AllowedSignersFile is the absolute path of the allowed-signers file, for
// messages; "" when bitext.yaml names none.
func (w *Workspace) AllowedSignersFile() string { return w.allowedSignersPath() }
