package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/bitext-desk/bitext/articles/conflict"
	"github.com/bitext-desk/bitext/articles/diag"
)

// bom is the byte order mark (U+FEFF) some editors put at the start of a
// UTF-8 file.
const bom = "\uFEFF"

// NormalizeSource validates and normalises a Chinese source file's bytes.
//
// Invalid UTF-8 is a *diag.Error with code diag.CodeUTF8 at the first bad
// byte: its 1-based line (LF, CRLF and a lone CR each end a line) and its
// 1-based character column. A leading BOM is not counted as a column, as
// editors do not show it. A file with git merge-conflict markers is a
// *diag.Error with code conflict.Code at the first marker: the markers
// would otherwise be read as sentences. Otherwise the result is
// Normalize(raw).
func NormalizeSource(file string, raw []byte) (string, error) {
	if line, col, ok := firstInvalid(raw); ok {
		return "", diag.At(file, line, col, diag.CodeUTF8, diag.A{})
	}
	if err := conflict.Check(file, raw); err != nil {
		return "", err // the markers would become sentences
	}
	return Normalize(string(raw)), nil
}

// firstInvalid finds the first byte of raw that is not part of valid UTF-8
// and returns its line and character column.
func firstInvalid(raw []byte) (line, col int, found bool) {
	if utf8.Valid(raw) {
		return 0, 0, false
	}
	line, col = 1, 1
	i := 0
	if len(raw) >= len(bom) && string(raw[:len(bom)]) == bom {
		i = len(bom)
	}
	for i < len(raw) {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return line, col, true
		case r == '\n':
			line, col = line+1, 1
		case r == '\r':
			// A CR ends a line unless it is the first half of a CRLF, in
			// which case the LF will.
			if i+1 >= len(raw) || raw[i+1] != '\n' {
				line, col = line+1, 1
			}
		default:
			col++
		}
		i += size
	}
	return 0, 0, false // not reached: utf8.Valid said there is a bad byte
}

// Normalize returns the normal form of a source text, in which none of the
// differences that editors and operating systems introduce without the
// author's intent (a BOM, CRLF, indentation, trailing spaces, Unicode
// composition, extra blank lines) can change the text or its segments:
//
//   - a leading BOM is dropped;
//   - CRLF and a lone CR become LF;
//   - the text is put in Unicode NFC;
//   - whitespace (unicode.IsSpace, which covers U+3000 and U+00A0, and also
//     U+FEFF) is trimmed from both ends of every line;
//   - runs of blank lines become one blank line, and blank lines at the start
//     and end are dropped;
//   - a non-empty result ends in exactly one "\n".
//
// Normalize is idempotent: Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	s = strings.TrimPrefix(s, bom)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	// NFC first: trimming afterwards only removes whole whitespace
	// characters at line ends, which keeps the text in NFC.
	if !inNFC(s) {
		s = norm.NFC.String(s)
	}

	var b strings.Builder
	b.Grow(len(s) + 1)
	blank := false // a blank line is owed before the next text line
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimFunc(line, isSpace)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// inNFC reports, for most Chinese text, that s is in NFC without asking
// package norm (a table look-up per character): every character is ASCII,
// a CJK ideograph (U+3400-U+4DBF, U+4E00-U+9FFF), CJK punctuation
// (U+3000-U+3029, U+3030-U+303F), a fullwidth form (U+FF01-U+FF5E) or
// general punctuation (U+2010-U+2027). Each of these is NFC_QC=Yes with
// canonical combining class 0, so a text of them only is in NFC (the
// Unicode quick check); TestInNFCRanges checks every one against norm.
// False means "ask norm".
func inNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c < 0xE0 || c > 0xEF || i+2 >= len(s) {
			return false
		}
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 || !nfcSafe(r) {
			return false
		}
		i += 3
	}
	return true
}

// nfcSafe is inNFC's list of characters.
func nfcSafe(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x3000 && r <= 0x3029 ||
		r >= 0x3030 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF5E || r >= 0x2010 && r <= 0x2027
}

// isSpace reports whether r is whitespace to be trimmed from the ends of lines
// and sentences. U+FEFF (the BOM, or a zero-width no-break space) counts, so
// that a stray one at the start of a line cannot make Normalize unstable.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF'
}

// SourceSHA256 is the lowercase hex sha256 of the normalised text, as
// recorded in a segment file's source_sha256.
func SourceSHA256(normalized string) string {
	sum := sha256.Sum256([]byte(normalized))
	return hex.EncodeToString(sum[:])
}

// HasChinese reports whether s contains at least one Han character.
func HasChinese(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// IsSpace reports whether r is whitespace to the splitters (Unicode space or
// a byte-order mark).
func IsSpace(r rune) bool { return isSpace(r) }
