package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

func TestNumberAnchors(t *testing.T) {
	cases := []struct {
		zh, en string
		want   string // the keys both give, sorted, space-separated
	}{
		{"12月9日下午", "On the afternoon of December 9,", "d:12-9"},
		{"成立于1991年", "founded in 1991", "n:1991"},
		{"增长５．２％", "grew 5.2 percent", "n:5.2"},
		{"共有3496家展商", "A total of 3,496 exhibitors", "n:3496"},
		{"0.5个百分点", "0.5 percentage points", "n:0.5"},
		{"销售额超过2500亿元", "sales of more than 250 billion yuan", "n:250000000000"},
		{"赔偿6.4亿元", "640 million yuan in damages", "n:640000000"},
		{"52.5万件", "525,000 cases", "n:525000"},
		{"1000万人次", "10 million passengers", "n:10000000"},
		{"共完成下潜6次", "made six dives", "n:6"},
		{"第七届理事会", "its seventh council", "o:7"},
		// A report's headings and enumerators (reportAnchors).
		{"一、过去五年的工作回顾", "I. Review of Our Work over the Past Five Years", "h:1 n:5"},
		{"（三）对外交流合作不断深化。", "(III) Our international exchanges deepened.", "h:3"},
		{"（三）对外交流合作不断深化。", "(3) Our international exchanges deepened.", "h:3"},
		{"4. 加强协会自身建设。", "4. Strengthening the Association itself", "h:4"},
		{"第二章 会员", "CHAPTER II MEMBERS", "h:2 o:2"},
		{"第10章 会员权利", "Chapter 10 Rights of Members", "h:10 o:10"},
		{"第三部分 今后五年的任务", "Part Three Our Tasks for the Next Five Years", "h:3 n:5 o:3"},
		{"一是建立公约；二是设立服务中心；三是配合调研", "First, we set up ... Second, ... Third, ...", "o:1 o:2 o:3"},
		{"其一，完善机制", "Firstly, we improve", "o:1"},
		{"协会要发挥桥梁作用，第一，推动合作；第二，支持找矿", "First, we will ... Second, we will ...", "o:1 o:2"},
	}
	for _, c := range cases {
		z, e := uniq(zhNumberAnchors(c.zh, false)), uniq(enNumberAnchors(c.en, false))
		var both []string
		for _, k := range z {
			if slices.Contains(e, k) {
				both = append(both, k)
			}
		}
		if got := strings.Join(both, " "); got != c.want {
			t.Errorf("%q ↔ %q: shared %q (zh %q, en %q), want %q", c.zh, c.en, got, z, e, c.want)
		}
	}
}

// TestReportAnchorsNot: what looks like a heading numeral or an
// enumerator but is not one.
func TestReportAnchorsNot(t *testing.T) {
	for _, s := range []string{"第9章讲矿山安全。", "这是十分重要的。", "1.2万人参加"} {
		if k, _ := zhReportAnchors(s); k != nil {
			t.Errorf("%q: keys %q, want none", s, k)
		}
	}
	for _, s := range []string{"I. M. Pei designed it.", "I will go.", "C. Wang said so.", "1.2 Scope of the report", "3.5 percent more", "Ivy grew."} {
		if k, _ := enReportAnchors(s); k != nil {
			t.Errorf("%q: keys %q, want none", s, k)
		}
	}
	// The numeral is not also a number: （三） ↔ (III) has no "n:3" on one side only.
	if k := zhNumberAnchors("（三）深化合作", false); !slices.Equal(k, []string{"h:3"}) {
		t.Errorf("（三）: keys %q", k)
	}
}

func TestLatinAnchors(t *testing.T) {
	zh := zhLatinAnchors("中矿联（CMA）与ＧＤＰ、H3N2、5G和A股")
	want := []string{"l:CMA", "l:GDP", "l:H3N2", "l:5G"}
	if !slices.Equal(zh, want) {
		t.Errorf("zh: got %q, want %q", zh, want)
	}
	set := map[string]bool{}
	for _, k := range zh {
		set[k] = true
	}
	en := enLatinAnchors("CMA's GDP grew; the 5G network (H3N2) and CMAX", set)
	if !slices.Equal(uniq(en), []string{"l:5G", "l:CMA", "l:GDP", "l:H3N2"}) {
		t.Errorf("en: got %q", en)
	}
}

func TestTermAnchors(t *testing.T) {
	g := &glossary.Glossary{Terms: []*glossary.Term{
		{ID: "cma", ZH: []string{"中国矿业联合会", "中矿联"}, EN: "China Mining Association", Abbr: "CMA"},
		{ID: "cheng", ZH: []string{"程立伟"}, EN: "Cheng Liwei", Kind: "person"},
		{ID: "old", ZH: []string{"旧名"}, EN: "Old Name", Status: "deprecated"},
	}}
	m := newTermMatcher(g)
	if got := uniq(m.zh("程立伟会长出席中矿联会议，旧名不用")); !slices.Equal(got, []string{"t:cheng", "t:cma"}) {
		t.Errorf("zh: got %q", got)
	}
	for en, want := range map[string][]string{
		"President Cheng spoke at CMA.":            {"t:cheng", "t:cma"},
		"The China Mining Association met.":        {"t:cma"},
		"Chengdu is a city; CMAX is not CMA's ...": {"t:cma"},
		"Old Name":         nil,
		"Liwei Cheng came": {"t:cheng"},
	} {
		if got := uniq(m.en(en)); !slices.Equal(got, want) {
			t.Errorf("en %q: got %q, want %q", en, got, want)
		}
	}
}

// TestLexicon checks the dictionary's segmentation and the stems its
// words and English sentences meet on.
func TestLexicon(t *testing.T) {
	lx := LoadLexicon()
	if got := strings.Join(lx.Segment("两只幼崽接种疫苗后，饲养员说"), " "); got != "两 只 幼崽 接种 疫苗 后 饲养员 说" {
		t.Errorf("segmentation: %s", got)
	}
	en := map[string]bool{}
	for _, w := range englishWords("The keeper said the cubs were vaccinated.") {
		en[w] = true
	}
	for _, zw := range []string{"幼崽", "接种", "疫苗", "说", "饲养员"} {
		stems, _ := lx.Lookup(zw)
		hit := false
		for _, s := range stems {
			hit = hit || en[s]
		}
		if !hit {
			t.Errorf("%s (%q) has no translation in %v", zw, stems, en)
		}
	}
	for _, c := range [][2]string{{"signed", "sign"}, {"vaccination", "vaccin"}, {"developed", "develo"},
		{"development", "develo"}, {"cities", "city"}, {"said", "say"}, {"boxes", "box"}, {"glass", "glass"}} {
		if got := Stem(c[0]); got != c[1] {
			t.Errorf("Stem(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestHeadingInside: in a file without blank lines, numbered articles
// whose two sentences a translation swaps (a 2-2) stay apart from the next
// article: the bead opening with 七、 does not take the English sentence
// before "7." (headingInside). The joint-statement probe, its blank lines
// taken out.
func TestHeadingInside(t *testing.T) {
	read := func(path string) string {
		text := readNormalized(t, path)
		head, body, _ := strings.Cut(text, "\n\n")
		return head + "\n\n" + strings.ReplaceAll(body, "\n\n", "\n")
	}
	zh := articles.SplitSentences(read("testdata/probe/p6-joint-statement.zh.md"))
	en := SplitEnglish(read("testdata/probe/p6-joint-statement.en.md"))
	var got []string
	for _, b := range Align(zh, en, nil).Beads {
		if b.ZH.Lo >= 11 {
			got = append(got, fmt.Sprintf("zh %d-%d en %d-%d", b.ZH.Lo, b.ZH.Hi-1, b.EN.Lo, b.EN.Hi-1))
		}
	}
	if want := "zh 11-12 en 13-14,zh 13-13 en 15-15"; strings.Join(got, ",") != want {
		t.Errorf("beads %v, want %s", got, want)
	}
}
