package workflow

import "testing"

func TestCosmeticEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"发展矿业，造福人民。", "发展矿业,造福人民。", true}, // full-width comma → half-width
		{"他说：“好。”", "他说：「好。」", true},       // quote style
		{"他说：“好。”", "他说:\"好。\"", true},     // half-width colon and straight quotes
		{"出席会议并讲话。", "出席 会议并讲话。", true},    // spacing
		{"真的吗？", "真的吗?", true},             // ？ and ? are one mark
		{"会议通过了报告。", "会议通过了报告？", false},    // 。→？ says something else
		{"会议通过了报告。", "会议通过了报告！", false},    // 。→！
		{"出席会议并讲话。", "出席会议，并讲话。", false},   // a comma added
		{"中国、美国", "中国,美国", false},          // 、 is not ,
		{"同一句。", "同一句。", false},            // no edit at all
		{"程立伟会见柯志忠。", "程立伟会见了柯志忠。", false}, // words
	} {
		if got := CosmeticEdit(c.a, c.b); got != c.want {
			t.Errorf("CosmeticEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Pairing sees a cosmetic edit as no edit at all, however short the
// sentence: it is never left unpaired (and its English archived).
func TestSimilarityOfCosmeticEdit(t *testing.T) {
	for _, c := range [][2]string{
		{"“好。”", "「好。」"},
		{"他说：“是。”", "他说: \"是。\""},
		{"好 。", "好。"},
	} {
		if got := Similarity(c[0], c[1]); got != 1 {
			t.Errorf("Similarity(%q, %q) = %v, want 1", c[0], c[1], got)
		}
	}
}
