package glossary

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// seg makes segments from "zh | en" lines; the first is the headline.
func segs(lines ...string) []*articles.Segment {
	var out []*articles.Segment
	for i, l := range lines {
		zh, en, _ := strings.Cut(l, "|")
		out = append(out, &articles.Segment{ID: fmt.Sprintf("s%d", i), Para: min(i, 1), ZH: strings.TrimSpace(zh), EN: strings.TrimSpace(en)})
	}
	return out
}

func render(issues []Issue) string {
	var parts []string
	for _, is := range issues {
		span := is.Found
		parts = append(parts, fmt.Sprintf("%s:%s:%s:%s", is.Segment.ID, is.Rule, is.Term.ID, span))
	}
	return strings.Join(parts, " ")
}

func TestCheckRules(t *testing.T) {
	g := testGlossary()
	g.Terms = append(g.Terms, &Term{ID: "re", ZH: []string{"稀土"}, EN: "rare earths", Kind: Other, Status: Approved},
		&Term{ID: "cm", ZH: []string{"中国矿业"}, EN: "China Mining", Kind: Other, Status: Approved},
		&Term{ID: "mw", ZH: []string{"矿业周"}, EN: "Mining Week", Kind: Event, Status: Approved})
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		// glossary.missing
		{"missing fires", []string{"无关 | News", "中国矿业联合会召开会议 | The association met"},
			"s1:glossary.missing:cma:中国矿业联合会"},
		{"rendering with other whitespace and NBSP is present", []string{"中国矿业联合会召开会议 | The China\u00a0Mining   Association met"}, ""},
		{"curly apostrophe equals straight", []string{"探矿者年会 | The Prospectors’ Annual Conference"}, ""},
		{"hyphen variant equals hyphen", []string{"副秘书长 | Deputy Secretary‐General Zhao"}, ""},
		{"plural title is the rendering (inflection)", []string{"副秘书长 | Deputy Secretaries-General Zhao"}, ""},
		{"form inside a longer form triggers only the longer term", []string{
			"中联部经济合作中心主任 | Director of the Economic Cooperation Center of the International Department of the CPC Central Committee"}, ""},
		{"abbr inside another word is not the abbr", []string{
			"中国矿业联合会 | China Mining Association", "中矿联 | The CMAs met"}, "s1:glossary.missing:cma:中矿联"},
		{"empty English is skipped", []string{"中国矿业联合会 | ", "中矿联 | CMA"}, ""},
		{"a rendering overlapping another match is still there", []string{"矿业周 | the China Mining Week opened"}, ""},
		{"a rendering inside a longer one is not", []string{"无关 | News", "中联部 | the Economic Cooperation Center of the International Department of the CPC Central Committee"},
			"s1:glossary.missing:idcpc:中联部"},
		// glossary.forbidden
		{"forbidden fires, not missing", []string{"中联部 | the International Liaison Department"},
			"s0:glossary.forbidden:idcpc:International Liaison Department"},
		{"forbidden in any case", []string{"中国矿业联合会 | china mining federation"},
			"s0:glossary.forbidden:cma:china mining federation"},
		{"forbidden fires without the source", []string{"无关 | China Mining Federation"},
			"s0:glossary.forbidden:cma:China Mining Federation"},
		{"forbidden inside the right longer rendering does not fire", []string{
			"中联部 | International Department of the CPC Central Committee"}, ""},
		// glossary.case
		{"case fires", []string{"中国矿业联合会 | the china mining association met"},
			"s0:glossary.case:cma:china mining association"},
		{"case only where the source has the term", []string{"无关 | the china mining association"}, ""},
		{"headline title case is not a case error", []string{"中联部 | Visit To The International Department Of The CPC Central Committee"}, ""},
		{"body title case is", []string{"中国矿业联合会 | x", "中联部 | the International Department Of The CPC Central Committee"},
			"s1:glossary.case:idcpc:International Department Of The CPC Central Committee"},
		{"capital at the start of a sentence is not a case error", []string{"稀土 | Rare earths rose. Rare earths fell"}, ""},
		{"capital mid-sentence is", []string{"无 | x", "稀土 | Prices of Rare Earths rose"}, "s1:glossary.case:re:Rare Earths"},
		{"title case in a headline is not", []string{"稀土 | Prices of Rare Earths Rise"}, ""},
		{"possessive carries the rendering", []string{"中国矿业联合会 | the China Mining Association's work"}, ""},
		// glossary.name-order
		{"name order fires", []string{"程立伟 | Liwei Cheng spoke"}, "s0:glossary.name-order:cheng:Liwei Cheng"},
		{"hyphenated name order fires", []string{"程立伟 | Liwei-Cheng spoke"}, "s0:glossary.name-order:cheng:Liwei-Cheng"},
		{"surname first is right", []string{"程立伟 | Cheng Liwei spoke"}, ""},
		{"a longer word is not the surname", []string{"程立伟 | Cheng Liwei", "程立伟 | in Chengdu"}, "s1:glossary.missing:cheng:程立伟"},
		// glossary.first-mention
		{"abbr after the full mention", []string{"中国矿业联合会 | China Mining Association (CMA)", "中矿联 | CMA said"}, ""},
		{"abbr before the full mention", []string{"无关 | News", "中矿联 | CMA met", "中国矿业联合会 | China Mining Association"},
			"s1:glossary.first-mention:cma:CMA"},
		// in the headline, the body's first mention in full: TestDeskClasses
		{"abbr in the headline, the body's first mention in full", []string{"中矿联 | CMA met", "中国矿业联合会 | China Mining Association"}, ""},
		{"abbr before the full mention in the same segment", []string{"中国矿业联合会 | CMA, the China Mining Association"},
			"s0:glossary.first-mention:cma:CMA"},
		{"surname after the full name", []string{"程立伟 | Cheng Liwei", "程立伟 | President Cheng"}, ""},
		{"surname before the full name", []string{"程立伟 | President Cheng", "程立伟 | Cheng Liwei"},
			"s0:glossary.first-mention:cheng:Cheng"},
		{"surname in lower case is not the surname", []string{"程立伟 | Cheng Liwei", "程立伟 | cheng"}, "s1:glossary.missing:cheng:程立伟"},
		{"missing first mention, then abbr is fine", []string{"无关 | News", "中国矿业联合会 | the association", "中矿联 | CMA"},
			"s1:glossary.missing:cma:中国矿业联合会"},
		// the headline (s0) need not carry a term; leaving it out is no
		// first mention, so the fault is the body's abbr: one fault, where
		// the reviewer fixes it
		{"a headline without the term, then abbr in the body", []string{"中国矿业联合会 | Miners Meet", "中矿联 | The CMA met"},
			"s1:glossary.first-mention:cma:CMA"},
		{"a headline without the term, then the full rendering", []string{"中国矿业联合会召开会议 | Miners' Body Meets", "中国矿业联合会 | The China Mining Association (CMA) met", "中矿联 | CMA said"}, ""},
		{"a headline without the term, then a body without it", []string{"中国矿业联合会召开会议 | Miners Meet", "中国矿业联合会 | The association met"},
			"s1:glossary.missing:cma:中国矿业联合会"},
		{"a headline with the full rendering is the first mention", []string{"中国矿业联合会召开会议 | China Mining Association Meets", "中矿联 | The CMA met"}, ""},
		{"a misspelt rendering in a headline", []string{"中国矿业联合会召开会议 | China Minig Association Meets", "中国矿业联合会 | The China Mining Association met"},
			"s0:glossary.misspelled:cma:China Minig Association"},
		{"a deprecated rendering in a headline", []string{"无关 | Old Mining Society Renamed", "无关 | x"}, "s0:glossary.deprecated:old:Old Mining Society"},
		{"a forbidden rendering in a headline", []string{"中国矿业联合会召开会议 | China Mining Federation Meets"},
			"s0:glossary.forbidden:cma:China Mining Federation"},
		{"a reversed name in a headline", []string{"程立伟 | Liwei Cheng Speaks", "程立伟 | Cheng Liwei spoke"}, "s0:glossary.name-order:cheng:Liwei Cheng"},
		{"a surname in a headline before the full name", []string{"程立伟 | Cheng Speaks", "程立伟 | Cheng Liwei spoke"}, "s0:glossary.first-mention:cheng:Cheng"},
		{"a headline case error", []string{"中国矿业联合会召开会议 | china mining association meets"},
			"s0:glossary.case:cma:china mining association"},
		{"the head noun in lower case refers back after the full mention (news style)", []string{
			"中国矿业联合会 | China Mining Association (CMA)", "中矿联 | The association said", "中矿联 | members of the association's board", "中矿联 | this association"}, ""},
		{"the head noun in lower case before the full mention is no reference", []string{"无关 | News", "中矿联 | the association met", "中国矿业联合会 | China Mining Association"},
			"s1:glossary.missing:cma:中矿联"},
		{"a lower-case longer head phrase is not the head noun", []string{"中国矿业联合会 | China Mining Association", "中矿联 | the mining association"},
			"s1:glossary.missing:cma:中矿联"},
		{"abbr in the wrong case is not the abbr", []string{"中国矿业联合会 | China Mining Association", "中矿联 | Cma"},
			"s1:glossary.missing:cma:中矿联"},
		// glossary.deprecated
		{"deprecated fires", []string{"无关 | the Old Mining Society"}, "s0:glossary.deprecated:old:Old Mining Society"},
		{"deprecated abbr in its case", []string{"无关 | OMS and oms"}, "s0:glossary.deprecated:old:OMS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := segs(tc.segs...)
			got := render(g.Check(ss))
			if got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
			checkAtAgrees(t, g, ss)
		})
	}
}

func TestCheckSpans(t *testing.T) {
	g := testGlossary()
	ss := segs("中国矿业联合会和程立伟 | Liwei Cheng of the China Mining Federation")
	is := g.Check(ss)
	if len(is) != 2 {
		t.Fatalf("got %v", render(is))
	}
	for _, i := range is {
		if i.ENStart >= 0 {
			if ss[0].EN[i.ENStart:i.ENEnd] != i.Found {
				t.Errorf("%s: span %q != found %q", i.Rule, ss[0].EN[i.ENStart:i.ENEnd], i.Found)
			}
			if i.ZHStart != -1 {
				t.Errorf("%s: ZH span set", i.Rule)
			}
		}
		if i.Expected == "" {
			t.Errorf("%s: no expected", i.Rule)
		}
	}
	ms := g.Check(segs("无关 | News", "甲中国矿业联合会 | nothing"))
	if len(ms) != 1 || ms[0].ZHStart != len("甲") || ms[0].ZHEnd != len("甲中国矿业联合会") || ms[0].ENStart != -1 {
		t.Fatalf("missing span: %+v", ms)
	}
}

func TestDeprecatedExpectsSuccessor(t *testing.T) {
	g := terms(
		&Term{ID: "new", ZH: []string{"中矿联"}, EN: "China Mining Association"},
		&Term{ID: "old", ZH: []string{"中矿联"}, EN: "China Mining Society", Status: Deprecated},
	)
	is := g.Check(segs("无关 | News", "中矿联 | China Mining Society"))
	if render(is) != "s1:glossary.deprecated:old:China Mining Society s1:glossary.missing:new:中矿联" {
		t.Fatalf("got %s", render(is))
	}
	if is[0].Expected != "China Mining Association" {
		t.Errorf("expected %q", is[0].Expected)
	}
	if len(g.Lint()) != 0 {
		t.Errorf("a deprecated term sharing forms with its successor is fine: %+v", g.Lint())
	}
}

// TestCheckConcurrent: Check (and the lazy build of the matchers) is safe
// from many goroutines at once; run with -race.
func TestCheckConcurrent(t *testing.T) {
	g := testGlossary()
	want := render(testGlossary().Check(segs("中国矿业联合会 | the china mining association", "中矿联 | CMA")))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			done <- render(g.Check(segs("中国矿业联合会 | the china mining association", "中矿联 | CMA")))
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("got %s want %s", got, want)
		}
	}
}
