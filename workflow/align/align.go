package align

import (
	"math"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/glossary"
)

// Span is a half-open range [Lo, Hi) of sentence indices.
type Span struct{ Lo, Hi int }

// Len is the number of sentences in the span.
func (s Span) Len() int { return s.Hi - s.Lo }

// Bead is one step of an alignment: some Chinese segments and the English
// sentences that render them (1-1, 1-2, 2-1, 1-3, 2-2, 3-1, up to 1-12 and
// 9-1: see beadShapes), or a segment with no English (1-0), or an English
// sentence with no Chinese (0-1).
type Bead struct {
	ZH, EN Span
	// Confidence (0..1) that the bead is right: its posterior probability
	// (the weight of the alignments that have it), read with its shape by
	// the model in calibrate.go.
	Confidence float64
	Cost       float64 // the bead's cost in the dynamic programme (nats)
	Shared     int     // anchors found on both sides
}

// Kind names the bead's shape, "1-2" for one segment and two sentences.
func (b Bead) Kind() string {
	return strconv.Itoa(b.ZH.Len()) + "-" + strconv.Itoa(b.EN.Len())
}

// Alignment is the result of aligning a Chinese text's segments with the
// sentences of its English translation.
type Alignment struct {
	Beads []Bead // in order; together they cover both sides exactly once
	// RawRatio is English letters per Chinese character over the whole
	// texts; Ratio is the ratio the length model used, estimated robustly
	// from the confident one-to-one pairs of a first pass.
	RawRatio, Ratio float64
	// Spread scales the length model's variance, estimated the same way
	// (1 = the default).
	Spread float64
	// Paragraphs tells whether the two texts' paragraphs corresponded, so
	// that the alignment kept within paragraph pairs.
	Paragraphs bool
	// ZHAnchors and ENAnchors count the anchor keys each side has; Shared
	// counts those found on both sides, and Strong those of them that are
	// numbers, glossary terms or Latin tokens (not names read in pinyin).
	ZHAnchors, ENAnchors, Shared, Strong int

	zh, en []unit // the sentences as the aligner saw them
}

// sharedWith counts the anchors English sentence j shares with the Chinese
// segments of span s.
func (a *Alignment) sharedWith(j int, s Span) int {
	n := 0
	for _, id := range a.en[j].anchors {
		for i := s.Lo; i < s.Hi; i++ {
			if slices.Contains(a.zh[i].anchors, id) {
				n++
				break
			}
		}
	}
	return n
}

// The length model. English letters (and digits) per Chinese character run
// from about 2.8 to 4.1 in news translation; the ratio is estimated per
// document and kept within [minRatio, maxRatio].
const (
	defaultRatio = 3.4
	minRatio     = 2.2
	maxRatio     = 6.0
	// The variance of an English length, given mean Chinese length L (in
	// characters) and ratio r, is spread·(var0 + gcVar·r·L + (cv·r·L)²):
	// a floor for short lines (headlines and datelines are formulaic:
	// 新华社北京12月9日电 is "BEIJING, Dec. 9 (Xinhua) --"), a Gale–Church
	// term, and one proportional to the length, as the ratio itself varies
	// between sentences.
	var0  = 100.0
	gcVar = 2.0
	cv    = 0.15
)

// Bead shapes and their costs (-log prior). One Chinese sentence is often
// rendered by several English ones (literary translation runs to 1-5 and
// beyond, report prose to 1-12), less often the other way round.
var beadShapes = []beadShape{
	{1, 1, -math.Log(0.65), 0},
	{1, 2, -math.Log(0.14), 0},
	{2, 1, -math.Log(0.05), 0},
	{1, 3, -math.Log(0.04), 0},
	{2, 2, -math.Log(0.02), 0},
	{3, 1, -math.Log(0.005), 0},
	{1, 0, -math.Log(0.02), 0},
	{0, 1, -math.Log(0.02), 0},
	// The shapes above are the first pass's (see Align).
	{1, 4, -math.Log(0.012), 0},
	{2, 3, -math.Log(0.006), 0},
	{3, 2, -math.Log(0.002), 0},
	{1, 5, -math.Log(0.004), 0},
	{4, 1, -math.Log(0.001), 0},
	{2, 4, -math.Log(0.002), 0},
	{1, 6, -math.Log(0.0015), 0},
	{5, 1, -math.Log(0.0005), 0},
	{3, 3, -math.Log(0.001), 0},
	// Report prose (seventh round): one long Chinese sentence, a list
	// whose parts are joined by ；, rendered by up to a dozen English
	// sentences, and less often the other way round. These long shapes
	// are considered only where the lengths agree (|δ| ≤ listDeltaMax
	// for 1-n, ≤ longDelta for n-1): the length model's heavy tail lets a
	// long pair of literary prose off lightly, and a wrong long pair
	// costs its neighbours too.
	{1, 7, -math.Log(0.0005), listDeltaMax},
	{1, 8, -math.Log(0.0002), listDeltaMax},
	{1, 9, -math.Log(0.0001), listDeltaMax},
	{1, 10, -math.Log(0.00005), listDeltaMax},
	{1, 11, -math.Log(0.00003), listDeltaMax},
	{1, 12, -math.Log(0.00002), listDeltaMax},
	{6, 1, -math.Log(0.0002), longDelta},
	{7, 1, -math.Log(0.0001), longDelta},
	{8, 1, -math.Log(0.0001), longDelta},
	{9, 1, -math.Log(0.0001), longDelta},
}

// longDelta is the most the lengths of a pair of a long shape n-1 may
// disagree, in standard deviations of the length model (see delta).
const longDelta = 2.5

// listDeltaMax is longDelta for a long shape 1-n, a list rendered item by
// item: its English runs longer than the document's ratio says (each item
// gets a subject and verb of its own: 一是办好大会 "First, it will hold
// the conference"), and in a short article the ratio rests on a few pairs.
// At 2.5 a report's 1-10 list was cut off and its last four items handed
// to the next paragraph's slogans; at 3 every figure of the development
// set, condensed or not, is as at 2.5 but texts of long pairs only
// (BITEXT_DEV_CONDENSE_EVERY=1, Chinese merged: mac +0.002).
const listDeltaMax = 3

// beadShape is a shape of the programme: a Chinese and b English
// sentences, its cost (-log prior), and for the long shapes the most the
// lengths may disagree (|δ|, see delta; 0: no such limit).
type beadShape struct {
	zh, en   int
	cost     float64
	maxDelta float64
}

// maxDelta is the shape a-b's maxDelta (0 for none, or a shape the
// programme lacks).
func maxDelta(a, b int) float64 {
	if a > maxSide || b > maxSide {
		return 0
	}
	return shapeDelta[a*(maxSide+1)+b]
}

var shapeDelta = makeShapeDelta()

func makeShapeDelta() []float64 {
	t := make([]float64, (maxSide+1)*(maxSide+1))
	for _, sh := range beadShapes {
		t[sh.zh*(maxSide+1)+sh.en] = sh.maxDelta
	}
	return t
}

// firstPassShapes is how many of beadShapes the first pass uses: it only
// estimates the ratio, the spread, the hit rates and where the path runs.
const firstPassShapes = 8

// Anchor weights: a shared anchor lowers a bead's cost by anchorBonus·w, an
// anchor on one side only (though the other text has it somewhere) raises it
// by anchorMiss·w, where w = 1/(sentences holding it on the busier side).
const (
	anchorBonus = 2.5
	anchorMiss  = 1.0
	// Names read in pinyin (王二 and "Wang Er") are weaker anchors: a
	// syllable has many characters.
	nameBonus = 1.5
	nameMiss  = 0.3
	// A bead that starts a paragraph on one side only, or spans a
	// paragraph break, costs paraStrong when the paragraphs correspond (so
	// that the alignment keeps within paragraph pairs) and paraSoft when
	// they do not.
	paraStrong = 8.0
	paraSoft   = 1.5
	// A sentence with nothing on the other side costs this much less at
	// the end of a paragraph.
	indelAtParaEnd = 1.5
	// A Chinese sentence of at most shortTail characters merged into the
	// one before costs tailMerge less.
	shortTail = 6
	tailMerge = 1.0
	// A Chinese sentence that opens with the attribution of the
	// quotation before it costs attribMerge less merged into it.
	attribMerge = 2.0
	// In the second pass, a bead that opens with a numbered item on one
	// side and holds the same numeral inside on the other costs
	// headingSplit more (headingInside).
	headingSplit = 2.0
)

// pruneCost is the prior and length cost above which a bead of more than
// two sentences is not considered at all.
const pruneCost = 16.0

// attribRe matches a sentence opening with a speaker and a verb of saying
// before the rest of a quotation.
var attribRe = regexp.MustCompile(`^[^“”。！？]{1,20}(说|表示|指出|强调|称|介绍|认为|补充说|告诉记者)[，：:]\s*“`)

// bylineRe matches a Chinese reporter's byline standing as a segment of
// its own: 记者　王芳, （记者 李明、王芳）, 本报记者 张三 通讯员 李四, 文／王芳.
// A photo credit (新华社记者　陈刚　摄) is not one: English keeps it.
var bylineRe = regexp.MustCompile(`^[（(]?(?:(?:本报|本刊|本台|新华社|中新社)?(?:特约|首席)?(?:记者|通讯员|实习生|评论员)|文|作者|撰文)[\s　]*[/／:：]?[\s　]*\p{Han}{2,4}(?:[\s　、，,]+(?:(?:记者|通讯员|实习生)[\s　]*)?\p{Han}{2,4})*[）)]?$`)

// unit is one sentence as the aligner sees it.
type unit struct {
	length    float64 // Chinese: characters; English: letters and digits
	paraStart bool    // first sentence of its paragraph
	attrib    bool    // a quotation's attribution opening the rest of it (…”他说，“…)
	byline    bool    // a Chinese reporter's byline (记者　王芳), which English drops
	heading   int32   // the anchor id of the heading numeral it opens with (一、 "1."), -1 for none
	para      int
	mood      uint16  // moodQuestion, moodExclaim, ...: what the sentence asks, exclaims, quotes, and its pronouns
	anchors   []int32 // ids of shared anchor keys, sorted, unique
}

type aligner struct {
	headingsSplit bool // the second pass: headingInside costs headingSplit
	zh, en        []unit
	bonus, miss   []float64 // by anchor id: cost off when shared, on when not
	cumZ, cumE    []float64
	ratio, spread float64
	local         []float64 // the second pass's ratio by Chinese index on long inputs (see localRatios), or nil
	paraPen       float64
	band          int
	shapes        int // beadShapes[:shapes] are in use
	// Mood costs by mood: a mood of the Chinese side found on the English
	// side (hit) or not (miss), and the other way round.
	zMoodHit, zMoodMiss, eMoodHit, eMoodMiss [nMoods]float64
	center                                   []int // per zh index i: the English index at the band's centre
	width                                    int   // cells per row: 2·band+1
	fwd, bwd                                 []float64
	back                                     []int8
	seen                                     []int32 // by anchor id: the stamp of the last bead that saw it
	stamp                                    int32
	costs                                    []float64 // bead costs by start cell and shape: costs[cell·shapes+s]
	filled                                   costTable // where costs stands, within a run
	prev                                     costTable // while the band moves: where it stood, and its costs (see fillRows)
	spare                                    []float64 // a costs table to reuse
	exact, spareExact                        []bool    // in a lazy pass (bound.go), by cost: it is the cost, not a bound
	meanLen                                  float64   // mean English sentence length, in letters
	zhParaBoundary                           []bool    // a paragraph break lies before Chinese index i (0..n)
	lex                                      *lexModel
	lexicon                                  *Lexicon
	zhWords                                  [][]string // dictionary words of each Chinese sentence
	enWords                                  [][]string // stems of each English sentence
	enParaBoundary                           []bool
	zBounds, eBounds                         boundaryIndex // clause and sentence boundaries (see innerFit)
	keys                                     *sentenceKeys // a long input's sentences' own keys, for its windows
	window                                   *aligner      // a window's: the whole input's aligner, its words cut to the window (see alignWindow)
	// plainNumbers reads heading numerals and enumerators as numbers, not
	// as the keys of zhReportAnchors and enReportAnchors: TestDevNumbered
	// sets it on an aligner of its own to measure what the keys add.
	plainNumbers bool
}

// Align aligns Chinese segments (as SplitSentences gives them) with English
// sentences (as SplitEnglish gives them). g may be nil.
func Align(zh, en []articles.Sentence, g *glossary.Glossary) *Alignment {
	res := new(aligner).align(zh, en, g)
	res.calibrate()
	return res
}

// align is Align, the aligner kept for a look at its costs.
func (al *aligner) align(zh, en []articles.Sentence, g *glossary.Glossary) *Alignment {
	res := al.prepare(zh, en, g)
	res.zh, res.en = al.zh, al.en
	if len(zh) == 0 || len(en) == 0 {
		res.Beads = trivialBeads(len(zh), len(en))
		return res
	}
	al.firstPass(res)
	beads := al.run(nil)
	// A long input is aligned window by window (see alignWindows).
	if w := alignWindows(al, zh, en, g, beads); w != nil {
		if r, k, ok := al.estimate(beads); ok {
			res.Ratio, res.Spread = r, k
		}
		res.Beads = w
		return res
	}
	return al.refine(zh, en, res, beads)
}

// firstPass sets the ratio, the spread, the shapes and the moods' costs
// the first pass starts with.
func (al *aligner) firstPass(res *Alignment) {
	al.ratio, al.spread = res.Ratio, 1
	al.shapes = firstPassShapes
	for k := range nPunct {
		al.zMoodMiss[k], al.eMoodMiss[k] = moodPen, moodPen
	}
}

// refine is the second pass: from the first pass's beads it re-estimates
// the ratio and the spread (see estimate), learns words, sets the hit rates
// and the moods, and aligns again with every shape, starting from the
// first pass's path.
func (al *aligner) refine(zh, en []articles.Sentence, res *Alignment, beads []Bead) *Alignment {
	// The moods' costs on another goroutine while this one estimates the
	// rest (they read the first pass's beads, and write only their costs).
	al.headingsSplit = true
	moodsDone := make(chan struct{})
	goParallel(len(zh)+len(en), func() {
		defer close(moodsDone)
		al.estimateMoods(beads)
	})
	// Second pass: re-estimate the ratio and the spread from the first
	// pass's one-to-one pairs (see estimate), and align again.
	r, k, ok := al.estimate(beads)
	if ok {
		al.ratio, al.spread = r, k
	}
	// On a long input, the length model's ratio is estimated locally
	// (see localRatios).
	al.local = al.localRatios(beads, al.ratio)
	// Words learnt from the first pass's pairs join the dictionary.
	var si *stemIndex // the first pass's, unless it came from the whole input (a window)
	if al.window == nil {
		si = al.lex.stems
	}
	al.lex = newLexModel(al.lexicon, si, al.zhWords, al.enWords, induce(beads, al.zhWords, al.enWords))
	al.lex.cumZ, al.lex.cumE = al.cumZ, al.cumE
	// Where the words stand, for the clause pass, beside the second pass
	// (it writes only the lexical model's offsets, which the pass does not
	// read).
	offsetsDone := make(chan struct{})
	goParallel(len(zh)+len(en), func() {
		defer close(offsetsDone)
		al.wordOffsets(zh, en)
	})
	al.lex.estimate(beads)
	<-moodsDone
	// The second pass, with every shape, starts from the first one's path.
	al.shapes = len(beadShapes)
	beads = al.run(pathCenters(beads, len(zh), len(en)))
	<-offsetsDone
	if clauseOn {
		beads = al.clauseMerge(beads)
	}
	res.Ratio, res.Spread = al.ratio, al.spread
	res.Beads = beads
	return res
}

func trivialBeads(n, m int) []Bead {
	var out []Bead
	for i := range n {
		out = append(out, Bead{ZH: Span{i, i + 1}, EN: Span{0, 0}})
	}
	for j := range m {
		out = append(out, Bead{ZH: Span{n, n}, EN: Span{j, j + 1}})
	}
	return out
}

// zhLength measures a Chinese sentence in characters: Han characters count
// one, other letters and digits (Latin names, numbers) 0.3, punctuation
// nothing.
func zhLength(s string) float64 {
	n := 0.0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n += 0.3
		}
	}
	return n
}

// enLength measures an English sentence in letters and digits.
func enLength(s string) float64 {
	n := 0.0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// prepare measures the sentences, finds their anchors and decides how
// paragraphs bind the alignment.
func (al *aligner) prepare(zh, en []articles.Sentence, g *glossary.Glossary) *Alignment {
	terms := newTermMatcher(g)
	lx := LoadLexicon()
	// Each sentence's words, numbers, Latin tokens, terms and names, the
	// sentences of both sides shared among the processors (every key
	// list is sorted in the end: the order they are found in does not
	// matter).
	nz := len(zh)
	zhWords := make([][]string, len(zh))
	zhKeys := make([][]string, len(zh))
	zhLat := make([][]string, len(zh))
	enKeys := make([][]string, len(en))
	enNamesOf := make([][]string, len(en))
	enWords := make([][]string, len(en))
	forEachParallel(len(zh)+len(en), func() func(int) {
		return func(k int) {
			if w := al.window; w != nil { // the whole input's, cut to the window
				if k < nz {
					zhWords[k], zhLat[k], zhKeys[k] = w.zhWords[k], w.keys.zhLat[k], slices.Clone(w.keys.zhKeys[k])
					return
				}
				j := k - nz
				enWords[j], enNamesOf[j], enKeys[j] = w.enWords[j], w.keys.enNames[j], slices.Clone(w.keys.enKeys[j])
				return
			}
			if k < nz {
				s := zh[k].Text
				zhWords[k] = lx.Segment(s)
				zhLat[k] = zhLatinAnchors(s)
				ks := append(zhNumberAnchors(s, al.plainNumbers), zhLat[k]...)
				zhKeys[k] = append(ks, terms.zh(s)...)
				return
			}
			j, s := k-nz, en[k-nz].Text
			ks := append(enNumberAnchors(s, al.plainNumbers), terms.en(s)...)
			enNamesOf[j] = enNameAnchors(s)
			enKeys[j] = append(ks, enNamesOf[j]...)
			enWords[j] = englishWords(s)
		}
	})
	if al.window == nil && len(zh) > windowMin {
		al.keys = keepKeys(zhKeys, zhLat, enKeys, enNamesOf)
	}
	zhLatin := map[string]bool{}
	for _, lat := range zhLat {
		for _, k := range lat {
			zhLatin[k] = true
		}
	}
	enNames := map[string]bool{}
	for _, names := range enNamesOf {
		for _, k := range names {
			enNames[k] = true
			// Its beginnings, marked "…", let zhNameAnchors stop early.
			for l := len("p:") + 1; l < len(k); l++ {
				enNames[k[:l]+"…"] = true
			}
		}
	}
	// The names of the English the Chinese reads in pinyin, and the Latin
	// tokens of the English that the Chinese has, shared out the same way
	// (each goroutine caches its own characters' readings).
	forEachParallel(len(zh)+len(en), func() func(int) {
		pinyin := map[rune][]string{}
		return func(k int) {
			if k < nz {
				zhKeys[k] = uniq(append(zhKeys[k], zhNameAnchors(lx, zhWords[k], enNames, pinyin)...))
				return
			}
			enKeys[k-nz] = uniq(append(enKeys[k-nz], enLatinAnchors(en[k-nz].Text, zhLatin)...))
		}
	})
	// The lexical model on another goroutine while this one numbers the
	// anchors and measures the sentences.
	lexDone := make(chan struct{})
	goParallel(len(zh)+len(en), func() {
		defer close(lexDone)
		if al.window == nil { // a window starts from the whole input's first pass
			al.lex = newLexModel(lx, nil, zhWords, enWords, nil)
		}
	})
	al.lexicon, al.zhWords, al.enWords = lx, zhWords, enWords
	// Keys on both sides become anchor ids.
	nzk, ne := map[string]int{}, map[string]int{}
	for _, ks := range zhKeys {
		for _, k := range ks {
			nzk[k]++
		}
	}
	for _, ks := range enKeys {
		for _, k := range ks {
			ne[k]++
		}
	}
	// In the keys' order, so that costs are summed in the same order on
	// every run (map order would make the last bits of the costs vary).
	var shared []string
	for k := range nzk {
		if ne[k] > 0 {
			shared = append(shared, k)
		}
	}
	slices.Sort(shared)
	ids := make(map[string]int32, len(shared))
	for n, k := range shared {
		ids[k] = int32(n)
	}
	al.seen = make([]int32, len(ids))
	al.bonus = make([]float64, len(ids))
	al.miss = make([]float64, len(ids))
	for k, id := range ids {
		w := 1 / float64(max(nzk[k], ne[k]))
		al.bonus[id], al.miss[id] = anchorBonus*w, anchorMiss*w
		if strings.HasPrefix(k, "p:") {
			al.bonus[id], al.miss[id] = nameBonus*w, nameMiss*w
		}
	}
	res := &Alignment{ZHAnchors: len(nzk), ENAnchors: len(ne), Shared: len(ids)}
	for k := range ids {
		if !strings.HasPrefix(k, "p:") {
			res.Strong++
		}
	}

	mk := func(ss []articles.Sentence, keys [][]string, length func(string) float64, zhSide bool) ([]unit, []float64, float64, boundaryIndex) {
		us := make([]unit, len(ss))
		clauses := make([][]float64, len(ss))
		cum := make([]float64, len(ss)+1)
		for i, s := range ss {
			var a []int32
			heading := int32(-1)
			for _, k := range keys[i] {
				if id, ok := ids[k]; ok {
					a = append(a, id)
					if strings.HasPrefix(k, "h:") {
						heading = id
					}
				}
			}
			slices.Sort(a)
			us[i] = unit{length: length(s.Text), para: s.Para, paraStart: i == 0 || ss[i-1].Para != s.Para, anchors: a,
				attrib: i > 0 && ss[i-1].Para == s.Para && strings.HasPrefix(ss[i-1].Text, "“") && attribRe.MatchString(s.Text)}
			us[i].mood = moodOf(s.Text)
			us[i].heading = heading
			us[i].byline = zhSide && len(s.Text) <= 80 && bylineRe.MatchString(s.Text) // a byline is short
			clauses[i] = clauseOffsets(s.Text, zhSide)
			cum[i+1] = cum[i] + us[i].length
		}
		return us, cum, cum[len(ss)], newBoundaryIndex(cum, clauses)
	}
	var totZ, totE float64
	al.zh, al.cumZ, totZ, al.zBounds = mk(zh, zhKeys, zhLength, true)
	for i, s := range zh {
		al.zh[i].mood |= zhPronouns(s.Text)
	}
	al.en, al.cumE, totE, al.eBounds = mk(en, enKeys, enLength, false)
	for j, s := range en {
		al.en[j].mood |= enPronouns(s.Text)
	}
	<-lexDone
	if totZ > 0 {
		res.RawRatio = totE / totZ
	}
	res.Ratio = clamp(res.RawRatio, minRatio, maxRatio)
	if totZ == 0 || totE == 0 {
		res.Ratio = defaultRatio
	}
	res.Spread = 1
	// Word order counts in the first pass too (see lexModel.scoreOrdered).
	if al.lex != nil {
		al.lex.cumZ, al.lex.cumE = al.cumZ, al.cumE
	}
	al.meanLen = math.Max(1, (totZ*res.Ratio+totE)/float64(len(zh)+len(en)))

	al.zhParaBoundary = boundaries(al.zh)
	al.enParaBoundary = boundaries(al.en)
	res.Paragraphs = paragraphsCorrespond(al.zh, al.en, res.Ratio)
	al.paraPen = paraSoft
	if res.Paragraphs {
		al.paraPen = paraStrong
	}
	return res
}

// Moods: a question or an exclamation is nearly always rendered as one, in
// dialogue above all (“再哭，再哭！” 'Stop it! Shut up!'); so are a
// quotation, a person (我 I, 她 she) and a negation, words the dictionary
// score leaves out.
const (
	moodQuestion = 1 << iota
	moodExclaim
	moodQuote    // opens a quotation
	moodQuoteEnd // ends closing one: of a bead, its last sentence counts
	moodAskEnd   // ends asking (?, ？, before closing quotes): the same
	moodI        // first person: 我 咱 ↔ I, me, my, we, us, our
	moodYou      // second person: 你 您 ↔ you, your
	moodHe       // 他 ↔ he, him, his
	moodShe      // 她 ↔ she, her
	moodThey     // 他们 她们 它们 ↔ they, them, their
	moodNot      // 不 没 别 未 ↔ not, no, never, n't
	nMoods       = 11
	nPunct       = 5 // the moods before the sixth are punctuation's
)

// moodPen is the cost of each mood one side of a bead has and the other
// lacks.
var moodPen = 0.5

// estimateMoods sets the mood costs from a first pass's one-to-one beads,
// as a log-likelihood ratio per mood and side: for a Chinese question, how
// much likelier the English renders it as a question in a right pair (the
// share among the pass's pairs, smoothed) than in any sentence of the text
// (the share of English questions); the same for English questions, and for
// exclamations. The costs start at moodPen per mood one side lacks.
func (al *aligner) estimateMoods(beads []Bead) {
	var zHas, zBoth, eHas, eBoth [nMoods]float64
	for _, b := range beads {
		if b.ZH.Len() != 1 || b.EN.Len() != 1 {
			continue
		}
		zm, em := al.zh[b.ZH.Lo].mood, al.en[b.EN.Lo].mood
		for k := range nMoods {
			bit := uint16(1) << k
			if zm&bit != 0 {
				zHas[k]++
				if em&bit != 0 {
					zBoth[k]++
				}
			}
			if em&bit != 0 {
				eHas[k]++
				if zm&bit != 0 {
					eBoth[k]++
				}
			}
		}
	}
	var zBase, eBase [nMoods]float64
	for _, u := range al.zh {
		for k := range nMoods {
			if u.mood&(1<<k) != 0 {
				zBase[k]++
			}
		}
	}
	for _, u := range al.en {
		for k := range nMoods {
			if u.mood&(1<<k) != 0 {
				eBase[k]++
			}
		}
	}
	// llr returns the cost of a hit and of a miss: r is the pass's
	// agreement (smoothed towards 0.8 with 5 pseudo-pairs), q the base
	// rate. (The base rate of b sentences, 1-(1-q)^b, is no better: the
	// agreement grows with the pair too.)
	llr := func(both, has, base float64, n int) (hit, miss float64) {
		r := (both + 5*0.8) / (has + 5)
		q := clamp(base/float64(max(n, 1)), 0.01, 0.99)
		if r <= q {
			return 0, 0
		}
		return -math.Log(r / q), -math.Log((1 - r) / (1 - q))
	}
	for k := range nMoods {
		scale := moodScale
		if k >= nPunct {
			scale = pronScale
		}
		h, m := llr(zBoth[k], zHas[k], eBase[k], len(al.en))
		al.zMoodHit[k], al.zMoodMiss[k] = scale*h, scale*m
		h, m = llr(eBoth[k], eHas[k], zBase[k], len(al.zh))
		al.eMoodHit[k], al.eMoodMiss[k] = scale*h, scale*m
	}
}

// moodScale weighs the punctuation moods' log-likelihood ratios (see
// estimateMoods), pronScale those of the pronouns and the negation.
var moodScale, pronScale = 0.4, 0.2

// zhPronouns returns the pronoun moods of a Chinese sentence.
func zhPronouns(s string) uint16 {
	var m uint16
	if strings.Contains(s, "们") {
		for _, p := range []string{"他们", "她们", "它们"} {
			if strings.Contains(s, p) {
				m |= moodThey
				s = strings.ReplaceAll(s, p, "")
			}
		}
	}
	for _, r := range s {
		switch r {
		case '我', '咱':
			m |= moodI
		case '你', '您':
			m |= moodYou
		case '他':
			m |= moodHe
		case '她':
			m |= moodShe
		case '不', '没', '别', '未', '莫', '勿':
			m |= moodNot
		}
	}
	return m
}

// enPronouns returns the pronoun moods of an English sentence.
func enPronouns(s string) uint16 {
	var m uint16
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves":
			m |= moodI
		case "you", "your", "yours", "yourself", "yourselves":
			m |= moodYou
		case "he", "him", "his", "himself":
			m |= moodHe
		case "she", "her", "hers", "herself":
			m |= moodShe
		case "they", "them", "their", "theirs", "themselves":
			m |= moodThey
		case "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "t":
			m |= moodNot
		}
	}
	return m
}

// moodOf reads a sentence's moods in one scan. An opening quotation mark
// is Chinese “ 「 『, or an English quote at the start of the sentence or of
// a word after a space (not an apostrophe inside or after a word); a
// sentence ends closing a quotation with ” 」 』, or with an English quote
// right after a mark (…it.' …now?").
func moodOf(s string) uint16 {
	var m uint16
	prev := ' '
	for i, r := range s {
		switch r {
		case '?', '？':
			m |= moodQuestion
		case '!', '！':
			m |= moodExclaim
		case '“', '「', '『':
			m |= moodQuote
		case '\'', '‘', '"':
			if unicode.IsSpace(prev) {
				if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsLetter(next) || unicode.IsDigit(next) {
					m |= moodQuote
				}
			}
		}
		prev = r
	}
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if e := strings.TrimRight(t, "”」』’'\" "); strings.HasSuffix(e, "?") || strings.HasSuffix(e, "？") {
		m |= moodAskEnd
	}
	last, n := utf8.DecodeLastRuneInString(t)
	switch last {
	case '”', '」', '』':
		m |= moodQuoteEnd
	case '’', '\'', '"':
		if before, _ := utf8.DecodeLastRuneInString(t[:len(t)-n]); strings.ContainsRune(".!?,;:…—-。！？，", before) {
			m |= moodQuoteEnd
		}
	}
	return m
}

func uniq(ks []string) []string {
	sort.Strings(ks)
	return slices.Compact(ks)
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// boundaries marks, for each index 0..len(us), whether a paragraph ends
// there (the start and the end of the text count).
func boundaries(us []unit) []bool {
	b := make([]bool, len(us)+1)
	b[0], b[len(us)] = true, true
	for i := 1; i < len(us); i++ {
		b[i] = us[i].paraStart
	}
	return b
}

// paragraphsCorrespond reports whether the two texts have as many paragraphs
// and each pair's length ratio is plausible (within a factor 1.8 of the
// document's), so that paragraphs can anchor the alignment.
func paragraphsCorrespond(zh, en []unit, ratio float64) bool {
	pz, pe := paraLengths(zh), paraLengths(en)
	if len(pz) != len(pe) || len(pz) < 2 {
		return false
	}
	for k := range pz {
		if pz[k] == 0 || pe[k] == 0 {
			if pz[k] != pe[k] {
				return false
			}
			continue
		}
		// Headlines and short paragraphs are often condensed or expanded
		// freely: only longer paragraphs are held to the ratio.
		r := pe[k] / pz[k] / ratio
		if (r > 1.8 || r < 1/1.8) && pz[k] > 20 && (k > 0 || zh[0].para != 0) {
			return false
		}
	}
	return true
}

func paraLengths(us []unit) []float64 {
	var out []float64
	for _, u := range us {
		if u.paraStart {
			out = append(out, 0)
		}
		out[len(out)-1] += u.length
	}
	return out
}

// estimate re-estimates the ratio and the spread from the one-to-one beads
// of a first pass whose Chinese has ten characters or more (headlines and
// datelines are formulaic): the ratio as their total English length over
// their total Chinese length, the spread from the median of their squared
// δ, so that a few wrong pairs do not move it. It needs four such beads.
func (al *aligner) estimate(beads []Bead) (ratio, spread float64, ok bool) {
	var zs, es []float64
	var sumZ, sumE float64
	for _, b := range beads {
		if b.ZH.Len() == 1 && b.EN.Len() == 1 {
			z, e := al.zh[b.ZH.Lo].length, al.en[b.EN.Lo].length
			if z >= 10 && e >= 10 {
				zs, es = append(zs, z), append(es, e)
				sumZ, sumE = sumZ+z, sumE+e
			}
		}
	}
	if len(zs) < 4 {
		return 0, 0, false
	}
	ratio = clamp(sumE/sumZ, minRatio, maxRatio)
	d2 := make([]float64, len(zs))
	for k := range zs {
		d := al.delta(zs[k], es[k], ratio, 1)
		d2[k] = d * d
	}
	// The median of a squared standard normal is 0.455.
	spread = clamp(median(d2)/0.455, minSpread, max(2.5, minSpread))
	return ratio, spread, true
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// delta is the Gale–Church statistic: how many standard deviations the
// English length e is from what Chinese length z predicts.
func (al *aligner) delta(z, e, ratio, spread float64) float64 {
	mean := (z + e/ratio) / 2
	if mean <= 0 {
		return 0
	}
	rl := ratio * mean
	v := var0 + spread*(gcVar*rl+cv*cv*rl*rl)
	return (e - ratio*z) / math.Sqrt(v)
}

// lengthCost is -log P(|δ| at least this large) under a mixture of a
// standard normal (90 %) and a normal three times as wide (10 %): the
// heavier tail is for the free translations news desks make, where one
// sentence is condensed and the next expanded.
func lengthCost(d float64) float64 {
	d = math.Abs(d)
	// From a table (every 1/100 up to 20), interpolated: the programme
	// asks for it millions of times.
	x := d * lengthCostStep
	k := int(x)
	if k+1 >= len(lengthCostTable) {
		return lengthCostExact(d)
	}
	f := x - float64(k)
	return lengthCostTable[k]*(1-f) + lengthCostTable[k+1]*f
}

func lengthCostExact(d float64) float64 {
	p := 0.9*math.Erfc(d/math.Sqrt2) + 0.1*math.Erfc(d/(3*math.Sqrt2))
	if p < 1e-300 {
		return d * d / 18
	}
	return -math.Log(p)
}

const lengthCostStep = 100

var lengthCostTable = func() []float64 {
	t := make([]float64, 20*lengthCostStep+1)
	for k := range t {
		t[k] = lengthCostExact(float64(k) / lengthCostStep)
	}
	return t
}()

// indelCost is the length part of the cost of a sentence with nothing on
// the other side (1-0, 0-1): half a nat per sentence of average length, so
// that dropping or adding a long sentence is less likely than a short one.
// (The Gale–Church δ for an empty side is far too harsh: it makes a merge
// with the neighbour look better than any real deletion.)
func (al *aligner) indelCost(z, e float64) float64 {
	return 0.5 * (z*al.ratio + e) / al.meanLen
}

// cost is the cost of a bead from (i0, j0) covering a Chinese and b English
// sentences. It runs on several goroutines at once (fill.go): it may write
// only the anchor stamps (each goroutine has its own) and must read lexical
// masks through lexModel.masks, computed beforehand (TestFillParallel).
func (al *aligner) cost(i0, j0, a, b int, prior float64) float64 {
	return al.costOrBound(i0, j0, a, b, prior, false)
}

// costBound is a lower bound of cost (see bound.go): the same sum, with
// the lexical score's upper bound for the score and no inner fit (which
// is at least 0). Rounding is monotone, so the bound is below the cost as
// computed.
func (al *aligner) costBound(i0, j0, a, b int, prior float64) float64 {
	return al.costOrBound(i0, j0, a, b, prior, true)
}

func (al *aligner) costOrBound(i0, j0, a, b int, prior float64, bound bool) float64 {
	i1, j1 := i0+a, j0+b
	z := al.cumZ[i1] - al.cumZ[i0]
	e := al.cumE[j1] - al.cumE[j0]
	c := prior
	if a == 0 || b == 0 {
		c += al.indelCost(z, e)
		// Translators add background, and drop formulaic lines, mostly
		// at the end of a paragraph.
		// A reporter's byline on a line of its own is such a line,
		// wherever it stands: English news names no reporter, or names
		// them elsewhere ("By Wang Fang", which its name anchors find).
		if b == 0 && (al.zhParaBoundary[i1] || a == 1 && al.zh[i0].byline) || a == 0 && al.enParaBoundary[j1] {
			c -= indelAtParaEnd
		}
	} else {
		r := al.ratio
		if al.local != nil {
			r = al.local[i0]
		}
		d := al.delta(z, e, r, al.spread)
		if m := maxDelta(a, b); m > 0 && math.Abs(d) > m {
			return math.Inf(1)
		}
		c += lengthCost(al.listDelta(d, z, e, r, a, b))
		if c > pruneCost && a+b > 2 {
			// Far too long or short for the shape: no evidence saves
			// it, and the lexical score is the costly part.
			return math.Inf(1)
		}
		// A very short Chinese sentence after another in its paragraph
		// is mostly an attribution split off by a closing quote
		// (“……。”他说。): English makes one sentence of the two.
		for i := i0 + 1; i < i1; i++ {
			if al.zh[i].length <= shortTail && !al.zh[i].paraStart {
				c -= tailMerge
			}
			// A quotation split by its attribution (“……。”律师说，
			// “……。”): English moves the attribution into the first
			// part, so the two go together.
			if al.zh[i].attrib {
				c -= attribMerge
			}
		}
	}
	c += al.anchorCost(i0, i1, j0, j1)
	if bound {
		c -= al.lex.lexBound(i0, i1, j0, j1)
	} else {
		c -= al.lex.score(i0, i1, j0, j1)
		if a > 0 && b > 0 && a+b > 2 {
			c += al.innerFit(i0, i1, j0, j1)
		}
	}
	if a > 0 && b > 0 {
		var zm, em uint16
		for i := i0; i < i1; i++ {
			zm |= al.zh[i].mood
		}
		for j := j0; j < j1; j++ {
			em |= al.en[j].mood
		}
		const ends = moodQuoteEnd | moodAskEnd
		zm = zm&^ends | al.zh[i1-1].mood&ends
		em = em&^ends | al.en[j1-1].mood&ends
		// The moods either side has, in order (none adds nothing).
		for x := zm | em; x != 0; x &= x - 1 {
			k := bits.TrailingZeros16(x)
			bit := uint16(1) << k
			switch {
			case zm&bit == 0:
				c += al.eMoodMiss[k]
			case em&bit == 0:
				c += al.zMoodMiss[k]
			default:
				c += al.zMoodHit[k] + al.eMoodHit[k]
			}
		}
	}
	// Paragraphs: a break inside the bead on either side, or a bead with
	// text on both sides starting a paragraph on one side only. (Checking
	// starts, not ends, lets a sentence the translator added at the end of
	// a paragraph be a 0-1 bead of its own, the common case.)
	breaks := 0
	for i := i0 + 1; i < i1; i++ {
		if al.zhParaBoundary[i] {
			breaks++
		}
	}
	for j := j0 + 1; j < j1; j++ {
		if al.enParaBoundary[j] {
			breaks++
		}
	}
	// A byline opening a paragraph (记者　王芳 on the line above the
	// first sentence) leaves the paragraph to start after it.
	zhStart := al.zhParaBoundary[i0] || i0 > 0 && al.zh[i0-1].byline && al.zhParaBoundary[i0-1]
	if a > 0 && b > 0 && zhStart != al.enParaBoundary[j0] {
		breaks++
	}
	if al.headingsSplit && a > 0 && b > 0 && a+b > 2 && al.headingInside(i0, i1, j0, j1) {
		c += headingSplit
	}
	return c + float64(breaks)*al.paraPen
}

// headingInside reports whether a bead opens on one side with a numbered
// heading or article (六、 "6.") whose numeral, on the other side, opens a
// sentence inside it after one without a numeral: the other side's bead
// starts with the end of the item before.
func (al *aligner) headingInside(i0, i1, j0, j1 int) bool {
	hz, he := al.zh[i0].heading, al.en[j0].heading
	switch {
	case hz >= 0 && he < 0:
		for j := j0 + 1; j < j1; j++ {
			if al.en[j].heading == hz {
				return true
			}
		}
	case he >= 0 && hz < 0:
		for i := i0 + 1; i < i1; i++ {
			if al.zh[i].heading == he {
				return true
			}
		}
	}
	return false
}

// anchorCost rewards anchors shared by the bead's two sides and penalises
// those on one side only: with S the shared anchors and Z, E each side's,
// it is -Σ_S bonus + Σ_{Z∖S} miss + Σ_{E∖S} miss, summed in one pass over
// each side with generation stamps (no sorting).
func (al *aligner) anchorCost(i0, i1, j0, j1 int) float64 {
	al.stamp += 2
	zs, es := al.stamp, al.stamp+1 // seen on the Chinese side; counted on the English side
	c := 0.0
	for i := i0; i < i1; i++ {
		for _, id := range al.zh[i].anchors {
			if al.seen[id] != zs {
				al.seen[id] = zs
				c += al.miss[id]
			}
		}
	}
	for j := j0; j < j1; j++ {
		for _, id := range al.en[j].anchors {
			switch al.seen[id] {
			case zs: // shared: its Chinese miss is taken back
				al.seen[id] = es
				c -= al.bonus[id] + al.miss[id]
			case es:
			default:
				al.seen[id] = es
				c += al.miss[id]
			}
		}
	}
	return c
}

// sharedAnchors counts the anchors found on both sides of a bead.
// It marks them with the anchor stamps (see anchorCost): only while no
// goroutine fills costs.
func (al *aligner) sharedAnchors(b Bead) int {
	al.stamp += 2
	zs, es := al.stamp, al.stamp+1 // seen on the Chinese side; counted
	for i := b.ZH.Lo; i < b.ZH.Hi; i++ {
		for _, id := range al.zh[i].anchors {
			al.seen[id] = zs
		}
	}
	n := 0
	for j := b.EN.Lo; j < b.EN.Hi; j++ {
		for _, id := range al.en[j].anchors {
			if al.seen[id] == zs {
				al.seen[id] = es
				n++
			}
		}
	}
	return n
}

// The band. The programme only looks at cells (i, j) with j within band of
// the diagonal's English index for i, found by walking the cumulative
// lengths of both texts, or of a path found before; so its cost is linear
// in the texts' length. When the best path runs along the band's edge, the
// band is moved onto it, or widened (see run).
const initialBand = 12

// pathBand is the band around a known path (the second pass's): the
// ratio and the hit rates it re-estimated move the path little.
const pathBand = 4

// maxBand is the widest band a path along the band's edge widens it to
// (see run); followBand is the band of follow's programme, followLag,
// followSlope and followLead how it centres each row (see follow).
const (
	maxBand     = 4 * initialBand
	followBand  = 2 * initialBand
	followLag   = 16
	followSlope = 48
	followLead  = 6
)

// traceBand, when set (by tests), is told each band a pass runs in.
var traceBand func(pass, band int)

func (al *aligner) setBand(band int, centers []int) {
	n := len(al.zh)
	if traceBand != nil {
		pass := 1
		if al.shapes == len(beadShapes) {
			pass = 2
		}
		traceBand(pass, band)
	}
	al.band = band
	al.width = 2*band + 1
	if centers != nil {
		al.center = centers
	} else {
		al.diagonal()
	}
	cells := (n + 1) * al.width
	al.fwd = grow(al.fwd, cells)
	al.bwd = grow(al.bwd, cells)
	// The costs the band had before it moved or widened (in this pass,
	// with the same estimates) are kept to be copied, not computed again.
	if al.filled.valid && al.filled.shapes == al.shapes {
		al.prev = al.filled
		al.prev.costs, al.prev.exact = al.costs, al.exact
		al.costs = grow(al.spare, cells*al.shapes)
		al.exact = growBools(al.spareExact, cells*al.shapes)
	} else {
		al.costs = grow(al.costs, cells*al.shapes)
		al.exact = growBools(al.exact, cells*al.shapes)
	}
	if cap(al.back) < cells {
		al.back = make([]int8, cells)
	}
	al.back = al.back[:cells]
	al.fillCosts()
	if al.prev.costs != nil {
		al.spare, al.spareExact = al.prev.costs, al.prev.exact
	}
	al.prev = costTable{}
	al.filled = costTable{valid: true, center: al.center, band: al.band, width: al.width, shapes: al.shapes}
}

// costTable is where a band's costs stood: a bead's cost is the same
// whatever band it is computed in, as long as the estimates it reads
// (ratio, spread, hit rates, moods) have not changed, that is within one
// run.
type costTable struct {
	valid               bool
	costs               []float64
	exact               []bool
	center              []int
	band, width, shapes int
}

// cell returns the index of (i, j) in the table, or -1 outside its band
// (see aligner.cell).
func (t *costTable) cell(i, j, n, m int) int {
	if !t.valid || i < 0 || i > n || j < 0 || j > m {
		return -1
	}
	d := j - t.center[i] + t.band
	if d < 0 || d >= t.width {
		return -1
	}
	return i*t.width + d
}

// diagonal centres the band on the line through the two texts'
// cumulative lengths.
func (al *aligner) diagonal() {
	n, m := len(al.zh), len(al.en)
	al.center = make([]int, n+1)
	totZ, totE := al.cumZ[n], al.cumE[m]
	j := 0
	for i := 0; i <= n; i++ {
		// The English index whose cumulative share of the text is closest
		// to the Chinese one's; by sentence count when lengths are zero.
		var target float64
		if totZ > 0 && totE > 0 {
			target = al.cumZ[i] / totZ * totE
			for j < m && al.cumE[j+1] <= target {
				j++
			}
			if j < m && target-al.cumE[j] > al.cumE[j+1]-target {
				al.center[i] = j + 1
			} else {
				al.center[i] = j
			}
		} else {
			al.center[i] = i * m / max(n, 1)
		}
	}
	al.center[0], al.center[n] = 0, m
}

// pathCenters centres the band on a path: for each row, the middle of the
// English indices where the path crosses it (a run of 0-1 beads crosses a
// row at several), the first and last rows pinned to the corners.
func pathCenters(beads []Bead, n, m int) []int {
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := range lo {
		lo[i], hi[i] = m, 0
	}
	for _, b := range beads {
		for i := b.ZH.Lo; i <= b.ZH.Hi; i++ {
			// Rows inside a bead get the English index interpolated.
			j := b.EN.Lo + (i-b.ZH.Lo)*b.EN.Len()/max(b.ZH.Len(), 1)
			if i == b.ZH.Hi {
				j = b.EN.Hi
			}
			lo[i], hi[i] = min(lo[i], j), max(hi[i], j)
		}
	}
	c := make([]int, n+1)
	for i := range c {
		c[i] = (lo[i] + hi[i]) / 2
	}
	c[0], c[n] = 0, m
	return c
}

// fillCosts (fill.go) computes the cost of every bead that starts and ends
// inside the band, once, for the forward and backward passes and the confidence.
// costs[cell·shapes+s] is the cost of the bead of shape s starting at cell,
// +Inf when it leaves the band. fillRows fills rows from..to-1 (fill.go
// shares the rows out).
func (al *aligner) fillRows(from, to int) {
	n, m := len(al.zh), len(al.en)
	inf := math.Inf(1)
	prev, stride := &al.prev, al.shapes
	lazy := al.lazy()
	for i := from; i < to; i++ {
		lo, hi := max(0, al.center[i]-al.band), min(m, al.center[i]+al.band)
		for j := lo; j <= hi; j++ {
			c := al.cell(i, j) * stride
			// The bead's cost when the band before held the bead, start
			// and end: the same, bit for bit.
			pc := prev.cell(i, j, n, m) * stride
			for s, sh := range beadShapes[:stride] {
				if al.cell(i+sh.zh, j+sh.en) < 0 {
					al.costs[c+s] = inf
					if lazy {
						al.exact[c+s] = true
					}
					continue
				}
				if pc >= 0 && prev.cell(i+sh.zh, j+sh.en, n, m) >= 0 {
					al.costs[c+s] = prev.costs[pc+s]
					if lazy {
						al.exact[c+s] = prev.exact[pc+s]
					}
					continue
				}
				if lazy && bounded(sh.zh, sh.en) {
					al.costs[c+s], al.exact[c+s] = al.costBound(i, j, sh.zh, sh.en, sh.cost), false
					continue
				}
				al.costs[c+s] = al.cost(i, j, sh.zh, sh.en, sh.cost)
				if lazy {
					al.exact[c+s] = true
				}
			}
		}
	}
}

func growBools(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	return s[:n]
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// cell returns the index of (i, j) in the tables, or -1 outside the band.
func (al *aligner) cell(i, j int) int {
	if i < 0 || i > len(al.zh) || j < 0 || j > len(al.en) {
		return -1
	}
	d := j - al.center[i] + al.band
	if d < 0 || d >= al.width {
		return -1
	}
	return i*al.width + d
}

// run aligns with the current ratio and spread, moving and widening the
// band as needed, and returns the beads with their confidence. A path
// along the band's edge moves the band onto it; if it is still along the
// edge, the first pass looks for the path by following it (see follow)
// and starts again there. After that a path along the edge moves the band
// up to three times more, then doubles it, centred on the path, up to
// maxBand, where the best path found is taken. So a long text costs
// a bounded number of programmes of bounded width per sentence, linear in
// its length. (The band used to double centred on the diagonal, up to the
// texts' length: a long text whose path strays far from the diagonal cost
// quadratic time and memory.)
func (al *aligner) run(centers []int) []Bead {
	n, m := len(al.zh), len(al.en)
	band := initialBand
	followed := centers != nil // the second pass starts on a path
	al.filled = costTable{}    // the estimates have changed since
	if centers != nil {
		band = pathBand
	}
	al.setBand(band, centers)
	for tries := 0; ; tries++ {
		beads, edge := al.forward()
		switch {
		case beads == nil:
			// The end is out of reach (one side has many more
			// sentences than the band allows for): widen in place.
			al.setBand(al.band*2, al.center)
		case !edge || al.band > n+m || al.band >= maxBand && tries >= 3:
			if al.shapes == len(beadShapes) { // the last pass
				al.posterior(beads)
				for k := range beads {
					beads[k].Shared = al.sharedAnchors(beads[k])
				}
			}
			return beads
		case tries < 1 || followed && tries < 3:
			// Follow the path: centre the band on it and run again.
			al.setBand(al.band, pathCenters(beads, n, m))
		case !followed:
			followed = true
			if c := al.follow(); c != nil {
				al.setBand(initialBand, c)
				tries = -1
				continue
			}
			al.setBand(min(al.band*2, maxBand), pathCenters(beads, n, m))
		default:
			al.setBand(min(al.band*2, maxBand), pathCenters(beads, n, m))
		}
	}
}

// forward fills the forward table and traces the best path back. edge
// reports that the path touched the band's edge (a wider band might do
// better); nil beads mean the end was not reachable.

func (al *aligner) forward() (beads []Bead, edge bool) {
	n, m := len(al.zh), len(al.en)
	inf := math.Inf(1)
	lazy := al.lazy()
	for k := range al.fwd {
		al.fwd[k] = inf
		al.back[k] = -1
	}
	al.fwd[al.cell(0, 0)] = 0
	for i := 0; i <= n; i++ {
		lo, hi := max(0, al.center[i]-al.band), min(m, al.center[i]+al.band)
		for j := lo; j <= hi; j++ {
			c := al.cell(i, j)
			if i == 0 && j == 0 {
				continue
			}
			best, arg := inf, int8(-1)
			for s, sh := range beadShapes[:al.shapes] {
				p := al.cell(i-sh.zh, j-sh.en)
				if p < 0 || math.IsInf(al.fwd[p], 1) || lazy && !al.exact[p*al.shapes+s] {
					continue
				}
				v := al.fwd[p] + al.costs[p*al.shapes+s]
				if v < best {
					best, arg = v, int8(s)
				}
			}
			if lazy {
				// The beads costed by a bound (bound.go): costed only if
				// the bound beats the best so far. The same best and the
				// same bead as above: the least, the first of equals.
				for s, sh := range beadShapes[:al.shapes] {
					p := al.cell(i-sh.zh, j-sh.en)
					k := p*al.shapes + s
					if p < 0 || math.IsInf(al.fwd[p], 1) || al.exact[k] {
						continue
					}
					if v := al.fwd[p] + al.costs[k]; v > best || v == best && int8(s) > arg {
						continue
					}
					al.costs[k], al.exact[k] = al.cost(i-sh.zh, j-sh.en, sh.zh, sh.en, sh.cost), true
					if v := al.fwd[p] + al.costs[k]; v < best || v == best && int8(s) < arg {
						best, arg = v, int8(s)
					}
				}
			}
			al.fwd[c], al.back[c] = best, arg
		}
	}
	end := al.cell(n, m)
	if end < 0 || math.IsInf(al.fwd[end], 1) {
		return nil, true
	}
	for i, j := n, m; i > 0 || j > 0; {
		c := al.cell(i, j)
		if d := j - al.center[i]; (d == al.band || d == -al.band) && !(j == 0 || j == m) {
			edge = true
		}
		sh := beadShapes[al.back[c]]
		i0, j0 := i-sh.zh, j-sh.en
		beads = append(beads, Bead{ZH: Span{i0, i}, EN: Span{j0, j}, Cost: al.fwd[c] - al.fwd[al.cell(i0, j0)]})
		i, j = i0, j0
	}
	slices.Reverse(beads)
	return beads, edge
}

// posteriorTemp is the temperature of the bead posteriors: costs are
// divided by it before they are summed over paths. Calibrated on the
// real-text development set so that at least 98 % of the pairs at
// confidence 0.9 or more are right in each corpus (see TestDevSet): with
// the order of words (lexModel.scoreOrdered) the posteriors spread more,
// and 0.9 keeps them so with a margin (0.8 would leave mac at 0.982).
var posteriorTemp = 0.9

// posterior sets each bead's confidence to its posterior probability: the
// total weight (e^-cost/T) of the complete paths through the bead over that
// of all paths, by forward–backward over the band in log space. A bead
// whose boundaries several alignments dispute gets a low one, whatever its
// own cost.
func (al *aligner) posterior(beads []Bead) {
	n, m := len(al.zh), len(al.en)
	inf := math.Inf(1)
	T := posteriorTemp
	// The tables of the best path are done with: reuse them.
	F := al.fwd // -log of the summed weight from (0,0)
	B := al.bwd // -log of the summed weight to (n,m)
	for k := range F {
		F[k], B[k] = inf, inf
	}
	// The backward sums on another goroutine while this one does the
	// forward ones (fill.go): they share nothing they write.
	backward := make(chan struct{})
	goParallel(n+1, func() {
		B[al.cell(n, m)] = 0
		for i := n; i >= 0; i-- {
			lo, hi := max(0, al.center[i]-al.band), min(m, al.center[i]+al.band)
			for j := hi; j >= lo; j-- {
				c := al.cell(i, j)
				if i == n && j == m {
					continue
				}
				v := inf
				for s, sh := range beadShapes[:al.shapes] {
					q := al.cell(i+sh.zh, j+sh.en)
					if q < 0 || math.IsInf(B[q], 1) || math.IsInf(al.costs[c*al.shapes+s], 1) {
						continue
					}
					v = lse(v, B[q]+al.costs[c*al.shapes+s]/T)
				}
				B[c] = v
			}
		}
		close(backward)
	})
	F[al.cell(0, 0)] = 0
	for i := 0; i <= n; i++ {
		lo, hi := max(0, al.center[i]-al.band), min(m, al.center[i]+al.band)
		for j := lo; j <= hi; j++ {
			c := al.cell(i, j)
			if i == 0 && j == 0 {
				continue
			}
			v := inf
			for s, sh := range beadShapes[:al.shapes] {
				p := al.cell(i-sh.zh, j-sh.en)
				if p < 0 || math.IsInf(F[p], 1) || math.IsInf(al.costs[p*al.shapes+s], 1) {
					continue
				}
				v = lse(v, F[p]+al.costs[p*al.shapes+s]/T)
			}
			F[c] = v
		}
	}
	<-backward
	total := F[al.cell(n, m)]
	for k, b := range beads {
		p, q := al.cell(b.ZH.Lo, b.EN.Lo), al.cell(b.ZH.Hi, b.EN.Hi)
		for s, sh := range beadShapes[:al.shapes] {
			if sh.zh == b.ZH.Len() && sh.en == b.EN.Len() {
				lp := F[p] + al.costs[p*al.shapes+s]/T + B[q] - total
				beads[k].Confidence = clamp(math.Exp(-lp), 0, 1)
			}
		}
	}
}

// lse is -log(e^-a + e^-b). When b is so much larger that e^(a-b) is
// below half a unit in the last place of a, a is the exact answer, which
// spares the exponential and the logarithm (the posterior asks for
// millions): with |a| >= 2^-10 that unit is at least 2^-63, and e^-50 is
// about 2e-22 (TestLse).
func lse(a, b float64) float64 {
	if a > b {
		a, b = b, a
	}
	if math.IsInf(b, 1) {
		return a
	}
	if a-b < -lseFar && math.Abs(a) >= lseMinAbs {
		return a
	}
	return a - math.Log1p(math.Exp(a-b))
}

const (
	lseFar    = 50
	lseMinAbs = 1.0 / 1024
)

// minSpread is the least spread of the length model: real translations
// vary more in length than news, and the lexical score decides better.
var minSpread = 2.0
