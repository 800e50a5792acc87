package glossary

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// checkAtAgrees fails t unless CheckAt(ss, i) is Check(ss) filtered to
// ss[i], for every i.
func checkAtAgrees(t *testing.T, g *Glossary, ss []*articles.Segment) {
	t.Helper()
	all := g.Check(ss)
	for i, s := range ss {
		var want []Issue
		for _, is := range all {
			if is.Segment == s {
				want = append(want, is)
			}
		}
		got := g.CheckAt(ss, i)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			var b strings.Builder
			for _, s := range ss {
				fmt.Fprintf(&b, "\n  %q | %q", s.ZH, s.EN)
			}
			t.Fatalf("CheckAt(segs, %d):\n got %s\nwant %s\narticle:%s", i, render(got), render(want), b.String())
		}
	}
}

func TestCheckAtEdges(t *testing.T) {
	g := testGlossary()
	ss := segs("中国矿业联合会 | China Mining Association", "中矿联 | CMA")
	if got := g.CheckAt(ss, -1); got != nil {
		t.Errorf("CheckAt(-1) = %v", got)
	}
	if got := g.CheckAt(ss, 2); got != nil {
		t.Errorf("CheckAt(len) = %v", got)
	}
	if got := g.CheckAt(nil, 0); got != nil {
		t.Errorf("CheckAt(nil, 0) = %v", got)
	}
	for _, tc := range []struct {
		name string
		segs []string
	}{
		{"seen by the exact rendering only, far back", []string{"无关 | China Mining Association", "其他 | nothing", "中矿联 | CMA"}},
		{"not seen: the rendering in lower case is not exact", []string{"无关 | china mining association", "中矿联 | CMA"}},
		{"seen by the source with no English", []string{"中国矿业联合会 | ", "中矿联 | CMA"}},
		{"full-width letters in an earlier English", []string{"无关 | Ｃｈｉｎａ Ｍｉｎｉｎｇ Ａｓｓｏｃｉａｔｉｏｎ", "中矿联 | CMA"}},
		{"inflected rendering earlier", []string{"无关 | Deputy Secretaries-General met", "副秘书长 | He said"}},
		{"a surname after the person named in another segment", []string{"程立伟 | Cheng Liwei", "程立伟说 | Cheng said"}},
		{"a surname before", []string{"程立伟说 | Cheng said", "程立伟 | Cheng Liwei"}},
		{"a pronoun after", []string{"程立伟 | Cheng Liwei", "程立伟说 | He said"}},
		{"another name in the pronoun's segment", []string{"程立伟 | Cheng Liwei", "中国矿业联合会 | China Mining Association", "程立伟说 | Cheng Liwei and he"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkAtAgrees(t, g, segs(tc.segs...)) })
	}
}

// Pieces of generated articles: the glossaries' Chinese forms and English
// renderings, abbrs, surnames, short forms, variants, pronouns and words
// for a place, in every case, and text that folds in odd ways.
var (
	genZH = []string{"中国矿业联合会", "中矿联", "中联部", "中共中央对外联络部", "中联部经济合作中心", "探矿者年会", "副秘书长", "程立伟", "旧名",
		"中国共产党", "中共", "中国共产党人", "实事求是", "改革开放", "马克思主义", "胡锦涛", "恩格斯", "布里廖夫", "中国作协", "物质文明", "精神文明",
		"基本路线", "红卫兵", "小红", "非洲", "南非", "日本", "巴拿马", "巴拿马运河", "周丽娜", "周周明", "冬冬", "美国", "新西兰", "黑水河",
		"弗拉基米尔·普京", "拉斯·冯·特里尔", "冯·特里尔", "麦肯齐", "世界卫生组织", "中华民族伟大复兴", "中共中央", "党中央",
		"说：", "道：“", "表示。", "和", "的", "会见", "。", "无关"}
	genEN = []string{"China Mining Association", "CMA", "the Association", "China Mining Federation", "International Department of the CPC Central Committee",
		"IDCPC", "International Liaison Department", "Economic Cooperation Center of the International Department of the CPC Central Committee",
		"Prospectors' Annual Conference", "Deputy Secretary-General", "Deputy Secretaries-General", "Cheng Liwei", "Cheng", "Liwei Cheng", "Old Mining Society", "OMS",
		"Communist Party of China", "the Communist Party", "This Party", "seek truth from facts", "Seeking truth from facts", "reform and opening-up",
		"Marxism", "Marxist", "Hu Jintao", "Hu Jingtao", "Hu", "Friedrich Engels", "Engels Friedrich", "Sergei Brilyov", "Brilyov", "China Writers Association",
		"the Writers", "material civilization", "material and spiritual", "basic line", "Red Guards", "Xiaohong", "Africa", "African", "South Africa",
		"Japan", "Japanese", "Panama", "Panamax", "Panama Canal", "Zhou Lina", "Zhou Linaa", "Zhou Zhouming", "Dong Dong", "United States", "U.S.", "US",
		"New Zealand", "Black Water River", "the riverbed", "Vladimir Putin", "Putin", "Lars von Trier", "Von Trier", "MacKenzie", "mackenzie",
		"International Department", "World Health Organization", "WHO", "great rejuvenation of the Chinese nation", "the Chinese nation's great rejuvenation",
		"CPC Central Committee", "The Central Committee",
		"he", "She", "they", "their", "It", "its", "there", "the city", "I", "you", "said", "met", "and", "of the", ".", ",", "\"", "“", "’s", ":",
		"Ｃｈｉｎａ", "\u212Aelvin", "\u0130", "HU JINTAO", "FARMERS WHO HAD", "Title Case Words Here"}
)

// genArticle makes an article of segments from a stream of choices, and
// now and then a raw text.
func genArticle(next func(n int) int, raw func() string) []*articles.Segment {
	n := 1 + next(12)
	var lines []string
	for k := 0; k < n; k++ {
		var zh, en strings.Builder
		for range next(4) {
			if next(10) == 0 {
				zh.WriteString(raw())
				continue
			}
			zh.WriteString(genZH[next(len(genZH))])
		}
		if next(8) > 0 {
			for w := range next(6) {
				if w > 0 && next(4) > 0 {
					en.WriteByte(' ')
				}
				p := genEN[next(len(genEN))]
				if next(10) == 0 {
					p = raw()
				}
				switch next(6) {
				case 0:
					p = strings.ToLower(p)
				case 1:
					p = strings.ToUpper(p)
				}
				en.WriteString(p)
			}
		}
		lines = append(lines, zh.String()+" | "+en.String())
	}
	return segs(lines...)
}

func genGlossaries(t testing.TB) []*Glossary {
	real, err := Parse("glossary.yaml", []byte(realTextGlossary))
	if err != nil {
		t.Fatal(err)
	}
	return []*Glossary{testGlossary(), real}
}

// TestCheckAtGenerated compares CheckAt with Check over generated articles.
func TestCheckAtGenerated(t *testing.T) {
	gs := genGlossaries(t)
	for seed := range uint64(400) {
		ss := randomArticle(seed, 16)
		for _, g := range gs {
			checkAtAgrees(t, g, ss)
		}
	}
}

// randomArticle generates an article from the stream (seed, stream): short
// runs of letters that fold, dashes, quotes and the terms' own characters.
func randomArticle(seed, stream uint64) []*articles.Segment {
	r := rand.New(rand.NewPCG(seed, stream))
	odd := []rune("aZｃＭ\u212A\u0130ſé’‐-. 中矿联CMA")
	return genArticle(r.IntN, func() string {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteRune(odd[r.IntN(len(odd))])
		}
		return b.String()
	})
}

// FuzzCheckAt: over articles generated from the fuzzer's bytes, CheckAt
// is Check filtered to the segment, for every segment.
func FuzzCheckAt(f *testing.F) {
	f.Add([]byte{3, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, 12 times"))
	gs := genGlossaries(f)
	f.Fuzz(func(t *testing.T, choices []byte) {
		ss := fuzzArticle(choices)
		for _, g := range gs {
			checkAtAgrees(t, g, ss)
		}
	})
}

// fuzzArticle is genArticle with its choices and raw texts taken from
// the fuzzer's bytes.
func fuzzArticle(choices []byte) []*articles.Segment {
	k := 0
	next := func(n int) int {
		if k >= len(choices) {
			return 0
		}
		k++
		return int(choices[k-1]) % n
	}
	raw := func() string {
		n := next(16)
		s := string(choices[k:min(k+n, len(choices))])
		k = min(k+n, len(choices))
		return s
	}
	return genArticle(next, raw)
}
