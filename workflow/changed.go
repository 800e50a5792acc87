package workflow

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/diag"
)

// CodeBadChangedSince: check --changed-since names no commit (exit 2).
const CodeBadChangedSince = "err.check.bad-rev"

func init() { diag.Register(CodeBadChangedSince) }

// ChangedSince lists, sorted, the articles a check must look at after the
// workspace changed since git revision rev (committed, staged, unstaged or
// untracked changes): those whose segment file or source changed, and
// every article when the glossary, bitext.yaml or the allowed signers file
// changed. Articles whose
// segment file was deleted are gone and not listed.
func (w *Workspace) ChangedSince(rev string) ([]string, error) { return w.changedSince(rev, nil) }

// changedSince is ChangedSince among all, the workspace's articles (read
// from the articles directory when nil).
func (w *Workspace) changedSince(rev string, all []string) ([]string, error) {
	return w.changedAmong(w.changedPaths(rev), all)
}

// changedPaths starts asking git which files changed since rev, and
// returns what waits for the answer (see changedFiles).
func (w *Workspace) changedPaths(rev string) func() (map[string]bool, error) {
	_, final := w.changedPathsEarly(rev)
	return final
}

// changedPathsEarly is changedPaths that also returns what waits for the
// first part of the answer, often enough alone: the files the commits
// and the index changed since rev (committed), before git has compared
// the working tree with the index (which, on a fresh clone, means
// hashing every file checked out in the index's second).
func (w *Workspace) changedPathsEarly(rev string) (committed, final func() (map[string]bool, error)) {
	var q gitQueries
	early, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		var wg sync.WaitGroup
		wg.Go(func() { q.work, q.workErr = w.git("ls-files", "-z", "-t", "-m", "-d", "-o", "--exclude-standard") })
		var first sync.WaitGroup
		first.Go(func() { q.revErr = w.checkRevAs(rev, CodeBadChangedSince) })
		first.Go(func() {
			q.cached, q.cachedErr = w.git("diff", "--cached", "--name-only", "-z", "--no-renames", "--relative", "--end-of-options", rev, "--")
		})
		first.Wait()
		close(early)
		wg.Wait()
	}()
	committed = func() (map[string]bool, error) {
		<-early
		if err := q.err(rev, false); err != nil {
			return nil, err
		}
		return nameSet(q.cached), nil
	}
	final = func() (map[string]bool, error) {
		<-done
		return w.changedFrom(rev, &q)
	}
	return committed, final
}

// gitQueries are git's answers to the three questions changedFiles asks.
type gitQueries struct {
	revErr, cachedErr, workErr error
	cached, work               []byte
}

// err is the first error among the answers (the working tree's too, when
// work is set), as changedFiles returns it.
func (q *gitQueries) err(rev string, work bool) error {
	if q.revErr != nil {
		return q.revErr
	}
	errs := []error{q.cachedErr}
	if work { // only once git has answered it: it writes workErr meanwhile
		errs = append(errs, q.workErr)
	}
	for _, err := range errs {
		if err != nil {
			return &diag.Error{Kind: diag.Usage, Code: CodeBadChangedSince, Args: diag.A{"rev": rev, "cause": err.Error()}}
		}
	}
	return nil
}

// nameSet is the set of NUL-separated names.
func nameSet(out []byte) map[string]bool {
	set := map[string]bool{}
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			set[string(p)] = true
		}
	}
	return set
}

// changedFiles lists the workspace-relative paths whose content in the
// working tree differs from rev's, or that git does not track (and does
// not ignore): what 'git diff REV' and 'git ls-files --others' list. It
// asks git three things at once: whether rev is a commit, what the index
// changed since rev (commits and staged changes: trees alone are compared)
// and what the working tree changed since the index (modified, deleted,
// untracked). A path in both of the last two is asked about again, alone:
// its working tree may be what rev has.
func (w *Workspace) changedFiles(rev string) (map[string]bool, error) {
	return w.changedPaths(rev)()
}

// changedFrom is changedFiles from git's answers.
func (w *Workspace) changedFrom(rev string, q *gitQueries) (map[string]bool, error) {
	if err := q.err(rev, true); err != nil {
		return nil, err
	}
	changed := nameSet(q.cached)
	var both []string // changed in the index and in the working tree
	untracked := map[string]bool{}
	for _, e := range bytes.Split(q.work, []byte{0}) {
		tag, p, ok := bytes.Cut(e, []byte{' '})
		if !ok || len(p) == 0 {
			continue
		}
		switch {
		case string(tag) == "?":
			untracked[string(p)] = true
		case changed[string(p)]:
			both = append(both, string(p))
			continue
		}
		changed[string(p)] = true
	}
	if len(both) > 0 {
		args := []string{"--literal-pathspecs", "diff", "--name-only", "-z", "--no-renames", "--relative", "--end-of-options", rev, "--"}
		if len(both) <= 200 {
			args = append(args, both...)
		}
		out, err := w.git(args...)
		if err != nil {
			return nil, &diag.Error{Kind: diag.Usage, Code: CodeBadChangedSince, Args: diag.A{"rev": rev, "cause": err.Error()}}
		}
		differ := map[string]bool{}
		for _, p := range bytes.Split(out, []byte{0}) {
			differ[string(p)] = true
		}
		for _, p := range both {
			if !differ[p] && !untracked[p] {
				delete(changed, p) // changed, then changed back
			}
		}
	}
	return changed, nil
}

// changedAmong is ChangedSince among all, given the changed files.
func (w *Workspace) changedAmong(files func() (map[string]bool, error), all []string) ([]string, error) {
	if all == nil {
		var err error
		if all, err = w.Slugs(); err != nil {
			return nil, err
		}
	}
	changed, err := files()
	if err != nil {
		return nil, err
	}
	if changed[w.Rel(w.GlossaryPath())] || changed[SettingsFile] ||
		w.allowedSignersPath() != "" && changed[w.Rel(w.allowedSignersPath())] {
		return all, nil // what every article is checked against
	}
	exists := make(map[string]bool, len(all))
	for _, s := range all {
		exists[s] = true
	}
	dir := w.Rel(w.ArticlesDir())
	picked := map[string]bool{}
	var others []string // changed files that are not segment files: sources, perhaps
	for p := range changed {
		if d, name := path.Split(p); strings.TrimSuffix(d, "/") == dir && strings.HasSuffix(name, ".yaml") {
			if slug := strings.TrimSuffix(name, ".yaml"); exists[slug] {
				picked[slug] = true
			}
			continue
		}
		others = append(others, p)
	}
	if len(others) > 0 {
		// Which articles read the changed files as their source: the
		// source key at the top of each segment file says.
		sources := make([]string, len(all))
		parallel(len(all), func(i int) {
			if !picked[all[i]] {
				sources[i] = w.sourceOf(all[i])
			}
		})
		for i, slug := range all {
			if src := sources[i]; src != "" && changed[src] {
				picked[slug] = true
			}
		}
		for i, slug := range all {
			if sources[i] == "?" { // could not tell: check it
				picked[slug] = true
			}
		}
	}
	out := make([]string, 0, len(picked))
	for _, s := range all {
		if picked[s] {
			out = append(out, s)
		}
	}
	return out, nil
}

// segmentsChanged is the articles among all whose segment files are in
// files, in all's order; false when files hold anything else (a source,
// the glossary, bitext.yaml...), which changedAmong must weigh.
func (w *Workspace) segmentsChanged(files func() (map[string]bool, error), all []string) ([]string, bool) {
	changed, err := files()
	if err != nil {
		return nil, false
	}
	dir := w.Rel(w.ArticlesDir())
	picked := map[string]bool{}
	for p := range changed {
		d, name := path.Split(p)
		if strings.TrimSuffix(d, "/") != dir || !strings.HasSuffix(name, ".yaml") {
			return nil, false
		}
		picked[strings.TrimSuffix(name, ".yaml")] = true
	}
	var out []string
	for _, s := range all {
		if picked[s] {
			out = append(out, s)
		}
	}
	return out, true
}

// headerSize is how much of a segment file is read to find its source: the
// keys before the segments fit in it.
const headerSize = 4096

// sourceOf returns the workspace-relative path of an article's source as
// its segment file names it, read from the file's top-level keys; "?" when
// they cannot be read that way (the check then looks at the article).
func (w *Workspace) sourceOf(slug string) string {
	f, err := os.Open(w.SegmentPath(slug))
	if err != nil {
		return "?"
	}
	defer f.Close()
	buf := make([]byte, headerSize)
	n, _ := f.Read(buf)
	head := string(buf[:n])
	for rest := head; rest != ""; {
		line, after, found := strings.Cut(rest, "\n")
		if !found && n == headerSize {
			break // cut off
		}
		if strings.HasPrefix(line, "source:") {
			var v struct {
				Source string `yaml:"source"`
			}
			if yaml.Unmarshal([]byte(line), &v) != nil || v.Source == "" {
				return "?"
			}
			return w.Rel(filepath.Join(w.ArticlesDir(), filepath.FromSlash(v.Source)))
		}
		if strings.HasPrefix(line, "segments:") {
			break
		}
		rest = after
	}
	return "?"
}
