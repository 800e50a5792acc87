package articles

import "testing"

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
