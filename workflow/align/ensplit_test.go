package align

import (
	"github.com/bitext-desk/bitext/articles"

	"fmt"
	"slices"
	"strings"
	"testing"
)

// enSplitCases are raw English texts and the sentences they split into,
// written "para:text". They also seed FuzzSplitEnglish.
var enSplitCases = []struct {
	name string
	in   string
	want []string
}{
	{
		name: "list items in brackets ending in semicolons, one a line",
		in: "Article 4 The following information shall be disclosed:\n(1) the name of the holder;\n(2) the progress of the work; and\n(3) the amount invested.\n\n" +
			"Output rose in Hebei;\nShanxi saw a fall.\n",
		want: []string{
			"1:Article 4 The following information shall be disclosed:",
			"1:(1) the name of the holder;",
			"1:(2) the progress of the work; and",
			"1:(3) the amount invested.",
			"2:Output rose in Hebei;\nShanxi saw a fall.",
		},
	},
	{
		name: "a long form of address in a speech",
		in: "Your Excellencies Ministers, Your Excellencies Ambassadors, ladies and gentlemen, dear friends,\nGood afternoon!\n\n" +
			"In the past year the output of copper, lead, zinc and nickel in the western provinces rose,\nBut prices fell.\n",
		want: []string{
			"1:Your Excellencies Ministers, Your Excellencies Ambassadors, ladies and gentlemen, dear friends,",
			"1:Good afternoon!",
			"2:In the past year the output of copper, lead, zinc and nickel in the western provinces rose,\nBut prices fell.",
		},
	},
	{
		name: "a photo credit closes its caption",
		in: "This photo taken on Dec. 9, 2026 shows the platform in Guangzhou. (Xinhua/Chen Gang)\n\n" +
			"Workers check the rig. (Photo by Li Ming)\n\nThe rig is new. (It was built in 2026.)\n",
		want: []string{
			"1:This photo taken on Dec. 9, 2026 shows the platform in Guangzhou. (Xinhua/Chen Gang)",
			"2:Workers check the rig. (Photo by Li Ming)",
			"3:The rig is new.",
			"3:(It was built in 2026.)",
		},
	},
	{
		name: "headline without a mark, dateline line, paragraph",
		in: "# CMA Holds Council Meeting in Beijing\n\nBEIJING, Dec. 9 (Xinhua)\n" +
			"The China Mining Association held a meeting on Tuesday. President Cheng Liwei spoke!\n",
		want: []string{
			"0:CMA Holds Council Meeting in Beijing",
			"1:BEIJING, Dec. 9 (Xinhua)",
			"1:The China Mining Association held a meeting on Tuesday.",
			"1:President Cheng Liwei spoke!",
		},
	},
	{
		name: "titles never end a sentence",
		in:   "Mr. Smith met Dr. Wang and Gen. Li at No. 10 on St. Paul's Road. Mrs. Smith stayed home.",
		want: []string{"1:Mr. Smith met Dr. Wang and Gen. Li at No. 10 on St. Paul's Road.", "1:Mrs. Smith stayed home."},
	},
	{
		name: "month abbreviations before a day",
		in:   "The talks began on Jan. 5 and ended on Sept. 30. They will resume in Oct. Officials said so.",
		want: []string{"1:The talks began on Jan. 5 and ended on Sept. 30.", "1:They will resume in Oct.", "1:Officials said so."},
	},
	{
		name: "dotted abbreviations",
		in:   "The U.S. President met U.K. officials. Trade with the U.S. The figures rose. He left at 9 a.m. on Monday.",
		want: []string{"1:The U.S. President met U.K. officials.", "1:Trade with the U.S.", "1:The figures rose.", "1:He left at 9 a.m. on Monday."},
	},
	{
		name: "company abbreviations",
		in:   "Zijin Mining Co. Ltd. signed a deal with Rio Tinto Inc. The deal is worth $3.5 billion. Shares of Acme Corp. Shanghai rose.",
		want: []string{"1:Zijin Mining Co. Ltd. signed a deal with Rio Tinto Inc.", "1:The deal is worth $3.5 billion.", "1:Shares of Acme Corp. Shanghai rose."},
	},
	{
		name: "decimals, percentages and addresses",
		in:   "GDP grew 5.2 percent, or 3.5% in real terms. See www.example.com for details. Output was 1,200.5 tonnes.",
		want: []string{"1:GDP grew 5.2 percent, or 3.5% in real terms.", "1:See www.example.com for details.", "1:Output was 1,200.5 tonnes."},
	},
	{
		name: "initials",
		in:   "The book by J. K. Rowling sold well. George W. Bush visited. It was in Plan B. The end.",
		want: []string{"1:The book by J. K. Rowling sold well.", "1:George W. Bush visited.", "1:It was in Plan B.", "1:The end."},
	},
	{
		name: "quotes closing after the mark",
		in:   "\"We will deepen cooperation,\" he said. \"Mining is the basis.\" He added: “Safety first!” The meeting ended.",
		want: []string{"1:\"We will deepen cooperation,\" he said.", "1:\"Mining is the basis.\"", "1:He added: “Safety first!”", "1:The meeting ended."},
	},
	{
		name: "question and exclamation inside a quote before lower case",
		in:   "He asked \"Why not?\" and left. She shouted “Stop!” but nobody heard.",
		want: []string{"1:He asked \"Why not?\" and left.", "1:She shouted “Stop!” but nobody heard."},
	},
	{
		name: "brackets closing after the mark",
		in:   "The centre was founded in 1991. (It has 200 staff.) Its director spoke.",
		want: []string{"1:The centre was founded in 1991.", "1:(It has 200 staff.)", "1:Its director spoke."},
	},
	{
		name: "ellipses",
		in:   "He paused... and went on. Then silence... The crowd cheered… Nobody left.",
		want: []string{"1:He paused... and went on.", "1:Then silence...", "1:The crowd cheered…", "1:Nobody left."},
	},
	{
		name: "lower case after a full stop does not split",
		in:   "Metals, minerals, etc. are covered. It works.",
		want: []string{"1:Metals, minerals, etc. are covered.", "1:It works."},
	},
	{
		name: "a salutation line ending in a comma is a sentence of its own",
		in:   "Fellow deputies,\nI now present to you the report on the work of the government.\n\nDear colleagues, friends,\nWelcome.",
		want: []string{"1:Fellow deputies,", "1:I now present to you the report on the work of the government.", "2:Dear colleagues, friends,", "2:Welcome."},
	},
	{
		name: "a salutation of several addressees is a sentence of its own; a line of prose with commas goes on",
		in: "Distinguished guests, ladies and gentlemen, dear friends,\nGood morning!\n\n" +
			"Exports of coal, iron ore and copper, all of them, rose,\nThe ministry said.",
		want: []string{"1:Distinguished guests, ladies and gentlemen, dear friends,", "1:Good morning!",
			"2:Exports of coal, iron ore and copper, all of them, rose,\nThe ministry said."},
	},
	{
		name: "two addressees joined by and are a salutation; a line of prose goes on",
		in: "Council members and member representatives,\nOn behalf of the Secretariat, I present the report.\n\n" +
			"Officials of the ministry and the city bureau,\nThe governor, too, signed it.",
		want: []string{"1:Council members and member representatives,", "1:On behalf of the Secretariat, I present the report.",
			"2:Officials of the ministry and the city bureau,\nThe governor, too, signed it."},
	},
	{
		name: "a long line ending in a comma is only wrapped, even before a capital",
		in:   "The report was drafted over several months by a team of officials,\nExperts and scholars from many fields.",
		want: []string{"1:The report was drafted over several months by a team of officials,\nExperts and scholars from many fields."},
	},
	{
		name: "numbered headings are not split after the number",
		in:   "I. The Drafting Process\n\nII. Main Contents\n\n3. Our Tasks\n\nA. The Economy\n\nIt grew. I. M. Pei designed it. He was born in 1917. It is old.",
		want: []string{"1:I. The Drafting Process", "2:II. Main Contents", "3:3. Our Tasks", "4:A. The Economy",
			"5:It grew.", "5:I. M. Pei designed it.", "5:He was born in 1917.", "5:It is old."},
	},
	{
		name: "a text wrapped by an editor: a line broken before a capital or after an abbreviation goes on",
		in: "In December 2025, we held working talks with the Economic Cooperation\n" +
			"Center of the International Department of the CPC Central Committee. Mr.\n" +
			"Ke Zhizhong and his entourage visited the Association on December 9. The\n" +
			"\"Prospectors' Annual Conference\" focused on geological exploration and\n" +
			"innovation.\n\n" +
			"I. Review of Our Work over the Past Five Years\n" +
			"The past five years have been truly extraordinary for China's mining.",
		want: []string{
			"1:In December 2025, we held working talks with the Economic Cooperation\nCenter of the International Department of the CPC Central Committee.",
			"1:Mr.\nKe Zhizhong and his entourage visited the Association on December 9.",
			"1:The\n\"Prospectors' Annual Conference\" focused on geological exploration and\ninnovation.",
			"2:I. Review of Our Work over the Past Five Years",
			"2:The past five years have been truly extraordinary for China's mining.",
		},
	},
	{
		name: "a line ending in an article or preposition goes on; list items and short lines do not",
		in: "Our main targets for the year are as follows:\n- at least 150 new member organizations\n- over 95 percent of requests resolved\n\n" +
			"(II) Improving the membership system\nThe draft sets out the rights of the\nmembers and of the Council.",
		want: []string{
			"1:Our main targets for the year are as follows:", "1:- at least 150 new member organizations", "1:- over 95 percent of requests resolved",
			"2:(II) Improving the membership system", "2:The draft sets out the rights of the\nmembers and of the Council.",
		},
	},
	{
		name: "a heading in sentence case ending in a preposition or a verb is a sentence of its own",
		in:   "What we stand for\nThe Association serves its members, the industry, the government and society.\n\nWho we are\nWe are a national association.",
		want: []string{"1:What we stand for", "1:The Association serves its members, the industry, the government and society.",
			"2:Who we are", "2:We are a national association."},
	},
	{
		name: "paragraphs and wrapped lines",
		in: "The first paragraph is wrapped\nover two lines. It has two sentences.\n\n" +
			"The second one,\nlike the first, is wrapped.\n\n\nThe third stands alone",
		want: []string{
			"1:The first paragraph is wrapped\nover two lines.", "1:It has two sentences.",
			"2:The second one,\nlike the first, is wrapped.",
			"3:The third stands alone",
		},
	},
	{
		name: "no headline marker: first line is a paragraph",
		in:   "CMA President Meets IDCPC Delegation\n\nCheng Liwei met Ke Zhizhong.",
		want: []string{"1:CMA President Meets IDCPC Delegation", "2:Cheng Liwei met Ke Zhizhong."},
	},
	{
		name: "digits after a full stop start a sentence",
		in:   "Output fell. 2025 was a hard year.",
		want: []string{"1:Output fell.", "1:2025 was a hard year."},
	},
	{
		name: "CRLF, BOM and trailing spaces",
		in:   "\uFEFF# Title  \r\n\r\nOne. Two.  \r\n",
		want: []string{"0:Title", "1:One.", "1:Two."},
	},
	{
		name: "dateline prefix is a sentence of its own",
		in:   "BEIJING, Dec. 10 (Xinhua) -- China's CPI rose 0.7 percent. It was expected.\n\nLONDON — Markets fell.\n\nNEW YORK, March 3 -- Stocks rose.\n\nBEIJING -- ",
		want: []string{
			"1:BEIJING, Dec. 10 (Xinhua) --", "1:China's CPI rose 0.7 percent.", "1:It was expected.",
			"2:LONDON —", "2:Markets fell.", "3:NEW YORK, March 3 --", "3:Stocks rose.", "4:BEIJING --",
		},
	},
	{
		name: "one a line: a line holding two sentences stays whole",
		in:   "Figure 2. A map of the valley.\nThe river rose.\nIt rained.\nFarmers moved uphill.\n'Ho!'\nThey went.\nRain stopped.\nThey came back.\nThe sun set.\nNight fell.\nAll slept.\n",
		want: []string{"1:Figure 2. A map of the valley.", "1:The river rose.", "1:It rained.", "1:Farmers moved uphill.", "1:'Ho!'", "1:They went.", "1:Rain stopped.", "1:They came back.", "1:The sun set.", "1:Night fell.", "1:All slept."},
	},
	{
		name: "one a line: an exclamation repeated on its line stays whole",
		in:   strings.Repeat("They went.\n", 9) + "'Hey! Hey! Hey!' he cried.\n",
		want: append(slices.Repeat([]string{"1:They went."}, 9), "1:'Hey! Hey! Hey!' he cried."),
	},
	{
		name: "one a line: a short line and a lower-case one are sentences",
		in:   "# Floods\n\n  Dear friends,  \nThe river rose.\nit was cold.\n\nRain stopped.\nThey came back.\n",
		want: []string{"0:Floods", "1:Dear friends,", "1:The river rose.", "1:it was cold.", "2:Rain stopped.", "2:They came back."},
	},
	{
		name: "running text, a paragraph a line, is split by its marks",
		in:   "The river rose. Farmers moved uphill.\nRain stopped. They came back.\n",
		want: []string{"1:The river rose.", "1:Farmers moved uphill.", "1:Rain stopped.", "1:They came back."},
	},
	{
		name: "a closing quote set apart by a space stays with its sentence",
		in:   "He said it was over. \" Then he left. 'Go home now. ' The door shut. “It is done. ” We waited. \"We won. \" \"Not all agreed,\" she said.",
		want: []string{"1:He said it was over. \"", "1:Then he left.", "1:'Go home now. '", "1:The door shut.",
			"1:“It is done. ”", "1:We waited.", "1:\"We won. \"", "1:\"Not all agreed,\" she said."},
	},
	{
		name: "a dash before a closing quote cuts the speech off",
		in:   "'If only—' 'Only what?' he asked. \"I think--\" \"Stop.\" \"Wait—\" he said, \"no.\"",
		want: []string{"1:'If only—'", "1:'Only what?' he asked.", "1:\"I think--\"", "1:\"Stop.\"", "1:\"Wait—\" he said, \"no.\""},
	},
	{
		name: "number abbreviations only before a number",
		in:   "The answer was no. Then we left. She lives at No. 5 Main Street. See fig. 3 for details. They moved into no. 12. Then Vol. 2 came.",
		want: []string{"1:The answer was no.", "1:Then we left.", "1:She lives at No. 5 Main Street.", "1:See fig. 3 for details.",
			"1:They moved into no. 12.", "1:Then Vol. 2 came."},
	},
	{
		name: "versus after a name; initials in a row; the pronoun I",
		in:   "It was Roe v. Wade. The path ends at v. Then it turns. The scholar A. B. C. Lee wrote it. Nobody was as tall as I. My brother laughed.",
		want: []string{"1:It was Roe v. Wade.", "1:The path ends at v.", "1:Then it turns.", "1:The scholar A. B. C. Lee wrote it.",
			"1:Nobody was as tall as I.", "1:My brother laughed."},
	},
	{
		name: "a wrapped sentence going on is no dateline",
		in:   "It rained! NEW YORK -- and the\nrest followed.",
		want: []string{"1:It rained!", "1:NEW YORK -- and the\nrest followed."},
	},
	{name: "empty", in: "", want: nil},
	{name: "only a hash", in: "#\n\nText", want: []string{"1:#", "2:Text"}},
}

func TestSplitEnglish(t *testing.T) {
	for _, c := range enSplitCases {
		t.Run(c.name, func(t *testing.T) {
			n := articles.Normalize(c.in)
			ss := SplitEnglish(n)
			var got []string
			for _, s := range ss {
				got = append(got, fmt.Sprintf("%d:%s", s.Para, s.Text))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("SplitEnglish(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			checkEnglish(t, n, ss)
		})
	}
}

// checkEnglish checks what holds for any text: sentences are non-empty,
// trimmed slices of n in order, lines right, and everything between them is
// whitespace or the headline's '#' — re-joined, they cover the text.
func checkEnglish(t *testing.T, n string, ss []articles.Sentence) {
	t.Helper()
	prev, para := 0, 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(n) || n[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d %+v: bad offsets after %d in %q", i, s, prev, n)
		}
		if strings.TrimFunc(s.Text, articles.IsSpace) != s.Text || s.Text == "" {
			t.Fatalf("sentence %d %+v: empty or untrimmed", i, s)
		}
		if s.Para < para || (s.Para == 0 && i > 0) {
			t.Fatalf("sentence %d %+v: paragraph after %d", i, s, para)
		}
		if want := strings.Count(n[:s.Start], "\n") + 1; s.Line != want {
			t.Fatalf("sentence %d %+v: line, want %d", i, s, want)
		}
		gap := n[prev:s.Start]
		if s.Para == 0 {
			gap = strings.Replace(gap, "#", "", 1)
		}
		if strings.TrimFunc(gap, articles.IsSpace) != "" {
			t.Fatalf("sentence %d: text %q between sentences is lost", i, gap)
		}
		prev, para = s.End, s.Para
	}
	if rest := n[prev:]; strings.TrimFunc(rest, articles.IsSpace) != "" {
		t.Fatalf("text %q after the last sentence is lost", rest)
	}
}

func FuzzSplitEnglish(f *testing.F) {
	for _, c := range enSplitCases {
		f.Add(c.in)
	}
	f.Add("Mr.\n\nDr. A.\nb. C... D?! “E.” F")
	for _, c := range lineCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n := articles.Normalize(in)
		checkEnglish(t, n, SplitEnglish(n))
	})
}
