package articles

import "testing"

// The false alarms of the held-out news probe (workflow/testdata/checkprobe,
// judged.tsv), each as a class with its counter-examples: what a desk
// writes is present, a different number is still missing. The sentences
// are invented.
func TestMissingNumbersProbe(t *testing.T) {
	for _, tt := range []struct {
		zh, en, missing string
	}{
		// 增长1.1倍 (grew to 2.1 times) hedged as "more than doubled"
		{"新能源汽车出口量增长1.1倍。", "Exports of new energy vehicles more than doubled.", ""},
		{"出口额增长2.1倍。", "Exports more than tripled.", ""},
		{"出口额增长1.1倍。", "Exports more than tripled.", "1.1"},
		{"出口额增长1.1倍。", "Exports doubled.", "1.1"},
		{"出口额增长1倍。", "Exports doubled.", ""},
		// N成 as "half", "a third"...: 五成 is 50 %
		{"贡献率超过五成。", "Consumption contributed more than half of growth.", ""},
		{"约五成受访者表示满意。", "About half of those polled were satisfied.", ""},
		{"贡献率超过五成。", "Consumption contributed more than a third of growth.", "50%"},
		// 前N个月 as the months from January
		{"前10个月，进出口增长3.6%。", "Trade grew 3.6 percent in the January-October period.", ""},
		{"前10个月，进出口增长3.6%。", "From January to October, trade grew 3.6 percent.", ""},
		{"前10个月，进出口增长3.6%。", "Trade grew 3.6 percent in the January-September period.", "10"},
		// a yield per 亩 given per hectare (fifteen times as much)
		{"粮食单位面积产量每亩397.6公斤。", "Yield per hectare was 5,964 kg.", ""},
		{"粮食单位面积产量每亩397.6公斤。", "Yield was 5.96 tonnes per hectare.", ""},
		{"粮食单位面积产量每亩397.6公斤。", "Yield per hectare was 5,800 kg.", "397.6"},
	} {
		if got := numStrings(MissingNumbers(tt.zh, tt.en)); got != tt.missing {
			t.Errorf("MissingNumbers(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}
