package articles

import "testing"

// Three news conventions the second held-out check probe
// (workflow/testdata/checkprobe2) found reported as missing numbers: 零下
// as "minus" (零 is the sign, not a number), an age decade 60岁至69岁 as
// "in their 60s", a lunar holiday named by its date (农历正月十五 as
// "the Lantern Festival"). Each with counter-examples that must still be
// reported. The sentences are invented.
func TestMissingNumbersProbe2(t *testing.T) {
	for _, tt := range []struct {
		zh, en, missing string
	}{
		// below zero
		{"最低气温将降至零下20摄氏度左右。", "Lows are expected to plunge to around minus 20 degrees Celsius.", ""},
		{"最低气温将降至零下20摄氏度左右。", "Lows will fall to about 20 degrees below zero.", ""},
		{"最低气温将降至零下20摄氏度左右。", "Lows will fall to about -20 C.", ""},
		{"气温降至零下5度。", "Temperatures fell to sub-zero levels of 5 degrees.", ""},
		// the sign dropped is a true fault; a changed value is still the value
		{"最低气温将降至零下20摄氏度左右。", "Lows are expected to plunge to around 20 degrees Celsius.", "0"},
		{"最低气温将降至零下20摄氏度左右。", "Lows are expected to plunge to around minus 25 degrees Celsius.", "20"},
		// an age decade
		{"60岁至69岁人群应尽早接种疫苗。", "People in their 60s should get vaccinated early.", ""},
		{"60岁至69岁人群应尽早接种疫苗。", "People in their sixties should get vaccinated early.", ""},
		{"60到69岁的人群应尽早接种疫苗。", "People in their 60s should get vaccinated early.", ""},
		{"60岁至65岁人群应尽早接种疫苗。", "People in their 60s should get vaccinated early.", "65"},
		{"60岁至69岁人群应尽早接种疫苗。", "People aged 60 to 65 should get vaccinated early.", "69"},
		{"60岁至69岁人群应尽早接种疫苗。", "People in their 70s should get vaccinated early.", "60 69"},
		{"60至69号楼停电。", "Buildings in the 60s lost power.", "69"},
		{"10岁至19岁的青少年应尽早接种疫苗。", "Those in their teens should get vaccinated early.", ""},
		{"10岁至19岁的青少年应尽早接种疫苗。", "Those aged 10 and over should get vaccinated early.", "19"},
		// a time of day in the other half of the day: a number of a name
		// ("Shenzhou-23", "Y23") is no excuse; another 23 still is
		{"飞船于23时08分发射。", "Shenzhou-23 lifted off at 11:08 a.m.", "23"},
		{"飞船于23时08分发射。", "The Y23 rocket lifted off at 11:08 a.m.", "23"},
		{"飞船于23时08分发射。", "Shenzhou-23 lifted off at 11:08 p.m.", ""},
		{"飞船于23时08分发射。", "The 23 crew members lifted off at 11:08 a.m.", ""},
		// a lunar holiday named by its date
		{"她将在农历正月十五前回到家乡。", "She will return home before the Lantern Festival.", ""},
		{"八月十五那天，全家团聚。", "The family gathered on the Mid-Autumn Festival.", ""},
		{"农历五月初五，龙舟竞渡。", "Dragon boats raced on the Dragon Boat Festival.", ""},
		{"她将在农历正月十五前回到家乡。", "She will return home before the Spring Festival.", "15"},
		{"正月十五日，他们出发了。", "They set off on the Mid-Autumn Festival.", "15"},
		{"第十五届元宵灯会开幕。", "The Lantern Festival fair opened.", "#15"},
	} {
		got := numStrings(MissingNumbers(tt.zh, tt.en))
		if got != tt.missing {
			t.Errorf("%s | %s: missing %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}
