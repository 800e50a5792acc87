package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// lineCases are texts and whether they are written one sentence a line. The
// English ones also seed FuzzSplitEnglish and FuzzAlignLines.
var lineCases = []struct {
	name string
	zh   bool // a Chinese text (else English)
	in   string
	want bool
}{
	{"English one a line", false, "The river rose. \nFarmers moved uphill.\n'Go!' he said.\nThey went.\n", true},
	{"English one a line with a headline and two paragraphs", false,
		"# Floods\n\nThe river rose.\nFarmers moved uphill.\n\nRain stopped.\nThey came back.\n", true},
	{"English running text, one paragraph a line", false,
		"The river rose. Farmers moved uphill.\nRain stopped. They came back.\nThe end.\n", false},
	{"English running text, paragraphs apart", false,
		"The river rose.\n\nFarmers moved uphill.\n\nRain stopped.\n\nThey came back.\n", false},
	{"English wrapped", false,
		"The river rose after a week of rain and the\nfarmers moved uphill with their goats and\ntheir grain. Rain stopped.\n", false},
	{"one line in ten holds two sentences", false,
		strings.Repeat("A line.\n", 9) + "Hey! Hey!\n", true},
	{"two lines in ten hold two sentences", false,
		strings.Repeat("A line.\n", 8) + "Hey! Hey!\nOh! Oh!\n", false},
	{"Chinese one a line", true, "河水上涨。\n农民搬到山上。\n“走吧。”\n他们走了。\n", true},
	{"Chinese one a line, a reply and its attribution on one line", true, strings.Repeat("他们走了。\n", 9) + "“走！”他说。\n", true},
	{"Chinese running text", true, "河水上涨。农民搬到山上。\n雨停了。他们回来了。\n", false},
	{"empty", false, "", false},
	{"headline only", false, "# Floods\n", false},
}

func TestOneSentenceALine(t *testing.T) {
	for _, c := range lineCases {
		n := articles.Normalize(c.in)
		var ss []articles.Sentence
		if c.zh {
			ss = articles.SplitSentences(n)
		} else {
			ss = splitRunning(n)
		}
		if got := OneSentenceALine(ss); got != c.want {
			t.Errorf("%s: OneSentenceALine = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestLineUnits(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     string
	}{
		{"two sentences on a line are one unit", "河水上涨。\n“走！快走！”他说。他们走了。\n雨停了。\n他们回来了。\n太阳落山了。\n夜深了。\n大家睡了。\n鸡叫了。\n天亮了。\n又下雨了。\n",
			"[{0 1} {1 4} {4 5} {5 6} {6 7} {7 8} {8 9} {9 10} {10 11} {11 12}]"},
		{"one sentence a line everywhere: no units needed", "河水上涨。\n农民搬到山上。\n雨停了。\n", "[]"},
		{"running text: no units", "河水上涨。农民搬到山上。\n雨停了。他们回来了。\n", "[]"},
		{"a headline is its own unit", "# 洪水\n\n河水上涨。\n农民搬到山上。雨停了。\n他们回来了。\n太阳落山了。\n夜深了。\n大家睡了。\n鸡叫了。\n天亮了。\n又下雨了。\n风停了。\n",
			"[{0 1} {1 2} {2 4} {4 5} {5 6} {6 7} {7 8} {8 9} {9 10} {10 11} {11 12}]"},
	} {
		zh := articles.SplitSentences(articles.Normalize(c.in))
		got := fmt.Sprint(LineUnits(zh))
		if got != c.want {
			t.Errorf("%s: LineUnits = %s, want %s", c.name, got, c.want)
		}
	}
}

// TestAlignLines: the segments sharing a line of a file written one
// sentence a line come out in one bead, and the beads cover every segment.
func TestAlignLines(t *testing.T) {
	zhText := "河水上涨了三米。\n“走！快走！”他说。\n农民搬到山上。\n雨停了。\n他们十天后回来了。\n太阳落山了。\n夜深了。\n大家睡了。\n鸡叫了。\n天亮了。\n"
	enText := "The river rose three metres.\n'Go! Go now!' he said.\nFarmers moved uphill.\nRain stopped.\nThey came back ten days later.\nThe sun set.\nNight fell.\nAll slept.\nThe cock crowed.\nDay broke.\n"
	zh := articles.SplitSentences(articles.Normalize(zhText))
	en := SplitEnglish(articles.Normalize(enText))
	if len(zh) != 11 || len(en) != 10 {
		t.Fatalf("%d segments and %d English sentences, want 11 and 10", len(zh), len(en))
	}
	al := AlignLines(zh, en, nil)
	checkCover(t, al, zh, en)
	found := false
	for _, b := range al.Beads {
		if b.ZH.Lo == 1 {
			found = b.ZH == Span{1, 3} && b.EN == Span{1, 2}
		}
		if b.ZH.Lo == 2 || b.ZH.Hi == 2 {
			t.Errorf("bead %+v cuts the second line", b)
		}
	}
	if !found {
		t.Errorf("the second line's two segments are not one bead with the second English line: %+v", al.Beads)
	}
	// Running text is aligned as by Align.
	zh = articles.SplitSentences(articles.Normalize(strings.ReplaceAll(zhText, "\n", "")))
	en = SplitEnglish(articles.Normalize(strings.ReplaceAll(enText, "\n", " ")))
	if a, b := fmt.Sprint(AlignLines(zh, en, nil).Beads), fmt.Sprint(Align(zh, en, nil).Beads); a != b {
		t.Errorf("running text: AlignLines %s, Align %s", a, b)
	}
}

// checkCover checks what holds for any alignment: the beads cover both
// sides exactly once, in order, and the pairs hold every English sentence.
func checkCover(t *testing.T, al *Alignment, zh, en []articles.Sentence) {
	t.Helper()
	i, j := 0, 0
	for _, b := range al.Beads {
		if b.ZH.Lo != i || b.EN.Lo != j || b.ZH.Len()+b.EN.Len() == 0 || b.ZH.Len() < 0 || b.EN.Len() < 0 {
			t.Fatalf("bead %+v does not follow (%d, %d)", b, i, j)
		}
		i, j = b.ZH.Hi, b.EN.Hi
	}
	if i != len(zh) || j != len(en) {
		t.Fatalf("beads end at (%d, %d), want (%d, %d)", i, j, len(zh), len(en))
	}
	if len(zh) > 0 {
		n := 0
		for _, p := range al.Pairs(en) {
			n += p.All().Len()
		}
		if n != len(en) {
			t.Fatalf("pairs hold %d English sentences of %d", n, len(en))
		}
	}
}

// FuzzAlignLines aligns arbitrary files and checks that the beads cover
// both sides once, keep every unit of LineUnits whole, and that the pairs
// hold every English sentence.
func FuzzAlignLines(f *testing.F) {
	f.Add("河水上涨。\n“走！快走！”他说。他们走了。\n雨停了。\n他们回来了。\n太阳落山了。\n夜深了。\n大家睡了。\n鸡叫了。\n天亮了。\n又下雨了。\n",
		"The river rose.\n'Go! Go!' he said. They went.\nRain stopped.\nThey came back.\nThe sun set.\n")
	f.Add("# 标题\n\n甲。乙。\n丙。\n丁。\n戊。\n己。\n庚。\n辛。\n壬。\n癸。\n", "A.\nB.\n")
	f.Add("甲。乙。", "")
	for _, c := range lineCases {
		f.Add(c.in, c.in)
	}
	f.Fuzz(func(t *testing.T, zhText, enText string) {
		zh := articles.SplitSentences(articles.Normalize(zhText))
		en := SplitEnglish(articles.Normalize(enText))
		al := AlignLines(zh, en, nil)
		checkCover(t, al, zh, en)
		for _, u := range LineUnits(zh) {
			for _, b := range al.Beads {
				if b.ZH.Len() > 0 && (b.ZH.Lo > u.Lo && b.ZH.Lo < u.Hi || b.ZH.Hi > u.Lo && b.ZH.Hi < u.Hi) {
					t.Fatalf("bead %+v cuts unit %+v", b, u)
				}
			}
		}
	})
}

// TestTrailingAttribution: a sentence that only names who spoke the
// quotation before it on the same line, not a sentence of its own, an
// attribution on a line of its own, or one after a quotation that does not
// end a sentence.
func TestTrailingAttribution(t *testing.T) {
	quote := articles.Sentence{Para: 1, Line: 3, Text: "“那时候满天都是煤灰。”"}
	for _, c := range []struct {
		prev articles.Sentence
		text string
		line int
		want bool
	}{
		{quote, "他说。", 3, true},
		{quote, "刘振华说。", 3, true},
		{quote, "他笑着说。", 3, true},
		{quote, "韩立军告诉记者。", 3, true},
		{quote, "他说。", 4, false},                                                 // a line of its own, as the writer put it
		{quote, "他说，这些年变化很大。", 3, false},                                         // says more
		{quote, "如今，他每天都来公园里走一圈。", 3, false},                                     // a sentence of its own
		{articles.Sentence{Para: 1, Line: 3, Text: "他喊了一声“好”"}, "他说。", 3, false}, // no sentence ends in the quotation
	} {
		s := articles.Sentence{Para: 1, Line: c.line, Text: c.text}
		if got := TrailingAttribution(c.prev, s); got != c.want {
			t.Errorf("TrailingAttribution(%q, %q on line %d) = %v, want %v", c.prev.Text, c.text, c.line, got, c.want)
		}
	}
}

// TestAlignLinesAttribution: in running text, a quotation rendered by two
// English sentences keeps its trailing attribution (a 2-2), and a
// quotation whose attribution English renders by a sentence of its own
// keeps its 1-1 pairs.
func TestAlignLinesAttribution(t *testing.T) {
	for _, c := range []struct {
		zh, en string
		want   []string
	}{
		{"治理工作采取因地制宜的原则。“我们不是简单地把坑填平，而是要让修复后的土地真正产生生态效益和经济效益。”他说。目前，已有12个修复后的矿坑被改造成公园。\n",
			"The rehabilitation follows the principle of adapting to local conditions. \"We are not simply filling in the pits,\" Han said. \"We want the restored land to bring real ecological and economic benefits.\" So far, 12 of the restored pits have been turned into parks.\n",
			[]string{"1-1", "2-2", "1-1"}}, // Align alone: a 1-2 and 他说。 opening a 2-1 with the next sentence
		{"“伤着哪儿啦？”队长问。“耳朵。”他哭着说。\n",
			"'Where were you hit?' the captain asked. 'My ear.' He was weeping.\n",
			[]string{"2-1", "1-1", "1-1"}},
	} {
		zh := articles.SplitSentences(c.zh)
		en := SplitEnglish(c.en)
		var got []string
		for _, b := range AlignLines(zh, en, nil).Beads {
			got = append(got, b.Kind())
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%.30q: beads %v, want %v", c.zh, got, c.want)
		}
	}
}
