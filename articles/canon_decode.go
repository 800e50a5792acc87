package articles

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// reader walks a segment file in the canonical layout, line by line. Any
// departure from the layout makes ok false; the caller then reads the
// file with yaml.v3.
type reader struct {
	data []byte
	pos  int
	line int // 1-based line of pos
	ok   bool
}

// rest returns the current line without its newline, and moves on.
func (r *reader) next() string {
	if !r.ok || r.pos >= len(r.data) {
		r.ok = false
		return ""
	}
	end := bytes.IndexByte(r.data[r.pos:], '\n')
	if end < 0 {
		r.ok = false
		return ""
	}
	l := string(r.data[r.pos : r.pos+end])
	r.pos += end + 1
	r.line++
	return l
}

// peek reports whether the next line starts with prefix.
func (r *reader) peek(prefix string) bool {
	return r.ok && bytes.HasPrefix(r.data[r.pos:], []byte(prefix))
}

// field reads a line "<prefix>key: value" and returns the value text.
func (r *reader) field(prefix string) string {
	l := r.next()
	v, ok := strings.CutPrefix(l, prefix)
	if !ok {
		r.ok = false
	}
	return v
}

// scalar decodes a block-context value that is the whole of v.
func (r *reader) scalar(v string) string {
	s, rest := r.flowScalar(v, false)
	if rest != "" {
		r.ok = false
	}
	return s
}

// flowScalar decodes the scalar at the start of v and returns it and what
// follows. In flow context a plain scalar ends at ',' or '}'.
func (r *reader) flowScalar(v string, flow bool) (string, string) {
	if v == "" {
		r.ok = false
		return "", ""
	}
	switch v[0] {
	case '\'':
		var b strings.Builder
		for i := 1; i < len(v); i++ {
			if v[i] == '\'' {
				if i+1 < len(v) && v[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				return b.String(), v[i+1:]
			}
			b.WriteByte(v[i])
		}
	case '"':
		var b strings.Builder
		for i := 1; i < len(v); i++ {
			switch v[i] {
			case '\\':
				if i+1 < len(v) && (v[i+1] == '"' || v[i+1] == '\\') {
					b.WriteByte(v[i+1])
					i++
					continue
				}
				r.ok = false // other escapes: yaml.v3 reads them
				return "", ""
			case '"':
				return b.String(), v[i+1:]
			}
			b.WriteByte(v[i])
		}
	case '|', '>', '&', '*', '!', '{', '[':
	default:
		if !flow {
			return v, ""
		}
		if i := strings.IndexAny(v, ",}"); i > 0 {
			return v[:i], v[i:]
		}
	}
	r.ok = false
	return "", ""
}

func (r *reader) int(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		r.ok = false
	}
	return n
}

func (r *reader) time(v string) time.Time {
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		r.ok = false
	}
	return t
}

func (r *reader) state(v string) State {
	st := State(v)
	if !st.Valid() {
		r.ok = false
	}
	return st
}

// flowPairs reads "{k1: v1, k2: v2}" with the keys given in order (a key
// ending in "?" is optional); it returns the values.
func (r *reader) flowPairs(v string, keys ...string) []string {
	out := make([]string, len(keys))
	rest, ok := strings.CutPrefix(v, "{")
	if !ok {
		r.ok = false
		return out
	}
	for i, k := range keys {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		opt := strings.HasSuffix(k, "?")
		k = strings.TrimSuffix(k, "?")
		after, found := strings.CutPrefix(rest, sep+k+": ")
		if !found {
			if opt {
				continue
			}
			r.ok = false
			return out
		}
		out[i], rest = r.flowScalar(after, true)
		if !r.ok {
			return out
		}
	}
	if rest != "}" {
		r.ok = false
	}
	return out
}

const segIndent = "    "

// decodeCanon reads data in the canonical layout; ok is false when data is
// not in it (or breaks a rule of the format), and Decode then falls back to
// yaml.v3.
func decodeCanon(data []byte) (*File, bool) {
	// yaml.v3 counts these as line breaks too; the reader counts '\n' only.
	if bytes.IndexByte(data, '\r') >= 0 || bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029")) || bytes.Contains(data, []byte("\u0085")) {
		return nil, false
	}
	r := &reader{data: data, ok: true}
	f := &File{}
	f.Version = r.int(r.field("bitext: "))
	if f.Version != FormatVersion {
		return nil, false
	}
	f.Article = r.scalar(r.field("article: "))
	f.Source = r.scalar(r.field("source: "))
	f.SourceAt = Pos{r.line, len("source: ") + 1}
	f.SourceSHA256 = r.scalar(r.field("source_sha256: "))
	seen := map[string]bool{}
	id := func(v string) string {
		s := r.scalar(v)
		if s == "" || seen[s] {
			r.ok = false
		}
		seen[s] = true
		return s
	}
	switch r.next() {
	case "segments: []":
	case "segments:":
		for r.peek("  - ") {
			s := &Segment{At: Pos{r.line + 1, 5}}
			s.ID = id(r.field("  - id: "))
			if s.Para = r.int(r.field(segIndent + "para: ")); s.Para < 0 {
				r.ok = false
			}
			if r.peek(segIndent + "sentences: ") {
				if s.Sentences = r.int(r.field(segIndent + "sentences: ")); s.Sentences < 2 {
					r.ok = false
				}
			}
			s.ZH = r.scalar(r.field(segIndent + "zh: "))
			s.ZHAt = Pos{r.line, len(segIndent+"zh: ") + 1}
			s.EN = r.scalar(r.field(segIndent + "en: "))
			s.ENAt = Pos{r.line, len(segIndent+"en: ") + 1}
			s.State = r.state(r.scalar(r.field(segIndent + "state: ")))
			if r.peek(segIndent + "translator: ") {
				s.Translator = r.scalar(r.field(segIndent + "translator: "))
			}
			if r.peek(segIndent + "origin: ") {
				s.Origin = r.scalar(r.field(segIndent + "origin: "))
			}
			if r.peek(segIndent + "claim: ") {
				v := r.flowPairs(r.field(segIndent+"claim: "), "by", "at")
				s.Claim = &Claim{By: v[0], At: r.time(v[1])}
			}
			if r.peek(segIndent + "approval: ") {
				v := r.flowPairs(r.field(segIndent+"approval: "), "by", "at", "zh_sha256", "en_sha256", "forced?", "signature?")
				s.Approval = &Approval{By: v[0], At: r.time(v[1]), ZHSHA256: v[2], ENSHA256: v[3], Signature: v[5]}
				s.ApprovalAt = Pos{r.line, len(segIndent+"approval: ") + 1}
				switch v[4] {
				case "true":
					s.Approval.Forced = true
				case "":
				default:
					r.ok = false
				}
			}
			if r.peek(segIndent + "previous_zh: ") {
				s.PreviousZH = r.scalar(r.field(segIndent + "previous_zh: "))
			}
			if r.peek(segIndent + "previous_en: ") {
				s.PreviousEN = r.scalar(r.field(segIndent + "previous_en: "))
			}
			if r.peek(segIndent + "stale_from: ") {
				s.StaleFrom = r.state(r.scalar(r.field(segIndent + "stale_from: ")))
				if s.State != Stale {
					r.ok = false
				}
			}
			if r.peek(segIndent + "conflict: ") {
				s.ConflictAt = Pos{r.line + 1, len(segIndent) + 1}
				v := r.flowPairs(r.field(segIndent+"conflict: "), "en", "zh?", "by?", "at")
				s.Conflict = &Conflict{EN: v[0], ZH: v[1], By: v[2], At: r.time(v[3])}
				if v[0] == "" {
					r.ok = false
				}
			}
			if r.peek(segIndent + "accepted:\n") {
				r.next()
				for r.peek(segIndent + "  - {") {
					v := r.flowPairs(r.field(segIndent+"  - "), "rule", "term?", "number?", "by", "at", "why", "zh_sha256", "en_sha256")
					s.Accepted = append(s.Accepted, Acceptance{Rule: v[0], Term: v[1], Number: v[2], By: v[3], At: r.time(v[4]), Why: v[5], ZHSHA256: v[6], ENSHA256: v[7]})
				}
			}
			if r.peek(segIndent + "comments:\n") {
				r.next()
				for r.peek(segIndent + "  - {") {
					v := r.flowPairs(r.field(segIndent+"  - "), "by", "at", "text")
					s.Comments = append(s.Comments, Comment{By: v[0], At: r.time(v[1]), Text: v[2]})
				}
			}
			f.Segments = append(f.Segments, s)
			if !r.ok {
				return nil, false
			}
		}
	default:
		return nil, false
	}
	if r.peek("archived:\n") {
		r.next()
		for r.peek("  - ") {
			a := &Archived{}
			a.ID = id(r.field("  - id: "))
			a.Para = r.int(r.field(segIndent + "para: "))
			a.ZH = r.scalar(r.field(segIndent + "zh: "))
			a.EN = r.scalar(r.field(segIndent + "en: "))
			if r.peek(segIndent + "state: ") {
				a.State = r.state(r.scalar(r.field(segIndent + "state: ")))
			}
			if r.peek(segIndent + "translator: ") {
				a.Translator = r.scalar(r.field(segIndent + "translator: "))
			}
			a.RemovedAt = r.time(r.scalar(r.field(segIndent + "removed_at: ")))
			f.Archived = append(f.Archived, a)
			if !r.ok {
				return nil, false
			}
		}
	}
	if !r.ok || r.pos != len(data) {
		return nil, false
	}
	// The proof that this is what yaml.v3 reads: Encode, which writes what
	// yaml.v3 writes, gives these very bytes back.
	out, err := Encode(f)
	if err != nil || !bytes.Equal(out, data) {
		return nil, false
	}
	return f, true
}
