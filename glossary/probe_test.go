package glossary

import (
	"slices"
	"testing"
)

// What a later mention may refer back to an organisation with, and the
// news desk's lower-case "the commission" (the held-out news probe,
// workflow/testdata/checkprobe).
func TestHeadPhrasesAnd(t *testing.T) {
	for _, tc := range []struct {
		en   string
		want []string
	}{
		{"China Mining Association", []string{"Association", "Mining Association"}},
		// the head of a name whose modifiers are coordinated is its last word
		{"National Development and Reform Commission", []string{"Development", "National Development", "Commission"}},
		{"Hong Kong and Macao Affairs Office of the State Council", []string{"Kong", "Hong Kong", "Office"}},
		{"China Mining Conference and Exhibition", []string{"Conference", "Mining Conference", "China Mining Conference", "Exhibition"}},
		// the word after "and" in lower case is no head
		{"State Bureau of Weights and measures", []string{"Bureau", "State Bureau"}},
	} {
		got := (&Term{EN: tc.en, Kind: Organization}).HeadPhrases()
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.en, got, tc.want)
		}
	}
	g := terms(&Term{ID: "ndrc", ZH: []string{"国家发展和改革委员会", "发展改革委"}, EN: "National Development and Reform Commission", Abbr: "NDRC", Kind: Organization})
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		{"the commission after the full mention", []string{"国家发展和改革委员会 | the National Development and Reform Commission (NDRC)", "发展改革委 | The commission will act"}, ""},
		{"the Commission after the full mention", []string{"国家发展和改革委员会 | the National Development and Reform Commission (NDRC)", "发展改革委 | the Commission acts"}, ""},
		{"the commission before it", []string{"发展改革委 | the commission acts", "国家发展和改革委员会 | the National Development and Reform Commission"}, "s0:glossary.missing:ndrc:发展改革委"},
	} {
		if got := render(g.Check(segs(tc.segs...))); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

// A person named before is referred back to by "the" + the word of an
// office, as news English does ("The minister said", "the spokesperson
// added"); not before the first full mention, not a bare office word.
func TestOfficeReference(t *testing.T) {
	g := terms(&Term{ID: "susilo", ZH: []string{"阿里夫·苏西洛", "苏西洛"}, EN: "Arif Susilo", Kind: Person},
		&Term{ID: "he", ZH: []string{"何建国"}, EN: "He Jianguo", Kind: Person})
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		{"the minister after the full mention", []string{"阿里夫·苏西洛 | Arif Susilo", "苏西洛表示 | The minister said investment grew"}, ""},
		{"the spokesperson after the full mention", []string{"阿里夫·苏西洛 | Arif Susilo", "苏西洛表示 | Investment grew, the spokesperson added"}, ""},
		{"the minister before it", []string{"苏西洛表示 | The minister said investment grew", "阿里夫·苏西洛 | Arif Susilo"}, "s0:glossary.missing:susilo:苏西洛"},
		{"an office word without the", []string{"阿里夫·苏西洛 | Arif Susilo", "苏西洛表示 | Ministers said investment grew"}, "s1:glossary.missing:susilo:苏西洛"},
		{"another person named", []string{"阿里夫·苏西洛 | Arif Susilo", "何建国 | He Jianguo", "苏西洛表示 | He Jianguo told the minister"}, "s2:glossary.missing:susilo:苏西洛"},
	} {
		if got := render(g.Check(segs(tc.segs...))); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}
