package articles

import (
	"math"
	"strings"
	"unicode/utf8"
)

// How sure qa.numbers is that a faithful English carries a number.
//
// Published translations carry every figure: digits, percentages, dates,
// money, measures, ages and durations, counts of occurrences, and any
// number of ten or more. They do not always carry a small count written in
// Chinese numerals in running prose (两个人 as "they", 三家企业 by naming
// the three enterprises, 第二次 as "the next time"): the count is
// conveyed, or it is part of a word. Such a loose count is
// reported only when the English gives a number the Chinese lacks, that
// is when the English looks substituted (三人 against "the 2 boys"), never
// for being absent alone.

// zhStatingUnits are the units after which a small count is a figure a
// translation must carry: time, age, money, measures, occurrences and
// formal counts of persons. A 个, 多, 余, 来 or 半 may stand between
// (八个小时, 两个多月).
var zhStatingUnits = []string{
	// time and age
	"年", "月", "天", "日", "周", "星期", "礼拜", "小时", "钟头", "分钟", "秒", "世纪", "岁", "周岁", "代人",
	// money
	"元", "块钱", "美元", "欧元", "英镑", "日元", "港元", "卢布", "毛钱",
	// measures
	"米", "公里", "千米", "里", "厘米", "毫米", "尺", "寸", "丈", "斤", "公斤", "千克", "克", "吨", "亩",
	"公顷", "平方", "立方", "升", "度", "倍", "英里", "英尺", "磅",
	// occurrences: the verbal measure words (走访了两次 "visited twice",
	// 敲了三下门 "knocked three times")
	"次", "遍", "回", "趟", "下", "番", "阵", "顿", "声", "圈", "拳", "脚", "刀", "枪", "巴掌",
	// formal counts of persons: 两名记者, 四位专家
	"名", "位",
	// floors: 二楼 "the second floor"
	"楼", "层",
}

// looseCount reports whether z, a number of zh, is a small count in
// Chinese numerals that a faithful English may leave implicit: a cardinal
// or ordinal under ten written in numerals (两, 三, 第二), a range of them
// (三五), a bare 十, 百, 千 or 万 (百家), or numerals read digit by digit
// (a code such as 九一), unless a stating unit follows (三岁, 两次, 五公里).
func looseCount(zh string, z Number) bool {
	if z.Kind != Cardinal && z.Kind != Ordinal || z.Start < 0 || z.End > len(zh) || z.Start >= z.End {
		return false
	}
	body := strings.TrimPrefix(zh[z.Start:z.End], "第")
	r, _ := utf8.DecodeRuneInString(body)
	if zhNumeral(r) < 0 && zhUnit(r) == 0 {
		return false // digits: a figure
	}
	if z.Value != math.Trunc(z.Value) {
		return false // 零点五: a decimal
	}
	n, units := 0, 0
	for _, r := range body {
		if zhUnit(r) != 0 {
			units++
		} else if zhNumeral(r) < 0 {
			return false // 三十多: more than numerals
		}
		n++
	}
	small := z.Value < 10 || z.Alt != 0 && z.Alt < 10 || n == 1 || units == 0 && n < 4
	if !small {
		return false
	}
	if z.Kind == Ordinal {
		return true // 第二次 "the next time", 第一次 "never before"
	}
	if listLabel(zh, z) {
		return false // 二、 三． (四): a heading's or an item's label, a figure
	}
	if p, _ := utf8.DecodeLastRuneInString(zh[:z.Start]); p == '每' {
		return false // 每三个: a rate
	}
	rest := zh[z.End:]
	if z.Value >= 3 && z.Alt == 0 && !strings.HasPrefix(rest, "分之") && oneOf(rest) {
		return false // 三座大桥之一 "one of the three bridges": the set is a figure
	}
	if body == "两" && strings.HasPrefix(rest, "次") && betweenTimes(rest) {
		return true // 两次运行之间 "between runs": successive ones, not two
	}
	for _, p := range []string{"个", "多", "余", "来", "半"} {
		rest = strings.TrimPrefix(rest, p)
	}
	for _, u := range zhStatingUnits {
		if strings.HasPrefix(rest, u) {
			return false
		}
	}
	return true
}

// enStrong reports whether the English number n of s is written as a
// numeral (digits, "three", "twenty-five", "third", "a hundred") rather
// than carried by a word that only implies one (both, twice, pair, dozen,
// decade, century, week).
func enStrong(s string, n Number) bool {
	if n.Start < 0 || n.End > len(s) || n.Start >= n.End {
		return false
	}
	c := s[n.Start]
	if c >= '0' && c <= '9' || c == '.' {
		return true
	}
	if c >= 'A' && c <= 'Z' && !sentenceStart(s, n.Start) && afterCapital(s, n.Start) {
		return false // World War Two, Brother Four: part of a name
	}
	w := s[n.Start:n.End]
	if k := strings.IndexAny(w, " -"); k >= 0 {
		w = w[:k]
	}
	w = strings.ToLower(w)
	if w == "a" || w == "an" {
		// a hundred, a million; not "a dozen", "a pair"
		rest := strings.Fields(strings.ToLower(s[n.Start:n.End]))
		return len(rest) > 1 && enScale[rest[1]] >= 100 && !strings.HasSuffix(rest[1], "s")
	}
	if enOrdinal[w] != 0 {
		return true
	}
	v, ok := enSmall[w]
	return ok && (v <= 20 || v < 100 && math.Mod(v, 10) == 0) && !enImplied[w]
}

// enImplied are the words of enSmall that imply a number without being a
// numeral.
var enImplied = map[string]bool{
	"both": true, "twice": true, "pair": true, "double": true, "dual": true, "binary": true, "dozen": true,
	"week": true, "fortnight": true, "trio": true, "duo": true, "quartet": true, "quintet": true, "tripod": true,
	"tripartite": true, "trilateral": true, "bilateral": true, "tricolor": true, "tricolour": true, "single": true,
	"once": true, "doubled": true, "doubling": true, "tripled": true, "tripling": true, "quadruple": true, "quadrupled": true, "quadrupling": true, "triple": true, "thrice": true, "couple": true, "twin": true, "twins": true, "decade": true,
	"twenties": true, "thirties": true, "forties": true, "fifties": true, "sixties": true, "seventies": true,
	"eighties": true, "nineties": true, "millennium": true, "millennia": true, "millennial": true, "trinity": true,
}

// within reports whether en has a cardinal between lo and hi.
func within(en []Number, lo, hi float64) bool {
	for _, e := range en {
		if e.Kind == Cardinal && e.Value >= lo && e.Value <= hi {
			return true
		}
	}
	return false
}

// zhTwoWords say "two" in a word or idiom the extractor leaves out: 他们俩
// "the two of them", 双方 "both sides", 两岸 "the two sides", 二者 "the
// two": an English "two" is no substitution where the Chinese has one.
var zhTwoWords = []string{"俩", "双", "两", "二"}

// substitution says whether the English en looks substituted for the
// loose counts of the Chinese zh (numbers zn): it gives a number, written
// as a numeral, that the Chinese lacks (cardinal: it may stand for any
// count; ordinal: only for an ordinal), or a vague quantity ("a few
// enterprises" for 三家企业). An English number with a unit ("two days",
// "six feet") answers a Chinese number with a unit, which is reported on
// its own, so it says nothing about a loose count.
type substitution struct{ cardinal, ordinal, vague bool }

// of reports whether the substitution concerns z, a loose count of zh. A
// vague quantity stands for a count of things, not for a count of persons
// (两人, 三个人), which the English gives by a pronoun or by names.
func (s substitution) of(zh string, z Number) bool {
	if s.cardinal || z.Kind == Ordinal && s.ordinal {
		return true
	}
	rest := strings.TrimPrefix(zh[z.End:], "个")
	return s.vague && z.Kind == Cardinal && !strings.HasPrefix(rest, "人")
}

func substituted(zh string, zn []Number, en string, ens []Number, h *enHints) substitution {
	var out substitution
	var raw map[float64]bool
	for i, e := range ens {
		if e.Kind != Cardinal && e.Kind != Ordinal || e.Value < 2 || !enStrong(en, e) || !enOwn(en, e, zn, h) {
			continue
		}
		if raw == nil {
			raw = zhNumeralValues(zh)
		}
		if raw[e.Value] {
			continue // 那四位代表 "the four delegates": a count left out
		}
		if e.Value == 2 && containsAny(zh, zhTwoWords) || enWithUnit(en, e) || enYear(en, e) && (strings.Contains(zh, "年") || enAfterTimeWord(en, e)) {
			continue
		}
		explained := false
		for j, o := range ens {
			// "two pairs" is also 4: explained when the Chinese has 4
			explained = explained || j != i && o.Start == e.Start && hasValueIn(zn, o.Value)
		}
		if explained {
			continue
		}
		if e.Kind == Ordinal {
			out.ordinal = true
		} else {
			out.cardinal = true
		}
	}
	// "a few", "several" answer 几, 数, 若干, 一些, 多个 when the Chinese has one
	out.vague = h.vagueCount && !strings.ContainsAny(zh, "几数若些多")
	return out
}

// zhNumeralValues gives the values of the counts of s that the extractor
// leaves out as said before (这两个, 那四位) and 俩 (他们俩, 2): an English
// number with one of these values is not a substitution.
func zhNumeralValues(s string) map[float64]bool {
	out := map[float64]bool{}
	if strings.Contains(s, "俩") {
		out[2] = true
	}
	for _, d := range []string{"这", "那", "此", "该"} {
		for rest := s; ; {
			k := strings.Index(rest, d)
			if k < 0 {
				break
			}
			rest = rest[k+len(d):]
			var run []rune
			for _, r := range rest {
				if zhNumeral(r) < 0 && zhUnit(r) == 0 {
					break
				}
				run = append(run, r)
			}
			if v, ok := parseZHNumeral(run); ok && len(run) > 0 {
				out[v] = true
			}
		}
	}
	return out
}

// enUnits are the English words of a measure, time or money after a
// number.
var enUnits = map[string]bool{
	"day": true, "days": true, "year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "second": true, "seconds": true, "night": true, "nights": true,
	"mile": true, "miles": true, "foot": true, "feet": true, "inch": true, "inches": true, "yard": true, "yards": true,
	"meter": true, "meters": true, "metre": true, "metres": true, "kilometer": true, "kilometers": true, "kilometre": true,
	"kilometres": true, "km": true, "pound": true, "pounds": true, "kilogram": true, "kilograms": true, "kg": true,
	"ton": true, "tons": true, "tonne": true, "tonnes": true, "acre": true, "acres": true, "yuan": true, "dollar": true,
	"dollars": true, "cent": true, "cents": true, "fen": true, "degree": true, "degrees": true,
}

// enWithUnit reports whether a unit word follows the English number e, or
// a currency sign comes before it ($50, US$3).
func enWithUnit(en string, e Number) bool {
	if p, _ := utf8.DecodeLastRuneInString(en[:e.Start]); strings.ContainsRune("$€£¥", p) {
		return true
	}
	rest := strings.TrimLeft(en[e.End:], " -")
	k := 0
	for k < len(rest) && isLetter(rest[k]) {
		k++
	}
	w := strings.ToLower(rest[:k])
	if w == "and" || w == "or" {
		return false
	}
	return enUnits[w] || strings.HasSuffix(w, "ths") && len(w) > 4 && enOrdinal[strings.TrimSuffix(w, "s")] != 0
}

func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// conveyed reports whether the English carries z, a number of zh, in
// another form than its value: 两毛 as "twenty fen" (a 毛 or 角 is ten
// fen); 一月 as "a month" (一月 is also January); 20世纪 as "the last
// century" and 21世纪 as "this century"; a round 一万 or 一千 of speech
// (说一万遍) as another round number ("a thousand times").
func conveyed(zh string, zn []Number, z Number, h *enHints) bool {
	rest := zh[z.End:]
	has := func(v float64) bool {
		for _, e := range h.ns {
			if e.Kind == Cardinal && sameValue(e.Value, v) {
				return true
			}
		}
		return false
	}
	phrase := func(ws ...string) bool {
		for i := 0; i+len(ws) <= len(h.toks); i++ {
			ok := true
			for j, w := range ws {
				ok = ok && h.toks[i+j].text == w
			}
			if ok {
				return true
			}
		}
		return false
	}
	if d := zhDuration(zh, z); d > 0 {
		if enHasDuration(h, d) || d == 86400 && strings.HasPrefix(rest, "小时") && (phrase("the", "clock") || phrase("day", "and", "night")) {
			return true // 两周 "a fortnight", 六十分钟 "an hour", 二十四小时 "around the clock"
		}
	}
	before := strings.TrimSuffix(zh[:z.Start], "了")
	switch {
	case z.Kind == Cardinal && strings.HasPrefix(rest, "倍") && (strings.HasSuffix(before, "增长") || strings.HasSuffix(before, "增加") ||
		strings.HasSuffix(before, "提高") || strings.HasSuffix(before, "上升") || strings.HasSuffix(before, "扩大")):
		// 增长两倍: grew by 200 %, "tripled"; 增长1.1倍 hedged, "more
		// than doubled"
		for _, e := range h.ns {
			if e.Kind == Cardinal && e.Approx && roundsTo(e.Value, z.Value+1) {
				return true
			}
		}
		return has(z.Value + 1)
	case z.Kind == Percent && z.Value == 100 && zh[z.Start:z.End] == "百分之百":
		// 百分之百 "completely", "fully"
		for _, t := range h.toks {
			if enTotally[t.text] {
				return true
			}
		}
	case z.Kind == Percent && fractionInWords(z.Value, h.toks):
		// 超过五成 "more than half", 83% "more than four-fifths", 78.5%
		// "nearly four-fifths": a share as a fraction in words
		return true
	case z.Kind == Cardinal && (strings.HasPrefix(rest, "毛") || strings.HasPrefix(rest, "角")):
		return has(z.Value * 10)
	case z.Kind == Month && z.Month == 1 && zh[z.Start:z.End] == "一月":
		return phrase("a", "month") || phrase("one", "month")
	case z.Kind == Cardinal && strings.HasPrefix(rest, "世纪") && (z.Value == 20 || z.Value == 21):
		if z.Value == 20 {
			return phrase("last", "century") || phrase("past", "century")
		}
		return phrase("this", "century")
	case z.Kind == Cardinal && roundPower(z.Value) && z.Value >= 1000:
		r, _ := utf8.DecodeRuneInString(zh[z.Start:])
		if zhNumeral(r) < 0 && zhUnit(r) == 0 {
			return false // digits: a figure, not a figure of speech
		}
		for _, e := range h.ns {
			if e.Kind == Cardinal && e.Value >= 100 && roundPower(e.Value) && enStrong(h.s, e) && !hasValueIn(zn, e.Value) {
				// not "1 billion" for 十亿 when 一亿 is missing
				return true
			}
		}
	}
	return false
}

// roundPower reports whether v is a power of ten.
func roundPower(v float64) bool {
	if v < 1 {
		return false
	}
	l := math.Log10(v)
	return math.Abs(l-math.Round(l)) < 1e-9
}

// enYear reports whether the English number e may be a year (four
// digits, 1000 to 2100). Where the Chinese has a time with 年 (今年 "in
// 2014", 当年), or the English puts it after a word of time ("since 2012",
// "in 2012": a year the translator adds), it answers a time, not a count.
func enYear(en string, e Number) bool {
	t := en[e.Start:e.End]
	return e.Kind == Cardinal && len(t) == 4 && e.Value >= 1000 && e.Value <= 2100 && e.Value == math.Trunc(e.Value)
}

// afterCapital reports whether the word before byte i of s starts with a
// capital letter ("World War Two"; not "the Three Represents").
func afterCapital(s string, i int) bool {
	t := strings.TrimRight(s[:i], " -")
	k := strings.LastIndexAny(t, " \t\n\"'“‘(")
	w := t[k+1:]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// enTimeWords come before a year.
var enTimeWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "before": true,
	"after": true, "during": true, "to": true, "through": true, "year": true, "early": true, "late": true, "mid": true,
}

// enAfterTimeWord reports whether the word before the English number e is
// a word of time ("in 2012", "since 2012").
func enAfterTimeWord(en string, e Number) bool {
	t := strings.TrimRight(en[:e.Start], " -")
	k := strings.LastIndexAny(t, " \t\n(")
	return enTimeWords[strings.ToLower(t[k+1:])]
}

// enTotally are the adverbs that render 百分之百 as a manner, not a figure.
var enTotally = map[string]bool{
	"completely": true, "fully": true, "totally": true, "entirely": true, "absolutely": true,
	"utterly": true, "wholly": true, "wholeheartedly": true, "perfectly": true,
}

// Lengths of time in seconds: a month is a twelfth of a year.
const (
	secDay   = 86400
	secYear  = 365.25 * secDay
	secMonth = secYear / 12
)

// zhDurationUnits are the units of time after a count (两周, 六十分钟,
// 十二个月, 三年), in seconds; a 个 may stand between. 日 is left out (三日
// is also the third), 月 needs its 个 (三月 is March), and 世纪 names a
// century (20世纪 is the twentieth).
var zhDurationUnits = []struct {
	unit string
	sec  float64
}{
	{"秒钟", 1}, {"秒", 1}, {"分钟", 60}, {"小时", 3600}, {"钟头", 3600}, {"天", secDay},
	{"星期", 7 * secDay}, {"礼拜", 7 * secDay}, {"周", 7 * secDay}, {"个月", secMonth}, {"年", secYear},
}

// zhDuration gives the length of time z, a count of zh, states with the
// unit after it (两周: 14 days), in seconds; 0 when no unit of time follows
// or the count is not exact (两个多月, 三年多, a range, a year such as
// 1998年).
func zhDuration(zh string, z Number) float64 {
	if z.Kind != Cardinal || z.Approx || z.Alt != 0 || z.Value <= 0 || z.Value >= 1000 || z.End > len(zh) {
		return 0
	}
	rest := zh[z.End:]
	if strings.HasPrefix(rest, "个") && !strings.HasPrefix(rest, "个月") {
		rest = strings.TrimPrefix(rest, "个")
	}
	for _, u := range zhDurationUnits {
		if after, ok := strings.CutPrefix(rest, u.unit); ok {
			if strings.HasPrefix(after, "多") || strings.HasPrefix(after, "半") || u.unit == "周" && (strings.HasPrefix(after, "年") || strings.HasPrefix(after, "岁")) {
				return 0 // 两年多, 三个月半; 十周年 is an anniversary, 两周岁 an age
			}
			return z.Value * u.sec
		}
	}
	return 0
}

// enDurationUnits are the English units of time, in seconds.
var enDurationUnits = map[string]float64{
	"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
	"day": secDay, "days": secDay, "week": 7 * secDay, "weeks": 7 * secDay, "fortnight": 14 * secDay, "fortnights": 14 * secDay,
	"month": secMonth, "months": secMonth, "year": secYear, "years": secYear, "decade": 10 * secYear, "decades": 10 * secYear,
	"century": 100 * secYear, "centuries": 100 * secYear,
}

// enHasDuration reports whether the English states the length of time d
// (seconds) as a number and a unit ("fourteen days", "a fortnight", "an
// hour", "a whole day", "twelve-hour").
func enHasDuration(h *enHints, d float64) bool {
	for i, t := range h.toks {
		sec := enDurationUnits[t.text]
		if sec == 0 || i == 0 {
			continue
		}
		k := i - 1
		for k > 0 && (h.toks[k].text == "whole" || h.toks[k].text == "full" || h.toks[k].text == "entire" || h.toks[k].text == "single") {
			k--
		}
		q := 0.0
		switch p := h.toks[k]; {
		case p.text == "a" || p.text == "an" || p.text == "one":
			q = 1
		default:
			for _, n := range h.ns {
				if n.Kind == Cardinal && n.End == p.end {
					q = n.Value
				}
			}
		}
		if q > 0 && math.Abs(q*sec-d) < 1 {
			return true
		}
	}
	return false
}

// betweenTimes reports whether 之间 follows in the clause of rest (两次X之间:
// between successive Xs).
func betweenTimes(rest string) bool {
	if k := strings.IndexAny(rest, "，。；！？,;"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "之间")
}

// oneOf reports whether rest, the text after a count, names one of the
// counted set: 之一 within eight characters of the same clause (三座大桥之一,
// 五种办法之一).
func oneOf(rest string) bool {
	n := 0
	for i, r := range rest {
		if n == 8 || strings.ContainsRune("，。；！？、,;", r) {
			return false
		}
		if strings.HasPrefix(rest[i:], "之一") {
			return true
		}
		n++
	}
	return false
}

// enDenominators are the fractions' denominators in words, singular and
// plural ("a third", "two-thirds"; the hyphen is no token).
var enDenominators = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}

// fracHedges are the hedges before a fraction in words, and the side of
// the fraction each puts the figure on: +1 above ("more than
// four-fifths"), -1 below ("nearly four-fifths"), 0 either side ("about
// a third"). Two-word hedges are keyed by their last word with the first
// before it.
var fracHedges = map[string]int{"over": 1, "above": 1, "than more": 1, "of upwards": 1, "nearly": -1, "almost": -1,
	"under": -1, "than less": -1, "to close": -1, "about": 0, "around": 0, "roughly": 0, "some": 0,
	"approximately": 0}

// fractionGap is how far, in percentage points, a hedged fraction in
// words may be from the figure it gives: "more than four-fifths" for 83 %
// (3 points over 80) and "nearly four-fifths" for 78.5 % carry the
// figure; "more than a third" for 50 % (17 points) does not.
const fractionGap = 5

// fractionInWords reports whether the English tokens give pct, a
// percentage, as a fraction in words: "half", "a third", "two-thirds",
// "three-quarters", "four-fifths", "one in five". A fraction within half
// a point of pct carries it bare or hedged ("about half" for 五成); one
// further off only behind a hedge on the right side and within
// fractionGap points ("more than four-fifths" for 83 %; not for 78 %,
// nor a bare "four-fifths" for 83 %).
func fractionInWords(pct float64, toks []enTok) bool {
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].text
	}
	countTo := func(i int, most float64) float64 {
		if t := word(i); t == "a" || t == "an" {
			return 1
		}
		if v, ok := enSmall[word(i)]; ok && v >= 1 && v <= most {
			return v
		}
		if i >= 0 && i < len(toks) && toks[i].num && !toks[i].ordinal && toks[i].value >= 1 && toks[i].value <= most {
			return toks[i].value
		}
		return 0
	}
	count := func(i int) float64 { return countTo(i, 10) }
	for i, t := range toks {
		frac, first := 0.0, i
		switch d := enDenominators[t.text]; {
		case d == 2 && (t.text == "half" && word(i-1) != "in"):
			frac = 0.5
			if n := count(i - 1); n == 1 {
				first = i - 1 // "one half", "a half"
			}
		case d > 2:
			n := count(i - 1)
			plural := strings.HasSuffix(t.text, "s")
			if n == 0 || plural != (n > 1) || n >= d {
				continue // "the third", "a fifth of the ten"
			}
			frac, first = n/d, i-1
		case t.text == "in" || t.text == "out" && word(i+1) == "of":
			// one in five, three out of 10
			k := i + 1
			if t.text == "out" {
				k++
			}
			n, d := count(i-1), countTo(k, 100)
			if word(i-1) == "a" || n == 0 || d <= n {
				continue
			}
			frac, first = n/d, i-1
		default:
			continue
		}
		gap := pct - 100*frac
		if math.Abs(gap) <= 0.5 {
			return true
		}
		side, ok := fracHedges[word(first-1)]
		if !ok {
			side, ok = fracHedges[word(first-1)+" "+word(first-2)]
		}
		if ok && math.Abs(gap) <= fractionGap && (side == 0 || side > 0 == (gap > 0)) {
			return true
		}
	}
	return false
}
