package align

import "testing"

func TestMoodOf(t *testing.T) {
	tests := []struct {
		in   string
		want uint8
	}{
		{"他走了。", 0},
		{"你去哪儿？", moodQuestion},
		{"那文士道：“又犯了什么罪？", moodQuestion | moodQuote},
		{"老子踢死你！”", moodExclaim | moodQuoteEnd},
		{"宝玉道：“我知道了。”", moodQuote | moodQuoteEnd},
		{"「好。」", moodQuote | moodQuoteEnd},
		{"'Stop it!", moodExclaim | moodQuote},
		{"'Papa,' said the little boy, 'what have they done wrong?'", moodQuestion | moodQuote | moodQuoteEnd},
		{"Or I'll really give you something to cry about!'", moodExclaim | moodQuoteEnd},
		{"He said \"yes\" and left.", moodQuote},
		{"“Come in,” she said.", moodQuote},
		{"It's the soldiers' fault.", 0}, // apostrophes are no quotes
		{"The boys' cart.", 0},           // nor a possessive at the end
		{"She said: ‘I know.’ ", moodQuote | moodQuoteEnd},
		{"Why not?\"", moodQuestion | moodQuoteEnd},
	}
	for _, tc := range tests {
		if got := moodOf(tc.in); got != tc.want {
			t.Errorf("moodOf(%q) = %04b, want %04b", tc.in, got, tc.want)
		}
	}
}
