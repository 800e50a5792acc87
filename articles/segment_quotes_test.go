package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var inQuotesCases = []struct {
	name, in string
	want     []string
}{
	{"a quoted speech of two sentences and its attribution", "“我们走。你们留下。”他说。",
		[]string{"“我们走。", "你们留下。”", "他说。"}},
	{"a one-sentence quotation is as by default", "他说：“好。”我们走。", []string{"他说：“好。”", "我们走。"}},
	{"nested quotes, corner brackets, question and exclamation", "「走吧！『快』。」她问：“你去吗？我不去。”",
		[]string{"「走吧！", "『快』。」", "她问：“你去吗？", "我不去。”"}},
	{"brackets and titles still hold their marks", "（见上文。下同。）《矿业向何处去？》一书出版了。",
		[]string{"（见上文。下同。）", "《矿业向何处去？》一书出版了。"}},
	{"a quotation left open to the end of the line", "“第一。第二。\n第三。", []string{"“第一。", "第二。", "第三。"}},
	{"an ellipsis inside a quotation", "“我……我不知道。”", []string{"“我……", "我不知道。”"}},
}

func TestSplitInQuotes(t *testing.T) {
	for _, c := range inQuotesCases {
		n := Normalize(c.in)
		ss := Segmentation{SplitInQuotes: true}.Split(n)
		var got []string
		for _, s := range ss {
			got = append(got, s.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		checkSentences(t, n, ss)
		checkRefines(t, n, ss)
	}
}

// checkRefines checks that the sentences split inside quotations refine the
// contract's: every sentence the default finds is a run of them.
func checkRefines(t *testing.T, n string, fine []Sentence) {
	t.Helper()
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, s := range fine {
		starts[s.Start], ends[s.End] = true, true
	}
	for _, s := range SplitSentences(n) {
		if !starts[s.Start] || !ends[s.End] {
			t.Fatalf("the default's sentence %+v is not a run of %+v", s, fine)
		}
	}
}

func FuzzSplitInQuotes(f *testing.F) {
	for _, c := range inQuotesCases {
		f.Add(c.in)
	}
	for _, tc := range segmentCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			t.Skip()
		}
		n := Normalize(in)
		ss := Segmentation{SplitInQuotes: true}.Split(n)
		checkSentences(t, n, ss)
		checkRefines(t, n, ss)
	})
}
