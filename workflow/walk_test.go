package workflow

import (
	"testing"

	"github.com/bitext-desk/bitext/articles"
)

// TestOneTypo: a segment id a typing slip away is offered as "did you
// mean" (the walk through the tool: walk_translator.txt).
func TestOneTypo(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"z8r2mx", "z8r2mz", true},  // one changed
		{"zr82mz", "z8r2mz", true},  // two swapped
		{"z8r2m", "z8r2mz", true},   // one left out
		{"z8r2mzz", "z8r2mz", true}, // one added
		{"8zr2mz", "z8r2mz", true},  // swapped at the start
		{"z8r2mz", "z8r2mz", false}, // the same is no slip
		{"zzr2mx", "z8r2mz", false}, // two changed
		{"z8r", "z8r2mz", false},
		{"", "a", true},
	} {
		if got := oneTypo(c.a, c.b); got != c.want {
			t.Errorf("oneTypo(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestNoSegmentArgs(t *testing.T) {
	a := &Article{Slug: "visit", File: &articles.File{
		Segments: []*articles.Segment{{ID: "z8r2mz"}, {ID: "z8r2ma"}, {ID: "hy8ah8"}},
		Archived: []*articles.Archived{{ID: "z37kpz"}},
	}}
	for _, c := range []struct {
		id, near string
		archived bool
	}{
		{"hy8ah9", "hy8ah8", false},
		{"z8r2m", "", false}, // two are a slip away: none is offered
		{"z37kpz", "", true},
		{"qqqqqq", "", false},
	} {
		de := NoSegment(a, c.id)
		near, _ := de.Args["near"].(string)
		archived, _ := de.Args["archived"].(bool)
		if near != c.near || archived != c.archived || de.Args["segment"] != c.id {
			t.Errorf("%s: args %v, want near %q archived %v", c.id, de.Args, c.near, c.archived)
		}
	}
}
