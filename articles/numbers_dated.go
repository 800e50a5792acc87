package articles

import (
	"strings"
	"time"
)

// What the article's date tells qa.numbers (news English counts time from
// the day of the story): 2025年 is "this year" in an article of 2025 and
// "last year" in one of 2026, 12月 "this month" or "last month", and a bare
// day (5日) of a story dated 2026-01-03 is 2026-01-05, a Monday, so that
// "Sunday" for it is wrong. And what a price per 斤 is per kilogram.

// NumberContext is what qa.numbers knows of a segment beyond its pair.
type NumberContext struct {
	// Date is the article's date (the day its slug begins with: SlugDate);
	// zero when it is not known.
	Date time.Time
	// Article is the article's segments in order and At the position of
	// the segment checked among them: a month the paragraph gave, and a
	// headline's number the body carries
	// (numbers_article.go). Nil when not known.
	Article []*Segment
	At      int
}

// CalendarNote says why a day the English gives as a weekday is wrong: Date
// is the day the Chinese names (its year and month from the text or from
// the article's date), Said the weekday the English gives for it.
type CalendarNote struct {
	Date time.Time
	Said time.Weekday
}

// SlugDate reads the date an article's slug begins with, as the desk names
// articles ("2025-12-09-cma-idcpc"): four digits, two, two, then the end
// or a hyphen, and a day of the calendar.
func SlugDate(slug string) (time.Time, bool) {
	if len(slug) < 10 || len(slug) > 10 && slug[10] != '-' {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", slug[:10])
	if err != nil || t.Year() < 1900 {
		return time.Time{}, false
	}
	return t, true
}

// dayOf gives the year and month of day d of the Chinese, whose year y and
// month m the text may leave out (0), from the article's date: a bare day
// is the one with that number within 13 days of the article's date (at
// most one is: news tells of yesterday, today and the days near), a month
// and day without a year the one within half a year. Unchanged when the
// date is not known or no such day is near.
func (c NumberContext) dayOf(y, m, d int) (int, int) {
	if c.Date.IsZero() || y != 0 && m != 0 {
		return y, m
	}
	near := func(t time.Time, days int) bool {
		diff := t.Sub(c.Date).Hours() / 24
		return t.Day() == d && diff >= float64(-days) && diff <= float64(days)
	}
	if m == 0 {
		if y != 0 {
			return y, m
		}
		for k := -1; k <= 1; k++ {
			if t := time.Date(c.Date.Year(), c.Date.Month()+time.Month(k), d, 0, 0, 0, 0, time.UTC); near(t, 13) {
				return t.Year(), int(t.Month())
			}
		}
		return y, m
	}
	for k := -1; k <= 1; k++ {
		if t := time.Date(c.Date.Year()+k, time.Month(m), d, 0, 0, 0, 0, time.UTC); near(t, 183) {
			return t.Year(), m
		}
	}
	return y, m
}

// enRelative finds the years and months the English names relative to the
// article's date: "this year", "last year", "next year", "this month",
// "last month", "next month" (not "the last year", the twelve months before).
// Months are counted as year*12+month-1.
func enRelative(h *enHints, c NumberContext) (years, months map[int]bool) {
	if c.Date.IsZero() {
		return nil, nil
	}
	toks := h.toks
	for i := 0; i+1 < len(toks); i++ {
		k := 0
		switch toks[i].text {
		case "this":
		case "last":
			k = -1
		case "next":
			k = 1
		default:
			continue
		}
		if k != 0 && i > 0 && toks[i-1].text == "the" {
			continue
		}
		switch toks[i+1].text {
		case "year":
			if years == nil {
				years = map[int]bool{}
			}
			years[c.Date.Year()+k] = true
		case "month":
			if months == nil {
				months = map[int]bool{}
			}
			months[c.Date.Year()*12+int(c.Date.Month())-1+k] = true
		}
	}
	return years, months
}

// relative reports whether z, a year (2025年, or a class year 2025届), a month without its year
// (12月) or a date with its year (2025年12月9日) of zh, is named in the
// English relative to the article's date: 2025年 as "this year" in a story
// of 2025, 12月 as "last month" in one of January, 2025年12月9日 as "Dec. 9
// this year", or as "Dec. 9" alone in a story of 2025 (onlyYear). A month
// is taken in the year that puts it within half a year of the date.
func relative(zh string, z Number, h *enHints, c NumberContext) bool {
	if c.Date.IsZero() || z.Alt != 0 || z.Approx || z.End > len(zh) {
		return false
	}
	switch {
	case z.Kind == Cardinal && z.Value >= 1000 && z.Value < 3000 && z.Value == float64(int(z.Value)):
		rest := zh[z.End:]
		// 2026届: the class of a year (its graduates), said as the year is
		if !strings.HasPrefix(rest, "年") && !strings.HasPrefix(rest, "届") || strings.HasPrefix(rest, "年代") || strings.HasPrefix(rest, "年级") {
			return false
		}
		years, _ := enRelative(h, c)
		return years[int(z.Value)]
	case z.Kind == Date && z.Year != 0 && z.Month != 0:
		// 2025年12月9日 "Dec. 9 this year", 2025年12月 "this month" or
		// "December this year"
		years, months := enRelative(h, c)
		if z.Day == 0 && months[z.Year*12+z.Month-1] {
			return true
		}
		if !years[z.Year] && !(z.Year == c.Date.Year() && onlyYear(h, z.Year, years)) {
			return false
		}
		for _, e := range h.ns {
			if (e.Kind == Date || e.Kind == Month) && e.Year == 0 && e.Month == z.Month && e.Day == z.Day {
				return true
			}
		}
		return false
	case z.Kind == Month && z.Month != 0:
		if strings.HasPrefix(zh[z.End:], "龄") {
			return false
		}
		_, months := enRelative(h, c)
		if months == nil {
			return false
		}
		y, _ := c.dayOf(0, z.Month, 1)
		if y == 0 {
			return false
		}
		return months[y*12+z.Month-1]
	}
	return false
}

// onlyYear reports whether the English names no year but y: no date with
// another year, no other four-digit year, no "last year" or "next year"
// (years, from enRelative). Then a date of the article's own year may go
// without its year, as news English writes this year's dates:
// 2026年7月16日 "on July 16", 2026年7月 "in July" in a story of 2026 (the
// sixth held-out probe). A date of another year keeps its year, however
// near (2025年12月20日 in a story of 2026-01-03: "Dec. 20, 2025" or "Dec.
// 20 last year").
func onlyYear(h *enHints, y int, years map[int]bool) bool {
	for k := range years {
		if k != y {
			return false
		}
	}
	for _, e := range h.ns {
		if e.Kind == Date && e.Year != 0 && e.Year != y || enYear(h.s, e) && int(e.Value) != y {
			return false
		}
	}
	return true
}

// zhPriceUnits are the units a Chinese price is given per, with the factor
// to a price per each English unit class: 5元/斤 is 10 yuan per kg (a jin
// is half a kilogram), 4860元/吨 4.86 yuan per kg.
var zhPriceUnits = []struct {
	unit string
	to   map[string]float64
}{
	{"公斤", map[string]float64{"tonne": 1000}},
	{"千克", map[string]float64{"tonne": 1000}},
	{"斤", map[string]float64{"kg": 2, "tonne": 2000}},
	{"吨", map[string]float64{"kg": 1e-3}},
}

// zhPrice gives the conversions of z when it is a price in yuan per a unit
// of weight (1.2元/斤, 1.5元每斤, 每斤3元左右, 每公斤4.86元), nil otherwise.
func zhPrice(zh string, z Number) map[string]float64 {
	if z.Kind != Cardinal || z.Value <= 0 || z.End > len(zh) {
		return nil
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(zh[z.End:], "多余来"), "元")
	if !ok {
		return nil
	}
	rest = strings.TrimPrefix(rest, "左右")
	before := zh[:z.Start]
	for _, p := range zhPriceUnits {
		for _, per := range []string{"/", "／", "每", "一"} {
			if strings.HasPrefix(rest, per+p.unit) {
				return p.to
			}
		}
		if strings.HasSuffix(before, "每"+p.unit) {
			return p.to
		}
	}
	return nil
}

// enPriceClass gives the unit class of the English price at en[end:]:
// "yuan per kg", "yuan a kilogram", "yuan/kg", "yuan per tonne"; "" for
// none.
func enPriceClass(en string, end int) string {
	rest := strings.TrimLeft(en[end:], " ")
	if len(rest) < 4 || !strings.EqualFold(rest[:4], "yuan") {
		return ""
	}
	rest = strings.TrimLeft(rest[4:], " ")
	switch {
	case strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "per "), strings.HasPrefix(rest, "a "), strings.HasPrefix(rest, "an "):
		rest = rest[strings.IndexByte(rest, ' ')+1:]
	default:
		return ""
	}
	return enUnitClass(rest, 0)
}

// enDatedWeekdays finds the days of zh whose date the English gives with a
// weekday beside it that the calendar contradicts ("Friday, Oct. 16" for
// 10月16日 of 2025, a Thursday), the year from the English date or the
// article's. It returns them by their start in zh, with the note.
func enDatedWeekdays(zh string, zn []Number, h *enHints, c NumberContext) map[int]CalendarNote {
	dated := false
	for _, e := range h.ns {
		dated = dated || e.Kind == Date && e.Day != 0
	}
	if !dated {
		return nil
	}
	var out map[int]CalendarNote
	for i, t := range h.toks {
		w, ok := enWeekdays[t.text]
		if !ok {
			continue
		}
		// the date right after the weekday ("Friday, Oct. 16", "Friday (Oct.
		// 16)") or right before it ("Oct. 16, Friday")
		for _, e := range h.ns {
			if e.Kind != Date || e.Day == 0 || e.Month == 0 {
				continue
			}
			var gap string
			switch {
			case e.Start >= t.end && (i+1 < len(h.toks) && h.toks[i+1].start == e.Start):
				gap = h.s[t.end:e.Start]
			case e.End <= t.start && i > 0 && h.toks[i-1].end == e.End:
				gap = h.s[e.End:t.start]
			default:
				continue
			}
			if strings.Trim(gap, " ,(") != "" {
				continue
			}
			y := e.Year
			if y == 0 {
				y, _ = c.dayOf(0, e.Month, e.Day)
			}
			if y == 0 {
				continue
			}
			d := time.Date(y, time.Month(e.Month), e.Day, 12, 0, 0, 0, time.UTC)
			if d.Day() != e.Day || d.Weekday() == w {
				continue
			}
			for _, at := range c.zhDaysOn(zh, zn, y, e.Month, e.Day) {
				if out == nil {
					out = map[int]CalendarNote{}
				}
				out[at] = CalendarNote{Date: d, Said: w}
			}
		}
	}
	return out
}

// zhDaysOn gives the starts of the numbers of zh (zn) that are day d of
// month m of year y, a year or month the Chinese leaves out taken from
// the article's date (dayOf) or, when that does not give it, as any.
func (c NumberContext) zhDaysOn(zh string, zn []Number, y, m, d int) []int {
	var out []int
	for _, z := range zn {
		zy, zm, zd := zhDay(zh, zn, z)
		zy, zm = c.dayOf(zy, zm, zd)
		if zd == d && (zm == 0 || zm == m) && (zy == 0 || zy == y) {
			out = append(out, z.Start)
		}
	}
	return out
}
