package articles_test

import (
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/aligndev"
)

// BenchmarkMissingNumbersReal runs qa.numbers' comparison over every
// aligned pair of ../shared/align-dev (skipped when it is absent): the cost
// of the number rules on real text, for side-by-side runs against another
// build.
func BenchmarkMissingNumbersReal(b *testing.B) {
	dir, err := aligndev.Dir()
	if err != nil {
		b.Skip("real-text benchmark: ", err)
	}
	texts, err := aligndev.LoadAll(dir)
	if err != nil {
		b.Fatal(err)
	}
	var pairs [][2]string
	for _, t := range texts {
		for _, bd := range t.Gold {
			var zh, en []string
			for _, k := range bd.ZH {
				zh = append(zh, t.ZH[k])
			}
			for _, k := range bd.EN {
				en = append(en, t.EN[k])
			}
			if len(zh) > 0 && len(en) > 0 {
				pairs = append(pairs, [2]string{strings.Join(zh, ""), strings.Join(en, " ")})
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pairs {
			articles.MissingNumbers(p[0], p[1])
		}
	}
}
