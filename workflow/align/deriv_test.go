package align

import (
	"slices"
	"strings"
	"testing"
)

// TestDerivLexicon checks deriv.lex as the aligner reads it: sorted unique
// keys of derived words, each with its bases' keys, sorted and unique; the
// derivations the generator is for are there, and the ones it must not
// make are not.
func TestDerivLexicon(t *testing.T) {
	prev := ""
	lines := strings.Split(strings.TrimSuffix(derivText, "\n"), "\n")
	if len(lines) < 500 {
		t.Fatalf("deriv.lex has %d lines, want 500 or more", len(lines))
	}
	for k, line := range lines {
		d, bs, ok := strings.Cut(line, "\t")
		if !ok || d <= prev || bs == "" {
			t.Fatalf("line %d: %q after %q: want sorted key<TAB>bases lines", k+1, line, prev)
		}
		prev = d
		bases := strings.Split(bs, " ")
		if !slices.IsSorted(bases) || len(slices.Compact(slices.Clone(bases))) != len(bases) || slices.Contains(bases, d) {
			t.Fatalf("line %d: %q: want sorted unique bases other than the key", k+1, line)
		}
	}
	lx := LoadLexicon()
	for _, c := range []struct {
		derived, base string
		want          bool
	}{
		{"weakness", "weak", true}, {"darkness", "dark", true}, {"happiness", "happy", true},
		{"warmth", "warm", true}, {"easily", "easy", true}, {"uncomfortable", "comfortable", true},
		{"comfortable", "uncomfortable", true},
		{"dark", "darkness", false}, {"total", "tote", false}, {"smiled", "smile", false},
	} {
		got := slices.Contains(strings.Fields(lx.deriv[Stem(c.derived)]), Stem(c.base))
		if got != c.want {
			t.Errorf("deriv.lex: %s takes %s's translations: %v, want %v", c.derived, c.base, got, c.want)
		}
	}
}

// TestDerivedTranslations: a Chinese word that translates a base
// translates the derived word too (黑 "dark" for "darkness", 舒服
// "comfortable" for "uncomfortable"), not the other way round.
func TestDerivedTranslations(t *testing.T) {
	lx := LoadLexicon()
	for zh, en := range map[string]string{"黑": "darkness", "舒服": "uncomfortable", "不舒服": "comfortable"} {
		m := newLexModel(lx, nil, [][]string{{zh}}, [][]string{englishWords(en)}, nil)
		if len(m.zTok[0]) != 1 || len(m.eTok[0]) != 1 {
			t.Errorf("%s does not translate %q (Chinese %v, English %v)", zh, en, m.zTok[0], m.eTok[0])
		}
	}
	l := &Lexicon{deriv: parseTabbed("darkne\tdark\n")}
	by := l.derivedBy(map[string]int32{"darkne": 0, "dark": 1})
	if !slices.Equal(by["dark"], []int32{0}) || len(by["darkne"]) != 0 {
		t.Errorf("derivedBy = %v, want dark → [0] only", by)
	}
}

// FuzzDeriv: parseTabbed reads every key<TAB>bases line back, whatever the
// text around it, and derivedBy gives each base the derived keys present.
func FuzzDeriv(f *testing.F) {
	f.Add("weakne\tweak\nuncomf\tcomfor\n", "darkne", "dark")
	f.Add("", "a", "b")
	f.Add("\t\n\n\tx", "k", "b1 b2")
	f.Fuzz(func(t *testing.T, text, key, bases string) {
		if key == "" || strings.ContainsAny(key, "\t\n") || strings.ContainsAny(bases, "\t\n") {
			return
		}
		m := parseTabbed(text + "\n" + key + "\t" + bases + "\n")
		if m[key] != bases {
			t.Fatalf("parseDeriv: %q → %q, want %q", key, m[key], bases)
		}
		stems := map[string]int32{key: 7}
		by := (&Lexicon{deriv: m}).derivedBy(stems)
		for b := range strings.FieldsSeq(bases) {
			if !slices.Contains(by[b], 7) {
				t.Fatalf("derivedBy: base %q lacks the derived key %q: %v", b, key, by)
			}
		}
	})
}
