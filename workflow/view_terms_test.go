package workflow

import (
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// TestENTermsShortForm: a reference back to a term by its short form
// ("the Association", "the association" — "the" and the rendering's head
// noun) in a segment whose source does not name the term (协会) is a use
// of the term, which check never reports; show and the HTML report marked
// it red and dashed, as English that breaks the term, in every article
// that referred back to an organisation so. Where the source does name the
// term, check takes "the" + the head noun capitalised as in the
// rendering, or the head noun alone in lower case as news English writes
// it (README, "Referring back"): "the association" there is a reference
// after the full mention (the headline), and the view marks it OK, as
// check passes it.
func TestENTermsShortForm(t *testing.T) {
	g := parseGlossary(t, `terms:
  - id: cma
    zh: [中国矿业联合会, 中矿联]
    en: China Mining Association
    abbr: CMA
    forbidden: [China Mining Federation]
  - id: cheng
    zh: 程立伟
    en: Cheng Liwei
    kind: person
`)
	for _, tc := range []struct {
		zh, en string
		text   string
		ok     bool
	}{
		{"协会", "In 2025, the association made progress.", "the association", true},
		{"协会", "In 2025, the Association made progress.", "the Association", true},
		{"中国矿业联合会", "In 2025, the Association made progress.", "the Association", true},
		{"中国矿业联合会", "In 2025, the association made progress.", "the association", true},
		{"中国矿业联合会", "The China Mining Association met.", "China Mining Association", true},
		{"中矿联", "The CMA met.", "CMA", true},
		{"中国矿业联合会", "The china mining association met.", "china mining association", false},
		{"中国矿业联合会", "The China Mining Federation met.", "China Mining Federation", false},
		{"程立伟", "Liwei Cheng spoke.", "Liwei Cheng", false},
	} {
		// the headline names both, so the abbr and the short form come after the first mention
		segs := []*articles.Segment{{ID: "h", ZH: "中国矿业联合会程立伟", EN: "China Mining Association, Cheng Liwei"}, {ID: "s", Para: 1, ZH: tc.zh, EN: tc.en}}
		_, reads := g.Read(segs)
		spans := ENTerms(reads[1], tc.en, nil)
		if len(spans) != 1 || spans[0].Text != tc.text || spans[0].OK != tc.ok {
			t.Errorf("%s | %s: ENTerms = %+v, want one span %q ok=%v", tc.zh, tc.en, spans, tc.text, tc.ok)
		}
	}
}

func parseGlossary(t *testing.T, src string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Parse("glossary.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return g
}
