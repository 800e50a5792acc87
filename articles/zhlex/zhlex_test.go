package zhlex

import "testing"

func TestInsideNameWord(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"他晚饭吃了一盘意大利面。", "意大利", true}, // spaghetti, not Italy
		{"她去过意大利三次。", "意大利", false},   // the country
		{"两位美国人走进了会场。", "美国", true},   // Americans, not the country
		{"会议在美国举行。", "美国", false},
		{"北京市政府发布通知。", "北京", false}, // 北京市 still says Beijing
		{"一位北京人告诉记者。", "北京", false}, // "Beijing resident" still says Beijing
		{"他们吃了北京烤鸭。", "北京", true},   // Peking duck
		{"西班牙人来了。", "西班牙", true},
		{"他弹一手西班牙式吉他。", "西班牙", true}, // Spanish-style: a derived word
		{"几位拉美裔选民投了票。", "拉美", true},  // of Latin American descent
		{"他去了西班牙。", "西班牙", false},    // Spaniards
	} {
		i := indexOf(c.text, c.name)
		if got := InsideNameWord(c.text, i, i+len(c.name)); got != c.want {
			t.Errorf("InsideNameWord(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := range s {
		if len(s)-i >= len(sub) && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func BenchmarkInsideNameWord(b *testing.B) {
	text := "两位美国人走进了会场，会议在美国举行。"
	for i := 0; i < b.N; i++ {
		InsideNameWord(text, 6, 12)
	}
}

// BenchmarkLoadNames is the cost of the first lookup: parsing
// name_words.txt.
func BenchmarkLoadNames(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		loadNames()
	}
}
