package glossary

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAutomaton: over any patterns and text, the automaton's matches are
// exactly the naive leftmost-longest ones, and the longest-first ones are
// a maximal choice, the longer first.
func FuzzAutomaton(f *testing.F) {
	f.Add("中联部|中联部经济合作中心|经济合作中心", "中联部经济合作中心和中联部和经济合作中心")
	f.Add("he|she|his|hers", "ushers")
	f.Add("a|aa|aaa", "aaaaaaaa")
	f.Add("abcd|bc|c", "abcabcd")
	f.Fuzz(func(t *testing.T, pats, text string) {
		if !utf8.ValidString(pats) || !utf8.ValidString(text) {
			return
		}
		var ps [][]int32
		for _, p := range strings.Split(pats, "|") {
			if p != "" {
				ps = append(ps, []int32(p))
			}
		}
		if len(ps) == 0 || len(ps) > 50 {
			return
		}
		a := buildAutomaton(ps)
		got := a.leftmostLongest([]int32(text), nil)
		want := naiveLeftmostLongest([]int32(text), firstIDs(ps))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("patterns %q text %q:\n got %v\nwant %v", pats, text, got, want)
		}
		// longestFirst: real occurrences, in order, not overlapping, and
		// every occurrence left out overlaps a chosen one at least as long
		lf, _ := a.longestFirst([]int32(text), nil, nil)
		all := a.all([]int32(text), nil)
		for i, m := range lf {
			if i > 0 && m.Start < lf[i-1].End {
				t.Fatalf("patterns %q text %q: %v overlaps or is out of order", pats, text, lf)
			}
			if !slices.Contains(all, m) {
				t.Fatalf("patterns %q text %q: %v is not an occurrence", pats, text, m)
			}
		}
		for _, o := range all {
			covered := false
			for _, m := range lf {
				covered = covered || o.Start < m.End && m.Start < o.End && m.End-m.Start >= o.End-o.Start
			}
			if !covered {
				t.Fatalf("patterns %q text %q: %v left out for no longer match (%v)", pats, text, o, lf)
			}
		}
	})
}

// FuzzMatchEN: every English match is a real whole-word occurrence of what
// it claims, matches do not overlap, and they are the leftmost-longest
// ones over the text's words.
func FuzzMatchEN(f *testing.F) {
	f.Add("China Mining Association|CMA|Cheng Liwei|Prospectors' Day", "the China\u00a0Mining Association (CMA), CMAs, DCMA, Liwei-Cheng, Prospectors’ Day")
	f.Add("a b|b c|a", "a b c a")
	f.Add("Secretary-General|x", "Secretary–General x-x")
	f.Fuzz(func(t *testing.T, pats, text string) {
		if !utf8.ValidString(pats) || !utf8.ValidString(text) {
			return
		}
		g := &Glossary{}
		for i, p := range strings.Split(pats, "|") {
			if i >= 30 {
				break
			}
			g.Terms = append(g.Terms, &Term{ID: fmt.Sprint(i), ZH: []string{"甲"}, EN: p, Kind: Person, Status: Approved})
		}
		ms := g.MatchEN(text)
		end := -1
		for _, m := range ms {
			if m.Start < end || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad span %d..%d after %d in %q", m.Start, m.End, end, text)
			}
			end = m.End
			span := text[m.Start:m.End]
			for _, h := range m.Hits {
				if normEN(span, true) != normEN(h.Text, true) {
					t.Fatalf("span %q is not %q", span, h.Text)
				}
			}
			if r, _ := utf8.DecodeLastRuneInString(text[:m.Start]); m.Start > 0 && isWordRune(foldPunct(r)) {
				if r0, _ := utf8.DecodeRuneInString(span); isWordRune(foldPunct(r0)) {
					t.Fatalf("span %q starts inside a word of %q", span, text)
				}
			}
			if r, _ := utf8.DecodeRuneInString(text[m.End:]); m.End < len(text) && isWordRune(foldPunct(r)) {
				if r0, _ := utf8.DecodeLastRuneInString(span); isWordRune(foldPunct(r0)) {
					t.Fatalf("span %q ends inside a word of %q", span, text)
				}
			}
		}
		// Against the naive reference over word symbols.
		ix := g.index()
		toks := tokenize(text, nil)
		syms := make([]int32, len(toks))
		for i, tk := range toks {
			id, ok := ix.vocab[string(stemToken(nil, appendFold(nil, text[tk.Start:tk.End], true), text[tk.Start:tk.End]))]
			if !ok {
				id = -1
			}
			syms[i] = id
		}
		var pats32 [][]int32
		seen := map[string]bool{}
		for _, hs := range ix.enHits {
			k := normEN(hs[0].Text, true)
			if seen[k] {
				pats32 = append(pats32, nil)
				continue
			}
			seen[k] = true
			pats32 = append(pats32, ix.symbols(hs[0].Text))
		}
		want := naiveLeftmostLongest(syms, pats32)
		// a match ending in punctuation with a word right after it is not
		// a whole word ("U.S." in "U.S.A")
		want = slices.DeleteFunc(want, func(w match) bool {
			last := toks[w.End-1]
			return int(w.End) < len(toks) && toks[w.End].Start == last.End && !wordToken(text, last) && wordToken(text, toks[w.End])
		})
		if len(want) != len(ms) {
			t.Fatalf("%q in %q: %d matches, naive %d", pats, text, len(ms), len(want))
		}
		for i, w := range want {
			if toks[w.Start].Start != ms[i].Start || toks[w.End-1].End != ms[i].End {
				t.Fatalf("%q in %q: match %d differs from naive", pats, text, i)
			}
		}
	})
}

// FuzzCheck: over any segments, the checks never panic, every span lies in
// the text it names, and Found is that span's text.
func FuzzCheck(f *testing.F) {
	f.Add("中国矿业联合会和程立伟", "Liwei Cheng of the China Mining Federation (CMA)", "中矿联", "CMA said")
	f.Add("中联部经济合作中心", "the economic cooperation center of the international department of the CPC central committee", "", "")
	f.Add("副秘书长", "Deputy Secretary‐General", "旧名", "Old Mining Society OMS")
	g := testGlossary()
	f.Fuzz(func(t *testing.T, zh1, en1, zh2, en2 string) {
		ss := segs(zh1+"|"+en1, zh2+"|"+en2)
		ss[0].ZH, ss[0].EN, ss[1].ZH, ss[1].EN = zh1, en1, zh2, en2
		for _, is := range g.Check(ss) {
			s := is.Segment
			if is.ENStart >= 0 {
				if is.ENEnd > len(s.EN) || is.ENStart >= is.ENEnd || s.EN[is.ENStart:is.ENEnd] != is.Found {
					t.Fatalf("bad EN span %+v in %q", is, s.EN)
				}
			} else if is.ZHEnd > len(s.ZH) || is.ZHStart >= is.ZHEnd || s.ZH[is.ZHStart:is.ZHEnd] != is.Found {
				t.Fatalf("bad ZH span %+v in %q", is, s.ZH)
			}
			if !containsRule(is.Rule) {
				t.Fatalf("unknown rule %q", is.Rule)
			}
		}
	})
}

func containsRule(r string) bool {
	for _, x := range Rules {
		if x == r {
			return true
		}
	}
	return false
}
