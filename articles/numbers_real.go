package articles

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What real translations do with numbers that a value-by-value comparison
// misreads: hedged rounding ("almost 16 million" for 1576万), Roman
// numerals in headings ("II." for 二、), decades ("the 1990s", "the
// nineties" for 九十年代), vague quantities for a range ("a few" for 三四个)
// and superlatives for 第一 ("foremost").

// enHints are what an English text says about numbers without a value.
type enHints struct {
	vague bool // "a few", "several", "a couple", "a handful"
	// vagueCount: "a few", "several", "a handful", a vague quantity that
	// stands in for a count ("a few enterprises" for 三家企业)
	vagueCount bool
	foremost   bool // "foremost", "paramount", "top", "primary", "chief"...
	// imperial are the values of the English numbers in miles, feet,
	// pounds... (-1 for "a", "a couple of"): converted measures
	imperial []float64
	// The text as read, for the enumerations, which are worked out only
	// when a number is not found otherwise.
	enReading
	done bool
	// lists are the sizes of the coordinations of a text that has no
	// number of its own ("Gu and Huang": 2; "pinks, reds and whites": 3;
	// "one boat ... and another": 2), and the sums of its numbers ("two
	// clerks and three drivers": 5; "the other three" with the one named: 4).
	lists map[float64]bool
	// sums are counts the English gives as a sum of what it names: "two
	// clerks and three drivers" (5), "the two guards and the cook" (3).
	sums map[float64]bool
	// substituted: the English has a number the Chinese lacks, so a list
	// does not excuse a missing one ("3 came; one stayed, the other").
	substituted bool
	// notCounts are the starts of English numbers that render a time of
	// day or a converted measure of the Chinese (newsForms): they stand
	// for no count.
	notCounts map[int]bool
}

// enImperial are the units a translator converts Chinese and metric
// measures into.
var enImperial = map[string]bool{
	"mile": true, "miles": true, "foot": true, "feet": true, "ft": true, "yard": true, "yards": true,
	"inch": true, "inches": true, "pound": true, "pounds": true, "lb": true, "lbs": true, "acre": true,
	"acres": true, "ounce": true, "ounces": true, "oz": true, "gallon": true, "gallons": true, "pint": true, "pints": true,
}

// zhMeasures are the Chinese and metric units whose numbers a translator
// may convert: 二十公里 "twelve miles", 五尺 "four feet".
var zhMeasures = []string{"公里", "千米", "里", "米", "厘米", "尺", "丈", "寸", "斤", "公斤", "千克", "亩", "公顷", "升"}

// converted reports whether the number at zh[z.Start:z.End] is a measure
// (a unit follows, maybe after 多 or 来) and the English gives a measure
// in imperial units that the Chinese does not give, as translators convert
// them.
func converted(zh string, zn []Number, z Number, h *enHints) bool {
	conv := false
	for _, v := range h.imperial {
		// "20 nautical miles" for 20海里 is not a conversion
		conv = conv || !hasValueIn(zn, v)
	}
	if !conv {
		return false
	}
	rest := strings.TrimLeft(zh[z.End:], "多来余")
	for _, u := range zhMeasures {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	return false
}

var enHedges = map[string]bool{
	"about": true, "almost": true, "nearly": true, "around": true, "roughly": true, "approximately": true,
	"some": true, "over": true, "under": true, "than": true, "close": true, "upwards": true, "approx": true,
	"circa": true, "least": true, "most": true, "just": true, "estimated": true, "toward": true, "towards": true,
}

var enVague = map[string]bool{"few": true, "several": true, "couple": true, "handful": true, "some": true}

var enForemost = map[string]bool{
	"foremost": true, "paramount": true, "top": true, "primary": true, "prime": true, "chief": true,
	"principal": true, "premier": true, "leading": true, "supreme": true, "overriding": true, "utmost": true,
	"initial": true, "preliminary": true, "earliest": true, "opening": true, "champion": true,
}

// roundsTo reports whether the English value e is v rounded: it has fewer
// significant digits ("almost 16 million" for 1576万) and lies within half
// a unit of its last one, so that a plain wrong number ("about 41" for
// 约40, "almost 17 million" for 1576万) is never excused as a hedge.
func roundsTo(e, v float64) bool {
	if e <= 0 || v <= 0 || sigDigits(e) >= sigDigits(v) {
		return false
	}
	unit := math.Pow(10, math.Floor(math.Log10(e))-float64(sigDigits(e))+1)
	return math.Abs(e-v) <= unit/2
}

func sigDigits(v float64) int {
	s := strings.Trim(strings.ReplaceAll(strconv.FormatFloat(math.Abs(v), 'f', -1, 64), ".", ""), "0")
	return len(s)
}

// enCheckNumbers is the English as qa.numbers reads it: the shared
// reading (readEN) with every second reading and implicit number
// (enCheckReading), and the hints only the check wants.
func enCheckNumbers(s string) ([]Number, *enHints) {
	h := &enHints{enReading: readEN(s, enCheckReading)}
	toks := h.toks
	for i, t := range toks {
		if t.num {
			continue
		}
		switch {
		case enVague[t.text]:
			h.vague = true
			h.vagueCount = h.vagueCount || t.text == "several" || t.text == "handful" || t.text == "few" && i > 0 && toks[i-1].text == "a"
		case enForemost[t.text]:
			h.foremost = true
		case i > 0 && enImperial[t.text]:
			p := toks[i-1]
			if p.text == "of" && i > 1 && (toks[i-2].text == "couple" || toks[i-2].text == "few") {
				p = toks[i-2] // a couple of feet
			}
			switch {
			case p.num:
				h.imperial = append(h.imperial, p.value)
			case p.text == "a" || p.text == "couple" || p.text == "few":
				h.imperial = append(h.imperial, -1) // no exact value
			case enSmall[p.text] != 0:
				h.imperial = append(h.imperial, enSmall[p.text])
			}
		}
	}
	return h.ns, h
}

// enGrowth are the verbs of growth by a factor, and words that carry a
// number without being a numeral (enImplicit).
var enGrowth = map[string]float64{
	"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4, "quadrupling": 4,
	// and other words that carry a number: "leading zeros", "the zeroth
	// argument", "a triplet", "an octet", "hexadecimal" for 16进制
	"zeros": 0.001, "zeroes": 0.001, "zeroth": 0.001, "triplet": 3, "triplets": 3, "octet": 8, "octets": 8,
	"octal": 8, "hex": 16, "hexadecimal": 16,
}

// enOrdinalWords reads an ordinal in words at toks[i] ("fifth",
// "twenty-eighth"); 0 when there is none.
func enOrdinalWords(s string, toks []enTok, i int) float64 {
	if v := enOrdinal[toks[i].text]; v != 0 {
		return v
	}
	if v := enSmall[toks[i].text]; v >= 20 && i+1 < len(toks) && s[toks[i].end:toks[i+1].start] == "-" {
		if o := enOrdinal[toks[i+1].text]; o > 0 && o < 10 {
			return v + o
		}
	}
	return 0
}

// sentenceStart reports whether byte i of s starts a sentence.
func sentenceStart(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \"'“‘")
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// enumerated reports whether the English gives the count v by naming its
// members (see enumerations); worked out on first use.
func (h *enHints) enumerated(v float64) bool {
	if h == nil || h.s == "" {
		return false
	}
	if !h.done {
		h.lists, h.sums = enumerations(h.s, h.toks, h.ns)
		h.done = true
	}
	return h.lists[v] && !h.substituted || h.sums[v]
}

// enumerations finds the counts an English text gives by listing
// members: the sizes of its coordinations (only when it has no number of
// its own, so that a wrong number is never excused by a list), the sums
// of two of its numbers, and "the other K" as K+1.
func enumerations(s string, toks []enTok, ns []Number) (out, sums map[float64]bool) {
	out, sums = map[float64]bool{}, map[float64]bool{}
	var vals []Number
	for _, n := range ns {
		if n.Kind == Cardinal && n.Value >= 1 && n.Value == math.Trunc(n.Value) && n.Value < 1000 {
			vals = append(vals, n)
		}
	}
	for i := 0; i+1 < len(vals); i++ {
		// two clerks and three drivers
		a, b := vals[i], vals[i+1]
		if b.Start < a.End {
			continue
		}
		if gap := s[a.End:b.Start]; len(gap) < 30 && strings.Contains(gap, " and ") {
			sums[a.Value+b.Value] = true
		}
	}
	for _, n := range vals {
		// the two guards and the cook: one more
		after := s[n.End:min(len(s), n.End+30)]
		if k := strings.Index(after, " and the "); k >= 0 && !strings.ContainsAny(after[:k], ",;.") {
			if rest := after[k+len(" and the "):]; rest != "" && !strings.HasPrefix(rest, "other") {
				sums[n.Value+1] = true
			}
		}
	}
	for i, t := range toks {
		if t.text == "other" && i+1 < len(toks) && i > 0 && toks[i-1].text == "the" {
			if v := enSmall[toks[i+1].text]; v > 0 {
				out[v+1] = true
			} else if toks[i+1].num {
				out[toks[i+1].value+1] = true
			}
		}
	}
	if len(vals) > 0 {
		return out, sums
	}
	low := strings.ToLower(s)
	if (strings.Contains(low, "one ") || strings.Contains(low, "one's")) && (strings.Contains(low, " another") || strings.Contains(low, "the other") || strings.Contains(low, "the latter")) {
		out[2] = true
	}
	if strings.Contains(low, "neither") || strings.Contains(low, "either") || strings.Contains(low, " each other") {
		out[2] = true
	}
	// A, B and C: count the conjuncts before each "and"/"or"
	for _, conj := range []string{" and ", " or "} {
		for rest, off := low, 0; ; {
			k := strings.Index(rest, conj)
			if k < 0 {
				break
			}
			at := off + k
			n := 2
			left := low[:at]
			for {
				c := strings.LastIndex(left, ", ")
				if c < 0 || len(strings.Fields(left[c+2:])) > 4 || strings.ContainsAny(left[c+2:], ".;:!?") {
					break
				}
				n++
				left = left[:c]
			}
			out[float64(n)] = true
			off = at + len(conj)
			rest = low[off:]
		}
	}
	return out, sums
}

// romanValue reads an upper-case Roman numeral (I to XXXIX) that stands as
// a heading number: after Part, Chapter, Book, Section, Volume or Article,
// or at the start of the text before a full stop ("IV. Our Work") or in
// brackets ("(III) Our exchanges", a report's （三）). 0 when it is not one.
func romanValue(s string, t enTok, i int, toks []enTok) float64 {
	w := s[t.start:t.end]
	if len(w) > 6 || strings.Trim(w, "IVX") != "" {
		return 0
	}
	heading := i > 0 && (toks[i-1].text == "part" || toks[i-1].text == "chapter" || toks[i-1].text == "book" ||
		toks[i-1].text == "section" || toks[i-1].text == "volume" || toks[i-1].text == "article" || toks[i-1].text == "war")
	lead := i == 0 && t.end < len(s) && (s[t.end] == '.' ||
		s[t.end] == ')' && strings.TrimSpace(s[:t.start]) == "(")
	// II, III, IV... after a name ("World War II", "Elizabeth II")
	named := len(w) >= 2 && i > 0 && s[toks[i-1].start] >= 'A' && s[toks[i-1].start] <= 'Z'
	if !heading && !lead && !named {
		return 0
	}
	return float64(RomanNumeral(w))
}

// romanDigits are the values of the Roman numerals' letters to C.
var romanDigits = [256]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}

// RomanNumeral reads an upper-case Roman numeral to C (IV, XII, XCIX): a
// letter before a larger one is taken off. 0 when s holds another
// character.
func RomanNumeral(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		v := romanDigits[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && romanDigits[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// SmallNumber reads a heading's or an enumerator's numeral: Arabic digits,
// Chinese numerals (十二, 二十三), an English number word (twelve, in any
// case) or a Roman numeral (XII). 0 when it reads none.
func SmallNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	r := []rune(s)
	zh := len(r) > 0
	for _, c := range r {
		zh = zh && (zhNumeral(c) >= 0 || zhUnit(c) == 10)
	}
	if zh {
		v, _ := parseZHNumeral(r)
		return int(v)
	}
	if v := enSmall[strings.ToLower(s)]; v > 0 {
		return int(v)
	}
	return RomanNumeral(s)
}

// uncounted reports a number the Chinese gives more often than the English
// carries it, where the English has instead a number the Chinese lacks:
// 四大考验、四种危险 against "four tests ... three risks". Only cardinals of
// 3 or more written in Chinese numerals count, and not a repeat after 这 or
// 那 (这三个性质: the same three again).
func uncounted(zhText string, zh, en []Number) []Number {
	extra := false
	for _, e := range en {
		if e.Kind == Cardinal && e.Value >= 2 && !hasValueIn(zh, e.Value) {
			extra = true
		}
	}
	if !extra {
		return nil
	}
	counts := func(z Number) bool {
		if z.Kind != Cardinal || z.Alt != 0 || z.Value < 3 || z.Approx || zhText == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(zhText[z.Start:])
		if zhNumeral(r) < 0 && zhUnit(r) == 0 {
			return false // Arabic digits: labels and figures, repeated on purpose
		}
		p, _ := utf8.DecodeLastRuneInString(zhText[:z.Start])
		return p != '这' && p != '那'
	}
	var out []Number
	count := map[float64]int{}
	for _, z := range zh {
		if counts(z) {
			count[z.Value]++
		}
	}
	for v, n := range count {
		if n < 2 {
			continue
		}
		have := 0
		for _, e := range en {
			if e.Kind != Date && e.Kind != Month && sameValue(e.Value, v) {
				have++
			}
		}
		if have == 0 || have >= n {
			continue
		}
		more := n - have // the occurrences beyond those carried, last first
		for i := len(zh) - 1; i >= 0 && more > 0; i-- {
			if z := zh[i]; counts(z) && sameValue(z.Value, v) {
				out = append([]Number{z}, out...)
				more--
			}
		}
	}
	return out
}

func hasValueIn(ns []Number, v float64) bool {
	for _, n := range ns {
		if sameValue(n.Value, v) || n.Alt != 0 && sameValue(n.Alt, v) {
			return true
		}
	}
	return false
}

// fusedNumber reads a compound number written as one word ("twentyone",
// "fortyfive"); 0 when w is not one.
func fusedNumber(w string) float64 {
	if len(w) < len("twentyone") {
		return 0
	}
	for _, tens := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		if rest, ok := strings.CutPrefix(w, tens); ok {
			if v := enSmall[rest]; v >= 1 && v <= 9 {
				return enSmall[tens] + v
			}
		}
	}
	return 0
}

// A rank in words: 第一 after a verb of ranking (居, 位居, 位列, 名列,
// 排名, 跃居, 稳居...; maybe a region between: 居世界第一, 位居全国第一)
// as news English says it, by comparison: "more than any other country",
// "the world's largest", "the country's biggest" (the sixth held-out
// probe: 总数居世界第一 "more than any other country"). Only there: a
// superlative anywhere in the English is too free a reading of every 第一
// (第一次 "the first time", 第一季度 "the first quarter", 第一批 "the
// first batch" beside "the largest ..." would pass), and only 第一: 居世界
// 第二 as "more than any other" is reported.

// zhRankVerbs end the text before a rank's 第一; zhRankRegions may come
// between.
var (
	zhRankVerbs   = []string{"居", "位列", "名列", "排名", "排在", "列"}
	zhRankRegions = []string{"全世界", "世界", "全球", "全国", "全省", "全市", "亚洲", "各国", "同类"}
	enRankOwners  = map[string]bool{"world's": true, "world’s": true, "country's": true, "country’s": true, "nation's": true, "nation’s": true, "globe's": true}
	enRankWords   = map[string]bool{"largest": true, "biggest": true, "most": true, "highest": true, "greatest": true}
)

// rankInWords reports whether z is a rank's 第一 (zhRankVerbs) and the
// English says it by comparison: "than any other", or "the world's
// largest" (enRankOwners, enRankWords).
func rankInWords(zh string, z Number, h *enHints) bool {
	if z.Kind != Ordinal || z.Value != 1 || h == nil || h.s == "" || z.Start < 0 || z.End > len(zh) || !strings.HasPrefix(zh[z.Start:], "第") {
		return false
	}
	before := zh[:z.Start]
	for _, r := range zhRankRegions {
		if strings.HasSuffix(before, r) {
			before = strings.TrimSuffix(before, r)
			break
		}
	}
	ranked := false
	for _, v := range zhRankVerbs {
		ranked = ranked || strings.HasSuffix(before, v)
	}
	if !ranked {
		return false
	}
	low := strings.ToLower(h.s)
	if strings.Contains(low, "than any other") {
		return true
	}
	ws := strings.Fields(low)
	for i := 0; i+1 < len(ws); i++ {
		if enRankOwners[ws[i]] && enRankWords[strings.Trim(ws[i+1], ",.;:")] {
			return true
		}
	}
	return false
}
