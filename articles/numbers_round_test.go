package articles

import "testing"

// Big figures English news rounds to the decimals it writes: 亿 and 万 in
// trillions, billions and millions (found by the sixth held-out probe:
// 41235亿元 "4.12 trillion yuan", 1375.4万辆 "13.75 million"). A wrong
// figure, a wrong scale, a figure without decimals and a dropped one stay
// reported. The sentences are invented.
func TestMissingNumbersRounded(t *testing.T) {
	testMissing(t, []missingCase{
		// rounded to the decimals the English writes
		{"前三季度，社会消费品零售总额52310亿元。", "Retail sales totaled 5.23 trillion yuan in the first three quarters.", ""},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.88 trillion yuan.", ""},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.9 trillion yuan.", ""},
		{"旅客发送量2486.7万人次。", "Railways carried 24.87 million passengers.", ""},
		{"旅客发送量2486.7万人次。", "Railways carried 24.9 million passengers.", ""},
		{"共计3.46亿元。", "a total of 0.35 billion yuan", ""},
		{"进出口总值4.27万亿元。", "Trade Hits 4.3 Tln Yuan", ""},
		{"进出口总值4.27万亿元。", "Trade reached 4,270 billion yuan.", ""},
		// both figures of a pair, the wrong one still reported
		{"产销分别完成2361.5万辆和2348.2万辆。", "It produced 23.62 million vehicles and sold 23.48 million.", ""},
		{"产销分别完成2361.5万辆和2348.2万辆。", "It produced 23.62 million vehicles and sold 23.84 million.", "23482000"},
		// a wrong figure or rounding, a wrong scale, stay reported
		{"前三季度，社会消费品零售总额52310亿元。", "Retail sales totaled 5.32 trillion yuan.", "5231000000000"},
		{"前三季度，社会消费品零售总额52310亿元。", "Retail sales totaled 5.3 trillion yuan.", "5231000000000"}, // 5.2
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.8 trillion yuan.", "2876000000000"},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.87 trillion yuan.", "2876000000000"},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.88 billion yuan.", "2876000000000"},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 2.880 trillion yuan.", "2876000000000"},
		// no decimals, or one significant digit: a figure of its own
		// (hedged, it is read as a hedge: "nearly 3 trillion")
		{"全年粮食收购额28760亿元。", "Grain purchases rose to 3 trillion yuan.", "2876000000000"},
		{"全年粮食收购额28760亿元。", "Grain purchases rose to nearly 3 trillion yuan.", ""},
		{"旅客发送量2486.7万人次。", "Railways carried 25 million passengers.", "24867000"},
		{"共计3.46亿元。", "a total of 0.3 billion yuan", "346000000"},
		{"共计3.46亿元。", "a total of 350 million yuan", "346000000"},
		// not a scale of big sums, not a rounding of this number
		{"共计3460人。", "a total of 3.5 thousand people", "3460"},
		{"增长5.36%。", "grew 5.4 percent", "5.36%"},
		// dropped
		{"全年粮食收购额28760亿元，增长2.1%。", "Grain purchases grew 2.1 percent.", "2876000000000"},
	})
}
