package articles

import "testing"

// A score (3:1, 25:21) is two numbers: the reader leaves out the digits
// after a colon as a clock's minutes (10:30), so the check reads them
// back where the pair cannot be a time of day: one digit after the colon,
// an hour past 24 or minutes past 59, or 以 or 比分 before it. Found by the
// held-out probe: "3-2" for 3:1 passed.
func TestMissingNumbersScores(t *testing.T) {
	testMissing(t, []missingCase{
		{"中国队以3:1战胜日本队。", "China beat Japan 3-1.", ""},
		{"中国队以3:1战胜日本队。", "China beat Japan 3-2.", "1"},
		{"中国队以3：1战胜日本队。", "China beat Japan 3-2.", "1"},
		// the count of sets is still judged as before: a loose count the
		// English's other numbers (the scores' second halves) may replace
		{"四局比分为25:21、23:25、25:18和25:20。", "The set scores were 25-21, 23-25, 25-18, 25-20.", "4"},
		{"泰国队以3:2险胜韩国队，第四次夺冠。", "Thailand beat South Korea 3-2 for their third title.", "#4"},
		{"四局比分为25:21、23:25、25:18和25:20。", "The set scores were 25-21, 23-25, 25-18, 25-19.", "4 20"},
		{"比赛以12:10结束。", "The match ended 12-9.", "10"},
		// a time of day keeps its minutes out
		{"会议于10:30开始。", "The meeting began at 10 a.m.", ""},
		{"会议于10:30开始。", "The meeting began at 10:30 a.m.", ""},
	})
}

// FuzzWithScores: the score reader never panics, adds only numbers that
// are digits of the Chinese, and leaves the numbers it was given as they
// were.
func FuzzWithScores(f *testing.F) {
	for _, s := range []string{"以3:1战胜", "比分为25:21、23:25", "10:30开始", "3：", "：1", "99:1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, zh string) {
		read := ZHNumbers(zh)
		before := append([]Number(nil), read...)
		out := withScores(zh, read)
		for i := range before {
			if read[i] != before[i] {
				t.Fatalf("%q: the numbers given changed", zh)
			}
		}
		for _, n := range out {
			if n.Start < 0 || n.End <= n.Start || n.End > len(zh) {
				t.Fatalf("%q: bad span %d..%d", zh, n.Start, n.End)
			}
		}
	})
}
