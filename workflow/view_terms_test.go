package workflow

import (
	"testing"

	"github.com/bitext-desk/bitext/glossary"
)

// TestENTermsShortForm: a reference back to a term by its short form
// ("the Association", "the association" — "the" and the rendering's head
// noun) is a use of the term, which check never reports; show and the HTML
// report marked it red and dashed, as English that breaks the term, in
// every article that referred back to an organisation so.
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
		en   string
		text string
		ok   bool
	}{
		{"In 2025, the association made progress.", "the association", true},
		{"In 2025, the Association made progress.", "the Association", true},
		{"The China Mining Association met.", "China Mining Association", true},
		{"The CMA met.", "CMA", true},
		{"The china mining association met.", "china mining association", false},
		{"The China Mining Federation met.", "China Mining Federation", false},
		{"Liwei Cheng spoke.", "Liwei Cheng", false},
	} {
		spans := ENTerms(g, tc.en)
		if len(spans) != 1 || spans[0].Text != tc.text || spans[0].OK != tc.ok {
			t.Errorf("ENTerms(%q) = %+v, want one span %q ok=%v", tc.en, spans, tc.text, tc.ok)
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
