package glossary

import "testing"

// References back that the fifth held-out check probe
// (workflow/testdata/checkprobe5) found reported, as classes: after the
// term's full mention in the article, a common noun phrase of its head
// noun ("the central bank", "a cup final", "the ministry") and a club's
// or a company's own name without its suffix ("Beiyuan" for Beiyuan FC)
// carry the term; a wrong rendering, a misspelling, a term missing
// before any full mention, the name's own words in lower case and an
// abbr before its full form stay reported. And the defect the probe
// showed: an abbr right after its full form in the same segment, where
// another term's short form ("The Association") hid the full form from
// the first reading, is no early abbr.
func TestReferenceBackClasses(t *testing.T) {
	g := terms(
		&Term{ID: "bank", ZH: []string{"中国人民银行", "人民银行", "央行"}, EN: "People's Bank of China", Abbr: "PBOC", Kind: Organization},
		&Term{ID: "cup", ZH: []string{"北原足协杯", "足协杯"}, EN: "Beiyuan FA Cup", Kind: Event},
		&Term{ID: "moe", ZH: []string{"教育部"}, EN: "Ministry of Education", Kind: Organization},
		&Term{ID: "club", ZH: []string{"北原队"}, EN: "Beiyuan FC", Kind: Organization},
		&Term{ID: "firm", ZH: []string{"腾达公司"}, EN: "Tengda Ltd.", Kind: Organization},
		&Term{ID: "fa", ZH: []string{"北原足球协会"}, EN: "Beiyuan Football Association", Kind: Organization},
		&Term{ID: "nations", ZH: []string{"南洋联盟"}, EN: "Association of Southern Sea Nations", Abbr: "ASSN", Kind: Organization},
		&Term{ID: "dg", ZH: []string{"副行长"}, EN: "Deputy Governor", Kind: Title},
		&Term{ID: "ma", ZH: []string{"马立新"}, EN: "Ma Lixin", Kind: Person},
		&Term{ID: "premier", ZH: []string{"国务院总理"}, EN: "Premier", Kind: Title},
		&Term{ID: "vm", ZH: []string{"副部长"}, EN: "Vice Minister", Kind: Title},
	)
	for _, tc := range []struct {
		name string
		segs []string
		want string
	}{
		// a common noun phrase of the head noun, after the full mention
		{"the central bank after the full mention", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates on Monday.", "央行还表示。 | The central bank also said more may follow."}, ""},
		{"a possessor's central bank", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "央行还表示。 | China's central bank also said so."}, ""},
		{"an indefinite phrase of the head", []string{"标题 | Title", "北原足协杯决赛举行。 | The Beiyuan FA Cup final was played.", "足协杯决赛观众创纪录。 | The crowd was a record for a cup final."}, ""},
		{"the ministry for a head before of", []string{"标题 | Title", "教育部发布规定。 | The Ministry of Education issued rules.", "教育部表示。 | The ministry said schools agreed."}, ""},
		{"the central bank before the full mention", []string{"标题 | Title", "央行宣布降息。 | The central bank cut rates.", "中国人民银行表示。 | The People's Bank of China said so."}, "s1:glossary.missing:bank:央行"},
		{"a cup final before the full mention", []string{"标题 | Title", "足协杯决赛观众创纪录。 | The crowd was a record for a cup final."}, "s1:glossary.missing:cup:足协杯"},
		{"a capitalised modifier names another body", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "央行还表示。 | The National Bank also said so."}, "s2:glossary.missing:bank:央行"},
		{"the name's own words in lower case are no common phrase", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "央行还表示。 | The people's bank also said so."}, "s2:glossary.missing:bank:央行"},
		{"a plural is no reference", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "央行还表示。 | The commercial banks also said so."}, "s2:glossary.missing:bank:央行"},
		{"the head without a determiner is no reference", []string{"标题 | Title", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "央行还表示。 | Bank officials also said so."}, "s2:glossary.missing:bank:央行"},
		{"a person named instead is still caught", []string{"标题 | Title", "马立新发言。 | Ma Lixin spoke.", "中国人民银行宣布降息。 | The People's Bank of China cut rates.", "马立新说。 | The central bank said so."}, "s3:glossary.missing:ma:马立新"},
		// a club's or a company's name before its suffix
		{"a club's name after its full mention", []string{"标题 | Title", "北原队夺冠。 | Beiyuan FC won the title.", "北原队前锋进球。 | Beiyuan forward Ma Lixin scored."}, ""},
		{"the club after its full mention", []string{"标题 | Title", "北原队夺冠。 | Beiyuan FC won the title.", "北原队主教练表示。 | The club's head coach said so."}, ""},
		{"a company's name after its full mention", []string{"标题 | Title", "腾达公司发布财报。 | Tengda Ltd. reported results.", "腾达公司表示。 | Tengda said sales rose."}, ""},
		{"a club's name before its full mention", []string{"标题 | Title", "北原队前锋进球。 | Beiyuan forward Ma Lixin scored.", "北原队夺冠。 | Beiyuan FC won the title."}, "s1:glossary.missing:club:北原队"},
		{"a club's name in lower case", []string{"标题 | Title", "北原队夺冠。 | Beiyuan FC won the title.", "北原队前锋进球。 | The beiyuan forward scored."}, "s2:glossary.missing:club:北原队"},
		{"a club's name misspelt", []string{"标题 | Title", "北原队夺冠。 | Beiyuan FC won the title.", "北原队前锋进球。 | Beiyaun forward Ma Lixin scored."}, "s2:glossary.missing:club:北原队"},
		{"a club's full name misspelt", []string{"标题 | Title", "北原队夺冠。 | Beiyuan FC won the title.", "北原队前锋进球。 | Beiyaun FC forward Ma Lixin scored."}, "s2:glossary.misspelled:club:Beiyaun FC"},
		{"the suffix alone is no reference", []string{"标题 | Title", "腾达公司发布财报。 | Tengda Ltd. reported results.", "腾达公司表示。 | The Ltd. said sales rose."}, "s2:glossary.missing:firm:腾达公司"},
		// an abbr after its full form in the same segment, the full form
		// first hidden by another term's short form
		{"the abbr after its full form behind another's short form", []string{"标题 | Title", "北原足球协会开会。 | The Beiyuan Football Association met.", "南洋联盟仍是第一，与南洋联盟贸易增长。 | The Association of Southern Sea Nations (ASSN) stayed first."}, ""},
		{"the abbr before its full form in the same segment", []string{"标题 | Title", "北原足球协会开会。 | The Beiyuan Football Association met.", "南洋联盟仍是第一，与南洋联盟贸易增长。 | The ASSN, or The Association of Southern Sea Nations, stayed first."}, "s2:glossary.first-mention:nations:ASSN"},
		// a title in apposition after the name: the desk writes it as the
		// organisation does, capitalised (../shared/seed: "Cheng Liwei,
		// President of the China Mining Association (CMA)")
		{"a title in lower case in apposition", []string{"标题 | Title", "副行长马立新表示。 | Ma Lixin, deputy governor of the bank, said so."}, "s1:glossary.case:dg:deputy governor"},
		{"a title capitalised in apposition", []string{"标题 | Title", "副行长马立新表示。 | Ma Lixin, Deputy Governor of the bank, said so."}, ""},
		// a public office used generically, an article before it and no
		// name beside it: news style writes it in lower case
		{"the premier without a name", []string{"标题 | Title", "他应国务院总理邀请访华。 | He will visit at the invitation of the premier."}, ""},
		{"the Chinese premier without a name", []string{"标题 | Title", "他应国务院总理邀请访华。 | He will visit at the invitation of the Chinese premier."}, ""},
		{"a vice minister without a name", []string{"标题 | Title", "一名副部长出席。 | A vice minister attended."}, ""},
		{"the deputy governor of a body without a name", []string{"标题 | Title", "副行长出席。 | The deputy governor of the bank attended."}, ""},
		{"the premier before a name", []string{"标题 | Title", "国务院总理马立新出席。 | The premier Ma Lixin attended."}, "s1:glossary.case:premier:premier"},
		{"a title after a name, the article after a comma", []string{"标题 | Title", "副行长马立新表示。 | Ma Lixin, the deputy governor of the bank, said so."}, "s1:glossary.case:dg:deputy governor"},
		{"a title without an article", []string{"标题 | Title", "国务院总理出席。 | Then premier said so."}, "s1:glossary.case:premier:premier"},
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
