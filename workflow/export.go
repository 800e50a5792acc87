package workflow

import (
	"strings"

	"github.com/bitext-desk/bitext/articles"
)

// ExportFormat is md (headline as `# ...`) or txt (plain).
type ExportFormat string

// The export formats.
const (
	ExportMD  ExportFormat = "md"
	ExportTXT ExportFormat = "txt"
)

// Placeholders render segments that have no usable English; the command line
// supplies them in the user's language.
type Placeholders struct {
	Untranslated func(s *articles.Segment) string
	Stale        func(s *articles.Segment) string
}

// ExportResult is the English article and what it had to mark.
type ExportResult struct {
	Text         string
	Untranslated int // segments with no English, shown as a placeholder
	Stale        int // stale segments, shown marked
	// Drafts counts the segments exported with English nobody confirmed
	// (state draft: what move, join, split and realign leave, or a
	// translator's unfinished work). Their English is in the text as it
	// stands, unmarked.
	Drafts int
}

// Export rebuilds the English article: the headline, then paragraphs with
// their sentences joined by spaces, separated by blank lines. A segment with
// no English is never dropped: it is shown as a placeholder, unless a
// person accepted workflow.untranslated on it (its Chinese is rendered
// elsewhere, as add --en leaves a sentence whose English went with the
// previous paragraph's) and the acceptance still holds.
func Export(f *articles.File, format ExportFormat, ph Placeholders) ExportResult {
	var res ExportResult
	var b strings.Builder
	para := -1
	first := true
	for _, s := range f.Segments {
		if acceptedUntranslated(s) {
			continue
		}
		text := s.EN
		switch {
		case strings.TrimSpace(s.EN) == "":
			text = ph.Untranslated(s)
			res.Untranslated++
		case s.State == articles.Stale:
			text = ph.Stale(s)
			res.Stale++
		case s.State == articles.Draft:
			res.Drafts++
		}
		if s.Para != para {
			if !first {
				b.WriteString("\n\n")
			}
			if s.Para == 0 && format == ExportMD {
				b.WriteString("# ")
			}
			para = s.Para
		} else {
			b.WriteString(" ")
		}
		first = false
		b.WriteString(text)
	}
	if !first {
		b.WriteString("\n")
	}
	res.Text = b.String()
	return res
}

// acceptedUntranslated reports whether s has no English and a person
// accepted that (workflow.untranslated), for the text it has now.
func acceptedUntranslated(s *articles.Segment) bool {
	if strings.TrimSpace(s.EN) != "" {
		return false
	}
	for _, ac := range s.Accepted {
		if ac.Valid(s) && Accepts(ac, Finding{Rule: RuleUntranslated}) {
			return true
		}
	}
	return false
}
