package glossary

import (
	"sort"

	"github.com/bitext-desk/bitext/articles"
)

// Check runs every glossary rule over one article's segments, in order
// (first-mention state runs across them). It is safe for concurrent use.
//
// How the rules read the contract:
//   - The Chinese forms are matched leftmost-longest; every term they
//     trigger must be carried by the English: its rendering (any case: a
//     different case is glossary.case, not missing), or, once the article
//     has carried the full rendering, its abbr (exact case) or, for a
//     person, the surname (exact case). A forbidden variant or a reversed
//     name of the term in the segment is reported as such instead of
//     missing.
//   - glossary.first-mention: the abbr (anywhere) or a person's surname (in
//     a segment whose source names the person) before the article's first
//     full rendering. It replaces glossary.missing for that segment.
//   - glossary.forbidden, glossary.name-order, glossary.deprecated fire
//     wherever the English has the text, whatever the source says; they
//     ignore case.
//   - glossary.case only for a term the source triggers, and not for a
//     capitalised first letter at the start of a sentence, nor for title
//     case in a headline (para 0).
//   - Pass all of an article's segments, in order, even to check a few:
//     first mentions depend on what came before; filter the issues after.
//   - A segment with no English yet is skipped (workflow.untranslated
//     covers it); its terms count as mentioned, so the next segments are
//     not blamed for using the abbr.
func (g *Glossary) Check(segs []*articles.Segment) []Issue {
	ix := g.index()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	var issues []Issue
	fullSeen := map[*Term]bool{}
	var zhm []ZHMatch
	var enm, allm []ENMatch
	type need struct {
		t          *Term
		start, end int
	}
	var needs []need
	covered := map[*Term]bool{}
	for _, s := range segs {
		zhm = ix.matchZH(s.ZH, zhm[:0])
		needs = needs[:0]
		for _, m := range zhm {
			for _, t := range m.Terms {
				dup := false
				for _, n := range needs {
					if n.t == t {
						dup = true
						break
					}
				}
				if !dup {
					needs = append(needs, need{t, m.Start, m.End})
				}
			}
		}
		triggered := func(t *Term) bool {
			for _, n := range needs {
				if n.t == t {
					return true
				}
			}
			return false
		}
		if blank(s.EN) {
			for _, n := range needs {
				fullSeen[n.t] = true
			}
			continue
		}
		enm = ix.matchEN(s.EN, enm[:0])
		clear(covered)
		firstIssue := len(issues)
		process := func(m ENMatch, h Hit) {
			t := h.Term
			span := s.EN[m.Start:m.End]
			issue := func(rule, expected string) {
				issues = append(issues, Issue{Rule: rule, Segment: s, Term: t, Expected: expected, Found: span,
					ENStart: m.Start, ENEnd: m.End, ZHStart: -1, ZHEnd: -1})
			}
			switch h.Role {
			case RoleRendering:
				if h.exact(sc, span) {
					fullSeen[t], covered[t] = true, true
					return
				}
				if !triggered(t) {
					return // ordinary words that happen to spell a term
				}
				fullSeen[t], covered[t] = true, true
				if !caseAllowed(s, m.Start, span, h.Text) {
					issue(RuleCase, t.EN)
				}
			case RoleAbbr, RoleSurname:
				if !h.exact(sc, span) || (h.Role == RoleSurname && !triggered(t)) {
					return
				}
				covered[t] = true
				if !fullSeen[t] {
					issue(RuleFirstMention, t.EN)
				}
			case RoleForbidden:
				covered[t] = true
				issue(RuleForbidden, t.EN)
			case RoleNameOrder:
				covered[t] = true
				issue(RuleNameOrder, t.EN)
			case RoleDeprecated:
				if h.Text == t.Abbr && h.Text != t.EN && !h.exact(sc, span) {
					return // an abbr counts in its own case only
				}
				issue(RuleDeprecated, g.replacement(t))
			}
		}
		for _, m := range enm {
			for _, h := range m.Hits {
				process(m, h)
			}
		}
		// A rendering that overlaps another match (without lying inside
		// it) was passed over by leftmost-longest: "China Mining Week"
		// holds both "China Mining" and "Mining Week". Look again, for the
		// terms still uncovered only.
		uncovered := false
		for _, n := range needs {
			uncovered = uncovered || !covered[n.t]
		}
		if uncovered && len(enm) > 0 {
			allm = ix.matchENAll(s.EN, allm[:0])
			for _, m := range allm {
				if containedIn(m, enm) {
					continue
				}
				for _, h := range m.Hits {
					if (h.Role == RoleRendering || h.Role == RoleAbbr || h.Role == RoleSurname) && triggered(h.Term) && !covered[h.Term] {
						process(m, h)
					}
				}
			}
		}
		for _, n := range needs {
			if !covered[n.t] {
				issues = append(issues, Issue{Rule: RuleMissing, Segment: s, Term: n.t, Expected: n.t.EN,
					ENStart: -1, ENEnd: -1, ZHStart: n.start, ZHEnd: n.end, Found: s.ZH[n.start:n.end]})
			}
			fullSeen[n.t] = true // the first mention has passed, carried or not
		}
		if seg := issues[firstIssue:]; len(seg) > 1 {
			sort.SliceStable(seg, func(i, j int) bool { return issueKey(seg[i]) < issueKey(seg[j]) })
		}
	}
	return issues
}

// containedIn reports whether m lies within one of the matches in ms.
func containedIn(m ENMatch, ms []ENMatch) bool {
	for _, l := range ms {
		if l.Start <= m.Start && m.End <= l.End {
			return true
		}
	}
	return false
}

// issueKey orders one segment's issues: by English span, missing last.
func issueKey(is Issue) int {
	if is.ENStart < 0 {
		return 1<<30 + is.ZHStart
	}
	return is.ENStart
}

// replacement is what a deprecated term's rendering should become: the
// rendering of an active term that shares one of its Chinese forms, or "".
func (g *Glossary) replacement(dep *Term) string {
	for _, t := range g.Terms {
		if t.Status == Deprecated {
			continue
		}
		for _, f := range t.ZH {
			for _, d := range dep.ZH {
				if f == d {
					return t.EN
				}
			}
		}
	}
	return ""
}

// CaseAllowed is caseAllowed for the glossary's other readers (glossary
// show), so they label case exactly as Check reports it.
func CaseAllowed(s *articles.Segment, start int, span, rendering string) bool {
	return caseAllowed(s, start, span, rendering)
}

// caseAllowed forgives two case differences that are style, not error: a
// capitalised first letter at the start of a sentence, and title case in a
// headline (every difference is a lower-case word-initial letter of the
// rendering written in upper case).
func caseAllowed(s *articles.Segment, start int, span, rendering string) bool {
	sentenceStart := sentenceStartAt(s.EN, start)
	if !sentenceStart && s.Para != 0 {
		return false
	}
	a, b := []rune(normEN(span, false)), []rune(normEN(rendering, false))
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		wordStart := i == 0 || b[i-1] == ' ' || b[i-1] == '-'
		if !isUpperOf(a[i], b[i]) || !wordStart {
			return false
		}
		if s.Para != 0 && i != 0 {
			return false // title case only in headlines
		}
	}
	return true
}

func isUpperOf(up, low rune) bool {
	return up != low && toUpper(low) == up
}

// sentenceStartAt reports whether byte offset i of s starts a sentence:
// nothing but opening punctuation before it, or a sentence-ending mark.
func sentenceStartAt(s string, i int) bool {
	for j := i; j > 0; {
		r, size := lastRune(s[:j])
		j -= size
		switch {
		case isSpace(r):
			continue
		case r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(' || r == '[':
			continue
		case r == '.' || r == '!' || r == '?' || r == ':':
			return true
		default:
			return false
		}
	}
	return true
}
