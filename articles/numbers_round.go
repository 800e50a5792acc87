package articles

import (
	"math"
	"strconv"
	"strings"
)

// A big figure rounded as English news writes it. Chinese counts big sums
// in 万 and 亿; English news gives them in millions, billions and
// trillions, rounded to the decimals it writes: 41235亿元 "4.12 trillion
// yuan", 36870亿元 "3.69 trillion", 1375.4万辆 "13.75 million". The
// rounding need not be hedged ("about 4.12 trillion" was already read, as a
// hedge, roundsTo): the decimals say how precise the figure is. A wrong
// figure ("4.21 trillion"; "4.2 trillion", which is not 4.1235 rounded to
// one decimal), the wrong scale ("4.12 billion"), a figure without
// decimals ("4 trillion", "14 million": one whose last digit is a unit of
// its scale word says nothing of its precision, so it is read as that
// number), one of a single significant digit ("0.3 billion" for 2.87亿)
// and a figure not rounded to its own decimals ("4.10 trillion") stay
// reported; a hedge ("more than 4 trillion") is read as before.

// scaledRounding reports whether e, an English cardinal of en written as
// digits with at least one decimal and a scale word of a million or more
// ("4.12 trillion", "13.75 million", a headline's "3.69 Tln"), is v
// rounded to the decimals it writes.
func scaledRounding(en string, e Number, v float64) bool {
	if e.Kind != Cardinal || e.Approx || v <= 0 || e.Start < 0 || e.End > len(en) || e.Start >= e.End {
		return false
	}
	txt := en[e.Start:e.End]
	i, dot := 0, -1
scan:
	for ; i < len(txt); i++ {
		c := txt[i]
		switch {
		case c >= '0' && c <= '9':
		case c == ',' && dot < 0 && i > 0:
		case c == '.' && dot < 0 && i > 0:
			dot = i
		default:
			break scan
		}
	}
	if dot <= 0 || i == dot+1 {
		return false
	}
	decimals := i - dot - 1
	if sig := strings.TrimLeft(digitMarks.Replace(txt[:i]), "0"); len(sig) < 2 {
		return false // "0.3 billion" for 2.87亿: one significant digit is a figure of its own
	}
	m, err := strconv.ParseFloat(strings.ReplaceAll(txt[:i], ",", ""), 64)
	if err != nil || m <= 0 {
		return false
	}
	scale := 1.0
	for _, w := range strings.Fields(strings.ToLower(txt[i:])) {
		sc := enScale[w]
		if sc == 0 {
			sc = enHeadlineScales[w]
		}
		if sc < 1e6 {
			return false // "4.5 thousand", "1.5 dozen": no scale of news' big sums
		}
		scale *= sc
	}
	if scale < 1e6 || !sameValue(m*scale, e.Value) {
		return false
	}
	x := v / scale
	if sameValue(x, m) {
		return false // the figure itself, not rounded
	}
	unit := math.Pow10(-decimals)
	return math.Abs(x-m) <= unit/2*(1+1e-9)
}

// digitMarks drops the separators of a figure written in digits ("4,123.5"
// to "41235"), to count its significant digits.
var digitMarks = strings.NewReplacer(",", "", ".", "")

// enOwn reports whether e, a number of the English en, is one of its own:
// no value of zn, the Chinese numbers, no count the English only implies
// (h.notCounts), and no rounding of one of zn (roundedIn).
func enOwn(en string, e Number, zn []Number, h *enHints) bool {
	return !hasValueIn(zn, e.Value) && !h.notCounts[e.Start] && !roundedIn(en, e, zn)
}

// roundedIn reports whether the English e is a number of zn rounded as
// scaledRounding reads it: a rounded figure substitutes no count.
func roundedIn(en string, e Number, zn []Number) bool {
	for _, z := range zn {
		if z.Kind == Cardinal && scaledRounding(en, e, z.Value) {
			return true
		}
	}
	return false
}
