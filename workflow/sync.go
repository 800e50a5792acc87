package workflow

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
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
	// Split are the sentences an edit split in two or more: each a
	// stale segment holding the old sentence's English and the new
	// segments beside it that hold the rest of its Chinese, in order, so
	// that one realign over them shares the English out.
	Split []SplitRun `json:"split,omitempty"`
}

// SplitRun is a sentence an edit split: the stale segment that kept its
// English, and every segment of the run in order (the stale one included).
type SplitRun struct {
	Stale    string   `json:"stale"`
	Segments []string `json:"segments"`
}

// SyncFile carries the work in f over to a new version of its source
// (normalised text norm), in place. Pairing is PairTexts with threshold;
// now stamps archived segments. See README § sync for the rules. The
// source is segmented by the contract's rules; a workspace's sync follows
// its own (syncFile).
func SyncFile(f *articles.File, norm string, threshold float64, now time.Time) SyncResult {
	return syncFile(f, norm, threshold, articles.Segmentation{}, now)
}

// syncFile is SyncFile with the source segmented by seg.
func syncFile(f *articles.File, norm string, threshold float64, seg articles.Segmentation, now time.Time) SyncResult {
	sentences := seg.Split(norm)
	old := f.Segments
	// Pairing is by sentence: a joined segment takes part with each of the
	// sentences it spans, and owner maps them back to it.
	var oldTexts []OldText
	var owner []int
	for i, s := range old {
		zhs, prevs := []string{s.ZH}, []string{s.PreviousZH}
		if s.Joined() {
			zhs, prevs = pieces(seg, s.ZH), pieces(seg, s.PreviousZH)
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
	r.Split = splitSentences(segs)
	return r
}

// splitSentences finds, after a sync, each stale segment whose old Chinese
// was split by the edit: its new neighbours in the paragraph, new and
// without English, whose Chinese stood in the old sentence too. It returns
// each such run.
func splitSentences(segs []*articles.Segment) []SplitRun {
	var out []SplitRun
	// A part's Chinese, but for the mark the edit put at its end (a ；
	// become 。), stood in the old sentence.
	in := func(zh, old string) bool {
		zh = strings.TrimRight(zh, "。！？；，：…!?;,:. ")
		return zh != "" && strings.Contains(old, zh)
	}
	part := func(s, of *articles.Segment) bool {
		return s.Para == of.Para && s.State == articles.New && strings.TrimSpace(s.EN) == "" && in(s.ZH, of.PreviousZH)
	}
	for i, s := range segs {
		if s.State != articles.Stale || s.PreviousZH == "" || strings.TrimSpace(s.EN) == "" || !in(s.ZH, s.PreviousZH) {
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && part(segs[lo-1], s) {
			lo--
		}
		for hi < len(segs) && part(segs[hi], s) {
			hi++
		}
		if hi-lo < 2 {
			continue
		}
		var ids []string
		for _, x := range segs[lo:hi] {
			ids = append(ids, x.ID)
		}
		out = append(out, SplitRun{Stale: s.ID, Segments: ids})
	}
	return out
}

// pieces splits a joined segment's Chinese back into its sentences, as
// seg segments.
func pieces(seg articles.Segmentation, zh string) []string {
	if zh == "" {
		return nil
	}
	ss := seg.Split(zh)
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

// synced is one article computed by sync, its new segment file written to
// a temporary file (not yet renamed over it): only what tells whether the
// segment file is still the one read is kept, so that syncing thousands of
// articles holds little memory.
type synced struct {
	path string
	stat fileStat // the segment file's metadata, taken before it was read
	at   int64    // when (unix ns)
	sum  uint64   // maphash of the bytes read
	tmp  string   // the temporary file holding the new content ("": unchanged)
	r    SyncResult
}

// syncSeed keys the hashes sync compares a segment file's bytes by: one
// process, one seed; nobody outside can aim at a collision.
var syncSeed = maphash.MakeSeed()

// syncOne loads, syncs and encodes one article and, when its segment file
// changes, writes the new content to a temporary file beside it (durably;
// the rename comes later, under the article's lock). pause is pauseEnv's
// value.
func (w *Workspace) syncOne(slug string, now time.Time, pause string) (synced, error) {
	path := w.SegmentPath(slug)
	at := time.Now().UnixNano()
	st, _ := statFile(path)
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
	// Sync moves, edits, adds and drops segments; those it leaves as they
	// were are copied from the bytes read instead of written again.
	old := a.File.Segments
	was := make([]articles.Segment, len(old))
	index := make(map[*articles.Segment]int, len(old))
	for k, s := range old {
		was[k], index[s] = *s, k
	}
	r := syncFile(a.File, norm, w.Settings.SyncSimilarity, w.Settings.Segmentation(), now)
	r.Article, r.File = slug, w.Rel(a.Path)
	from := make([]int, len(a.File.Segments))
	for i, s := range a.File.Segments {
		from[i] = -1
		if k, ok := index[s]; ok && keptAsRead(s, &was[k]) {
			from[i] = k
		}
	}
	data, err := articles.EncodeReusing(a.File, a.Raw, a.layout, from)
	if verifySync {
		whole, werr := articles.Encode(a.File)
		if (err == nil) != (werr == nil) || string(whole) != string(data) {
			panic(fmt.Sprintf("%s: sync's write differs from the whole file's", a.Path))
		}
	}
	if err != nil {
		return synced{}, diag.Wrap(a.Path, err)
	}
	j := synced{path: a.Path, stat: st, at: at, sum: maphash.Bytes(syncSeed, a.Raw), r: r}
	j.r.Changed = !bytes.Equal(data, a.Raw)
	if j.r.Changed {
		if j.tmp, err = writeTemp(a.Path, data, pause); err != nil {
			return synced{}, err
		}
	}
	return j, nil
}

// verifySync makes sync check every write against writing the whole file
// (tests).
var verifySync = false

// keptAsRead reports whether s, a segment sync kept, is still what was
// read (was, a copy taken before): every value the segment file holds.
// Sync replaces a segment's claim, approval, conflict, acceptances or
// comments, never changes them in place, so those compare by identity.
func keptAsRead(s, was *articles.Segment) bool {
	return s.ID == was.ID && s.Para == was.Para && s.Sentences == was.Sentences && s.ZH == was.ZH && s.EN == was.EN &&
		s.State == was.State && s.Translator == was.Translator && s.Origin == was.Origin &&
		s.Claim == was.Claim && s.Approval == was.Approval && s.PreviousZH == was.PreviousZH && s.PreviousEN == was.PreviousEN &&
		s.StaleFrom == was.StaleFrom && s.Conflict == was.Conflict &&
		len(s.Accepted) == len(was.Accepted) && (len(s.Accepted) == 0 || &s.Accepted[0] == &was.Accepted[0]) &&
		len(s.Comments) == len(was.Comments) && (len(s.Comments) == 0 || &s.Comments[0] == &was.Comments[0])
}

// Sync re-segments the sources of the named articles (none: all) and
// carries their work over. It is all or nothing: every article is read,
// checked and computed before any segment file is replaced, so one bad
// source leaves every file as it was. A file that did not change is not
// rewritten.
//
// Articles are computed in parallel without locks, each new segment file
// written durably to a temporary file as soon as it is computed (so the
// disk's waits overlap the computing, and no article's bytes are held);
// each is then renamed into place under its lock, after checking that the
// segment file is still the one it was computed from (if someone wrote it
// in between, it is synced again from what is there now).
func (w *Workspace) Sync(names []string, now time.Time) ([]SyncResult, error) {
	slugs, err := w.Resolve(names)
	if err != nil {
		return nil, err
	}
	// Temporary files left by killed writes, listed before this run makes
	// its own.
	temps := listTemps(w.ArticlesDir())
	pause := os.Getenv(pauseEnv)
	jobs := make([]synced, len(slugs))
	errs := make([]error, len(slugs))
	parallelN(len(slugs), ioWorkers, func(k int) {
		jobs[k], errs[k] = w.syncOne(slugs[k], now, pause)
	})
	removeAll := func(from int) {
		for k := from; k < len(jobs); k++ {
			if jobs[k].tmp != "" {
				os.Remove(jobs[k].tmp)
			}
		}
	}
	for _, err := range errs {
		if err != nil {
			removeAll(0)
			return nil, err
		}
	}
	var changed []int
	for k := range jobs {
		if jobs[k].r.Changed {
			changed = append(changed, k)
		}
	}
	var failed error
	for start := 0; start < len(changed); start += syncBatch {
		batch := changed[start:min(start+syncBatch, len(changed))]
		if failed = w.renameSyncedBatch(slugs, jobs, batch, temps, now, pause); failed != nil {
			for _, k := range changed[start:] {
				if jobs[k].tmp != "" {
					os.Remove(jobs[k].tmp)
				}
			}
			break
		}
	}
	results := make([]SyncResult, len(slugs))
	for k := range jobs {
		results[k] = jobs[k].r
	}
	return results, failed
}

// syncBatch is how many articles sync renames into place at once, holding
// their locks: the directory is synced once for them all.
const syncBatch = 256

// unchanged reports whether the segment file j was computed from is still
// there: its metadata is what it was before it was read, and was not
// within the clock's resolution of the read (fileStat.trusted), or else its
// bytes hash the same.
func (w *Workspace) unchanged(j *synced) (bool, error) {
	if st, ok := statFile(j.path); ok && j.stat.trusted(st, j.at) {
		return true, nil
	}
	cur, err := w.readFile(j.path)
	if err != nil {
		return false, err
	}
	return maphash.Bytes(syncSeed, cur) == j.sum, nil
}

// renameSyncedBatch renames some computed articles' temporary files
// (indices into jobs) over their segment files, each under its lock, held
// until the batch is done; temps is the articles directory's temporary
// files from before the run (listTemps), listed once for all batches. An
// article whose segment file changed since it was read, or whose temporary
// file is gone (a command that took its lock meanwhile removes the
// temporary files it finds), is synced again from what is there now.
func (w *Workspace) renameSyncedBatch(slugs []string, jobs []synced, batch []int, temps map[string][]string, now time.Time, pause string) error {
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
	parallelN(len(batch), ioWorkers, func(i int) {
		j := &jobs[batch[i]]
		same, err := w.unchanged(j)
		if err != nil {
			errs[i] = err
			return
		}
		if same {
			if _, err := os.Lstat(j.tmp); err == nil {
				return
			}
		}
		// Changed since we read it, or our new content is gone: sync what
		// is there now.
		os.Remove(j.tmp)
		j.tmp = ""
		fresh, err := w.syncOne(slugs[batch[i]], now, pause)
		if err != nil {
			errs[i] = err
			return
		}
		*j = fresh
	})
	tmps := make([]string, len(batch))
	paths := make([]string, len(batch))
	for i, k := range batch {
		if errs[i] != nil {
			return errs[i]
		}
		tmps[i], paths[i] = jobs[k].tmp, jobs[k].path
	}
	err := renameTemps(tmps, paths)
	for _, k := range batch {
		jobs[k].tmp = "" // renamed, or removed
	}
	return err
}
