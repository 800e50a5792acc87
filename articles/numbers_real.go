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
	// The text and its tokens and numbers, for the enumerations, which are
	// worked out only when a number is not found otherwise.
	s    string
	toks []enTok
	ns   []Number
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

// enCheckNumbers is ENNumbers as qa.numbers reads it: hedged numbers
// marked Approx, Roman numerals of headings ("Part II", "III."), and a
// decade's short form ("the 1990s" is also 90).
func enCheckNumbers(s string) ([]Number, *enHints) {
	toks := enTokens(s)
	ns := enNumbersOf(s, toks)
	h := &enHints{}
	k := 0
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
		}
		// a hedge word right before a number (at most one word between:
		// "more than", "close to", "just under")
		for k < len(ns) && ns[k].Start < t.end {
			k++
		}
		if enHedges[t.text] && k < len(ns) {
			next := i + 1
			if next < len(toks) && !toks[next].num && toks[next].start != ns[k].Start && next+1 < len(toks) {
				next++
			}
			if next < len(toks) && toks[next].start == ns[k].Start {
				ns[k].Approx = true
			}
		}
		if v := romanValue(s, t, i, toks); v > 0 {
			ns = append(ns, Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
	}
	h.s, h.toks = s, toks
	for i, t := range toks {
		if i > 0 && enImperial[t.text] {
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
		switch {
		case t.text == "half" && i+2 < len(toks) && toks[i+1].text == "a" && toks[i+2].text == "dozen":
			ns = append(ns, Number{Kind: Cardinal, Value: 6, Start: t.start, End: toks[i+2].end})
		case (t.text == "per" || t.text == "every") && i+1 < len(toks) && enScale[toks[i+1].text] >= 100 && !strings.HasSuffix(toks[i+1].text, "s"):
			// fatalities per million tons (百万吨死亡率), one in every
			// thousand: the scale word alone is the number
			ns = append(ns, Number{Kind: Cardinal, Value: enScale[toks[i+1].text], Start: toks[i+1].start, End: toks[i+1].end})
		case enHeadlineScales[t.text] != 0 && i > 0 && toks[i-1].num && t.start-toks[i-1].end == 1:
			// "900 Bln Yuan": a headline's scale word
			for k := range ns {
				if ns[k].Kind == Cardinal && ns[k].End == toks[i-1].end {
					ns[k].Value *= enHeadlineScales[t.text]
					ns[k].End = t.end
				}
			}
		case t.text == "a" && i+1 < len(toks) && toks[i+1].text == "dozen":
			ns = append(ns, Number{Kind: Cardinal, Value: 12, Start: t.start, End: toks[i+1].end})
		case t.text == "half" && i+2 < len(toks) && toks[i+1].text == "a" && enScale[toks[i+2].text] >= 1e6:
			// half a million: hedged
			ns = append(ns, Number{Kind: Cardinal, Value: enScale[toks[i+2].text] / 2, Start: t.start, End: toks[i+2].end, Approx: true})
		case t.text == "month" && i > 0:
			// the third month, the eighth lunar month; the fifteenth (day)
			// of the third month
			k := i - 1
			if toks[k].text == "lunar" && k > 0 {
				k--
			}
			mv := enOrdinal[toks[k].text]
			if mv == 0 || mv > 12 {
				break
			}
			m := Number{Kind: Month, Month: int(mv), Start: toks[k].start, End: t.end}
			d := k - 3
			if d >= 0 && toks[k-1].text == "the" && toks[k-2].text == "of" && toks[d].text == "day" {
				d--
			}
			if d >= 0 && toks[k-1].text == "the" && toks[k-2].text == "of" && validDay(enOrdinal[toks[d].text]) {
				m.Kind, m.Day, m.Start = Date, int(enOrdinal[toks[d].text]), toks[d].start
				if d > 0 && enOrdinalWords(s, toks, d-1) > 0 && enOrdinal[toks[d-1].text] == 0 && validDay(enOrdinalWords(s, toks, d-1)) {
					// the twenty-sixth of the fourth month
					m.Day, m.Start = int(enOrdinalWords(s, toks, d-1)), toks[d-1].start
				}
			}
			ns = append(ns, m)
		case enMonths[t.text] != 0 && len(t.text) > 3 && i+1 < len(toks) && !toks[i+1].num && enOrdinalWords(s, toks, i+1) > 0:
			// June Twenty-sixth
			ns = append(ns, Number{Kind: Date, Month: enMonths[t.text], Day: int(enOrdinalWords(s, toks, i+1)), Start: t.start, End: toks[i+1].end})
		case (t.text == "may" || t.text == "march") && i > 0 && s[t.start] >= 'A' && s[t.start] <= 'Z' && !sentenceStart(s, t.start):
			// "in May": the month, where a capital is not a sentence's
			ns = append(ns, Number{Kind: Month, Month: enMonths[t.text], Start: t.start, End: t.end})
		case (t.text == "hundreds" || t.text == "thousands" || t.text == "millions") && (i == 0 || !toks[i-1].num && enSmall[toks[i-1].text] == 0):
			// hundreds of dogs: about a hundred, 成百
			ns = append(ns, Number{Kind: Cardinal, Value: enScale[t.text], Start: t.start, End: t.end, Approx: true})
		case (t.text == "quarters" || t.text == "quarter" || t.text == "thirds" || t.text == "third") && i > 0 && (enSmall[toks[i-1].text] != 0 || toks[i-1].text == "a"):
			// three-quarters, a third, two thirds
			n := enSmall[toks[i-1].text]
			if toks[i-1].text == "a" {
				n = 1
			}
			den := 4.0
			if strings.HasPrefix(t.text, "third") {
				den = 3
			}
			ns = append(ns, Number{Kind: Cardinal, Value: n / den, Start: toks[i-1].start, End: t.end})
		case t.text == "half" && i+1 < len(toks) && (toks[i+1].text == "a" || toks[i+1].text == "an"):
			ns = append(ns, Number{Kind: Cardinal, Value: 0.5, Start: t.start, End: toks[i+1].end}) // half a meter
		case (t.text == "decades" || t.text == "centuries" || t.text == "century" || t.text == "decade") && i > 0 && (toks[i-1].num || enSmall[toks[i-1].text] != 0):
			// two centuries: also the count itself (两个世纪)
			v := toks[i-1].value
			if !toks[i-1].num {
				v = enSmall[toks[i-1].text]
			}
			ns = append(ns, Number{Kind: Cardinal, Value: v, Start: toks[i-1].start, End: t.end})
		case t.text == "point" && i > 0 && i+1 < len(toks) && enSmall[toks[i+1].text] < 10 && (enSmall[toks[i-1].text] != 0 || toks[i-1].text == "zero"):
			// one point five: 1.5
			whole := enSmall[toks[i-1].text]
			frac, k := "", i+1
			for ; k < len(toks) && (enSmall[toks[k].text] != 0 && enSmall[toks[k].text] < 10 || toks[k].text == "zero"); k++ {
				frac += strconv.Itoa(int(enSmall[toks[k].text]))
			}
			if v, err := strconv.ParseFloat(strconv.Itoa(int(whole))+"."+frac, 64); err == nil && frac != "" {
				ns = append(ns, Number{Kind: Cardinal, Value: v, Start: toks[i-1].start, End: toks[k-1].end})
			}
		case t.text == "pairs" && i > 0 && (toks[i-1].num || enSmall[toks[i-1].text] > 1):
			// two pairs: also four (四方)
			v := toks[i-1].value
			if !toks[i-1].num {
				v = enSmall[toks[i-1].text]
			}
			ns = append(ns, Number{Kind: Cardinal, Value: 2 * v, Start: toks[i-1].start, End: t.end})
		case t.text == "unity" && i > 0 && (toks[i-1].text == "is" || toks[i-1].text == "be" || toks[i-1].text == "equals" || toks[i-1].text == "than" ||
			toks[i-1].text == "to" && i > 1 && toks[i-2].text == "equal"):
			// the value is unity: 1, in mathematics
			ns = append(ns, Number{Kind: Cardinal, Value: 1, Start: t.start, End: t.end})
		case t.text == "halves" || t.text == "half" && i > 0 && toks[i-1].text == "in":
			ns = append(ns, Number{Kind: Cardinal, Value: 2, Start: t.start, End: t.end}) // cut in half: two
		}
		if v := enGrowth[t.text]; v > 0 {
			// doubled, tripled, quadrupled: read here, not by ENNumbers,
			// whose numbers anchor the aligner
			if v < 1 {
				v = 0 // zeros (0.001 marks the zero in the map)
			}
			ns = append(ns, Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
		if v := fusedNumber(t.text); v > 0 {
			// twentyone: a compound number written as one word
			ns = append(ns, Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
		if t.num && i+1 < len(toks) && toks[i+1].num && s[t.end:toks[i+1].start] == "-" && !strings.Contains(t.text, ".") && !strings.Contains(toks[i+1].text, ".") {
			// Equation (2-1), Figure 2-1: the 2.1 of the Chinese
			if v, err := strconv.ParseFloat(t.text+"."+toks[i+1].text, 64); err == nil {
				ns = append(ns, Number{Kind: Cardinal, Value: v, Start: t.start, End: toks[i+1].end})
			}
		}
		if t.num && t.end < len(s) && s[t.end] == 's' && (t.end+1 == len(s) || !isLetter(s[t.end+1])) && t.value >= 1000 && math.Mod(t.value, 10) == 0 {
			ns = append(ns, Number{Kind: Cardinal, Value: math.Mod(t.value, 100), Start: t.start, End: t.end + 1})
		}
	}
	kept := ns[:0]
	for _, n := range ns {
		// "Mining Week", "Double Ninth": a word that implies a number,
		// capitalised after another capitalised word, is part of a name
		w := s[n.Start:n.End]
		if enImplied[strings.ToLower(w)] && w[0] >= 'A' && w[0] <= 'Z' && !sentenceStart(s, n.Start) && afterCapital(s, n.Start) {
			continue
		}
		kept = append(kept, n)
	}
	ns = kept
	h.ns = ns
	return ns, h
}

// enGrowth are the verbs of growth by a factor, and words that carry a
// number without being a numeral, read by qa.numbers only.
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
