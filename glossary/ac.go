package glossary

import "sort"

// automaton is an Aho–Corasick automaton over int32 symbols (runes for
// Chinese, word ids for English) that finds non-overlapping matches with
// leftmost-longest semantics: scanning left to right, the match that starts
// first wins, and among those the longest.
//
// We write it ourselves rather than take a library: the Go ports that offer
// leftmost-longest (petar-dambovaliev/aho-corasick) have open bugs in exactly
// that mode (overlapping results, #13/#14) and little upkeep, and we need it
// over word ids, not bytes, to get whole-word English matching for free.
type automaton struct {
	root    []int32 // dense first transitions: root[sym] = state, 0 = none
	lo, hi  []int32 // non-root state s has edges[lo[s]:hi[s]], sorted by sym
	edges   []edge
	fail    []int32 // failure link
	dict    []int32 // nearest terminal state along the failure chain, -1 if none
	depth   []int32 // length of the path from the root
	pattern []int32 // pattern id ending at this state, -1 if none
}

type edge struct{ sym, next int32 }

// match is one occurrence of pattern Pat in symbols [Start, End).
type match struct{ Start, End, Pat int32 }

// buildAutomaton builds the automaton for patterns; pattern i has id i.
// Empty patterns and symbols < 0 are not allowed (callers filter them);
// a pattern given twice keeps its first id.
func buildAutomaton(patterns [][]int32) *automaton {
	// A trie with map children first; then flattened.
	type node struct {
		kids map[int32]int32
		pat  int32
		dep  int32
	}
	nodes := []node{{pat: -1}}
	maxSym := int32(-1)
	for id, p := range patterns {
		s := int32(0)
		for _, sym := range p {
			if sym > maxSym {
				maxSym = sym
			}
			n := &nodes[s]
			next, ok := n.kids[sym]
			if !ok {
				if n.kids == nil {
					n.kids = map[int32]int32{}
				}
				next = int32(len(nodes))
				n.kids[sym] = next
				dep := nodes[s].dep + 1
				nodes = append(nodes, node{pat: -1, dep: dep})
			}
			s = next
		}
		if s != 0 && nodes[s].pat < 0 {
			nodes[s].pat = int32(id)
		}
	}
	n := len(nodes)
	a := &automaton{
		root:    make([]int32, maxSym+1),
		lo:      make([]int32, n),
		hi:      make([]int32, n),
		fail:    make([]int32, n),
		dict:    make([]int32, n),
		depth:   make([]int32, n),
		pattern: make([]int32, n),
	}
	for i := range nodes {
		a.depth[i] = nodes[i].dep
		a.pattern[i] = nodes[i].pat
		a.dict[i] = -1
		if i == 0 {
			for sym, next := range nodes[0].kids {
				a.root[sym] = next
			}
			continue
		}
		a.lo[i] = int32(len(a.edges))
		for sym, next := range nodes[i].kids {
			a.edges = append(a.edges, edge{sym, next})
		}
		a.hi[i] = int32(len(a.edges))
		es := a.edges[a.lo[i]:a.hi[i]]
		sort.Slice(es, func(x, y int) bool { return es[x].sym < es[y].sym })
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
		f := a.fail[s]
		if a.pattern[f] >= 0 {
			a.dict[s] = f
		} else {
			a.dict[s] = a.dict[f]
		}
		for _, e := range a.edges[a.lo[s]:a.hi[s]] {
			a.fail[e.next] = a.step(a.fail[s], e.sym)
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
	es := a.edges[a.lo[s]:a.hi[s]]
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
		s = a.fail[s]
	}
}

// all appends every (possibly overlapping) occurrence in text to out, in
// order of their end.
func (a *automaton) all(text []int32, out []match) []match {
	s := int32(0)
	for i, sym := range text {
		s = a.step(s, sym)
		t := s
		if a.pattern[t] < 0 {
			t = a.dict[t]
		}
		for t > 0 {
			end := int32(i + 1)
			out = append(out, match{end - a.depth[t], end, a.pattern[t]})
			t = a.dict[t]
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
	sort.Slice(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End
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
