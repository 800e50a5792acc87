package articles

import (
	"testing"
	"time"
	"unicode/utf8"
)

func TestSlugDate(t *testing.T) {
	for _, tt := range []struct {
		slug string
		want string
	}{
		{"2025-12-09-cma-idcpc", "2025-12-09"},
		{"2025-12-09", "2025-12-09"},
		{"2025-02-30-x", ""}, // no such day
		{"2025-12-9-x", ""},
		{"2025-12-091", ""},
		{"20251209-x", ""},
		{"cma-idcpc", ""},
		{"0001-01-01-x", ""},
		{"", ""},
	} {
		d, ok := SlugDate(tt.slug)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("SlugDate(%q) = %q, want %q", tt.slug, got, tt.want)
		}
	}
}

func TestMissingNumbersDated(t *testing.T) {
	dec9 := NumberContext{Date: time.Date(2025, 12, 9, 0, 0, 0, 0, time.UTC)}
	nov12 := NumberContext{Date: time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)}
	jan3 := NumberContext{Date: time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)}
	jan2027 := NumberContext{Date: time.Date(2027, 1, 3, 0, 0, 0, 0, time.UTC)}
	for _, tt := range []struct {
		zh, en  string
		c       NumberContext
		missing string
		weekday string // the weekday the English gives wrongly, and the day's own
	}{
		// a year and a month relative to the article's date
		{"2025年蔬菜产量增长2.1%。", "Vegetable output rose 2.1 percent this year.", dec9, "", ""},
		{"2025年蔬菜产量增长2.1%。", "Vegetable output rose 2.1 percent this year.", NumberContext{}, "2025", ""},
		{"2025年蔬菜产量增长2.1%。", "Vegetable output rose 2.1 percent last year.", dec9, "2025", ""},
		{"2025年蔬菜产量增长2.1%。", "Vegetable output rose 2.1 percent last year.", jan3, "", ""},
		{"比2024年增长2.1%。", "up 2.1 percent from last year", dec9, "", ""},
		{"比2024年增长2.1%。", "up 2.1 percent over the last year", dec9, "2024", ""},
		{"预计2026年将增长10%。", "expected to grow 10 percent next year", dec9, "", ""},
		{"20世纪90年代，2025年代", "this year", dec9, "1990 2025", ""}, // a decade is no year
		{"12月上旬，价格下降。", "Early this month, prices fell.", dec9, "", ""},
		{"12月上旬，价格下降。", "Early last month, prices fell.", dec9, "month 12", ""},
		{"12月接待游客210万人次。", "It received 2.1 million visits last month.", jan3, "", ""},
		{"6月龄婴儿", "babies this month", dec9, "month 6", ""},
		{"2025年12月9日，会议召开。", "The meeting opened on Dec. 9 this year.", dec9, "", ""},
		{"2025年12月9日，会议召开。", "The meeting opened on Dec. 9 last year.", dec9, "2025-12-09", ""},
		{"2025年12月9日，会议召开。", "The meeting opened on Dec. 8 this year.", dec9, "2025-12-09", ""},
		{"2025年12月，会议召开。", "The meeting opened this month.", dec9, "", ""},
		{"2025年12月，会议召开。", "The meeting opened in December this year.", dec9, "", ""},
		{"2025年12月，会议召开。", "The meeting opened in November this year.", dec9, "2025-12", ""},
		// the article's own year left out of a date, as news English writes
		// this year's dates (the sixth probe: 2026年7月16日 "on July 16" in
		// a story of 2026)
		{"2026年7月16日，法院公开开庭审理了该案。", "The court heard the case on July 16.", nov12, "", ""},
		{"2026年3月，该省启动专项行动。", "The province launched a campaign in March.", nov12, "", ""},
		{"2025年12月9日，会议召开。", "The meeting opened on Dec. 9.", dec9, "", ""},
		// another year, even a near one, keeps its year; a wrong day, a
		// year the English names otherwise, no date, stay reported
		{"2025年12月30日，他抵达。", "He arrived on Dec. 30.", jan3, "2025-12-30", ""},
		{"2025年7月16日，法院开庭审理了该案。", "The court heard the case on July 16.", nov12, "2025-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "The court heard the case on July 17.", nov12, "2026-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "The court heard the case on July 16.", NumberContext{}, "2026-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "Charged in 2025, he was tried on July 16.", nov12, "2026-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "The court heard the case on July 16 last year.", nov12, "2026-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "The court heard the case on July 16, 2025.", nov12, "2026-07-16", ""},
		{"2026年7月16日，法院开庭审理了该案。", "The court heard the case in July.", nov12, "2026-07-16", ""},
		// a class year (2026届, the graduates of 2026) as a year is: "this
		// year's graduates" in a story of 2026 (probe 3)
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", nov12, "", ""},
		{"2026届高校毕业生达1222万人。", "The number of college graduates this year reached 12.22 million.", nov12, "", ""},
		{"2026届高校毕业生达1222万人。", "Last year's college graduates numbered 12.22 million.", jan2027, "", ""},
		{"2026届高校毕业生达1222万人。", "The class of 2026 numbered 12.22 million.", nov12, "", ""},
		// the wrong year, or no date, is still reported
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", jan2027, "2026", ""},
		{"2026届高校毕业生达1222万人。", "Last year's college graduates numbered 12.22 million.", nov12, "2026", ""},
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", NumberContext{}, "2026", ""},
		// 届 after a small number is a session, not a year
		{"第十五届运动会开幕。", "This year's games opened.", nov12, "#15", ""},
		// a weekday against the calendar, the year and month from the date
		{"该部将于12日召开会议。", "The ministry will meet on Friday.", dec9, "", ""},
		{"该部将于12日召开会议。", "The ministry will meet on Thursday.", dec9, "12", "Thursday Friday"},
		{"该部将于12日召开会议。", "The ministry will meet on Thursday.", NumberContext{}, "", ""},
		{"冰雪节将于5日开幕。", "The festival will open on Sunday.", jan3, "5", "Sunday Monday"},
		{"12月30日，他抵达。", "He arrived on Tuesday.", jan3, "", ""},
		{"12月30日，他抵达。", "He arrived on Monday.", jan3, "12-30", "Monday Tuesday"},
		{"25日，他抵达。", "He arrived on Monday.", dec9, "", ""}, // 16 days away: not known
		{"2024年3月4日，他抵达。", "He arrived on Tuesday.", NumberContext{}, "2024-03-04", "Tuesday Monday"},
		// a weekday beside the English date
		{"国铁集团将于10月16日召开发布会。", "The company will hold a press conference on Thursday, Oct. 16.", dec9, "", ""},
		{"国铁集团将于10月16日召开发布会。", "The company will hold a press conference on Friday, Oct. 16.", dec9, "10-16", "Friday Thursday"},
		{"国铁集团将于10月16日召开发布会。", "The company will hold a press conference on Friday (Oct. 16).", dec9, "10-16", "Friday Thursday"},
		{"国铁集团将于10月16日召开发布会。", "The company will hold a press conference on Friday, Oct. 16.", NumberContext{}, "", ""},
		{"国铁集团将于16日召开发布会。", "It will meet on Friday, Dec. 16.", dec9, "16", "Friday Tuesday"},
		{"会议于2025年10月16日举行。", "The meeting was held on Oct. 16, 2025, a Friday.", NumberContext{}, "", ""},
		{"会议于2025年10月16日举行。", "The meeting was held on Friday, Oct. 16, 2025.", NumberContext{}, "2025-10-16", "Friday Thursday"},
		{"国铁集团将于15日召开发布会。", "It will meet on Friday, Oct. 16.", dec9, "15", ""},
	} {
		ms := MissingNumbersIn(tt.zh, tt.en, tt.c)
		if got := numStrings(ms); got != tt.missing {
			t.Errorf("MissingNumbersIn(%q, %q, %v) = %q, want %q", tt.zh, tt.en, tt.c.Date.Format("2006-01-02"), got, tt.missing)
		}
		got := ""
		for _, n := range ms {
			if c, ok := n.Calendar(); ok {
				got = c.Said.String() + " " + c.Date.Weekday().String()
			}
		}
		if got != tt.weekday {
			t.Errorf("MissingNumbersIn(%q, %q): calendar %q, want %q", tt.zh, tt.en, got, tt.weekday)
		}
	}
}

// FuzzMissingNumbersDated: with any slug's date, the dated rules never
// panic and every number reported is a real slice of the Chinese.
func FuzzMissingNumbersDated(f *testing.F) {
	for _, p := range [][3]string{
		{"2025年全国", "this year", "2025-12-09-veg"},
		{"12月上旬", "early last month", "2026-01-03-ice"},
		{"1.2元/斤", "2.4 yuan per kg", "x"},
		{"每斤1.5元", "3 yuan a kilogram", ""},
		{"将于5日开幕", "will open on Sunday", "2026-01-03"},
		{"12月30日", "on Monday", "2026-01-03-x"},
		{"31日至1日", "Sunday to Monday", "2025-02-28-x"},
	} {
		f.Add(p[0], p[1], p[2])
	}
	f.Fuzz(func(t *testing.T, zh, en, slug string) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) {
			return
		}
		var c NumberContext
		c.Date, _ = SlugDate(slug)
		for _, n := range MissingNumbersIn(zh, en, c) {
			if n.Start < 0 || n.End <= n.Start || n.End > len(zh) || !utf8.ValidString(zh[n.Start:n.End]) {
				t.Fatalf("%q / %q: bad span %d..%d", zh, en, n.Start, n.End)
			}
		}
	})
}
