package workflow

import (
	"fmt"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// Error codes of accept.
const (
	// CodeAcceptNoFinding: the segment has no finding of that rule (and
	// term or number) to accept.
	CodeAcceptNoFinding = "err.accept.no-finding"
	// CodeAcceptWhy: accept needs a reason.
	CodeAcceptWhy = "err.accept.why"
	// CodeAcceptWhich: a glossary rule needs --term, qa.numbers --number.
	CodeAcceptWhich = "err.accept.which"
)

func init() { diag.Register(CodeAcceptNoFinding, CodeAcceptWhy, CodeAcceptWhich) }

// AcceptOptions name a finding to accept on a segment, and why.
type AcceptOptions struct {
	Segment string
	Rule    string
	Term    string // glossary rules
	Number  string // qa.numbers: the value check shows ("12000", "12-09") or the source's text ("1.2万")
	By, Why string
	Now     time.Time
}

// Accept records that a person accepts a finding on a segment (a
// legitimate paraphrase, a house exception): check then lists it apart and
// does not count it, until the segment's zh or en changes. The finding
// must be one check reports on the segment now; accepting it again
// replaces the earlier record. It returns the finding accepted.
func (w *Workspace) Accept(slug string, o AcceptOptions) (*Finding, error) {
	if strings.TrimSpace(o.Why) == "" {
		return nil, diag.New(diag.Usage, CodeAcceptWhy, diag.A{})
	}
	switch {
	case !isRule(o.Rule):
		// a typo'd rule read as "no such finding to accept"
		return nil, diag.New(diag.Usage, CodeUnknownRule, diag.A{"rule": o.Rule, "rules": ruleList()})
	case strings.HasPrefix(o.Rule, "glossary.") && o.Term == "":
		return nil, diag.New(diag.Usage, CodeAcceptWhich, diag.A{"rule": o.Rule, "flag": "--term"})
	case o.Rule == RuleNumbers && o.Number == "":
		return nil, diag.New(diag.Usage, CodeAcceptWhich, diag.A{"rule": o.Rule, "flag": "--number"})
	}
	g, err := w.LoadGlossary()
	if err != nil {
		return nil, err
	}
	var accepted *Finding
	err = w.Update(slug, func(a *Article) error {
		segs, err := pick(a, []string{o.Segment})
		if err != nil {
			return err
		}
		s := segs[0]
		want := articles.Acceptance{Rule: o.Rule, Term: o.Term, Number: o.Number}
		for _, r := range w.segmentFindings(a, g, map[string]bool{s.ID: true}) {
			if r.F.Segment == s.ID && Accepts(want, r.F) {
				f := r.F
				accepted = &f
				break
			}
		}
		if accepted == nil {
			what := o.Term
			if o.Rule == RuleNumbers {
				what = o.Number
			}
			return diag.New(diag.Usage, CodeAcceptNoFinding, diag.A{"article": a.Slug, "segment": s.ID, "rule": o.Rule, "what": what})
		}
		ac := articles.Acceptance{Rule: o.Rule, Term: accepted.Term, By: o.By, At: stamp(o.Now), Why: strings.TrimSpace(o.Why),
			ZHSHA256: articles.TextSHA256(s.ZH), ENSHA256: articles.TextSHA256(s.EN)}
		if o.Rule == RuleNumbers {
			ac.Number = fmt.Sprint(accepted.Args["value"])
		}
		kept := s.Accepted[:0]
		for _, old := range s.Accepted {
			if old.Rule != ac.Rule || old.Term != ac.Term || old.Number != ac.Number {
				kept = append(kept, old)
			}
		}
		s.Accepted = append(kept, ac)
		accepted.Accepted, accepted.AcceptedBy, accepted.AcceptedWhy = true, ac.By, ac.Why
		return nil
	})
	if err != nil {
		return nil, err
	}
	return accepted, nil
}

// isRule reports whether id is one of check's rule ids.
func isRule(id string) bool {
	_, ok := ruleIndex[id]
	return ok
}
