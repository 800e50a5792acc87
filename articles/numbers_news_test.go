package articles

import (
	"testing"
	"unicode/utf8"
)

// English news renders Chinese dates, times and headline figures by its
// own conventions (Xinhua's style): a day of the month as a weekday, the
// 24-hour clock on the 12-hour one, "Bln" in a headline, a sum converted
// into dollars in brackets, months of age. Measures converted are in
// numbers_units_test.go; ranges, days named by their date, multiples and
// signs in numbers_news_forms_test.go. The sentences are invented.
func TestMissingNumbersNews(t *testing.T) {
	testMissing(t, []missingCase{
		// a day of the month, or a date, as a weekday
		{"海关总署9日公布数据。", "The customs agency released the data Tuesday.", ""},
		{"海关总署9日公布数据。", "The customs agency released the data on Tuesday.", ""},
		{"海关总署9日公布数据。", "The customs agency released the data.", "9"},
		{"海关总署9日公布数据。", "The customs agency released the data on Dec. 10.", "9"},
		// another date in the English contradicts the weekday: still found
		{"海关总署11日公布数据。", "The agency said Wednesday it had released the data on Dec. 12.", "11"},
		// the English date is the Chinese one: the weekday carries the other day
		{"报告于12月12日发布，海关总署11日公布数据。", "The report came out on Dec. 12; the agency released the data Wednesday.", ""},
		{"3月4日，大会开幕。", "The congress opened on Wednesday.", ""},
		{"3月4日，大会开幕。", "The congress opened on March 5.", "03-04"},
		// a date with its year has one weekday: 2024-03-04 was a Monday
		{"2024年3月4日，大会开幕。", "The congress opened on Monday.", ""},
		{"2024年3月4日，大会开幕。", "The congress opened on Wednesday.", "2024-03-04"},
		// two days, two weekdays a day apart; not three days apart
		{"6月2日晚至3日凌晨，暴雨袭城。", "Rainstorms hit the city from Monday night to early Tuesday.", ""},
		{"6月2日晚至3日凌晨，暴雨袭城。", "Rainstorms hit the city from Monday night to early Thursday.", "06-02 3"},
		// two days and one weekday: the second is still missing
		{"6月2日晚至3日凌晨，暴雨袭城。", "Rainstorms hit the city on Monday night.", "3"},
		// 日元 is yen, not a day
		{"售价30日元。", "It sells for Tuesday.", "30"},
		{"地铁3号线开通。", "Metro Line Three opened on Tuesday.", ""},
		{"地铁3号线开通。", "The metro line opened on Tuesday.", "3"},
		{"15号晚上，双方会谈。", "The two sides held talks on Friday evening.", ""},

		// the 24-hour clock on the 12-hour clock
		{"列车17时发车。", "The train left at 5 p.m.", ""},
		{"列车17时发车。", "The train left at 5 pm.", ""},
		{"列车17时发车。", "The train left at 6 p.m.", "17"},
		{"列车17时发车。", "The train left at 5 a.m.", "17"},
		{"飞船于23时44分发射。", "The spacecraft lifted off at 11:44 p.m.", ""},
		{"飞船于23时44分发射。", "The spacecraft lifted off at 11:45 p.m.", "44"},
		{"飞船于8时15分发射。", "The spacecraft lifted off at 8:15 a.m.", ""},
		{"截至12时，已转移群众。", "As of noon, residents had been moved.", ""},
		{"截至0时，已转移群众。", "As of midnight, residents had been moved.", ""},
		{"截至24时，已转移群众。", "As of midnight, residents had been moved.", ""},
		{"截至12时，已转移群众。", "As of midnight, residents had been moved.", "12"},
		{"5日14时，台风登陆。", "The typhoon made landfall at 2 p.m. Friday.", ""},
		// a time of day is no substitute for a count: 三人 is still loose
		{"17时，三人离开。", "At 5 p.m., they left.", ""},
		// "PM" in capitals; noon as "12 p.m."
		{"列车17时发车。", "The train left at 5 PM.", ""},
		{"截至12时，已转移群众。", "As of 12 p.m., residents had been moved.", ""},
		// the other half of the day: 9时 is 9 a.m. on the 24-hour clock,
		// 下午3时 is 3 p.m., 晚上9时 9 p.m.; 9点 alone may be either
		{"列车9时发车。", "The train left at 9 p.m.", "9"},
		{"列车9时发车。", "The train left at 9 a.m.", ""},
		{"列车晚上9时发车。", "The train left at 9 p.m.", ""},
		{"列车当晚9时发车。", "The train left at 9 p.m.", ""},
		{"列车下午3时发车。", "The train left at 3 a.m.", "3"},
		{"列车下午3时发车。", "The train left at 3 p.m.", ""},
		{"列车凌晨3时发车。", "The train left at 3 p.m.", "3"},
		{"记者9点到达。", "The reporter arrived at 9 p.m.", ""},
		{"列车9时发车，共9节车厢。", "The train, with 9 cars, left at 9 p.m.", ""},
		// a time of day in the other half of the day: a number of a name
		// ("Shenzhou-23", "Y23") is no excuse; another 23 still is (probe 2)
		{"飞船于23时08分发射。", "Shenzhou-23 lifted off at 11:08 a.m.", "23"},
		{"飞船于23时08分发射。", "The Y23 rocket lifted off at 11:08 a.m.", "23"},
		{"飞船于23时08分发射。", "Shenzhou-23 lifted off at 11:08 p.m.", ""},
		{"飞船于23时08分发射。", "The 23 crew members lifted off at 11:08 a.m.", ""},

		// headline abbreviations of the scale words
		{"出口突破3000亿元", "Exports Top 300 Bln Yuan", ""},
		{"出口突破3000亿元", "Exports top 300 bln yuan", ""},
		{"销量达450万辆", "Sales Hit 4.5 Mln Vehicles", ""},
		{"销量达450万辆", "Sales hit 4.5 mln vehicles", ""},
		{"总额达2.5万亿元", "Total Reaches 2.5 Tln Yuan", ""},
		{"总额达2.5万亿元", "Total Reaches 2.5 Trln Yuan", ""},
		{"出口突破3000亿元", "Exports Top 30 Bln Yuan", "300000000000"},

		// a sum converted into dollars in brackets, as news adds it, is no
		// count: 两家 stays a loose count, carried by "the firms"
		{"两家企业共投资1亿元。", "The firms invested 100 million yuan (about 14 million U.S. dollars).", ""},
		{"两家企业共投资1亿元。", "The firms invested 100 million yuan (about $14 million).", ""},
		{"两家企业共投资1亿元。", "The 3 firms invested 100 million yuan (about 14 million U.S. dollars).", "2"},
		// 月龄 counts months of age: 6月龄 is six months old, not June
		{"6月龄至5岁儿童应接种。", "Children aged 6 months to 5 years should be vaccinated.", ""},
		{"6月龄至5岁儿童应接种。", "Children aged 8 months to 5 years should be vaccinated.", "month 6"},
	})
}

// FuzzMissingNumbersNews: the news readers (weekdays, clock times,
// headline scales, conversions) never panic on any pair, and every number
// reported is a real slice of the Chinese.
func FuzzMissingNumbersNews(f *testing.F) {
	for _, p := range [][2]string{
		{"国家统计局10日发布", "the bureau said Wednesday"},
		{"24日17时前后", "at around 5 p.m. on Wednesday"},
		{"1月7日9时5分", "at 9:05 a.m. Tuesday"},
		{"8月7日晚至8日凌晨", "from Thursday night to early Friday"},
		{"9000亿元", "900 Bln Yuan"},
		{"14297亿斤", "714.85 million tonnes"},
		{"4500亩", "300 hectares"},
		{"每亩增产约50公斤，亩产合计超过1200公斤", "750 kg per hectare, 18 tonnes per hectare"},
		{"增产50公斤/亩", "750 kg per hectare"},
		{"6月龄", "6 months"},
		{"12时", "12:"},
		{"31日至1日", "Sunday to Monday, Dec. 1"},
		{"1至10月", "the first 10 months"},
		{"9日至11日", "a three-day visit starting Tuesday"},
		{"“双11”", "Singles' Day"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, zh, en string) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) {
			return
		}
		for _, n := range MissingNumbers(zh, en) {
			if n.Start < 0 || n.End <= n.Start || n.End > len(zh) || !utf8.ValidString(zh[n.Start:n.End]) {
				t.Fatalf("%q / %q: bad span %d..%d", zh, en, n.Start, n.End)
			}
		}
	})
}
