package align

import "testing"

// TestBylineRe: a reporter's byline on a segment of its own, not a photo
// credit, a sentence about a reporter or a dateline.
func TestBylineRe(t *testing.T) {
	for s, want := range map[string]bool{
		"记者　王芳":                true,
		"（记者 李明、王芳）":           true,
		"本报记者 张三 通讯员 李四":       true,
		"文／王芳":                 true,
		"新华社记者　陈刚　摄":           false,
		"记者先生。":                false,
		"记者王芳说，会议将于明天召开。":      false,
		"新华社广州12月9日电（记者李明、王芳）": false,
		"责任编辑：刘洋":              false,
	} {
		if got := bylineRe.MatchString(s); got != want {
			t.Errorf("bylineRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
