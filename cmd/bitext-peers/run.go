package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A job is one side-by-side pair: a bitext command and its peer, run
// alternately on the same sentences.
type job struct {
	name   string                         // row name
	peer   string                         // the peer, as the table names it
	prep   func(dir string) error         // before each bitext run, not timed
	bitext func(dir, bin string) []string // argv
	peerv  func(dir string) []string
	limit  *time.Duration // the peer's time limit
	// bitextDir is where the bitext command runs.
	bitextDir func(dir string) string
}

// sample is one timed run.
type sample struct {
	wall float64 // s
	cpu  float64 // user + system, s (from time)
	rss  int     // max RSS, KB
}

func runRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	bin := fs.String("bitext", "", "the bitext `BINARY` to time")
	rounds := fs.Int("rounds", 3, "runs of each side, alternated")
	limit := fs.Duration("limit", 30*time.Minute, "give up on a peer run after this long")
	poLimit := fs.Duration("pofilter-limit", 3*time.Minute, "give up on pofilter after this long")
	jobsFlag := fs.String("jobs", "sync,sync-N,status,status-cached,check,glossary", "pairs to run")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *bin == "" || fs.NArg() == 0 || *rounds < 1 {
		return fmt.Errorf("%s", usage)
	}
	abs, err := filepath.Abs(*bin)
	if err != nil {
		return err
	}
	*bin = abs
	for _, tool := range []string{"/usr/bin/time", "msgmerge", "msgfmt", "pofilter"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is needed: apt-get install time gettext translate-toolkit", tool)
		}
	}
	all := jobs(limit, poLimit)
	var chosen []job
	for _, name := range strings.Split(*jobsFlag, ",") {
		found := false
		for _, j := range all {
			if j.name == name {
				chosen, found = append(chosen, j), true
			}
		}
		if !found {
			return fmt.Errorf("no job %q", name)
		}
	}
	host, _ := os.Hostname()
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(stdout, "# bitext-peers run, %s, %s, %d CPUs, load %s", time.Now().UTC().Format("2006-01-02 15:04 MST"), host, runtime.NumCPU(), load)
	var rows []result
	for _, dir := range fs.Args() {
		if dir, err = filepath.Abs(dir); err != nil {
			return err
		}
		var man buildManifest
		raw, err := os.ReadFile(filepath.Join(dir, manFile))
		if err != nil {
			return fmt.Errorf("%s: not a corpus from bitext-peers build: %w", dir, err)
		}
		if err := json.Unmarshal(raw, &man); err != nil {
			return fmt.Errorf("%s: %w", manFile, err)
		}
		for _, j := range chosen {
			r, err := measure(j, dir, *bin, *rounds, stderr)
			if err != nil {
				return fmt.Errorf("%s, %s: %w", dir, j.name, err)
			}
			r.segments = man.Segments
			rows = append(rows, r)
			fmt.Fprintln(stdout, r.line())
		}
	}
	fmt.Fprintln(stdout)
	printTable(stdout, rows)
	return nil
}

func jobs(limit, poLimit *time.Duration) []job {
	ws := func(dir string) string { return filepath.Join(dir, wsDir) }
	syncWS := func(dir string) string { return filepath.Join(dir, "sync") }
	merged := func(dir string) string { return filepath.Join(dir, "merged.po") }
	syncCmd := func(dir, bin string) []string { return []string{bin, "sync"} }
	return []job{
		{name: "sync", peer: "msgmerge (fuzzy)", prep: prepSync, bitextDir: syncWS, bitext: syncCmd, limit: limit,
			peerv: func(dir string) []string {
				return []string{"msgmerge", "-q", "-o", merged(dir), filepath.Join(dir, oldPO), filepath.Join(dir, newPOT)}
			}},
		{name: "sync-N", peer: "msgmerge -N", prep: prepSync, bitextDir: syncWS, bitext: syncCmd, limit: limit,
			peerv: func(dir string) []string {
				return []string{"msgmerge", "-q", "-N", "-o", merged(dir), filepath.Join(dir, oldPO), filepath.Join(dir, newPOT)}
			}},
		{name: "status", peer: "msgfmt --statistics", bitextDir: ws, limit: limit,
			bitext: func(dir, bin string) []string { return []string{bin, "status", "--no-cache"} },
			peerv:  msgfmtStats},
		{name: "status-cached", peer: "msgfmt --statistics", bitextDir: ws, limit: limit,
			bitext: func(dir, bin string) []string { return []string{bin, "status"} },
			peerv:  msgfmtStats},
		{name: "glossary", peer: "pofilter (word lists)", prep: prepGlossary, limit: poLimit,
			bitextDir: func(dir string) string { return filepath.Join(dir, glossDir) },
			bitext:    func(dir, bin string) []string { return []string{bin, "check", "--no-cache"} },
			peerv: func(dir string) []string {
				return []string{"pofilter", "--progress=none", "--musttranslatefile=" + filepath.Join(dir, termsZH),
					"--notranslatefile=" + filepath.Join(dir, termsEN), filepath.Join(dir, oldPO), filepath.Join(dir, "pofilter.po")}
			}},
		{name: "check", peer: "pofilter (default checks)", bitextDir: ws, limit: poLimit,
			bitext: func(dir, bin string) []string { return []string{bin, "check", "--no-cache"} },
			peerv: func(dir string) []string {
				return []string{"pofilter", "--progress=none", filepath.Join(dir, oldPO), filepath.Join(dir, "pofilter.po")}
			}},
	}
}

func msgfmtStats(dir string) []string {
	return []string{"msgfmt", "--statistics", "-o", os.DevNull, filepath.Join(dir, oldPO)}
}

// prepSync makes DIR/sync the workspace as translated, with the edited
// sources: the state before `sync`, and the state msgmerge starts from
// (old.po, new.pot). Everything is flushed to disk first, so that sync's
// fsyncs pay for its own writes only. .bitext/ (the lock files) is kept
// from one run to the next, as in a desk's working copy.
func prepSync(dir string) error {
	from, to := filepath.Join(dir, wsDir), filepath.Join(dir, "sync")
	if _, err := os.Stat(to); err != nil {
		if err := copyTree(from, to); err != nil {
			return err
		}
		if err := copyTree(filepath.Join(dir, driftDir), to); err != nil {
			return err
		}
	} else {
		// Put back the segment files sync rewrote.
		names, err := filepath.Glob(filepath.Join(from, "articles", "*.yaml"))
		if err != nil {
			return err
		}
		for _, name := range names {
			want, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			dst := filepath.Join(to, "articles", filepath.Base(name))
			if have, err := os.ReadFile(dst); err == nil && string(have) == string(want) {
				continue
			}
			if err := os.WriteFile(dst, want, 0o644); err != nil {
				return err
			}
		}
	}
	syscall.Sync()
	return nil
}

// copyTree copies the regular files under from into to.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// errLimit is a peer run that went past its limit.
var errLimit = errors.New("over the time limit")

// timed runs argv in dir under /usr/bin/time, its output thrown away, and
// returns its wall time (measured here), CPU time and max RSS (from time). Exit status 1 is a result when
// findings is set (bitext check found something), else a failure. After limit the run is killed (its whole
// process group) and errLimit returned.
func timed(dir string, argv []string, limit time.Duration, findings bool) (sample, error) {
	out, err := os.CreateTemp("", "bitext-peers-time-")
	if err != nil {
		return sample{}, err
	}
	out.Close()
	defer os.Remove(out.Name())
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/usr/bin/time", append([]string{"-f", "%e %M %U %S", "-o", out.Name()}, argv...)...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	// The wall time as measured here (time's %e counts only to 10 ms).
	wall := time.Since(start).Seconds()
	if ctx.Err() != nil {
		return sample{}, errLimit
	}
	var ee *exec.ExitError
	if err != nil && !(findings && errors.As(err, &ee) && ee.ExitCode() == 1) {
		return sample{}, fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, tail(stderr.String()))
	}
	raw, err := os.ReadFile(out.Name())
	if err != nil {
		return sample{}, err
	}
	// The last line: time writes "Command exited with non-zero status" first.
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) != 4 {
		return sample{}, fmt.Errorf("/usr/bin/time wrote %q", raw)
	}
	rss, err := strconv.Atoi(f[1])
	user, uerr := strconv.ParseFloat(f[2], 64)
	sys, serr := strconv.ParseFloat(f[3], 64)
	if err != nil || uerr != nil || serr != nil {
		return sample{}, fmt.Errorf("/usr/bin/time wrote %q", raw)
	}
	return sample{wall: wall, cpu: user + sys, rss: rss}, nil
}

func tail(s string) string {
	if len(s) > 500 {
		return "…" + s[len(s)-500:]
	}
	return s
}

// result is one row of one size.
type result struct {
	job, peer     string
	segments      int
	bitext, peerS []sample
	ratios        []float64 // per round, bitext ÷ the peer run after it
	cpuRatios     []float64 // the same, of CPU time
	peerOver      time.Duration
	load          [2]string // the load average (1 minute) before and after
}

// loadAvg is the 1-minute load average.
func loadAvg() string {
	raw, _ := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(raw)); len(f) > 0 {
		return f[0]
	}
	return "?"
}

func measure(j job, dir, bin string, rounds int, log io.Writer) (result, error) {
	r := result{job: j.name, peer: j.peer}
	r.load[0] = loadAvg()
	bdir := j.bitextDir(dir)
	if j.name == "status-cached" { // the cache filled once, by an untimed run
		if _, err := timed(bdir, j.bitext(dir, bin), *j.limit, true); err != nil {
			return r, err
		}
	}
	for i := range rounds {
		if j.prep != nil {
			if err := j.prep(dir); err != nil {
				return r, err
			}
		}
		b, err := timed(bdir, j.bitext(dir, bin), *j.limit, true)
		if err != nil {
			return r, err
		}
		r.bitext = append(r.bitext, b)
		fmt.Fprintf(log, "%s %s round %d: bitext %.3f s (CPU %.2f s) %d MB", dir, j.name, i+1, b.wall, b.cpu, b.rss/1024)
		if r.peerOver > 0 {
			fmt.Fprintln(log)
			continue
		}
		p, err := timed(dir, j.peerv(dir), *j.limit, false)
		if errors.Is(err, errLimit) {
			r.peerOver = *j.limit
			fmt.Fprintf(log, "; %s over %s: not run again\n", j.peer, *j.limit)
			continue
		}
		if err != nil {
			return r, err
		}
		r.peerS = append(r.peerS, p)
		r.ratios = append(r.ratios, b.wall/p.wall)
		r.cpuRatios = append(r.cpuRatios, b.cpu/max(p.cpu, 0.01))
		fmt.Fprintf(log, "; %s %.3f s (CPU %.2f s) %d MB\n", j.peer, p.wall, p.cpu, p.rss/1024)
	}
	r.load[1] = loadAvg()
	return r, nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// of is one measure of every sample.
func of(ss []sample, f func(sample) float64) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}

func wallOf(s sample) float64 { return s.wall }
func cpuOf(s sample) float64  { return s.cpu }
func rssMB(s sample) float64  { return float64(s.rss) / 1024 }

func span(xs []float64, format string) string {
	if len(xs) == 0 {
		return "—"
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return fmt.Sprintf(format+"–"+format, s[0], s[len(s)-1])
}

// ratio is the cell of the table: the ratio of the median wall times and
// the range of the per-round ratios, then the same of CPU time.
func (r result) ratio() string {
	if len(r.peerS) == 0 {
		return fmt.Sprintf("peer > %s", r.peerOver)
	}
	cell := fmt.Sprintf("%.2f (%s); CPU %.2f (%s)", median(of(r.bitext, wallOf))/median(of(r.peerS, wallOf)), span(r.ratios, "%.2f"),
		median(of(r.bitext, cpuOf))/max(median(of(r.peerS, cpuOf)), 0.01), span(r.cpuRatios, "%.2f"))
	if r.peerOver > 0 { // a later peer run went past the limit
		cell += fmt.Sprintf(", %d peer run(s), the next > %s", len(r.peerS), r.peerOver)
	}
	return cell
}

func (r result) line() string {
	peer := fmt.Sprintf("%s median %.2f s (%s), CPU %.2f s (%s), %s MB", r.peer, median(of(r.peerS, wallOf)), span(of(r.peerS, wallOf), "%.2f"),
		median(of(r.peerS, cpuOf)), span(of(r.peerS, cpuOf), "%.2f"), span(of(r.peerS, rssMB), "%.0f"))
	if len(r.peerS) == 0 {
		peer = fmt.Sprintf("%s over %s", r.peer, r.peerOver)
	}
	line := fmt.Sprintf("%d segments, %s: bitext median %.2f s (%s), CPU %.2f s (%s), %s MB; %s; ratio %s; load %s–%s",
		r.segments, r.job, median(of(r.bitext, wallOf)), span(of(r.bitext, wallOf), "%.2f"), median(of(r.bitext, cpuOf)), span(of(r.bitext, cpuOf), "%.2f"),
		span(of(r.bitext, rssMB), "%.0f"), peer, r.ratio(), r.load[0], r.load[1])
	if len(r.peerS) > 0 {
		line += fmt.Sprintf("; memory ratio %.2f", median(of(r.bitext, rssMB))/max(median(of(r.peerS, rssMB)), 1))
	}
	return line
}

// printTable prints the ratios as a Markdown table: a row a job, a column
// a size.
func printTable(w io.Writer, rows []result) {
	var sizes []int
	seen := map[int]bool{}
	var names []string
	byName := map[string]map[int]result{}
	for _, r := range rows {
		if !seen[r.segments] {
			seen[r.segments] = true
			sizes = append(sizes, r.segments)
		}
		key := r.job + "\x00" + r.peer
		if byName[key] == nil {
			byName[key] = map[int]result{}
			names = append(names, key)
		}
		byName[key][r.segments] = r
	}
	fmt.Fprint(w, "| bitext | peer |")
	for _, s := range sizes {
		fmt.Fprintf(w, " %d segments |", s)
	}
	fmt.Fprint(w, "\n|---|---|")
	for range sizes {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, key := range names {
		job, peer, _ := strings.Cut(key, "\x00")
		fmt.Fprintf(w, "| `%s` | %s |", bitextName(job), peer)
		for _, s := range sizes {
			if r, ok := byName[key][s]; ok {
				fmt.Fprintf(w, " %s |", r.ratio())
			} else {
				fmt.Fprint(w, " |")
			}
		}
		fmt.Fprintln(w)
	}
}

func bitextName(job string) string {
	switch job {
	case "sync", "sync-N":
		return "sync"
	case "status":
		return "status --no-cache"
	case "status-cached":
		return "status (cached)"
	case "check":
		return "check --no-cache"
	case "glossary":
		return fmt.Sprintf("check --no-cache, %d terms", glossaryTerms)
	}
	return job
}
