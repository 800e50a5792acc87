// Package workflow runs bitext's jobs over a workspace: finding it and its
// settings, adding articles, claims, approvals, sync and drift, and running
// every check into findings. It never prints and never exits; the command
// line renders what it returns.
package workflow

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/workflow/signing"
)

// Workspace is an open workspace: its root directory and settings.
type Workspace struct {
	Root     string
	Settings Settings
	// IgnoreWritten: Init wrote or extended .gitignore to ignore StateDir.
	IgnoreWritten bool

	// OnLockWait, when set, is told once when a command has to wait for an
	// article another process is writing: who holds it, how long it waits.
	OnLockWait func(article, holder string, timeout time.Duration)

	signers  *signing.AllowedSigners // allowed_signers, loaded by Find
	resolved *resolvedDirs           // directories resolved (within), set by Find
	settled  bool                    // the workspace has a bitext.yaml
}

// StateDir is the workspace's private directory (locks, caches, editor
// text translate refused, in unsaved/); it is ignored by git and safe to
// delete but for unsaved/.
const StateDir = ".bitext"

// Find opens the workspace: dir when given, else the nearest directory at or
// above cwd that holds bitext.yaml, else cwd itself. A directory with neither
// bitext.yaml nor an articles directory is not a workspace.
func Find(dir, cwd string) (*Workspace, error) {
	root, hasSettings := "", false
	if dir != "" {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, diag.Wrap(dir, err)
		}
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeNoWorkspace, File: dir}
		}
		root = abs
		_, err = os.Stat(filepath.Join(root, SettingsFile))
		hasSettings = err == nil
	} else {
		for d := cwd; ; {
			if _, err := os.Stat(filepath.Join(d, SettingsFile)); err == nil {
				root, hasSettings = d, true
				break
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
		if root == "" {
			root = cwd
		}
	}
	settings, err := LoadSettings(filepath.Join(root, SettingsFile))
	if err != nil {
		return nil, err
	}
	ws := &Workspace{Root: root, Settings: settings, resolved: &resolvedDirs{dirs: map[string]string{}}, settled: hasSettings}
	if err := ws.checkBoundary(); err != nil {
		return nil, err
	}
	if ws.signers, err = ws.AllowedSigners(); err != nil {
		return nil, err
	}
	if !hasSettings {
		if st, err := os.Stat(ws.ArticlesDir()); err != nil || !st.IsDir() {
			return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeNoWorkspace, File: root}
		}
	}
	return ws, nil
}

// Init creates a workspace in dir: settings, an empty glossary, articles/.
// It refuses a directory that already has bitext.yaml.
func Init(dir string) (*Workspace, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, diag.Wrap(dir, err)
	}
	settingsPath := filepath.Join(abs, SettingsFile)
	if _, err := os.Stat(settingsPath); err == nil {
		return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeWorkspaceExists, File: settingsPath}
	}
	ws := &Workspace{Root: abs, Settings: DefaultSettings(), settled: true}
	if err := os.MkdirAll(ws.ArticlesDir(), 0o755); err != nil {
		return nil, diag.Wrap(ws.ArticlesDir(), err)
	}
	if _, err := os.Stat(ws.GlossaryPath()); errors.Is(err, fs.ErrNotExist) {
		if err := WriteFileAtomic(ws.GlossaryPath(), []byte("# the term base: see README\nterms: []\n")); err != nil {
			return nil, err
		}
	}
	ignored, err := ignoreState(abs)
	if err != nil {
		return nil, diag.Wrap(filepath.Join(abs, ".gitignore"), err)
	}
	ws.IgnoreWritten = ignored
	if err := WriteFileAtomic(settingsPath, []byte(DefaultSettingsYAML)); err != nil {
		return nil, err
	}
	return ws, nil
}

// ArticlesDir is the absolute path of the articles directory.
func (w *Workspace) ArticlesDir() string { return w.abs(w.Settings.Articles) }

// GlossaryPath is the absolute path of the glossary.
func (w *Workspace) GlossaryPath() string { return w.abs(w.Settings.Glossary) }

func (w *Workspace) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(w.Root, filepath.FromSlash(p))
}

// Rel makes an absolute path workspace-relative and slash-separated.
func (w *Workspace) Rel(path string) string { return Rel(w.Root, path) }

// SegmentPath is the segment file of an article.
func (w *Workspace) SegmentPath(slug string) string {
	return filepath.Join(w.ArticlesDir(), slug+".yaml")
}

// SourcePath is the default Chinese source of an article.
func (w *Workspace) SourcePath(slug string) string {
	return filepath.Join(w.ArticlesDir(), slug+".zh.md")
}

var slugRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// CheckSlug rejects slugs that are empty, hold a path separator or "..",
// or use characters outside letters, digits, '.', '_' and '-'.
func CheckSlug(slug string) error {
	if !slugRe.MatchString(slug) || strings.Contains(slug, "..") || strings.HasSuffix(slug, ".zh") || len(slug) > 200 {
		return &diag.Error{Kind: diag.Usage, Code: diag.CodeBadSlug, Args: diag.A{"slug": slug}}
	}
	return nil
}

// Slugs lists the workspace's articles (segment files), sorted.
func (w *Workspace) Slugs() ([]string, error) {
	// Read unsorted (os.ReadDir sorts every entry, sources too): the
	// slugs alone are sorted.
	entries, err := readDirUnsorted(w.ArticlesDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, diag.Wrap(w.ArticlesDir(), err)
	}
	var slugs []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".yaml") {
			continue
		}
		slugs = append(slugs, strings.TrimSuffix(name, ".yaml"))
	}
	sort.Strings(slugs)
	return slugs, nil
}

// Unadded lists the Chinese sources in the articles directory that have no
// segment file (one the desk put there by hand, not through add), as
// workspace-relative paths, sorted. status names them: nothing else reads
// them until they are added.
func (w *Workspace) Unadded() ([]string, error) {
	entries, err := readDirUnsorted(w.ArticlesDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, diag.Wrap(w.ArticlesDir(), err)
	}
	names := make(map[string]bool, len(entries))
	for _, e := range entries {
		names[e.Name()] = !e.IsDir()
	}
	var out []string
	for name, file := range names {
		slug, ok := strings.CutSuffix(name, ".zh.md")
		if !file || !ok || strings.HasPrefix(name, ".") || names[slug+".yaml"] || CheckSlug(slug) != nil {
			continue
		}
		out = append(out, w.Rel(filepath.Join(w.ArticlesDir(), name)))
	}
	sort.Strings(out)
	return out, nil
}

// readDirUnsorted is os.ReadDir without the sort.
func readDirUnsorted(dir string) ([]fs.DirEntry, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// Resolve turns the articles named on the command line into slugs; none
// named means all of them. An unknown slug is an error.
func (w *Workspace) Resolve(names []string) ([]string, error) {
	if len(names) == 0 {
		return w.Slugs()
	}
	out := make([]string, 0, len(names))
	seen := map[string]bool{}
	for _, n := range names {
		slug := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(n), ".yaml"), ".zh.md")
		if CheckSlug(slug) != nil {
			return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeNoArticle, Args: diag.A{"article": n}}
		}
		if _, err := os.Stat(w.SegmentPath(slug)); err != nil {
			args := diag.A{"article": n}
			if near := w.nearSlug(slug); near != "" {
				args["near"] = near
			}
			return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeNoArticle, Args: args}
		}
		if !seen[slug] {
			seen[slug] = true
			out = append(out, slug)
		}
	}
	return out, nil
}

// Article is a loaded article: its segment file and where it lives.
type Article struct {
	Slug string
	Path string // absolute path of the segment file
	File *articles.File
	Raw  []byte // the bytes it was read from

	ws *Workspace // the workspace it was loaded from, for its file limits

	// What lets Save write only the segments a command changed: where each
	// segment is in Raw (nil when Raw is not in the canonical layout), what
	// was read (set by Update), and the segments the command touched.
	layout  *articles.Layout
	read    *articles.File
	touched map[*articles.Segment]bool
}

// Touch tells Save that segs are segments this change changes. Once a
// command touches any, Save writes only the touched segments into the
// bytes read (articles.Splice), which is what writing the whole file would
// give as long as nothing else changed: a command that touches must touch
// every segment it changes, and change nothing outside the segments.
func (a *Article) Touch(segs ...*articles.Segment) {
	if a.touched == nil {
		a.touched = map[*articles.Segment]bool{}
	}
	for _, s := range segs {
		a.touched[s] = true
	}
}

// verifySplice makes Save check every spliced write against writing the
// whole file, and counts them in spliced; the package's tests set it.
var (
	verifySplice = false
	spliced      atomic.Int64
)

// encode is the file's bytes: the touched segments spliced into the bytes
// read when it can, else the whole file written again.
func (a *Article) encode() ([]byte, error) {
	idx, ok := a.spliceable()
	if !ok {
		return articles.Encode(a.File)
	}
	data, err := articles.Splice(a.File, a.Raw, a.layout, idx)
	if verifySplice {
		whole, werr := articles.Encode(a.File)
		if (err == nil) != (werr == nil) || string(whole) != string(data) {
			panic(fmt.Sprintf("%s: the spliced write differs from the whole file (touched %v)", a.Path, idx))
		}
		spliced.Add(1)
	}
	return data, err
}

// spliceable returns the indices of the touched segments when Save may
// splice: something was touched, the file was read in the canonical
// layout, and its segments, archive and head are those read.
func (a *Article) spliceable() ([]int, bool) {
	f, r := a.File, a.read
	if len(a.touched) == 0 || a.layout == nil || r == nil || len(f.Segments) != len(r.Segments) || len(f.Archived) != len(r.Archived) ||
		f.Version != r.Version || f.Article != r.Article || f.Source != r.Source || f.SourceSHA256 != r.SourceSHA256 {
		return nil, false
	}
	var idx []int
	for i, s := range f.Segments {
		if s != r.Segments[i] {
			return nil, false
		}
		if a.touched[s] {
			idx = append(idx, i)
		}
	}
	for i, x := range f.Archived {
		if x != r.Archived[i] {
			return nil, false
		}
	}
	return idx, len(idx) == len(a.touched)
}

// SourceFile is the absolute path of the article's Chinese source.
func (a *Article) SourceFile() string {
	return filepath.Join(filepath.Dir(a.Path), filepath.FromSlash(a.File.Source))
}

// nearSlug is the one article whose slug is a typing slip away from slug
// (see oneTypo), or "" when none is, or several are.
func (w *Workspace) nearSlug(slug string) string {
	slugs, _ := w.Slugs()
	near := ""
	for _, s := range slugs {
		if oneTypo(slug, s) {
			if near != "" {
				return ""
			}
			near = s
		}
	}
	return near
}

// Load reads an article's segment file.
func (w *Workspace) Load(slug string) (*Article, error) {
	path := w.SegmentPath(slug)
	if err := refuseSymlink(path); err != nil {
		return nil, err
	}
	data, err := w.readFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeNoArticle, Args: diag.A{"article": slug}}
		}
		return nil, err
	}
	return w.loadBytes(slug, path, data)
}

// loadBytes decodes an article's segment file from the bytes read at path.
func (w *Workspace) loadBytes(slug, path string, data []byte) (*Article, error) {
	f, layout, err := articles.DecodeLayout(path, data)
	if err != nil {
		return nil, err
	}
	a := &Article{Slug: slug, Path: path, File: f, Raw: data, ws: w, layout: layout}
	if err := w.checkSource(a); err != nil {
		return nil, err
	}
	return a, nil
}

// Save writes the article's segment file atomically, unless its bytes would
// not change (so a no-op never touches the file).
func (a *Article) Save() error {
	data, err := a.encode()
	if err != nil {
		return diag.Wrap(a.Path, err)
	}
	if string(data) == string(a.Raw) {
		return nil
	}
	if err := WriteFileAtomic(a.Path, data); err != nil {
		return err
	}
	a.Raw, a.layout, a.read, a.touched = data, nil, nil, nil
	return nil
}

// Lock takes the workspace's lock for one article, for a read-modify-write.
func (w *Workspace) Lock(slug string) (func(), error) {
	return w.lockArticle(slug, nil)
}

// lockArticle is Lock. temps, when not nil, is what listTemps found in the
// articles directory before: a command that locks many articles lists the
// directory once instead of once per lock.
func (w *Workspace) lockArticle(slug string, temps map[string][]string) (func(), error) {
	unlock, err := lockFile(filepath.Join(w.Root, StateDir, "locks", slug+".lock"), slug, w.Settings.LockTimeout, func(holder string) {
		if w.OnLockWait != nil {
			w.OnLockWait(slug, holder, w.Settings.LockTimeout)
		}
	})
	if err != nil {
		return nil, err
	}
	// A write killed mid-way left its temporary files: nobody owns them now.
	for _, name := range []string{slug + ".yaml", slug + ".zh.md"} {
		if temps == nil {
			removeTemps(w.ArticlesDir(), name)
			continue
		}
		for _, p := range temps[name] {
			os.Remove(p)
		}
	}
	return unlock, nil
}

// Update loads an article under its lock, lets fn change it, and saves it if
// fn succeeds. When fn returns an error nothing is written.
func (w *Workspace) Update(slug string, fn func(a *Article) error) error {
	unlock, err := w.Lock(slug)
	if err != nil {
		return err
	}
	defer unlock()
	a, err := w.Load(slug)
	if err != nil {
		return err
	}
	// What was read, to tell a change of the segments' list from one of
	// the segments a command touched.
	a.read = &articles.File{Version: a.File.Version, Article: a.File.Article, Source: a.File.Source, SourceSHA256: a.File.SourceSHA256,
		Segments: slices.Clone(a.File.Segments), Archived: slices.Clone(a.File.Archived)}
	if err := fn(a); err != nil {
		return err
	}
	return a.Save()
}

// ReadSource reads and normalises an article's Chinese source.
func (a *Article) ReadSource() (string, error) {
	path := a.SourceFile()
	limit := safeio.DefaultLimit
	if a.ws != nil {
		limit = a.ws.Settings.MaxFileSize
	}
	raw, err := safeio.ReadRegular(path, limit)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", &diag.Error{Kind: diag.Invalid, Code: diag.CodeSourceMissing, File: path, Args: diag.A{"segments": a.Path}}
		}
		return "", err
	}
	return articles.NormalizeSource(path, raw)
}
