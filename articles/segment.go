package articles

import (
	"strings"
	"unicode/utf8"
)

// Sentence is one segment of the source as the segmenter found it.
type Sentence struct {
	Para       int    // 0 = headline, 1.. = paragraph number in order
	Text       string // the sentence, without surrounding whitespace, never empty
	Line       int    // 1-based line of the normalised text where it starts
	Start, End int    // byte offsets into the normalised text: Text == normalized[Start:End]
}

// closers maps each closing quote or bracket to its opener.
var closers = map[rune]rune{
	'”': '“', '’': '‘', '」': '「', '』': '『', '）': '（',
	'》': '《', '】': '【', '〕': '〔', '〉': '〈', ')': '(',
}

// isOpener reports whether r opens a quote or bracket.
func isOpener(r rune) bool {
	switch r {
	case '“', '‘', '「', '『', '（', '《', '【', '〔', '〈', '(':
		return true
	}
	return false
}

// isStop reports whether r is a sentence-final mark. The ellipsis '…' is
// handled apart: it ends a sentence only as a run of two or more.
func isStop(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// SplitSentences splits normalised source text (the output of Normalize) into
// sentences, following the contract's "Source article" rules:
//
//   - If the first non-blank line starts with '#' and has text after it, that
//     text (without the '#' and the whitespace after it) is the headline,
//     paragraph 0, never split. No other Markdown is interpreted.
//   - Blank lines separate paragraphs, numbered from 1.
//   - A line break always ends a sentence.
//   - Within a line, a sentence ends after a run of 。！？!? or an ellipsis of
//     two or more '…', together with the closing quotes and brackets and any
//     further marks that directly follow it, provided no quote or bracket
//     opened on the line is still open after them. A closing title mark 》 or
//     〉 takes the marks before it into the title: 《矿业向何处去？》一书 is
//     not split.
//
// Whitespace between sentences belongs to none of them. The text need not be
// normalised, but offsets and lines refer to the string as given.
func SplitSentences(normalized string) []Sentence {
	return Segmentation{}.Split(normalized)
}

// Segmentation is how a workspace splits its sources: the zero value is the
// contract's rules (SplitSentences); a workspace may opt into more.
type Segmentation struct {
	// SplitInQuotes also ends a sentence inside a quotation: after a run
	// of 。！？!? or an ellipsis that leaves only quotation marks (“ ‘ 「
	// 『) open and has more text after it on the line, as a literary
	// translation's human split does. “我们走。你们留下。”他说。 is then
	// three sentences (“我们走。 | 你们留下。” | 他说。), not two. Brackets
	// and titles still hold their marks.
	SplitInQuotes bool
}

// Split splits normalised source text into sentences by the contract's
// rules (see SplitSentences) and g's choices.
func (g Segmentation) Split(normalized string) []Sentence {
	return WalkParagraphs(normalized, func(out []Sentence, para, lineNo, start, end int) []Sentence {
		return splitLine(out, normalized, start, end, para, lineNo, g.SplitInQuotes)
	})
}

// WalkParagraphs applies the paragraph rules both splitters share (the
// Chinese one here, the English one in workflow/align): the
// first non-blank line, if it starts with '#' and has text after it, is the
// headline (paragraph 0, one sentence, never split); blank lines separate
// paragraphs, numbered from 1. Every other line, normalized[start:end], is
// handed to body, which appends its sentences to out.
func WalkParagraphs(normalized string, body func(out []Sentence, para, lineNo, start, end int) []Sentence) []Sentence {
	var out []Sentence
	para := 0
	inPara := false // the previous line had text: this one continues its paragraph
	lineNo := 0
	for start := 0; start < len(normalized); {
		end := strings.IndexByte(normalized[start:], '\n')
		if end < 0 {
			end = len(normalized)
		} else {
			end += start
		}
		lineNo++
		line := normalized[start:end]
		first := len(out) == 0 && para == 0 // no text seen yet
		switch text, at := headline(line); {
		case strings.TrimFunc(line, isSpace) == "":
			inPara = false
		case first && text != "":
			out = append(out, Sentence{Para: 0, Text: text, Line: lineNo, Start: start + at, End: start + at + len(text)})
		default:
			if !inPara {
				para++
				inPara = true
			}
			out = body(out, para, lineNo, start, end)
		}
		start = end + 1
	}
	return out
}

// headline returns the headline text of a line and its offset in the line,
// or "" if the line does not start with '#' followed by text.
func headline(line string) (text string, at int) {
	rest, ok := strings.CutPrefix(line, "#")
	if !ok {
		return "", 0
	}
	trimmed := strings.TrimLeftFunc(rest, isSpace)
	return strings.TrimRightFunc(trimmed, isSpace), len(line) - len(trimmed)
}

// splitLine appends the sentences of s[lo:hi], one line of paragraph para, to
// out. It is a single forward scan keeping a stack of the quotes and brackets
// open on the line. inQuotes: a stop may also end a sentence while only
// quotation marks are open (Segmentation.SplitInQuotes).
func splitLine(out []Sentence, s string, lo, hi, para, lineNo int, inQuotes bool) []Sentence {
	var open []rune // openers not yet closed, innermost last
	begin := -1     // offset of the current sentence's first character; -1 between sentences
	emit := func(end int) {
		text := strings.TrimRightFunc(s[begin:end], isSpace)
		out = append(out, Sentence{Para: para, Text: text, Line: lineNo, Start: begin, End: begin + len(text)})
		begin = -1
	}

	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(s[i:hi])
		if begin < 0 {
			if isSpace(r) {
				i += size
				continue
			}
			begin = i
		}
		if !isStop(r) && r != '…' {
			if isOpener(r) {
				open = append(open, r)
			} else if o, ok := closers[r]; ok {
				open = closeBracket(open, o)
			}
			i += size
			continue
		}

		// A tail of marks and closers: it ends the sentence if it holds a
		// full stop (or a long enough ellipsis) and leaves nothing open.
		stops, dots := false, 0
	tail:
		for i < hi {
			r, size := utf8.DecodeRuneInString(s[i:hi])
			o, closer := closers[r]
			switch {
			case r == '…':
				dots++
				stops = stops || dots >= 2
			case isStop(r):
				stops, dots = true, 0
			case closer:
				open, dots = closeBracket(open, o), 0
				if o == '《' || o == '〈' {
					// 《矿业向何处去？》: the mark is part of a title.
					stops = false
				}
			default:
				break tail
			}
			i += size
		}
		if stops && (len(open) == 0 || inQuotes && onlyQuotes(open)) {
			emit(i)
		}
	}
	if begin >= 0 {
		emit(hi)
	}
	return out
}

// onlyQuotes reports whether every opener in open is a quotation mark.
func onlyQuotes(open []rune) bool {
	for _, r := range open {
		if r != '“' && r != '‘' && r != '「' && r != '『' {
			return false
		}
	}
	return true
}

// closeBracket closes the innermost open bracket whose opener is o, and any
// left open inside it. A closer with no matching opener is stray: ignored.
func closeBracket(open []rune, o rune) []rune {
	for k := len(open) - 1; k >= 0; k-- {
		if open[k] == o {
			return open[:k]
		}
	}
	return open
}
