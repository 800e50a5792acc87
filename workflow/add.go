package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
)

// AddResult tells what `add` made.
type AddResult struct {
	Article *Article
	Source  string // absolute path of the copied source
}

// SlugFromPath derives a slug from a source file name: its base name less
// `.zh.md`, `.md` or `.txt`.
func SlugFromPath(path string) string {
	base := filepath.Base(path)
	for _, ext := range []string{".zh.md", ".md", ".txt"} {
		if strings.HasSuffix(base, ext) {
			return strings.TrimSuffix(base, ext)
		}
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// ReadChineseSource reads a Chinese source file and checks it is usable:
// valid UTF-8, not empty, with Chinese text in it. It returns the raw bytes
// and the normalised text.
func ReadChineseSource(path string) ([]byte, string, error) {
	raw, err := safeio.ReadRegular(path, 0) // a regular file, at most 64 MB
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", &diag.Error{Kind: diag.Usage, Code: diag.CodeIO, File: path, Err: err, Args: diag.A{"cause": "no such file"}}
		}
		return nil, "", err
	}
	norm, err := articles.NormalizeSource(path, raw)
	if err != nil {
		return nil, "", err
	}
	if strings.TrimSpace(norm) == "" {
		return nil, "", diag.At(path, 1, 1, diag.CodeEmpty, nil)
	}
	if !articles.HasChinese(norm) {
		return nil, "", diag.At(path, 1, 1, diag.CodeNoChinese, nil)
	}
	return raw, norm, nil
}

// HasArticle reports whether the article's source or segment file is there
// already (Add refuses it).
func (w *Workspace) HasArticle(slug string) bool { return w.articleFile(slug) != "" }

// articleFile returns the article's source or segment file, the first of
// them that is there, or "".
func (w *Workspace) articleFile(slug string) string {
	for _, p := range []string{w.SourcePath(slug), w.SegmentPath(slug)} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// Add copies a Chinese source into the workspace as articles/<slug>.zh.md
// and writes its segment file, every segment `new`. With prepare set, it may
// fill the new file before it is written (as `add --en` does). Either both
// files are written or neither.
func (w *Workspace) Add(path, slug string, prepare func(f *articles.File, sentences []articles.Sentence) error) (*AddResult, error) {
	if slug == "" {
		slug = SlugFromPath(path)
	}
	if err := CheckSlug(slug); err != nil {
		return nil, err
	}
	raw, norm, err := ReadChineseSource(path)
	if err != nil {
		return nil, err
	}
	unlock, err := w.Lock(slug)
	if err != nil {
		return nil, err
	}
	defer unlock()
	src, seg := w.SourcePath(slug), w.SegmentPath(slug)
	// A source the Chinese desk put in the articles directory itself is
	// added where it is: only its segment file is written.
	inPlace := false
	if st, err := os.Stat(path); err == nil {
		if sst, err := os.Stat(src); err == nil && os.SameFile(st, sst) {
			_, serr := os.Stat(seg)
			inPlace = errors.Is(serr, fs.ErrNotExist)
		}
	}
	if p := w.articleFile(slug); p != "" && !inPlace {
		return nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeSlugExists, File: p, Args: diag.A{"slug": slug}}
	}
	sentences := w.Settings.Segmentation().Split(norm)
	f := articles.NewFile(slug, filepath.Base(src), norm, sentences)
	if prepare != nil {
		if err := prepare(f, sentences); err != nil {
			return nil, err
		}
	}
	data, err := articles.Encode(f)
	if err != nil {
		return nil, diag.Wrap(seg, err)
	}
	if err := os.MkdirAll(w.ArticlesDir(), 0o755); err != nil {
		return nil, diag.Wrap(w.ArticlesDir(), err)
	}
	if inPlace {
		if err := WriteFileAtomic(seg, data); err != nil {
			return nil, err
		}
		return &AddResult{Article: &Article{Slug: slug, Path: seg, File: f, Raw: data}, Source: src}, nil
	}
	// Both files synced together, the directory once.
	if err := writeFilesAtomic([]string{src, seg}, [][]byte{raw, data}); err != nil {
		os.Remove(src) // neither was there before: either both or neither
		os.Remove(seg)
		return nil, err
	}
	return &AddResult{Article: &Article{Slug: slug, Path: seg, File: f, Raw: data}, Source: src}, nil
}
