package align

import (
	"github.com/bitext-desk/bitext/articles"

	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitEnglish splits normalised English text (the output of Normalize) into
// sentences, the way SplitSentences does for Chinese and with the same
// paragraph rules, so that the two can be aligned:
//
//   - If the first non-blank line starts with '#' and has text after it, that
//     text is the headline, paragraph 0, never split.
//   - Blank lines separate paragraphs, numbered from 1.
//   - A line break ends a sentence (headlines, datelines, captions), unless
//     the line ends in ',' or ';' or the next line starts with a lower-case
//     letter: then the text was only wrapped, and the sentence goes on.
//   - Within a line, a sentence ends after '.', '!', '?', '…' or "...",
//     together with the closing quotes and brackets that follow, when the
//     next word starts a sentence: a capital letter or a digit, possibly
//     after an opening quote or bracket. A lower-case next word never starts
//     a sentence ("etc. and", "... and then").
//   - A news dateline at the start of a line ("BEIJING, Dec. 9 (Xinhua)
//     --") is a sentence of its own, as the Chinese dateline usually is.
//   - A full stop does not end a sentence after a title or other word that
//     is always followed by more (Mr. Mrs. Dr. Gen. No. St. ...), after a
//     month abbreviation followed by a number (Dec. 9), or inside a number
//     (3.5) or address (www.example.com), which have no space after the
//     dot. After an initial (J. K. Rowling) or a dotted or company
//     abbreviation (U.S., Inc., a.m.), it ends a sentence only when the next
//     word is a usual first word of a sentence (The, He, It, But, ...).
//
// A file written one sentence a line (OneSentenceALine: most lines share a
// paragraph with others, and at most one in ten holds more or less than one
// sentence by the rules above) is taken at its word: each line is one
// sentence, whatever marks it holds or lacks.
//
// Whitespace between sentences belongs to none of them, and Text ==
// normalized[Start:End]; a sentence continued over a line break keeps the
// line break in Text.
func SplitEnglish(normalized string) []articles.Sentence {
	out := splitRunning(normalized)
	if OneSentenceALine(out) {
		return splitLines(normalized)
	}
	return out
}

// splitLines splits a text written one sentence a line: each line that is
// not blank is a sentence, with the paragraph rules of WalkParagraphs.
func splitLines(normalized string) []articles.Sentence {
	return articles.WalkParagraphs(normalized, func(out []articles.Sentence, para, lineNo, start, end int) []articles.Sentence {
		line := normalized[start:end]
		text := strings.TrimFunc(line, articles.IsSpace)
		lo := start + strings.Index(line, text)
		return append(out, articles.Sentence{Para: para, Text: text, Line: lineNo, Start: lo, End: lo + len(text)})
	})
}

// splitRunning is SplitEnglish for running text: the rules above but the
// last.
func splitRunning(normalized string) []articles.Sentence {
	// pending is a sentence whose line was only wrapped: it goes on in the
	// next line.
	pendingStart, pendingLine := -1, 0
	width := wrapWidth(normalized)
	return articles.WalkParagraphs(normalized, func(out []articles.Sentence, para, lineNo, start, end int) []articles.Sentence {
		lo, sentLine := start, lineNo
		if pendingStart >= 0 {
			lo, sentLine = pendingStart, pendingLine
			pendingStart = -1
		}
		soft := softWrap(normalized, start, end, width)
		out, tail := splitEnglishLine(out, normalized, lo, end, para, sentLine, lineNo, soft)
		if tail >= 0 && (soft && endsInMark(out[tail].Text) || wraps(normalized, end, end+1, soft)) {
			// A line that only wraps, or a wrapped line whose final mark
			// the next line's first word says does not end the sentence
			// (endsSentence: "Mr." / "Ke"): take the unfinished last
			// sentence back, it goes on.
			last := out[len(out)-1]
			out = out[:len(out)-1]
			pendingStart, pendingLine = last.Start, last.Line
		}
		return out
	})
}

// wraps reports whether the line ending at end (a '\n' at s[end], the next
// line starting at next), whose last sentence has no final mark, only wraps
// a sentence that goes on in that line. soft: the line was broken where
// the next word would not fit (softWrap).
func wraps(s string, end, next int, soft bool) bool {
	if end >= len(s) || next >= len(s) {
		return false
	}
	nl := strings.IndexByte(s[next:], '\n')
	nextLine := s[next:]
	if nl >= 0 {
		nextLine = s[next : next+nl]
	}
	if strings.TrimFunc(nextLine, articles.IsSpace) == "" {
		return false // a blank line: the paragraph ends
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(nextLine, articles.IsSpace))
	if unicode.IsLower(r) {
		return true
	}
	prev := strings.TrimRightFunc(s[:end], articles.IsSpace)
	l, _ := utf8.DecodeLastRuneInString(prev)
	prevLine := prev[strings.LastIndexByte(prev, '\n')+1:]
	if l == ',' && isSalutation(prevLine) {
		return false // "Fellow deputies," before a capital is a sentence of its own
	}
	nextLine = strings.TrimLeftFunc(nextLine, articles.IsSpace)
	if listItem(nextLine) && (listItem(strings.TrimLeftFunc(prevLine, articles.IsSpace)) || l == ':' || l == ';') {
		// The list's next item, also after an item ending in a
		// semicolon, as the items of a law or a notice do ("(1) the
		// name of the holder;" / "(2) the progress of the work; and").
		return false
	}
	if l == ',' || l == ';' {
		return true
	}
	lastWord := prevLine[strings.LastIndexFunc(prevLine, articles.IsSpace)+1:]
	if enOpenEnders[lastWord] {
		return true // "... and every area of the" goes on: no sentence ends so
	}
	// A line an editor broke because the next word would not fit: the
	// sentence goes on ("... with the Economic Cooperation" / "Center of
	// ...").
	return soft
}

// softWrap reports whether the line s[start:end] was broken by an editor
// wrapping the text at width (wrapWidth): the next line's first word would
// not have fit on it. A heading or a line the writer ended is shorter than
// the text's lines by more than a word. A text whose longest line is
// under 50 characters is not taken for wrapped: its lines are short
// sentences and headings.
func softWrap(s string, start, end, width int) bool {
	if width < 50 || end >= len(s) {
		return false
	}
	next := s[end+1:]
	if nl := strings.IndexByte(next, '\n'); nl >= 0 {
		next = next[:nl]
	}
	next = strings.TrimLeftFunc(next, articles.IsSpace)
	if next == "" {
		return false // a blank line: the paragraph ends
	}
	if sp := strings.IndexFunc(next, articles.IsSpace); sp >= 0 {
		next = next[:sp]
	}
	line := strings.TrimRightFunc(s[start:end], articles.IsSpace)
	return utf8.RuneCountInString(line)+1+utf8.RuneCountInString(next) > width
}

// endsInMark reports whether a sentence ends in a sentence mark or a closer
// after one.
func endsInMark(text string) bool {
	text = strings.TrimRightFunc(text, isENCloser)
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// wrapWidth returns the width at which a text is wrapped: the length in
// characters of its longest line but a '#' headline (never wrapped). A
// text not wrapped has long lines: then only its longest can seem wrapped.
func wrapWidth(s string) int {
	w, first := 0, true
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRightFunc(line, articles.IsSpace)
		if first && line != "" {
			first = false
			if strings.HasPrefix(line, "#") {
				continue
			}
		}
		w = max(w, utf8.RuneCountInString(line))
	}
	return w
}

// listItem reports whether line starts a list item: a Markdown one ("- ",
// "* ", "+ ", "• ", "1. ", "2) ") or one numbered in brackets as laws,
// notices and white papers number theirs ("(1) ", "(a) ", "(iv) ").
func listItem(line string) bool {
	if len(line) < 2 {
		return false
	}
	switch {
	case strings.HasPrefix(line, "• "):
		return true
	case strings.ContainsRune("-*+", rune(line[0])) && line[1] == ' ':
		return true
	case bracketItemRe.MatchString(line):
		return true
	}
	d := strings.IndexFunc(line, func(r rune) bool { return r < '0' || r > '9' })
	return d > 0 && d <= 3 && d+1 < len(line) && (line[d] == '.' || line[d] == ')') && line[d+1] == ' '
}

// bracketItemRe matches a list item's number in brackets: (1) (12) (a)
// (iv), then a space.
var bracketItemRe = regexp.MustCompile(`^\((?:[0-9]{1,2}|[a-z]|[ivx]{1,4})\) `)

// enOpenEnders are words that never end an English sentence nor a
// heading, written in lower case: a line ending in one was wrapped.
// Prepositions and verbs that can end a heading in sentence case ("What we
// stand for", "Who we are") are not among them.
var enOpenEnders = setOf("the", "a", "an", "of", "and", "or", "nor", "its", "their", "our", "his",
	"her", "my", "your", "whose", "which", "than", "with", "from", "into", "between", "among")

// isSalutation reports whether a line ending in a comma is a form of
// address ("Fellow deputies,", "Dear colleagues, friends,",
// "Distinguished guests, ladies and gentlemen, dear friends,", "Council
// members and member representatives,"): the first word capitalised, and
// a few words (at most five, 40 bytes), two addressees joined by "and"
// (60 bytes), or a few addressees of at most three words each (80 bytes).
// A wrapped line of prose is longer, or runs on between its commas.
func isSalutation(line string) bool {
	line = strings.TrimSpace(line)
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) || len(line) > 160 {
		return false
	}
	if len(line) <= 40 && len(strings.Fields(line)) <= 5 {
		return true
	}
	body := strings.TrimSuffix(line, ",")
	if len(line) > 80 {
		// A speech's long form of address, as 尊敬的各位部长，尊敬的各位
		// 使节，女士们、先生们、朋友们 is rendered ("Your Excellencies
		// Ministers, Your Excellencies Ambassadors, ladies and gentlemen,
		// dear friends,"): it opens with a word of address, and each of
		// its addressees has at most four words.
		if !salutationOpeners[strings.Fields(line)[0]] {
			return false
		}
		for part := range strings.SplitSeq(body, ",") {
			if n := len(strings.Fields(part)); n == 0 || n > 4 {
				return false
			}
		}
		return true
	}
	if a, b, ok := strings.Cut(body, " and "); ok && len(line) <= 60 && !strings.Contains(body, ",") {
		// two addressees joined by "and", as 各位理事、各位会员代表 is
		// rendered: "Council members and member representatives,"
		return addressee(a) && addressee(b)
	}
	for part := range strings.SplitSeq(body, ",") {
		if n := len(strings.Fields(part)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// salutationOpeners are the first words of a long form of address.
var salutationOpeners = setOf("Your", "Distinguished", "Dear", "Honorable", "Honourable", "Respected",
	"Esteemed", "Excellencies", "Ladies", "Fellow", "Mr.", "Madam", "Madame")

// addressee reports whether a phrase could name those a speech addresses:
// one to three words, not opening with an article ("member
// representatives", not "the bureau").
func addressee(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "a", "an":
		return false
	}
	return true
}

// splitEnglishLine appends the sentences of s[lo:hi] to out. The first one
// starts on line firstLine, the others on lineNo. tail is the index in out of
// a last sentence that ended only because the line did (no final mark), or
// -1.
//
// soft says the line only wraps (softWrap): then marks at its end are read
// against the next line's first word, as after a space.
func splitEnglishLine(out []articles.Sentence, s string, lo, hi, para, firstLine, lineNo int, soft bool) ([]articles.Sentence, int) {
	upTo := s[:hi] // what endsSentence sees: the line, or the text
	if soft {
		upTo = s
	}
	begin := -1
	line := firstLine
	emit := func(end int) {
		text := strings.TrimRightFunc(s[begin:end], articles.IsSpace)
		if text != "" {
			out = append(out, articles.Sentence{Para: para, Text: text, Line: line, Start: begin, End: begin + len(text)})
		}
		begin = -1
		line = lineNo
	}
	if m := datelineRe.FindStringIndex(s[lo:hi]); m != nil && lo+m[1] < hi && firstLine == lineNo {
		// A news dateline (BEIJING, Dec. 9 (Xinhua) --) is a sentence of
		// its own, as in the Chinese it often stands on its own line.
		begin = lo
		emit(lo + m[1])
		lo += m[1]
	}
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(s[i:hi])
		if begin < 0 {
			if articles.IsSpace(r) {
				i += size
				continue
			}
			begin = i
		}
		dash := cutOff(s, i, hi)
		if r != '.' && r != '!' && r != '?' && r != '…' && dash == 0 {
			i += size
			continue
		}
		markAt := i
		// The run of marks and closers after the first mark.
		i += max(size, dash)
		for i < hi {
			r, size := utf8.DecodeRuneInString(s[i:hi])
			if r == '.' || r == '!' || r == '?' || r == '…' || isENCloser(r) {
				i += size
				continue
			}
			break
		}
		if i < hi {
			r, _ := utf8.DecodeRuneInString(s[i:hi])
			if !articles.IsSpace(r) {
				continue // 3.5, www.example.com, "U.S.-led", "?!x"
			}
			i = detachedCloser(s, i, hi)
		}
		if endsSentence(upTo, begin, markAt, i) && !isCredit(s[i:hi]) {
			emit(i)
		}
	}
	tail := -1
	if begin >= 0 {
		emit(hi)
		tail = len(out) - 1
	}
	return out, tail
}

// cutOff returns the length of the dash at s[i] when it cuts a quoted
// speech off — a dash (—, – or --) directly followed by a closing quote
// ("if only—' 'Only what?'") — and 0 otherwise. Like a full stop, it ends the
// sentence before a capital.
func cutOff(s string, i, hi int) int {
	r, size := utf8.DecodeRuneInString(s[i:hi])
	switch {
	case r == '-' && strings.HasPrefix(s[i:hi], "--"):
		size = 2
	case r != '—' && r != '–':
		return 0
	}
	switch q, _ := utf8.DecodeRuneInString(s[i+size : hi]); q {
	case '”', '’', '\'', '"':
		return size
	}
	return 0
}

// detachedCloser returns where a sentence whose marks end at i (before
// whitespace) ends: after a quote that stands apart between spaces ("this.
// " Then"), which after a mark closes (an opening quote is written against
// its word), or at i.
func detachedCloser(s string, i, hi int) int {
	k := i
	for k < hi && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	q, size := utf8.DecodeRuneInString(s[k:hi])
	if k+size < hi && !articles.IsSpace(rune(s[k+size])) {
		return i
	}
	if q == '”' || q == '’' || q == '\'' || q == '"' {
		return k + size
	}
	return i
}

// datelineRe matches a news dateline at the start of a line: a place in
// capitals, an optional date, an optional agency in brackets, and a dash.
var datelineRe = regexp.MustCompile(`^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z]+\.? ?[0-9]{0,2})?(?: \([A-Z][A-Za-z ]*\))? ?(?:--|—|–)`)

// creditRe matches a photo or story credit that ends a line after a
// sentence, "(Xinhua/Chen Gang)", "(Photo by Li Ming)", "(Photo: CFP)":
// it belongs to the caption it closes, as the Chinese credit (新华社记者
// 陈刚 摄) belongs to its own segment, not a sentence of its own.
var creditRe = regexp.MustCompile(`^\s*\((?:[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}/[A-Z][^()/\n]{0,40}|Photos? (?:by|courtesy of) [A-Z][^()\n]{0,40}|Photos?: ?[A-Z][^()\n]{0,40})\)\s*$`)

// isCredit reports whether the rest of a line is a credit (creditRe).
func isCredit(rest string) bool {
	rest = strings.TrimFunc(rest, articles.IsSpace)
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && creditRe.MatchString(rest)
}

// isENCloser reports whether r closes a quote or bracket in English text.
func isENCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

// isENOpener reports whether r may open a quote or bracket in English text.
func isENOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

// endsSentence decides whether the marks s[markAt:after] end the sentence
// that began at begin. s[after] is whitespace or the end of the line.
func endsSentence(s string, begin, markAt, after int) bool {
	// The next word, past whitespace and opening quotes.
	j := after
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !articles.IsSpace(r) {
			break
		}
		j += size
	}
	if j < len(s) && s[j] == '\n' {
		// The end of the line: the next line, if it is in the paragraph,
		// goes on as after a space ("Mr." / "Ke", "(e.g." / "copper").
		j++
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] == '\n' || s[j] == '\r' {
			return true
		}
	}
	if j >= len(s) {
		return true // end of the text
	}
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isENOpener(r) {
			break
		}
		k += size
	}
	nr, _ := utf8.DecodeRuneInString(s[k:])
	if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !unicode.Is(unicode.Han, nr) {
		return false
	}
	if s[markAt] != '.' || strings.HasPrefix(s[markAt:], "...") {
		return true // ! ? and ellipses before a capital
	}
	// A single full stop: look at the word before it.
	w := markAt
	for w > begin {
		r, size := utf8.DecodeLastRuneInString(s[begin:w])
		if articles.IsSpace(r) || isENOpener(r) || r == '—' {
			break
		}
		w -= size
	}
	word := s[w:markAt]
	nextWord := s[k:]
	if e := strings.IndexFunc(nextWord, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }); e >= 0 {
		nextWord = nextWord[:e]
	}
	lower := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case w == begin && isHeadingNumber(word):
		return false // "I. The Drafting Process", "3. Our Tasks"
	case enNumberTitles[lower]:
		return !unicode.IsDigit(nr) // "No. 5", "fig. 3", but "He said no. Then"
	case lower == "vs" || lower == "v":
		return !startsUpper(previousWord(s, begin, w)) // "Roe v. Wade", but "the arrow points from a to v."
	case enTitles[lower] && startsUpper(word):
		return false
	case enMonthAbbrs[lower]:
		return !unicode.IsDigit(nr)
	case isInitial(word) && isInitial(nextWord) && strings.HasPrefix(s[k+len(nextWord):], "."):
		return false // "A. B. C. Lee", "I. M. Pei"
	case word == "I":
		return true // the pronoun: "as tall as I. My brother..."
	case isInitial(word) || isDotted(word) || enAmbiguous[lower]:
		return enStarters[nextWord]
	}
	return true
}

// previousWord returns the word before s[w:], within s[begin:].
func previousWord(s string, begin, w int) string {
	e := strings.TrimRightFunc(s[begin:w], articles.IsSpace)
	return e[strings.LastIndexFunc(e, articles.IsSpace)+1:]
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isHeadingNumber reports whether w, first word of a sentence before a
// full stop, numbers a heading: a Roman numeral (I, IV, XII), one to three
// digits, or a capital letter.
func isHeadingNumber(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	roman, digits := true, true
	for _, r := range w {
		roman = roman && strings.ContainsRune("IVXLC", r)
		digits = digits && r >= '0' && r <= '9'
	}
	return roman || digits && len(w) <= 3 || isInitial(w)
}

// isInitial reports whether w is a single capital letter (J. K. Rowling).
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isDotted reports whether w is a dotted abbreviation less its final dot:
// "U.S", "a.m", "e.g", "Ph.D".
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if part == "" || utf8.RuneCountInString(part) > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// enTitles are abbreviations always followed by more of the sentence when
// capitalised.
var enTitles = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr",
	"adm", "sgt", "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "messrs", "approx", "dept")

// enNumberTitles are abbreviations that come before a number, in either
// case (No. 5, fig. 3, vol. 2, pp. 45): before anything else the full stop
// is the sentence's ("The answer was no.").
var enNumberTitles = setOf("no", "nos", "fig", "figs", "vol", "vols", "pp", "p", "art", "arts", "sec",
	"ch", "chap", "eq", "eqs", "ref", "refs", "para", "paras", "tab")

// enMonthAbbrs are month abbreviations: before a number they never end a sentence.
var enMonthAbbrs = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// enAmbiguous are abbreviations that may end a sentence: they do only before
// a usual first word.
var enAmbiguous = setOf("inc", "co", "ltd", "corp", "plc", "bros", "jr", "sr", "etc", "est", "al",
	"ave", "blvd", "rd")

// enStarters are words that usually begin a sentence in news English.
var enStarters = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
	"That", "These", "Those", "There", "In", "On", "At", "By", "For", "From", "With", "As",
	"But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Its", "His", "Her", "Their",
	"Our", "After", "Before", "During", "While", "When", "If", "According", "Also", "Last",
	"Next", "Earlier", "Later", "Since", "Under", "Over", "About", "Some", "Many", "Most",
	"All", "Both", "Each", "Other", "Such", "What", "Why", "How", "Who", "Where", "Now",
	"Then", "Still", "Despite", "Although", "Though", "Officials", "Analysts")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
