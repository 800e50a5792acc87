package main

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
)

var (
	msgMergeUsage    = &i18n.Message{ID: "cmd.merge-driver.usage", Other: "git's merge driver for segment files (set up by 'bitext git setup'): merge by segment id"}
	msgMergeDesc     = &i18n.Message{ID: "cmd.merge-driver.description", Other: "Git runs it as 'bitext merge-driver %O %A %B %P' (base, ours, theirs, path); the result is written over ours. Exit codes: 0 merged cleanly; 1 merged with conflicts recorded in the file (see 'bitext check', end them with 'bitext resolve'); 2 could not merge."}
	msgMergeConflict = &i18n.Message{ID: "cmd.merge-driver.conflict", One: "{{.File}}: segment {{.Segments}} was translated differently on both branches: ours is kept, theirs is recorded beside it", Other: "{{.File}}: {{.Count}} segments were translated differently on both branches: ours are kept, theirs recorded beside them: {{.Segments}}"}
	msgMergeSource   = &i18n.Message{ID: "cmd.merge-driver.source-conflict", One: "{{.File}}: {{.Count}} part of the source was edited differently on both branches: ours is kept; resolve the source, then run 'bitext sync {{.Article}}'", Other: "{{.File}}: {{.Count}} parts of the source were edited differently on both branches: ours are kept; resolve the source, then run 'bitext sync {{.Article}}'"}
	msgMergeRenamed  = &i18n.Message{ID: "cmd.merge-driver.renamed", Other: "{{.File}}: segment id {{.Segment}} named different segments on the two branches: theirs got a new id"}
	msgMergeArchived = &i18n.Message{ID: "cmd.merge-driver.archived", One: "{{.File}}: {{.Count}} translated segment lost its sentence in the merged source: its English is in the archive", Other: "{{.File}}: {{.Count}} translated segments lost their sentences in the merged source: their English is in the archive"}
	msgMergeHint     = &i18n.Message{ID: "cmd.merge-driver.hint", Other: "'bitext check {{.Article}}' shows both versions; end each conflict with 'bitext resolve {{.Article}} SEG --ours' (or --theirs, or 'bitext translate'), then 'git add {{.File}}'"}
	msgMergeAsText   = &i18n.Message{ID: "cmd.merge-driver.as-text", Other: "{{.File}} cannot be merged by segment; it was merged as text by git merge-file"}
)

// maxListed is how many conflicting segment ids the driver names; check
// lists them all.
const maxListed = 10

type mergeDriverOptions struct {
	base, ours, theirs, path string
}

func (a *app) newMergeDriverCommand() *cli.Command {
	return &cli.Command{
		Name:        "merge-driver",
		Usage:       a.t(msgMergeUsage),
		Description: a.t(msgMergeDesc),
		ArgsUsage:   "BASE OURS THEIRS [PATH]",
		Action: func(c *cli.Context) error {
			if c.NArg() < 3 || c.NArg() > 4 {
				return a.argsError("merge-driver", c.NArg())
			}
			args := c.Args().Slice()
			opts := mergeDriverOptions{base: args[0], ours: args[1], theirs: args[2], path: args[1]}
			if len(args) == 4 {
				opts.path = args[3]
			}
			return a.runMergeDriver(c, opts)
		},
	}
}

func (a *app) runMergeDriver(c *cli.Context, opts mergeDriverOptions) error {
	settings := workflow.DefaultSettings()
	// The workspace's settings, when the merged file lies in one.
	if ws, err := workflow.Find(c.String("workspace"), filepath.Dir(a.absPath(opts.path))); err == nil {
		settings = ws.Settings
	}
	file := filepath.ToSlash(opts.path)
	article := strings.TrimSuffix(filepath.Base(opts.path), ".yaml")
	res, err := workflow.MergeFiles(a.absPath(opts.base), a.absPath(opts.ours), a.absPath(opts.theirs), settings.SyncSimilarity, settings.Segmentation(), a.Now())
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Kind == diag.Invalid {
			return a.mergeAsText(opts, file, de)
		}
		return err
	}
	for _, id := range res.Renamed {
		a.warn(msgMergeRenamed, "File", file, "Segment", id)
	}
	if res.Archived > 0 {
		a.warn(msgMergeArchived, "File", file, "Count", res.Archived)
	}
	if n := len(res.Conflicts); n > 0 {
		ids := res.Conflicts
		if n > maxListed {
			ids = append(ids[:maxListed:maxListed], "…")
		}
		a.warn(msgMergeConflict, "File", file, "Count", n, "Segments", strings.Join(ids, ", "))
	}
	if res.SourceConflicts > 0 {
		a.warn(msgMergeSource, "File", file, "Count", res.SourceConflicts, "Article", article)
	}
	if len(res.Conflicts) > 0 {
		a.hint(msgMergeHint, "Article", article, "File", file)
	}
	if !res.Clean() {
		a.exitCode = exitNo
	}
	return nil
}

// mergeAsText falls back to git's own text merge for a file bitext cannot
// read (it is not a segment file, or it has conflict markers already), so
// that the merge goes on as git would have done it.
func (a *app) mergeAsText(opts mergeDriverOptions, file string, cause *diag.Error) error {
	fmt.Fprintln(a.Stderr, a.t(msgErrorPrefix, "Text", a.renderError(cause)))
	a.warn(msgMergeAsText, "File", file)
	cmd := exec.Command("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
		a.absPath(opts.ours), a.absPath(opts.base), a.absPath(opts.theirs))
	cmd.Stderr = a.Stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() > 0 {
			a.exitCode = exitNo // conflicts, left in the file as markers
			return nil
		}
		return &diag.Error{Kind: diag.IO, Code: workflow.CodeGitFailed, Args: diag.A{"command": "git merge-file", "cause": err.Error()}}
	}
	return nil
}
