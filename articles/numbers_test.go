package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func numStrings(ns []Number) string {
	var parts []string
	for _, n := range ns {
		p := n.String()
		if n.Kind == Ordinal {
			p = "#" + p
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestZHNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中矿联成立于1991年。", "1991"},
		{"１２３名代表", "123"},
		{"增长3.5%，达到1,200家", "3.5% 1200"},
		{"增长３．５％", "3.5%"},
		{"投资1.2万元", "12000"},
		{"总额3.5亿元", "350000000"},
		{"1,200万吨", "12000000"},
		{"5千万", "50000000"},
		{"3万亿", "3000000000000"},
		{"三十人", "30"},
		{"十二个", "12"},
		{"两千名", "2000"},
		{"一亿二千万", "120000000"},
		{"二〇二五年", "2025"},
		{"百分之三十", "30%"},
		{"百分之30", "30%"},
		{"第三次", "#3"},
		{"第十四届", "#14"},
		{"第14届", "#14"},
		{"2025年12月9日下午", "2025-12-09"},
		{"12月9日下午", "12-09"},
		{"12月9号", "12-09"},
		{"二〇二五年十二月九日", "2025-12-09"},
		{"2025年12月", "2025-12"},
		{"12月", "month 12"},
		{"3个月", "3"},
		{"20多万人", "200000"},
		{"三十多万", "300000"},
		{"两大核心任务", "2"},
		{"会员人数达到十人", "10"},
		{"百家企业", "100"},
		// not numbers a translation carries
		{"会见了柯志忠一行", ""},
		{"一方面引导会员企业", ""},
		{"一年一度的大会", ""},
		{"进一步深化合作", ""},
		{"十分重要", ""},
		{"几十家企业", ""},
		{"十几家企业", ""},
		{"数百人", ""},
		{"推动一带一路建设", ""},
		{"两岸关系", ""},
		{"没有数字。", ""},
		{"1，2，3", "1 2 3"},
		{"十四五规划", ""},
		{"上百家企业", ""},
		{"千万不要", ""},
		{"一万人", "10000"},
		{"三千零五", "3005"},
		{"第二十届", "#20"},
		{"二季度", "2"},
		{"三分之一", "3"},
		{"三十几人", "30"},
		{"十几人", ""},
		{"三年五载", "3"},
		{"三个五个", "3"},
		{"1，2，3", "1 2 3"},
		{"百十年", "100"},
		{"十万八千里", ""},
	}
	for _, tt := range tests {
		got := numStrings(ZHNumbers(tt.in))
		if got != tt.want {
			t.Errorf("ZHNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestENNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"founded in 1991", "1991"},
		{"12,000 people", "12000"},
		{"1.2 million tonnes", "1200000"},
		{"350 million yuan", "350000000"},
		{"US$3.5bn", "3500000000"},
		{"one million tonnes", "1000000"},
		{"three delegates", "3"},
		{"twenty-five members", "25"},
		{"three hundred and twelve", "312"},
		{"the 14th congress", "#14"},
		{"the third time", "#3"},
		{"rose 30%", "30%"},
		{"rose 30 percent", "30%"},
		{"rose 30 per cent", "30%"},
		{"On December 9, 2025, they met", "2025-12-09"},
		{"on 9 December 2025", "2025-12-09"},
		{"on December 9th", "12-09"},
		{"on the 9th of December", "12-09"},
		{"on Dec. 9", "12-09"},
		{"in December", "month 12"},
		{"in December 2025", "2025-12"},
		{"you may go", ""},
		{"they march on", ""},
		{"the two sides", "2"},
		{"both sides", "2"},
		{"three four", "3 4"},
	}
	for _, tt := range tests {
		got := numStrings(ENNumbers(tt.in))
		if got != tt.want {
			t.Errorf("ENNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// missingCase is a pair and the numbers MissingNumbers must report for it,
// as numStrings gives them ("" for none, no more).
type missingCase struct{ zh, en, missing string }

// testMissing runs a table of missingCase.
func testMissing(t *testing.T, cases []missingCase) {
	t.Helper()
	for _, tt := range cases {
		if got := numStrings(MissingNumbers(tt.zh, tt.en)); got != tt.missing {
			t.Errorf("MissingNumbers(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}

func TestMissingNumbers(t *testing.T) {
	testMissing(t, []missingCase{
		{"12月9日下午，会长会见了代表。", "On the afternoon of December 9, the president met the delegates.", ""},
		{"12月9日下午", "On the afternoon of 9 December", ""},
		{"12月9日下午", "On the afternoon of December 9th", ""},
		{"12月9日下午", "On the afternoon of December 19", "12-09"},
		{"2025年12月9日", "December 9, 2025", ""},
		{"2025年12月9日", "on December 9 in 2025", ""},
		{"2025年12月9日", "on December 9, 2024", "2025-12-09"},
		{"投资1.2万元", "an investment of 12,000 yuan", ""},
		{"总额3.5亿元", "a total of 350 million yuan", ""},
		{"35亿美元", "US$3.5 billion", ""},
		{"增长5.2%", "grew 5.2 percent year on year", ""},
		{"第七届理事会", "the seventh council", ""},
		{"十四五规划", "the 14th Five-Year Plan", ""},
		{"增长百分之三十", "grew by 30 per cent", ""},
		{"增长30%", "grew by thirty percent", ""},
		{"三名代表", "three delegates", ""},
		{"三名代表", "several delegates", "3"},
		{"第十四届", "the 14th session", ""},
		{"中矿联成立于1991年", "CMA, founded in 1991", ""},
		{"中矿联成立于1991年", "CMA, founded in 1992", "1991"},
		{"两大核心任务", "its two core tasks", ""},
		{"12月", "in December", ""},
		{"12月", "in November", "month 12"},
	})
}

// FuzzNumbers: the extractors never panic, and every span is a real
// slice of the input: the Chinese ones ordered and non-overlapping, the
// English ones ordered by start.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"2025年12月9日", "1.2万", "百分之三十", "第十四届", "December 9, 2025", "1.2 million", "twenty-five", "30 per cent", "1，2，3", "三十多万", "9th of December"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		end := 0
		for _, n := range ZHNumbers(s) {
			if n.Start < end || n.End <= n.Start || n.End > len(s) {
				t.Fatalf("%q: bad span %d..%d (previous end %d)", s, n.Start, n.End, end)
			}
			if !utf8.ValidString(s[n.Start:n.End]) {
				t.Fatalf("%q: span %d..%d splits a character", s, n.Start, n.End)
			}
			end = n.End
		}
		// English numbers may overlap ("half a million" holds "a
		// million"): ordered by start (FuzzReadEN)
		start := 0
		for _, n := range ENNumbers(s) {
			if n.Start < start || n.End <= n.Start || n.End > len(s) || !utf8.ValidString(s[n.Start:n.End]) {
				t.Fatalf("%q: bad span %d..%d (previous start %d)", s, n.Start, n.End, start)
			}
			start = n.Start
		}
		MissingNumbers(s, s)
	})
}
