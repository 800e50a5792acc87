package articles

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NumberKind says what a number in a text stands for.
type NumberKind int

// The kinds of number the extractors find.
const (
	Cardinal NumberKind = iota // 12, 1.2万, three, 350 million
	Percent                    // 30%, 百分之三十, 30 percent, 30 per cent
	Ordinal                    // 第三, 3rd, third
	Date                       // 2025年12月9日, 12月9日, December 9, 2025, 9 December
	Month                      // 12月 alone, December alone
)

func (k NumberKind) String() string {
	switch k {
	case Percent:
		return "percent"
	case Ordinal:
		return "ordinal"
	case Date:
		return "date"
	case Month:
		return "month"
	}
	return "cardinal"
}

// Number is one number found in a text.
type Number struct {
	Kind NumberKind
	// Value of a cardinal, percent or ordinal (1.2万 is 12000, 30% is 30).
	Value float64
	// Year, Month and Day of a Date (zero when the text leaves them out), or
	// the Month of a Month.
	Year, Month, Day int
	// Byte offsets of the number's text: s[Start:End].
	Start, End int
	// Alt is the other end of a range written as two neighbouring
	// numerals (四五岁: 4 or 5 years old; 三五天): Value 4, Alt 5. Zero
	// for a single number.
	Alt float64
	// Approx marks a hedged number: "almost 16 million", "some 30", 近千,
	// 约三成, 30多年. A hedged number matches a value within 10 %.
	Approx bool
	// Joined marks a range of two counts with their measure words (三个五个,
	// 三年五载): present as any value between its ends.
	Joined bool
	// cal packs the CalendarNote of a day the English gives as a weekday
	// that the calendar contradicts (Calendar); 0 for none. Packed, it fits
	// in the struct's padding: a Number is no larger for it.
	cal uint32
}

// Calendar gives why the English's weekday for the day n is wrong
// (MissingNumbersIn: 5日 of an article of 2026-01-03 as "Sunday", a
// Monday); false when it is not.
func (n Number) Calendar() (CalendarNote, bool) {
	if n.cal == 0 {
		return CalendarNote{}, false
	}
	y, m, d, w := int(n.cal>>12), time.Month(n.cal>>8&15), int(n.cal>>3&31), time.Weekday(n.cal&7)
	return CalendarNote{Date: time.Date(y, m, d, 12, 0, 0, 0, time.UTC), Said: w}, true
}

// setCalendar packs c into n (years 1 to 1,048,575).
func (n *Number) setCalendar(c CalendarNote) {
	n.cal = uint32(c.Date.Year())<<12 | uint32(c.Date.Month())<<8 | uint32(c.Date.Day())<<3 | uint32(c.Said)
}

// String renders the number's value in a form both languages share, for
// messages: "12000", "30%", "2025-12-09", "12-09", "month 12".
func (n Number) String() string {
	switch n.Kind {
	case Percent:
		return formatValue(n.Value) + "%"
	case Date:
		var b strings.Builder
		if n.Year != 0 {
			b.WriteString(strconv.Itoa(n.Year))
			b.WriteByte('-')
		}
		b.WriteString(twoDigits(n.Month))
		if n.Day != 0 {
			b.WriteByte('-')
			b.WriteString(twoDigits(n.Day))
		}
		return b.String()
	case Month:
		return "month " + strconv.Itoa(n.Month)
	}
	return formatValue(n.Value)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// ---------------------------------------------------------------- Chinese

// zhDigit gives the value of an Arabic or full-width digit, or -1.
func zhDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// zhNumeral gives the value of a Chinese digit (零〇一二两三...九), or -1.
func zhNumeral(r rune) int {
	switch r {
	case '零', '〇', '○':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// zhUnit gives the multiplier of 十百千万亿, or 0.
func zhUnit(r rune) float64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	case '万':
		return 1e4
	case '亿':
		return 1e8
	}
	return 0
}

// zhIdioms are words that hold a numeral character but no number a
// translation would carry; a numeral run that starts one is skipped.
var zhIdioms = []string{
	"十分", "万一", "万分", "一些", "一定", "一直", "一起", "一般", "一样", "一切", "一旦", "一致",
	"一同", "一道", "一体", "一贯", "一向", "一度", "一带一路", "两岸", "四川", "三亚", "九州",
	"千方百计", "万众", "千万", "万亿", "千里", "百姓", "百花", "三峡", "十足", "一线", "五湖四海", "千家万户",
	"二者", "两者", // "the two", "both", or just the pair named
	// the people just named: "Gu and Huang", "the two of them", "we" (two
	// persons counted, 两人 and 二人, are loose counts: see looseCount)
	"二位", "两位", "俩人", "咱们两个", "我们两个", "他们两个", "她们两个", "你们两个",
	"他两个", "她两个", "你两个", "我们俩", "他们俩", "她们俩", "你们俩", "咱俩", "我俩", "他俩", "她俩", "你俩",
	// in twos and threes; one by one; millions and millions; two in one
	"说一千道一万", "三三两两", "一一", "一点一点", "一点点", "一成半成", "千百万", "成千上万", "千千万万", "成千成万", "合二为一", "老两口", "正反两方面",
	// days of the week: "Monday", "Thursday"
	"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六",
	// paired parts of the body: "her legs", "his hands"; the limbs, the organs
	"四肢", "五脏", "五内", "六腑", "百骸",
	"两腿", "两手", "两眼", "两脚", "两臂", "两耳", "两肩", "两颊", "两腮", "两鬓", "两膝",
	"两条腿", "两只手", "两只眼", "两只脚", "两只眼睛", "两只胳膊",
	// both sides, either end: "beside the road", "either side"
	"两边", "两侧", "两旁", "两端", "两头", "两极",
	// the night watches: "midnight"
	"二更", "三更", "四更", "五更", "三鼓", "四鼓",
	// 十万八千里: "a world apart", and the like
	"十万八千",
	// a complete reversal, "a U-turn", "an about-face"
	"一百八十度大转弯", "一百八十度的大转弯", "一百八十度转变", "一百八十度的转变",
}

// zhKin are the forms of address a birth-order numeral may precede: 二哥
// "Brother Er", 宝二爷 "Master Bao", 琏二婶子 "Auntie Lian".
var zhKin = []string{"爷", "哥", "姐", "嫂", "婶", "叔", "伯", "奶奶", "太太", "姑娘", "妹", "弟", "舅", "姨", "娘", "小姐", "公子", "少爷", "老爷", "掌柜", "丫头"}

// notACount reports whether the numerals runes at s[start:end] are not a
// count: a birth order before a form of address (二哥, 三姐), or the
// number of characters of a Chinese phrase the English quotes or renders
// in other words (四个字, “逐鹿”两字).
func notACount(s string, start, end int, runes []rune) bool {
	rest := s[end:]
	if p, _ := utf8.DecodeLastRuneInString(s[:start]); (p == '这' || p == '那' || p == '此' || p == '该') && !strings.ContainsAny(rest[:min(len(rest), len("楼"))], "楼层号届") {
		return true // 这两个因素: the count was given before; "these factors"
	}
	if len(runes) == 1 && runes[0] == '四' && strings.HasPrefix(rest, "周") && !strings.HasSuffix(s[:start], "为期") &&
		!strings.HasPrefix(rest, "周后") && !strings.HasPrefix(rest, "周内") && !strings.HasPrefix(rest, "周时间") {
		return true // 四周: "all around", not four weeks
	}
	if len(runes) == 1 {
		for _, k := range zhKin {
			if strings.HasPrefix(rest, k) {
				return true
			}
		}
	}
	for _, w := range []string{"字", "个字", "个大字", "个小字"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// an enumeration marker after 一是, 一来, 一则, 一不, 一没: 二是, 二来
	if len(runes) == 1 && runes[0] != '一' {
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune("是来则不没", r) && strings.Contains(s[:start], "一"+string(r)) {
			return true
		}
	}
	return false
}

// afterMonth reports whether s[:i] ends with 月: 一日 is a date only there
// (12月1日); alone it is "one day".
func afterMonth(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '月'
}

// zhClassifiers are measure words: a lone 十, 百 or 千 before one of them
// is a number (十人, 百家).
const zhClassifiers = "人名家个位项次年天岁件座所条种批届期篇份台辆吨元米倍"

// zhMetric are the units that 千 prefixes as "kilo-" (千米 km, 千克 kg).
const zhMetric = "米克瓦卡伏赫焦帕比"

// zhToken is a number before dates are joined: its value and the unit
// character (年月日号) right after it, if any.
type zhToken struct {
	n    Number
	unit rune
	// plain: written as digits or numerals with no 第/百分之/%/multiplier, so
	// it may be part of a date.
	plain bool
}

// ZHNumbers extracts the numbers of a Chinese text, in order: Arabic and
// full-width digits with decimals and thousands separators, 万 and 亿
// multipliers (1.2万 = 12000, 3.5亿 = 350000000), Chinese numerals (三十,
// 十二, 两千, 二〇二五), percentages (30%, 30％, 百分之三十), ordinals (第三)
// and dates (2025年12月9日, 12月9日, 2025年12月; 12月 alone is a Month).
//
// A lone 一 and numerals inside idioms (十分, 万一, 一些, ...) are not
// numbers a translation carries, and are left out; so are 几十, 数百 and
// the like ("dozens", "hundreds").
func ZHNumbers(s string) []Number {
	var toks []zhToken
	words := numeralWordSpans(s)
	i := 0
	for i < len(s) {
		for len(words) > 0 && words[0][1] <= i {
			words = words[1:]
		}
		if len(words) > 0 && words[0][0] <= i {
			i = words[0][1] // a word or idiom: its numerals are not numbers
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case zhDigit(r) >= 0:
			t, next := zhArabic(s, i)
			if !minutes(s, i) && !latinCode(s, i, next) && !placeholder(s, i, next) {
				toks = append(toks, t)
			}
			i = next
		case zhNumeral(r) >= 0 || zhUnit(r) != 0 && r != '万' && r != '亿' || r == '第' || strings.HasPrefix(s[i:], "百分之"):
			t, next, ok := zhChinese(s, i)
			if ok {
				toks = append(toks, t)
			}
			i = max(next, i+size) // past what was read, number or not
		default:
			i += size
		}
	}
	return joinDoublings(s, joinRanges(s, joinFractions(s, joinDotDates(s, joinDecades(s, joinDates(toks))))))
}

// joinDoublings reads 翻N番, doubled N times, as 2^N: 翻两番 is
// "quadrupled", "fourfold", not "doubled".
func joinDoublings(s string, ns []Number) []Number {
	for i, n := range ns {
		if n.Kind == Cardinal && n.Alt == 0 && n.Value < 10 && strings.HasPrefix(s[n.End:], "番") && strings.HasSuffix(strings.TrimSuffix(s[:n.Start], "了"), "翻") {
			ns[i].Value = math.Pow(2, n.Value)
		}
	}
	return ns
}

// joinRanges reads two counts with the same measure word, the smaller
// first, as a vague range: 三个五个 "a handful", 三年五载 "a few years"
// (and 年 with 载).
func joinRanges(s string, ns []Number) []Number {
	out := ns[:0]
	for i := 0; i < len(ns); i++ {
		n := ns[i]
		if i+1 < len(ns) {
			m := ns[i+1]
			gap := s[n.End:m.Start]
			x, size := utf8.DecodeRuneInString(gap)
			if n.Kind == Cardinal && m.Kind == Cardinal && n.Alt == 0 && m.Alt == 0 && n.Value >= 1 && n.Value < m.Value && m.Value < 10 &&
				size == len(gap) && unicode.Is(unicode.Han, x) && (strings.HasPrefix(s[m.End:], gap) || x == '年' && strings.HasPrefix(s[m.End:], "载")) {
				out = append(out, Number{Kind: Cardinal, Value: n.Value, Alt: m.Value, Start: n.Start, End: m.End, Joined: true})
				i++
				continue
			}
		}
		out = append(out, n)
	}
	return out
}

// joinFractions reads N分之M as the fraction M/N (四分之三 is 0.75,
// "three-quarters"); 百分之 is read as a percentage before.
func joinFractions(s string, ns []Number) []Number {
	out := ns[:0]
	for i := 0; i < len(ns); i++ {
		n := ns[i]
		if i+1 < len(ns) && n.Kind == Cardinal && n.Value != 0 && s[n.End:ns[i+1].Start] == "分之" && ns[i+1].Kind == Cardinal {
			m := ns[i+1]
			out = append(out, Number{Kind: Cardinal, Value: m.Value / n.Value, Start: n.Start, End: m.End})
			i++
			continue
		}
		out = append(out, n)
	}
	return out
}

// latinCode reports whether the digits at s[i:j] are part of a Latin code
// or name: a Latin letter touches them (3Com, TLR7, 3K, PalmVII).
func latinCode(s string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[j:])
	latin := func(r rune) bool { return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') }
	return i > 0 && latin(before) || j < len(s) && latin(after)
}

// placeholder reports whether the digits at s[i:j] number a placeholder
// of a software message (%1$s, %2$d, {0}), not a quantity.
func placeholder(s string, i, j int) bool {
	return i > 0 && s[i-1] == '%' && j < len(s) && s[j] == '$' || i > 0 && s[i-1] == '{' && j < len(s) && s[j] == '}'
}

// minutes reports whether the digits at s[i:] are the minutes of a time
// (7：30, 10:00): they follow the hour and a colon.
func minutes(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if r != ':' && r != '：' {
		return false
	}
	h, _ := utf8.DecodeLastRuneInString(s[:i-size])
	return zhDigit(h) >= 0
}

// shortYear reports whether v is year y written with two digits (六二届:
// the class of 1962).
func shortYear(v, y float64) bool {
	return v >= 10 && v < 100 && v == math.Trunc(v) && y >= 1900 && y < 2100 && math.Mod(y, 100) == v
}

// joinDotDates reads month·day names of events (六·二六, 九·一八, 5·12):
// a date, "April 28".
func joinDotDates(s string, ns []Number) []Number {
	out := ns[:0]
	for i := 0; i < len(ns); i++ {
		n := ns[i]
		if i+1 < len(ns) && n.Kind == Cardinal && n.Alt == 0 && validMonth(n.Value) {
			m := ns[i+1]
			gap := s[n.End:m.Start]
			if (gap == "·" || gap == "•" || gap == "・") && m.Kind == Cardinal && validDay(m.Value) {
				out = append(out, Number{Kind: Date, Month: int(n.Value), Day: int(m.Value), Start: n.Start, End: m.End})
				i++
				continue
			}
		}
		out = append(out, n)
	}
	return out
}

// joinDecades reads centuries and decades: 20世纪60年代 is the 1960s
// (1960, also "the sixties": Alt 60), 1970年代 is 1970 (Alt 70), 九十年代
// is 90 ("the nineties"; Alt 1990).
func joinDecades(s string, ns []Number) []Number {
	out := ns[:0]
	for i := 0; i < len(ns); i++ {
		n := ns[i]
		if n.Kind == Cardinal && strings.HasPrefix(s[n.End:], "世纪") && i+1 < len(ns) {
			m := ns[i+1]
			if m.Start == n.End+len("世纪") && m.Kind == Cardinal && m.Value < 100 && strings.HasPrefix(s[m.End:], "年代") {
				n = Number{Kind: Cardinal, Value: (n.Value-1)*100 + m.Value, Alt: m.Value, Start: n.Start, End: m.End + len("年代")}
				i++
				out = append(out, n)
				continue
			}
		}
		if n.Kind == Cardinal && n.Alt == 0 && strings.HasPrefix(s[n.End:], "年代") && math.Mod(n.Value, 10) == 0 {
			switch {
			case n.Value >= 1000:
				n.Alt = math.Mod(n.Value, 100)
			case n.Value < 100:
				n.Alt = 1900 + n.Value
			}
			n.End += len("年代")
		}
		out = append(out, n)
	}
	return out
}

// zhArabic reads digits at s[i:]: decimals, thousands separators, then
// multipliers, a percent sign and a date unit.
func zhArabic(s string, i int) (zhToken, int) {
	start := i
	var b strings.Builder
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := zhDigit(r); d >= 0 {
			b.WriteByte(byte('0' + d))
			i += size
			continue
		}
		if (r == ',' || r == '，') && b.Len() > 0 && !strings.Contains(b.String(), ".") && threeDigitsAt(s, i+size) {
			i += size
			continue
		}
		if (r == '.' || r == '．') && b.Len() > 0 && !strings.Contains(b.String(), ".") && i+size < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[i+size:]); zhDigit(r2) >= 0 {
				b.WriteByte('.')
				i += size
				continue
			}
		}
		break
	}
	v, _ := strconv.ParseFloat(b.String(), 64)
	t := zhToken{n: Number{Kind: Cardinal, Value: v, Start: start}, plain: true}
	i = zhSuffix(s, i, &t)
	return t, i
}

// threeDigitsAt reports whether s[i:] starts with exactly three digits.
func threeDigitsAt(s string, i int) bool {
	n := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if zhDigit(r) < 0 {
			break
		}
		n++
		i += size
	}
	return n == 3
}

// zhSuffix reads what may follow a number: multipliers (万, 亿, 千万, ...),
// a percent sign, or a date unit.
func zhSuffix(s string, i int, t *zhToken) int {
	mult := 1.0
	i = skipAbout(s, i)
	if strings.HasPrefix(s[i:], " 万") || strings.HasPrefix(s[i:], " 亿") {
		i++ // 20 亿: a space between the digits and their multiplier
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		u := zhUnit(r)
		if u == 0 || u == 10 && t.n.Value != math.Trunc(t.n.Value) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[i+size:]); u == 1000 && strings.ContainsRune(zhMetric, next) {
			break // 千米, 千克: kilo-, not thousand
		}
		mult *= u
		i += size
	}
	if mult != 1 {
		t.n.Value *= mult
		t.plain = false
	}
	if i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '%', '％':
			t.n.Kind = Percent
			t.plain = false
			i += size
		case '年', '月', '日', '号':
			if t.plain {
				t.unit = r
			}
		}
	}
	t.n.End = i
	return i
}

// zhChinese reads a run of Chinese numerals at s[i:], with a leading 第 or
// 百分之. ok is false when the run is not a number a translation carries.
func zhChinese(s string, i int) (zhToken, int, bool) {
	start := i
	kind := Cardinal
	if strings.HasPrefix(s[i:], "第") {
		kind = Ordinal
		i += len("第")
	} else if strings.HasPrefix(s[i:], "百分之") {
		kind = Percent
		i += len("百分之")
	}
	for _, w := range zhIdioms {
		if strings.HasPrefix(s[i:], w) {
			return zhToken{}, i + len(w), false
		}
	}
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		next, _ := utf8.DecodeRuneInString(s[i:])
		if r == '几' || r == '数' || r == '若' || r == '上' && (next == '百' || next == '千' || next == '万') {
			// 几十, 数百, 上千: "dozens", "hundreds", "thousands"
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if zhNumeral(r) < 0 && zhUnit(r) == 0 {
					break
				}
				i += size
			}
			return zhToken{}, i, false
		}
	}
	// An ordinal or percent may be written in Arabic digits: 第14届, 百分之30.
	if kind != Cardinal && i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); zhDigit(r) >= 0 {
			t, next := zhArabic(s, i)
			if t.n.Kind == Cardinal {
				t.n.Kind = kind
			}
			t.n.Start, t.plain, t.unit = start, false, 0
			return t, next, true
		}
	}
	var runes []rune
	tael := 0
	if strings.HasPrefix(s[i:], "两") && (strings.HasPrefix(s[i+len("两"):], "银") || strings.HasPrefix(s[i+len("两"):], "金") || strings.HasSuffix(s[:i], "若干") ||
		strings.HasSuffix(s[:i], "万") || strings.HasSuffix(s[:i], "千") || strings.HasSuffix(s[:i], "百")) {
		return zhToken{}, i + len("两"), false // 若干两, 两银子: taels
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if zhNumeral(r) < 0 && zhUnit(r) == 0 {
			break
		}
		if r == '两' && len(runes) > 0 {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); zhUnit(next) == 0 {
				tael = i + size // 五十两: fifty taels, 两 is the measure (一万两千 is 12,000)
				break
			}
		}
		runes = append(runes, r)
		i += size
	}
	if len(runes) == 0 {
		return zhToken{}, i, false
	}
	if kind == Cardinal && notACount(s, start, i, runes) {
		return zhToken{}, max(i, tael), false
	}
	if tael > 0 {
		v, ok := parseZHNumeral(runes)
		if !ok {
			return zhToken{}, tael, false
		}
		if lo, hi, ok := zhRange(runes); ok {
			return zhToken{n: Number{Kind: Cardinal, Value: lo, Alt: hi, Start: start, End: i}}, tael, true
		}
		return zhToken{n: Number{Kind: kind, Value: v, Start: start, End: i}}, tael, v != 1
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); r == '几' {
		if v, ok := parseZHNumeral(runes); ok && kind == Cardinal && v >= 20 && v < 100 && math.Mod(v, 10) == 0 {
			// 三十几家: "thirty-odd", "more than thirty", as 三十多
			return zhToken{n: Number{Kind: Cardinal, Value: v, Start: start, End: i + len("几")}}, i + len("几"), true
		}
		return zhToken{}, i, false // 十几, 几十: "a dozen or so"
	}
	if kind == Cardinal && strings.HasPrefix(s[i:], "点") {
		// 零点五, 三点五: decimals written in numerals
		j := i + len("点")
		var frac []rune
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if zhNumeral(r) < 0 {
				break
			}
			frac = append(frac, r)
			j += size
		}
		if whole, ok := parseZHNumeral(runes); ok && len(frac) > 0 && !strings.ContainsRune(string(frac), '两') {
			f, _ := parseZHNumeral(frac)
			v := whole + f/math.Pow(10, float64(len(frac)))
			return zhToken{n: Number{Kind: Cardinal, Value: v, Start: start, End: j}}, j, true
		}
	}
	if kind == Cardinal && strings.HasPrefix(s[i:], "成") && len(runes) == 1 && zhNumeral(runes[0]) > 0 && tenths(s[i+len("成"):]) {
		// 七成: seventy percent
		v := float64(zhNumeral(runes[0])) * 10
		return zhToken{n: Number{Kind: Percent, Value: v, Start: start, End: i + len("成")}}, i + len("成"), true
	}
	if string(runes) == "百十" && kind == Cardinal {
		// 百十: "a hundred or so"
		return zhToken{n: Number{Kind: Cardinal, Value: 100, Alt: 110, Start: start, End: i}}, i, true
	}
	if kind == Cardinal && vagueUnits(runes) {
		// 千百年, 千百次, 万千: "for centuries", "countless times", as 几十
		// and 数百 are "dozens", "hundreds"
		return zhToken{}, i, false
	}
	if lo, hi, ok := zhRange(runes); ok && kind == Cardinal {
		// 四五岁, 三五天, 一两个: a range, "four or five", "a few"
		return zhToken{n: Number{Kind: Cardinal, Value: lo, Alt: hi, Start: start, End: i}}, i, true
	}
	v, ok := parseZHNumeral(runes)
	if !ok {
		return zhToken{}, i, false // 十四五 (the 14th Five-Year Plan) is a name, not a number
	}
	t := zhToken{n: Number{Kind: kind, Value: v, Start: start, End: i}, plain: kind == Cardinal}
	if next := skipAbout(s, i); next != i {
		// 三十多万, 二十余亿: "more than 300,000"
		for next < len(s) {
			r, size := utf8.DecodeRuneInString(s[next:])
			u := zhUnit(r)
			if u == 0 {
				break
			}
			t.n.Value *= u
			next += size
		}
		t.n.End, t.plain = next, false
		return t, next, true
	}
	if kind == Cardinal {
		r, _ := utf8.DecodeRuneInString(s[i:])
		isUnit := r == '年' || r == '月' || r == '日' || r == '号'
		switch {
		case v == 1 && (r != '月' && r != '日' && r != '号' || r != '月' && !afterMonth(s, start)):
			// 一 alone is "a"/"an"/"one" or part of a word (一行, 一方面,
			// 一年一度)
			return zhToken{}, i, false
		case isUnit:
			t.unit = r
		case !hasDigit(runes) && len(runes) == 1 && (!strings.ContainsRune(zhClassifiers, r) || runes[0] == '千' && strings.ContainsRune(zhMetric, r)):
			// a lone 十/百/千 is a number only before a measure word (十人)
			return zhToken{}, i, false
		}
	}
	return t, i, true
}

// tenths reports whether 成 before rest is "tenths" (七成, 三成的人) and not
// the start of a word (这一成绩, 一成不变).
func tenths(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.Is(unicode.Han, r) || !strings.ContainsRune(zhChengWords, r)
}

// zhChengWords are the second characters of words that begin with 成
// (成绩, 成功, 成为, 成立, 成员...), where 成 is not "tenths".
const zhChengWords = "绩功为立员本果熟长就交都年人效形分型色品全器规群套批千百万事语"

// zhRange reads two numerals that name a range rather than a two-digit
// number: neighbours (一两, 两三, 三四, 四五 ... 八九) and 三五.
func zhRange(runes []rune) (lo, hi float64, ok bool) {
	if len(runes) != 2 || zhUnit(runes[0]) != 0 || zhUnit(runes[1]) != 0 {
		return 0, 0, false
	}
	a, b := zhNumeral(runes[0]), zhNumeral(runes[1])
	if a <= 0 || b <= 0 {
		return 0, 0, false
	}
	if b == a+1 || a == 3 && b == 5 {
		return float64(a), float64(b), true
	}
	return 0, 0, false
}

// vagueUnits reports whether runes are bare units, each no larger than the
// one before (千百, 万千, 百千): an indefinite multitude, not a number. A
// larger unit after a smaller one multiplies it (十万, 百万, 千亿).
func vagueUnits(runes []rune) bool {
	if len(runes) < 2 {
		return false
	}
	prev := math.Inf(1)
	for _, r := range runes {
		u := zhUnit(r)
		if u == 0 || u > prev {
			return false
		}
		prev = u
	}
	return true
}

// skipAbout skips a 多 or 余 at s[i:] that stands between a number and its
// multiplier (20多万); it returns i when there is none.
func skipAbout(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r != '多' && r != '余' {
		return i
	}
	if r2, _ := utf8.DecodeRuneInString(s[i+size:]); zhUnit(r2) != 0 {
		return i + size
	}
	return i
}

func hasDigit(runes []rune) bool {
	for _, r := range runes {
		if zhNumeral(r) >= 0 {
			return true
		}
	}
	return false
}

// parseZHNumeral reads 三十, 十二, 两千五百, 一亿二千万, and digit-by-digit
// years (二〇二五).
// It reports false for a run that is not one number, such as 十四五 (two
// digits in a row after a unit).
func parseZHNumeral(runes []rune) (float64, bool) {
	units := false
	for _, r := range runes {
		if zhUnit(r) != 0 {
			units = true
		}
	}
	if !units {
		v := 0.0
		for _, r := range runes {
			v = v*10 + float64(zhNumeral(r))
		}
		return v, true
	}
	var total, section, num float64
	digit := false // the previous rune was a digit
	for _, r := range runes {
		if d := zhNumeral(r); d >= 0 {
			if digit && d != 0 {
				return 0, false
			}
			num, digit = float64(d), d != 0
			continue
		}
		digit = false
		switch u := zhUnit(r); u {
		case 10, 100, 1000:
			if num == 0 {
				num = 1
			}
			section += num * u
			num = 0
		case 1e4:
			section += num
			if section == 0 {
				section = 1
			}
			total += section * u
			section, num = 0, 0
		case 1e8:
			section += num
			if total+section == 0 {
				section = 1
			}
			total = (total + section) * u
			section, num = 0, 0
		}
	}
	return total + section + num, true
}

// joinDates turns Y年M月D日, M月D日 and Y年M月 into dates, a lone M月 into a
// month, and a lone Y年 or D日 into a cardinal.
func joinDates(toks []zhToken) []Number {
	out := make([]Number, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		adjacent := func(j int, unit rune) bool {
			return j < len(toks) && toks[j].unit == unit && toks[j].n.Start == toks[j-1].n.End+len(string(toks[j-1].unit))
		}
		switch t.unit {
		case '年':
			if adjacent(i+1, '月') && validMonth(toks[i+1].n.Value) {
				d := Number{Kind: Date, Year: int(t.n.Value), Month: int(toks[i+1].n.Value), Start: t.n.Start, End: toks[i+1].n.End + len("月")}
				i++
				if (adjacent(i+1, '日') || adjacent(i+1, '号')) && validDay(toks[i+1].n.Value) {
					d.Day = int(toks[i+1].n.Value)
					d.End = toks[i+1].n.End + len("日")
					i++
				}
				out = append(out, d)
				continue
			}
		case '月':
			if !validMonth(t.n.Value) {
				break
			}
			if (adjacent(i+1, '日') || adjacent(i+1, '号')) && validDay(toks[i+1].n.Value) {
				out = append(out, Number{Kind: Date, Month: int(t.n.Value), Day: int(toks[i+1].n.Value), Start: t.n.Start, End: toks[i+1].n.End + len("日")})
				i++
				continue
			}
			out = append(out, Number{Kind: Month, Month: int(t.n.Value), Start: t.n.Start, End: t.n.End + len("月")})
			continue
		}
		out = append(out, t.n)
	}
	return out
}

func validMonth(v float64) bool { return v >= 1 && v <= 12 && v == math.Trunc(v) }
func validDay(v float64) bool   { return v >= 1 && v <= 31 && v == math.Trunc(v) }

// ---------------------------------------------------------------- English

var enSmall = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
	// words that carry a number without naming it
	"both": 2, "twice": 2, "pair": 2, "double": 2, "dual": 2, "binary": 2, "dozen": 12, "dozens": 12,
	"week": 7, "fortnight": 14, "trio": 3, "duo": 2, "quartet": 4, "quintet": 5, "tripod": 3, "tripartite": 3, "trilateral": 3, "bilateral": 2, "tricolor": 3, "tricolour": 3,
	"single": 1, "once": 1, "triple": 3, "thrice": 3, "couple": 2, "twin": 2, "twins": 2,
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
	"eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
	// 100 years, ten years; "three decades" is 30 (decades is also a scale)
	"centenary": 100, "centennial": 100, "century": 100, "bicentenary": 200, "bicentennial": 200,
	"decade": 10, "decades": 10, "millennium": 1000, "millennia": 1000, "millennial": 1000, "trinity": 3,
	// "the nineties" for 九十年代
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
	"eighties": 80, "nineties": 90,
}

var enOrdinal = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"firstly": 1, "secondly": 2, "thirdly": 3, "fourthly": 4, "fifthly": 5, "sixthly": 6,
}

var enScale = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
	"bn": 1e9, "tn": 1e12, "decades": 10, "decade": 10, "centuries": 100, "dozen": 12, "millennia": 1000,
}

var enMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ---------------------------------------------------------------- matching

func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// MissingNumbers returns the numbers of the Chinese zh that the English en
// does not carry. A cardinal, percent or ordinal is present when en has a
// number of the same value in any form (30% and "30 percent"; 第三 and
// "third"; 1.2万 and "12,000"), or as a date's day or year; a date when en
// has a date of the same month and day (and year, given in the date or
// anywhere in en); a month when en names it.
func MissingNumbers(zh, en string) []Number { return MissingNumbersIn(zh, en, NumberContext{}) }

// MissingNumbersIn is MissingNumbers for a segment of an article whose
// context c is known: with the article's date, a year or a month is present
// as "this year", "last month"..., and a weekday the English gives for a
// day is checked against the calendar (Number.Calendar).
func MissingNumbersIn(zh, en string, c NumberContext) []Number {
	read := ZHNumbers(zh)
	// 3:1: the 1 too, as a number the English must carry; whether the
	// English substitutes numbers for a loose count is judged on the
	// numbers as read, as before (a score's "2" stays no count's)
	zn := withScores(zh, read)
	if len(zn) == 0 {
		return nil
	}
	ens, h := enCheckNumbers(en)
	for i, e := range ens {
		if e.Approx && hasValueIn(zn, e.Value) {
			ens[i].Approx = false // "over 20" for 20 is that number, not 23 rounded
		}
	}
	news, wrong := newsForms(zh, zn, h) // 17时 "5 p.m.", 亿斤 in tonnes
	for _, e := range ens {
		if e.Kind == Cardinal && e.Value >= 1 && enOwn(en, e, read, h) {
			h.substituted = true
		}
	}
	out := withWrong(missing(zh, zn, ens, h), zn, wrong) // 9时 as "9 p.m."
	days, cal := weekdays(zh, zn, out, h, c)             // 10日 "Wednesday"
	var sub *substitution                                // worked out for the first loose count
	var inWords map[int]bool                             // 0比1 "a goal behind"
	if len(out) > 0 {
		inWords = scoresInWords(zh, zn, h)
	}
	kept := out[:0]
	for _, z := range out {
		if news[z.Start] || days[z.Start] || inWords[z.Start] || converted(zh, zn, z, h) || conveyed(zh, zn, z, h) || relative(zh, z, h, c) {
			continue
		}
		if z.Kind == Month && !strings.HasPrefix(zh[z.End:], "龄") && !enNamesMonth(h) && c.monthCarried(z.Month) {
			continue // 10月份 left out where the paragraph said "in October"
		}
		if n, ok := cal[z.Start]; ok {
			z.setCalendar(n)
		}
		if looseCount(zh, z) {
			if sub == nil {
				s := substituted(zh, read, en, ens, h)
				sub = &s
			}
			if !sub.of(zh, z) {
				continue
			}
		}
		kept = append(kept, z)
	}
	if len(kept) > 0 && c.headline() {
		kept = c.bodyCarried(en, kept, read, ens, h) // a condensed headline: "24th" in the lede
	}
	return withCalendar(kept, zn, enDatedWeekdays(zh, zn, h, c)) // "Friday, Oct. 16" for a Thursday
}

// withCalendar adds to miss the days of zn that the English dates with a
// weekday the calendar contradicts (noted in cal), in the Chinese's order.
func withCalendar(miss, zn []Number, cal map[int]CalendarNote) []Number {
	if len(cal) == 0 {
		return miss
	}
	for _, z := range zn {
		n, ok := cal[z.Start]
		if !ok {
			continue
		}
		in := false
		for k := range miss {
			if miss[k].Start == z.Start {
				in = true
				if miss[k].cal == 0 {
					miss[k].setCalendar(n)
				}
			}
		}
		if !in {
			z.setCalendar(n)
			miss = append(miss, z)
		}
	}
	sort.SliceStable(miss, func(i, j int) bool { return miss[i].Start < miss[j].Start })
	return miss
}

// Missing returns the numbers of zh that en does not carry (see
// MissingNumbers).
func Missing(zh, en []Number) []Number { return missing("", zh, en, &enHints{}) }

func missing(zhText string, zh, en []Number, h *enHints) []Number {
	var out []Number
	for _, z := range zh {
		if !present(zhText, z, en, h) {
			out = append(out, z)
		}
	}
	return append(out, uncounted(zhText, zh, en)...)
}

// digitDate reports whether z, numerals of zh read digit by digit (七七,
// 五四, 一二九), names a day as Chinese names events and holidays — its
// digits split into a month and a day — and the English gives that date:
// a month with that day ("July 7", "the 7th of July", "May Fourth").
func digitDate(zh string, z Number, en []Number) bool {
	if z.Start < 0 || z.End > len(zh) || z.Alt != 0 {
		return false
	}
	var ds []int
	for _, r := range zh[z.Start:z.End] {
		d := zhNumeral(r)
		if d < 0 || r == '两' {
			return false
		}
		ds = append(ds, d)
	}
	if len(ds) < 2 || len(ds) > 4 {
		return false
	}
	val := func(ds []int) int {
		v := 0
		for _, d := range ds {
			v = v*10 + d
		}
		return v
	}
	for k := 1; k < len(ds); k++ {
		m, d := val(ds[:k]), val(ds[k:])
		if ds[0] == 0 || ds[k] == 0 || m > 12 || d < 1 || d > 31 {
			continue
		}
		for i, e := range en {
			if e.Kind == Date && e.Month == m && e.Day == d {
				return true
			}
			if e.Kind == Month && e.Month == m && i+1 < len(en) && sameValue(en[i+1].Value, float64(d)) && en[i+1].Start-e.End <= 1 {
				return true // "May Fourth"
			}
		}
	}
	return false
}

// zhHolidays are the days Chinese names by their date in numerals, with
// the English names of the holiday.
var zhHolidays = map[string][]string{
	"十一": {"national day"},
	"五一": {"may day", "labor day", "labour day"},
	"六一": {"children's day", "children’s day"},
	"三八": {"women's day", "women’s day"},
	"八一": {"army day"},
	"五四": {"youth day", "may fourth"},
	"七一": {"party's founding", "party’s founding", "founding of the party", "founding anniversary"},
}

// holiday reports whether z is a holiday named by its date (“十一”,
// 五一假期, 六一儿童节) and the English names the holiday: quoted, or
// before 节, 假期, 长假, 黄金周 or 前夕.
func holiday(zh string, z Number, h *enHints) bool {
	if h == nil || h.s == "" || z.Start < 0 || z.End > len(zh) {
		return false
	}
	names := zhHolidays[zh[z.Start:z.End]]
	if names == nil {
		return false
	}
	rest := zh[z.End:]
	quoted := strings.HasSuffix(zh[:z.Start], "“") && strings.HasPrefix(rest, "”")
	rest = strings.TrimPrefix(rest, "”")
	named := quoted
	for _, w := range []string{"节", "儿童节", "妇女节", "劳动节", "建军节", "青年节", "国庆", "假期", "长假", "小长假", "黄金周", "前夕", "期间"} {
		named = named || strings.HasPrefix(rest, w)
	}
	if !named {
		return false
	}
	low := strings.ToLower(h.s)
	for _, n := range names {
		if strings.Contains(low, n) {
			return true
		}
	}
	return false
}

// listLabel reports whether z opens zh as the label of a heading or of an
// item of a list ("2.", "3．", "二、", "(4)", "（五）"): a label counts
// nothing, so a list of members in the English does not carry it.
func listLabel(zh string, z Number) bool {
	if z.Kind != Cardinal || z.Start < 0 || z.End > len(zh) {
		return false
	}
	rest := zh[z.End:]
	sep := ""
	for _, p := range []string{")", "）", ".", "．", "、"} {
		if strings.HasPrefix(rest, p) {
			sep = p
		}
	}
	if sep == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest[len(sep):]); zhDigit(r) >= 0 || isNumeralRune(r) {
		return false // 1713、1755年: a list of numbers, not a label
	}
	switch strings.TrimLeft(zh[:z.Start], " \t　") {
	case "":
		return true
	case "(", "（":
		return sep == ")" || sep == "）"
	}
	return false
}

// present reports whether en carries z, a number of the Chinese zh ("" when
// the text is not known).
func present(zh string, z Number, en []Number, h *enHints) bool {
	hasValue := func(v float64) bool {
		for _, e := range en {
			switch e.Kind {
			case Date:
				if sameValue(float64(e.Day), v) || sameValue(float64(e.Year), v) || shortYear(v, float64(e.Year)) {
					return true
				}
			case Month:
			default:
				if sameValue(e.Value, v) || (e.Approx || z.Approx) && roundsTo(e.Value, v) || shortYear(v, e.Value) || shortYear(e.Value, v) ||
					z.Kind == Cardinal && h != nil && scaledRounding(h.s, e, v) { // 41235亿 "4.12 trillion"
					return true
				}
			}
		}
		return false
	}
	if z.Alt != 0 && (hasValue(z.Alt) || h.vague && z.Alt > z.Value || z.Joined && within(en, z.Value, z.Alt)) {
		return true // 四五岁: "four or five", "a few"; 三年五载: "within four or five years"
	}
	if z.Kind == Cardinal && !listLabel(zh, z) && h.enumerated(z.Value) {
		return true // 三人 as "the two guards and the cook"; not the "2." of a list
	}
	if z.Kind == Cardinal && (digitDate(zh, z, en) || holiday(zh, z, h)) {
		return true // 七七事变: "the July 7 Incident"; “十一” "National Day"
	}
	if newsPhrase(zh, z, h) {
		return true // 零下20: "minus 20"; 60岁至69岁: "in their 60s"; 正月十五: "the Lantern Festival"
	}
	if z.Kind == Ordinal && z.Value == 1 && h.foremost {
		return true // 第一: "foremost", "paramount", "top"
	}
	if rankInWords(zh, z, h) {
		return true // 居世界第一: "more than any other country"
	}
	switch z.Kind {
	case Date:
		for _, e := range en {
			if (e.Kind != Date && e.Kind != Month) || e.Month != z.Month {
				continue
			}
			if z.Day != 0 && e.Day != z.Day {
				continue
			}
			if z.Year == 0 || e.Year == z.Year || hasValue(float64(z.Year)) {
				return true
			}
		}
		return false
	case Month:
		for _, e := range en {
			if (e.Kind == Date || e.Kind == Month) && e.Month == z.Month {
				return true
			}
		}
		return false
	}
	return hasValue(z.Value)
}
