package aligndev

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadAll(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	texts, err := LoadAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) == 0 {
		t.Fatal("no texts")
	}
	for _, tx := range texts {
		zh, en := make([]int, len(tx.ZH)), make([]int, len(tx.EN))
		for _, b := range tx.Gold {
			for _, i := range b.ZH {
				if i < 0 || i >= len(zh) {
					t.Fatalf("%s/%s: zh index %d out of range %d", tx.Corpus, tx.ID, i, len(zh))
				}
				zh[i]++
			}
			for _, j := range b.EN {
				if j < 0 || j >= len(en) {
					t.Fatalf("%s/%s: en index %d out of range %d", tx.Corpus, tx.ID, j, len(en))
				}
				en[j]++
			}
		}
		for i, c := range zh {
			if c != 1 {
				t.Errorf("%s/%s: zh line %d covered %d times", tx.Corpus, tx.ID, i, c)
			}
		}
		for j, c := range en {
			if c != 1 {
				t.Errorf("%s/%s: en line %d covered %d times", tx.Corpus, tx.ID, j, c)
			}
		}
		if s := Strict(tx.Gold, tx.Gold); s.F1() != 1 {
			t.Errorf("%s/%s: gold against itself scores %v", tx.Corpus, tx.ID, s)
		}
	}
}

func TestStrict(t *testing.T) {
	gold := []Bead{{[]int{0}, []int{0}}, {[]int{1, 2}, []int{1}}, {[]int{3}, nil}}
	pred := []Bead{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}, {[]int{2}, nil}, {[]int{3}, nil}}
	s := Strict(pred, gold)
	if s.Right != 2 || s.Predicted != 4 || s.Gold != 3 {
		t.Fatalf("got %+v", s)
	}
}

func TestReadRanges(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		p := filepath.Join(dir, "g.gold")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	got, err := ReadRanges(write("# a comment\n0\t0\n1-2  3\n3\t-\n-\t4-6\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Bead{{[]int{0}, []int{0}}, {[]int{1, 2}, []int{3}}, {[]int{3}, nil}, {nil, []int{4, 5, 6}}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, bad := range []string{"0\n", "0 1 2\n", "a\t1\n", "3-1\t0\n", "-1\t0\n", "0\t1-\n", "0\t0-5000\n"} {
		if _, err := ReadRanges(write(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func FuzzReadRanges(f *testing.F) {
	for _, s := range []string{"0\t0\n1-2\t3\n", "-\t4-6\n# x\n", "3-1\t0"} {
		f.Add(s)
	}
	p := filepath.Join(f.TempDir(), "g.gold")
	f.Fuzz(func(t *testing.T, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		beads, err := ReadRanges(p)
		if err != nil {
			return
		}
		for _, b := range beads {
			for _, ix := range [][]int{b.ZH, b.EN} {
				for k := 1; k < len(ix); k++ {
					if ix[k] != ix[k-1]+1 || ix[0] < 0 {
						t.Fatalf("%q: bead %v not a range", s, b)
					}
				}
			}
		}
	})
}
