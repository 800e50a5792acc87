package glossary

import "testing"

// Everyday desk English the sixth held-out check probe
// (workflow/testdata/checkprobe6) found reported, as classes: a common
// noun's abbr in the plural after its full form ("NEVs" after "new
// energy vehicles"), an abbr in the headline whose body spells the term
// out at its first mention there, and a reference back to an
// organisation named in full inside a title ("the ministry" after "Vice
// Minister of Culture and Tourism"). What must stay reported: the same
// texts before any full mention, a wrong or misspelt form, an
// organisation's abbr in the plural (other bodies), a headline abbr the
// body never spells out or uses before its full form, a title whose
// English leaves the organisation's name out.
func TestDeskClasses(t *testing.T) {
	g := terms(
		&Term{ID: "sev", ZH: []string{"太阳能汽车"}, EN: "solar energy vehicle", Abbr: "SEV", Kind: Other},
		&Term{ID: "wmo", ZH: []string{"世界海事组织", "海事组织"}, EN: "World Maritime Organization", Abbr: "WMO", Kind: Organization},
		&Term{ID: "cma", ZH: []string{"中国矿业联合会"}, EN: "China Mining Association", Abbr: "CMA", Kind: Organization},
		&Term{ID: "mwr", ZH: []string{"水利和渔业部", "水渔部"}, EN: "Ministry of Water Resources and Fisheries", Abbr: "MWRF", Kind: Organization},
		&Term{ID: "mwr-vm", ZH: []string{"水利和渔业部副部长"}, EN: "Vice Minister of Water Resources and Fisheries", Forbidden: []string{"Deputy Minister of Water Resources and Fisheries"}, Kind: Title},
		&Term{ID: "pku", ZH: []string{"北原大学"}, EN: "Beiyuan University", Kind: Organization},
		&Term{ID: "pku-p", ZH: []string{"北原大学校长"}, EN: "President of Beiyuan University", Kind: Title},
		&Term{ID: "above", ZH: []string{"规上商贸"}, EN: "trading firms above designated size", Short: []string{"trade output"}, Kind: Other},
		&Term{ID: "zhou", ZH: []string{"周立新"}, EN: "Zhou Lixin", Kind: Person},
		&Term{ID: "mfa", ZH: []string{"外务部"}, EN: "Ministry of External Affairs", Kind: Organization},
		&Term{ID: "mfa-sp", ZH: []string{"外务部发言人"}, EN: "External Ministry Spokesperson", Forbidden: []string{"Commerce Ministry Spokesperson"}, Kind: Title},
	)
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		// 1. a common noun's abbr in the plural
		{"the plural abbr after the full form", []string{"标题 | Title", "太阳能汽车销量增长。 | Sales of solar energy vehicles (SEVs) rose.", "太阳能汽车占比过半。 | SEVs made up more than half."}, ""},
		{"the plural abbr after the singular full form", []string{"标题 | Title", "太阳能汽车销量增长。 | Sales of every solar energy vehicle rose.", "太阳能汽车占比过半。 | SEVs made up more than half."}, ""},
		{"the plural of the full form", []string{"标题 | Title", "太阳能汽车销量增长。 | Sales of solar energy vehicles rose."}, ""},
		{"the plural abbr before the full form", []string{"标题 | Title", "太阳能汽车占比过半。 | SEVs made up more than half.", "太阳能汽车销量增长。 | Sales of solar energy vehicles rose."}, "s1:glossary.first-mention:sev:SEVs"},
		{"the plural abbr in lower case", []string{"标题 | Title", "太阳能汽车销量增长。 | Sales of solar energy vehicles rose.", "太阳能汽车占比过半。 | Sevs made up more than half."}, "s2:glossary.missing:sev:太阳能汽车"},
		{"a misspelt plural abbr", []string{"标题 | Title", "太阳能汽车销量增长。 | Sales of solar energy vehicles rose.", "太阳能汽车占比过半。 | SVEs made up more than half."}, "s2:glossary.missing:sev:太阳能汽车"},
		{"an organisation's abbr in the plural is other bodies", []string{"标题 | Title", "中国矿业联合会开会。 | The China Mining Association met.", "中国矿业联合会表示。 | The CMAs said so."}, "s2:glossary.missing:cma:中国矿业联合会"},
		// a paraphrase is no class: the desk declares it a short form
		{"a declared short form after the full mention", []string{"标题 | Title", "规上商贸增长。 | Output of trading firms above designated size rose.", "规上商贸增长。 | In ten months, trade output rose."}, ""},
		{"a declared short form before the full mention", []string{"标题 | Title", "规上商贸增长。 | In ten months, trade output rose."}, "s1:glossary.first-mention:above:trade output"},
		// 2. an abbr in the headline
		{"a headline abbr, the body's first mention in full", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织周一通过新规。 | The World Maritime Organization (WMO) adopted new rules on Monday."}, ""},
		{"a headline abbr, the full form after a segment without the term", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "新规明年生效。 | The rules take effect next year.", "世界海事组织表示。 | The World Maritime Organization said so."}, ""},
		{"a headline abbr the body never spells out", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织周一通过新规。 | The WMO adopted new rules on Monday."}, "s0:glossary.first-mention:wmo:WMO"},
		{"a headline abbr, the body's abbr before its full form", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织周一通过新规。 | The WMO, the World Maritime Organization, adopted rules."}, "s0:glossary.first-mention:wmo:WMO"},
		{"a headline abbr, the body's mention missing", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织周一通过新规。 | The agency adopted new rules on Monday."}, "s0:glossary.first-mention:wmo:WMO s1:glossary.missing:wmo:世界海事组织"},
		{"a headline abbr, the body's full form misspelt", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织周一通过新规。 | The World Maritme Organization adopted rules."}, "s0:glossary.first-mention:wmo:WMO s1:glossary.misspelled:wmo:World Maritme Organization"},
		{"a headline abbr, no body", []string{"世界海事组织通过新规 | WMO Adopts New Rules"}, "s0:glossary.first-mention:wmo:WMO"},
		{"a body abbr before its full form, no headline", []string{"标题 | Title", "世界海事组织周一通过新规。 | The WMO adopted rules.", "世界海事组织表示。 | The World Maritime Organization said so."}, "s1:glossary.first-mention:wmo:WMO"},
		// 3. an organisation named in a title
		{"the ministry after the vice minister's title", []string{"标题 | Title", "水利和渔业部副部长周立新表示。 | Zhou Lixin, Vice Minister of Water Resources and Fisheries, said so.", "水利和渔业部将出台措施。 | The ministry will act."}, ""},
		{"the ministry after a forbidden title that spells the ministry", []string{"标题 | Title", "水利和渔业部副部长周立新表示。 | Zhou Lixin, Deputy Minister of Water Resources and Fisheries, said so.", "水利和渔业部将出台措施。 | The ministry will act."}, "s1:glossary.forbidden:mwr-vm:Deputy Minister of Water Resources and Fisheries"},
		{"the abbr after the title", []string{"标题 | Title", "水利和渔业部副部长周立新表示。 | Zhou Lixin, Vice Minister of Water Resources and Fisheries, said so.", "水渔部将出台措施。 | The MWRF will act."}, ""},
		{"the university after its president's title", []string{"标题 | Title", "北原大学校长周立新表示。 | Zhou Lixin, President of Beiyuan University, said so.", "北原大学将扩招。 | The university will admit more students."}, ""},
		// the body inverted inside the title, as news English names it
		{"the ministry after its inverted name in a title", []string{"标题 | Title", "外务部发言人周立新表示。 | External Ministry Spokesperson Zhou Lixin said so.", "外务部将出台措施。 | The ministry will act."}, ""},
		{"the ministry after another body's inverted name in the title", []string{"标题 | Title", "外务部发言人周立新表示。 | Commerce Ministry Spokesperson Zhou Lixin said so.", "外务部将出台措施。 | The ministry will act."}, "s1:glossary.forbidden:mfa-sp:Commerce Ministry Spokesperson s2:glossary.missing:mfa:外务部"},
		{"the ministry after a title without the body", []string{"标题 | Title", "外务部发言人周立新表示。 | Spokesperson Zhou Lixin said so.", "外务部将出台措施。 | The ministry will act."}, "s1:glossary.missing:mfa-sp:外务部发言人 s2:glossary.missing:mfa:外务部"},
		{"the ministry before any mention", []string{"标题 | Title", "水利和渔业部将出台措施。 | The ministry will act."}, "s1:glossary.missing:mwr:水利和渔业部"},
		{"a title without the ministry's name", []string{"标题 | Title", "水利和渔业部副部长周立新表示。 | Vice Minister Zhou Lixin said so.", "水利和渔业部将出台措施。 | The ministry will act."}, "s1:glossary.missing:mwr-vm:水利和渔业部副部长 s2:glossary.missing:mwr:水利和渔业部"},
		{"a title with the ministry misspelt", []string{"标题 | Title", "水利和渔业部副部长周立新表示。 | Zhou Lixin, Vice Minister of Water Resources and Fishereis, said so.", "水利和渔业部将出台措施。 | The ministry will act."}, "s1:glossary.misspelled:mwr-vm:Vice Minister of Water Resources and Fishereis s2:glossary.missing:mwr:水利和渔业部"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := segs(tc.segs...)
			if got := render(g.Check(ss)); got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
			checkAtAgrees(t, g, ss)
		})
	}
}

// The reviewer's view reads the headline abbr as check does: fine when
// the body's first mention is in full, marked when the body never spells
// it out.
func TestDeskClassesRead(t *testing.T) {
	g := terms(&Term{ID: "wmo", ZH: []string{"世界海事组织"}, EN: "World Maritime Organization", Abbr: "WMO", Kind: Organization})
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		{"spelt out in the body", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织通过新规。 | The World Maritime Organization (WMO) adopted rules."}, ""},
		{"never spelt out", []string{"世界海事组织通过新规 | WMO Adopts New Rules", "世界海事组织通过新规。 | The WMO adopted rules."}, RuleFirstMention},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss := segs(tc.segs...)
			issues, reads := g.Read(ss)
			if len(reads[0]) != 1 || !reads[0][0].Carries || reads[0][0].Rule != tc.want {
				t.Fatalf("headline readings %+v, want one carrying the term with rule %q", reads[0], tc.want)
			}
			if got, want := render(issues), render(g.Check(ss)); got != want {
				t.Errorf("Read's issues %s, Check's %s", got, want)
			}
		})
	}
}
