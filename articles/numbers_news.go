package articles

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// How English news renders Chinese dates, times and measures (Xinhua's
// style, the desk's genre): a day of the month as the weekday (国家统计局
// 10日发布 "the bureau said Wednesday"), the 24-hour clock on the 12-hour
// one (17时 "5 p.m.", 12时 "noon", 0时 "midnight"), 斤 in tonnes or
// kilograms, 亩 in hectares, 里 in kilometres, and the scale words of a
// headline abbreviated ("900 Bln Yuan", read by enCheckNumbers). None of
// these excuses a wrong number: a weekday counts only where no date of the
// English contradicts it, a clock only at the same hour, a measure only at
// its value converted (rounded as a hedge is, roundsTo).

// enWeekdays are the English names of the days of the week.
var enWeekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// enHeadlineScales are the scale words as news headlines abbreviate them:
// "900 Bln Yuan", "4.5 Mln Vehicles", "2.5 Tln Yuan".
var enHeadlineScales = map[string]float64{"mln": 1e6, "bln": 1e9, "tln": 1e12, "trln": 1e12}

// zhConversions are the Chinese units that English news gives in metric
// ones, with the factor from the Chinese unit to each English unit class.
var zhConversions = []struct {
	unit string
	to   map[string]float64
}{
	{"平方公里", map[string]float64{"sqkm": 1, "hectare": 100}},
	{"平方千米", map[string]float64{"sqkm": 1, "hectare": 100}},
	{"公斤", map[string]float64{"kg": 1, "tonne": 1e-3}},
	{"千克", map[string]float64{"kg": 1, "tonne": 1e-3}},
	{"公顷", map[string]float64{"hectare": 1, "sqkm": 0.01, "acre": 2.47105}},
	{"公里", map[string]float64{"km": 1, "mile": 0.621371}},
	{"千米", map[string]float64{"km": 1, "mile": 0.621371}},
	{"斤", map[string]float64{"kg": 0.5, "tonne": 5e-4}},                                  // a jin, catty: half a kilogram
	{"吨", map[string]float64{"tonne": 1, "kg": 1000}},                                    // 万吨 "10,000 tonnes"
	{"亩", map[string]float64{"hectare": 1.0 / 15, "sqkm": 1.0 / 1500, "acre": 0.164737}}, // a mu: 1/15 hectare
	{"里", map[string]float64{"km": 0.5, "mile": 0.310686}},                               // a li: half a kilometre
}

// enUnitClasses are the English words of the metric units above.
var enUnitClasses = map[string]string{
	"tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "kilogramme": "kg", "kilogrammes": "kg",
	"hectare": "hectare", "hectares": "hectare", "ha": "hectare",
	"km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
	"acre": "acre", "acres": "acre", "mile": "mile", "miles": "mile",
}

// enUnitClass gives the unit class of the word after the English number at
// en[end:] ("million tonnes" is read before: end is after the scale word),
// "" for none. "metric tons" is tonnes, "square kilometers" sqkm.
func enUnitClass(en string, end int) string {
	rest := en[end:]
	word := func() string {
		rest = strings.TrimLeft(rest, " -")
		k := 0
		for k < len(rest) && isLetter(rest[k]) {
			k++
		}
		w := strings.ToLower(rest[:k])
		rest = rest[k:]
		return w
	}
	w := word()
	if w == "metric" {
		w = word()
	}
	if w == "square" || w == "sq" {
		if enUnitClasses[strings.TrimSuffix(word(), ".")] == "km" {
			return "sqkm"
		}
		return ""
	}
	return enUnitClasses[w]
}

// zhConversion gives the conversions of the unit right after z (maybe
// after 多, 余 or 来), nil for none.
func zhConversion(zh string, z Number) map[string]float64 {
	if z.Kind != Cardinal || z.Value <= 0 || z.End > len(zh) {
		return nil
	}
	rest := strings.TrimLeft(zh[z.End:], "多余来")
	for _, c := range zhConversions {
		if strings.HasPrefix(rest, c.unit) {
			return c.to
		}
	}
	return nil
}

// enPerArea gives how many mu the area of a yield in the English holds:
// 15 for "per hectare" (or "a", "each" hectare), 1/0.164737 for an acre,
// 1 when it names neither (the yield is per mu).
func enPerArea(toks []enTok) float64 {
	for i := 1; i < len(toks); i++ {
		if p := toks[i-1].text; p != "per" && p != "a" && p != "each" {
			continue
		}
		switch toks[i].text {
		case "hectare":
			return 15
		case "acre":
			return 1 / 0.164737
		}
	}
	return 1
}

// zhPerMuMarks are the words after which a measure is a quantity per 亩
// (每亩397.6公斤, 亩产600公斤, 亩均增产40公斤, 亩增产40公斤).
var zhPerMuMarks = []string{"每亩", "亩产", "亩均", "亩增"}

// zhPerMuWords are the words that may stand between such a mark and its
// measure and leave it per 亩: an increase or a fall (增产, 提高到), a
// total (合计, 共计), the noun (产量), a hedge or a verb of reaching (约,
// 超过, 达到). Longer words first: they are stripped in this order.
var zhPerMuWords = []string{
	"提高到", "增加到", "提升到", "稳定在", "保持在",
	"增产", "减产", "增加", "减少", "提高", "提升", "增长", "下降", "增收", "增至", "提至",
	"合计", "共计", "总计", "累计", "平均", "产量",
	"达到", "超过", "突破", "高达", "可达", "接近", "将近", "约为", "大约", "左右",
	"增", "减", "产", "量", "共", "均", "达", "超", "逾", "近", "约", "为", "到", "至", "了", "可", "在",
}

// zhPerMu reports whether z, a measure of zh (zn its numbers), is a
// quantity per 亩, which English news gives per hectare (fifteen times
// as much): a mark of zhPerMuMarks before it in its clause with only
// zhPerMuWords between (每亩增产约50公斤, 亩产合计超过1200公斤), or 亩 after
// its unit (50公斤/亩, 50公斤每亩). A mark whose 亩 ends an area is none
// (100亩增产5000公斤: the field's increase).
func zhPerMu(zh string, zn []Number, z Number) bool {
	if z.Start < 0 || z.End > len(zh) {
		return false
	}
	rest := strings.TrimLeft(zh[z.End:], "多余来")
	for _, c := range zhConversions {
		if u, ok := strings.CutPrefix(rest, c.unit); ok {
			for _, per := range []string{"/亩", "／亩", "每亩"} {
				if strings.HasPrefix(strings.TrimPrefix(u, "左右"), per) {
					return true
				}
			}
			break
		}
	}
	clause := zh[:z.Start]
	from := strings.LastIndexAny(clause, "，。；！？、,;:：") + 1
	for _, m := range zhPerMuMarks {
		k := strings.LastIndex(clause[from:], m)
		if k < 0 {
			continue
		}
		k += from
		if m != "每亩" && endsNumber(zn, k) {
			continue
		}
		if zhOnlyWords(clause[k+len(m):], zhPerMuWords) {
			return true
		}
	}
	return false
}

// endsNumber reports whether a number of zn ends at byte at (8000万亩:
// the 亩 after it is an area's).
func endsNumber(zn []Number, at int) bool {
	for _, n := range zn {
		if n.End == at {
			return true
		}
	}
	return false
}

// zhOnlyWords reports whether s is nothing but words of words, in any
// order (longer words listed first are tried first).
func zhOnlyWords(s string, words []string) bool {
	for s != "" {
		cut := false
		for _, w := range words {
			if r, ok := strings.CutPrefix(s, w); ok {
				s, cut = r, true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}

// enClock is a time of day in the English: its hour on the 24-hour clock
// and the span of its numbers.
type enClock struct {
	hour       int
	start, end int
}

// enClockTimes finds the times of day of the English: "5 p.m.", "11:44
// p.m.", "9:05 a.m.", "5pm", "noon", "midday", "midnight".
func enClockTimes(s string, toks []enTok) []enClock {
	var out []enClock
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.text {
		case "noon", "midday":
			out = append(out, enClock{hour: 12, start: t.start, end: t.end})
			continue
		case "midnight":
			out = append(out, enClock{hour: 0, start: t.start, end: t.end})
			continue
		}
		if !t.num || t.ordinal || len(t.text) > 2 || t.value < 1 || t.value > 12 || t.value != math.Trunc(t.value) {
			continue
		}
		j, end := i+1, t.end
		if j < len(toks) && toks[j].num && len(toks[j].text) == 2 && s[end:toks[j].start] == ":" {
			end = toks[j].end // 11:44
			j++
		}
		if j >= len(toks) || (toks[j].start != end && s[end:toks[j].start] != " ") {
			continue
		}
		pm := false
		switch w := toks[j].text; {
		case w == "am" || w == "pm":
			pm = w == "pm"
		case (w == "a" || w == "p") && j+1 < len(toks) && toks[j+1].text == "m" && s[toks[j].end:toks[j+1].start] == ".":
			pm = w == "p"
		default:
			continue
		}
		h := int(t.value) % 12
		if pm {
			h += 12
		}
		out = append(out, enClock{hour: h, start: t.start, end: end})
		i = j
	}
	return out
}

// zhClockHour gives the hour of z when it is a time of day on the 24-hour
// clock (17时, 0时, 8点钟, 3点半), -1 otherwise.
func zhClockHour(zh string, z Number) int {
	if z.Kind != Cardinal || z.Approx || z.Alt != 0 || z.Value < 0 || z.Value > 24 || z.Value != math.Trunc(z.Value) || z.End > len(zh) {
		return -1
	}
	rest := zh[z.End:]
	switch {
	case strings.HasPrefix(rest, "时"):
		if r, _ := utf8.DecodeRuneInString(rest[len("时"):]); strings.ContainsRune("间期代候刻节", r) {
			return -1 // 时间, 时期: not o'clock
		}
	case strings.HasPrefix(rest, "点"):
		r, _ := utf8.DecodeRuneInString(rest[len("点"):])
		if r != '钟' && r != '半' && zhDigit(r) < 0 && zhNumeral(r) < 0 {
			return -1 // 三点意见: points
		}
	default:
		return -1
	}
	return int(z.Value) % 24
}

// zhAfternoon and zhMorning are the words of the half of the day before a
// Chinese hour (下午3时 is 3 p.m., 晚上9时 9 p.m.; 凌晨3时 3 a.m.).
var (
	zhAfternoon = []string{"下午", "晚上", "晚间", "傍晚", "夜间", "夜里", "深夜", "中午", "午后", "晚"}
	zhMorning   = []string{"上午", "早上", "早晨", "凌晨", "清晨"}
)

// zhClockHours gives the hours on the 24-hour clock that z, a time of day
// of zh at hour hr, may be: hr itself (17时, and 9时 on the 24-hour clock
// news uses; 凌晨3时), hr+12 after a word of the afternoon or evening in
// its clause (晚上9时, 下午3时), either for N点 with no such word.
func zhClockHours(zh string, z Number, hr int) []int {
	clause := zh[:z.Start]
	if k := strings.LastIndexAny(clause, "，。；！？,;"); k >= 0 {
		clause = clause[k:]
	}
	if hr == 0 || hr >= 12 || containsAny(clause, zhMorning) {
		return []int{hr}
	}
	if containsAny(clause, zhAfternoon) {
		return []int{hr + 12}
	}
	if strings.HasPrefix(zh[z.End:], "点") {
		return []int{hr, hr + 12}
	}
	return []int{hr}
}

// wrongHalf reports whether the English gives z, a time of day of zh, only
// as a clock of the other half of the day (9时 as "9 p.m.", 下午3时 as "3
// a.m."): no number of the English has its value but the hours of clocks,
// and none of those is at an hour z may be.
func wrongHalf(zh string, z Number, hr int, clocks []enClock, h *enHints) bool {
	hours := zhClockHours(zh, z, hr)
	wrong := false
	for _, c := range clocks {
		for _, x := range hours {
			if c.hour == x {
				return false
			}
		}
		wrong = wrong || c.hour%12 == hr%12 // the same hour of the other half
	}
	if !wrong {
		return false
	}
	for _, e := range h.ns {
		clock := false
		for _, c := range clocks {
			clock = clock || e.Start == c.start
		}
		if clock || nameNumber(h.s, e.Start) {
			continue
		}
		if e.Kind == Date && (e.Day == int(z.Value) || e.Year == int(z.Value)) || e.Kind != Date && e.Kind != Month && sameValue(e.Value, z.Value) {
			return false // "9 cars": the value is there, the check cannot tell
		}
	}
	return true
}

// nameNumber reports whether the English number at byte start of en is
// part of a name or a code, written onto a word ("Shenzhou-23", "Y23"):
// no time of day, so it does not leave a clock in the wrong half of the
// day unreported (found by the second held-out check probe).
func nameNumber(en string, start int) bool {
	if start <= 0 || start > len(en) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(en[:start])
	if r == '-' {
		r, _ = utf8.DecodeLastRuneInString(en[:start-n])
	}
	return unicode.IsLetter(r)
}

// newsForms finds the numbers of zh (zn) that the English carries by a
// news convention of form: a time of day on the 12-hour clock, a measure
// converted, months of age (6月龄 "6 months"). It returns their starts in
// zh, and marks the English numbers that render them (a clock's hour and
// minutes, a converted measure) in h.notCounts: they answer these, not a
// count of the Chinese. wrong are the times of day the English gives only
// in the other half of the day (9时 "9 p.m."): missing, though the value is
// there.
func newsForms(zh string, zn []Number, h *enHints) (out, wrong map[int]bool) {
	carry := func(z Number) {
		if out == nil {
			out = map[int]bool{}
		}
		out[z.Start] = true
	}
	mark := func(start int) {
		if h.notCounts == nil {
			h.notCounts = map[int]bool{}
		}
		h.notCounts[start] = true
	}
	for _, e := range h.ns {
		if e.Kind == Cardinal && !hasValueIn(zn, e.Value) && bracketedMoney(h.s, e) {
			mark(e.Start) // "(about 14 million U.S. dollars)": the desk's conversion
		}
	}
	var clocks []enClock
	clocksRead := false
	for i, z := range zn {
		if i+1 < len(zn) && monthRange(zh, z, zn[i+1]) {
			// 1至10月: "the first 10 months", "January-October"
			last := zn[i+1]
			n := float64(last.Month) - z.Value + 1
			months := false
			for _, e := range h.ns {
				months = months || e.Kind == Cardinal && sameValue(e.Value, n) && enWordAfter(h.s, e.End) == "months"
			}
			named := months
			for _, e := range h.ns {
				named = named || (e.Kind == Month || e.Kind == Date) && e.Month == int(z.Value)
			}
			for _, sp := range enMonthSpans(h.s) {
				named = named || sp[0] == int(z.Value)                          // "Jan-..."
				months = months || sp[0] == int(z.Value) && sp[1] == last.Month // "Jan-Oct"
			}
			if named {
				carry(z)
			}
			if months {
				carry(last)
			}
		}
		if z.Kind == Cardinal && z.Value >= 2 && z.Value <= 12 && z.Value == math.Trunc(z.Value) &&
			strings.HasSuffix(zh[:z.Start], "前") && strings.HasPrefix(zh[z.End:], "个月") {
			// 前10个月: "the January-October period", "from January to October"
			jan, nth := false, false
			for _, e := range h.ns {
				if e.Kind == Month || e.Kind == Date {
					jan = jan || e.Month == 1
					nth = nth || e.Month == int(z.Value)
				}
			}
			for _, sp := range enMonthSpans(h.s) {
				jan = jan || sp[0] == 1 && sp[1] == int(z.Value) // "Jan-Oct"
				nth = nth || sp[0] == 1 && sp[1] == int(z.Value)
			}
			if jan && nth {
				carry(z)
			}
		}
		if i+1 < len(zn) {
			// 9日至11日: "a three-day visit"
			d1, d2, ok := zhDayRange(zh, zn, z, zn[i+1])
			for _, e := range h.ns {
				if w := enWordAfter(h.s, e.End); ok && e.Kind == Cardinal && sameValue(e.Value, float64(d2-d1+1)) && (w == "day" || w == "days") {
					carry(zn[i+1])
					mark(e.Start)
				}
			}
		}
		if z.Kind == Cardinal && sameValue(z.Value, 11) && (strings.HasSuffix(zh[:z.Start], "双") || strings.HasSuffix(zh[:z.Start], "双“")) &&
			(strings.Contains(strings.ToLower(h.s), "singles' day") || strings.Contains(strings.ToLower(h.s), "singles’ day")) {
			carry(z) // 双11: Singles' Day
			continue
		}
		if hr := zhClockHour(zh, z); hr >= 0 {
			if !clocksRead {
				clocks, clocksRead = enClockTimes(h.s, h.toks), true
			}
			for _, c := range clocks {
				for _, x := range zhClockHours(zh, z, hr) {
					if c.hour == x {
						carry(z)
					}
				}
			}
			if wrongHalf(zh, z, hr, clocks, h) {
				if wrong == nil {
					wrong = map[int]bool{}
				}
				wrong[z.Start] = true
			}
			continue
		}
		if z.Kind == Month && strings.HasPrefix(zh[z.End:], "龄") {
			// 6月龄: six months of age
			for _, e := range h.ns {
				if e.Kind == Cardinal && sameValue(e.Value, float64(z.Month)) {
					carry(z)
				}
			}
			continue
		}
		if to := zhPrice(zh, z); to != nil {
			// 1.2元/斤 "2.4 yuan per kg"
			for _, e := range h.ns {
				f, ok := to[enPriceClass(h.s, e.End)]
				if !ok || e.Kind != Cardinal {
					continue
				}
				x, _ := strconv.ParseFloat(strconv.FormatFloat(z.Value*f, 'g', 10, 64), 64)
				if sameValue(e.Value, x) || roundsTo(e.Value, x) {
					carry(z)
					mark(e.Start)
				}
			}
			continue
		}
		to := zhConversion(zh, z)
		if to == nil {
			continue
		}
		perArea := 1.0
		if zhPerMu(zh, zn, z) {
			perArea = enPerArea(h.toks) // 每亩397.6公斤: "5,964 kg per hectare"
		}
		for _, e := range h.ns {
			if e.Kind != Cardinal || e.Value <= 0 {
				continue
			}
			f, ok := to[enUnitClass(h.s, e.End)]
			if !ok || f == 1 && perArea == 1 {
				continue // the same unit: compared by value as any number
			}
			f *= perArea
			x, _ := strconv.ParseFloat(strconv.FormatFloat(z.Value*f, 'g', 10, 64), 64)
			if sameValue(e.Value, x) || roundsTo(e.Value, x) {
				carry(z)
				mark(e.Start)
			}
		}
	}
	if clocksRead {
		for _, c := range clocks {
			// the hour and minutes of a time of day are no count
			for _, e := range h.ns {
				if e.Start >= c.start && e.End <= c.end {
					mark(e.Start)
				}
			}
		}
	}
	return out, wrong
}

// withWrong adds to miss, the numbers of zn the English lacks, those it
// gives at the wrong time of day, and orders them as the Chinese does.
func withWrong(miss, zn []Number, wrong map[int]bool) []Number {
	if len(wrong) == 0 {
		return miss
	}
	for _, z := range zn {
		if !wrong[z.Start] {
			continue
		}
		in := false
		for _, m := range miss {
			in = in || m.Start == z.Start
		}
		if !in {
			miss = append(miss, z)
		}
	}
	sort.SliceStable(miss, func(i, j int) bool { return miss[i].Start < miss[j].Start })
	return miss
}

// monthRange reports whether z and next, numbers of zh, are a range of
// months: a month number, 至, 到, a dash or a tilde, then a month with a
// larger number (1至10月, 1—10月, 3-5月).
func monthRange(zh string, z, next Number) bool {
	if z.Kind != Cardinal || z.Alt != 0 || !validMonth(z.Value) || next.Kind != Month || float64(next.Month) <= z.Value || next.Start < z.End {
		return false
	}
	switch zh[z.End:next.Start] {
	case "至", "到", "-", "—", "－", "–", "~", "～", "——":
		return true
	}
	return false
}

// zhDayRange gives the days of z and next, numbers of zh, when they are a
// range of days: a day, 至, 到 or a dash, and a later day (9日至11日,
// 9至11日); ok is false otherwise.
func zhDayRange(zh string, zn []Number, z, next Number) (d1, d2 int, ok bool) {
	if next.Start < z.End {
		return 0, 0, false
	}
	_, _, d2 = zhDay(zh, zn, next)
	gap := zh[z.End:next.Start]
	if _, _, d1 = zhDay(zh, zn, z); d1 != 0 {
		gap = strings.TrimPrefix(gap, "日")
	} else if z.Kind == Cardinal && z.Alt == 0 && validDay(z.Value) {
		d1 = int(z.Value) // 9至11日
	}
	switch gap {
	case "至", "到", "-", "—", "－", "–", "~", "～":
		return d1, d2, d1 != 0 && d2 > d1
	}
	return 0, 0, false
}

// enCurrencies are the currencies news converts a sum of yuan into.
var enCurrencies = map[string]bool{"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "yen": true, "u": true, "us": true}

// bracketedMoney reports whether the English number e is a sum in another
// currency in brackets, as news adds a conversion after a sum of yuan:
// "(about 14 million U.S. dollars)", "(1.4 billion euros)".
func bracketedMoney(en string, e Number) bool {
	open := strings.LastIndexByte(en[:e.Start], '(')
	if open < 0 || strings.ContainsRune(en[open:e.Start], ')') || !enCurrencies[enWordAfter(en, e.End)] {
		return false
	}
	return len(strings.Fields(en[open+1:e.Start])) <= 2 // "(about ", "(more than "
}

// enWordAfter gives the word after byte end of en, lower-cased.
func enWordAfter(en string, end int) string {
	rest := strings.TrimLeft(en[end:], " -")
	k := 0
	for k < len(rest) && isLetter(rest[k]) {
		k++
	}
	return strings.ToLower(rest[:k])
}

// zhDay gives the day of the month z names, with its month and year where
// the Chinese gives them (a bare day after a date, and not before it in the month, takes that
// date's month):
// a date with its day (1月7日, 2025年12月12日) or a bare day (10日,
// 24日17时, 8号晚上); day 0 when z is none.
func zhDay(zh string, zn []Number, z Number) (year, month, day int) {
	if z.Start < 0 || z.End > len(zh) {
		return 0, 0, 0
	}
	if z.Kind == Date && z.Day != 0 {
		if !strings.HasSuffix(zh[z.Start:z.End], "日") && !strings.HasSuffix(zh[z.Start:z.End], "号") {
			return 0, 0, 0 // 九·一八: an event's name
		}
		return z.Year, z.Month, z.Day
	}
	if z.Kind != Cardinal || z.Alt != 0 || z.Approx || !validDay(z.Value) {
		return 0, 0, 0
	}
	rest := zh[z.End:]
	switch {
	case strings.HasPrefix(rest, "日"):
		if strings.HasPrefix(rest, "日元") {
			return 0, 0, 0 // yen
		}
	case strings.HasPrefix(rest, "号"):
		if r, _ := utf8.DecodeRuneInString(rest[len("号"):]); unicode.Is(unicode.Han, r) && !strings.ContainsRune("晚上下中凌早夜午起至到前后", r) {
			return 0, 0, 0 // 3号线, 5号楼: a number, not a day
		}
	default:
		return 0, 0, 0
	}
	day = int(z.Value)
	for _, p := range zn {
		if p.Start >= z.Start {
			break
		}
		if p.Kind == Date && p.Month != 0 && p.Day != 0 {
			year, month = p.Year, p.Month
			if day < p.Day {
				year, month = 0, 0 // 12月12日 ... 11日, or 31日至1日: not known
			}
		}
	}
	return year, month, day
}

// weekdays reports which numbers of miss (the numbers of zh the English
// lacks) the English gives as weekdays, as news does with a day of the
// month ("the bureau said Wednesday" for 10日发布): the days are paired
// with the weekdays the English names, in order. None counts when the
// English gives a date the Chinese does not ("on Dec. 12" against 11日),
// when a date with its year falls on another weekday, or when two days
// and their weekdays are not as far apart.
func weekdays(zh string, zn, miss []Number, h *enHints, c NumberContext) (map[int]bool, map[int]CalendarNote) {
	var ws []time.Weekday
	seen := map[time.Weekday]bool{}
	for _, t := range h.toks {
		if w, ok := enWeekdays[t.text]; ok && !seen[w] {
			ws = append(ws, w)
			seen[w] = true
		}
	}
	if len(ws) == 0 {
		return nil, nil
	}
	type day struct {
		z                 Number
		year, month, mday int
	}
	var days []day
	for _, z := range miss {
		if y, m, d := zhDay(zh, zn, z); d != 0 {
			y, m = c.dayOf(y, m, d) // the year and month the article's date gives
			days = append(days, day{z, y, m, d})
		}
	}
	if len(days) == 0 {
		return nil, nil
	}
	for _, e := range h.ns {
		if e.Kind != Date || e.Day == 0 {
			continue
		}
		known := false
		for _, z := range zn {
			_, m, d := zhDay(zh, zn, z)
			known = known || d == e.Day && (m == 0 || m == e.Month)
		}
		if !known {
			return nil, nil // another date: the weekday may be its
		}
	}
	n := min(len(days), len(ws))
	ordinal := func(d day) (int, bool) {
		if d.month == 0 {
			return d.mday, false
		}
		y := d.year
		if y == 0 {
			y = 2001 // a common year: the distance of two dates without theirs
		}
		return int(time.Date(y, time.Month(d.month), d.mday, 12, 0, 0, 0, time.UTC).Unix() / 86400), true
	}
	var wrong map[int]CalendarNote
	for k := 0; k < n; k++ {
		d := days[k]
		if d.year == 0 || d.month == 0 {
			continue
		}
		if t := time.Date(d.year, time.Month(d.month), d.mday, 12, 0, 0, 0, time.UTC); t.Weekday() != ws[k] && t.Day() == d.mday {
			if wrong == nil {
				wrong = map[int]CalendarNote{}
			}
			wrong[d.z.Start] = CalendarNote{Date: t, Said: ws[k]} // 2024年3月4日 was a Monday
		}
	}
	if wrong != nil {
		return nil, wrong
	}
	for k := 0; k < n; k++ {
		d := days[k]
		if k == 0 {
			continue
		}
		a, am := ordinal(days[k-1])
		b, bm := ordinal(d)
		if am != bm {
			continue // one has a month, the other not: no distance
		}
		if ((b-a-(int(ws[k])-int(ws[k-1])))%7+7)%7 != 0 {
			return nil, nil
		}
	}
	out := map[int]bool{}
	for _, d := range days[:n] {
		out[d.z.Start] = true
	}
	return out, nil
}

// newsPhrase reports whether en renders z as news English writes three
// kinds of Chinese phrase that hold a number (check only: the aligner's
// reading is untouched): 零下 ("below zero") as "minus", "below zero",
// "sub-zero" or a minus sign, where 零 is the sign and no number; an age
// decade (60岁至69岁, 60到69岁) as "in their 60s" or "sixties"; and a
// lunar holiday named by its date (正月十五, 八月十五) as the holiday's
// name ("the Lantern Festival"). Found by the second held-out check
// probe (workflow/testdata/checkprobe2).
func newsPhrase(zh string, z Number, h *enHints) bool {
	if h == nil || h.s == "" || z.Start < 0 || z.End > len(zh) || z.Start > z.End {
		return false
	}
	has := func(words ...string) bool {
		for _, w := range words {
			if containsFold(h.s, w) {
				return true
			}
		}
		return false
	}
	if zh[z.Start:z.End] == "零" && strings.HasPrefix(zh[z.End:], "下") {
		r, _ := utf8.DecodeRuneInString(zh[z.End+len("下"):])
		if zhDigit(r) >= 0 || isNumeralRune(r) {
			return has("minus", "below zero", "below freezing", "sub-zero", "subzero") || enMinusSign.MatchString(h.s)
		}
	}
	if strings.Contains(zh[z.End:], "岁") {
		for _, m := range zhAgeDecade.FindAllStringSubmatchIndex(zh, -1) {
			if z.Start < m[0] || z.End > m[1] {
				continue
			}
			lo, _ := strconv.Atoi(zh[m[2]:m[3]])
			hi, _ := strconv.Atoi(zh[m[4]:m[5]])
			if hi == lo+9 && has(zh[m[2]:m[3]]+"s", zh[m[2]:m[3]]+"'s", decadeWords[lo/10]) {
				return true
			}
		}
	}
	for _, lh := range lunarHolidays {
		for off := 0; ; {
			i := strings.Index(zh[off:], lh.zh)
			if i < 0 {
				break
			}
			i += off
			off = i + len(lh.zh)
			if z.Start >= i && z.End <= off && has(lh.names...) {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case ASCII word w in any
// case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

var (
	// enMinusSign is a number with a minus sign: "-20 C", "(−5)".
	enMinusSign = regexp.MustCompile(`(^|[\s(])[-−–]\d`)
	// zhAgeDecade is a range of ages from a tens to its nine: 60岁至69岁.
	zhAgeDecade = regexp.MustCompile(`([1-9]0)岁?(?:至|到|-|—|～|~)([1-9]9)岁`)
	decadeWords = []string{"tens", "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
	// lunarHolidays are the festivals Chinese names by their lunar date.
	lunarHolidays = []struct {
		zh    string
		names []string
	}{
		{"正月初一", []string{"spring festival", "lunar new year", "chinese new year"}},
		{"正月十五", []string{"lantern festival"}},
		{"五月初五", []string{"dragon boat festival", "duanwu"}},
		{"七月初七", []string{"qixi", "double seventh"}},
		{"八月十五", []string{"mid-autumn festival", "moon festival"}},
		{"九月初九", []string{"double ninth", "chongyang"}},
		{"腊月初八", []string{"laba"}},
	}
)

// enMonthSpan is a range of months written with their names, full or
// abbreviated as headlines and tables write them: "Jan-Oct",
// "Jan.-Oct.", "January–October". Both ends must be month names, so a
// name ("Jan said") is no month.
var enMonthSpan = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? ?[-–—] ?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b`)

// enMonthSpans gives the first and last month (1-12) of each range of
// months the English writes with month names.
func enMonthSpans(s string) [][2]int {
	if !strings.ContainsAny(s, "-–—") {
		return nil
	}
	var out [][2]int
	for _, m := range enMonthSpan.FindAllStringSubmatch(s, -1) {
		out = append(out, [2]int{enMonths[strings.ToLower(m[1])], enMonths[strings.ToLower(m[2])]})
	}
	return out
}
