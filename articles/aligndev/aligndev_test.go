package aligndev

import "testing"

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
