package articles

import "testing"

// Measures converted to the unit English news uses, at the value converted
// (or it rounded): 斤 (half a kilogram) in tonnes or kilograms, 亩 (a
// fifteenth of a hectare) in hectares, 里 (half a kilometre) in km; a
// quantity per 亩 per hectare or acre, fifteen times as much, also as an
// increase or a total (probes 1 and 4: workflow/testdata/checkprobe,
// checkprobe4); a price per 斤 per kg. A wrong conversion, a figure
// dropped, a figure per hectare without "per hectare", a quantity that is
// not per 亩, are still reported. The sentences are invented.
func TestMissingNumbersUnits(t *testing.T) {
	testMissing(t, []missingCase{
		// 斤 (half a kilogram) in tonnes or kilograms; 亩 (a fifteenth of
		// a hectare) in hectares; 里 (half a kilometre) in km
		{"粮食产量达13908亿斤。", "Grain output reached 695.4 million tonnes.", ""},
		{"粮食产量达13908亿斤。", "Grain output reached 695.41 million tonnes.", "1390800000000"},
		{"粮食产量稳定在1.3万亿斤以上。", "Grain output stayed above 650 million tonnes.", ""},
		{"粮食产量达13908亿斤，增加177亿斤。", "Grain output reached 695.4 million tonnes.", "17700000000"},
		{"每亩增产30斤。", "Yields rose by 15 kg per mu.", ""},
		{"新增高标准农田3000万亩。", "It added 2 million hectares of high-standard farmland.", ""},
		{"新增高标准农田4500亩。", "It added 300 hectares of high-standard farmland.", ""},
		{"新增高标准农田4500亩。", "It added 400 hectares of high-standard farmland.", "4500"},
		{"全长600里。", "It is 300 km long.", ""},
		{"新增林地100亩。", "It added 6.67 hectares of woodland.", ""},
		{"新增林地100亩。", "It added 6.8 hectares of woodland.", "100"},
		{"湿地面积2000公顷。", "The wetland covers 20 square kilometers.", ""},
		{"运量达1.2万吨。", "It carried 12,000 tonnes.", ""},
		{"运量达8000公斤。", "It carried 8 tonnes.", ""},
		// a yield per 亩 given per hectare (fifteen times as much)
		{"粮食单位面积产量每亩397.6公斤。", "Yield per hectare was 5,964 kg.", ""},
		{"粮食单位面积产量每亩397.6公斤。", "Yield was 5.96 tonnes per hectare.", ""},
		{"粮食单位面积产量每亩397.6公斤。", "Yield per hectare was 5,800 kg.", "397.6"},
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
		// a price per 斤 per kg, per 公斤 per tonne
		{"大白菜批发价为1.2元/斤。", "Chinese cabbage sold at 2.4 yuan per kg.", ""},
		{"大白菜批发价为1.2元/斤。", "Chinese cabbage sold at 1.2 yuan per kg.", ""},
		{"大白菜批发价为1.2元/斤。", "Chinese cabbage sold at 2.6 yuan per kg.", "1.2"},
		{"土豆每斤1.5元。", "Potatoes sold at 3 yuan a kilogram.", ""},
		{"西红柿每斤3元左右。", "tomatoes at around 6 yuan/kg", ""},
		{"西红柿3元一斤。", "tomatoes at 6,000 yuan per tonne", ""},
		{"玉米每公斤2.3元。", "corn at 2,300 yuan per tonne", ""},
		{"钢材每吨3500元。", "steel at 3.5 yuan per kg", ""},
		{"涨到5元。", "rose to 10 yuan per kg", "5"},
	})
}
