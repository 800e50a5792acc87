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
	vague    bool // "a few", "several", "a couple", "a handful"
	foremost bool // "foremost", "paramount", "top", "primary", "chief"...
	imperial bool // a number in miles, feet, pounds...: a converted measure
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
// in imperial units, as translators convert them.
func converted(zh string, z Number, h enHints) bool {
	if !h.imperial {
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
	"initial": true, "preliminary": true, "earliest": true, "opening": true,
}

// near: a hedged number matches a value within 10 %.
func near(a, b float64) bool {
	if a == 0 || b == 0 {
		return false
	}
	return math.Abs(a-b) <= 0.1*math.Max(math.Abs(a), math.Abs(b))
}

// enCheckNumbers is ENNumbers as qa.numbers reads it: hedged numbers
// marked Approx, Roman numerals of headings ("Part II", "III."), and a
// decade's short form ("the 1990s" is also 90).
func enCheckNumbers(s string) ([]Number, enHints) {
	ns := ENNumbers(s)
	toks := enTokens(s)
	var h enHints
	k := 0
	for i, t := range toks {
		if t.num {
			continue
		}
		switch {
		case enVague[t.text]:
			h.vague = true
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
	for i, t := range toks {
		if i > 0 && enImperial[t.text] {
			if p := toks[i-1]; p.num || enSmall[p.text] != 0 || p.text == "a" || p.text == "couple" {
				h.imperial = true
			}
		}
		switch {
		case t.text == "half" && i+2 < len(toks) && toks[i+1].text == "a" && toks[i+2].text == "dozen":
			ns = append(ns, Number{Kind: Cardinal, Value: 6, Start: t.start, End: toks[i+2].end})
		case t.text == "a" && i+1 < len(toks) && toks[i+1].text == "dozen":
			ns = append(ns, Number{Kind: Cardinal, Value: 12, Start: t.start, End: toks[i+1].end})
		case t.text == "halves" || t.text == "half" && i > 0 && toks[i-1].text == "in":
			ns = append(ns, Number{Kind: Cardinal, Value: 2, Start: t.start, End: t.end}) // cut in half: two
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
	return ns, h
}

// romanValue reads an upper-case Roman numeral (I to XXXIX) that stands as
// a heading number: after Part, Chapter, Book, Section, Volume or Article,
// or at the start of the text before a full stop. 0 when it is not one.
func romanValue(s string, t enTok, i int, toks []enTok) float64 {
	w := s[t.start:t.end]
	if len(w) > 6 || strings.Trim(w, "IVX") != "" {
		return 0
	}
	heading := i > 0 && (toks[i-1].text == "part" || toks[i-1].text == "chapter" || toks[i-1].text == "book" ||
		toks[i-1].text == "section" || toks[i-1].text == "volume" || toks[i-1].text == "article" || toks[i-1].text == "war")
	lead := i == 0 && t.end < len(s) && s[t.end] == '.'
	// II, III, IV... after a name ("World War II", "Elizabeth II")
	named := len(w) >= 2 && i > 0 && s[toks[i-1].start] >= 'A' && s[toks[i-1].start] <= 'Z'
	if !heading && !lead && !named {
		return 0
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	total := 0
	for j := 0; j < len(w); j++ {
		v := val[w[j]]
		if j+1 < len(w) && val[w[j+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return float64(total)
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
