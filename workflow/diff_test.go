package workflow

import (
	"reflect"
	"testing"
)

func TestWordDiff(t *testing.T) {
	for _, c := range []struct {
		from, to string
		want     []DiffOp
	}{
		{"The cat sat.", "The dog sat.", []DiffOp{{OpEqual, "The "}, {OpDelete, "cat"}, {OpInsert, "dog"}, {OpEqual, " sat."}}},
		{"", "All new.", []DiffOp{{OpInsert, "All new."}}},
		{"Same.", "Same.", []DiffOp{{OpEqual, "Same."}}},
		{"", "", []DiffOp{}},
		// whole words, never half of one
		{"President Cheng attended.", "President Cheng Liwei attended.", []DiffOp{{OpEqual, "President Cheng "}, {OpInsert, "Liwei "}, {OpEqual, "attended."}}},
		{"CMA's work", "CMA’s plan", []DiffOp{{OpDelete, "CMA's"}, {OpInsert, "CMA’s"}, {OpEqual, " "}, {OpDelete, "work"}, {OpInsert, "plan"}}},
		{"high-quality growth", "high quality growth", []DiffOp{{OpDelete, "high-quality"}, {OpInsert, "high quality"}, {OpEqual, " growth"}}},
	} {
		if got := WordDiff(c.from, c.to); !reflect.DeepEqual(got, c.want) {
			t.Errorf("WordDiff(%q, %q) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// Many distinct words: the token runes must not run into the surrogates.
func TestWordDiffManyWords(t *testing.T) {
	var a, b []byte
	for i := range 70000 {
		w := []byte("w" + string(rune('a'+i%26)) + itoa(i) + " ")
		a = append(a, w...)
		if i%1000 != 0 {
			b = append(b, w...)
		}
	}
	got := WordDiff(string(a), string(b))
	var from, to string
	for _, o := range got {
		if o.Op != OpInsert {
			from += o.Text
		}
		if o.Op != OpDelete {
			to += o.Text
		}
	}
	if from != string(a) || to != string(b) {
		t.Fatal("word diff does not rebuild its texts")
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{byte('0' + i%10)}, s...)
	}
	return string(s)
}

func TestCharDiff(t *testing.T) {
	got := CharDiff("会议审议通过了年度工作报告。", "会议审议通过了2025年度工作报告。")
	want := []DiffOp{{OpEqual, "会议审议通过了"}, {OpInsert, "2025"}, {OpEqual, "年度工作报告。"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v", got)
	}
}

func TestPunctuationOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"他说：“发展矿业。”", "他说:\"发展矿业。\"", true},
		{"双方表示，将深化合作。", "双方表示将深化合作。", true},
		{"ＡＢＣ公司成立。", "ABC公司成立。", true},
		{"12月9日下午", "１２月９日下午", true},
		{"双方表示将深化合作。", "双方表示将深化合作！", false}, // a sentence mark that says something else
		{"双方表示将深化合作？", "双方表示将深化合作?", true},
		{"双方表示将深化合作。", "双方表示将深化合作？", false},
		{"双方表示将深化合作。", "双方表示将加强合作。", false},
		{"同样。", "同样。", false},
	} {
		if got := PunctuationOnly(c.a, c.b); got != c.want {
			t.Errorf("PunctuationOnly(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
