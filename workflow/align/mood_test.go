package align

import "testing"

func TestMoodOf(t *testing.T) {
	tests := []struct {
		in   string
		want uint16
	}{
		{"他走了。", 0},
		{"你去哪儿？", moodQuestion | moodAskEnd},
		{"那人问道：“你要去哪里？", moodQuestion | moodQuote | moodAskEnd},
		{"你去哪儿？他问。", moodQuestion}, // asks, but ends telling
		{"快给我出去！”", moodExclaim | moodQuoteEnd},
		{"她答道：“我明白了。”", moodQuote | moodQuoteEnd},
		{"「好。」", moodQuote | moodQuoteEnd},
		{"'Stop it!", moodExclaim | moodQuote},
		{"'Mama,' asked the girl, 'where has the boat gone?'", moodQuestion | moodQuote | moodQuoteEnd | moodAskEnd},
		{"Or you will get no supper at all!'", moodExclaim | moodQuoteEnd},
		{"He said \"yes\" and left.", moodQuote},
		{"“Come in,” she said.", moodQuote},
		{"It's the soldiers' fault.", 0}, // apostrophes are no quotes
		{"The boys' cart.", 0},           // nor a possessive at the end
		{"She said: ‘I know.’ ", moodQuote | moodQuoteEnd},
		{"Why not?\"", moodQuestion | moodQuoteEnd | moodAskEnd},
	}
	for _, tc := range tests {
		if got := moodOf(tc.in); got != tc.want {
			t.Errorf("moodOf(%q) = %04b, want %04b", tc.in, got, tc.want)
		}
	}
}

func TestPronouns(t *testing.T) {
	zh := []struct {
		in   string
		want uint16
	}{
		{"他们走了，她留下来。", moodThey | moodShe},
		{"我对你说过，他不来。", moodI | moodYou | moodHe | moodNot},
		{"您好。", moodYou},
		{"会议召开。", 0},
		{"他没来，别等了。", moodHe | moodNot},
	}
	for _, tc := range zh {
		if got := zhPronouns(tc.in); got != tc.want {
			t.Errorf("zhPronouns(%q) = %09b, want %09b", tc.in, got, tc.want)
		}
	}
	en := []struct {
		in   string
		want uint16
	}{
		{"They left; she stayed.", moodThey | moodShe},
		{"I told you, he won't come.", moodI | moodYou | moodHe | moodNot},
		{"Her book and his pen are theirs.", moodShe | moodHe | moodThey},
		{"The meeting opened. Hermit, Theme, Usher.", 0},
		{"He didn't come; never mind.", moodHe | moodNot},
		{"Nothing is known.", moodNot},
	}
	for _, tc := range en {
		if got := enPronouns(tc.in); got != tc.want {
			t.Errorf("enPronouns(%q) = %09b, want %09b", tc.in, got, tc.want)
		}
	}
}
