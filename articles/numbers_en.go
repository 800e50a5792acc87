package articles

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The one reader of English numbers. The aligner's number anchors
// (ENNumbers, through workflow/align) and qa.numbers (enCheckNumbers) read
// an English text with the same tokens (enTokens) and the same grammar
// (readEN): a convention of English news or of real translations that one
// of them learns, the other sees. What only the check wants — whether the
// English is vague, names a foremost thing, converts a measure into
// imperial units, lists members — is worked out from this reading, never
// by reading the text again (enHints, in numbers_real.go).

// enReading is an English text read for its numbers: the text, its tokens
// and its numbers, ordered by where they start.
type enReading struct {
	s    string
	toks []enTok
	ns   []Number
}

// enReadMode says which readings the reader gives besides a number's own
// value; the aligner and the check may differ only here.
type enReadMode uint8

const (
	// enSecond gives the second readings of a span another number covers:
	// "the 1990s" also 90 (九十年代), "two centuries" also 2, "two pairs"
	// also 4, "Figure 2-1" also 2.1, "three-quarters" 0.75 beside the
	// three, "one point five" 1.5 beside the one and the five.
	enSecond enReadMode = 1 << iota
	// enImplicit gives the numbers words imply without a numeral: growth
	// ("doubled", "quadrupled"), "zeros", "triplet", "hexadecimal", "cut
	// in half", "halves", "is unity", compound numbers written as one word
	// ("twentyone") and Roman numerals of headings and names ("Part III",
	// "World War II").
	enImplicit

	// enCheckReading is qa.numbers' reading: everything.
	enCheckReading = enSecond | enImplicit
	// enAnchorReading is the aligner's reading (ENNumbers).
	enAnchorReading enReadMode = 0
)

// enTok is one word or number of an English text.
type enTok struct {
	text       string // lowercased word, or the digits as written
	start, end int
	num        bool    // digits
	value      float64 // of digits
	ordinal    bool    // digits with st/nd/rd/th
}

func enTokens(s string) []enTok {
	toks := make([]enTok, 0, len(s)/6+1)
	var digits []byte
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '$'):
			// .5mg: a decimal without its leading zero
			start := i
			i++
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			v, _ := strconv.ParseFloat("0"+s[start:i], 64)
			toks = append(toks, enTok{text: s[start:i], start: start, end: i, num: true, value: v})
		case r >= '0' && r <= '9':
			start := i
			digits = digits[:0]
			dot, comma := false, false
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' {
					digits = append(digits, c)
					i++
					continue
				}
				if (c == ',' || c == ' ' && len(digits) <= 3 && i > start && !comma) && !dot && enThree(s, i+1) {
					comma = true
					i++
					continue
				}
				if c == '.' && !dot && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					digits = append(digits, '.')
					dot = true
					i++
					continue
				}
				break
			}
			text := s[start:i] // no copy unless separators are dropped
			if comma {
				text = string(digits)
			}
			t := enTok{text: text, start: start, num: true}
			t.value, _ = strconv.ParseFloat(t.text, 64)
			if i+2 <= len(s) {
				switch strings.ToLower(s[i : i+2]) {
				case "st", "nd", "rd", "th":
					if i+2 == len(s) || !isLetter(s[i+2]) {
						t.ordinal = true
						i += 2
					}
				}
			}
			t.end = i
			toks = append(toks, t)
		case unicode.IsLetter(r):
			start := i
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) {
					break
				}
				i += size
			}
			w := s[start:i]
			if len(w) > len("thousandfold") {
				w = "" // longer than any word the extractor knows
			} else {
				w = strings.ToLower(w) // allocates only for capitalised words
			}
			toks = append(toks, enTok{text: w, start: start, end: i})
		case r == '%':
			toks = append(toks, enTok{text: "%", start: i, end: i + 1})
			i++
		default:
			i += size
		}
	}
	return toks
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func enThree(s string, i int) bool {
	n := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n++
		i++
	}
	return n == 3
}

// ENNumbers extracts the numbers of an English text, ordered by where they
// start: digits with thousands separators and decimals, scales ("1.2
// million", "350 million", a headline's "900 Bln"), numbers written as
// words ("three", "twenty-five", "both", "a dozen"), ordinals (3rd, third),
// percentages (30%, 30 percent, 30 per cent), dates (December 9, 2025; 9
// December 2025; December 9th; Dec. 9; June Twenty-sixth; the fifteenth of
// the eighth month) and months (a month name alone; "in May"; the third
// month). It is the reading the aligner's anchors use (enAnchorReading).
func ENNumbers(s string) []Number { return readEN(s, enAnchorReading).ns }

// readEN reads the numbers of s: one pass over its tokens, in which each
// token may start a number of the grammar (enReading.number, which reads
// on over the tokens it takes) and a construction (enReading.construction:
// "half a dozen", "per million", "the third month", which may also start
// or end inside a number read before); then the hedges ("almost 16
// million") and the words that are part of a name ("Mining Week").
func readEN(s string, mode enReadMode) enReading {
	r := enReading{s: s, toks: enTokens(s)}
	next := 0
	for i := range r.toks {
		if i >= next {
			next = r.number(i) + 1
		}
		r.construction(i, mode)
	}
	if !slices.IsSortedFunc(r.ns, byStart) {
		slices.SortStableFunc(r.ns, byStart)
	}
	r.hedges()
	r.names()
	return r
}

func byStart(a, b Number) int { return a.Start - b.Start }

// number reads the number of the grammar that starts at toks[i], if any,
// and returns the index of the last token it read (i when none).
func (r *enReading) number(i int) int {
	s, toks := r.s, r.toks
	t := toks[i]
	// Dates: Month Day[, Year] | Month Year | Month
	if m, ok := enMonths[t.text]; ok && !t.num && (t.text != "may" && t.text != "march" || i+1 < len(toks) && toks[i+1].num) {
		if len(t.text) <= 4 && t.text != "may" && t.text != "june" && t.text != "july" && !(i+1 < len(toks) && toks[i+1].num) {
			return i // "Jan", "Dec" alone are likely not months
		}
		n := Number{Kind: Month, Month: m, Start: t.start, End: t.end}
		if i+1 < len(toks) && toks[i+1].num && validDay(toks[i+1].value) && !strings.Contains(toks[i+1].text, ".") && len(toks[i+1].text) <= 2 {
			n.Kind, n.Day, n.End = Date, int(toks[i+1].value), toks[i+1].end
			i++
			if i+1 < len(toks) && toks[i+1].num && !toks[i+1].ordinal && len(toks[i+1].text) == 4 {
				n.Year, n.End = int(toks[i+1].value), toks[i+1].end
				i++
			}
		} else if i+1 < len(toks) && toks[i+1].num && len(toks[i+1].text) == 4 {
			n.Kind, n.Year, n.End = Date, int(toks[i+1].value), toks[i+1].end
			i++
		}
		r.ns = append(r.ns, n)
		return i
	}
	if t.num {
		// Day Month [Year]
		j := i + 1
		if j < len(toks) && toks[j].text == "of" {
			j++
		}
		if j < len(toks) && validDay(t.value) && len(t.text) <= 2 {
			if m, ok := enMonths[toks[j].text]; ok {
				n := Number{Kind: Date, Month: m, Day: int(t.value), Start: t.start, End: toks[j].end}
				i = j
				if i+1 < len(toks) && toks[i+1].num && !toks[i+1].ordinal && len(toks[i+1].text) == 4 {
					n.Year, n.End = int(toks[i+1].value), toks[i+1].end
					i++
				}
				r.ns = append(r.ns, n)
				return i
			}
		}
		n := Number{Kind: Cardinal, Value: t.value, Start: t.start, End: t.end}
		if t.ordinal {
			n.Kind = Ordinal
		}
		i = enScaleAndPercent(toks, i, &n)
		r.ns = append(r.ns, n)
		return i
	}
	if v, ok := enOrdinal[t.text]; ok {
		// the Fourth of July
		if i+2 < len(toks) && toks[i+1].text == "of" && validDay(v) {
			if m, ok := enMonths[toks[i+2].text]; ok {
				r.ns = append(r.ns, Number{Kind: Date, Month: m, Day: int(v), Start: t.start, End: toks[i+2].end})
				return i + 2
			}
		}
		r.ns = append(r.ns, Number{Kind: Ordinal, Value: v, Start: t.start, End: t.end})
		return i
	}
	if (t.text == "a" || t.text == "hundred" || t.text == "thousand") && i+1 < len(toks) || t.text == "hundred" || t.text == "thousand" {
		// a hundred, a thousand, a million; a hundred and fifty; the
		// Hundred-Day War
		j := i
		if t.text == "a" {
			j = i + 1
		}
		if sc, ok := enScale[toks[j].text]; ok && sc >= 100 && !strings.HasSuffix(toks[j].text, "s") {
			n := Number{Kind: Cardinal, Value: 1, Start: t.start, End: t.end}
			i = enScaleAndPercent(toks, j-1, &n)
			if j == i && i+1 < len(toks) {
				k := i + 1
				if toks[k].text == "and" && k+1 < len(toks) {
					k++
				}
				if v := enSmall[toks[k].text]; v > 0 && v < 100 && n.Value == 100 {
					v2, last := enWords(s, toks, k)
					n.Value += v2
					n.End = toks[last].end
					i = last
				}
			}
			r.ns = append(r.ns, n)
			return i
		}
	}
	if _, ok := enSmall[t.text]; ok {
		n := Number{Kind: Cardinal, Start: t.start}
		v, j := enWords(s, toks, i)
		n.Value, n.End = v, toks[j].end
		i = enScaleAndPercent(toks, j, &n)
		r.ns = append(r.ns, n)
		return i
	}
	return i
}

// enWords reads number words from toks[i]: "twenty-five", "three hundred
// and twelve". It returns the value and the index of the last token read.
func enWords(s string, toks []enTok, i int) (float64, int) {
	total, cur := 0.0, 0.0
	last := i
	for j := i; j < len(toks); j++ {
		w := toks[j].text
		if j > i {
			gap := s[toks[j-1].end:toks[j].start]
			if gap != " " && gap != "-" && !(gap == ", " && (toks[j-1].text == "thousand" || toks[j-1].text == "million")) {
				break
			}
		}
		if v, ok := enOrdinal[w]; ok && j > i && v < 10 && cur >= 20 && int(cur)%10 == 0 && s[toks[j-1].end:toks[j].start] == "-" {
			return total + cur + v, j // twenty-first
		}
		if v, ok := enSmall[w]; ok {
			if j > i && (cur != 0 && cur < 10 || v >= 10 && cur != 0 && int(cur)%100 != 0) {
				break // "three four" is two numbers
			}
			if j > i && v > 20 && !(cur >= 100 && int(cur)%100 == 0) {
				break // "three twenty" is two numbers; "hundred fifty" is one
			}
			cur += v
			last = j
			continue
		}
		if w == "and" && j > i && j+1 < len(toks) {
			if _, ok := enSmall[toks[j+1].text]; ok && cur >= 100 {
				continue
			}
			break
		}
		if w == "hundred" && j > i {
			cur *= 100
			last = j
			continue
		}
		if sc := enScale[w]; j > i && cur > 0 && (w == "thousand" || w == "million" || w == "billion") && j+1 < len(toks) && enSmall[toks[j+1].text] != 0 && (s[toks[j].end:toks[j+1].start] == " " || s[toks[j].end:toks[j+1].start] == ", ") {
			total += cur * sc // thirty-six thousand five hundred
			cur = 0
			last = j
			continue
		}
		break
	}
	return total + cur, last
}

// enScaleAndPercent reads a scale word (thousand, million, ..., or a
// headline's Bln after digits) and a percent after the number at toks[i];
// it returns the last token read.
func enScaleAndPercent(toks []enTok, i int, n *Number) int {
	if i >= 0 && n.Kind == Cardinal && toks[i].num && i+1 < len(toks) && toks[i+1].start-toks[i].end == 1 {
		if sc := enHeadlineScales[toks[i+1].text]; sc != 0 {
			// "900 Bln Yuan": a headline's scale word
			n.Value *= sc
			n.End = toks[i+1].end
			return i + 1
		}
	}
	for i+1 < len(toks) {
		sc, ok := enScale[toks[i+1].text]
		if !ok {
			break
		}
		n.Value *= sc
		n.End = toks[i+1].end
		i++
	}
	if i+1 < len(toks) {
		switch toks[i+1].text {
		case "%", "percent", "pct":
			n.Kind, n.End = Percent, toks[i+1].end
			return i + 1
		case "per":
			if i+2 < len(toks) && toks[i+2].text == "cent" {
				n.Kind, n.End = Percent, toks[i+2].end
				return i + 2
			}
		}
	}
	return i
}

// construction reads the numbers that a construction around toks[i]
// gives, which may start or end inside a number the grammar read: "half a
// dozen", "per million", "the third month", "hundreds of", "a third"; and,
// as mode asks, second readings and implicit numbers (enReadMode).
func (r *enReading) construction(i int, mode enReadMode) {
	s, toks := r.s, r.toks
	t := toks[i]
	if !t.num && !constructs(t.text) && (mode&enImplicit == 0 || enGrowth[t.text] == 0 && len(t.text) < len("twentyone") && (t.text == "" || s[t.start] != 'I' && s[t.start] != 'V' && s[t.start] != 'X')) {
		return // most words start no construction
	}
	add := func(n Number) { r.ns = append(r.ns, n) }
	switch {
	case t.text == "half" && i+2 < len(toks) && toks[i+1].text == "a" && toks[i+2].text == "dozen":
		add(Number{Kind: Cardinal, Value: 6, Start: t.start, End: toks[i+2].end})
	case (t.text == "per" || t.text == "every") && i+1 < len(toks) && enScale[toks[i+1].text] >= 100 && !strings.HasSuffix(toks[i+1].text, "s"):
		// fatalities per million tons (百万吨死亡率), one in every
		// thousand: the scale word alone is the number
		add(Number{Kind: Cardinal, Value: enScale[toks[i+1].text], Start: toks[i+1].start, End: toks[i+1].end})
	case t.text == "a" && i+1 < len(toks) && toks[i+1].text == "dozen":
		if mode&enSecond != 0 {
			add(Number{Kind: Cardinal, Value: 12, Start: t.start, End: toks[i+1].end})
		}
	case t.text == "half" && i+2 < len(toks) && toks[i+1].text == "a" && enScale[toks[i+2].text] >= 1e6:
		// half a million: hedged
		add(Number{Kind: Cardinal, Value: enScale[toks[i+2].text] / 2, Start: t.start, End: toks[i+2].end, Approx: true})
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
		add(m)
	case enMonths[t.text] != 0 && len(t.text) > 3 && i+1 < len(toks) && !toks[i+1].num && enOrdinalWords(s, toks, i+1) > 0:
		// June Twenty-sixth
		add(Number{Kind: Date, Month: enMonths[t.text], Day: int(enOrdinalWords(s, toks, i+1)), Start: t.start, End: toks[i+1].end})
	case (t.text == "may" || t.text == "march") && i > 0 && s[t.start] >= 'A' && s[t.start] <= 'Z' && !sentenceStart(s, t.start):
		// "in May": the month, where a capital is not a sentence's
		add(Number{Kind: Month, Month: enMonths[t.text], Start: t.start, End: t.end})
	case (t.text == "hundreds" || t.text == "thousands" || t.text == "millions") && (i == 0 || !toks[i-1].num && enSmall[toks[i-1].text] == 0):
		// hundreds of visitors: about a hundred, 成百
		add(Number{Kind: Cardinal, Value: enScale[t.text], Start: t.start, End: t.end, Approx: true})
	case (t.text == "quarters" || t.text == "quarter" || t.text == "thirds" || t.text == "third") && i > 0 && (enSmall[toks[i-1].text] != 0 || toks[i-1].text == "a"):
		// three-quarters, a third, two thirds
		if mode&enSecond == 0 && toks[i-1].text != "a" {
			break
		}
		n := enSmall[toks[i-1].text]
		if toks[i-1].text == "a" {
			n = 1
		}
		den := 4.0
		if strings.HasPrefix(t.text, "third") {
			den = 3
		}
		add(Number{Kind: Cardinal, Value: n / den, Start: toks[i-1].start, End: t.end})
	case t.text == "half" && i+1 < len(toks) && (toks[i+1].text == "a" || toks[i+1].text == "an"):
		add(Number{Kind: Cardinal, Value: 0.5, Start: t.start, End: toks[i+1].end}) // half a meter
	case (t.text == "decades" || t.text == "centuries" || t.text == "century" || t.text == "decade") && i > 0 && (toks[i-1].num || enSmall[toks[i-1].text] != 0):
		// two centuries: also the count itself (两个世纪)
		if mode&enSecond == 0 {
			break
		}
		v := toks[i-1].value
		if !toks[i-1].num {
			v = enSmall[toks[i-1].text]
		}
		add(Number{Kind: Cardinal, Value: v, Start: toks[i-1].start, End: t.end})
	case t.text == "point" && i > 0 && i+1 < len(toks) && enSmall[toks[i+1].text] < 10 && (enSmall[toks[i-1].text] != 0 || toks[i-1].text == "zero"):
		// one point five: 1.5
		if mode&enSecond == 0 {
			break
		}
		whole := enSmall[toks[i-1].text]
		frac, k := "", i+1
		for ; k < len(toks) && (enSmall[toks[k].text] != 0 && enSmall[toks[k].text] < 10 || toks[k].text == "zero"); k++ {
			frac += strconv.Itoa(int(enSmall[toks[k].text]))
		}
		if v, err := strconv.ParseFloat(strconv.Itoa(int(whole))+"."+frac, 64); err == nil && frac != "" {
			add(Number{Kind: Cardinal, Value: v, Start: toks[i-1].start, End: toks[k-1].end})
		}
	case t.text == "pairs" && i > 0 && (toks[i-1].num || enSmall[toks[i-1].text] > 1):
		// two pairs: also four (四方)
		if mode&enSecond == 0 {
			break
		}
		v := toks[i-1].value
		if !toks[i-1].num {
			v = enSmall[toks[i-1].text]
		}
		add(Number{Kind: Cardinal, Value: 2 * v, Start: toks[i-1].start, End: t.end})
	case t.text == "unity" && i > 0 && (toks[i-1].text == "is" || toks[i-1].text == "be" || toks[i-1].text == "equals" || toks[i-1].text == "than" ||
		toks[i-1].text == "to" && i > 1 && toks[i-2].text == "equal"):
		// the value is unity: 1, in mathematics
		if mode&enImplicit != 0 {
			add(Number{Kind: Cardinal, Value: 1, Start: t.start, End: t.end})
		}
	case t.text == "halves" || t.text == "half" && i > 0 && toks[i-1].text == "in":
		if mode&enImplicit != 0 {
			add(Number{Kind: Cardinal, Value: 2, Start: t.start, End: t.end}) // cut in half: two
		}
	}
	if mode&enImplicit != 0 && !t.num {
		if v := enGrowth[t.text]; v > 0 {
			// doubled, tripled, quadrupled
			if v < 1 {
				v = 0 // zeros (0.001 marks the zero in the map)
			}
			add(Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
		if v := fusedNumber(t.text); v > 0 {
			// twentyone: a compound number written as one word
			add(Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
		if v := romanValue(s, t, i, toks); v > 0 {
			add(Number{Kind: Cardinal, Value: v, Start: t.start, End: t.end})
		}
	}
	if mode&enSecond != 0 && t.num {
		if i+1 < len(toks) && toks[i+1].num && s[t.end:toks[i+1].start] == "-" && !strings.Contains(t.text, ".") && !strings.Contains(toks[i+1].text, ".") {
			// Equation (2-1), Figure 2-1: the 2.1 of the Chinese
			if v, err := strconv.ParseFloat(t.text+"."+toks[i+1].text, 64); err == nil {
				add(Number{Kind: Cardinal, Value: v, Start: t.start, End: toks[i+1].end})
			}
		}
		if t.end < len(s) && s[t.end] == 's' && (t.end+1 == len(s) || !isLetter(s[t.end+1])) && t.value >= 1000 && math.Mod(t.value, 10) == 0 {
			// the 1990s: also the nineties (九十年代)
			add(Number{Kind: Cardinal, Value: math.Mod(t.value, 100), Start: t.start, End: t.end + 1})
		}
	}
}

// constructs reports whether a construction may be read at the word w
// (see construction), besides digits and the words of enImplicit.
func constructs(w string) bool {
	switch w {
	case "half", "per", "every", "a", "month", "may", "march", "hundreds", "thousands", "millions",
		"quarters", "quarter", "thirds", "third", "decades", "centuries", "century", "decade", "point",
		"pairs", "unity", "halves",
		// June Twenty-sixth
		"january", "february", "april", "june", "july", "august", "september", "sept", "october",
		"november", "december":
		return true
	}
	return false
}

// hedges marks a number right after a hedge word (at most one word
// between: "more than", "close to", "just under") as Approx; of numbers
// that start together, the first.
func (r *enReading) hedges() {
	toks := r.toks
	hedge := func(i int) bool { return !toks[i].num && enHedges[toks[i].text] }
	j := 0
	for k := range r.ns {
		n := &r.ns[k]
		if k > 0 && r.ns[k-1].Start == n.Start {
			continue
		}
		for j < len(toks) && toks[j].start < n.Start {
			j++
		}
		if j == len(toks) || toks[j].start != n.Start {
			continue
		}
		if j >= 1 && hedge(j-1) ||
			j >= 2 && hedge(j-2) && !toks[j-1].num && (k == 0 || r.ns[k-1].Start != toks[j-1].start) {
			n.Approx = true
		}
	}
}

// names drops the numbers that a word implies where the word, capitalised
// after another capitalised word, is part of a name: "Mining Week",
// "Double Ninth".
func (r *enReading) names() {
	kept := r.ns[:0]
	for _, n := range r.ns {
		w := r.s[n.Start:n.End]
		if w[0] >= 'A' && w[0] <= 'Z' && enImplied[strings.ToLower(w)] && !sentenceStart(r.s, n.Start) && afterCapital(r.s, n.Start) {
			continue
		}
		kept = append(kept, n)
	}
	r.ns = kept
}
