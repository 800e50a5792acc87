package tm

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"双方 进行了交流。":  "双方进行了交流。",
		"２０２５年１２月":   "2025年12月",
		"　中联部，ＩＤＣＰＣ": "中联部,IDCPC",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	cases := []struct {
		a, b  string
		bound int
		want  int
	}{
		{"", "", 5, 0},
		{"中联部", "中联部", 5, 0},
		{"中联部", "中联", 5, 1},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3}, // over the bound: bound+1
		{"双方围绕矿业发展与合作", "双方围绕矿业合作", 9, 3},
	}
	for _, c := range cases {
		if got := Distance([]rune(c.a), []rune(c.b), c.bound); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.bound, got, c.want)
		}
	}
}

func TestExactAndFuzzy(t *testing.T) {
	ix := Build([]Record{
		{ZH: "双方围绕矿业发展与合作相关事宜进行了深入交流。", EN: "A", Article: "a", Segment: "1", Approved: true},
		{ZH: "双方围绕矿业发展与合作相关事宜进行了深入交流。", EN: "B", Article: "b", Segment: "2", Approved: true},
		{ZH: "双方进行了深入交流。", EN: "C", Article: "c", Segment: "3", Approved: true},
		{ZH: "双方围绕矿业发展与合作相关事宜进行了交流。", EN: "D", Article: "d", Segment: "4"}, // not approved: not offered
	})
	if ix.Len() != 2 {
		t.Fatalf("Len = %d", ix.Len())
	}
	if got := ix.Exact("双方围绕矿业发展与合作相关事宜进行了深入交流。 "); len(got) != 2 || got[0].EN != "A" || got[1].Origin() != "b/2" {
		t.Errorf("Exact: %+v", got)
	}
	if got := ix.Exact("双方围绕矿业发展与合作相关事宜进行了交流。"); got != nil {
		t.Errorf("an unapproved record matched: %+v", got)
	}
	m := ix.Fuzzy("双方围绕矿业发展与合作事宜进行了深入交流。", 0.7, 5)
	if len(m) != 1 || m[0].Similarity < 0.9 || len(m[0].Records) != 2 {
		t.Errorf("Fuzzy: %+v", m)
	}
	if m := ix.Fuzzy("完全不同的一句话。", 0.7, 5); len(m) != 0 {
		t.Errorf("Fuzzy found %+v", m)
	}
}

// TestFuzzyAgainstBruteForce: the indexed lookup finds exactly what
// comparing the query with every key finds.
func TestFuzzyAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("中国矿业联合会会长程立伟会见了双方进行深入交流合作发展。，")
	word := func() string {
		n := 3 + r.IntN(20)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(rs)
	}
	mutate := func(s string) string {
		rs := []rune(s)
		for k := r.IntN(4); k > 0 && len(rs) > 1; k-- {
			i := r.IntN(len(rs))
			switch r.IntN(3) {
			case 0:
				rs = append(rs[:i], rs[i+1:]...)
			case 1:
				rs[i] = alphabet[r.IntN(len(alphabet))]
			default:
				rs = append(rs[:i], append([]rune{alphabet[r.IntN(len(alphabet))]}, rs[i:]...)...)
			}
		}
		return string(rs)
	}
	var recs []Record
	for i := range 400 {
		recs = append(recs, Record{ZH: word(), EN: fmt.Sprint(i), Article: "a", Segment: fmt.Sprint(i), Approved: true})
	}
	ix := Build(recs)
	for q := range 120 {
		query := mutate(recs[r.IntN(len(recs))].ZH)
		if q%3 == 0 {
			query = word()
		}
		for _, th := range []float64{0.5, 0.7, 0.9} {
			got := ix.Fuzzy(query, th, 1000)
			qr := []rune(Normalize(query))
			var want []string
			for _, key := range ix.keys {
				kr := []rune(key)
				l := max(len(kr), len(qr))
				if 1-float64(Distance(qr, kr, l))/float64(l)+1e-9 >= th {
					want = append(want, key)
				}
			}
			var have []string
			for _, m := range got {
				have = append(have, m.ZH)
			}
			sort.Strings(want)
			sort.Strings(have)
			if fmt.Sprint(have) != fmt.Sprint(want) {
				t.Fatalf("query %q at %.1f: got %v, want %v", query, th, have, want)
			}
		}
	}
}
