package glossary

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

const benchHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"

var benchWords = strings.Fields("the of and to in a is that for on with as by at from this be are was has have an will it its which their been more also were but not or development cooperation international committee national mining industry association department central council conference annual week center ministry foreign affairs economic security resources president director deputy secretary general state province city bureau research institute exchange trade meeting forum commission people republic china chinese party government office administration")

var syllables = strings.Fields("ba ke lo mi su ta ri no ve da shi zhu an ing ou lia wei xin hua guo min tai")

func benchProper(r *rand.Rand) string {
	w := ""
	for k := 0; k < 2+r.IntN(2); k++ {
		w += syllables[r.IntN(len(syllables))]
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// benchCorpus makes K terms and n articles of m segments: each segment's
// source names two terms (and its English carries them), amid filler.
func benchCorpus(k, n, m int) (*Glossary, [][]*articles.Segment) {
	r := rand.New(rand.NewPCG(1, uint64(k)))
	han := []rune(benchHan)
	termHan, fillHan := han[:len(han)/2], han[len(han)/2:] // filler never spells a term
	g := &Glossary{}
	for i := 0; i < k; i++ {
		var zh strings.Builder
		for j := 0; j < 4+r.IntN(5); j++ {
			zh.WriteRune(termHan[r.IntN(len(termHan))])
		}
		// Renderings: a few common words among proper words from a large
		// vocabulary, as real names of organisations are.
		var en []string
		for j := 0; j < 2+r.IntN(5); j++ {
			if r.IntN(3) == 0 {
				w := benchWords[r.IntN(len(benchWords))]
				en = append(en, strings.ToUpper(w[:1])+w[1:])
			} else {
				en = append(en, benchProper(r))
			}
		}
		en = append(en, fmt.Sprintf("T%d", i)) // keep renderings unique
		t := &Term{ID: fmt.Sprintf("t%d", i), ZH: []string{zh.String()}, EN: strings.Join(en, " "), Kind: Organization, Status: Approved,
			Forbidden: []string{strings.Join(en[:len(en)-1], " ") + " Variant"}}
		if i%3 == 0 {
			t.Abbr = fmt.Sprintf("AB%d", i)
		}
		if i%5 == 0 {
			t.Kind = Person
			t.EN = fmt.Sprintf("Xing%d Ming%d", i, i)
		}
		g.Terms = append(g.Terms, t)
	}
	arts := make([][]*articles.Segment, n)
	for a := range arts {
		for s := 0; s < m; s++ {
			var zh, en strings.Builder
			for j := 0; j < 2; j++ {
				t := g.Terms[r.IntN(k)]
				for x := 0; x < 12; x++ {
					zh.WriteRune(fillHan[r.IntN(len(fillHan))])
				}
				zh.WriteString(t.ZH[0])
				for x := 0; x < 8; x++ {
					en.WriteString(benchWords[r.IntN(len(benchWords))])
					en.WriteByte(' ')
				}
				en.WriteString(t.EN)
				en.WriteByte(' ')
			}
			zh.WriteString("。")
			en.WriteString("today.")
			arts[a] = append(arts[a], &articles.Segment{ID: fmt.Sprint(s), Para: s, ZH: zh.String(), EN: en.String()})
		}
	}
	return g, arts
}

// BenchmarkCheck: the glossary checks over 2,000 articles × 40 segments
// (80,000 segments), on every core, for K glossary terms. One op is the
// whole corpus; the glossary's automata are built once, outside the timer
// (BenchmarkBuild measures that).
func BenchmarkCheck(b *testing.B) {
	for _, k := range []int{500, 5000, 50000} {
		b.Run(fmt.Sprintf("K=%d", k), func(b *testing.B) {
			g, arts := benchCorpus(k, 2000, 40)
			g.index()
			issues := 0
			for b.Loop() {
				issues = checkAll(g, arts)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/80000, "ns/segment")
			if issues != 0 {
				b.Fatalf("%d issues on a clean corpus", issues)
			}
		})
	}
}

func checkAll(g *Glossary, arts [][]*articles.Segment) int {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	next := make(chan []*articles.Segment)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for segs := range next {
				n += len(g.Check(segs))
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	for _, a := range arts {
		next <- a
	}
	close(next)
	wg.Wait()
	return total
}

// BenchmarkBuild: building both automata for K terms.
func BenchmarkBuild(b *testing.B) {
	for _, k := range []int{500, 5000, 50000} {
		b.Run(fmt.Sprintf("K=%d", k), func(b *testing.B) {
			g, _ := benchCorpus(k, 0, 0)
			for b.Loop() {
				buildIndex(g.Terms)
			}
		})
	}
}

// TestBenchCorpusClean: the generated corpus is clean, so the checks find
// nothing in it (no false positives at scale).
func TestBenchCorpusClean(t *testing.T) {
	g, arts := benchCorpus(5000, 100, 40)
	for _, a := range arts {
		for _, is := range g.Check(a) {
			t.Errorf("%s %s %q zh=%q en=%q", is.Rule, is.Term.ID, is.Found, is.Segment.ZH, is.Segment.EN)
		}
	}
}

// BenchmarkMatch: each side's matcher alone over 20,000 segments, one core.
func BenchmarkMatch(b *testing.B) {
	for _, k := range []int{500, 5000, 50000} {
		b.Run(fmt.Sprintf("K=%d", k), func(b *testing.B) {
			g, arts := benchCorpus(k, 500, 40)
			ix := g.index()
			b.Run("zh", func(b *testing.B) {
				var out []ZHMatch
				for b.Loop() {
					for _, a := range arts {
						for _, s := range a {
							out = ix.matchZH(s.ZH, out[:0])
						}
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/20000, "ns/segment")
			})
			b.Run("en", func(b *testing.B) {
				var out []ENMatch
				for b.Loop() {
					for _, a := range arts {
						for _, s := range a {
							out = ix.matchEN(s.EN, out[:0])
						}
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/20000, "ns/segment")
			})
		})
	}
}

// BenchmarkCheckAt compares the two ways to check the middle segment of
// one article of 80,000 segments: Check over the segments up to it, and
// CheckAt.
func BenchmarkCheckAt(b *testing.B) {
	g, arts := benchCorpus(5000, 2000, 40)
	g.index()
	var segs []*articles.Segment
	for _, a := range arts {
		segs = append(segs, a...)
	}
	i := len(segs) / 2
	b.Run("prefix", func(b *testing.B) {
		for b.Loop() {
			g.Check(segs[:i+1])
		}
	})
	b.Run("at", func(b *testing.B) {
		for b.Loop() {
			g.CheckAt(segs, i)
		}
	})
}
