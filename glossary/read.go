package glossary

import "github.com/bitext-desk/bitext/articles"

// One answer to "is this English a correct use of the term?"
//
// Check decides, for each hit of each English match, whether the text
// carries the term and which finding, if any, it gives; the reviewer's
// view (the English terms `show` and `report` mark) and `glossary show`
// take that decision from Read rather than deciding again, so they cannot
// disagree with `check`. What the decision depends on besides the text is
// Read's input, the whole article: whether the segment's source names the
// term, what the article mentioned before (first mentions), and the case
// rules' context in the segment (the start of a sentence, a headline,
// title case, a name in capitals before a colon, a title after a
// demonstrative).

// A Reading is one hit of one English match (MatchEN's leftmost-longest
// matches) as Check read it in its article.
type Reading struct {
	Start, End int // the match's bytes in the segment's English
	Hit            // the term, and the role the text plays for it
	// Carries is whether Check took the text for the term: its rendering
	// (in another case only where the source names the term), its abbr, a
	// person's surname where the source names the person, a short form
	// after the first mention. A text Check did not take for the term
	// ("who" for the abbr WHO, a surname in a segment that does not name
	// the person) is ordinary words.
	Carries bool
	// Rule is the finding Check gives the term at this text ("" none): the
	// one whose English span meets the match, else glossary.missing when
	// Check reports the term missing in the segment (text it did not take
	// for the term does not carry it).
	Rule string

	// names: Carries, or would carry the term where the source named it
	// after its first mention, or a short form in any case
	names bool
}

// OK reports whether the reading is a correct use: Check gives the term no
// finding there.
func (r Reading) OK() bool { return r.Rule == "" }

// Read is Check, and the readings of every segment's English: reads[i]
// for segs[i] (none for a segment with no English), in the order of the
// matches and of their hits.
func (g *Glossary) Read(segs []*articles.Segment) (issues []Issue, reads [][]Reading) {
	c := g.newChecker(map[*Term]bool{})
	defer c.release()
	c.record = true
	reads = make([][]Reading, len(segs))
	for i, s := range segs {
		from := len(c.reads)
		c.segment(s)
		reads[i] = c.reads[from:len(c.reads):len(c.reads)]
	}
	if c.dropped {
		// a headline abbr's finding the body's full first mention
		// dropped: the headline is segs[0] (c.headSeg), read it again
		var head []Issue
		for _, is := range c.issues {
			if is.Segment == c.headSeg {
				head = append(head, is)
			}
		}
		for k := range reads[0] {
			reads[0][k].Rule = ruleAt(head, &reads[0][k])
		}
	}
	return c.issues, reads
}

// Shown picks, of one segment's readings, the one to show for each match
// that means a term: the first hit Check took for its term with no
// finding (a correct use wins over a wrong one), else the first hit with a
// finding, else the first that would carry its term where the source
// named it after its first mention, or a short form in any case (a
// surname, "the association" in a segment whose source does not name the
// term: Check reads nothing there, OK). A match with none of these is
// ordinary words ("who" for the abbr WHO, a surname in lower case) and is
// left out.
func Shown(reads []Reading) []Reading {
	var out []Reading
	for i := 0; i < len(reads); {
		j := i
		for j < len(reads) && reads[j].Start == reads[i].Start && reads[j].End == reads[i].End {
			j++
		}
		best := -1
		for k := i; k < j; k++ {
			if reads[k].Carries && reads[k].OK() {
				best = k
				break
			}
			if best < 0 && !reads[k].OK() {
				best = k
			}
		}
		for k := i; k < j && best < 0; k++ {
			if reads[k].names {
				best = k
			}
		}
		if best >= 0 {
			out = append(out, reads[best])
		}
		i = j
	}
	return out
}

// ruleAt is the finding of one segment's issues that r's reading gives
// (see Reading.Rule).
func ruleAt(issues []Issue, r *Reading) string {
	missing := ""
	for _, is := range issues {
		if is.Term != r.Term {
			continue
		}
		if is.ENStart >= 0 && is.ENStart < r.End && r.Start < is.ENEnd {
			return is.Rule
		}
		if is.Rule == RuleMissing {
			missing = is.Rule
		}
	}
	return missing
}
