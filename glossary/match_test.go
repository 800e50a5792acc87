package glossary

import (
	"fmt"
	"strings"
	"testing"
)

func terms(ts ...*Term) *Glossary {
	for _, t := range ts {
		if t.Kind == "" {
			t.Kind = Other
		}
		if t.Status == "" {
			t.Status = Approved
		}
	}
	return &Glossary{Terms: ts}
}

var testGlossary = func() *Glossary {
	return terms(
		&Term{ID: "idcpc", ZH: []string{"中共中央对外联络部", "中联部"}, EN: "International Department of the CPC Central Committee", Abbr: "IDCPC",
			Forbidden: []string{"International Liaison Department", "International Liaison Department of the CPC"}, Kind: Organization},
		&Term{ID: "centre", ZH: []string{"中联部经济合作中心"}, EN: "Economic Cooperation Center of the International Department of the CPC Central Committee", Kind: Organization},
		&Term{ID: "cma", ZH: []string{"中国矿业联合会", "中矿联"}, EN: "China Mining Association", Abbr: "CMA", Forbidden: []string{"China Mining Federation"}, Kind: Organization},
		&Term{ID: "pac", ZH: []string{"探矿者年会"}, EN: "Prospectors' Annual Conference", Kind: Event},
		&Term{ID: "dsg", ZH: []string{"副秘书长"}, EN: "Deputy Secretary-General", Kind: Title},
		&Term{ID: "cheng", ZH: []string{"程立伟"}, EN: "Cheng Liwei", Kind: Person},
		&Term{ID: "old", ZH: []string{"旧名"}, EN: "Old Mining Society", Abbr: "OMS", Status: Deprecated},
	)
}

func zhSpans(g *Glossary, s string) string {
	var parts []string
	for _, m := range g.MatchZH(s) {
		ids := []string{}
		for _, t := range m.Terms {
			ids = append(ids, t.ID)
		}
		parts = append(parts, fmt.Sprintf("%s=%s", s[m.Start:m.End], strings.Join(ids, "+")))
	}
	return strings.Join(parts, " ")
}

func enSpans(g *Glossary, s string) string {
	var parts []string
	for _, m := range g.MatchEN(s) {
		hs := []string{}
		for _, h := range m.Hits {
			hs = append(hs, h.Term.ID+"/"+h.Role.String())
		}
		parts = append(parts, fmt.Sprintf("[%s]=%s", s[m.Start:m.End], strings.Join(hs, "+")))
	}
	return strings.Join(parts, " ")
}

func TestMatchZH(t *testing.T) {
	g := testGlossary()
	for _, tc := range []struct{ in, want string }{
		{"中联部经济合作中心主任", "中联部经济合作中心=centre"},
		{"中联部和中联部经济合作中心", "中联部=idcpc 中联部经济合作中心=centre"},
		{"中共中央对外联络部的职能", "中共中央对外联络部=idcpc"},
		{"中国矿业联合会副秘书长", "中国矿业联合会=cma 副秘书长=dsg"},
		{"中矿联中矿联", "中矿联=cma 中矿联=cma"},
		{"旧名不算", ""}, // deprecated terms never trigger
		{"", ""},
		{"没有术语", ""},
	} {
		if got := zhSpans(g, tc.in); got != tc.want {
			t.Errorf("MatchZH(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatchEN(t *testing.T) {
	g := testGlossary()
	for _, tc := range []struct{ in, want string }{
		{"the China Mining Association (CMA) said", "[China Mining Association]=cma/rendering [CMA]=cma/abbr"},
		{"CMAs and DCMA and CMA's and CMA-led", "[CMA]=cma/abbr [CMA]=cma/abbr"},
		{"cma", "[cma]=cma/abbr"},
		{"China\u00a0Mining  \n Association", "[China\u00a0Mining  \n Association]=cma/rendering"},
		{"The Prospectors’ Annual Conference", "[Prospectors’ Annual Conference]=pac/rendering"},
		{"Prospectors Annual Conference", ""},
		{"Deputy Secretary‐General and Deputy Secretary–General", "[Deputy Secretary‐General]=dsg/rendering [Deputy Secretary–General]=dsg/rendering"},
		{"Deputy Secretaries-General", "[Deputy Secretaries-General]=dsg/rendering"},
		{"the Economic Cooperation Center of the International Department of the CPC Central Committee", "[Economic Cooperation Center of the International Department of the CPC Central Committee]=centre/rendering"},
		{"the International Liaison Department of the CPC Central Committee", "[International Liaison Department of the CPC]=idcpc/forbidden"},
		{"Liwei Cheng and Liwei-Cheng and Cheng Liwei and President Cheng", "[Liwei Cheng]=cheng/name-order [Liwei-Cheng]=cheng/name-order [Cheng Liwei]=cheng/rendering [Cheng]=cheng/surname"},
		{"Chengdu", ""},
		{"the Old Mining Society (OMS)", "[Old Mining Society]=old/deprecated [OMS]=old/deprecated"},
		{"ＣＭＡ", "[ＣＭＡ]=cma/abbr"},
		{"", ""},
	} {
		if got := enSpans(g, tc.in); got != tc.want {
			t.Errorf("MatchEN(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestEmptyGlossaryMatchesNothing(t *testing.T) {
	g := &Glossary{}
	if len(g.MatchZH("中联部")) != 0 || len(g.MatchEN("CMA")) != 0 || len(g.Check(nil)) != 0 {
		t.Fatal("empty glossary matched")
	}
}

// naiveLeftmostLongest is the reference: at each position, the longest
// pattern that starts there; the first position with a match wins.
func naiveLeftmostLongest(text []int32, pats [][]int32) []match {
	var out []match
	for i := 0; i < len(text); {
		best, bestPat := 0, -1
		for id, p := range pats {
			if len(p) > best && len(p) <= len(text)-i && equal32(text[i:i+len(p)], p) {
				// first id wins among equal patterns
				best, bestPat = len(p), id
			}
		}
		if bestPat < 0 {
			i++
			continue
		}
		out = append(out, match{int32(i), int32(i + best), int32(bestPat)})
		i += best
	}
	return out
}

func equal32(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func firstIDs(pats [][]int32) [][]int32 {
	// the automaton keeps the first id of a repeated pattern; so does the
	// reference when later duplicates are blanked out
	out := make([][]int32, len(pats))
	for i, p := range pats {
		dup := false
		for j := 0; j < i; j++ {
			if equal32(pats[j], p) {
				dup = true
			}
		}
		if !dup {
			out[i] = p
		}
	}
	return out
}

func TestAutomatonAgainstReference(t *testing.T) {
	cases := []struct {
		pats []string
		text string
	}{
		{[]string{"he", "she", "his", "hers"}, "ushers"},
		{[]string{"a", "ab", "abc", "bcd"}, "abcd"},
		{[]string{"abcd", "bc"}, "abcabcd"},
		{[]string{"b", "abc"}, "abd"},
		{[]string{"aa", "aaa"}, "aaaaaaa"},
		{[]string{"中联部", "中联部经济合作中心", "经济合作中心"}, "中联部经济合作中心和中联部和经济合作中心"},
	}
	for _, c := range cases {
		pats := make([][]int32, len(c.pats))
		for i, p := range c.pats {
			pats[i] = []int32(p)
		}
		a := buildAutomaton(pats)
		got := a.leftmostLongest([]int32(c.text), nil)
		want := naiveLeftmostLongest([]int32(c.text), pats)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%v in %q: got %v want %v", c.pats, c.text, got, want)
		}
	}
}

func TestEqualEN(t *testing.T) {
	if !EqualEN("Prospectors' Annual  Conference", "Prospectors’\u00a0Annual Conference") {
		t.Error("apostrophe/space variants should be equal")
	}
	if EqualEN("China Mining Association", "china mining association") {
		t.Error("case differs")
	}
	if !EqualFoldEN("China Mining Association", "china mining association") {
		t.Error("fold equal")
	}
}
