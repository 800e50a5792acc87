package articles

import (
	"testing"
	"time"
)

// The third held-out check probe's false alarm in numbers
// (workflow/testdata/checkprobe3): a range of months in the abbreviated
// month names a headline uses ("Jan-Oct"), with the counter-examples that
// must still be reported.
func TestMissingNumbersProbe3(t *testing.T) {
	for _, tt := range []struct {
		zh, en, missing string
	}{
		// 前10个月 and 1至10月 as an abbreviated range of months
		{"前10个月全国PM2.5平均浓度同比下降4.2%", "China's PM2.5 levels down 4.2 pct in Jan-Oct", ""},
		{"前10个月，出口增长5%。", "Exports grew 5 percent in Jan.-Oct.", ""},
		{"前10个月，出口增长5%。", "Exports grew 5 percent in the Jan–Oct period.", ""},
		{"1至10月，出口增长5%。", "Exports grew 5 percent in Jan-Oct.", ""},
		{"1-10月，出口增长5%。", "Exports grew 5 percent in Jan.-Oct. this year.", ""},
		// the wrong end, or not from January, is still reported
		{"前10个月，出口增长5%。", "Exports grew 5 percent in Jan-Sept.", "10"},
		{"前10个月，出口增长5%。", "Exports grew 5 percent in Feb-Oct.", "10"},
		{"1至10月，出口增长5%。", "Exports grew 5 percent in Jan-Sep.", "month 10"},
		{"1至10月，出口增长5%。", "Exports grew 5 percent in January, and in Mar-Oct.", "month 10"},
		{"前10个月，出口增长5%。", "Exports grew 5 percent in October.", "10"},
		// a name, not a month: "Jan" alone is no month
		{"前10个月，出口增长5%。", "Jan said exports grew 5 percent.", "10"},
	} {
		got := numStrings(MissingNumbers(tt.zh, tt.en))
		if got != tt.missing {
			t.Errorf("%s | %s: missing %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}

// A class year (2026届, the graduates of 2026) said relative to the
// article's date, as a year is: "this year's graduates" in a story of 2026.
func TestMissingNumbersClassYear(t *testing.T) {
	nov12 := NumberContext{Date: time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)}
	jan3 := NumberContext{Date: time.Date(2027, 1, 3, 0, 0, 0, 0, time.UTC)}
	for _, tt := range []struct {
		zh, en  string
		c       NumberContext
		missing string
	}{
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", nov12, ""},
		{"2026届高校毕业生达1222万人。", "The number of college graduates this year reached 12.22 million.", nov12, ""},
		{"2026届高校毕业生达1222万人。", "Last year's college graduates numbered 12.22 million.", jan3, ""},
		{"2026届高校毕业生达1222万人。", "The class of 2026 numbered 12.22 million.", nov12, ""},
		// the wrong year, or no date, is still reported
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", jan3, "2026"},
		{"2026届高校毕业生达1222万人。", "Last year's college graduates numbered 12.22 million.", nov12, "2026"},
		{"2026届高校毕业生达1222万人。", "This year's college graduates numbered 12.22 million.", NumberContext{}, "2026"},
		// 届 after a small number is a session, not a year
		{"第十五届运动会开幕。", "This year's games opened.", nov12, "#15"},
	} {
		if got := numStrings(MissingNumbersIn(tt.zh, tt.en, tt.c)); got != tt.missing {
			t.Errorf("MissingNumbersIn(%q, %q, %v) = %q, want %q", tt.zh, tt.en, tt.c.Date.Format("2006-01-02"), got, tt.missing)
		}
	}
}
