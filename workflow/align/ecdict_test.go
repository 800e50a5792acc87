package align

import (
	"slices"
	"strings"
	"testing"
)

// TestECDICTLexicon checks ecdict.lex as the aligner reads it: sorted
// unique stems, each found by the binary search, and every rendering a
// word of the segmentation, so that it can be met in a Chinese sentence.
func TestECDICTLexicon(t *testing.T) {
	lx := LoadLexicon()
	lines := strings.Split(strings.TrimSuffix(ecdictText, "\n"), "\n")
	if len(lines) < 10000 {
		t.Fatalf("ecdict.lex has %d lines, want 10,000 or more", len(lines))
	}
	prev := ""
	for k, line := range lines {
		stem, zh, ok := strings.Cut(line, "\t")
		if !ok || stem == "" || zh == "" {
			t.Fatalf("line %d: %q is not stem<TAB>renderings", k+1, line)
		}
		if stem <= prev {
			t.Fatalf("line %d: %q after %q: not sorted", k+1, stem, prev)
		}
		prev = stem
		if got := lx.renderings(stem); got != zh {
			t.Fatalf("renderings(%q) = %q, want %q", stem, got, zh)
		}
		for r := range strings.FieldsSeq(zh) {
			if seg := lx.Segment(r); len(seg) != 1 {
				t.Fatalf("line %d: rendering %s segments as %v", k+1, r, seg)
			}
		}
	}
	for _, s := range []string{"", "a", "zzzzzz", "smilex"} {
		if got := lx.renderings(s); got != "" {
			t.Errorf("renderings(%q) = %q, want none", s, got)
		}
	}
}

// TestECDICTRenderedBy: an English word's renderings make it a
// translation of the Chinese word, beside CC-CEDICT's glosses.
func TestECDICTRenderedBy(t *testing.T) {
	lx := LoadLexicon()
	by := lx.renderedBy(map[string]int32{Stem("smiled"): 0, Stem("stare"): 1, Stem("weep"): 2, "qqqq": 3})
	for zh, en := range map[string]string{"微笑": "smile", "凝视": "stare", "流泪": "weep"} {
		if got := by.appendStems(nil, zh); !slices.Contains(got, en) {
			t.Errorf("renderedBy: %s not rendered by %s (%v)", zh, en, got)
		}
	}
	if got := by.appendStems(nil, "桌子"); len(got) != 0 {
		t.Errorf("renderedBy: 桌子 rendered by %v", got)
	}
}

// TestStemLemmas: ECDICT's inflections give the lemma's key where suffix
// stripping misses, and leave alone what it gets right or a form that is a
// word of its own; a listed form's key is its lemma's as stripping makes
// it, so that the two meet.
func TestStemLemmas(t *testing.T) {
	for w, want := range map[string]string{
		"smiled": "smile", "smiling": "smile", "stopped": "stop", "cried": "cry", "hurried": "hurry",
		"nodded": "nod", "making": "make", "walked": "walk", "went": "go", "said": "say",
		"development": "develo", "developed": "develo", "quickly": "quick", "building": "build",
		"ground": "ground", "found": "find",
		// a form meets its lemma's key where stripping cuts the lemma short
		"brought": "br", "bring": "br", "earlier": "ear", "early": "ear",
	} {
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
	prev := ""
	for line := range strings.SplitSeq(strings.TrimSuffix(lemmaText, "\n"), "\n") {
		f, l, ok := strings.Cut(line, "\t")
		if !ok || f <= prev || l == "" || SuffixStem(f) == Stem(f) {
			t.Fatalf("lemma.lex: %q after %q: want sorted form<TAB>lemma lines that change the key", line, prev)
		}
		prev = f
	}
}

// FuzzRenderings: the binary search over sorted stem lines finds every
// stem of any such text, with its renderings, and nothing else.
func FuzzRenderings(f *testing.F) {
	f.Add("smile stare weep", "微笑")
	f.Add("a b c d e f g", "x")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, keys, probe string) {
		var stems []string
		for _, k := range strings.Fields(keys) {
			if !strings.ContainsAny(k, "\t\n") {
				stems = append(stems, k)
			}
		}
		slices.Sort(stems)
		stems = slices.Compact(stems)
		var b strings.Builder
		for k, s := range stems {
			if k > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(s + "\t" + "译" + s)
		}
		if len(stems) > 0 && len(keys)%2 == 0 {
			b.WriteByte('\n') // with and without a final newline
		}
		l := &Lexicon{ecd: b.String()}
		for _, s := range stems {
			if got := l.renderings(s); got != "译"+s {
				t.Fatalf("renderings(%q) = %q in %q", s, got, b.String())
			}
		}
		if !slices.Contains(stems, probe) && !strings.ContainsAny(probe, "\t\n") {
			if got := l.renderings(probe); got != "" {
				t.Fatalf("renderings(%q) = %q, want none, in %q", probe, got, b.String())
			}
		}
	})
}
