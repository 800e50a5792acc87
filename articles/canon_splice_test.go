package articles

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"time"
)

// checkSplice reads data with DecodeLayout, gives each segment in changed
// the fields of the same segment of other (a random file of the same
// length), and compares Splice with writing the whole file again: yaml.v3's
// bytes, through encodeYAML, and the canonical writer's.
func checkSplice(t *testing.T, data []byte, other *File, changed []int) {
	t.Helper()
	f, lay, err := DecodeLayout("f.yaml", data)
	if err != nil || lay == nil {
		return // not in the canonical layout: Save writes the whole file
	}
	if len(lay.Starts) != len(f.Segments) {
		t.Fatalf("%d starts for %d segments", len(lay.Starts), len(f.Segments))
	}
	for _, i := range changed {
		if i < len(f.Segments) && i < len(other.Segments) {
			id, at := f.Segments[i].ID, f.Segments[i].At
			*f.Segments[i] = *other.Segments[i]
			f.Segments[i].ID, f.Segments[i].At = id, at // ids stay unique
		}
	}
	got, err := Splice(f, data, lay, changed)
	if err != nil {
		if _, werr := Encode(f); werr == nil {
			t.Fatalf("Splice: %v, but the whole file can be written", err)
		}
		return // neither can write it (invalid UTF-8): Save reports it
	}
	want, err := encodeYAML(f)
	if err != nil {
		return // yaml.v3 cannot write it either
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Splice differs from writing the whole file (changed %v):\n--- whole\n%s\n--- spliced\n%s", changed, want, got)
	}
	if canon, _ := Encode(f); !bytes.Equal(got, canon) {
		t.Fatalf("Splice differs from Encode")
	}
}

// randEncoded is a random well-formed file (every other one with plain
// text) and its bytes; nil bytes when it cannot be written.
func randEncoded(t *testing.T, rng *rand.Rand, i int) (*File, []byte) {
	f := randFile(t, rng)
	if i%2 == 0 {
		plain(f, i)
	}
	wellFormed(rng, f)
	data, err := Encode(f)
	if err != nil {
		return f, nil
	}
	return f, data
}

// TestCanonSplice: random files with every key of the model, one segment,
// several, the first, the last, or none changed (with random fields of
// another random file): writing only those segments into the file read
// gives the bytes of writing the whole file.
func TestCanonSplice(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	spliced := 0
	for i := range 400 {
		f, data := randEncoded(t, rng, i)
		if data == nil {
			continue // yaml.v3 cannot write it either
		}
		other := randFile(t, rng)
		if i%4 == 0 {
			plain(other, i+1)
		}
		wellFormed(rng, other)
		n := len(f.Segments)
		if n == 0 {
			continue
		}
		for _, changed := range [][]int{{0}, {n - 1}, {rng.IntN(n)}, {rng.IntN(n), rng.IntN(n), n - 1}, nil} {
			checkSplice(t, data, other, changed)
		}
		if _, lay, _ := DecodeLayout("f.yaml", data); lay != nil {
			spliced++
		}
	}
	if spliced < 150 {
		t.Fatalf("only %d of 400 files were in the canonical layout", spliced)
	}
}

// FuzzCanonSplice: whatever strings a changed segment holds, splicing it
// into the file gives the bytes of writing the whole file.
func FuzzCanonSplice(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, "x", int64(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, a, b string, seed int64, which uint8) {
		rng := rand.New(rand.NewPCG(uint64(seed), 4))
		file, data, other := fuzzFiles(t, rng, a, b, which)
		if data == nil || len(file.Segments) == 0 {
			return
		}
		checkSplice(t, data, other, []int{int(which) % len(file.Segments)})
	})
}

// TestCanonVerifiesLongFilesInParts: a long file is verified in parts on
// several cores; a departure from the canonical layout anywhere in it (a
// value quoted that needs no quotes, in the first part, the last, or the
// archive) still sends it to yaml.v3, which reads the same value.
func TestCanonVerifiesLongFilesInParts(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	f := benchFile(3 * verifyChunk)
	f.Archived = []*Archived{{ID: "old", Para: 1, ZH: "旧句。", EN: "Old", RemovedAt: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}}
	data, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	got, lay, ok := decodeCanonLayout(data)
	if !ok || !reflect.DeepEqual(got.Segments[len(got.Segments)-1].EN, f.Segments[len(f.Segments)-1].EN) || len(lay.Starts) != len(f.Segments) {
		t.Fatal("the canonical reader refused a long canonical file")
	}
	for _, at := range []string{"  - id: s1\n", "  - id: s5999\n", "  - id: old\n"} {
		i := bytes.Index(data, []byte(at))
		j := i + bytes.Index(data[i:], []byte("    en: ")) + len("    en: ")
		k := j + bytes.IndexByte(data[j:], '\n')
		odd := slices.Concat(data[:j], []byte("'"), data[j:k], []byte("'"), data[k:])
		if _, _, ok := decodeCanonLayout(odd); ok {
			t.Errorf("quoted English after %q: the canonical reader took it", at)
		}
		slow, err := Decode("f.yaml", odd)
		if err != nil || slow.Archived[0].EN != "Old" {
			t.Errorf("quoted English after %q: yaml.v3 reads %v", at, err)
		}
	}
}

// segmentItemHead makes an item of the segments list a file.
const segmentItemHead = "bitext: 1\narticle: a\nsource: a.zh.md\nsource_sha256: x\nsegments:\n"

// checkDecodeSegment: what DecodeSegment accepts, yaml.v3 reads the same
// in a file (positions aside).
func checkDecodeSegment(t *testing.T, item []byte) bool {
	t.Helper()
	s, ok := DecodeSegment(item)
	if !ok {
		return false
	}
	f, err := decodeYAML("f.yaml", append([]byte(segmentItemHead), item...))
	if err != nil || len(f.Segments) != 1 {
		t.Fatalf("DecodeSegment took what yaml.v3 does not read as one segment (%v):\n%s", err, item)
	}
	want := f.Segments[0]
	got := *s
	got.At, got.ZHAt, got.ENAt, got.ApprovalAt, got.ConflictAt = want.At, want.ZHAt, want.ENAt, want.ApprovalAt, want.ConflictAt
	if !reflect.DeepEqual(&got, want) {
		t.Fatalf("DecodeSegment differs from yaml.v3:\n%s\n--- DecodeSegment %+v\n--- yaml.v3       %+v", item, got, *want)
	}
	return true
}

// TestDecodeSegment: each segment of random files, read alone, is what the
// file's reading has.
func TestDecodeSegment(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 5))
	read := 0
	for i := range 300 {
		_, data := randEncoded(t, rng, i)
		if data == nil {
			continue
		}
		_, lay, _ := DecodeLayout("f.yaml", data)
		if lay == nil {
			continue
		}
		for k := range lay.Starts {
			end := lay.End
			if k+1 < len(lay.Starts) {
				end = lay.Starts[k+1]
			}
			if !checkDecodeSegment(t, data[lay.Starts[k]:end]) {
				t.Fatalf("DecodeSegment refused segment %d of a canonical file:\n%s", k, data[lay.Starts[k]:end])
			}
			read++
		}
	}
	if read < 100 {
		t.Fatalf("only %d segments read", read)
	}
}

// FuzzDecodeSegment: on any input, what DecodeSegment accepts yaml.v3
// reads the same.
func FuzzDecodeSegment(f *testing.F) {
	f.Add([]byte("  - id: a\n    para: 0\n    zh: 中文。\n    en: English\n    state: translated\n"))
	f.Add([]byte("  - id: a\n    para: 0\n    zh: 中文。\n    en: null\n    state: translated\n"))
	f.Fuzz(func(t *testing.T, item []byte) {
		checkDecodeSegment(t, item)
	})
}

// SegmentReader reads items alike but for their id as DecodeSegment does.
func TestSegmentReader(t *testing.T) {
	var sr SegmentReader
	tail := "    para: 0\n    zh: 双方进行了深入交流。\n    en: The two sides held in-depth exchanges.\n    state: translated\n"
	for _, id := range []string{"a1", "b2", "'123'", "123", "\"c\"", "", "7z34d9", "222e88", "true", "null", "~", "a-b", "-a", "a:b", "x y",
		"1e3", "0x1f", "a#b", "'#a'", "gypvg4", "Null", "yes", "a,b", "a.b", "-", "0o17", "2026-01-01", "a'b"} {
		item := []byte("  - id: " + id + "\n" + tail)
		want, wok := DecodeSegment(item)
		gid, shared, gok := sr.Decode(item)
		var got *Segment
		if gok {
			c := *shared
			c.ID = gid
			got = &c
		}
		if wok != gok || wok && !reflect.DeepEqual(got, want) {
			t.Errorf("id %s: SegmentReader %v %+v, DecodeSegment %v %+v", id, gok, got, wok, want)
		}
	}
}
