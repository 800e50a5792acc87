package articles

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
)

// checkProof: the canonical reader checks each line as it reads it instead
// of writing the file again; whatever it accepts, writing the file again
// (encodesTo, the reference) gives the very bytes read.
func checkProof(t *testing.T, data []byte) bool {
	t.Helper()
	f, lay, ok := decodeCanonLayout(data)
	if !ok {
		return false
	}
	if !encodesTo(f, lay, data) {
		out, _ := Encode(f)
		t.Fatalf("the canonical reader took a file Encode does not write back:\n--- read\n%s\n--- Encode\n%s", data, out)
	}
	return true
}

// mutations are edits of a canonical file's lines the writer never makes
// (or makes only for other values): each must send the file to yaml.v3,
// or read as the writer writes it.
var mutations = []struct{ from, to string }{
	{"    para: ", "    para: +"}, {"    para: ", "    para: 0"}, {"bitext: 1", "bitext: 01"},
	{"    zh: ", "    zh: '"}, {"    en: ", "    en: \""}, {"    state: ", "    state: '"},
	{"Z'", "+00:00'"}, {"Z'", ".5Z'"}, {":00Z\n", ":00+08:00\n"}, {"    removed_at: ", "    removed_at: '"},
	{"segments:\n  - ", "segments:\narchived:\n  - "}, {"\narchived:\n", "\narchived:\nsegments: []\n"},
	{"    translator: ", "    translator: ''\n    origin: "}, {", forced: true", ", forced: false"},
	{", forced: true", ", forced: 'true'"}, {"{by: ", "{by: '"}, {"{by: ", "{by: \"\"}\n    x: {"},
	{"    accepted:\n", "    accepted:\n    comments:\n"}, {"    en: ", "    en: a #"}, {"    en: ", "    en:  "},
	{"    previous_zh: ", "    previous_zh: \"\"\n    previous_en: "}, {"    stale_from: ", "    stale_from: ''\n    x: "},
	{"    id: ", "    id: 1"}, {"  - id: ", "  - id: 0x"}, {"  - id: ", "  - id: \"a\"\n    y: "},
}

// TestDecodeProof: random files with every key of the model, as written and
// with each mutation at random places: what the canonical reader takes,
// Encode writes back byte for byte; and it takes every file as written.
func TestDecodeProof(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 9))
	taken, written := 0, 0
	for i := range 300 {
		_, data := randEncoded(t, rng, i)
		if data == nil {
			continue
		}
		if _, lay, _ := DecodeLayout("f.yaml", data); lay != nil {
			written++
			if !checkProof(t, data) {
				t.Fatalf("the canonical reader refused what the writer wrote:\n%s", data)
			}
		}
		for _, m := range mutations {
			odd := mutate(rng, data, m.from, m.to)
			if odd == nil {
				continue
			}
			if checkProof(t, odd) {
				taken++
			}
			checkDecode(t, odd)
		}
	}
	if written < 150 {
		t.Fatalf("only %d files in the canonical layout", written)
	}
	t.Logf("%d files read; %d mutated files still canonical", written, taken)
}

// mutate replaces one occurrence of from in data, at random, with to; nil
// when data has none.
func mutate(rng *rand.Rand, data []byte, from, to string) []byte {
	n := bytes.Count(data, []byte(from))
	if n == 0 {
		return nil
	}
	at := 0
	for range rng.IntN(n) + 1 {
		at += bytes.Index(data[at:], []byte(from)) + 1
	}
	at--
	return append(append(append([]byte{}, data[:at]...), to...), data[at+len(from):]...)
}

// FuzzDecodeProof: on any input, what the canonical reader takes Encode
// writes back byte for byte (and yaml.v3 reads the same: checkDecode).
func FuzzDecodeProof(f *testing.F) {
	addRandomFiles(f, rand.New(rand.NewPCG(9, 9)))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkProof(t, data)
		checkDecode(t, data)
	})
}

// addRandomFiles seeds a fuzz target with 20 random well-formed files
// (every other one plain), as Encode writes them.
func addRandomFiles(f *testing.F, rng *rand.Rand) {
	for i := range 20 {
		file := randFile(f, rng)
		if i%2 == 0 {
			plain(file, i)
		}
		wellFormed(rng, file)
		if data, err := Encode(file); err == nil {
			f.Add(data)
		}
	}
}

// TestDecodeInParts: a long file's segments, read in parts on every core,
// are read as in one part: the same file, layout and verdict, on random
// files as written and mutated, with ids repeated across parts.
func TestDecodeInParts(t *testing.T) {
	defer func(n int, parts func() int) { decodeInParts, decodeParts = n, parts }(decodeInParts, decodeParts)
	rng := rand.New(rand.NewPCG(16, 10))
	inParts := 0
	for i := range 300 {
		_, data := randEncoded(t, rng, i)
		if data == nil {
			continue
		}
		variants := [][]byte{data}
		for _, m := range mutations {
			if odd := mutate(rng, data, m.from, m.to); odd != nil {
				variants = append(variants, odd)
			}
		}
		if k := bytes.LastIndex(data, []byte("  - id: ")); k > 0 { // the last id as the first's
			end := k + bytes.IndexByte(data[k:], '\n')
			variants = append(variants, append(append(append([]byte{}, data[:k]...), "  - id: idb"...), data[end:]...))
		}
		for _, d := range variants {
			decodeInParts = 1 << 40
			f1, lay1, ok1 := decodeCanonLayout(d)
			decodeInParts, decodeParts = 0, func() int { return 2 + i%3 }
			f2, lay2, ok2 := decodeCanonLayout(d)
			if ok1 != ok2 || !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(lay1, lay2) {
				t.Fatalf("read in one part: %v %+v %+v; in parts: %v %+v %+v\n%s", ok1, f1, lay1, ok2, f2, lay2, d)
			}
			if ok1 && f1 != nil && len(f1.Segments) > 2 {
				inParts++
			}
		}
	}
	if inParts < 40 {
		t.Fatalf("only %d files with segments to read in parts", inParts)
	}
}
