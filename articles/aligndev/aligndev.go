// Package aligndev reads the real-text development set that lives beside the
// repository (../shared/align-dev: published zh↔en texts, one sentence a line,
// with human-checked sentence alignments). Tests use it to measure the aligner
// and the checks on real prose; they skip when the folder is absent. Nothing
// from it is ever copied into the repository.
package aligndev

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// EnvDir overrides where the development set is looked for.
const EnvDir = "BITEXT_ALIGN_DEV"

// ErrAbsent is returned by Dir when no development set is found.
var ErrAbsent = errors.New("aligndev: ../shared/align-dev not found (set " + EnvDir + ")")

// Bead is one alignment unit: Chinese and English line indices (0-based,
// ascending); either side may be empty (1-0, 0-1).
type Bead struct{ ZH, EN []int }

// Text is one aligned text with Chinese always on the ZH side, whatever the
// corpus's stored direction.
type Text struct {
	Corpus, ID string
	ZH, EN     []string // one sentence a line, as stored
	Gold       []Bead
}

// Corpora lists the corpora of the development set, and whether each is
// stored Chinese→English (src is Chinese) or English→Chinese.
var Corpora = []struct {
	Name    string
	ZHIsSrc bool
}{{"mac", true}, {"mag", false}, {"aca", false}}

// Dir finds the development set: $BITEXT_ALIGN_DEV, else shared/align-dev in
// the parent of the directory holding go.mod, walking up from the working
// directory.
func Dir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", ErrAbsent
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(d), "shared", "align-dev")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand, nil
			}
			return "", ErrAbsent
		}
		if filepath.Dir(d) == d {
			return "", ErrAbsent
		}
	}
}

// TB is the part of testing.TB that LoadOrSkip uses (the package does not
// import testing).
type TB interface {
	Helper()
	Skip(args ...any)
	Fatal(args ...any)
}

// LoadOrSkip is how tests and benchmarks read the development set: the texts
// of corpus, or of every corpus when corpus is "". It skips tb when the
// development set is absent and fails it on any other error.
func LoadOrSkip(tb TB, corpus string) []Text {
	tb.Helper()
	dir, err := Dir()
	if errors.Is(err, ErrAbsent) {
		tb.Skip("no ../shared/align-dev: the real-text development set is absent")
	}
	if err != nil {
		tb.Fatal(err)
	}
	var texts []Text
	if corpus == "" {
		texts, err = LoadAll(dir)
	} else {
		texts, err = Load(dir, corpus)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// Load reads every text of one corpus, sorted by id.
func Load(dir, corpus string) ([]Text, error) {
	zhIsSrc := true
	found := false
	for _, c := range Corpora {
		if c.Name == corpus {
			zhIsSrc, found = c.ZHIsSrc, true
		}
	}
	if !found {
		return nil, fmt.Errorf("aligndev: unknown corpus %q", corpus)
	}
	golds, err := filepath.Glob(filepath.Join(dir, corpus, "gold", "*.align"))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	var out []Text
	for _, g := range golds {
		id := strings.TrimSuffix(filepath.Base(g), ".align")
		src, err := readLines(filepath.Join(dir, corpus, "src", id))
		if err != nil {
			return nil, err
		}
		tgt, err := readLines(filepath.Join(dir, corpus, "tgt", id))
		if err != nil {
			return nil, err
		}
		beads, err := readGold(g)
		if err != nil {
			return nil, err
		}
		t := Text{Corpus: corpus, ID: id, ZH: src, EN: tgt, Gold: beads}
		if !zhIsSrc {
			t.ZH, t.EN = tgt, src
			for i := range t.Gold {
				t.Gold[i].ZH, t.Gold[i].EN = t.Gold[i].EN, t.Gold[i].ZH
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// LoadAll reads every corpus.
func LoadAll(dir string) ([]Text, error) {
	var all []Text
	for _, c := range Corpora {
		ts, err := Load(dir, c.Name)
		if err != nil {
			return nil, err
		}
		all = append(all, ts...)
	}
	return all, nil
}

func readLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	return lines, nil
}

func readGold(path string) ([]Bead, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var beads []Bead
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		l, r, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no ':' in bead", path, n)
		}
		a, err := indices(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		b, err := indices(r)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		beads = append(beads, Bead{ZH: a, EN: b})
	}
	return beads, sc.Err()
}

// ReadRanges reads the gold pairs of a fixture written for bitext (not
// the development set's format): one pair a line, a range of Chinese
// segments, white space, a range of English sentences. Ranges are 0-based
// and inclusive ("3", "3-4", at most 1,001 lines), "-" for none; '#'
// starts a comment line.
func ReadRanges(path string) ([]Bead, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Bead
	for n, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want two ranges, got %q", path, n+1, line)
		}
		var b [2][]int
		for k, r := range f {
			if r == "-" {
				continue
			}
			lo, hi, ok := strings.Cut(r, "-")
			if !ok {
				hi = lo
			}
			x, err1 := strconv.Atoi(lo)
			y, err2 := strconv.Atoi(hi)
			if err1 != nil || err2 != nil || x < 0 || y < x || y-x > 1000 {
				return nil, fmt.Errorf("%s:%d: bad range %q", path, n+1, r)
			}
			for i := x; i <= y; i++ {
				b[k] = append(b[k], i)
			}
		}
		out = append(out, Bead{ZH: b[0], EN: b[1]})
	}
	return out, nil
}

func indices(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("bad index list %q", s)
	}
	s = strings.TrimSpace(s[1 : len(s)-1])
	if s == "" {
		return nil, nil
	}
	var out []int
	for _, p := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return nil, fmt.Errorf("bad index %q", p)
		}
		out = append(out, v)
	}
	return out, nil
}

// Score is strict bead precision, recall and F1: a predicted bead counts only
// if both its index sets equal those of a gold bead. Beads with both sides
// empty are ignored.
type Score struct {
	Right, Predicted, Gold int
}

// P, R and F1 of the score.
func (s Score) P() float64 { return ratio(s.Right, s.Predicted) }
func (s Score) R() float64 { return ratio(s.Right, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add sums two scores (micro-averaging across texts).
func (s Score) Add(o Score) Score {
	return Score{s.Right + o.Right, s.Predicted + o.Predicted, s.Gold + o.Gold}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Strict scores predicted beads against gold beads.
func Strict(pred, gold []Bead) Score {
	key := func(b Bead) string { return fmt.Sprint(b.ZH, b.EN) }
	g := map[string]int{}
	s := Score{}
	for _, b := range gold {
		if len(b.ZH)+len(b.EN) == 0 {
			continue
		}
		g[key(b)]++
		s.Gold++
	}
	for _, b := range pred {
		if len(b.ZH)+len(b.EN) == 0 {
			continue
		}
		s.Predicted++
		if k := key(b); g[k] > 0 {
			g[k]--
			s.Right++
		}
	}
	return s
}

// Paragraphs lays texts out as a translator's files would hold them: each
// text's gold pairs in order, grouped into paragraphs of five Chinese
// sentences or more (a text's last paragraph may be shorter), the Chinese
// sentences of a paragraph run together and the English ones joined by a
// space. With maxZH > 0 it stops after the pair that reaches maxZH Chinese
// sentences (counted over all texts). It returns both sides' paragraphs and
// the number of Chinese sentences.
func Paragraphs(texts []Text, maxZH int) (zhParas, enParas []string, n int) {
	zh, en, n := ParagraphLines(texts, maxZH)
	for k := range zh {
		zhParas, enParas = append(zhParas, strings.Join(zh[k], "")), append(enParas, strings.Join(en[k], " "))
	}
	return zhParas, enParas, n
}

// ParagraphLines is Paragraphs with each paragraph's sentences apart, for
// files written one sentence a line in paragraphs.
func ParagraphLines(texts []Text, maxZH int) (zhParas, enParas [][]string, n int) {
	var zh, en []string
	flush := func() {
		if len(zh) > 0 {
			zhParas, enParas = append(zhParas, zh), append(enParas, en)
			zh, en = nil, nil
		}
	}
	for _, tx := range texts {
		for _, g := range tx.Gold {
			if maxZH > 0 && n >= maxZH {
				break
			}
			for _, i := range g.ZH {
				zh = append(zh, tx.ZH[i])
				n++
			}
			for _, j := range g.EN {
				en = append(en, tx.EN[j])
			}
			if len(zh) >= 5 {
				flush()
			}
		}
		flush()
	}
	return zhParas, enParas, n
}

// CPUTime is the process's user and system CPU time so far: on a shared
// machine, a truer measure of a benchmark's work than wall time.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
