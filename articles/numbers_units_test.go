package articles

import "testing"

// A quantity per 亩 given per hectare (fifteen times as much) or per acre
// when the Chinese states it as an increase (每亩增产约50公斤, 亩均增产) or
// a total (亩产合计超过1200公斤), or with the area after the unit
// (50公斤/亩): read as a plain yield per 亩 is. Found by the fourth held-out
// check probe (workflow/testdata/checkprobe4). A wrong conversion, a
// figure dropped, a figure per hectare without "per hectare", and a
// quantity that is not per 亩 (示范田100亩增产5000公斤, another clause) are
// still reported. The sentences are invented.
func TestMissingNumbersPerMu(t *testing.T) {
	for _, tt := range []struct {
		zh, en, missing string
	}{
		// an increase per 亩
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 750 kg per hectare.", ""},
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 0.75 tonnes per hectare.", ""},
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 50 kg per mu.", ""},
		{"示范田每亩平均增加60公斤。", "Yields on the demonstration fields rose by 900 kg a hectare on average.", ""},
		{"玉米亩产提高到650公斤。", "Corn yields rose to 9,750 kg per hectare.", ""},
		{"水稻亩均增产40公斤。", "Rice yields rose by 600 kg per hectare.", ""},
		{"水稻亩增产40公斤。", "Rice yields rose by 600 kg per hectare.", ""},
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 300 kg per acre.", ""},
		// a total per 亩
		{"今年两季亩产合计超过1200公斤。", "The two seasons' combined yield topped 18 tonnes per hectare this year.", ""},
		{"两季亩产量共计达到1200公斤。", "The two harvests together yielded 18,000 kg per hectare.", ""},
		// the area after the unit
		{"带动粮食增产50公斤/亩。", "Grain yields rose by 750 kg per hectare.", ""},
		{"小麦单产达到500公斤／亩。", "Wheat yields reached 7.5 tonnes per hectare.", ""},
		// a wrong conversion, a figure dropped, "per hectare" left out
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 650 kg per hectare.", "50"},
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields.", "50"},
		{"带动粮食每亩增产约50公斤。", "This lifted grain yields by about 750 kg.", "50"},
		{"今年两季亩产合计超过1200公斤。", "The two seasons' combined yield topped 12 tonnes per hectare this year.", "1200"},
		{"带动粮食增产50公斤/亩。", "Grain yields rose by 650 kg per hectare.", "50"},
		// not per 亩: the increase of a 100-亩 field, a total in another clause
		{"示范田100亩增产5000公斤。", "The 100-mu field's yield rose by 75,000 kg per hectare.", "5000"},
		{"每亩增产50公斤，全村增产1200公斤。", "Yields rose by 750 kg per hectare, or 18 tonnes per hectare for the village.", "1200"},
		{"亩产600公斤的田块共增产1200公斤。", "Fields yielding 9 tonnes per hectare added 18 tonnes per hectare.", "1200"},
	} {
		if got := numStrings(MissingNumbers(tt.zh, tt.en)); got != tt.missing {
			t.Errorf("MissingNumbers(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.missing)
		}
	}
}
