package workflow

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// SyncResult tells what `sync` did to one article.
type SyncResult struct {
	Article  string `json:"article"`
	File     string `json:"file"`
	Kept     int    `json:"kept"`     // carried over with their text unchanged (or untranslated and edited)
	Stale    int    `json:"stale"`    // edited after translation: English kept, now stale
	Restored int    `json:"restored"` // back to the text their English was made for, or back from the archive
	Cosmetic int    `json:"cosmetic"` // of Kept: carried through a punctuation-only edit (CosmeticEdit)
	New      int    `json:"new"`      // sentences the old source did not have
	Archived int    `json:"archived"` // removed sentences whose English went to the archive
	Dropped  int    `json:"dropped"`  // removed sentences that had no English
	Changed  bool   `json:"changed"`  // the segment file was rewritten
}

// SyncFile carries the work in f over to a new version of its source
// (normalised text norm), in place. Pairing is PairTexts with threshold;
// now stamps archived segments. See README § sync for the rules.
func SyncFile(f *articles.File, norm string, threshold float64, now time.Time) SyncResult {
	sentences := articles.SplitSentences(norm)
	old := f.Segments
	// Pairing is by sentence: a joined segment takes part with each of the
	// sentences it spans, and owner maps them back to it.
	var oldTexts []OldText
	var owner []int
	for i, s := range old {
		zhs, prevs := []string{s.ZH}, []string{s.PreviousZH}
		if s.Joined() {
			zhs, prevs = pieces(s.ZH), pieces(s.PreviousZH)
		}
		for k, z := range zhs {
			ot := OldText{ZH: z}
			if s.State == articles.Stale && len(prevs) == len(zhs) {
				ot.Prev = prevs[k]
			}
			oldTexts = append(oldTexts, ot)
			owner = append(owner, i)
		}
	}
	news := make([]string, len(sentences))
	for j, s := range sentences {
		news[j] = s.Text
	}
	p := PairTexts(oldTexts, news, threshold)
	own := make([]int, len(sentences)) // new sentence → the old segment that continues it, or -1
	last := map[int]int{}              // joined old segment → the last new sentence it continues
	for j, q := range p.Old {
		own[j] = -1
		if q >= 0 {
			own[j] = owner[q]
			if old[own[j]].Joined() {
				last[own[j]] = j
			}
		}
	}

	var r SyncResult
	used := f.IDs()
	taken := make([]bool, len(old))
	archive := map[string]int{} // zh of an archived segment with English → its index
	for k, a := range f.Archived {
		if _, dup := archive[a.ZH]; !dup && a.EN != "" {
			archive[a.ZH] = k
		}
	}
	unarchived := map[int]bool{}
	segs := make([]*articles.Segment, 0, len(sentences))
	for j := 0; j < len(sentences); j++ {
		sen := sentences[j]
		text, n := sen.Text, 1
		i := own[j]
		if i >= 0 && taken[i] {
			i = -1 // a sentence of a joined segment that no longer stands with the rest: new
		}
		if i >= 0 && old[i].Joined() {
			// The join keeps the sentences it continues from here on, in
			// this paragraph, with any new sentence between them; it stops
			// at a sentence another segment continues.
			k := j
			for k+1 <= last[i] && sentences[k+1].Para == sen.Para && (own[k+1] == i || own[k+1] == -1) {
				k++
			}
			for k > j && own[k] != i {
				k--
			}
			var b strings.Builder
			for _, t := range sentences[j : k+1] {
				b.WriteString(t.Text)
			}
			text, n, j = b.String(), k-j+1, k
		}
		var seg *articles.Segment
		if i >= 0 {
			seg, taken[i] = old[i], true
			switch carry(seg, text) {
			case carriedSame:
				r.Kept++
			case carriedCosmetic:
				r.Kept++
				r.Cosmetic++
			case carriedStale:
				r.Stale++
			case carriedRestored:
				r.Restored++
			}
		} else if k, ok := archive[text]; ok && !unarchived[k] {
			unarchived[k] = true
			seg = fromArchive(f.Archived[k])
			r.Restored++
		} else {
			seg = &articles.Segment{ID: articles.NewID(used), ZH: text, State: articles.New}
			r.New++
		}
		seg.Para, seg.Sentences = sen.Para, 0
		if n > 1 {
			seg.Sentences = n
		}
		if seg.State != articles.Stale {
			seg.StaleFrom = ""
		}
		segs = append(segs, seg)
	}

	var arch []*articles.Archived
	for k, a := range f.Archived {
		if !unarchived[k] {
			arch = append(arch, a)
		}
	}
	for i, s := range old {
		if taken[i] {
			continue
		}
		if strings.TrimSpace(s.EN) == "" {
			r.Dropped++
			continue
		}
		a := &articles.Archived{ID: s.ID, Para: s.Para, ZH: s.ZH, EN: s.EN, State: s.State, Translator: s.Translator,
			RemovedAt: now.UTC().Truncate(time.Second)}
		if s.State == articles.Stale && s.PreviousZH != "" {
			// Archive the pair that belongs together: the English and the
			// Chinese it was made for.
			a.ZH, a.State = s.PreviousZH, restoredState(s)
		}
		arch = append(arch, a)
		r.Archived++
	}
	f.Segments, f.Archived = segs, arch
	f.SourceSHA256 = articles.SourceSHA256(norm)
	return r
}

// pieces splits a joined segment's Chinese back into its sentences.
func pieces(zh string) []string {
	if zh == "" {
		return nil
	}
	ss := articles.SplitSentences(zh)
	out := make([]string, len(ss))
	for k, s := range ss {
		out[k] = s.Text
	}
	return out
}

type carried int

const (
	carriedSame carried = iota
	carriedStale
	carriedRestored
	carriedCosmetic
)

// carry moves segment seg onto the sentence text.
func carry(seg *articles.Segment, text string) carried {
	switch {
	case text == seg.ZH:
		return carriedSame
	case seg.State == articles.Stale && seg.PreviousZH != "" && text == seg.PreviousZH:
		seg.State = restoredState(seg)
		seg.ZH, seg.PreviousZH, seg.StaleFrom = text, "", ""
		return carriedRestored
	case strings.TrimSpace(seg.EN) == "":
		// Nothing was translated: the segment just follows its source.
		seg.ZH = text
		return carriedSame
	case seg.State != articles.Stale && CosmeticEdit(seg.ZH, text):
		carryCosmetic(seg, text)
		return carriedCosmetic
	}
	if seg.State != articles.Stale {
		// The first edit: remember what the English was made for. A
		// second edit before retranslation keeps the original.
		seg.PreviousZH, seg.StaleFrom, seg.State = seg.ZH, seg.State, articles.Stale
	} else if seg.PreviousZH == "" {
		seg.PreviousZH = seg.ZH // stale by hand, with no record: the best we know
	}
	seg.ZH = text
	return carriedStale
}

// restoredState is the state a stale segment returns to when its source
// text returns to PreviousZH: the state it had (stale_from), else approved
// if the approval kept in the file is valid for that text, else translated.
func restoredState(seg *articles.Segment) articles.State {
	back := *seg
	back.ZH = seg.PreviousZH
	valid := back.ApprovalValid()
	switch seg.StaleFrom {
	case articles.New, articles.Draft, articles.Translated:
		return seg.StaleFrom
	case articles.Approved:
		if !valid {
			return articles.Translated // the English was changed while stale
		}
	}
	if valid {
		return articles.Approved
	}
	return articles.Translated
}

// fromArchive brings an archived segment back when its sentence returns.
// The archive keeps no approval, so an approved one comes back translated,
// to be approved again.
func fromArchive(a *articles.Archived) *articles.Segment {
	st := a.State
	switch st {
	case articles.Approved, articles.Stale, "":
		st = articles.Translated
	}
	return &articles.Segment{ID: a.ID, ZH: a.ZH, EN: a.EN, State: st, Translator: a.Translator}
}

// readSyncSource reads an article's source for sync: it must exist, be valid
// UTF-8, not be empty and have Chinese in it.
func readSyncSource(a *Article) (string, error) {
	norm, err := a.ReadSource()
	if err != nil {
		return "", err
	}
	if norm == "" {
		return "", diag.At(a.SourceFile(), 1, 1, diag.CodeEmpty, nil)
	}
	if !articles.HasChinese(norm) {
		return "", diag.At(a.SourceFile(), 1, 1, diag.CodeNoChinese, nil)
	}
	return norm, nil
}

// synced is one article computed by sync, not yet written: only bytes are
// kept, so that syncing thousands of articles holds little memory.
type synced struct {
	path      string
	raw, data []byte // the segment file as read, and as it is to be written
	r         SyncResult
}

// syncOne loads, syncs and encodes one article, without writing.
func (w *Workspace) syncOne(slug string, now time.Time) (synced, error) {
	a, err := w.Load(slug)
	if err != nil {
		return synced{}, err
	}
	norm, err := readSyncSource(a)
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Code == diag.CodeSourceMissing {
			// Name the segment file as the user knows it.
			c := *de
			c.Args = diag.A{"segments": w.Rel(a.Path)}
			err = &c
		}
		return synced{}, err
	}
	r := SyncFile(a.File, norm, w.Settings.SyncSimilarity, now)
	r.Article, r.File = slug, w.Rel(a.Path)
	data, err := articles.Encode(a.File)
	if err != nil {
		return synced{}, diag.Wrap(a.Path, err)
	}
	r.Changed = !bytes.Equal(data, a.Raw)
	return synced{path: a.Path, raw: a.Raw, data: data, r: r}, nil
}

// Sync re-segments the sources of the named articles (none: all) and
// carries their work over. It is all or nothing: every article is read,
// checked and computed before any file is written, so one bad source leaves
// every file as it was. A file that did not change is not rewritten.
//
// Articles are computed in parallel without locks; each is then written
// under its lock, after checking that its segment file still holds the bytes
// it was computed from (if someone wrote it in between, it is synced again
// from what is there now).
func (w *Workspace) Sync(names []string, now time.Time) ([]SyncResult, error) {
	slugs, err := w.Resolve(names)
	if err != nil {
		return nil, err
	}
	jobs := make([]synced, len(slugs))
	errs := make([]error, len(slugs))
	parallel(len(slugs), func(k int) {
		jobs[k], errs[k] = w.syncOne(slugs[k], now)
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	var changed []int
	for k := range jobs {
		if jobs[k].r.Changed {
			changed = append(changed, k)
		}
	}
	var temps map[string][]string
	if len(changed) > 0 {
		temps = listTemps(w.ArticlesDir())
	}
	for start := 0; start < len(changed); start += syncBatch {
		batch := changed[start:min(start+syncBatch, len(changed))]
		if err := w.writeSyncedBatch(slugs, jobs, batch, temps, now); err != nil {
			errs[batch[0]] = err
			break
		}
	}
	results := make([]SyncResult, len(slugs))
	for k := range jobs {
		results[k] = jobs[k].r
	}
	for _, err := range errs {
		if err != nil {
			return results, err
		}
	}
	return results, nil
}

// syncBatch is how many articles sync writes at once, holding their locks:
// their durable writes are paid for together (writeFilesAtomic). Syncing
// 4,000 articles (3,511 rewritten) on the shared 2-core machine, the writes
// took 6.1-6.3 s in batches of 64 and 3.2-3.9 s in batches of 256 (32
// writers instead of 8: no better).
const syncBatch = 256

// writeSyncedBatch writes some computed articles (indices into jobs), each
// under its lock, held until the batch is written; temps is the articles
// directory's temporary files (listTemps), listed once for all batches. An article whose segment
// file changed since it was read is synced again from what is there now.
func (w *Workspace) writeSyncedBatch(slugs []string, jobs []synced, batch []int, temps map[string][]string, now time.Time) error {
	var unlocks []func()
	defer func() {
		for _, u := range unlocks {
			u()
		}
	}()
	for _, k := range batch {
		unlock, err := w.lockArticle(slugs[k], temps)
		if err != nil {
			return err
		}
		unlocks = append(unlocks, unlock)
	}
	errs := make([]error, len(batch))
	parallel(len(batch), func(i int) {
		k := batch[i]
		j := &jobs[k]
		cur, err := w.readFile(j.path)
		if err != nil {
			errs[i] = err
			return
		}
		if !bytes.Equal(cur, j.raw) {
			// Changed since we read it: sync what is there now.
			fresh, err := w.syncOne(slugs[k], now)
			if err != nil {
				errs[i] = err
				return
			}
			*j = fresh
		}
	})
	var paths []string
	var datas [][]byte
	for i, k := range batch {
		if errs[i] != nil {
			return errs[i]
		}
		if jobs[k].r.Changed {
			paths = append(paths, jobs[k].path)
			datas = append(datas, jobs[k].data)
		}
	}
	return writeFilesAtomic(paths, datas)
}
