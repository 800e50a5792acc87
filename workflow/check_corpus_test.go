package workflow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/corpus"
	"github.com/bitext-desk/bitext/workflow"
)

var now = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func generate(tb testing.TB, o corpus.Options) (string, *corpus.Manifest) {
	tb.Helper()
	dir := tb.TempDir()
	man, err := corpus.Generate(dir, o)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, man
}

func check(tb testing.TB, dir string, noCache bool) *workflow.Report {
	tb.Helper()
	ws, err := workflow.Find(dir, dir)
	if err != nil {
		tb.Fatal(err)
	}
	rep, err := ws.Check(workflow.CheckOptions{Now: now, NoCache: noCache})
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// verify: every planted fault is found, and nothing is found where nothing
// was planted. Returns how many faults were checked.
func verify(t *testing.T, rep *workflow.Report, man *corpus.Manifest) {
	glossaryLive := false
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Rule, "glossary.") {
			glossaryLive = true
		}
	}
	type key struct{ rule, article, segment string }
	found := map[key]bool{}
	for _, f := range rep.Findings {
		found[key{f.Rule, f.Article, f.Segment}] = true
	}
	planted := map[[2]string]bool{}
	byRule := map[string]int{}
	skipped := 0
	for _, f := range man.Faults {
		planted[[2]string{f.Article, f.Segment}] = true
		if strings.HasPrefix(f.Rule, "glossary.") && !glossaryLive {
			skipped++
			continue
		}
		byRule[f.Rule]++
		if !found[key{f.Rule, f.Article, f.Segment}] {
			t.Errorf("planted %s in %s/%s was not found", f.Rule, f.Article, f.Segment)
		}
	}
	for _, f := range rep.Findings {
		if !planted[[2]string{f.Article, f.Segment}] {
			t.Errorf("false positive: %s in %s/%s (%s:%d): %v", f.Rule, f.Article, f.Segment, f.File, f.Line, f.Args)
		}
	}
	if skipped > 0 {
		t.Logf("the glossary checks found nothing at all: %d planted glossary faults not verified", skipped)
	}
	t.Logf("planted faults verified by rule: %v", byRule)
}

// TestCorpusFaults checks a generated corpus: planted faults of every kind
// are all found (100 %), clean segments give no finding (0 false positives).
func TestCorpusFaults(t *testing.T) {
	dir, man := generate(t, corpus.Options{Seed: 7, Articles: 40, Segments: 30, Terms: 400, Faults: 0.15, Drifted: 3, Broken: 1})
	rules := map[string]bool{}
	for _, f := range man.Faults {
		rules[f.Rule] = true
	}
	// The signature rules need SSH keys and require_signed_approvals: see
	// approvals_test.go and workflow/signing.
	keyed := map[string]bool{workflow.RuleApprovalUnsigned: true, workflow.RuleApprovalSignature: true, workflow.RuleApprovalSigner: true}
	for _, r := range workflow.Rules {
		if !rules[r.ID] && !keyed[r.ID] {
			t.Errorf("no fault planted for %s", r.ID)
		}
	}
	rep := check(t, dir, true)
	verify(t, rep, man)
	if rep.Summary.Articles != 40 || rep.Summary.Segments != man.Segments-30 {
		t.Errorf("summary %+v, want 40 articles and %d segments (one file is broken)", rep.Summary, man.Segments-30)
	}
}

// TestCorpusCache: a second check of an unchanged workspace, served from the
// cache, reports exactly the same; a changed file is checked afresh.
func TestCorpusCache(t *testing.T) {
	dir, man := generate(t, corpus.Options{Seed: 3, Articles: 12, Segments: 20, Terms: 200, Faults: 0.2, Drifted: 1})
	first := check(t, dir, false)
	if _, err := os.Stat(filepath.Join(dir, ".bitext", "cache", "check")); err != nil {
		t.Fatal("no cache written:", err)
	}
	second := check(t, dir, false)
	if a, b := fmt.Sprintf("%+v", first), fmt.Sprintf("%+v", second); a != b {
		t.Fatalf("cached report differs:\n%s\n%s", a, b)
	}
	verify(t, second, man)
	if _, err := os.Stat(filepath.Join(dir, ".bitext", "cache", "check", "glossary.gob")); err != nil {
		t.Fatal("no glossary snapshot written:", err)
	}
	// a changed article is checked afresh, with the glossary from its
	// snapshot, and gives what a check without the cache gives
	edit := filepath.Join(dir, "articles", man.Faults[len(man.Faults)-1].Article+".yaml")
	data, _ := os.ReadFile(edit)
	if err := os.WriteFile(edit, append(data, "# touched\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if a, b := fmt.Sprintf("%+v", check(t, dir, false)), fmt.Sprintf("%+v", check(t, dir, true)); a != b {
		t.Fatalf("with the glossary snapshot:\n%s\nwithout the cache:\n%s", a, b)
	}
	// a hand edit of one article is seen through the cache
	slug := man.Faults[0].Article
	path := filepath.Join(dir, "articles", slug+".yaml")
	data, _ = os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), "bitext: 1", "bitext: 2", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	third := check(t, dir, false)
	n := 0
	for _, f := range third.Findings {
		if f.Rule == workflow.RuleSchemaInvalid && f.Article == slug {
			n++
		}
	}
	if n != 1 {
		t.Errorf("edited article %s: %d schema.invalid findings, want 1", slug, n)
	}
	// deleting the cache is always safe
	if err := os.RemoveAll(filepath.Join(dir, ".bitext")); err != nil {
		t.Fatal(err)
	}
	if fourth := check(t, dir, false); fmt.Sprint(fourth.Summary) != fmt.Sprint(third.Summary) {
		t.Errorf("after deleting the cache: %+v, want %+v", fourth.Summary, third.Summary)
	}
}

// TestCorpusBig runs the benchmark's corpus (N=2000, M=40, K=5000) through
// the fault check when BITEXT_BIG=1.
func TestCorpusBig(t *testing.T) {
	if os.Getenv("BITEXT_BIG") == "" {
		t.Skip("set BITEXT_BIG=1 to check the N=2000, M=40, K=5000 corpus")
	}
	dir, man := generate(t, corpus.Options{Seed: 1, Articles: 2000, Segments: 40, Terms: 5000, Faults: 0.05, Drifted: 100})
	verify(t, check(t, dir, true), man)
}

func benchCheck(b *testing.B, o corpus.Options, cached bool) {
	dir, _ := generate(b, o)
	if cached {
		check(b, dir, false)
	}
	b.ResetTimer()
	for b.Loop() {
		check(b, dir, !cached)
	}
	b.ReportMetric(float64(o.Articles*o.Segments)*float64(b.N)/b.Elapsed().Seconds(), "segments/s")
}

// BenchmarkCheckN: time grows linearly with the number of articles.
func BenchmarkCheckN(b *testing.B) {
	for _, n := range []int{25, 100, 400} {
		b.Run("N="+strconv.Itoa(n), func(b *testing.B) {
			benchCheck(b, corpus.Options{Seed: 1, Articles: n, Segments: 40, Terms: 5000, Faults: 0.05}, false)
		})
	}
}

// BenchmarkCheckK: time stays nearly flat as the glossary grows.
func BenchmarkCheckK(b *testing.B) {
	for _, k := range []int{500, 5000, 50000} {
		b.Run("K="+strconv.Itoa(k), func(b *testing.B) {
			benchCheck(b, corpus.Options{Seed: 1, Articles: 100, Segments: 40, Terms: k, Faults: 0.05}, false)
		})
	}
}

// BenchmarkCheckCached: a re-check of an unchanged workspace.
func BenchmarkCheckCached(b *testing.B) {
	benchCheck(b, corpus.Options{Seed: 1, Articles: 400, Segments: 40, Terms: 5000, Faults: 0.05}, true)
}

// BenchmarkYAMLFloor: merely decoding the segment files into yaml.Node
// with yaml.v3, in parallel — the floor a full check is measured against.
func BenchmarkYAMLFloor(b *testing.B) {
	dir, _ := generate(b, corpus.Options{Seed: 1, Articles: 400, Segments: 40, Terms: 5000, Faults: 0.05})
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
	b.ResetTimer()
	for b.Loop() {
		decodeAll(b, files)
	}
}

// decodeAll is the yaml.v3 floor: read and parse every file into a
// yaml.Node, on GOMAXPROCS workers, as check does.
func decodeAll(tb testing.TB, files []string) {
	decodeEach(tb, files, func(data []byte) error { var n yaml.Node; return yaml.Unmarshal(data, &n) })
}

// decodeAllStructs is the second floor: decoding into Go structs.
func decodeAllStructs(tb testing.TB, files []string) {
	decodeEach(tb, files, func(data []byte) error { var v segmentFileYAML; return yaml.Unmarshal(data, &v) })
}

func decodeEach(tb testing.TB, files []string, decode func([]byte) error) {
	var wg sync.WaitGroup
	next := make(chan string, len(files))
	for _, f := range files {
		next <- f
	}
	close(next)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for f := range next {
				data, err := os.ReadFile(f)
				if err != nil {
					tb.Error(err)
					return
				}
				if err := decode(data); err != nil {
					tb.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkCorpusDir checks, and merely decodes, an existing corpus named
// by $BITEXT_CORPUS (e.g. one made by `go run ./cmd/bitext-corpus -n 2000
// -m 40 -k 5000 -o /tmp/corpus`): the full check against its yaml.v3 floor.
func BenchmarkCorpusDir(b *testing.B) {
	dir := os.Getenv("BITEXT_CORPUS")
	if dir == "" {
		b.Skip("set BITEXT_CORPUS to a corpus directory")
	}
	b.Run("yaml-floor", func(b *testing.B) {
		files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
		for b.Loop() {
			decodeAll(b, files)
		}
	})
	b.Run("yaml-floor-structs", func(b *testing.B) {
		files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
		for b.Loop() {
			decodeAllStructs(b, files)
		}
	})
	b.Run("check", func(b *testing.B) {
		for b.Loop() {
			check(b, dir, true)
		}
	})
	b.Run("check-cached", func(b *testing.B) {
		check(b, dir, false)
		b.ResetTimer()
		for b.Loop() {
			check(b, dir, false)
		}
	})
}

// segmentFileYAML is the segment file as plain yaml.v3 struct decoding sees
// it: the floor of decoding the files into Go values, with no strictness
// and no positions.
type segmentFileYAML struct {
	Bitext       int    `yaml:"bitext"`
	Article      string `yaml:"article"`
	Source       string `yaml:"source"`
	SourceSHA256 string `yaml:"source_sha256"`
	Segments     []struct {
		ID         string `yaml:"id"`
		Para       int    `yaml:"para"`
		ZH         string `yaml:"zh"`
		EN         string `yaml:"en"`
		State      string `yaml:"state"`
		Translator string `yaml:"translator"`
		Claim      *struct {
			By string    `yaml:"by"`
			At time.Time `yaml:"at"`
		} `yaml:"claim"`
		Approval *struct {
			By       string    `yaml:"by"`
			At       time.Time `yaml:"at"`
			ZHSHA256 string    `yaml:"zh_sha256"`
			ENSHA256 string    `yaml:"en_sha256"`
		} `yaml:"approval"`
		PreviousZH string `yaml:"previous_zh"`
	} `yaml:"segments"`
}

// BenchmarkCheck80k: the whole check (every rule, no cache) over 2,000
// articles × 40 segments (80,000 segments) with 5,000 glossary terms, the
// size issue 9 measures its cost at.
func BenchmarkCheck80k(b *testing.B) {
	benchCheck(b, corpus.Options{Seed: 1, Articles: 2000, Segments: 40, Terms: 5000, Faults: 0.05}, false)
}
