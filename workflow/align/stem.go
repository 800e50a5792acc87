package align

import (
	_ "embed"
	"strings"
	"sync"
)

// Stem reduces a lower-case English word to the key the lexicon keeps: the
// base form of an irregular verb or plural (said → say, men → man) less a
// regular inflection (SuffixStem), cut to its first stemLen letters, so
// that develop, developed and development share a key; and for a form
// lemma.lex lists, the key of its lemma as ECDICT gives it (smiled → smile,
// stopped → stop, cried → cry), as SuffixStem makes it of the lemma, so
// that the form meets its lemma even where stripping cuts a false suffix
// off the lemma (brought and bring: br; earlier and early: ear). The
// generators (gen_cedict.go, gen_ecdict.go) stem the dictionaries' words
// with it, and the aligner the English sentences.
func Stem(w string) string {
	if l, ok := lemmas()[w]; ok {
		return SuffixStem(l)
	}
	return SuffixStem(w)
}

// lemma.lex (made by gen_ecdict.go from ECDICT's inflections; MIT, see
// NOTICE) maps, a line each, an inflected form to its lemma where
// SuffixStem would give the form neither the lemma's key nor its first
// stemLen letters: "smiled\tsmile", "earlier\tearly".
//
//go:embed lemma.lex
var lemmaText string

// lemmas is lemma.lex as a map, made on first use (only add --en and
// realign stem).
var lemmas = sync.OnceValue(func() map[string]string { return parseTabbed(lemmaText) })

// parseTabbed reads lines of two fields separated by a tab (lemma.lex,
// deriv.lex) into a map from the first to the second.
func parseTabbed(text string) map[string]string {
	m := make(map[string]string, strings.Count(text, "\n"))
	for line := range strings.SplitSeq(text, "\n") {
		if f, l, ok := strings.Cut(line, "\t"); ok {
			m[f] = l
		}
	}
	return m
}

// SuffixStem is Stem without the lemma list: an irregular form's base (said
// → say), less a regular inflection, cut to stemLen letters.
func SuffixStem(w string) string {
	if b, ok := irregular[w]; ok {
		w = b
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 3 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "ly"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxz", rune(w[n-3])):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:n-1]
	}
	if len(w) > stemLen {
		w = w[:stemLen]
	}
	return w
}

// stemLen is how many letters of a word the stem keeps.
const stemLen = 6

// StemLen is stemLen, for the generators.
const StemLen = stemLen

// irregular maps inflected forms that suffix stripping misses to their base.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "came": "come",
	"saw": "see", "seen": "see", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"made": "make", "found": "find", "thought": "think", "knew": "know", "known": "know",
	"got": "get", "gotten": "get", "left": "leave", "felt": "feel", "kept": "keep", "held": "hold",
	"brought": "bring", "bought": "buy", "began": "begin", "begun": "begin", "ran": "run",
	"wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "met": "meet",
	"sat": "sit", "stood": "stand", "lost": "lose", "paid": "pay", "sent": "send", "built": "build",
	"fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise",
	"ate": "eat", "eaten": "eat", "drank": "drink", "slept": "sleep", "won": "win", "taught": "teach",
	"caught": "catch", "fought": "fight", "sold": "sell", "led": "lead", "heard": "hear", "meant": "mean",
	"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "people": "person",
	"better": "good", "best": "good", "worse": "bad", "worst": "bad", "lay": "lie", "lain": "lie",
	"drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw",
	"wore": "wear", "worn": "wear", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
	"forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide", "shot": "shoot",
	"struck": "strike", "understood": "understand", "woke": "wake", "mice": "mouse", "dying": "die",
	"lying": "lie", "died": "die", "tied": "tie", "ties": "tie", "lies": "lie", "dies": "die",
}

// stopwords are English words too common or too vague to count as lexical
// evidence; the lexicon keeps none of them.
var stopwords = setOf(strings.Fields(`a an the of to in on at by for with from into onto as and or but nor not no
is are was were be been being am do does did done have has had having will would shall should can could may might must
it its it's this that these those there here he she they them his her their him we us our you your i me my mine
who whom whose which what when where why how than then so such too very also just only even ever etc
sb sth one one's oneself someone something somebody sb's sth's some any all each every other another
up down out off over about again if else because while though although
used use esp usually often classifier cl abbr variant see lit fig pr also
s t d ll m re ve o`)...)

// IsStopword reports whether a lower-case English word is too common to be
// lexical evidence.
func IsStopword(w string) bool { return stopwords[w] }
