package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/bitext-desk/bitext/articles/diag"
)

// Git's side of the merge driver: the attribute that routes segment files
// to it and the local configuration that defines it.
const (
	GitAttributesFile = ".gitattributes"
	MergeDriverName   = "bitext segment-file merge (by segment id)"
	MergeDriverCmd    = "bitext merge-driver %O %A %B %P"
)

// CodeNotGitRepo: `bitext git setup` outside a git work tree.
const CodeNotGitRepo = "err.git.not-a-repository"

// CodeGitFailed: a git command failed.
const CodeGitFailed = "err.git.failed"

func init() { diag.Register(CodeNotGitRepo, CodeGitFailed) }

// GitSetupResult tells what GitSetup changed.
type GitSetupResult struct {
	Attributes     string // the .gitattributes file (absolute)
	AttributesLine string // the line that routes segment files to the driver
	WroteAttrs     bool   // the line was added (false: it was there)
	WroteConfig    bool   // the local git config was set or changed
}

// AttributesLine is the .gitattributes line for the workspace's segment
// files, relative to the workspace root.
func (w *Workspace) AttributesLine() string {
	dir := filepath.ToSlash(w.Settings.Articles)
	if filepath.IsAbs(w.Settings.Articles) {
		dir = "articles"
	}
	return path.Join(dir, "*.yaml") + " merge=bitext"
}

// InGitRepo reports whether the workspace lies inside a git work tree (and
// git is installed).
func (w *Workspace) InGitRepo() bool {
	out, err := w.git("rev-parse", "--is-inside-work-tree")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}

// gitConfig runs git config in the workspace, as a typed error on failure.
func (w *Workspace) gitConfig(args ...string) (string, error) {
	out, err := w.git(append([]string{"config", "--local"}, args...)...)
	if err != nil {
		return "", &diag.Error{Kind: diag.IO, Code: CodeGitFailed,
			Args: diag.A{"command": "git config " + strings.Join(args, " "), "cause": err.Error()}}
	}
	return strings.TrimSpace(string(out)), nil
}

// GitSetup makes git merge the workspace's segment files with bitext's
// merge driver: the attribute in the workspace's .gitattributes and the
// driver in the repository's local config. It changes nothing that is
// already so.
func (w *Workspace) GitSetup() (GitSetupResult, error) {
	res := GitSetupResult{Attributes: filepath.Join(w.Root, GitAttributesFile), AttributesLine: w.AttributesLine()}
	if !w.InGitRepo() {
		return res, &diag.Error{Kind: diag.Usage, Code: CodeNotGitRepo, File: w.Root}
	}
	data, err := os.ReadFile(res.Attributes)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return res, diag.Wrap(res.Attributes, err)
	}
	present := false
	for _, l := range strings.Split(string(data), "\n") {
		if strings.Join(strings.Fields(l), " ") == res.AttributesLine {
			present = true
		}
	}
	if !present {
		text := string(data)
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += res.AttributesLine + "\n"
		if err := WriteFileAtomic(res.Attributes, []byte(text)); err != nil {
			return res, err
		}
		res.WroteAttrs = true
	}
	for _, kv := range [][2]string{{"merge.bitext.name", MergeDriverName}, {"merge.bitext.driver", MergeDriverCmd}} {
		if cur, err := w.gitConfig("--get", kv[0]); err == nil && cur == kv[1] {
			continue
		}
		if _, err := w.gitConfig(kv[0], kv[1]); err != nil {
			return res, err
		}
		res.WroteConfig = true
	}
	return res, nil
}
