package articles

import (
	"testing"
	"unicode/utf8"
)

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
		// The confidence model: a small count in Chinese numerals in running
		// prose is reported only when the English looks substituted; a
		// figure (digits, a unit, a count of ten or more) whenever it is
		// missing.
		// loose counts: conveyed, or reported with a substituted number
		{"协会四个人组成考察组。", "The Association formed an inspection team.", ""},
		{"协会四个人组成考察组。", "Three members of the Association formed a team.", "4"},
		{"三个问题摆在面前。", "Questions remain before the industry.", ""},
		{"三个问题摆在面前。", "Two questions remain before the industry.", "3"},
		{"第二次会议很顺利。", "The next meeting went well.", ""},
		{"第二次会议很顺利。", "The third meeting went well.", "#2"},
		{"第二次会议很顺利。", "The meeting, 3 hours long, went well.", ""},
		{"会后参观了三家企业。", "Afterwards they visited a few enterprises.", "3"},
		{"会后参观了三家企业，又看了几个矿区。", "Afterwards they visited a few mines and enterprises.", ""},
		{"会后参观了三家企业和多个矿区。", "Afterwards they visited several mines and enterprises.", ""},
		{"会后两人参观了企业。", "Afterwards they visited a few enterprises.", ""},
		{"会后两人参观了企业。", "Afterwards 3 of them visited enterprises.", "2"},
		{"三个问题摆在面前。", "Questions that cost $4 remain.", ""},
		// an English number with a unit answers a Chinese one with a unit
		{"三个问题摆在面前。", "Questions were discussed for two days.", ""},
		// a word that implies a number, in a name, is no number
		{"会员人数达到七人。", "The Mining Week said membership reached 14.", "7"},
		{"会员人数达到两人。", "Membership reached 9.", "2"},
		// a year answers a Chinese time, not a count
		{"今年三个问题摆在面前。", "In 2014 questions remain before the industry.", ""},
		{"三个问题摆在面前。", "In 2014 questions remain before the industry.", ""},
		{"三个问题摆在面前。", "Questions of 2014 remain before the industry.", "3"},
		{"两岸三个问题摆在面前。", "Questions remain before the two sides.", ""},
		// a number in a name is not a substitution
		{"三个问题摆在面前。", "Questions were raised by Brother Two.", ""},
		{"牢记三个务必。", "Bear in mind the Two Musts.", "3"},
		// a count the extractor leaves out explains the English number
		{"那四位代表到了，两个人先发言。", "The four delegates arrived and spoke first.", ""},
		{"双方同意，三个问题需要研究。", "The two sides agreed that questions need study.", ""},
		// figures: reported whenever missing
		{"代表团走访了两次。", "The delegation visited.", "2"},
		{"代表团走访了两次。", "The delegation visited twice.", ""},
		{"他敲了三下门。", "He knocked at the door.", "3"},
		{"每三个矿区设一个站。", "Mining areas have a station.", "3"},
		{"会议开了两天。", "The meeting was held.", "2"},
		{"两名记者出席。", "Reporters attended.", "2"},
		{"协会在二楼办公。", "The Association has offices upstairs.", "2"},
		{"三十二个矿区。", "The mining areas.", "32"},
		{"3个矿区。", "The mining areas.", "3"},
		{"间距零点五米。", "A short span apart.", "0.5"},
		// numbers conveyed in another form
		{"门票两毛钱。", "Tickets cost twenty fen.", ""},
		{"20世纪的矿业。", "Mining in the last century.", ""},
		{"21世纪的矿业。", "Mining in the last century.", "21"},
		{"筹备了一月，大会开幕。", "After a month of preparation the conference opened.", ""},
		{"一月，大会开幕。", "In March the conference opened.", "month 1"},
		{"说一万遍也不为过。", "It cannot be said a thousand times too often.", ""},
		{"投资1000万元。", "An investment of 100 million yuan.", "10000000"},
		{"规模达一亿至十亿元。", "It could reach 200 million to 1 billion yuan.", "100000000"},
		{"三十几家企业参会。", "More than thirty enterprises attended.", ""},
		{"他今年二十一岁。", "He is twentyone this year.", ""},
		{"四方会谈。", "Talks between two pairs of partners.", ""},
		{"千年古城。", "A millennial city.", ""},
		{"五千年文明。", "Five millennia of civilization.", ""},
		{"三位一体的布局。", "A trinity of plans.", ""},
		{"矿井深三尺。", "The shaft is a couple of feet deep.", ""},
		{"矿井深三米。", "The shaft is 4 meters deep.", "3"},
		{"长23米，航行20海里。", "It is 24 meters long and sailed over 20 nautical miles.", "23"},
		{"历史有百十年。", "Its history spans a hundred years.", ""},
		{"不出三年五载。", "Within four or five years.", ""},
		{"来了三个五个的。", "A handful came.", ""},
		{"来了三个五个的。", "Seven came.", "3"},
		{"函数的值为1。", "The value of the function is unity.", ""},
		{"函数的值为1。", "The value of the function is zero.", "1"},
		// words and idioms of the CC-CEDICT list (a pinyin tone digit is not a number)
		{"勘探三角洲，发现两处矿点。", "Exploring the delta, they found two deposits.", ""},
		{"两国相距十万八千里。", "The two countries are a world apart.", ""},
	} {
		got := numStrings(MissingNumbers(tt.zh, tt.en))
		if got != tt.missing {
			t.Errorf("MissingNumbers(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}

func TestNumeralWords(t *testing.T) {
	for _, w := range []string{"四平八稳", "胡说八道", "孤零零", "十分", "一些", "三角", "一会儿"} {
		if !IsNumeralWord(w) {
			t.Errorf("%s is not in the numeral word list", w)
		}
	}
	for _, w := range []string{"一年", "三国", "十二月", "二十一世纪", "十二星座"} {
		if IsNumeralWord(w) {
			t.Errorf("%s is in the numeral word list; its numeral is a number", w)
		}
	}
}

// FuzzMissingNumbers: on any pair, the check never panics and every number
// it reports is a span of the Chinese.
func FuzzMissingNumbers(f *testing.F) {
	for _, p := range [][2]string{
		{"协会四个人组成考察组。", "Three members of the Association formed a team."},
		{"门票两毛钱。", "Tickets cost twenty fen."},
		{"来了三个五个的。", "A handful came."},
		{"矿井深三尺，航行20海里。", "A couple of feet deep; over 20 nautical miles."},
		{"那四位代表到了，双方同意。", "The four delegates and both sides."},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, zh, en string) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) {
			return
		}
		for _, n := range MissingNumbers(zh, en) {
			if n.Start < 0 || n.End > len(zh) || n.Start >= n.End || !utf8.ValidString(zh[n.Start:n.End]) {
				t.Fatalf("%q/%q: bad span %d..%d", zh, en, n.Start, n.End)
			}
		}
	})
}
