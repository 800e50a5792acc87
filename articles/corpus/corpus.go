// Package corpus generates synthetic bitext workspaces for benchmarks and
// tests: N articles of M segments in realistic Chinese and English, a
// glossary of K terms, and a controlled share of planted faults of every
// rule kind, listed in a manifest. The same seed gives the same workspace,
// byte for byte.
package corpus

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

// Options shape a corpus.
type Options struct {
	Seed     uint64
	Articles int     // N
	Segments int     // M, per article (headline included)
	Terms    int     // K
	Faults   float64 // share of segments given a planted fault (0..1)
	// Articles whose source is edited after the segments were made
	// (drift.source-changed), and whose segment file is broken
	// (schema.invalid). Drift articles are planted at the Faults share when
	// this is negative.
	Drifted, Broken int
}

// Fault is one planted fault: the rule that must find it, where.
type Fault struct {
	Rule    string `json:"rule"`
	Article string `json:"article"`
	Segment string `json:"segment,omitempty"` // "" for a fault of the whole article
}

// Manifest lists what was generated and every planted fault.
type Manifest struct {
	Seed     uint64  `json:"seed"`
	Articles int     `json:"articles"`
	Segments int     `json:"segments"`
	Terms    int     `json:"terms"`
	Faults   []Fault `json:"faults"`
}

// The rules a segment fault can be planted for, in turn.
var segmentRules = []string{
	"glossary.missing", "glossary.forbidden", "glossary.case", "glossary.name-order",
	"glossary.first-mention", "glossary.deprecated",
	"drift.stale", "workflow.approval-void", "workflow.untranslated", "workflow.claim-expired",
	"qa.numbers", "workflow.self-approved", "workflow.approval-forced", "merge.conflict", "glossary.misspelled",
	"qa.inconsistent",
}

// Characters of the Chinese glossary forms. None is used by the sentence
// templates or is a numeral, so a form only ever matches where planted.
const termAlphabet = "嘉澜瑞琪铭瀚璟珂琳琦璐瑶霖骁煜烨晟昊朗峻岚崧嵘巍彤彦昕暄晖曦晗皓睿翔翊羿聿舒芮苒茗荟莘菁萱蔚蕙蕾薇颢沁泓涵淇渝湘滢潇澄灏炜焱熠琨瑜璋珏瑾玮"

var (
	pinyin   = strings.Fields("an bai bin bo chang chen cheng chun da dong fang fei feng gang guo hai hao hong hua hui jia jian jiang jie jin jing jun kai kang lan lei li liang lin ling long lu mei min ming na ning pei peng ping qi qian qiang qing rong rui shan sheng shu song tao tian ting wei wen xiang xiao xin xing xu ya yan yang yi ying yong yu yuan yue yun ze zhen zheng zhi zhong zhou")
	surnames = strings.Fields("Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo")
	fields   = []string{"Mining", "Nonferrous Metals", "Geological Survey", "Coal", "Rare Earth", "Mineral Resources", "Gold", "Iron and Steel"}
	orgTypes = []string{"Association", "Federation", "Institute", "Society", "Council", "Research Center"}
	events   = []string{"Forum", "Expo", "Summit", "Conference", "Week"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	words    = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	numerals = []string{"", "", "两", "三", "四", "五", "六", "七", "八", "九", "十"}
)

type term struct {
	id, zh, en, abbr, forbidden, kind, status, surname, given string
}

// gen is one generation run.
type gen struct {
	r     *rand.Rand
	terms []*term
	live  []*term // approved and proposed: usable in clean text
	orgs  []*term // live organisations with an abbreviation and a forbidden variant
	pers  []*term
	depr  []*term
	keys  map[string]bool
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// key is a fresh capitalised pinyin word, unique in the corpus.
func (g *gen) key(syllables int) string {
	for tries := 0; ; tries++ {
		var b strings.Builder
		n := syllables + tries/50
		for i := range n {
			s := g.pick(pinyin)
			if i == 0 {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
			b.WriteString(s)
		}
		if k := b.String(); !g.keys[k] {
			g.keys[k] = true
			return k
		}
	}
}

// zhForm is a fresh four-character Chinese form.
func (g *gen) zhForm(used map[string]bool) string {
	alpha := []rune(termAlphabet)
	for {
		var b strings.Builder
		for range 4 {
			b.WriteRune(alpha[g.r.IntN(len(alpha))])
		}
		if s := b.String(); !used[s] {
			used[s] = true
			return s
		}
	}
}

func (g *gen) makeTerms(k int) {
	usedZH := map[string]bool{}
	abbrs := map[string]bool{}
	for i := range k {
		t := &term{id: fmt.Sprintf("t%05d", i), zh: g.zhForm(usedZH), status: "approved"}
		switch x := g.r.IntN(20); {
		case x == 0:
			t.status = "deprecated"
		case x <= 2:
			t.status = "proposed"
		}
		switch x := g.r.IntN(10); {
		case x < 5:
			t.kind = "organization"
			key := g.key(2)
			field, typ := g.pick(fields), g.pick(orgTypes)
			t.en = key + " " + field + " " + typ
			t.forbidden = key + " " + field + " Union"
			ab := strings.ToUpper(key[:1])
			for _, w := range strings.Fields(field + " " + typ) {
				if w != "and" && w != "of" {
					ab += w[:1]
				}
			}
			if !abbrs[ab] {
				abbrs[ab] = true
				t.abbr = ab
			}
		case x < 8:
			t.kind = "person"
			t.surname, t.given = g.pick(surnames), g.key(2)
			t.en = t.surname + " " + t.given
		case x < 9:
			t.kind = "event"
			t.en = g.key(2) + " " + g.pick(fields) + " " + g.pick(events)
		default:
			t.kind = "place"
			t.en = g.key(2) + " Mining Area"
		}
		g.terms = append(g.terms, t)
		switch {
		case t.status == "deprecated":
			g.depr = append(g.depr, t)
			continue
		}
		g.live = append(g.live, t)
		if t.kind == "organization" && t.abbr != "" {
			g.orgs = append(g.orgs, t)
		}
		if t.kind == "person" {
			g.pers = append(g.pers, t)
		}
	}
}

func (g *gen) glossaryYAML() ([]byte, error) {
	seq := yamlx.Seq()
	for _, t := range g.terms {
		var abbr, forbidden *yaml.Node
		if t.abbr != "" {
			abbr = yamlx.Str(t.abbr)
		}
		if t.forbidden != "" {
			forbidden = yamlx.Flow(yamlx.StrSeq([]string{t.forbidden}))
		}
		seq.Content = append(seq.Content, yamlx.Map(
			"id", yamlx.Str(t.id),
			"zh", yamlx.Flow(yamlx.StrSeq([]string{t.zh})),
			"en", yamlx.Str(t.en),
			"abbr", abbr,
			"forbidden", forbidden,
			"kind", yamlx.Str(t.kind),
			"status", yamlx.Str(t.status),
		))
	}
	return yamlx.Encode(yamlx.Map("terms", seq))
}

// number is one number as the two languages write it.
type number struct{ zh, en string }

func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// count is a number of people or organisations, in one of several forms.
func (g *gen) count() (number, int) {
	switch g.r.IntN(4) {
	case 0:
		n := 2 + g.r.IntN(9)
		return number{numerals[n], words[n]}, n
	case 1:
		n := 20 + g.r.IntN(900)
		return number{strconv.Itoa(n), strconv.Itoa(n)}, n
	case 2:
		n := 1000 + g.r.IntN(9000)
		return number{strconv.Itoa(n), commas(n)}, n
	default:
		n := 11 + g.r.IntN(89) // x.y万
		return number{fmt.Sprintf("%d.%d万", n/10, n%10), commas(n * 1000)}, n * 1000
	}
}

// sentence is one segment's text in both languages.
type sentence struct{ zh, en string }

// render gives a term's English in a clean segment: the full rendering, or
// after a full mention in the article sometimes its short form.
func (g *gen) render(t *term, mentioned map[*term]bool) string {
	if mentioned[t] && g.r.IntN(3) == 0 {
		if t.abbr != "" {
			return t.abbr
		}
		if t.kind == "person" {
			return t.surname
		}
	}
	mentioned[t] = true
	return t.en
}

func (g *gen) cleanSentence(headline bool, mentioned map[*term]bool, t1, t2 *term) sentence {
	r1 := func() string { return g.render(t1, mentioned) }
	r2 := func() string { return g.render(t2, mentioned) }
	if headline {
		return sentence{t1.zh + "会见" + t2.zh, r1() + " Meets " + r2()}
	}
	switch g.r.IntN(7) {
	case 0:
		m, d := 1+g.r.IntN(12), 1+g.r.IntN(28)
		en := fmt.Sprintf("On %s %d", months[m-1], d)
		if g.r.IntN(2) == 0 {
			en = fmt.Sprintf("On %d %s", d, months[m-1])
		}
		return sentence{fmt.Sprintf("%d月%d日，%s会见了%s。", m, d, t1.zh, t2.zh), fmt.Sprintf("%s, %s met %s.", en, r1(), r2())}
	case 1:
		c, _ := g.count()
		return sentence{fmt.Sprintf("%s表示，%s的会员人数达到%s人。", t1.zh, t2.zh, c.zh), fmt.Sprintf("%s said that the membership of %s had reached %s.", r1(), r2(), c.en)}
	case 2:
		p := 1 + g.r.IntN(60)
		return sentence{fmt.Sprintf("%s指出，行业投资增长%d%%。", t1.zh, p), fmt.Sprintf("%s noted that investment in the sector grew by %d percent.", r1(), p)}
	case 3:
		y := 1950 + g.r.IntN(75)
		c, _ := g.count()
		return sentence{fmt.Sprintf("%s成立于%d年，现有会员单位%s家。", t1.zh, y, c.zh), fmt.Sprintf("%s, founded in %d, now has %s member organizations.", r1(), y, c.en)}
	case 4:
		return sentence{"双方围绕矿业发展与合作相关事宜进行了深入交流。", "The two sides held in-depth discussions on the development of mining and cooperation in the sector."}
	case 5:
		return sentence{fmt.Sprintf("%s与%s将进一步深化合作。", t1.zh, t2.zh), fmt.Sprintf("%s and %s will further deepen their cooperation.", r1(), r2())}
	default:
		return sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s warmly welcomed %s.", r1(), r2())}
	}
}

// freshTerm picks a term of list not yet in the article.
func (g *gen) freshTerm(list []*term, seen map[*term]bool) *term {
	for range 100 {
		if t := list[g.r.IntN(len(list))]; !seen[t] {
			return t
		}
	}
	return list[g.r.IntN(len(list))]
}

// newID is a segment id drawn from the generator's random source.
func (g *gen) newID(used map[string]bool) string {
	const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
	for {
		b := make([]byte, articles.IDLen)
		for i := range b {
			b[i] = alphabet[g.r.IntN(len(alphabet))]
		}
		if id := string(b); !used[id] {
			used[id] = true
			return id
		}
	}
}

var epoch = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)

// misspell swaps the two letters before the last of a word of four letters
// or more ("Liwei" gives "Liewi"), else doubles its last letter.
func misspell(w string) string {
	r := []rune(w)
	n := len(r)
	if n >= 4 && r[n-2] != r[n-3] {
		r[n-3], r[n-2] = r[n-2], r[n-3]
		return string(r)
	}
	return w + string(r[n-1])
}

// Generate writes a corpus into dir (bitext.yaml, glossary.yaml, articles/,
// manifest.json) and returns its manifest.
func Generate(dir string, o Options) (*Manifest, error) {
	if o.Segments < 2 {
		o.Segments = 2
	}
	g := &gen{r: rand.New(rand.NewPCG(o.Seed, 0x6269746578742d63)), keys: map[string]bool{}}
	g.makeTerms(max(o.Terms, 20))
	if len(g.orgs) == 0 || len(g.pers) == 0 || len(g.depr) == 0 {
		return nil, fmt.Errorf("corpus: %d terms are too few for every kind of fault", o.Terms)
	}
	man := &Manifest{Seed: o.Seed, Articles: o.Articles, Terms: len(g.terms), Faults: []Fault{}}
	artDir := filepath.Join(dir, "articles")
	if err := os.MkdirAll(artDir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "bitext.yaml"), []byte("# generated by bitext-corpus\nclaim_ttl: 72h\n"), 0o644); err != nil {
		return nil, err
	}
	gl, err := g.glossaryYAML()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "glossary.yaml"), gl, 0o644); err != nil {
		return nil, err
	}
	drifted := o.Drifted
	if drifted < 0 {
		drifted = int(float64(o.Articles)*o.Faults + 0.5)
	}
	nextRule := 0
	for a := range o.Articles {
		slug := fmt.Sprintf("2026-%02d-%02d-news-%05d", 1+a%12, 1+a%28, a)
		f := &articles.File{Version: articles.FormatVersion, Article: slug, Source: slug + ".zh.md"}
		mentioned := map[*term]bool{} // fully rendered in a clean segment
		seen := map[*term]bool{}      // in the article's source so far
		used := map[string]bool{}
		var paras [][]string
		var twin *sentence // qa.inconsistent: the next segment repeats this Chinese with other English
		for s := range o.Segments {
			para := 0
			if s > 0 {
				para = 1 + (s-1)/4
			}
			seg := &articles.Segment{ID: g.newID(used), Para: para, State: articles.Translated, Translator: "wang"}
			rule := ""
			if twin != nil {
				rule = "qa.inconsistent"
			} else if s > 0 && s < o.Segments-1 && g.r.Float64() < o.Faults {
				rule = segmentRules[nextRule%len(segmentRules)]
				nextRule++
			}
			t1, t2 := g.live[g.r.IntN(len(g.live))], g.live[g.r.IntN(len(g.live))]
			for t2 == t1 {
				t2 = g.live[g.r.IntN(len(g.live))]
			}
			var sn sentence
			switch rule {
			case "glossary.missing":
				t1 = g.freshTerm(g.live, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("The hosts warmly welcomed %s.", g.render(t2, mentioned))}
			case "glossary.forbidden":
				t1 = g.freshTerm(g.orgs, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s warmly welcomed %s.", t1.forbidden, g.render(t2, mentioned))}
			case "glossary.case":
				t1 = g.freshTerm(g.orgs, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("The %s warmly welcomed %s.", strings.ToLower(t1.en), g.render(t2, mentioned))}
			case "glossary.name-order":
				t1 = g.freshTerm(g.pers, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s %s warmly welcomed %s.", t1.given, t1.surname, g.render(t2, mentioned))}
			case "glossary.first-mention":
				t1 = g.freshTerm(g.orgs, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s warmly welcomed %s.", t1.abbr, g.render(t2, mentioned))}
			case "glossary.deprecated":
				t1 = g.depr[g.r.IntN(len(g.depr))]
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s warmly welcomed %s.", t1.en, g.render(t2, mentioned))}
			case "qa.inconsistent":
				// A pair: this Chinese twice in a row, rendered two ways.
				if twin != nil {
					sn = sentence{twin.zh, twin.en}
					twin = nil
				} else {
					sn = sentence{fmt.Sprintf("%s与%s签署了合作协议。", t1.zh, t2.zh), fmt.Sprintf("%s and %s signed a cooperation agreement.", g.render(t1, mentioned), g.render(t2, mentioned))}
					twin = &sentence{sn.zh, fmt.Sprintf("%s signed a cooperation agreement with %s.", g.render(t1, mentioned), g.render(t2, mentioned))}
				}
			case "glossary.misspelled":
				// the given name with two letters swapped: "Cheng Liewi"
				t1 = g.freshTerm(g.pers, seen)
				sn = sentence{fmt.Sprintf("%s对%s的到来表示热烈欢迎。", t1.zh, t2.zh), fmt.Sprintf("%s %s warmly welcomed %s.", t1.surname, misspell(t1.given), g.render(t2, mentioned))}
			case "qa.numbers":
				c, n := g.count()
				sn = sentence{fmt.Sprintf("%s表示，%s的会员人数达到%s人。", t1.zh, t2.zh, c.zh), fmt.Sprintf("%s said that the membership of %s had reached %s.", g.render(t1, mentioned), g.render(t2, mentioned), commas(n+7))}
			default:
				sn = g.cleanSentence(s == 0, mentioned, t1, t2)
			}
			seen[t1], seen[t2] = true, true
			seg.ZH, seg.EN = sn.zh, sn.en
			if g.r.IntN(5) < 3 {
				seg.Approve("li", epoch, false)
			}
			switch rule {
			case "drift.stale":
				seg.State, seg.Approval = articles.Stale, nil
				seg.PreviousZH = seg.ZH[:len(seg.ZH)-len("。")] + "，会议取得圆满成功。"
			case "workflow.approval-void":
				seg.Approve("li", epoch, false)
				seg.EN += " It was a success."
			case "workflow.untranslated":
				seg.State, seg.EN, seg.Approval = articles.New, "", nil
			case "workflow.claim-expired":
				seg.Claim = &articles.Claim{By: "zhao", At: time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC)}
			case "workflow.self-approved":
				seg.Approve(seg.Translator, epoch, false)
			case "workflow.approval-forced":
				seg.Approve("li", epoch, true)
			case "merge.conflict":
				seg.Conflict = &articles.Conflict{EN: "Another branch: " + seg.EN, By: "zhao", At: epoch}
			}
			if rule != "" {
				man.Faults = append(man.Faults, Fault{Rule: rule, Article: slug, Segment: seg.ID})
			}
			f.Segments = append(f.Segments, seg)
			for len(paras) <= para {
				paras = append(paras, nil)
			}
			paras[para] = append(paras[para], seg.ZH)
		}
		man.Segments += len(f.Segments)
		var src strings.Builder
		for i, p := range paras {
			if i == 0 {
				src.WriteString("# ")
			} else {
				src.WriteString("\n")
			}
			src.WriteString(strings.Join(p, ""))
			src.WriteString("\n")
		}
		f.SourceSHA256 = articles.SourceSHA256(articles.Normalize(src.String()))
		source := src.String()
		if a < drifted {
			source += "\n协会秘书处有关人员参加会见。\n"
			man.Faults = append(man.Faults, Fault{Rule: "drift.source-changed", Article: slug})
		}
		data, err := articles.Encode(f)
		if err != nil {
			return nil, err
		}
		if a >= drifted && a < drifted+o.Broken {
			data = append(data, "  - id: [broken\n"...)
			// Nothing else in a file that does not parse can be found.
			kept := man.Faults[:0]
			for _, f := range man.Faults {
				if f.Article != slug || f.Segment == "" {
					kept = append(kept, f)
				}
			}
			man.Faults = append(kept, Fault{Rule: "schema.invalid", Article: slug})
		}
		if err := os.WriteFile(filepath.Join(artDir, slug+".zh.md"), []byte(source), 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(artDir, slug+".yaml"), data, 0o644); err != nil {
			return nil, err
		}
	}
	mj, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return nil, err
	}
	return man, os.WriteFile(filepath.Join(dir, "manifest.json"), append(mj, '\n'), 0o644)
}
