package glossary

import (
	"sort"
	"strings"
	"unicode"
)

// Pair is one approved segment: its Chinese and English.
type Pair struct{ ZH, EN string }

// Proposal is a term the archive suggests: the Chinese forms, the English
// rendering used most with them, its variants, and the evidence.
type Proposal struct {
	ZH       []string
	EN       string
	Kind     Kind
	Segments int       // approved segments holding the Chinese
	Together int       // of those, how many hold the English too
	Variants []Variant // other English found with the Chinese, most used first
	Score    float64
	dice     []float64 // per ZH form while proposals are gathered
}

// Variant is another English seen with a proposal's Chinese.
type Variant struct {
	EN    string
	Count int
}

// SuggestOptions tune Suggest.
type SuggestOptions struct {
	MinSegments int // a Chinese candidate must recur in this many segments (default 2)
	Max         int // at most this many proposals (default 50)
}

// Suggest proposes terms from approved segments that the glossary does
// not have. Candidates on the Chinese side are the recurring runs of 2 to
// 8 Chinese characters that neither start nor end with a function
// character, kept only at their longest (a run inside a longer one that
// recurs as often is the longer one's part); runs that hold a glossary
// form, or lie inside one, are left out. On the English side, the
// candidates are the names of the segment: runs of capitalised words (with
// of, the, and, for, de inside), acronyms. Each Chinese candidate gets the
// English candidate that co-occurs with it best (Dice coefficient over
// segments, at least 0.4 and two segments together); Chinese candidates
// given the same English become one proposal with several forms. They are
// ranked by segments together × Dice.
func Suggest(pairs []Pair, g *Glossary, opts SuggestOptions) []Proposal {
	if opts.MinSegments < 2 {
		opts.MinSegments = 2
	}
	if opts.Max <= 0 {
		opts.Max = 50
	}
	known := map[string]bool{}
	var forms []string
	if g != nil {
		for _, t := range g.Terms {
			forms = append(forms, t.ZH...)
			known[strings.ToLower(t.EN)] = true
			if t.Abbr != "" {
				known[strings.ToLower(t.Abbr)] = true
			}
		}
	}
	// Chinese runs and English names per segment.
	zhSegs := map[string][]int{}
	enSegs := map[string][]int{}
	for i, p := range pairs {
		for _, c := range zhCandidates(p.ZH) {
			zhSegs[c] = append(zhSegs[c], i)
		}
		for _, n := range enNames(p.EN) {
			enSegs[n] = append(enSegs[n], i)
		}
	}
	// Recurring, not a glossary form's part or whole, longest.
	var cands []string
	for c, segs := range zhSegs {
		if len(segs) < opts.MinSegments || coveredBy(c, forms) {
			continue
		}
		cands = append(cands, c)
	}
	sort.Strings(cands)
	closed := cands[:0:0]
	for _, c := range cands {
		sub := false
		for _, d := range cands {
			if d != c && len(zhSegs[d]) == len(zhSegs[c]) && strings.Contains(d, c) {
				sub = true
				break
			}
		}
		if !sub {
			closed = append(closed, c)
		}
	}
	byEN := map[string]*Proposal{}
	for _, c := range closed {
		segs := zhSegs[c]
		in := map[int]bool{}
		for _, s := range segs {
			in[s] = true
		}
		co := map[string]int{}
		for n, ss := range enSegs {
			for _, s := range ss {
				if in[s] {
					co[n]++
				}
			}
		}
		best, bestDice := "", 0.0
		type seen struct {
			en string
			n  int
			d  float64
		}
		var all []seen
		for n, k := range co {
			d := 2 * float64(k) / float64(len(segs)+len(enSegs[n]))
			all = append(all, seen{n, k, d})
			if k >= 2 && (d > bestDice || d == bestDice && n < best) {
				best, bestDice = n, d
			}
		}
		if best == "" || bestDice < 0.4 || known[strings.ToLower(best)] {
			continue
		}
		score := float64(co[best]) * bestDice
		p := byEN[best]
		if p == nil {
			p = &Proposal{EN: best, Kind: guessKind(c, best)}
			byEN[best] = p
			sort.Slice(all, func(i, j int) bool {
				if all[i].n != all[j].n {
					return all[i].n > all[j].n
				}
				return all[i].en < all[j].en
			})
			for _, v := range all {
				if v.en != best && v.d >= 0.3 && len(p.Variants) < 3 {
					p.Variants = append(p.Variants, Variant{v.en, v.n})
				}
			}
		}
		p.ZH = append(p.ZH, c)
		p.dice = append(p.dice, bestDice)
		if score > p.Score {
			p.Score, p.Segments, p.Together = score, len(segs), co[best]
		}
	}
	out := make([]Proposal, 0, len(byEN))
	for _, p := range byEN {
		// Keep the forms that go with the English nearly as well as the
		// best one: the others are fragments or neighbours of the name.
		top := 0.0
		for _, d := range p.dice {
			top = max(top, d)
		}
		// A form inside another kept form that goes as well with the
		// English is a fragment of it (车公司 of 空中客车公司).
		var keep []string
		for i, c := range p.ZH {
			if p.dice[i] < 0.75*top {
				continue
			}
			inside := false
			for j, d := range p.ZH {
				if j != i && p.dice[j] >= p.dice[i] && len(d) > len(c) && strings.Contains(d, c) {
					inside = true
				}
			}
			if !inside {
				keep = append(keep, c)
			}
		}
		p.ZH, p.dice = keep, nil
		sort.Slice(p.ZH, func(i, j int) bool {
			return len(zhSegs[p.ZH[i]]) > len(zhSegs[p.ZH[j]]) || len(zhSegs[p.ZH[i]]) == len(zhSegs[p.ZH[j]]) && p.ZH[i] < p.ZH[j]
		})
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].EN < out[j].EN
	})
	if len(out) > opts.Max {
		out = out[:opts.Max]
	}
	return out
}

// coveredBy reports whether c holds a glossary form or lies inside one.
func coveredBy(c string, forms []string) bool {
	for _, f := range forms {
		if strings.Contains(c, f) || strings.Contains(f, c) {
			return true
		}
	}
	return false
}

// function characters: a term neither starts nor ends with one.
const zhFunction = "的了是在和与及对为将把被从向于也就都而并等个这那其之年月日中上下不有一我你他她它们们说要可以到着过还又很更所"

// zhCandidates lists the distinct runs of 2–8 Chinese characters of zh
// that neither start nor end with a function character.
func zhCandidates(zh string) []string {
	seen := map[string]bool{}
	var out []string
	var run []rune
	flush := func() {
		for i := range run {
			if strings.ContainsRune(zhFunction, run[i]) {
				continue
			}
			for j := i + 2; j <= len(run) && j-i <= 8; j++ {
				if strings.ContainsRune(zhFunction, run[j-1]) {
					continue
				}
				s := string(run[i:j])
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		run = run[:0]
	}
	for _, r := range zh {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// Words that start a sentence or stand capitalised without being a name.
var enStop = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "In": true, "On": true, "At": true, "But": true, "And": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "Then": true, "So": true, "If": true, "As": true,
	"For": true, "With": true, "By": true, "Of": true, "To": true, "From": true, "When": true,
	"What": true, "Who": true, "How": true, "Why": true, "Where": true, "His": true, "Her": true,
	"Their": true, "Our": true, "My": true, "Its": true, "Yes": true, "No": true, "Not": true,
	"After": true, "Before": true, "Now": true, "Some": true, "All": true, "One": true, "You": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Mr.": true, "Mrs.": true, "Dr.": true,
}

// Words allowed inside a name ("Ministry of Commerce").
var enJoin = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "on": true}

// enNames lists the distinct names of an English sentence: runs of
// capitalised words or acronyms, with joining words inside.
func enNames(en string) []string {
	words := strings.FieldsFunc(en, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '.')
	})
	seen := map[string]bool{}
	var out []string
	add := func(ws []string) {
		for len(ws) > 0 && (enJoin[ws[len(ws)-1]] || enStop[ws[len(ws)-1]]) {
			ws = ws[:len(ws)-1]
		}
		for len(ws) > 0 && enStop[ws[0]] {
			ws = ws[1:]
		}
		if len(ws) == 0 {
			return
		}
		// A possessive ends the name: Amazon's → Amazon (America's Cup stays).
		last := len(ws) - 1
		ws[last] = strings.TrimSuffix(strings.TrimSuffix(ws[last], "'s"), "’s")
		s := strings.Trim(strings.Join(ws, " "), ".'’-")
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var cur []string
	for _, w := range words {
		r := []rune(strings.Trim(w, ".'’-"))
		switch {
		case len(r) > 0 && unicode.IsUpper(r[0]):
			cur = append(cur, strings.TrimRight(w, ".'’"))
		case len(cur) > 0 && enJoin[w]:
			cur = append(cur, w)
		default:
			add(cur)
			cur = nil
		}
	}
	add(cur)
	return out
}

// guessKind guesses a proposal's kind from its English.
func guessKind(zh, en string) Kind {
	last := en[strings.LastIndexByte(en, ' ')+1:]
	switch last {
	case "Association", "Department", "Committee", "Ministry", "Party", "Council", "University", "Bank",
		"Company", "Group", "Center", "Centre", "Institute", "Agency", "Office", "Commission", "Federation",
		"Union", "Corporation", "Inc", "Administration", "Bureau", "Society", "Academy", "Fund", "Organization":
		return Organization
	}
	if n := len([]rune(zh)); n >= 2 && n <= 4 && strings.Count(en, " ") == 1 {
		return Person
	}
	return Other
}
