package workflow

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/bitext-desk/bitext/articles"
)

// CosmeticEdit reports whether two versions of a source sentence differ
// only in how they are typed, not in what they say: full-width against
// half-width forms (，/, ！/! ？/?), white space, and the style of quotation
// marks (“”, 「」, 『』, ‘’, straight double and single quotes). Any other
// change, a sentence mark that says something else (。 -> ？) or a comma
// added, is a real edit.
func CosmeticEdit(a, b string) bool {
	return a != b && foldCosmetic(a) == foldCosmetic(b)
}

func foldCosmetic(s string) string {
	var b strings.Builder
	for _, r := range width.Fold.String(s) {
		switch {
		case unicode.IsSpace(r):
			continue
		case strings.ContainsRune(`“”„‟「」『』‘’‚‛"'`, r):
			r = '"'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// carryCosmetic moves a segment onto a cosmetic edit of its source
// sentence (CosmeticEdit): the English still fits, so the state stays and
// a valid approval follows the text. previous_zh keeps what the English
// was made for, so diff shows the edit until the segment is approved again.
func carryCosmetic(seg *articles.Segment, text string) {
	valid := seg.ApprovalValid()
	if seg.PreviousZH == "" {
		seg.PreviousZH = seg.ZH
	}
	seg.ZH = text
	if valid {
		a := *seg.Approval
		a.ZHSHA256 = articles.TextSHA256(text)
		seg.Approval = &a
	}
}
