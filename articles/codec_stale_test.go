package articles

import (
	"bytes"
	"strings"
	"testing"
)

// stale_from (written by sync while a segment is stale) survives a round
// trip, is left out when empty, and must be a valid state.
func TestCodecStaleFrom(t *testing.T) {
	in := `bitext: 1
article: a
source: a.zh.md
source_sha256: ""
segments:
  - id: abc234
    para: 1
    zh: 新文本。
    en: Old text.
    state: stale
    previous_zh: 旧文本。
    stale_from: approved
  - id: def567
    para: 1
    zh: 另一句。
    en: ""
    state: new
`
	f, err := Decode("a.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if f.Segments[0].StaleFrom != Approved || f.Segments[1].StaleFrom != "" {
		t.Fatalf("decoded %+v", f.Segments)
	}
	out, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, []byte(in)) {
		t.Fatalf("round trip changed the file:\n%s", out)
	}
	_, err = Decode("a.yaml", []byte(strings.Replace(in, "stale_from: approved", "stale_from: done", 1)))
	if err == nil || !strings.Contains(err.Error(), "a.yaml:12:17") {
		t.Fatalf("bad stale_from: %v", err)
	}
}
