package glossary

import (
	"strings"
	"testing"
)

// TestReadIsCheck: Read's issues are Check's, over generated articles, and
// every reading's Rule is a finding Check gives its term in its segment.
func TestReadIsCheck(t *testing.T) {
	gs := genGlossaries(t)
	for seed := range uint64(200) {
		ss := randomArticle(seed, 17)
		for _, g := range gs {
			issues, reads := g.Read(ss)
			if got, want := render(issues), render(g.Check(ss)); got != want {
				t.Fatalf("seed %d: Read gives\n%s\nCheck gives\n%s", seed, got, want)
			}
			for i, rs := range reads {
				for _, r := range rs {
					if r.Rule == "" {
						continue
					}
					found := false
					for _, is := range issues {
						found = found || is.Segment == ss[i] && is.Term == r.Term && is.Rule == r.Rule
					}
					if !found {
						t.Fatalf("seed %d, segment %d: reading %q of %s says %s, which Check does not give", seed, i, ss[i].EN[r.Start:r.End], r.Term.ID, r.Rule)
					}
				}
			}
		}
	}
}

// TestShown: which reading of a match a reviewer is shown.
func TestShown(t *testing.T) {
	g := terms(
		&Term{ID: "who", ZH: []string{"世卫组织"}, EN: "World Health Organization", Abbr: "WHO", Kind: Organization, Status: Approved},
		&Term{ID: "sun-a", ZH: []string{"孙甲"}, EN: "Sun Jia", Kind: Person, Status: Approved},
		&Term{ID: "sun-b", ZH: []string{"孙乙"}, EN: "Sun Yi", Kind: Person, Status: Approved},
	)
	for _, tc := range []struct {
		zh, en string
		want   string // term:text:ok, space-separated
	}{
		{"无关", "those who came", ""},              // ordinary words: not shown
		{"世卫组织", "The WHO said", "who:WHO:false"}, // the abbr before the first mention
		{"世卫组织", "The World Health Organization (WHO) said", "who:World Health Organization:true who:WHO:true"},
		{"孙乙说", "Sun said", "sun-b:Sun:false"}, // the one the source names (first mention)
		{"无关", "Sun said", "sun-a:Sun:true"},   // named by no source: no finding
	} {
		ss := segs("无关 | Headline", tc.zh+" | "+tc.en)
		_, reads := g.Read(ss)
		var got []string
		for _, r := range Shown(reads[1]) {
			got = append(got, r.Term.ID+":"+ss[1].EN[r.Start:r.End]+":"+map[bool]string{true: "true", false: "false"}[r.OK()])
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%s | %s: shown %q, want %q", tc.zh, tc.en, s, tc.want)
		}
	}
}

// TestShownRecovered: a rendering another term's short form hid from the
// first reading ("The Association" of "The Association of Southeast Asian
// Nations") is shown as its term, in the place of that short form; one
// inside a match that carries its own term is not shown over it.
func TestShownRecovered(t *testing.T) {
	g := terms(
		&Term{ID: "fa", ZH: []string{"北原足球协会"}, EN: "Beiyuan Football Association", Kind: Organization},
		&Term{ID: "nations", ZH: []string{"南洋联盟"}, EN: "Association of Southern Sea Nations", Abbr: "ASSN", Kind: Organization},
		&Term{ID: "cm", ZH: []string{"中国矿业"}, EN: "China Mining", Status: Approved},
		&Term{ID: "mw", ZH: []string{"矿业周"}, EN: "Mining Week", Kind: Event, Status: Approved},
	)
	for _, tc := range []struct {
		zh, en string
		want   string // term:text:ok, space-separated
	}{
		{"南洋联盟仍是第一，与南洋联盟贸易增长。", "The Association of Southern Sea Nations (ASSN) stayed first.", "nations:Association of Southern Sea Nations:true nations:ASSN:true"},
		{"北原足球协会表示。", "The Association said so.", "fa:The Association:true"},
		{"矿业周开幕。", "The China Mining Week opened.", "cm:China Mining:true"},
	} {
		ss := segs("无关 | Headline", "北原足球协会开会。 | The Beiyuan Football Association met.", tc.zh+" | "+tc.en)
		_, reads := g.Read(ss)
		var got []string
		for _, r := range Shown(reads[2]) {
			got = append(got, r.Term.ID+":"+ss[2].EN[r.Start:r.End]+":"+map[bool]string{true: "true", false: "false"}[r.OK()])
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%s | %s: shown %q, want %q", tc.zh, tc.en, s, tc.want)
		}
	}
}
