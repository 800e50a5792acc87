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

// FuzzWithScores: the score readers never panic; withScores adds only
// numbers that are digits of the Chinese and leaves the numbers it was
// given as they were; the scores the English carries in words are numbers
// of the Chinese.
func FuzzWithScores(f *testing.F) {
	for _, s := range [][2]string{
		{"以3:1战胜", "won 3-1"}, {"比分为25:21、23:25", "25-21, 23-25"}, {"10:30开始", "at 10:30"},
		{"3：", ""}, {"：1", ""}, {"99:1234", ""},
		{"在0比1落后的情况下", "after falling a goal behind"}, {"以2比0领先", "two goals clear"},
		{"0比0战平", "a goalless draw"}, {"以1比0战胜", "won one-nil"}, {"以3比0战胜", "three sets to nil"},
		{"1比1战平", "a goal apiece"}, {"以0比1落后，扳平为1比1", "from a goal down to equalise"},
		{"以98比95战胜", "won by three points"}, {"0比0", "nil-nil-"}, {"比1", "-nil to"}, {"1比", "all- a"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, zh, en string) {
		read := ZHNumbers(zh)
		before := append([]Number(nil), read...)
		out := withScores(zh, read)
		for i := range before {
			if read[i] != before[i] {
				t.Fatalf("%q: the numbers given changed", zh)
			}
		}
		starts := map[int]bool{}
		for _, n := range out {
			if n.Start < 0 || n.End <= n.Start || n.End > len(zh) {
				t.Fatalf("%q: bad span %d..%d", zh, n.Start, n.End)
			}
			starts[n.Start] = true
		}
		_, h := enCheckNumbers(en)
		for at := range scoresInWords(zh, out, h) {
			if !starts[at] {
				t.Fatalf("%q, %q: a score in words at %d, where no number of the Chinese starts", zh, en, at)
			}
		}
	})
}

// A score as sports desks write it in words: a margin with its side ("a
// goal behind" for 0比1落后, "two goals clear" for 2比0), "one-nil",
// "nil-nil", "a goalless draw" for 0比0, "a goal apiece" for 1比1, a
// level score "equalised" after the deficit it makes up. Only a score
// with a nil side is its margin; a level one needs its goals. A different
// margin, the wrong side and a dropped score stay reported. Found by the
// fifth held-out probe: 0比1落后 rendered "falling a goal behind".
func TestMissingNumbersScoresInWords(t *testing.T) {
	testMissing(t, []missingCase{
		// the probe's class: the 1 carried by the final score, the 0 by the margin
		{"上海队在0比1落后的情况下连进两球，以2比1取胜。", "Shanghai scored twice after going a goal behind to win 2-1.", ""},
		{"北京队上半场0比1落后。", "Beijing were a goal down at half-time.", ""},
		{"北京队上半场0比1落后。", "Beijing trailed by a single goal at the break.", ""},
		{"北京队上半场0比1落后。", "Beijing went in at the break one goal adrift.", ""},
		{"北京队上半场0比1落后。", "Beijing faced a one-goal deficit at the interval.", ""},
		{"山东队以2比0领先。", "Shandong were two goals clear.", ""},
		{"山东队以2比0领先。", "Shandong held a two-goal lead.", ""},
		{"山东队以2比0领先。", "Shandong led by two goals.", ""},
		{"山东队以1比0战胜河南队。", "Shandong beat Henan one-nil.", ""},
		{"山东队以1比0战胜河南队。", "Shandong beat Henan by a single goal.", ""},
		{"山东队以1比0战胜河南队。", "Shandong won 1-nil.", ""},
		{"山东队以1比0领先。", "Shandong took a 1-0 lead.", ""},
		{"浙江队0比1告负。", "Zhejiang lost one-nil.", ""},
		{"浙江队0：1告负。", "Zhejiang went down by a goal.", ""},
		{"中国女排以3比0战胜对手。", "China's women swept their opponents three sets to nil.", ""},
		{"两队0比0战平。", "The two sides played out a goalless draw.", ""},
		{"两队0比0战平。", "The match ended nil-nil.", ""},
		{"两队0比0战平。", "It finished scoreless.", ""},
		{"双方1比1战平。", "The teams drew with a goal apiece.", ""},
		{"河南队先以0比1落后，随后将比分扳平为1比1。", "Henan fell a goal behind before equalising.", ""},
		{"河南队先以0比1落后，随后将比分扳平为1比1。", "Henan came from a goal down to level.", ""},
		// a basketball margin stated alongside the score
		{"辽宁队以98比95战胜广东队。", "Liaoning beat Guangdong 98-95, winning by three points.", ""},

		// a different margin
		{"上海队在0比1落后的情况下连进两球，以2比1取胜。", "Shanghai scored twice after going two goals behind to win 2-1.", "0"},
		{"山东队以2比0领先。", "Shandong led by a goal.", "2 0"},
		{"山东队以3比1战胜河南队。", "Shandong beat Henan by two goals.", "3 1"},
		{"河南队先以0比1落后，随后将比分扳平为1比1。", "Henan fell two goals behind before equalising.", "0 1 1 1"},
		// the wrong side
		{"上海队0比1落后。", "Shanghai were a goal ahead.", "0 1"},
		{"北京队0比1落后。", "Beijing went a goal up.", "0 1"},
		{"北京队0比1落后。", "Beijing held a one-goal lead.", "0"},
		{"浙江队0比1告负。", "Zhejiang won one-nil.", "0"},
		{"山东队以2比0领先。", "Shandong trailed by two goals.", "0"},
		// a dropped score
		{"上海队在0比1落后的情况下连进两球，以2比1取胜。", "Shanghai came from behind to win 2-1.", "0"},
		{"两队0比0战平。", "The match ended in a draw.", "0 0"},
		{"双方1比1战平。", "The sides drew.", "1 1"},
		{"河南队1比1扳平比分。", "Henan equalised.", "1 1"},
		// a margin says nothing of a score with no nil side
		{"辽宁队以98比95战胜广东队。", "Liaoning won by three points.", "98 95"},
		// the English told from the other team's side is read as the
		// first team's: reported (a false alarm the reader accepts)
		{"北京队0比1落后。", "Shanghai went a goal up.", "0 1"},
		// nor of a ratio
		{"按0比1的比例分配。", "It is split a goal ahead.", "0 1"},
	})
}
