package articles

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
)

// checkReusing reads data with DecodeLayout, then rebuilds its segment list
// at random — segments kept, moved, dropped, changed (given another random
// file's fields) or new — and compares EncodeReusing, copying the bytes of
// the segments kept as they were, with writing the whole file again.
func checkReusing(t *testing.T, rng *rand.Rand, data []byte, other *File) {
	t.Helper()
	f, lay, err := DecodeLayout("f.yaml", data)
	if err != nil || lay == nil {
		return
	}
	var segs []*Segment
	var from []int
	for k, s := range f.Segments {
		switch rng.IntN(5) {
		case 0: // dropped
		case 1: // changed
			if len(other.Segments) > 0 {
				id := s.ID
				*s = *other.Segments[rng.IntN(len(other.Segments))]
				s.ID = id
			}
			segs, from = append(segs, s), append(from, -1)
		default: // kept, perhaps after a new one
			if rng.IntN(4) == 0 && len(other.Segments) > 0 {
				n := *other.Segments[rng.IntN(len(other.Segments))]
				n.ID = "new" + s.ID
				segs, from = append(segs, &n), append(from, -1)
			}
			segs, from = append(segs, s), append(from, k)
		}
	}
	if rng.IntN(3) == 0 && len(segs) > 1 { // move two kept segments
		i, j := rng.IntN(len(segs)), rng.IntN(len(segs))
		segs[i], segs[j] = segs[j], segs[i]
		from[i], from[j] = from[j], from[i]
	}
	f.Segments = segs
	if rng.IntN(3) == 0 {
		f.SourceSHA256 = "changed"
		f.Archived = other.Archived
	}
	got, gerr := EncodeReusing(f, data, lay, from)
	want, werr := Encode(f)
	if (gerr == nil) != (werr == nil) || !bytes.Equal(got, want) {
		t.Fatalf("EncodeReusing differs from Encode (from %v; errors %v, %v):\n--- Encode\n%s\n--- EncodeReusing\n%s", from, gerr, werr, want, got)
	}
}

// TestEncodeReusing: random files with every key of the model, their
// segments kept, moved, dropped, changed or joined by new ones: copying
// the kept segments' bytes gives the bytes of writing the whole file.
func TestEncodeReusing(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 7))
	for i := range 400 {
		_, data := randEncoded(t, rng, i)
		if data == nil {
			continue
		}
		other := randFile(t, rng)
		if i%4 == 0 {
			plain(other, i+1)
		}
		wellFormed(rng, other)
		for range 3 {
			checkReusing(t, rng, data, other)
		}
	}
}

// FuzzEncodeReusing: whatever strings the changed and new segments hold.
func FuzzEncodeReusing(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, "x", int64(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, a, b string, seed int64, which uint8) {
		rng := rand.New(rand.NewPCG(uint64(seed), 8))
		if _, data, other := fuzzFiles(t, rng, a, b, which); data != nil {
			checkReusing(t, rng, data, other)
		}
	})
}

// fuzzFiles makes, for a fuzz target, a random plain file and its bytes
// (nil when it cannot be written), and another random well-formed file
// whose strings are the fuzzer's a, b and a+b.
func fuzzFiles(t *testing.T, rng *rand.Rand, a, b string, which uint8) (*File, []byte, *File) {
	file := randFile(t, rng)
	plain(file, int(which))
	wellFormed(rng, file)
	data, err := Encode(file)
	if err != nil {
		return file, nil, nil
	}
	other := randFile(t, rng)
	pool := []string{a, b, a + b}
	setStrings(reflect.ValueOf(other).Elem(), func() string { return pool[rng.IntN(len(pool))] })
	wellFormed(rng, other)
	return file, data, other
}
