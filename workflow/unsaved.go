package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// CheckTranslate refuses, before any text is asked for, what Translate
// would refuse whatever the text: an unknown segment, someone else's live
// claim. The command line calls it before it opens an editor, so nobody
// types a translation that cannot be saved.
func (w *Workspace) CheckTranslate(slug, id, as string, now time.Time) (*articles.Segment, error) {
	a, err := w.Load(slug)
	if err != nil {
		return nil, err
	}
	segs, err := pick(a, []string{id})
	if err != nil {
		return nil, err
	}
	if w.heldByOther(segs[0], as, stamp(now)) {
		return nil, claimedErr(slug, segs[0])
	}
	return segs[0], nil
}

// UnsavedPath is where the English a translator wrote in the editor is
// kept when translate refuses it, so it is never lost: under the
// workspace's private directory, which git ignores. "" when the id cannot
// name a file.
func (w *Workspace) UnsavedPath(slug, id string) string {
	if CheckSlug(slug) != nil || id == "" || strings.ContainsAny(id, `/\`) || strings.HasPrefix(id, ".") {
		return ""
	}
	return filepath.Join(w.Root, StateDir, "unsaved", slug+"-"+id+".txt")
}

// KeepUnsaved writes text to UnsavedPath and returns the path.
func (w *Workspace) KeepUnsaved(slug, id, text string) (string, error) {
	path := w.UnsavedPath(slug, id)
	if path == "" {
		return "", nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	return path, WriteFileAtomic(path, []byte(text+"\n"))
}

// Unsaved is the text kept by KeepUnsaved, if any.
func (w *Workspace) Unsaved(slug, id string) (string, bool) {
	path := w.UnsavedPath(slug, id)
	if path == "" {
		return "", false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	return strings.TrimSpace(string(data)), true
}

// DropUnsaved removes the kept text once it has been saved.
func (w *Workspace) DropUnsaved(slug, id string) error {
	path := w.UnsavedPath(slug, id)
	if path == "" {
		return nil
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
