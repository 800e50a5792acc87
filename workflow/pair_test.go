package workflow

import (
	"os"
	"reflect"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// editedPairs are realistic desk edits of one sentence: each must stay
// paired (similarity at or above the default threshold).
var editedPairs = [][2]string{
	// a date corrected
	{"12月9日下午，中国矿业联合会会长程立伟会见了中共中央对外联络部经济合作中心主任柯志忠一行。",
		"12月10日上午，中国矿业联合会会长程立伟会见了中共中央对外联络部经济合作中心主任柯志忠一行。"},
	// a title changed
	{"程立伟会长会见中联部经济合作中心主任柯志忠一行", "程立伟会长会见中联部经济合作中心副主任柯志忠一行"},
	// words added
	{"双方围绕矿业发展与合作相关事宜进行了深入交流。", "双方围绕矿业高质量发展与国际合作相关事宜进行了深入、务实的交流。"},
	// a clause cut
	{"程立伟对柯志忠一行的到来表示热烈欢迎，并系统介绍了中国矿业联合会的发展历程和当前重点工作。",
		"程立伟对柯志忠一行的到来表示热烈欢迎。"},
	// a clause appended
	{"柯志忠对程立伟的详细介绍表示感谢。", "柯志忠对程立伟的详细介绍表示感谢，并就双方下一步合作提出建议。"},
	// reworded ending
	{"他表示，中矿联成立于1991年，始终把自律与维权作为两大核心任务。", "他表示，中矿联成立于1991年，一直把行业自律和会员维权当作核心工作。"},
	// punctuation only
	{"他说：“发展矿业。”", "他说:\"发展矿业。\""},
	// names in a list changed
	{"中联部经济合作中心副主任杨松及有关人员，中国矿业联合会副秘书长赵奎涛、索瑶莉以及研究部、国际合作部有关人员参加会见。",
		"中联部经济合作中心副主任杨松，中国矿业联合会副秘书长赵奎涛以及国际合作部有关人员参加会见。"},
	// a short sentence with one word replaced
	{"双方表示将深化合作。", "双方表示将加强合作。"},
	// a number corrected
	{"今年前三季度，全国规模以上工业企业实现利润5.3万亿元。", "今年前三季度，全国规模以上工业企业实现利润5.4万亿元，同比增长3.2%。"},
}

// differentPairs are different sentences that share many characters (the
// same people, the same organisations): none may be paired.
var differentPairs = [][2]string{
	{"双方表示将深化合作。", "双方就矿业合作交换了意见。"},
	{"程立伟会见了柯志忠。", "柯志忠感谢程立伟。"},
	{"12月9日下午，中国矿业联合会召开常务理事会。", "12月9日上午，中联部经济合作中心举行座谈会。"},
	{"他表示，中矿联将积极发挥桥梁纽带作用。", "他强调，国家矿产资源安全有赖于矿业全产业链的协同发展。"},
}

func exampleSentences(t testing.TB) []string {
	raw, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.zh.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range articles.SplitSentences(articles.Normalize(string(raw))) {
		out = append(out, s.Text)
	}
	return out
}

// TestSimilarityThreshold is how the default sync_similarity was chosen:
// every realistic edit scores at or above it, and no two different
// sentences — every pair in the example article, plus look-alikes — reach it.
func TestSimilarityThreshold(t *testing.T) {
	threshold := DefaultSettings().SyncSimilarity
	minEdited, maxDifferent := 1.0, 0.0
	for _, p := range editedPairs {
		s := Similarity(p[0], p[1])
		minEdited = min(minEdited, s)
		if s < threshold {
			t.Errorf("edited pair scores %.3f < %.2f:\n  %s\n  %s", s, threshold, p[0], p[1])
		}
	}
	different := append([][2]string{}, differentPairs...)
	ss := exampleSentences(t)
	for i := range ss {
		for j := i + 1; j < len(ss); j++ {
			different = append(different, [2]string{ss[i], ss[j]})
		}
	}
	for _, p := range different {
		s := Similarity(p[0], p[1])
		maxDifferent = max(maxDifferent, s)
		if s >= threshold {
			t.Errorf("different pair scores %.3f >= %.2f:\n  %s\n  %s", s, threshold, p[0], p[1])
		}
	}
	t.Logf("edited: min %.3f over %d pairs; different: max %.3f over %d pairs; threshold %.2f",
		minEdited, len(editedPairs), maxDifferent, len(different), threshold)
}

func TestSimilarity(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"一二三四", "一二三四", 1},
		{"一二三四", "五六七八", 0},
		{"一二三四", "一二五六", 0.5},
		{"一二三四", "一二三四五六七八", 2 * 4.0 / 12},
	} {
		if got := Similarity(c.a, c.b); got != c.want {
			t.Errorf("Similarity(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestPairTexts(t *testing.T) {
	old := func(zh ...string) []OldText {
		var o []OldText
		for _, z := range zh {
			o = append(o, OldText{ZH: z})
		}
		return o
	}
	const (
		a = "中国矿业联合会召开常务理事会。"
		b = "会议审议通过了年度工作报告。"
		c = "程立伟会长出席会议并讲话。"
		d = "与会代表围绕行业发展建言献策。"
		e = "会议由副会长主持。"
	)
	for _, tc := range []struct {
		name     string
		old      []OldText
		news     []string
		wantOld  []int
		wantKind []PairKind
	}{
		{"unchanged", old(a, b, c), []string{a, b, c}, []int{0, 1, 2}, []PairKind{Exact, Exact, Exact}},
		{"insert", old(a, c), []string{a, b, c}, []int{0, -1, 1}, []PairKind{Exact, Unpaired, Exact}},
		{"delete", old(a, b, c), []string{a, c}, []int{0, 2}, []PairKind{Exact, Exact}},
		{"edit", old(a, b, c), []string{a, "会议审议通过了2025年度工作报告。", c},
			[]int{0, 1, 2}, []PairKind{Exact, Edited, Exact}},
		// moved: the LCS keeps the longest run in order; the moved one is found by text
		{"move", old(a, b, c, d), []string{b, c, d, a}, []int{1, 2, 3, 0}, []PairKind{Exact, Exact, Exact, Moved}},
		// a rewritten sentence in place of an old one is not paired by position
		{"replace", old(a, b, c), []string{a, e, c}, []int{0, -1, 2}, []PairKind{Exact, Unpaired, Exact}},
		// a stale segment's original text returns
		{"revert", []OldText{{ZH: a}, {ZH: "会议审议了报告。", Prev: b}, {ZH: c}}, []string{a, b, c},
			[]int{0, 1, 2}, []PairKind{Exact, Revert, Exact}},
		// two edits in one gap pair in order, each with its own
		{"two edits", old(a, b, c, d), []string{"中国矿业联合会召开第八届常务理事会。", "会议审议通过了年度报告。", c, d},
			[]int{0, 1, 2, 3}, []PairKind{Edited, Edited, Exact, Exact}},
		// an edit plus an unrelated insertion in the same gap
		{"edit and insert", old(a, b, c), []string{a, e, "会议审议通过了年度工作报告和财务报告。", c},
			[]int{0, -1, 1, 2}, []PairKind{Exact, Unpaired, Edited, Exact}},
		// duplicates pair in order
		{"duplicates", old(a, a, b), []string{a, b, a}, []int{0, 2, 1}, []PairKind{Exact, Moved, Exact}},
		{"empty old", nil, []string{a}, []int{-1}, []PairKind{Unpaired}},
		{"empty new", old(a), nil, []int{}, []PairKind{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := PairTexts(tc.old, tc.news, 0.5)
			if !reflect.DeepEqual(p.Old, tc.wantOld) || !reflect.DeepEqual(p.Kind, tc.wantKind) {
				t.Errorf("got %v %v, want %v %v", p.Old, p.Kind, tc.wantOld, tc.wantKind)
			}
		})
	}
}

func TestLCS(t *testing.T) {
	mk := func(s string) []OldText {
		var o []OldText
		for _, r := range s {
			o = append(o, OldText{ZH: string(r)})
		}
		return o
	}
	split := func(s string) []string {
		var o []string
		for _, r := range s {
			o = append(o, string(r))
		}
		return o
	}
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"abcbdab", "bdcaba", 4},
		{"abc", "abc", 3},
		{"abc", "", 0},
		{"aaaa", "aa", 2},
		{"xyz", "zyx", 1},
	} {
		got := lcs(mk(c.a), split(c.b))
		if len(got) != c.want {
			t.Errorf("lcs(%s, %s) = %v, want length %d", c.a, c.b, got, c.want)
		}
		for k := range got {
			if c.a[got[k][0]] != c.b[got[k][1]] || (k > 0 && (got[k][0] <= got[k-1][0] || got[k][1] <= got[k-1][1])) {
				t.Errorf("lcs(%s, %s) = %v: not a common subsequence", c.a, c.b, got)
			}
		}
	}
}
