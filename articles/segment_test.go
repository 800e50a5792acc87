package articles

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

// segmentCases are raw source files (before NormalizeSource) and the
// sentences they split into, written "para:text". They also seed the fuzz
// tests.
var segmentCases = []struct {
	name string
	in   string
	want []string
}{
	{
		name: "headline, dateline line and paragraph",
		in: "# 中国矿业联合会召开第七届理事会第三次会议\n\n" +
			"新华社北京12月9日电（记者 王磊）\n" +
			"12月9日，中国矿业联合会在北京召开第七届理事会第三次会议。会长程立伟出席会议并讲话！\n",
		want: []string{
			"0:中国矿业联合会召开第七届理事会第三次会议",
			"1:新华社北京12月9日电（记者 王磊）",
			"1:12月9日，中国矿业联合会在北京召开第七届理事会第三次会议。",
			"1:会长程立伟出席会议并讲话！",
		},
	},
	{
		name: "dateline in brackets on the same line",
		in:   "新华社北京12月9日电（记者王磊）中国矿业联合会9日在京召开会议。会议由副会长主持。",
		want: []string{
			"1:新华社北京12月9日电（记者王磊）中国矿业联合会9日在京召开会议。",
			"1:会议由副会长主持。",
		},
	},
	{
		name: "contract example",
		in:   "他说：“好。”我们走。",
		want: []string{"1:他说：“好。”", "1:我们走。"},
	},
	{
		name: "quote with two sentences inside",
		in:   "程立伟说：“矿业是国民经济的基础产业。我们要坚持自律与维权并重！”他强调，要推动行业高质量发展。",
		want: []string{
			"1:程立伟说：“矿业是国民经济的基础产业。我们要坚持自律与维权并重！”",
			"1:他强调，要推动行业高质量发展。",
		},
	},
	{
		name: "nested quotes",
		in:   "柯志忠表示：“正如大家常说的，‘绿水青山就是金山银山。’矿业发展必须走绿色之路。”双方一致同意深化合作。",
		want: []string{
			"1:柯志忠表示：“正如大家常说的，‘绿水青山就是金山银山。’矿业发展必须走绿色之路。”",
			"1:双方一致同意深化合作。",
		},
	},
	{
		name: "nested quotes closing together",
		in:   "他回忆道：“老矿长总说‘安全第一。’”会场一片安静。",
		want: []string{"1:他回忆道：“老矿长总说‘安全第一。’”", "1:会场一片安静。"},
	},
	{
		name: "book title, decimals and full-width digits",
		in:   "据《中国矿业报》报道，该项目总投资3.5亿元，预计年产铁精粉120万吨。全年ＧＤＰ增长５．２％，高于预期。",
		want: []string{
			"1:据《中国矿业报》报道，该项目总投资3.5亿元，预计年产铁精粉120万吨。",
			"1:全年ＧＤＰ增长５．２％，高于预期。",
		},
	},
	{
		name: "book title ending in a question mark",
		in:   "他推荐了《矿业向何处去？》一书。该书引起热议。",
		want: []string{"1:他推荐了《矿业向何处去？》一书。", "1:该书引起热议。"},
	},
	{
		name: "English words and an ASCII full stop",
		in:   "中国矿业联合会（China Mining Association, CMA）成立于1990年. CMA is a bridge. 它是全国性行业组织。",
		want: []string{"1:中国矿业联合会（China Mining Association, CMA）成立于1990年. CMA is a bridge. 它是全国性行业组织。"},
	},
	{
		name: "mixed runs ?! and ！？ and 。。",
		in:   "这是真的吗？！大家都很惊讶。Really?! 是的。。好",
		want: []string{"1:这是真的吗？！", "1:大家都很惊讶。", "1:Really?!", "1:是的。。", "1:好"},
	},
	{
		name: "ellipsis",
		in:   "会议讨论了资源安全、绿色矿山、科技创新……与会代表踊跃发言。单个省略号…不断句。英文省略号...也不断句。",
		want: []string{
			"1:会议讨论了资源安全、绿色矿山、科技创新……",
			"1:与会代表踊跃发言。",
			"1:单个省略号…不断句。",
			"1:英文省略号...也不断句。",
		},
	},
	{
		name: "ellipsis inside a quote, then a full stop",
		in:   "他说：“我们还要继续努力……”。接着宣布散会。",
		want: []string{"1:他说：“我们还要继续努力……”。", "1:接着宣布散会。"},
	},
	{
		name: "semicolons, commas and colons never split",
		in:   "会议明确了三项任务：一是加强行业自律；二是维护会员权益；三是做好服务，",
		want: []string{"1:会议明确了三项任务：一是加强行业自律；二是维护会员权益；三是做好服务，"},
	},
	{
		name: "paragraph with no final mark",
		in:   "第一段。\n\n图为会议现场（记者 张华 摄）",
		want: []string{"1:第一段。", "2:图为会议现场（记者 张华 摄）"},
	},
	{
		name: "unclosed quote holds to the end of the line",
		in:   "他说：“我们要努力。大家加油。\n会议结束。",
		want: []string{"1:他说：“我们要努力。大家加油。", "1:会议结束。"},
	},
	{
		name: "quote spanning lines",
		in:   "“第一行没有结束\n第二行结束了。”他说。",
		want: []string{"1:“第一行没有结束", "1:第二行结束了。”", "1:他说。"},
	},
	{
		name: "stray closers",
		in:   "一）加强行业自律。二）维护会员权益。3) 做好服务。",
		want: []string{"1:一）加强行业自律。", "1:二）维护会员权益。", "1:3) 做好服务。"},
	},
	{
		name: "dialogue",
		in:   "“你好。”“再见。”",
		want: []string{"1:“你好。”", "1:“再见。”"},
	},
	{
		name: "corner brackets",
		in:   "他說：「我們要『團結』。」然後離開了。",
		want: []string{"1:他說：「我們要『團結』。」", "1:然後離開了。"},
	},
	{
		name: "brackets of every kind",
		in:   "【快讯】〔2025〕12号文件〈试行〉发布。（全文见附件。）后续报道见(下期)。完",
		want: []string{"1:【快讯】〔2025〕12号文件〈试行〉发布。", "1:（全文见附件。）", "1:后续报道见(下期)。", "1:完"},
	},
	{
		name: "a mark closed by a title mark belongs to the title",
		in:   "他读过〈矿工之歌！〉和《活着？》，说：“你读过《活着？》”随后笑了。《矿业向何处去？》。完",
		want: []string{"1:他读过〈矿工之歌！〉和《活着？》，说：“你读过《活着？》”随后笑了。", "1:《矿业向何处去？》。", "1:完"},
	},
	{
		name: "apostrophe inside a quote is not a closer",
		in:   "他说：“CMA’s mission 是服务会员。我们会坚持。”随后离开。",
		want: []string{"1:他说：“CMA’s mission 是服务会员。我们会坚持。”", "1:随后离开。"},
	},
	{
		name: "headline is never split",
		in:   "#程立伟：矿业要发展！安全要保障！\n正文第一句。",
		want: []string{"0:程立伟：矿业要发展！安全要保障！", "1:正文第一句。"},
	},
	{
		name: "a later # is text",
		in:   "第一段。\n\n# 不是标题。",
		want: []string{"1:第一段。", "2:# 不是标题。"},
	},
	{
		name: "a lone # is text",
		in:   "#\n\n正文。",
		want: []string{"1:#", "2:正文。"},
	},
	{
		name: "CRLF, BOM, extra blank lines and indentation",
		in:   "\uFEFF# 标题\r\n\r\n\r\n\r\n\u3000\u3000第一段第一句。  第一段第二句。 \r\n第二行\r\n \r\n\t第二段。\r\n\r\n",
		want: []string{"0:标题", "1:第一段第一句。", "1:第一段第二句。", "1:第二行", "2:第二段。"},
	},
	{
		name: "lone CR line breaks",
		in:   "甲。\r乙。\r\r丙。",
		want: []string{"1:甲。", "1:乙。", "2:丙。"},
	},
	{
		name: "empty",
		in:   " \r\n\u3000\n",
		want: nil,
	},
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range segmentCases {
		t.Run(tc.name, func(t *testing.T) {
			n, err := NormalizeSource("a.zh.md", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			got := SplitSentences(n)
			checkSentences(t, n, got)
			var texts []string
			for _, s := range got {
				texts = append(texts, fmt.Sprintf("%d:%s", s.Para, s.Text))
			}
			if strings.Join(texts, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("SplitSentences(%q)\ngot:\n%s\nwant:\n%s", n, strings.Join(texts, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSplitSentencesPositions(t *testing.T) {
	n := "# 标题\n\n甲。 乙。\n“丙\n"
	want := []Sentence{
		{Para: 0, Text: "标题", Line: 1, Start: 2, End: 8},
		{Para: 1, Text: "甲。", Line: 3, Start: 10, End: 16},
		{Para: 1, Text: "乙。", Line: 3, Start: 17, End: 23},
		{Para: 1, Text: "“丙", Line: 4, Start: 24, End: 30},
	}
	got := SplitSentences(n)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestNormalizeSource(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"BOM", "\uFEFF第一句。", "第一句。\n"},
		{"CRLF and lone CR", "甲。\r\n乙。\r丙。\r\n", "甲。\n乙。\n丙。\n"},
		{"trailing spaces and tabs", "甲。  \t\n乙。\u00A0\n", "甲。\n乙。\n"},
		{"ideographic indentation", "\u3000\u3000甲。\n\u00A0 乙。", "甲。\n乙。\n"},
		{"inner spaces kept", "CMA  会议\u3000召开。", "CMA  会议\u3000召开。\n"},
		{"NFC", "Pe\u0301rez先生", "Pérez先生\n"},
		{"runs of blank lines", "\n\n甲。\n\n\n\n乙。\n \n\u3000\n丙。\n\n\n", "甲。\n\n乙。\n\n丙。\n"},
		{"exactly one final newline", "甲。", "甲。\n"},
		{"empty", "", ""},
		{"only whitespace", " \r\n\t\u3000\n\uFEFF", ""},
		{"stray BOM after a blank line", "\n\uFEFF甲。", "甲。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NormalizeSource("a.zh.md", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("NormalizeSource(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestNormalizeSourceInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		name      string
		in        string
		line, col int
	}{
		{"first byte", "\xff", 1, 1},
		{"after Chinese", "第一行\n第二行\xff", 2, 4},
		{"truncated rune after CRLF", "甲\r\n乙\r\n中文ab\xe4\xb8", 3, 5},
		{"after a lone CR", "甲\r乙\xff", 2, 2},
		{"BOM is not a column", "\uFEFF中\xff", 1, 2},
		{"UTF-16 file", "\xff\xfe#\x00", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NormalizeSource("a.zh.md", []byte(tc.in))
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("err = %v, want a *diag.Error", err)
			}
			if de.Code != diag.CodeUTF8 || de.Kind != diag.Invalid || de.File != "a.zh.md" || de.Line != tc.line || de.Col != tc.col {
				t.Errorf("err = %v (kind %v), want a.zh.md:%d:%d: %s", de, de.Kind, tc.line, tc.col, diag.CodeUTF8)
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, tc := range segmentCases {
		n := Normalize(tc.in)
		if again := Normalize(n); again != n {
			t.Errorf("%s: Normalize not idempotent: %q -> %q", tc.name, n, again)
		}
	}
}

func TestSourceSHA256(t *testing.T) {
	if got := SourceSHA256(""); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("SourceSHA256(\"\") = %s", got)
	}
	lf, _ := NormalizeSource("a", []byte("# 标题\n\n正文。\n"))
	crlf, _ := NormalizeSource("b", []byte("\uFEFF# 标题  \r\n\r\n\r\n\u3000正文。"))
	if SourceSHA256(lf) != SourceSHA256(crlf) {
		t.Errorf("CRLF, BOM and spaces changed the hash: %q vs %q", lf, crlf)
	}
}

func TestHasChinese(t *testing.T) {
	for in, want := range map[string]bool{
		"":            false,
		"CMA":         false,
		"ＧＤＰ５．２％，“”。": false,
		"CMA会议":       true,
		"〇":           true, // U+3007 is Han
	} {
		if got := HasChinese(in); got != want {
			t.Errorf("HasChinese(%q) = %v, want %v", in, got, want)
		}
	}
}

// benchArticle generates a 40-sentence news article: a headline and ten
// paragraphs of four sentences with quotes, numbers and brackets.
func benchArticle() string {
	var b strings.Builder
	b.WriteString("# 中国矿业联合会召开第七届理事会第三次会议\n\n")
	for p := range 10 {
		fmt.Fprintf(&b, "新华社北京12月%d日电（记者 王磊）中国矿业联合会（CMA）在京召开会议，研究部署%d项重点工作。", p+1, p+3)
		b.WriteString("会长程立伟说：“矿业是国民经济的基础产业。我们要坚持‘自律与维权’并重！”")
		fmt.Fprintf(&b, "据《中国矿业报》报道，该项目总投资%d.5亿元，ＧＤＰ增长５．２％……", p+2)
		b.WriteString("与会代表一致认为，要加强行业自律；维护会员权益；推动高质量发展？！\n\n")
	}
	return b.String()
}

func BenchmarkSegment(b *testing.B) {
	n := Normalize(benchArticle())
	if got := len(SplitSentences(n)); got != 41 {
		b.Fatalf("got %d sentences, want 41", got)
	}
	b.SetBytes(int64(len(n)))
	b.ReportAllocs()
	for b.Loop() {
		SplitSentences(n)
	}
}

func BenchmarkNormalize(b *testing.B) {
	raw := strings.ReplaceAll(benchArticle(), "\n", "  \r\n")
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(raw)
	}
}
