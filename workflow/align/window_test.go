package align

import "testing"

// TestAlignWindows aligns generated inputs window by window, with windows
// made small so that every input has many, and checks that the joined
// beads cover both sides exactly once, in order, with confidences in 0..1:
// English of unrelated length too (a third of it), where windows may get
// no English at all.
func TestAlignWindows(t *testing.T) {
	defer func(c, m, n int) { windowCore, windowMargin, windowMin = c, m, n }(windowCore, windowMargin, windowMin)
	windowCore, windowMargin, windowMin = 40, 10, 60
	used := 0
	for seed := uint64(1); seed <= 12; seed++ {
		zh, en := genPair(seed, 50+int(seed)*23)
		if seed%4 == 0 {
			en = en[:len(en)/3+1]
		}
		al := &aligner{}
		al.firstPass(al.prepare(zh, en, nil))
		if alignWindows(al, zh, en, nil, al.run(nil)) != nil {
			used++
		}
		a := Align(zh, en, nil)
		checkCover(t, a, zh, en)
		for k, b := range a.Beads {
			if b.Confidence < 0 || b.Confidence > 1 {
				t.Fatalf("seed %d: bead %d confidence %v", seed, k, b.Confidence)
			}
		}
	}
	if used < 10 {
		t.Errorf("windows joined on %d of 12 inputs", used)
	}
}

// TestAlignWindowsShort: an input no longer than windowMin is aligned
// whole.
func TestAlignWindowsShort(t *testing.T) {
	zh, en := genPair(7, 300)
	al := &aligner{}
	al.firstPass(al.prepare(zh, en, nil))
	if alignWindows(al, zh, en, nil, al.run(nil)) != nil {
		t.Fatal("a 300-sentence input was aligned in windows")
	}
}
