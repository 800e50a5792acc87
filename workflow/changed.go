package workflow

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"

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
	if err := w.checkRevAs(rev, CodeBadChangedSince); err != nil {
		return nil, err
	}
	diff, err := w.git("diff", "--name-only", "-z", "--no-renames", "--relative", "--end-of-options", rev, "--")
	if err != nil {
		return nil, &diag.Error{Kind: diag.Usage, Code: CodeBadChangedSince, Args: diag.A{"rev": rev, "cause": err.Error()}}
	}
	untracked, err := w.git("ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, &diag.Error{Kind: diag.Usage, Code: CodeBadChangedSince, Args: diag.A{"rev": rev, "cause": err.Error()}}
	}
	if all == nil {
		if all, err = w.Slugs(); err != nil {
			return nil, err
		}
	}
	changed := map[string]bool{}
	for _, b := range [][]byte{diff, untracked} {
		for _, p := range bytes.Split(b, []byte{0}) {
			if len(p) > 0 {
				changed[string(p)] = true
			}
		}
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
