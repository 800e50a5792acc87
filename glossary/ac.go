package glossary

import (
	"slices"
	"sort"
)

// automaton is an Aho–Corasick automaton over int32 symbols (runes for
// Chinese, word ids for English) that finds non-overlapping matches with
// leftmost-longest semantics: scanning left to right, the match that starts
// first wins, and among those the longest (English); or longest first
// wherever matches overlap (Chinese, longestFirst).
//
// We write it ourselves rather than take a library: the Go ports that offer
// leftmost-longest (petar-dambovaliev/aho-corasick) have open bugs in exactly
// that mode (overlapping results, #13/#14) and little upkeep, and we need it
// over word ids, not bytes, to get whole-word English matching for free.
type automaton struct {
	root  []int32 // dense first transitions: root[sym] = state, 0 = none
	st    []state
	edges []edge
}

// state is one automaton state, kept together for cache locality.
type state struct {
	lo, hi  int32 // a non-root state's edges are edges[lo:hi], sorted by sym
	fail    int32 // failure link
	dict    int32 // nearest terminal state along the failure chain, -1 if none
	depth   int32 // length of the path from the root
	pattern int32 // pattern id ending at this state, -1 if none
	sym1    int32 // a state with one edge (most of a trie) keeps it here,
	next1   int32 // saving a cache miss on edges
}

type edge struct{ sym, next int32 }

// match is one occurrence of pattern Pat in symbols [Start, End).
type match struct{ Start, End, Pat int32 }

// buildAutomaton builds the automaton for patterns; pattern i has id i.
// Empty patterns and symbols < 0 are not allowed (callers filter them);
// a pattern given twice keeps its first id.
func buildAutomaton(patterns [][]int32) *automaton {
	// The trie is built from the patterns in sorted order: each pattern
	// shares its prefix with the one before, and every state's edges come
	// out in increasing symbol order, so no map and no sorting of edges is
	// needed. Equal patterns sort by id, so a repeated one keeps its first id.
	total := 0
	for _, p := range patterns {
		total += len(p)
	}
	order := make([]int32, len(patterns))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := slices.Compare(patterns[x], patterns[y]); c != 0 {
			return c
		}
		return int(x - y) // equal patterns: the first id first
	})
	type triple struct{ parent, sym, child int32 }
	tri := make([]triple, 0, total)
	depth := make([]int32, 1, total+1)
	pat := make([]int32, 1, total+1)
	pat[0] = -1
	maxSym := int32(-1)
	path := []int32{0}
	var prev []int32
	for _, id := range order {
		p := patterns[id]
		if len(p) == 0 {
			continue
		}
		l := 0
		for l < len(p) && l < len(prev) && p[l] == prev[l] {
			l++
		}
		path = path[:l+1]
		for d := l; d < len(p); d++ {
			if p[d] > maxSym {
				maxSym = p[d]
			}
			child := int32(len(depth))
			depth = append(depth, int32(d+1))
			pat = append(pat, -1)
			tri = append(tri, triple{path[d], p[d], child})
			path = append(path, child)
		}
		if s := path[len(p)]; pat[s] < 0 {
			pat[s] = id
		}
		prev = p
	}
	n := len(depth)
	a := &automaton{root: make([]int32, maxSym+1), st: make([]state, n)}
	for i := range a.st {
		a.st[i].depth, a.st[i].pattern, a.st[i].dict, a.st[i].next1 = depth[i], pat[i], -1, -1
	}
	// Place the edges: count per state, then fill (order kept).
	for _, t := range tri {
		if t.parent == 0 {
			a.root[t.sym] = t.child
		} else {
			a.st[t.parent].hi++
		}
	}
	off := int32(0)
	for s := 0; s < n; s++ {
		c := a.st[s].hi
		a.st[s].lo, a.st[s].hi = off, off
		off += c
	}
	a.edges = make([]edge, off)
	for _, t := range tri {
		if t.parent != 0 {
			a.edges[a.st[t.parent].hi] = edge{t.sym, t.child}
			a.st[t.parent].hi++
		}
	}
	for s := 1; s < n; s++ {
		if st := &a.st[s]; st.hi-st.lo == 1 {
			st.sym1, st.next1 = a.edges[st.lo].sym, a.edges[st.lo].next
		}
	}
	// Breadth-first: failure and dictionary links.
	queue := make([]int32, 0, n)
	for _, s := range a.root {
		if s != 0 {
			queue = append(queue, s) // fail = 0 (root)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := a.st[s].fail
		if a.st[f].pattern >= 0 {
			a.st[s].dict = f
		} else {
			a.st[s].dict = a.st[f].dict
		}
		for _, e := range a.edges[a.st[s].lo:a.st[s].hi] {
			a.st[e.next].fail = a.step(a.st[s].fail, e.sym)
			queue = append(queue, e.next)
		}
	}
	return a
}

// goto_ is the trie transition from s on sym, or -1.
func (a *automaton) goto_(s, sym int32) int32 {
	if s == 0 {
		if sym >= 0 && int(sym) < len(a.root) && a.root[sym] != 0 {
			return a.root[sym]
		}
		return -1
	}
	st := &a.st[s]
	if st.next1 >= 0 {
		if st.sym1 == sym {
			return st.next1
		}
		return -1
	}
	es := a.edges[st.lo:st.hi]
	if len(es) <= 8 {
		for _, e := range es {
			if e.sym == sym {
				return e.next
			}
		}
		return -1
	}
	i := sort.Search(len(es), func(i int) bool { return es[i].sym >= sym })
	if i < len(es) && es[i].sym == sym {
		return es[i].next
	}
	return -1
}

// step is the automaton's transition: follow failure links until sym can
// be read (or we are back at the root).
func (a *automaton) step(s, sym int32) int32 {
	if sym < 0 {
		return 0
	}
	for {
		if next := a.goto_(s, sym); next >= 0 {
			return next
		}
		if s == 0 {
			return 0
		}
		s = a.st[s].fail
	}
}

// all appends every (possibly overlapping) occurrence in text to out, in
// order of their end.
func (a *automaton) all(text []int32, out []match) []match {
	s := int32(0)
	for i, sym := range text {
		s = a.step(s, sym)
		t := s
		if a.st[t].pattern < 0 {
			t = a.st[t].dict
		}
		for t > 0 {
			end := int32(i + 1)
			out = append(out, match{end - a.st[t].depth, end, a.st[t].pattern})
			t = a.st[t].dict
		}
	}
	return out
}

// leftmostLongest returns the non-overlapping leftmost-longest matches in
// text, in order. buf is scratch space that may be reused.
func (a *automaton) leftmostLongest(text []int32, buf []match) []match {
	all := a.all(text, buf[:0])
	if len(all) <= 1 {
		return all
	}
	slices.SortFunc(all, func(x, y match) int {
		if x.Start != y.Start {
			return int(x.Start - y.Start)
		}
		return int(y.End - x.End)
	})
	out := all[:0]
	end := int32(-1)
	for _, m := range all {
		if m.Start >= end {
			out = append(out, m)
			end = m.End
		}
	}
	return out
}

// longestFirst returns non-overlapping matches in text, in order, choosing
// the longest first wherever matches overlap (the leftmost among equals):
// in 小红卫兵 the three characters of 红卫兵 win over the two of 小红, as a
// reader segments it. buf and taken are scratch space that may be reused;
// taken is returned for reuse.
func (a *automaton) longestFirst(text []int32, buf []match, taken []bool) ([]match, []bool) {
	all := a.all(text, buf[:0])
	if len(all) <= 1 {
		return all, taken
	}
	byStart := func(x, y match) int { return int(x.Start - y.Start) }
	slices.SortFunc(all, byStart)
	overlap := false
	for i := 1; i < len(all) && !overlap; i++ {
		overlap = all[i].Start < all[i-1].End
	}
	if !overlap {
		return all, taken // the usual case: nothing to choose
	}
	slices.SortFunc(all, func(x, y match) int {
		if lx, ly := x.End-x.Start, y.End-y.Start; lx != ly {
			return int(ly - lx)
		}
		return int(x.Start - y.Start)
	})
	if cap(taken) < len(text) {
		taken = make([]bool, len(text))
	} else {
		taken = taken[:len(text)]
		clear(taken)
	}
	out := all[:0]
next:
	for _, m := range all {
		for i := m.Start; i < m.End; i++ {
			if taken[i] {
				continue next
			}
		}
		for i := m.Start; i < m.End; i++ {
			taken[i] = true
		}
		out = append(out, m)
	}
	slices.SortFunc(out, byStart)
	return out, taken
}
