package articles

import (
	"strconv"
	"testing"
)

// TestNewIDNotANumber: no segment id is one YAML reads as a number (an id
// such as 2898e3 was written quoted, and a testscript that read ids with
// awk failed one run in a few hundred).
func TestNewIDNotANumber(t *testing.T) {
	used := map[string]bool{}
	for range 200000 {
		id := NewID(used)
		if _, err := strconv.ParseFloat(id, 64); err == nil {
			t.Fatalf("NewID gave %q, which YAML reads as a number", id)
		}
	}
}
