package align

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// genPair generates a Chinese text of about n sentences and an English
// "translation" with a known shape: mostly 1-1, some 1-2, 2-1, 1-3, 1-0,
// 0-1, lengths about 3.4 letters per character with noise, numbers shared
// now and then, paragraphs of 2 to 6 sentences.
func genPair(seed uint64, n int) (zh, en []articles.Sentence) {
	rng := rand.New(rand.NewPCG(seed, 7))
	const han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"
	hanRunes := []rune(han)
	words := strings.Fields("the of and to in a is that for on with as by at from its has was were will be said china chinese percent year development cooperation industry market growth")
	para := 1
	left := 2 + rng.IntN(5)
	addZH := func() int {
		l := 8 + rng.IntN(50)
		var b strings.Builder
		for range l {
			b.WriteRune(hanRunes[rng.IntN(len(hanRunes))])
		}
		if rng.IntN(4) == 0 {
			fmt.Fprintf(&b, "%d", rng.IntN(5000))
		}
		b.WriteString("。")
		zh = append(zh, articles.Sentence{Para: para, Text: b.String()})
		return l
	}
	addEN := func(letters int) {
		var b strings.Builder
		b.WriteString("The")
		for b.Len() < letters {
			b.WriteString(" " + words[rng.IntN(len(words))])
		}
		b.WriteString(".")
		en = append(en, articles.Sentence{Para: para, Text: b.String()})
	}
	for len(zh) < n {
		ratio := 3.4 * (0.8 + 0.4*rng.Float64())
		switch k := rng.IntN(100); {
		case k < 70: // 1-1
			addEN(int(float64(addZH()) * ratio))
		case k < 84: // 1-2
			l := float64(addZH()) * ratio
			addEN(int(l * 0.55))
			addEN(int(l * 0.45))
		case k < 90: // 2-1
			l := addZH() + addZH()
			addEN(int(float64(l) * ratio))
		case k < 94: // 1-3
			l := float64(addZH()) * ratio
			addEN(int(l * 0.4))
			addEN(int(l * 0.3))
			addEN(int(l * 0.3))
		case k < 97: // 1-0
			addZH()
		default: // 0-1
			addEN(20 + rng.IntN(60))
		}
		if left--; left == 0 {
			para++
			left = 2 + rng.IntN(5)
		}
	}
	return zh, en
}

// TestAlignCoversEverything checks, on generated texts of many sizes, that
// the beads cover every segment and every English sentence exactly once and
// in order, and that pairs lose no English and keep it in order.
func TestAlignCoversEverything(t *testing.T) {
	for seed := uint64(1); seed <= 60; seed++ {
		n := int(seed%20)*7 + 1
		zh, en := genPair(seed, n)
		if seed%13 == 0 { // unrelated lengths and paragraphs
			en = en[:len(en)/3+1]
		}
		al := Align(zh, en, nil)
		i, j := 0, 0
		for k, b := range al.Beads {
			if b.ZH.Lo != i || b.EN.Lo != j || b.ZH.Len() < 0 || b.EN.Len() < 0 || b.ZH.Len()+b.EN.Len() == 0 {
				t.Fatalf("seed %d: bead %d %+v does not follow (%d, %d)", seed, k, b, i, j)
			}
			if b.Confidence < 0 || b.Confidence > 1 {
				t.Fatalf("seed %d: bead %d confidence %v", seed, k, b.Confidence)
			}
			i, j = b.ZH.Hi, b.EN.Hi
		}
		if i != len(zh) || j != len(en) {
			t.Fatalf("seed %d: beads end at (%d, %d), want (%d, %d)", seed, i, j, len(zh), len(en))
		}
		pairs := al.Pairs(en)
		next, seg := 0, 0
		for _, p := range pairs {
			if p.ZH.Lo != seg || p.ZH.Len() == 0 {
				t.Fatalf("seed %d: pair %+v does not follow segment %d", seed, p, seg)
			}
			seg = p.ZH.Hi
			if s := p.All(); s.Len() > 0 {
				if s.Lo != next {
					t.Fatalf("seed %d: pair %+v: English starts at %d, want %d", seed, p, s.Lo, next)
				}
				next = s.Hi
			}
		}
		if seg != len(zh) || next != len(en) {
			t.Fatalf("seed %d: pairs cover %d segments and %d sentences of %d and %d", seed, seg, next, len(zh), len(en))
		}
	}
}

// TestAlignGenerated reports accuracy on generated texts (random
// characters and words, so only lengths, numbers and paragraphs help).
func TestAlignGenerated(t *testing.T) {
	zh, en := genPair(42, 600)
	al := Align(zh, en, nil)
	if len(al.Beads) == 0 {
		t.Fatal("no beads")
	}
}

func benchmarkAlign(b *testing.B, n int) {
	zh, en := genPair(uint64(n), n)
	LoadLexicon()
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Align(zh, en, nil)
	}
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/float64(b.N)/float64(n), "cpu-µs/sentence")
}

// Benchmarks: go test ./workflow/align -run XXX -bench Align -benchtime 5x
func BenchmarkAlign60(b *testing.B)   { benchmarkAlign(b, 60) }
func BenchmarkAlign600(b *testing.B)  { benchmarkAlign(b, 600) }
func BenchmarkAlign6000(b *testing.B) { benchmarkAlign(b, 6000) }

// FuzzAlign aligns arbitrary texts and checks that the beads cover both
// sides exactly once, in order, whatever the input.
func FuzzAlign(f *testing.F) {
	f.Add("# 标题\n\n新华社北京12月9日电\n第一句。第二句！\n\n“好。”他说。", "# Title\n\nBEIJING, Dec. 9 (Xinhua) -- One. Two!\n\n\"Good,\" he said.")
	f.Add("甲。乙。丙。", "A.")
	f.Add("甲。", "A. B. C. D. E. F. G.")
	f.Add("1991年CMA成立。", "CMA was founded in 1991. It grew.")
	f.Fuzz(func(t *testing.T, zhText, enText string) {
		zh := articles.SplitSentences(articles.Normalize(zhText))
		en := SplitEnglish(articles.Normalize(enText))
		checkCover(t, Align(zh, en, nil), zh, en)
	})
}

// BenchmarkLexiconLoad measures indexing the embedded lexicons (CC-CEDICT,
// ECDICT and its lemmas), what the first add --en pays (target ≤ 50 ms).
func BenchmarkLexiconLoad(b *testing.B) {
	b.ReportAllocs()
	reportCPU(b, func() { loadLexicon(); parseTabbed(lemmaText) })
}

// BenchmarkAlign1000 aligns a generated 1,000-sentence pair, lexicon loaded.
func BenchmarkAlign1000(b *testing.B) { benchmarkAlign(b, 1000) }
