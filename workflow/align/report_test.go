package align

import (
	"fmt"
	"testing"
)

// TestReportFixtures aligns the report-prose fixtures in testdata/report
// (written for bitext from the seed's facts: a work report with its
// salutation, headings, enumerations and lists, one sentence a line in
// paragraphs) on the splitters' sentences, and wants every gold pair.
func TestReportFixtures(t *testing.T) {
	fs := fixtures(t, "testdata/report", "")
	right, proposed, gold, lowWrong, lowRight := scoreFlags(t, fs)
	p, r, f := prf(right, proposed, gold)
	fmt.Printf("align accuracy, report fixtures (%d articles): %d/%d pairs right, precision %.3f recall %.3f F1 %.3f; below confidence %.2f: %d of %d wrong, %d of %d right\n",
		len(fs), right, gold, p, r, f, LowConfidence, lowWrong, proposed-right, lowRight, right)
	if right != gold || proposed != gold {
		t.Errorf("report fixtures: %d of %d gold pairs right, %d proposed: want all", right, gold, proposed)
	}
}
