package articles

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tricky are strings whose YAML style is easy to get wrong: empty, ones
// that read as other types, indicators, quotes, spaces, breaks, control and
// special characters, CJK.
var tricky = []string{
	"", "a", "中", "12月9日，协会召开年会。", "President Cheng Liwei", "true", "True", "FALSE", "null",
	"Null", "~", "yes", "no", "on", "off", "y", "n", "<<", "0", "123456", "-1", "+1", "1.5", ".5", "1e3",
	"1_000", "0x1F", "0o17", "0b101", "-0b1", "0777", ".inf", "-.Inf", ".nan", "2026-11-23",
	"2026-11-23T10:00:00Z", "2026-1-2 3:04:05", "12:30", "- x", "-x", "--", "---", "--- x", "...",
	"? x", "?x", ": x", ":x", "a: b", "a:b", "a:", "a #b", "a#b", "#a", "a,b", "[a]", "{a}", "a]",
	"&a", "*a", "!a", "|", ">", "'a'", "it's", `"q"`, `a"b`, `back\slash`, "%a", "@a", "`a",
	" lead", "trail ", " ", "  ", "a  b", "line\nbreak", "\n", "a\n", "\na", "a\n\nb", "a \nb",
	"a\n b", "tab\there", "\t", "cr\rlf", "\x00", "\x7f", "\u0085", "\u00a0", "\u2028", "\ufeff",
	"\ufffe", "\U0001F600", "\xff", "a\xffb", "é", "“引号”", "（CMA）", "a – b", "Ke Zhizhong’s",
	"61b000fc6410d15d8cf77f8cf26aa1853c5d8b943eb4b395d7905550e4e49651",
	"0b00fc6410d15d8cf77f8cf26aa1853c5d8b943eb4b395d7905550e4e49651",
	"6100000000000000000000000000000000000000000000000000000000000000",
	"61e0000000000000000000000000000000000000000000000000000000000000",
	"e100000000000000000000000000000000000000000000000000000000000000",
	"1a", "1e", "1ee2", "0b12", "0b", "1-2", "1:2", "+", "-", ".", "1.", "1.2.3", "1 2",
}

// randString is a tricky string, or a random mix of their pieces.
func randString(rng *rand.Rand) string {
	if rng.IntN(3) > 0 {
		return tricky[rng.IntN(len(tricky))]
	}
	var b strings.Builder
	for range 1 + rng.IntN(4) {
		b.WriteString(tricky[rng.IntN(len(tricky))])
	}
	return b.String()
}

var timeType = reflect.TypeFor[time.Time]()

// fill sets every field of the value v points to at random: strings,
// ints, bools, times, pointers to structs and slices of them. A field of
// another type fails the test, so a field added to the model is covered
// here or noticed. Positions (Pos) are left zero: the decoder sets them.
func fill(t testing.TB, rng *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[State]() && rng.IntN(4) > 0 {
			v.SetString(string(States[rng.IntN(len(States))]))
			return
		}
		v.SetString(randString(rng))
	case reflect.Int:
		switch rng.IntN(4) {
		case 0:
			v.SetInt(int64(rng.IntN(5)))
		case 1:
			v.SetInt(int64(rng.IntN(1 << 20)))
		case 2:
			v.SetInt(-int64(rng.IntN(100)))
		default:
			v.SetInt(0)
		}
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Pointer:
		if rng.IntN(3) == 0 {
			return // nil
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, rng, v.Elem())
	case reflect.Slice:
		n := rng.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			e := s.Index(i)
			if e.Kind() == reflect.Pointer { // a list holds no nil
				e.Set(reflect.New(e.Type().Elem()))
				e = e.Elem()
			}
			fill(t, rng, e)
		}
		v.Set(s)
	case reflect.Struct:
		switch v.Type() {
		case timeType:
			var tm time.Time
			switch rng.IntN(6) {
			case 0:
				tm = time.Date(rng.IntN(12000)-1000, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, time.UTC)
			case 1:
				tm = time.Unix(rng.Int64N(1<<33), rng.Int64N(1e9)).In(time.FixedZone("x", 3600*rng.IntN(12)))
			default:
				tm = time.Date(2026, 11, 23, rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, time.UTC)
			}
			v.Set(reflect.ValueOf(tm))
			return
		case reflect.TypeFor[Pos]():
			return
		}
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			fill(t, rng, v.Field(i))
		}
	default:
		t.Fatalf("fill: a field of type %s: teach fill (and the canonical writer) about it", v.Type())
	}
}

func randFile(t testing.TB, rng *rand.Rand) *File {
	f := &File{}
	fill(t, rng, reflect.ValueOf(f).Elem())
	if rng.IntN(2) == 0 {
		f.Version = FormatVersion
	}
	return f
}

// wellFormed makes a random file one that decodes: version 1, valid states,
// unique non-empty ids, sane numbers, UTC second times.
func wellFormed(rng *rand.Rand, f *File) {
	f.Version = FormatVersion
	n := 0
	id := func() string { n++; return "id" + string(rune('a'+n%26)) + strings.Repeat("x", n/26) }
	st := func() State { return States[rng.IntN(len(States))] }
	for _, s := range f.Segments {
		s.ID, s.Para, s.State = id(), max(s.Para, 0), st()
		if s.Sentences == 1 || s.Sentences < 0 {
			s.Sentences = 0
		}
		if s.StaleFrom != "" {
			s.StaleFrom = st()
		}
	}
	for _, a := range f.Archived {
		a.ID = id()
		if a.State != "" {
			a.State = st()
		}
	}
}

// checkCanon compares Encode with yaml.v3's output for f, and Decode with
// yaml.v3's reading of it.
func checkCanon(t *testing.T, f *File) (fast bool) {
	t.Helper()
	want, werr := encodeYAML(f)
	got, gerr := Encode(f)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("yaml.v3 error %v, canonical writer error %v", werr, gerr)
	}
	if werr != nil {
		return false
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("the canonical writer differs from yaml.v3:\n--- yaml.v3\n%s\n--- canonical\n%s", want, got)
	}
	return checkDecode(t, want)
}

// checkDecode: whatever decodeCanon accepts, yaml.v3 reads the same, down
// to the positions; it reports whether decodeCanon accepted data.
func checkDecode(t *testing.T, data []byte) bool {
	t.Helper()
	fast, ok := decodeCanon(data)
	if !ok {
		return false
	}
	slow, err := decodeYAML("f.yaml", data)
	if err != nil {
		t.Fatalf("the canonical reader accepted what yaml.v3 rejects (%v):\n%s", err, data)
	}
	if !reflect.DeepEqual(fast, slow) {
		for i := range min(len(fast.Segments), len(slow.Segments)) {
			if !reflect.DeepEqual(fast.Segments[i], slow.Segments[i]) {
				t.Errorf("segment %d:\n--- canonical %+v\n--- yaml.v3   %+v", i, *fast.Segments[i], *slow.Segments[i])
			}
		}
		t.Fatalf("the canonical reader differs from yaml.v3:\n%s\n--- canonical %+v\n--- yaml.v3   %+v", data, fast, slow)
	}
	return true
}

// TestCanonEncodeMatchesYAML: random files with every key of the model,
// written with tricky strings, are byte-identical to yaml.v3's output; the
// well-formed ones read back through the canonical reader as yaml.v3 reads
// them, and the canonical reader takes most of them.
func TestCanonEncodeMatchesYAML(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	read := 0
	const n = 300
	for range n {
		f := randFile(t, rng)
		checkCanon(t, f)
		wellFormed(rng, f)
		if checkCanon(t, f) {
			read++
		}
	}
	// And files with plain text only: those the desk writes.
	simple := 0
	for i := range 200 {
		f := randFile(t, rng)
		plain(f, i)
		wellFormed(rng, f)
		if checkCanon(t, f) {
			simple++
		}
	}
	if simple != 200 {
		t.Fatalf("the canonical reader took %d of 200 plain files", simple)
	}
	t.Logf("the canonical reader took %d of %d tricky well-formed files", read, n)
}

// plain replaces every string of f with an ordinary one (and times with
// UTC seconds), as the desk's files hold: whatever keys the model has.
func plain(f *File, i int) {
	words := []string{"协会召开会议。", "President Cheng Liwei Meets Ke Zhizhong", "12月9日，协会召开年会。",
		"it's (CMA), 30%", "61b000fc6410d15d8cf77f8cf26aa1853c5d8b943eb4b395d7905550e4e49651",
		"U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg+/abc=", "wang"}
	k := i
	setStrings(reflect.ValueOf(f).Elem(), func() string { k++; return words[k%len(words)] })
	setTimes(reflect.ValueOf(f).Elem(), time.Date(2026, 11, 23, 10, i%60, 0, 0, time.UTC))
}

// setTimes sets every time below v to tm.
func setTimes(v reflect.Value, tm time.Time) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setTimes(v.Elem(), tm)
		}
	case reflect.Slice:
		for i := range v.Len() {
			setTimes(v.Index(i), tm)
		}
	case reflect.Struct:
		if v.Type() == timeType {
			v.Set(reflect.ValueOf(tm))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				setTimes(v.Field(i), tm)
			}
		}
	}
}

// FuzzCanonEncode: any strings, in every string field of a file, are
// written byte-identically to yaml.v3.
func FuzzCanonEncode(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, "x", int64(0))
	}
	f.Fuzz(func(t *testing.T, a, b string, seed int64) {
		rng := rand.New(rand.NewPCG(uint64(seed), 2))
		file := randFile(t, rng)
		pool := []string{a, b, a + b}
		setStrings(reflect.ValueOf(file).Elem(), func() string { return pool[rng.IntN(len(pool))] })
		checkCanon(t, file)
		wellFormed(rng, file)
		checkCanon(t, file)
	})
}

// setStrings replaces every string field below v.
func setStrings(v reflect.Value, next func() string) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() != reflect.TypeFor[State]() {
			v.SetString(next())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			setStrings(v.Elem(), next)
		}
	case reflect.Slice:
		for i := range v.Len() {
			setStrings(v.Index(i), next)
		}
	case reflect.Struct:
		if v.Type() == timeType {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				setStrings(v.Field(i), next)
			}
		}
	}
}

// FuzzCanonDecode: on any input, what the canonical reader accepts yaml.v3
// reads the same.
func FuzzCanonDecode(f *testing.F) {
	if data, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.yaml"); err == nil {
		f.Add(data)
	}
	addRandomFiles(f, rand.New(rand.NewPCG(7, 7)))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDecode(t, data)
	})
}

// The example workspace's files are in the canonical layout.
func TestCanonReadsExample(t *testing.T) {
	data, err := os.ReadFile("../examples/workspace/articles/2025-12-09-cma-idcpc.yaml")
	if err != nil {
		t.Skip(err)
	}
	if !checkDecode(t, data) {
		t.Fatal("the example's segment file is not read by the canonical reader")
	}
}

// benchFile is an article of n segments as the desk's files are: plain
// Chinese and English, half approved.
func benchFile(n int) *File {
	f := &File{Version: FormatVersion, Article: "a", Source: "a.zh.md", SourceSHA256: TextSHA256("a")}
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for i := range n {
		s := &Segment{ID: "s" + strconv.Itoa(i), Para: i / 4, ZH: "12月9日，中国矿业联合会会长程立伟会见了柯志忠一行，双方进行了深入交流。",
			EN:    "On December 9, Cheng Liwei, President of the China Mining Association, met Ke Zhizhong and his delegation.",
			State: Translated, Translator: "wang"}
		if i%2 == 0 {
			s.Approve("li", at, false)
		}
		f.Segments = append(f.Segments, s)
	}
	return f
}

// The canonical codec against yaml.v3, on an article of 4,000 segments:
//
//	go test ./articles -run '^$' -bench 'Canon|YAML' -benchmem
func BenchmarkEncodeCanon(b *testing.B) { benchEncode(b, Encode) }
func BenchmarkEncodeYAML(b *testing.B)  { benchEncode(b, encodeYAML) }
func BenchmarkDecodeCanon(b *testing.B) { benchDecode(b, Decode) }
func BenchmarkDecodeYAML(b *testing.B)  { benchDecode(b, decodeYAML) }

func benchEncode(b *testing.B, enc func(*File) ([]byte, error)) {
	f := benchFile(4000)
	for b.Loop() {
		if _, err := enc(f); err != nil {
			b.Fatal(err)
		}
	}
}

func benchDecode(b *testing.B, dec func(string, []byte) (*File, error)) {
	data, err := Encode(benchFile(4000))
	if err != nil {
		b.Fatal(err)
	}
	if _, ok := decodeCanon(data); !ok {
		b.Fatal("the bench file is not read by the canonical reader")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := dec("a.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCanonCorpus reads every segment file of a workspace both ways and
// compares (BITEXT_CANON_DIR=workspace; long, so not in the default run):
//
//	go run ./cmd/bitext-corpus -n 5000 -m 40 -k 5000 -o /tmp/c200k
//	BITEXT_CANON_DIR=/tmp/c200k go test ./articles -run TestCanonCorpus -v
func TestCanonCorpus(t *testing.T) {
	dir := os.Getenv("BITEXT_CANON_DIR")
	if dir == "" {
		t.Skip("BITEXT_CANON_DIR is not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no segment files in %s/articles (%v)", dir, err)
	}
	fast := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if checkDecode(t, data) {
			fast++
		}
		if f, err := decodeYAML(p, data); err == nil {
			if out, _ := Encode(f); !bytes.Equal(out, data) {
				t.Errorf("%s: not written back byte for byte", p)
			}
		}
	}
	t.Logf("%d of %d files read by the canonical reader, the same as yaml.v3", fast, len(files))
}
