package articles

import "testing"

// What real translations do with numbers (issue 9): each pair must give the
// missing numbers listed, no more.
func TestMissingNumbersRealText(t *testing.T) {
	for _, tt := range []struct {
		zh, en, missing string
	}{
		{"他四五岁时离开家乡。", "He left home at four or five.", ""},
		{"他四五岁时离开家乡。", "He left home as a small child of a few years.", ""},
		{"他四五岁时离开家乡。", "He left home at seven.", "4"},
		{"三十多年来，协会不断发展。", "Over three decades, the association grew.", ""},
		{"建党一百周年。", "The Party's centenary.", ""},
		{"十二个国家参加。", "A dozen countries took part.", ""},
		{"两次会见。", "They met twice.", ""},
		{"两国领导人出席。", "Both leaders attended.", ""},
		{"说一千道一万，发展是第一要务。", "In the end, development is the paramount task.", ""},
		{"四平八稳地推进。", "Steady progress.", ""},
		{"文件零乱。", "The papers were in disorder.", ""},
		{"二、主要任务", "II. Main Tasks", ""},
		{"人口达1576万。", "The population is almost 16 million.", ""},
		{"人口达1576万。", "The population is almost 17 million.", "15760000"},
		{"约有40人参加。", "Some 41 people took part.", "40"},
		{"九十年代初。", "In the early nineties.", ""},
		{"20世纪60年代末。", "In the late 1960s.", ""},
		{"七成受访者同意。", "Seventy percent of those asked agreed.", ""},
		{"赠银五十两。", "He gave fifty taels.", ""},
		{"一万两千名会员。", "Twelve thousand members.", ""},
		{"四大考验、四种危险。", "Four tests and three risks.", "4"},
		{"2025年12月9日，协会开会。", "On December 9, 2025, the association met.", ""},
		{"“四·二八”兵团。", "The April Twenty-eighth Brigade.", ""},
		{"第二次世界大战。", "World War II.", ""},
		{"四分之三的人。", "Three-quarters of the people.", ""},
		{"他二十一岁生日。", "His twenty-first birthday.", ""},
		{"两位代表发言，二人都赞成。", "The two delegates spoke; both agreed.", ""},
		{"这三项措施很重要。", "These measures matter.", ""},
		{"三人退出。", "The two boys and the servant left.", ""},
		{"三人退出。", "The 2 boys left.", "3"},
	} {
		got := numStrings(MissingNumbers(tt.zh, tt.en))
		if got != tt.missing {
			t.Errorf("MissingNumbers(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}

func TestNumeralWords(t *testing.T) {
	for _, w := range []string{"四平八稳", "胡说八道", "孤零零", "十分", "一些"} {
		if !IsNumeralWord(w) {
			t.Errorf("%s is not in the numeral word list", w)
		}
	}
	for _, w := range []string{"一年", "三国", "十二月"} {
		if IsNumeralWord(w) {
			t.Errorf("%s is in the numeral word list; its numeral is a number", w)
		}
	}
}
