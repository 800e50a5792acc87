package main

import "testing"

func TestArgKind(t *testing.T) {
	for _, c := range []struct {
		usage string
		i     int
		want  int
	}{
		{"ARTICLE [SEG...|--all]", 0, argArticle},
		{"ARTICLE [SEG...|--all]", 1, argSegment},
		{"ARTICLE [SEG...|--all]", 5, argSegment},
		{"ARTICLE SEG [TEXT|-]", 1, argSegment},
		{"ARTICLE SEG [TEXT|-]", 2, argOther},
		{"ARTICLE SEG [TEXT|-]", 3, argOther},
		{"[ARTICLE...]", 3, argArticle},
		{"ARTICLE FROM_SEG TO_SEG", 2, argSegment},
		{"TERM", 0, argTerm},
		{"[COMMAND]", 0, argCommand},
		{"FILE", 0, argOther},
		{"", 0, argOther},
		{"bash|zsh|fish", 0, argShell},
	} {
		if got := argKind(c.usage, c.i); got != c.want {
			t.Errorf("argKind(%q, %d) = %d, want %d", c.usage, c.i, got, c.want)
		}
	}
}
