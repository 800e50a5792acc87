package glossary

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
)

// Check runs every glossary rule over one article's segments, in order
// (first-mention state runs across them). It is safe for concurrent use.
//
// How the rules read the contract:
//   - The Chinese forms are matched longest first; every term they
//     trigger must be carried by the English: its rendering (any case: a
//     different case is glossary.case, not missing), or, once the article
//     has carried the full rendering, its abbr (exact case) or, for a
//     person, the surname (exact case). A forbidden variant or a reversed
//     name of the term in the segment is reported as such instead of
//     missing.
//   - glossary.first-mention: the abbr (anywhere) or a person's surname (in
//     a segment whose source names the person) before the article's first
//     full rendering. It replaces glossary.missing for that segment.
//   - The headline (segment one, para 0) need not carry a term its source
//     names: no glossary.missing there (news headlines are condensed; the
//     lede names in full), and a term its English leaves out has not had
//     its first mention there. A wrong form in it is reported as anywhere.
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
//   - Real English (issue 9): the rendering also counts coordinated with
//     another term or with its "of" as a genitive (forms.go), a place also
//     as its regular adjective (match.go); after the first full mention a
//     reference back carries the term (anaphora.go), and so does a
//     demonstrative noun phrase for what the term owns in the source
//     (老周的提议 "that proposal"); a place someone comes to (来到兰州) is
//     carried by "here". None of these applies to forbidden, reversed or
//     deprecated text, nor where the English names another term of the
//     kind that the source does not.
//   - A title in lower case after a demonstrative ("this second aunt of
//     mine") is a description, not a case error.
func (g *Glossary) Check(segs []*articles.Segment) []Issue {
	c := g.newChecker(map[*Term]bool{})
	defer c.release()
	for _, s := range segs {
		c.segment(s)
	}
	return c.issues
}

// need is a term the source of a segment triggers, and where.
type need struct {
	t          *Term
	start, end int
}

// checker is the state of one run of Check over an article: what has been
// seen before the segment at hand (fullSeen: the only state that runs
// across segments), the issues so far, and scratch space.
type checker struct {
	g        *Glossary
	ix       *index
	sc       *scratch
	issues   []Issue
	fullSeen map[*Term]bool
	zhm      []ZHMatch
	enm      []ENMatch
	allm     []ENMatch
	needs    []need
	words    []string  // reused for the stems of each English
	at       int       // the segment's position in the article (segment one is 0)
	record   bool      // keep the readings of the English (Read)
	reads    []Reading // the readings, segment after segment
	covered  map[*Term]bool
	full     map[*Term]bool // carried by the rendering (or a form)
	fullAt   map[*Term]int  // where in the English the first such rendering starts
	usedAt   map[*Term]int  // where in the English the first text that carries it starts

	// headAbbr are the terms whose abbr the headline used before any full
	// mention (glossary.first-mention there), until the body's first
	// mention of each decides: the full rendering first drops the
	// headline's finding (news headlines use well-known abbrs); else, or
	// with no body mention, it stands.
	headAbbr []*Term
	headSeg  *articles.Segment
	dropped  bool // a headline finding was dropped (Read reads the headline again)
}

func (g *Glossary) newChecker(fullSeen map[*Term]bool) *checker {
	return &checker{g: g, ix: g.index(), sc: scratchPool.Get().(*scratch), fullSeen: fullSeen,
		covered: map[*Term]bool{}, full: map[*Term]bool{}, fullAt: map[*Term]int{}, usedAt: map[*Term]int{}}
}

func (c *checker) release() { scratchPool.Put(c.sc) }

// segment checks one segment, the segments before it having been checked
// (or fullSeen set as their check would have left it), appending its
// issues to c.issues.
func (c *checker) segment(s *articles.Segment) {
	g, ix, sc := c.g, c.ix, c.sc
	fullSeen, covered, full, fullAt := c.fullSeen, c.covered, c.full, c.fullAt
	zhm, enm, allm, needs, words := c.zhm, c.enm, c.allm, c.needs, c.words
	issues := c.issues
	defer func() {
		c.zhm, c.enm, c.allm, c.needs, c.words = zhm, enm, allm, needs, words
		c.issues = issues
	}()
	head := isHeadline(s, c.at)
	c.at++
	zhm = ix.matchZH(s.ZH, zhm[:0])
	needs = needs[:0]
	for _, m := range zhm {
		for _, t := range m.Terms {
			if inFacilityName(t, s.ZH, m.End) {
				continue // 南京路 "Nanjing Road": the street's name, not the city
			}
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
		return
	}
	enm = ix.matchEN(s.EN, enm[:0])
	clear(covered)
	clear(full)
	clear(fullAt)
	clear(c.usedAt)
	firstIssue := len(issues)
	var headAbbr []*Term // the headline's abbrs before a full mention
	// process reads one hit of an English match (judge) and keeps what
	// it leaves: the term carried, a full mention, a finding.
	process := func(m ENMatch, h Hit) bool {
		t := h.Term
		carries, rule := h.judge(sc, s, m.Start, m.End, triggered(t), fullSeen[t], covered[t])
		// (only a headline abbr pending reads where a term was first carried)
		if at, ok := c.usedAt[t]; carries && len(c.headAbbr) > 0 && (!ok || m.Start < at) {
			c.usedAt[t] = m.Start
		}
		if head && h.Role == RoleAbbr && rule == RuleFirstMention && !containsTerm(headAbbr, t) {
			headAbbr = append(headAbbr, t)
		}
		switch {
		case carries && h.Role == RoleRendering:
			fullSeen[t], covered[t], full[t] = true, true, true
			if at, ok := fullAt[t]; !ok || m.Start < at {
				fullAt[t] = m.Start
			}
		case carries, rule == RuleForbidden, rule == RuleNameOrder:
			covered[t] = true
		}
		if rule != "" {
			expected := t.EN
			if rule == RuleDeprecated {
				expected = g.replacement(t)
			}
			issues = append(issues, Issue{Rule: rule, Segment: s, Term: t, Expected: expected, Found: s.EN[m.Start:m.End],
				ENStart: m.Start, ENEnd: m.End, ZHStart: -1, ZHEnd: -1})
		}
		return carries
	}
	firstRead := len(c.reads)
	for _, m := range enm {
		for _, h := range m.Hits {
			carries := process(m, h)
			if c.record {
				// what the text would be where the source names the
				// term, after its first mention; a short form in any case
				// ("the association" in a segment whose source says 协会)
				would, _ := h.judge(sc, s, m.Start, m.End, true, true, false)
				c.reads = append(c.reads, Reading{Start: m.Start, End: m.End, Hit: h, Carries: carries, names: carries || would || h.Role == RoleShort})
			}
		}
	}
	// A rendering that overlaps another match (without lying inside
	// it) was passed over by leftmost-longest: "China Mining Week"
	// holds both "China Mining" and "Mining Week". Look again, for the
	// terms still uncovered only.
	// A term carried only by an early abbr or short form is looked for
	// too: its rendering passed over may come first ("The Association of
	// Southeast Asian Nations (ASEAN)", whose first words another term's
	// "the Association" took).
	early := func(t *Term) bool {
		return !full[t] && firstMentionOf(issues[firstIssue:], nil, t) >= 0
	}
	uncovered := false
	for _, n := range needs {
		uncovered = uncovered || !covered[n.t] || early(n.t)
	}
	if uncovered && len(enm) > 0 {
		allm = ix.matchENAll(s.EN, allm[:0])
		for _, m := range allm {
			in := containerOf(m, enm)
			for _, h := range m.Hits {
				if !(h.Role == RoleRendering || h.Role == RoleAbbr || h.Role == RoleSurname || h.Role == RoleShort) || !triggered(h.Term) || covered[h.Term] && !(h.Role == RoleRendering && early(h.Term)) {
					continue
				}
				// inside a longer match only a place's rendering counts:
				// "Panama Canal" names Panama, but the "Economic
				// Cooperation Center of the International Department
				// of the CPC Central Committee" is not the Department
				if in == nil || h.Role == RoleRendering && h.Term.Kind == Place && !hasTerm(in.Hits, h.Term) {
					if process(m, h) && c.record && h.Role == RoleRendering {
						c.reads = recovered(c.reads, firstRead, Reading{Start: m.Start, End: m.End, Hit: h, Carries: true, names: true})
					}
				}
			}
		}
	}
	var enWords []string // the English's word stems, made when first needed
	for _, n := range needs {
		if !covered[n.t] && multiword(ix.nearWords[n.t]) {
			if enWords == nil {
				words = stemWords(s.EN, words[:0])
				enWords = words
			}
			if reordered(enWords, ix.nearWords[n.t]) {
				// "material and spiritual civilization", "the Chinese
				// nation's great rejuvenation"
				covered[n.t], full[n.t], fullSeen[n.t] = true, true, true
			}
		}
		if !full[n.t] && ministerTitle(s.ZH, n.end, s.EN, n.t) {
			// 教育部部长 "Minister of Education": the title of the
			// ministry's head, no misspelt "Ministry"
			covered[n.t], fullSeen[n.t] = true, true
			continue
		}
		if !full[n.t] {
			// a near-miss of the rendering: "Hu Jingtao" for Hu Jintao,
			// even where the surname alone would pass
			if at, end, ok := nearMiss(sc, s.EN, n.t, ix.nearWords[n.t], enm); ok {
				issues = append(issues, Issue{Rule: RuleMisspelled, Segment: s, Term: n.t, Expected: n.t.EN, Found: s.EN[at:end],
					ENStart: at, ENEnd: end, ZHStart: n.start, ZHEnd: n.end})
				covered[n.t] = true
				fullSeen[n.t] = true
				continue
			}
		}
		if !covered[n.t] && !namesAnother(enm, n.t, s.ZH, s.EN, triggered) {
			switch {
			case fullSeen[n.t] && refersBack(n.t, s.ZH, n.start, n.end, s.EN):
				covered[n.t] = true // "She said", "It said", "the city" for what was named before
			case fullSeen[n.t] && possessor(s.ZH, n.end) && demonstrative(s.EN):
				covered[n.t] = true // 老李的尸体 "that body": what was his, referred back
			case n.t.Kind == Place && comingTo(s.ZH, n.start) && hasWordFold(s.EN, "here"):
				covered[n.t] = true // 来到北京 "came here": the place the speaker is in
			}
		}
		if !covered[n.t] && head {
			// a headline is condensed: it need not carry every term its
			// source names, and one that leaves a term out is not its
			// first mention (the lede's must be the full rendering)
			continue
		}
		if !covered[n.t] {
			issues = append(issues, Issue{Rule: RuleMissing, Segment: s, Term: n.t, Expected: n.t.EN,
				ENStart: -1, ENEnd: -1, ZHStart: n.start, ZHEnd: n.end, Found: s.ZH[n.start:n.end]})
		}
		fullSeen[n.t] = true // the first mention has passed, carried or not
	}
	// an organisation named in full in a title ("Vice Minister of Culture
	// and Tourism") has had its full mention: "the ministry" may follow
	for _, n := range needs {
		ix.titleNames(n.t, s.EN, func(o *Term) { fullSeen[o] = true })
	}
	// a surname before the full name in the same segment is another
	// person's ("Wang Three and Wang Four"); an abbr there is early. A
	// surname inside a misspelled name ("Zhou Linaa") is that name's:
	// glossary.misspelled says what was meant. An abbr or a short form
	// after the full rendering in the segment is not early, even where
	// the first reading missed that rendering (found again above: "The
	// Association of Southeast Asian Nations (ASEAN)", whose first words
	// another term's "the Association" took).
	kept := issues[:firstIssue]
	for _, is := range issues[firstIssue:] {
		if is.Rule != RuleFirstMention {
			kept = append(kept, is)
			continue
		}
		at, ok := fullAt[is.Term]
		if !(full[is.Term] && EqualFoldEN(is.Found, is.Term.Surname()) || misspelledAt(issues[firstIssue:], is) || ok && at < is.ENStart) {
			kept = append(kept, is)
		}
	}
	issues = kept
	if seg := issues[firstIssue:]; len(seg) > 1 {
		sort.SliceStable(seg, func(i, j int) bool { return issueKey(seg[i]) < issueKey(seg[j]) })
	}
	if c.record {
		for k := range c.reads[firstRead:] {
			r := &c.reads[firstRead+k]
			r.Rule = ruleAt(issues[firstIssue:], r)
		}
	}
	if head {
		for _, t := range headAbbr {
			if firstMentionOf(issues[firstIssue:], nil, t) >= 0 {
				c.headAbbr, c.headSeg = append(c.headAbbr, t), s
			}
		}
		return
	}
	// the body's first mention of a term whose abbr the headline used:
	// the full rendering first (before any other text that carries it)
	// drops the headline's glossary.first-mention
	pend := c.headAbbr[:0]
	for _, t := range c.headAbbr {
		if !triggered(t) && !covered[t] {
			pend = append(pend, t)
			continue
		}
		at, ok := fullAt[t]
		if used, u := c.usedAt[t]; !full[t] || ok && u && used < at {
			continue
		}
		if k := firstMentionOf(issues, c.headSeg, t); k >= 0 {
			issues = slices.Delete(issues, k, k+1)
			c.dropped = true
		}
	}
	c.headAbbr = pend
}

// firstMentionOf is the index in issues of the first glossary.first-mention
// of t (in segment seg, when seg is not nil), or -1.
func firstMentionOf(issues []Issue, seg *articles.Segment, t *Term) int {
	for k, is := range issues {
		if is.Term == t && is.Rule == RuleFirstMention && (seg == nil || is.Segment == seg) {
			return k
		}
	}
	return -1
}

// recovered adds to reads (the segment's from first on) the reading r of
// a rendering found by the second look, in the place of the readings it
// overlaps when none of them carries its term ("The Association" that
// another term's short form took of "The Association of Southeast Asian
// Nations": the reviewer is shown the rendering, not that term); where
// one carries its term ("China Mining" in "China Mining Week"), reads
// stay as they are.
func recovered(reads []Reading, first int, r Reading) []Reading {
	seg := reads[first:]
	for _, o := range seg {
		if o.Start < r.End && r.Start < o.End && o.Carries {
			return reads
		}
	}
	kept := seg[:0]
	at := -1
	for _, o := range seg {
		if o.Start < r.End && r.Start < o.End {
			continue
		}
		if at < 0 && o.Start > r.Start {
			at = len(kept)
		}
		kept = append(kept, o)
	}
	if at < 0 {
		at = len(kept)
	}
	reads = append(reads[:first], kept...)
	return slices.Insert(reads, first+at, r)
}

// isHeadline reports whether s, at position at of its article, is the
// headline: segment one, paragraph 0 (the .zh.md's optional `# ` line).
func isHeadline(s *articles.Segment, at int) bool { return at == 0 && s.Para == 0 }

// judge is Check's decision for one hit h of the English match at bytes
// [start, end) of s.EN, in its context: named, whether the segment's
// source names the term; seen, whether the article mentioned it before
// the segment; covered, whether the segment's English carried it before
// this text. carries reports whether the text carries the term (its
// rendering, in another case only where the source names it; its abbr; a
// surname; a short form), rule the finding it gives ("" none).
func (h Hit) judge(sc *scratch, s *articles.Segment, start, end int, named, seen, covered bool) (carries bool, rule string) {
	t, span := h.Term, s.EN[start:end]
	if h.Role == RoleForbidden || h.Role == RoleNameOrder || h.Role == RoleDeprecated {
		// these fire in any case; an inflected form only in the
		// glossary's own case ("mining societies" is words, not the
		// deprecated "Mining Society")
		if !EqualFoldEN(span, h.Text) && !h.exact(sc, span) {
			return false, ""
		}
	}
	switch h.Role {
	case RoleRendering:
		if h.exact(sc, span) {
			return true, ""
		}
		if !named {
			return false, "" // ordinary words that happen to spell a term
		}
		if !termCaseAllowed(t, s, start, span, h.Text) {
			return true, RuleCase
		}
		return true, ""
	case RoleAbbr, RoleSurname:
		if h.Role == RoleAbbr && capsNeighbour(s.EN, start, end) {
			return false, "" // "FARMERS WHO HAD sold": a word in a run of capitals, not the abbr
		}
		// "LI: Well ...", and a particle capitalised: "Von Trier" for
		// "von Trier" (never lower case: "he" is not "He")
		capsName := h.Role == RoleSurname && (allCaps(span) && !allCaps(h.Text) || initialsRaised(span, h.Text))
		if !h.exact(sc, span) && !capsName || (h.Role == RoleSurname && !named) {
			return false, ""
		}
		if !seen && !covered {
			return true, RuleFirstMention
		}
		return true, ""
	case RoleShort:
		if !named || !covered && h.implied && !seen {
			return false, "" // "the Association" stands for the term only after it
		}
		if !h.exact(sc, span) && !caseAllowed(s, start, span, h.Text) && !(h.implied && lowerHeadNoun(span, h.Text)) {
			return false, "" // in its own case, or capitalised to start a sentence
		}
		if !seen && !covered {
			return true, RuleFirstMention
		}
		return true, ""
	case RoleForbidden:
		return false, RuleForbidden
	case RoleNameOrder:
		return false, RuleNameOrder
	case RoleDeprecated:
		if h.Text == t.Abbr && h.Text != t.EN && !h.exact(sc, span) {
			return false, "" // an abbr counts in its own case only
		}
		return false, RuleDeprecated
	}
	return false, ""
}

// misspelledAt reports whether a glossary.misspelled issue of is's term
// among issues holds is's English span.
func misspelledAt(issues []Issue, is Issue) bool {
	for _, m := range issues {
		if m.Rule == RuleMisspelled && m.Term == is.Term && m.ENStart <= is.ENStart && is.ENEnd <= m.ENEnd {
			return true
		}
	}
	return false
}

// namesAnother reports whether the English names, by its rendering, a
// term of t's kind that the source does not: another name put in t's place
// ("Wang Er said" for 陈清扬说), so that a pronoun in the segment does not
// stand for t. A term whose form the source may hold in a variant (严家师母
// for 严师母: the first character of a form is there) does not count.
// Nor does a person who opens the English where the source opens with a
// pronoun (namedSubject). (Letting any pronoun of the source account for
// such a name lost a fifth of the planted replacements: see README.)
func namesAnother(enm []ENMatch, t *Term, zh, en string, triggered func(*Term) bool) bool {
	person := func(k Kind) bool { return k == Person || k == Title }
	for _, m := range enm {
		for _, h := range m.Hits {
			o := h.Term
			if h.Role == RoleRendering && o != t && !triggered(o) && (o.Kind == t.Kind || person(o.Kind) && person(t.Kind)) && !variantIn(o, zh) && !namedSubject(o, zh, en, m.Start) {
				return true
			}
		}
	}
	return false
}

// facilityHeads end the name of a street, a square, a park, a station or a
// hotel: a place or a person before one names the facility (南京路 Nanjing
// Road, 中山公园 Zhongshan Park), whose English name is its own and often
// keeps an older spelling. Schools and universities are left out: their
// English names carry the place as the glossary spells it (东京大学
// University of Tokyo).
var facilityHeads = []string{"路", "街", "大街", "大道", "胡同", "巷", "桥", "广场", "公园", "车站", "站", "机场",
	"饭店", "酒店"}

// inFacilityName reports whether the person or place t, matched up to byte
// end of zh, begins the name of a facility (facilityHeads). An
// organisation's own name is never hidden so ("Princeton" in 普林斯顿大学).
func inFacilityName(t *Term, zh string, end int) bool {
	if t.Kind != Place && t.Kind != Person {
		return false
	}
	rest := zh[end:]
	for _, h := range facilityHeads {
		if strings.HasPrefix(rest, h) {
			return true
		}
	}
	return false
}

// possessor reports whether the term ending at byte end of zh owns what
// follows: 的 right after it, or 对 and a 的 later in the same clause
// (奥斯丁对立法者的强调 "this insistence").
func possessor(zh string, end int) bool {
	rest := zh[end:]
	if strings.HasPrefix(rest, "的") {
		return true
	}
	if !strings.HasPrefix(rest, "对") {
		return false
	}
	if i := strings.IndexAny(rest, "，。；：！？,;"); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, "的")
}

// demonstratives begin a noun phrase that refers back.
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// prepositions before "that" make it a determiner ("of that body"), not a
// relative pronoun or a conjunction ("a cloud that rolled").
var prepositions = map[string]bool{"of": true, "in": true, "on": true, "at": true, "by": true, "with": true,
	"from": true, "to": true, "for": true, "about": true, "into": true, "after": true, "before": true}

// demonstrative reports whether en has a demonstrative followed by a word
// ("this insistence", "these rules"), not standing alone ("that was all").
func demonstrative(en string) bool {
	toks := tokenize(en, nil)
	for i, tk := range toks[:max(0, len(toks)-1)] {
		if strings.TrimSpace(en[tk.End:toks[i+1].Start]) != "" || !determinerAt(en, toks, i) {
			continue
		}
		if next := appendFold(nil, en[toks[i+1].Start:toks[i+1].End], true); !auxiliaries[string(next)] {
			return true
		}
	}
	return false
}

// determinerAt reports whether word i of toks (over en) is a demonstrative
// used as a determiner: "this", "these", "those"; "that" only at the start
// of a sentence or after a preposition ("of that body"), since it is so
// often a relative pronoun or a conjunction ("a cloud that rolled",
// "thought that Old Zhou").
func determinerAt(en string, toks []token, i int) bool {
	w := string(appendFold(nil, en[toks[i].Start:toks[i].End], true))
	if !demonstratives[w] {
		return false
	}
	if w != "that" || sentenceStartAt(en, toks[i].Start) {
		return true
	}
	return i > 0 && prepositions[string(appendFold(nil, en[toks[i-1].Start:toks[i-1].End], true))]
}

// auxiliaries after a demonstrative make it a pronoun ("that was", "this
// is"), not a determiner.
var auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true,
	"can": true, "could": true, "has": true, "had": true, "have": true, "may": true, "might": true, "must": true,
	"should": true, "does": true, "did": true, "do": true, "s": true}

// comingTo reports whether the place starting at byte start of zh is where
// someone comes: 来, 来到 or 到这 right before it ("came to Beijing" is
// "came here" where the speaker is).
func comingTo(zh string, start int) bool {
	before := zh[:start]
	return strings.HasSuffix(before, "来到") || strings.HasSuffix(before, "来")
}

// hasWordFold reports whether en has the word w (lower case), in any case.
func hasWordFold(en, w string) bool {
	var buf []byte
	for _, tk := range tokenize(en, nil) {
		buf = appendFold(buf[:0], en[tk.Start:tk.End], true)
		if string(buf) == w {
			return true
		}
	}
	return false
}

// namedSubject reports whether the person o, named at byte at of en, opens
// the English where zh opens with a third-person pronoun (她只看了一眼… as
// "Madame Yan took one look…"): the translator named whom the pronoun
// meant.
func namedSubject(o *Term, zh, en string, at int) bool {
	if o.Kind != Person && o.Kind != Title || strings.TrimLeft(en[:at], " \"'“‘(") != "" {
		return false
	}
	zh = strings.TrimLeft(zh, " “‘「『\"")
	return strings.HasPrefix(zh, "她") || strings.HasPrefix(zh, "他")
}

// variantIn reports whether zh holds the first character of one of t's
// forms.
func variantIn(t *Term, zh string) bool {
	for _, f := range t.ZH {
		if r, _ := utf8.DecodeRuneInString(f); f != "" && strings.ContainsRune(zh, r) {
			return true
		}
	}
	return false
}

// containerOf returns the match of ms that m lies within, or nil.
func containerOf(m ENMatch, ms []ENMatch) *ENMatch {
	for i, l := range ms {
		if l.Start <= m.Start && m.End <= l.End {
			return &ms[i]
		}
	}
	return nil
}

// hasTerm reports whether one of hits is for t.
func hasTerm(hits []Hit, t *Term) bool {
	for _, h := range hits {
		if h.Term == t {
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

// termCaseAllowed is caseAllowed, and for a title (a rank or a form of
// address: "Third Aunt", "Grand Duchess") a description in lower
// case (commonNounUse).
func termCaseAllowed(t *Term, s *articles.Segment, start int, span, rendering string) bool {
	return caseAllowed(s, start, span, rendering) || t.Kind == Title && (commonNounUse(s.EN, start, span) || genericOffice(s.EN, start, span))
}

// officeHeads end the name of a public office. News style capitalises
// such a title before a name and in apposition after one, and writes it
// in lower case when it is used generically (genericOffice).
// They are the offices anaphora.go's officeWords refer back to a person
// with (less "official", no office's name), and these.
var officeHeads = func() map[string]bool {
	m := map[string]bool{"consul": true, "chancellor": true, "councillor": true, "councilor": true,
		"administrator": true, "chief": true, "general": true, "representative": true}
	for w := range officeWords {
		if w != "official" {
			m[w] = true
		}
	}
	return m
}()

// genericOffice reports whether span, a public office (officeHeads) wholly
// in lower case, is used generically: an article ("the", "a", "an") opens
// its noun phrase, at most two modifiers between ("the Chinese premier",
// "a vice minister"), and no name touches it: no capitalised word right
// after it ("the premier Li Qiang") and no name and comma right before the
// article ("Ma Lixin, the deputy governor"). A kinship or household title
// ("the second aunt", used in place of a name) is no office and stays a
// case error.
func genericOffice(en string, start int, span string) bool {
	words := strings.Fields(span)
	if strings.ToLower(span) != span || len(words) == 0 {
		return false
	}
	head := false
	for _, w := range words {
		head = head || officeHeads[strings.Trim(w, ".,;:")]
	}
	if !head {
		return false
	}
	after := strings.TrimLeft(en[start+len(span):], " ")
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
		return false
	}
	toks := tokenize(en[:start], nil)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-3; k-- {
		gap := en[toks[k].End:start]
		if k+1 < len(toks) {
			gap = en[toks[k].End:toks[k+1].Start]
		}
		if strings.TrimSpace(gap) != "" {
			return false // punctuation breaks the noun phrase
		}
		switch strings.ToLower(en[toks[k].Start:toks[k].End]) {
		case "the", "a", "an":
			before := strings.TrimRight(en[:toks[k].Start], " ")
			return !strings.HasSuffix(before, ",")
		}
	}
	return false
}

// caseAllowed forgives case differences that are style, not error: a
// capitalised first letter at the start of a sentence, and title case
// (every difference a word-initial letter written in upper case) in a
// headline (para 0), in a segment written in title case, or inside
// quotation marks (a quoted title). The words are compared over the
// letters they share, so an inflected rendering is judged like the
// rendering.
func caseAllowed(s *articles.Segment, start int, span, rendering string) bool {
	if allCaps(span) && (s.Para == 0 || allCapsWordOutside(s.EN, start, start+len(span)) || labels(s.EN, start+len(span)) || dateline(s.EN, start, start+len(span))) {
		return true // a headline or a lead-in in capitals: "EARLY ONE MORNING MR. LIU left"
	}
	a, b := fieldsEN(normEN(span, false)), fieldsEN(normEN(rendering, false))
	if len(a) != len(b) {
		return false
	}
	first, later := false, false
	for i := range a {
		x, y := []rune(a[i]), []rune(b[i])
		for k := 0; k < len(x) && k < len(y); k++ {
			if isUpperRune(x[k]) == isUpperRune(y[k]) {
				continue
			}
			if k != 0 || !isUpperRune(x[k]) {
				return false
			}
			if i == 0 {
				first = true
			} else {
				later = true
			}
		}
	}
	title := s.Para == 0 || titleCased(s.EN[:start]+" "+s.EN[start+len(span):]) || inQuotes(s.EN, start)
	if later && !title {
		return false
	}
	return !first || title || sentenceStartAt(s.EN, start)
}

// dateline reports whether bytes [start, end) of en are the place of a
// news dateline, in capitals by convention: the segment opens with it,
// and a comma, a date (a digit) and a dash follow within a few words
// ("QUZHOU, Nov. 28 --", "BEIJING, Dec. 2 (Xinhua) --").
func dateline(en string, start, end int) bool {
	if strings.TrimSpace(en[:start]) != "" || !strings.HasPrefix(en[end:], ",") {
		return false
	}
	rest := en[end:min(len(en), end+60)]
	dash := -1
	for _, d := range []string{" --", " —", " –"} {
		if i := strings.Index(rest, d); i >= 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	return dash > 0 && strings.ContainsAny(rest[:dash], "0123456789")
}

// lowerHeadNoun reports whether span is "the" or "this" + the head noun
// of the implied short form text ("the Association") with the noun in
// lower case: news English refers back to an organisation so ("the
// association", "the bureau's", "The commission will"), where only the
// noun is the reference (a longer head phrase in lower case, "the mining
// association", is not). Implied forms count only after the full mention.
func lowerHeadNoun(span, text string) bool {
	a, b := fieldsEN(normEN(span, false)), fieldsEN(normEN(text, false))
	if len(a) != 2 || len(b) != 2 || !strings.EqualFold(a[0], b[0]) || !strings.EqualFold(a[1], b[1]) {
		return false
	}
	return strings.ToLower(a[1]) == a[1] && (a[0] == b[0] || sentenceCap(a[0], b[0]))
}

// sentenceCap reports whether word is lower, capitalised ("The" for "the").
func sentenceCap(word, lower string) bool {
	return len(word) > 0 && word[1:] == lower[1:] && strings.ToUpper(word[:1]) == word[:1]
}

// commonNounUse reports whether span, wholly in lower case, follows a
// demonstrative ("this third aunt of mine", "that little countess"):
// the words are used as a description, not as the
// name, and their case is right. Check applies it to titles only, never
// to names ("those ahcang smiths" is a case error); "the third aunt"
// and "his third aunt" are case errors too.
func commonNounUse(en string, start int, span string) bool {
	if strings.ToLower(span) != span {
		return false
	}
	toks := tokenize(en[:start], nil)
	if len(toks) == 0 || strings.TrimSpace(en[toks[len(toks)-1].End:start]) != "" {
		return false
	}
	return determinerAt(en, toks, len(toks)-1)
}

// capsNeighbour reports whether the word right before or right after bytes
// [start, end) of en (with only spaces between) is a word of four letters
// or more in capitals: a headline or a lead-in in capitals, not an
// acronym beside another ("the CMA CEO").
func capsNeighbour(en string, start, end int) bool {
	caps := func(w string) bool {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		return utf8.RuneCountInString(w) >= 4 && allCaps(w)
	}
	before := strings.TrimRight(en[:start], " ")
	if len(before) < start {
		i := strings.LastIndexByte(before, ' ') + 1
		if caps(before[i:]) {
			return true
		}
	}
	after := strings.TrimLeft(en[end:], " ")
	if len(after) < len(en)-end {
		i := strings.IndexByte(after, ' ')
		if i < 0 {
			i = len(after)
		}
		if caps(after[:i]) {
			return true
		}
	}
	return false
}

// initialsRaised reports whether span is text with the first letter of
// one or more words capitalised, and no other difference of case.
func initialsRaised(span, text string) bool {
	a, b := fieldsEN(normEN(span, false)), fieldsEN(normEN(text, false))
	if len(a) != len(b) || span == text {
		return false
	}
	for i := range a {
		x, y := []rune(a[i]), []rune(b[i])
		if len(x) != len(y) {
			return false
		}
		for k := range x {
			if x[k] != y[k] && !(k == 0 && unicode.ToLower(x[k]) == y[k]) {
				return false
			}
		}
	}
	return true
}

// labels reports whether a colon follows byte i of en: a speaker's name
// in capitals labels the words that follow ("LI MING: Yes.").
func labels(en string, i int) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(en[i:], " "))
	return r == ':'
}

// allCaps reports whether s has letters and none in lower case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// allCapsWordOutside reports whether en has a word of two letters or more
// in capitals outside bytes [start, end).
func allCapsWordOutside(en string, start, end int) bool {
	for _, t := range tokenize(en, nil) {
		if t.End <= start || t.Start >= end {
			if w := en[t.Start:t.End]; utf8.RuneCountInString(w) >= 2 && allCaps(w) {
				return true
			}
		}
	}
	return false
}

// titleCased reports whether a text (the segment less the span) is
// written in title case: most of its words of four letters or more begin
// with a capital.
func titleCased(en string) bool {
	words, caps := 0, 0
	for _, w := range fieldsEN(en) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 4 || !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*10 >= words*8
}

// inQuotes reports whether byte offset i of s stands inside quotation
// marks: an odd number of quotes before it.
func inQuotes(s string, i int) bool {
	n := 0
	for _, r := range s[:i] {
		switch r {
		case '"', '“', '”', '«', '»', '「', '」', '《', '》':
			n++
		}
	}
	return n%2 == 1
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

// ministerTitle reports whether the Chinese names a ministry's head (the
// form right before 部长 or 副部长: 教育部部长) and the English gives the
// title made from the rendering, "Ministry" written "Minister"
// ("Minister of Education", "Vice Minister of Education"). Without 部长
// "Minister of Education" for 教育部 is still a misspelling.
func ministerTitle(zh string, end int, en string, t *Term) bool {
	if !strings.HasPrefix(zh[end:], "部长") && !strings.HasPrefix(zh[end:], "副部长") || !strings.Contains(t.EN, "Ministry") {
		return false
	}
	return strings.Contains(normEN(en, false), normEN(strings.Replace(t.EN, "Ministry", "Minister", 1), false))
}

// titleNames calls fn with each organisation that the title t (its
// source names it) names in full in en: an organisation whose Chinese
// form begins the title's (文化和旅游部 in 文化和旅游部副部长) and whose
// rendering, or the title made from it ("Minister of Culture and Tourism"
// for the Ministry of Culture and Tourism), en holds in its own case. The
// rest of the title may be wrong ("Deputy Minister of ..." is reported
// as the title's forbidden variant): the organisation's name is right, so
// the article has given it in full and may refer back to it ("the
// ministry") or use its abbr after.
func (ix *index) titleNames(t *Term, en string, fn func(o *Term)) {
	orgs := ix.titleOrgs[t]
	if len(orgs) == 0 {
		return
	}
	text := " " + normEN(en, false) + " "
	for _, o := range orgs {
		named := func(r string) bool {
			name := normEN(r, false)
			return name != "" && (strings.Contains(text, " "+name+" ") || strings.Contains(name, "Ministry") && strings.Contains(text, " "+strings.Replace(name, "Ministry", "Minister", 1)+" ") || invertedName(text, name))
		}
		if named(o.EN) || slices.ContainsFunc(o.Forms, named) {
			fn(o)
		}
	}
}

// invertedName reports whether text (spaced words) holds name, "Head of
// W...", in the inverted form news English gives a body inside a title:
// one or more of the words after "of", in order and in their own case,
// before the head ("Foreign Ministry" for the Ministry of Foreign
// Affairs, "Defense Ministry" for the Ministry of National Defense).
// Another body's words ("Commerce Ministry") do not match.
func invertedName(text, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 3 || ws[1] != "of" {
		return false
	}
	head, rest := ws[0], ws[2:]
	tw := strings.Fields(text)
	for i, w := range tw {
		if w == head && countBefore(tw[:i], rest) > 0 {
			return true
		}
	}
	return false
}

// countBefore counts the words at the end of before that are words of
// rest (and capitalised), in order: the modifiers an inverted name puts
// before its head.
func countBefore(before, rest []string) int {
	n, k := 0, len(rest)-1
	for j := len(before) - 1; j >= 0; j-- {
		w := before[j]
		if r, _ := utf8.DecodeRuneInString(w); !isUpperRune(r) {
			break
		}
		for k >= 0 && rest[k] != w {
			k--
		}
		if k < 0 {
			break
		}
		n++
		k--
	}
	return n
}
