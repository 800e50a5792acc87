package workflow

import (
	"bytes"
	"errors"
	"hash/maphash"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow/tm"
)

// recordUnits are where the records qa.inconsistent compares come from, n
// units (articles, imported memories) read one at a time, on every core.
type recordUnits struct {
	n    int
	read func(i int) []tm.Record
}

// inconsistencies finds, for the checked articles, every translated or
// approved segment whose normalised Chinese has another English in another
// translated or approved segment of the workspace, naming those places.
//
// It holds, for the whole workspace, a hash of each segment's Chinese and
// English, not their text: only the units holding a Chinese with more than
// one English are read again, and those groups compared exactly. With
// noCache the articles are read one by one (nothing of them stays); else
// their records come from the memory cache, and save, when not nil,
// writes it.
func (w *Workspace) inconsistencies(slugs []string, noCache bool) (map[string][]ranked, func()) {
	if w.Severity(RuleInconsistent) == SevOff {
		return nil, nil
	}
	var units recordUnits
	var save func()
	if noCache {
		all, err := w.Slugs()
		if err != nil {
			return nil, nil
		}
		units = w.articleUnits(all)
	} else {
		recs, sv, err := w.memoryRecords(nil)
		if err != nil {
			return nil, nil
		}
		save = sv
		units = recordUnits{n: 1, read: func(int) []tm.Record { return recs }}
	}
	return w.inconsistentIn(units, slugs), save
}

// articleUnits reads the records of the given articles, then of every
// imported memory, from their files.
func (w *Workspace) articleUnits(slugs []string) recordUnits {
	tmx := w.tmxFiles()
	return recordUnits{n: len(slugs) + len(tmx), read: func(i int) []tm.Record {
		if i >= len(slugs) {
			return w.tmxRecords(tmx[i-len(slugs)])
		}
		st, err := os.Lstat(w.SegmentPath(slugs[i]))
		if err != nil || !st.Mode().IsRegular() {
			return nil
		}
		a, err := w.Load(slugs[i])
		if err != nil {
			return nil // check reports it
		}
		return articleRecords(slugs[i], a.File)
	}}
}

// compared reports whether qa.inconsistent compares r: translated, or
// approved with an approval that holds (a void one is its own finding,
// workflow.approval-void), and with English.
func compared(r *tm.Record) bool {
	return !r.Archived && (r.State == string(articles.Translated) || r.Approved) && strings.TrimSpace(r.EN) != ""
}

// enKey is the form in which two Englishes are compared: white space
// collapsed.
func enKey(en string) string { return strings.Join(strings.Fields(en), " ") }

// inconsistentIn is inconsistencies over units, for the checked slugs.
func (w *Workspace) inconsistentIn(units recordUnits, slugs []string) map[string][]ranked {
	// First pass: each normalised Chinese's hash, with the hash of its
	// first English and whether another English was seen.
	seed := maphash.MakeSeed()
	type sum struct {
		en    uint64
		multi bool
	}
	sums := map[uint64]sum{}
	var mu sync.Mutex
	unitZH := make([][]uint64, units.n)
	parallel(units.n, func(i int) {
		recs := units.read(i)
		zh := make([]uint64, 0, len(recs))
		en := make([]uint64, 0, len(recs))
		for k := range recs {
			if r := &recs[k]; compared(r) {
				zh = append(zh, maphash.String(seed, tm.Normalize(r.ZH)))
				en = append(en, maphash.String(seed, enKey(r.EN)))
			}
		}
		mu.Lock()
		for k, h := range zh {
			s, ok := sums[h]
			switch {
			case !ok:
				sums[h] = sum{en: en[k]}
			case !s.multi && s.en != en[k]:
				sums[h] = sum{en: s.en, multi: true}
			}
		}
		mu.Unlock()
		unitZH[i] = zh
	})
	// Second pass: the records of those Chineses, read again from the
	// units that hold them.
	kept := make([][]tm.Record, units.n)
	parallel(units.n, func(i int) {
		need := false
		for _, h := range unitZH[i] {
			if sums[h].multi {
				need = true
				break
			}
		}
		unitZH[i] = nil
		if !need {
			return
		}
		recs := units.read(i)
		for k := range recs {
			if r := &recs[k]; compared(r) && sums[maphash.String(seed, tm.Normalize(r.ZH))].multi {
				kept[i] = append(kept[i], *r)
			}
		}
	})
	var recs []tm.Record
	for _, k := range kept {
		recs = append(recs, k...)
	}
	return w.inconsistentGroups(recs, slugs)
}

// inconsistentGroups compares records exactly: the findings of the checked
// slugs' records whose normalised Chinese has another English.
func (w *Workspace) inconsistentGroups(recs []tm.Record, slugs []string) map[string][]ranked {
	type place struct {
		r  *tm.Record
		en string
	}
	groups := map[string][]place{}
	for i := range recs {
		r := &recs[i]
		k := tm.Normalize(r.ZH)
		groups[k] = append(groups[k], place{r, enKey(r.EN)})
	}
	checked := make(map[string]bool, len(slugs))
	for _, s := range slugs {
		checked[s] = true
	}
	out := map[string][]ranked{}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		// Each English the group has, with its places: a finding names the
		// places of the other Englishes, at most maxOthers of them (a
		// boilerplate sentence can stand in thousands of segments), so the
		// work is linear in the group, not quadratic.
		variants := map[string][]string{}
		for _, q := range g {
			variants[q.en] = append(variants[q.en], q.r.Origin()+" \""+q.r.EN+"\"")
		}
		if len(variants) < 2 {
			continue
		}
		named := map[string]string{} // English → the others it names
		for _, p := range g {
			if !checked[p.r.Article] {
				continue
			}
			others, ok := named[p.en]
			if !ok {
				var list []string
				for en, places := range variants {
					if en != p.en {
						list = append(list, places...)
					}
				}
				sort.Strings(list)
				if len(list) > maxOthers {
					list = append(list[:maxOthers:maxOthers], "…")
				}
				others = strings.Join(list, "; ")
				named[p.en] = others
			}
			f := Finding{Rule: RuleInconsistent, Article: p.r.Article, Segment: p.r.Segment,
				File: w.Rel(w.SegmentPath(p.r.Article)), Line: p.r.Line, Column: p.r.Col,
				ZH: p.r.ZH, EN: p.r.EN, Start: -1, End: -1,
				Args: map[string]any{"count": len(g) - len(variants[p.en]), "others": others}}
			out[p.r.Article] = append(out[p.r.Article], ranked{F: f, Seg: p.r.Seg, Rule: ruleIndex[RuleInconsistent]})
		}
	}
	return out
}

// inconsistenciesNear is inconsistencies for a check of a few articles
// (--changed-since) without reading the whole workspace: git grep finds
// the segment files that hold, for some segment of the checked articles,
// the longest run of Chinese characters of its normalised Chinese (which
// white space folding and width folding leave as it is), and only those
// are compared with the checked articles, together with the imported
// memories. Not found that way: a segment elsewhere whose Chinese differs
// only by white space inside that run, and a segment of the checked
// articles with no two Chinese characters in a row, which is compared
// with the articles read only.
func (w *Workspace) inconsistenciesNear(slugs []string) map[string][]ranked {
	if w.Severity(RuleInconsistent) == SevOff {
		return nil
	}
	all, err := w.Slugs()
	if err != nil {
		return nil
	}
	if 2*len(slugs) > len(all) {
		m, _ := w.inconsistencies(slugs, true) // most of the workspace
		return m
	}
	checked := w.articleUnits(slugs)
	needles := map[string]bool{}
	for i := range slugs {
		recs := checked.read(i)
		for k := range recs {
			if r := &recs[k]; compared(r) {
				if n := hanRun(tm.Normalize(r.ZH)); n != "" {
					needles[n] = true
				}
			}
		}
	}
	near := map[string]bool{}
	for _, s := range slugs {
		near[s] = true
	}
	if len(needles) > 0 {
		found, err := w.grepSegmentFiles(needles)
		if err != nil {
			found = all // git could not tell: read them all
		}
		for _, s := range found {
			near[s] = true
		}
	}
	read := make([]string, 0, len(near))
	for _, s := range all {
		if near[s] {
			read = append(read, s)
		}
	}
	return w.inconsistentIn(w.articleUnits(read), slugs)
}

// hanRun is the longest run of Han characters of s, when at least two.
func hanRun(s string) string {
	best, start := "", -1
	for i, r := range s + "\x00" {
		if unicode.Is(unicode.Han, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = s[start:i]
		}
		start = -1
	}
	if utf8.RuneCountInString(best) < 2 {
		return ""
	}
	return best
}

// grepSegmentFiles lists the articles whose segment file (tracked or not,
// as the working tree has it) contains one of needles.
func (w *Workspace) grepSegmentFiles(needles map[string]bool) ([]string, error) {
	list := make([]string, 0, len(needles))
	for n := range needles {
		list = append(list, n)
	}
	sort.Strings(list)
	dir := w.Rel(w.ArticlesDir())
	cmd := exec.Command("git", "grep", "-l", "-z", "-F", "--untracked", "--no-color", "-f", "-", "--", dir+"/*.yaml")
	cmd.Dir = w.Root
	cmd.Stdin = strings.NewReader(strings.Join(list, "\n") + "\n")
	out, err := cmd.Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 && len(out) == 0 {
		return nil, nil // nothing found
	}
	if err != nil {
		return nil, err
	}
	var slugs []string
	for _, p := range bytes.Split(out, []byte{0}) {
		if name, ok := strings.CutPrefix(string(p), dir+"/"); ok && strings.HasSuffix(name, ".yaml") && !strings.Contains(name, "/") {
			slugs = append(slugs, strings.TrimSuffix(name, ".yaml"))
		}
	}
	return slugs, nil
}
