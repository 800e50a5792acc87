package interchange

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// WritePO writes the document as a gettext PO file: one entry per segment,
// msgctxt "ARTICLE/SEG", msgid the Chinese, msgstr the English. Drafts and
// stale segments are fuzzy (a stale one with its previous Chinese as
// "#| msgid"); comments are translator comments; bitext's metadata and the
// glossary terms are extracted comments ("#.").
func WritePO(w io.Writer, doc *Doc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("# bitext export\n")
	bw.WriteString("msgid \"\"\nmsgstr \"\"\n")
	for _, h := range []string{
		"Project-Id-Version: bitext",
		"PO-Revision-Date: " + doc.Created.UTC().Format("2006-01-02 15:04-0700"),
		"Last-Translator: ",
		"Language-Team: ",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
		"Language: " + doc.TargetLang,
		"X-Source-Language: " + doc.SourceLang,
		"X-Generator: bitext",
	} {
		bw.WriteString(poQuote(h+"\n") + "\n")
	}
	for _, f := range doc.Files {
		for _, u := range f.Units {
			bw.WriteString("\n")
			for _, n := range u.Notes {
				for _, line := range strings.Split(noteText(n), "\n") {
					bw.WriteString(strings.TrimRight("# "+line, " ") + "\n")
				}
			}
			if u.Origin != "" {
				bw.WriteString("#. " + poOrigin + oneLine(u.Origin) + "\n")
			}
			bw.WriteString("#. " + metaText(f.Article, u) + "\n")
			if u.Locked {
				bw.WriteString("#. " + poLocked + "\n")
			}
			for _, t := range u.Terms {
				bw.WriteString("#. " + poTerm + oneLine(termText(t)) + "\n")
			}
			bw.WriteString("#: " + f.Path + "\n")
			if u.State == articles.Draft || u.State == articles.Stale {
				bw.WriteString("#, fuzzy\n")
			}
			if u.PreviousZH != "" {
				bw.WriteString("#| msgid " + poQuote(u.PreviousZH) + "\n")
			}
			bw.WriteString("msgctxt " + poQuote(f.Article+"/"+u.ID) + "\n")
			bw.WriteString("msgid " + poQuote(u.ZH) + "\n")
			bw.WriteString("msgstr " + poQuote(u.EN) + "\n")
		}
	}
	return bw.Flush()
}

// Extracted-comment markers of PO entries.
const (
	poLocked   = "locked: approved, do not edit"
	poTerm     = "term: "
	poPrevious = "previous Chinese: "
	poOrigin   = "origin: "
)

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// poQuote renders s as one PO string literal.
func poQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\a':
			b.WriteString(`\a`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\v':
			b.WriteString(`\v`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// POEntry is one message of a PO file as parsed.
type POEntry struct {
	Translator []string // "# " comments
	Extracted  []string // "#." comments
	References []string // "#:" comments
	Flags      []string // "#," flags
	Previous   string   // "#| msgid"
	Context    string
	HasContext bool
	ID         string
	Plural     string
	Str        []string // msgstr, or msgstr[0..n]
	Obsolete   bool     // a "#~" entry
	Line, Col  int      // where the entry starts
}

// Fuzzy reports whether the entry carries the fuzzy flag.
func (e *POEntry) Fuzzy() bool {
	for _, f := range e.Flags {
		if f == "fuzzy" {
			return true
		}
	}
	return false
}

// ParsePO parses a PO file strictly: every line is a comment, a keyword
// with a string, or a string continuing the last keyword; anything else is
// an error at its line and column. Obsolete entries (#~) are returned
// marked; the header (empty msgid) is returned as the first entry.
func ParsePO(name string, data []byte) ([]*POEntry, error) {
	if !utf8.Valid(data) {
		return nil, diag.At(name, 0, 0, diag.CodeUTF8, nil)
	}
	p := poParser{name: name}
	s := string(data)
	s = strings.TrimPrefix(s, "\uFEFF")
	for i, line := range strings.Split(s, "\n") {
		p.line = i + 1
		if err := p.feed(strings.TrimSuffix(line, "\r")); err != nil {
			return nil, err
		}
	}
	if err := p.flush(); err != nil {
		return nil, err
	}
	return p.out, nil
}

type poParser struct {
	name string
	line int
	out  []*POEntry
	cur  *POEntry
	// last is the string the next continuation line appends to.
	last *string
	// seenID: the current entry has its msgid, so a comment or msgctxt
	// starts the next one.
	seenID, seenStr bool
}

func (p *poParser) errAt(col int, detail string) error {
	return diag.At(p.name, p.line, col, CodePOSyntax, diag.A{"detail": detail})
}

func (p *poParser) entry() *POEntry {
	if p.cur == nil {
		p.cur = &POEntry{Line: p.line, Col: 1}
	}
	return p.cur
}

// flush ends the current entry.
func (p *poParser) flush() error {
	if p.cur == nil {
		return nil
	}
	if !p.seenID {
		if p.cur.HasContext || len(p.cur.Str) > 0 {
			return diag.At(p.name, p.cur.Line, p.cur.Col, CodePOSyntax, diag.A{"detail": "entry without msgid"})
		}
		p.cur = nil // comments only (a file's leading comment): nothing to keep
		return nil
	}
	if !p.seenStr {
		return diag.At(p.name, p.cur.Line, p.cur.Col, CodePOSyntax, diag.A{"detail": "entry without msgstr"})
	}
	p.out = append(p.out, p.cur)
	p.cur, p.last, p.seenID, p.seenStr = nil, nil, false, false
	return nil
}

func (p *poParser) feed(line string) error {
	trimmed := strings.TrimLeft(line, " \t")
	indent := utf8.RuneCountInString(line) - utf8.RuneCountInString(trimmed)
	col := indent + 1
	if trimmed == "" {
		return p.flush()
	}
	obsolete := false
	if rest, ok := strings.CutPrefix(trimmed, "#~"); ok {
		obsolete = true
		trimmed = strings.TrimLeft(rest, " ")
		col += 2 + (utf8.RuneCountInString(rest) - utf8.RuneCountInString(trimmed))
		if trimmed == "" {
			return nil
		}
		if strings.HasPrefix(trimmed, "#") {
			return p.comment(trimmed, col)
		}
	}
	if strings.HasPrefix(trimmed, "#") {
		if p.seenStr {
			if err := p.flush(); err != nil {
				return err
			}
		}
		return p.comment(trimmed, col)
	}
	if strings.HasPrefix(trimmed, `"`) {
		if p.last == nil {
			return p.errAt(col, "a string with no keyword before it")
		}
		v, err := p.unquote(trimmed, col)
		if err != nil {
			return err
		}
		*p.last += v
		return nil
	}
	kw, rest, _ := strings.Cut(trimmed, " ")
	rest = strings.TrimLeft(rest, " \t")
	scol := col + utf8.RuneCountInString(trimmed) - utf8.RuneCountInString(rest)
	if !strings.HasPrefix(rest, `"`) {
		return p.errAt(col, "expected a keyword and a string, found "+strconv.Quote(trimmed))
	}
	v, err := p.unquote(rest, scol)
	if err != nil {
		return err
	}
	switch {
	case kw == "msgctxt":
		if p.seenStr {
			if err := p.flush(); err != nil {
				return err
			}
		}
		e := p.entry()
		if e.HasContext || p.seenID {
			return p.errAt(col, "msgctxt out of place")
		}
		e.Context, e.HasContext, e.Obsolete = v, true, obsolete
		p.last = &e.Context
	case kw == "msgid":
		if p.seenStr {
			if err := p.flush(); err != nil {
				return err
			}
		}
		e := p.entry()
		if p.seenID {
			return p.errAt(col, "msgid given twice")
		}
		e.ID, e.Obsolete = v, obsolete || e.Obsolete
		p.seenID = true
		p.last = &e.ID
	case kw == "msgid_plural":
		e := p.entry()
		if !p.seenID || p.seenStr || e.Plural != "" {
			return p.errAt(col, "msgid_plural out of place")
		}
		e.Plural = v
		p.last = &e.Plural
	case kw == "msgstr" || strings.HasPrefix(kw, "msgstr["):
		e := p.entry()
		if !p.seenID {
			return p.errAt(col, "msgstr before msgid")
		}
		n := 0
		if kw != "msgstr" {
			idx, ok := strings.CutSuffix(strings.TrimPrefix(kw, "msgstr["), "]")
			var err error
			if n, err = strconv.Atoi(idx); !ok || err != nil || n != len(e.Str) {
				return p.errAt(col, "bad plural index "+strconv.Quote(kw))
			}
		} else if len(e.Str) > 0 {
			return p.errAt(col, "msgstr given twice")
		}
		e.Str = append(e.Str, v)
		p.seenStr = true
		p.last = &e.Str[n]
	default:
		return p.errAt(col, "unknown keyword "+strconv.Quote(kw))
	}
	return nil
}

func (p *poParser) comment(c string, col int) error {
	e := p.entry()
	p.last = nil
	kind, body := "", strings.TrimPrefix(c, "#")
	if len(body) > 0 && strings.ContainsRune(".:,|", rune(body[0])) {
		kind, body = body[:1], body[1:]
	}
	body = strings.TrimPrefix(body, " ")
	switch kind {
	case "":
		e.Translator = append(e.Translator, body)
	case ".":
		e.Extracted = append(e.Extracted, body)
	case ":":
		e.References = append(e.References, body)
	case ",":
		for _, f := range strings.Split(body, ",") {
			if f = strings.TrimSpace(f); f != "" {
				e.Flags = append(e.Flags, f)
			}
		}
	case "|":
		kw, rest, _ := strings.Cut(body, " ")
		if kw == "msgid" && strings.HasPrefix(rest, `"`) {
			v, err := p.unquote(rest, col+3+len(kw))
			if err != nil {
				return err
			}
			e.Previous += v
		} else if strings.HasPrefix(body, `"`) {
			v, err := p.unquote(body, col+2)
			if err != nil {
				return err
			}
			e.Previous += v
		}
	}
	return nil
}

// unquote reads one PO string literal that must fill the rest of the line.
func (p *poParser) unquote(s string, col int) (string, error) {
	var b strings.Builder
	rs := []rune(s)
	if len(rs) == 0 || rs[0] != '"' {
		return "", p.errAt(col, "expected a string")
	}
	i := 1
	for ; i < len(rs); i++ {
		r := rs[i]
		if r == '"' {
			break
		}
		if r != '\\' {
			b.WriteRune(r)
			continue
		}
		i++
		if i >= len(rs) {
			return "", p.errAt(col+i, "unfinished escape")
		}
		switch rs[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '\\', '"', '\'', '?':
			b.WriteRune(rs[i])
		default:
			return "", p.errAt(col+i-1, "unknown escape \\"+string(rs[i]))
		}
	}
	if i >= len(rs) {
		return "", p.errAt(col, "unterminated string")
	}
	rest := string(rs[i+1:])
	if tail := strings.TrimSpace(rest); tail != "" {
		lead := utf8.RuneCountInString(rest) - utf8.RuneCountInString(strings.TrimLeft(rest, " \t"))
		return "", p.errAt(col+i+1+lead, "text after the string: "+strconv.Quote(tail))
	}
	return b.String(), nil
}

// ReadPO reads a PO file written by WritePO, or by another tool from one
// of bitext's exports: msgctxt "ARTICLE/SEG", else bitext's metadata in
// the extracted comments, names each segment. The header and obsolete
// entries are left out. A fuzzy entry imports as draft.
func ReadPO(name string, data []byte) (*Doc, error) {
	entries, err := ParsePO(name, data)
	if err != nil {
		return nil, err
	}
	b := newDocBuilder()
	for _, e := range entries {
		if e.Obsolete {
			continue
		}
		if e.ID == "" && !e.HasContext {
			b.doc.TargetLang = poHeader(e.Str, "Language")
			b.doc.SourceLang = poHeader(e.Str, "X-Source-Language")
			continue
		}
		u := &Unit{ZH: e.ID, PreviousZH: e.Previous, Line: e.Line, Col: e.Col, State: articles.Translated}
		if len(e.Str) > 0 {
			u.EN = strings.TrimSpace(e.Str[0])
		}
		if e.Fuzzy() || u.EN == "" {
			u.State = articles.Draft
		}
		article, id := parseMeta(u, strings.Join(e.Extracted, "\n"))
		if a, s, ok := strings.Cut(e.Context, "/"); e.HasContext && ok {
			article, id = a, s
		}
		if article == "" || id == "" {
			return nil, diag.At(name, e.Line, e.Col, CodeBadUnit, diag.A{"id": e.Context})
		}
		u.ID = id
		b.add(article, u)
	}
	return b.doc, nil
}

func poHeader(str []string, key string) string {
	if len(str) == 0 {
		return ""
	}
	for _, line := range strings.Split(str[0], "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
