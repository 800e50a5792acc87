package interchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles/diag"
)

// csvColumns maps the header names term tools write (case-insensitive) to
// bitext's glossary keys.
var csvColumns = map[string]string{
	"id": "id", "term id": "id", "entry id": "id",
	"zh": "zh", "chinese": "zh", "zh-cn": "zh", "zh-hans": "zh", "zh_cn": "zh", "source": "zh", "source term": "zh", "中文": "zh",
	"en": "en", "english": "en", "en-us": "en", "en-gb": "en", "en_us": "en", "target": "en", "target term": "en", "英文": "en",
	"abbr": "abbr", "abbreviation": "abbr",
	"forbidden": "forbidden", "deprecated": "forbidden", "do not use": "forbidden",
	"forms": "forms", "short": "short", "not": "not",
	"kind": "kind", "type": "kind", "status": "status",
	"note": "note", "notes": "note", "definition": "note", "comment": "note",
	"surname": "surname", "order": "order",
}

// ReadCSV reads a term list as term tools export it: a header row naming
// the columns (zh/Chinese/source, en/English/target, and optionally id,
// abbr, forbidden, forms, short, not, kind, status, note, surname,
// order), then one term a row. A cell of a list column holds several
// values separated by ';' or '|'. A row without an id gets one made from
// its English.
func ReadCSV(name string, data []byte) ([]Concept, error) {
	if !utf8.Valid(data) {
		return nil, diag.At(name, 0, 0, diag.CodeUTF8, nil)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, csvErr(name, data, err)
	}
	cols := make([]string, len(head))
	hasZH, hasEN := false, false
	for i, h := range head {
		cols[i] = csvColumns[strings.ToLower(strings.TrimSpace(h))]
		hasZH = hasZH || cols[i] == "zh"
		hasEN = hasEN || cols[i] == "en"
	}
	if !hasZH || !hasEN {
		return nil, diag.At(name, 1, 1, CodeBadCSV, diag.A{"detail": "the header names no Chinese or no English column"})
	}
	var out []Concept
	used := map[string]bool{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvErr(name, data, err)
		}
		line, _ := r.FieldPos(0)
		c := Concept{Line: line, Col: 1}
		for i, v := range rec {
			if i >= len(cols) {
				break
			}
			v = strings.TrimSpace(v)
			if v == "" {
				continue
			}
			switch cols[i] {
			case "id":
				c.ID = v
			case "zh":
				c.ZH = append(c.ZH, splitList(v)...)
			case "en":
				c.EN = v
			case "abbr":
				c.Abbr = v
			case "forbidden":
				c.Forbidden = append(c.Forbidden, splitList(v)...)
			case "forms":
				c.Forms = append(c.Forms, splitList(v)...)
			case "short":
				c.Short = append(c.Short, splitList(v)...)
			case "not":
				c.Not = append(c.Not, splitList(v)...)
			case "kind":
				c.Kind = strings.ToLower(v)
			case "status":
				c.Status = strings.ToLower(v)
			case "note":
				c.Note = v
			case "surname":
				c.Surname = v
			case "order":
				c.Order = v
			}
		}
		if len(c.ZH) == 0 && c.EN == "" {
			continue // a blank row
		}
		if len(c.ZH) == 0 || c.EN == "" {
			return nil, diag.At(name, line, 1, CodeBadCSV, diag.A{"detail": "a term needs Chinese and English"})
		}
		if c.ID == "" {
			c.ID = SlugID(c.EN, used)
		}
		used[c.ID] = true
		out = append(out, c)
	}
	return out, nil
}

func csvErr(name string, data []byte, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return diag.At(name, pe.Line, charColumn(data, pe.Line, pe.Column), CodeBadCSV, diag.A{"detail": pe.Err.Error()})
	}
	if errors.Is(err, io.EOF) {
		return diag.At(name, 1, 1, CodeBadCSV, diag.A{"detail": "the file is empty"})
	}
	return diag.At(name, 0, 0, CodeBadCSV, diag.A{"detail": err.Error()})
}

// charColumn turns a column that is a 1-based byte index into a line of
// data (encoding/csv's, encoding/xml's InputPos) into the character
// column bitext's positions count (a line of Chinese put an error two or
// three times too far right).
func charColumn(data []byte, line, byteCol int) int {
	return newLineIndex(data).charColumn(line, byteCol)
}

// lineIndex is where each line of a file starts, to turn many byte
// columns into character columns at the cost of each one's line.
type lineIndex struct {
	data   []byte
	starts []int
}

func newLineIndex(data []byte) *lineIndex {
	ix := &lineIndex{data: data, starts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			ix.starts = append(ix.starts, i+1)
		}
	}
	return ix
}

func (ix *lineIndex) charColumn(line, byteCol int) int {
	if line < 1 || line > len(ix.starts) || byteCol < 1 {
		return byteCol
	}
	start, end := ix.starts[line-1], len(ix.data)
	if line < len(ix.starts) {
		end = ix.starts[line] - 1
	}
	l := ix.data[start:end]
	if byteCol-1 > len(l) {
		return utf8.RuneCount(l) + 1 + (byteCol - 1 - len(l))
	}
	return utf8.RuneCount(l[:byteCol-1]) + 1
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '|' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// SlugID makes a term id from an English rendering: lower case, letters
// and digits, words joined by '-', not one of used (a number is added).
func SlugID(en string, used map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(en) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	id := strings.Trim(b.String(), "-")
	if id == "" {
		id = "term"
	}
	base := id
	for k := 2; used[id]; k++ {
		id = base + "-" + itoa(k)
	}
	return id
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
