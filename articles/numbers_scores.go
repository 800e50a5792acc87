package articles

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// withScores adds to zn, the numbers of zh as ZHNumbers reads them, the
// second number of each score (3:1, 25:21): ZHNumbers leaves out the
// digits after a colon as a clock's minutes (10:30), which is right for
// the aligner's anchors and for a time of day, but a score's second
// number is a number the English must carry ("3-2" for 3:1 is wrong). A
// pair is a score, not a time, when it cannot be a time of day written so
// (one digit after the colon, or more than two; an hour past 24, minutes
// past 59) or the Chinese says so (以3:1战胜, 比分). Only the check reads
// them: the aligner's numbers are unchanged.
func withScores(zh string, zn []Number) []Number {
	var add []Number
	for _, n := range zn {
		if n.Kind != Cardinal || n.Alt != 0 || n.Value != math.Trunc(n.Value) || n.End >= len(zh) {
			continue
		}
		r, size := utf8.DecodeRuneInString(zh[n.End:])
		if r != ':' && r != '：' {
			continue
		}
		start := n.End + size
		end := start
		for end < len(zh) && zh[end] >= '0' && zh[end] <= '9' {
			end++
		}
		if end == start || end-start > 3 {
			continue
		}
		v := 0.0
		for _, c := range zh[start:end] {
			v = v*10 + float64(c-'0')
		}
		score := end-start != 2 || n.Value > 24 || v > 59 ||
			strings.HasSuffix(zh[:n.Start], "以") || strings.Contains(zh[:n.Start], "比分")
		if score {
			add = append(add, Number{Kind: Cardinal, Value: v, Start: start, End: end})
		}
	}
	if len(add) == 0 {
		return zn
	}
	out := make([]Number, 0, len(zn)+len(add)) // zn itself is left as it was
	out = append(append(out, zn...), add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
