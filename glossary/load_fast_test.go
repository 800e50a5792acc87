package glossary

import (
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
)

// laidOutAgrees fails t unless, where laidOut takes data, decoding its
// nodes gives what yaml.v3's give: the same terms with the same positions,
// or the same error. It reports whether laidOut took data.
func laidOutAgrees(t *testing.T, data []byte) bool {
	t.Helper()
	root, ok := laidOut(data)
	if !ok {
		return false
	}
	got, gotErr := decode("g.yaml", root)
	want, wantErr := parseYAML("g.yaml", data)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("laidOut: error %v, yaml.v3: %v\n%s", gotErr, wantErr, data)
	}
	if gotErr == nil && !reflect.DeepEqual(got.Terms, want.Terms) {
		for i := range min(len(got.Terms), len(want.Terms)) {
			if !reflect.DeepEqual(got.Terms[i], want.Terms[i]) {
				t.Fatalf("term %d: laidOut %+v\nyaml.v3 %+v\n%s", i, got.Terms[i], want.Terms[i], data)
			}
		}
		t.Fatalf("laidOut: %d terms, yaml.v3 %d\n%s", len(got.Terms), len(want.Terms), data)
	}
	return true
}

// TestLaidOut: glossaries Encode writes, of ordinary and tricky strings,
// are read without yaml.v3 when their layout allows, as yaml.v3 reads
// them; and every file of the seeds agrees where it is taken.
func TestLaidOut(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	words := []string{"中国矿业联合会", "China Mining Association", "CMA", "it's", "a: b", "#1", "x #y", "[x]", "a, b", "'q'", "\"dq\"", `back\slash`,
		"123", "true", "null", "~", "-", "- x", "7z34d9", " lead", "trail ", "中联部", "Cheng Liwei", "U.S.", "{x}", "tab\there", "é", "…"}
	pick := func() string {
		w := words[rng.IntN(len(words))]
		if rng.IntN(3) == 0 {
			w += " " + words[rng.IntN(len(words))]
		}
		return w
	}
	list := func() []string {
		var l []string
		for range rng.IntN(3) {
			l = append(l, pick())
		}
		return l
	}
	taken := 0
	for i := range 300 {
		g := &Glossary{}
		for k := range 1 + rng.IntN(6) {
			tm := &Term{ID: fmt.Sprintf("t%d-%d", i, k), ZH: append([]string{pick()}, list()...), EN: pick(), Abbr: pick(),
				Forbidden: list(), Forms: list(), Short: list(), Not: list(), Note: pick(),
				Kind: Kinds[rng.IntN(len(Kinds))], Status: Statuses[rng.IntN(len(Statuses))]}
			if rng.IntN(4) == 0 {
				tm.Kind, tm.SurnameWord, tm.Order = Person, pick(), GivenFirst
			}
			g.Terms = append(g.Terms, tm)
		}
		data, err := Encode(g)
		if err != nil {
			t.Fatal(err)
		}
		if laidOutAgrees(t, data) {
			taken++
		}
	}
	if taken < 20 {
		t.Errorf("laidOut took %d of 300 encoded glossaries", taken)
	}
	// Plain ones, as a desk writes them: every one taken.
	for i := range 50 {
		g := &Glossary{}
		for k := range 5 {
			g.Terms = append(g.Terms, &Term{ID: fmt.Sprintf("p%d-%d", i, k), ZH: []string{"中国矿业联合会", "中矿联"}, EN: "China Mining Association",
				Abbr: "CMA", Forbidden: []string{"China Mining Federation"}, Kind: Organization, Status: Approved, Note: "it's (CMA), 30%"})
		}
		data, _ := Encode(g)
		if !laidOutAgrees(t, data) {
			t.Fatalf("laidOut did not take\n%s", data)
		}
	}
	for _, data := range laidOutSeeds() {
		laidOutAgrees(t, data)
	}
}

func laidOutSeeds() [][]byte {
	out := [][]byte{
		[]byte("terms: []\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲, 乙]\n    en: A\n    kind: animal\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲]\n    en: A\n    status: old\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲]\n    en: A\n    order: backwards\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲]\n    en: A\n    colour: red\n"),
		[]byte("terms:\n  - id: a\n    en: A\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲]\n    en: A\n    en: B\n"),
		[]byte("terms:\n  - id: a\n    zh: 甲\n    en: 'it''s'\n    forbidden: [\"x \\\"y\\\"\", 'z']\n"),
		[]byte("terms:\n  - id: a\n    zh: [甲, ]\n    en: A\n"),
		[]byte("terms:\n  - id: a\n    zh: []\n    en: A\n"),
		[]byte("terms:\n  - id: 123\n    zh: [甲]\n    en: true\n"),
	}
	if data, err := os.ReadFile("../examples/workspace/glossary.yaml"); err == nil {
		out = append(out, data)
	}
	return out
}

// FuzzLaidOut: on any input laidOut takes, decoding its nodes gives what
// yaml.v3's give.
func FuzzLaidOut(f *testing.F) {
	for _, data := range laidOutSeeds() {
		f.Add(data)
	}
	f.Add([]byte(strings.Repeat("terms:\n  - id: a\n    zh: [甲]\n    en: A\n", 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		laidOutAgrees(t, data)
	})
}
