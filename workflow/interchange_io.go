package workflow

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/interchange"
)

// InterchangeDoc builds the bilingual document of the named articles for a
// CAT tool: every segment with its state, English, comments, the glossary
// terms in its Chinese, and the hashes import needs to never overwrite work
// done in bitext since.
func (w *Workspace) InterchangeDoc(slugs []string, now time.Time) (*interchange.Doc, error) {
	g, err := w.LoadGlossary()
	if err != nil {
		return nil, err
	}
	doc := &interchange.Doc{SourceLang: w.Settings.SourceLang, TargetLang: w.Settings.TargetLang, Created: stamp(now)}
	for _, slug := range slugs {
		a, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		f := &interchange.File{Article: slug, Path: w.Rel(a.Path)}
		for _, s := range a.File.Segments {
			f.Units = append(f.Units, exchangeUnit(s, g))
		}
		doc.Files = append(doc.Files, f)
	}
	return doc, nil
}

func exchangeUnit(s *articles.Segment, g *glossary.Glossary) *interchange.Unit {
	u := &interchange.Unit{
		ID: s.ID, Para: s.Para, ZH: s.ZH, EN: s.EN, State: s.State,
		ZHSHA256: articles.TextSHA256(s.ZH), ENSHA256: articles.TextSHA256(s.EN),
		Locked: s.State == articles.Approved && s.ApprovalValid(),
	}
	if s.State == articles.Stale {
		u.PreviousZH = s.PreviousZH
	}
	for _, c := range s.Comments {
		u.Notes = append(u.Notes, interchange.Note{By: c.By, Text: c.Text})
	}
	seen := map[*glossary.Term]bool{}
	for _, m := range g.MatchZH(s.ZH) {
		for _, t := range m.Terms {
			if seen[t] {
				continue
			}
			seen[t] = true
			en := t.EN
			if t.Abbr != "" {
				en += " (" + t.Abbr + ")"
			}
			u.Terms = append(u.Terms, interchange.Term{ZH: m.Form, EN: en, Note: t.Note})
		}
	}
	return u
}

// ReadInterchange reads an XLIFF (2.x or 1.2) or PO file, told apart by its
// content: XML is XLIFF, anything else is PO.
func ReadInterchange(name string, data []byte) (*interchange.Doc, error) {
	if bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n"), []byte("<")) {
		return interchange.ReadXLIFF(name, data)
	}
	return interchange.ReadPO(name, data)
}

// ImportOptions are one `bitext import`.
type ImportOptions struct {
	File   string // for messages and positions
	As     string
	DryRun bool
	Now    time.Time
	// ConflictNote renders the comment that keeps an English import did not
	// apply (the command line supplies it in the user's language).
	ConflictNote func(c ImportConflict) string
}

// ImportResult tells what an import did (or, dry, would do).
type ImportResult struct {
	Updated   []ImportedSegment
	Unchanged int // units whose English bitext already had
	Empty     int // units with no English
	Conflicts []ImportConflict
	Findings  []Finding
}

// ImportedSegment is one English written by import.
type ImportedSegment struct {
	Article, Segment string
	From, To         string // the English before and after
	State            articles.State
}

// Why an imported English was not applied.
const (
	ConflictZHChanged = "zh-changed" // the Chinese changed since export
	ConflictENChanged = "en-changed" // the English changed in bitext since export
	ConflictClaimed   = "claimed"    // someone else holds the segment
	// ConflictJoined: the unit's segment is gone, its Chinese now part of
	// another segment (a join or realign since the export); the English
	// is kept in a comment on that segment.
	ConflictJoined = "joined"
)

// ImportConflict is an English import did not write over the segment: it
// is kept in a comment on the segment instead, so nothing is lost.
type ImportConflict struct {
	Article, Segment string
	Reason           string
	EN               string // the English from the file
	By               string // for claimed: who holds it
	Into             string // for joined: the segment that now holds its Chinese
}

// joinedInto is the segment whose Chinese now holds zh, a unit's Chinese
// at export, when its own segment was joined into it (join, realign)
// since; nil when there is none.
func joinedInto(f *articles.File, zh string) *articles.Segment {
	if strings.TrimSpace(zh) == "" {
		return nil
	}
	for _, s := range f.Segments {
		if s.Joined() && strings.Contains(s.ZH, zh) {
			return s
		}
	}
	return nil
}

// Import writes the English of an XLIFF or PO file back into the
// segments, through translate's rules: a live claim of someone else is
// respected, an approval is voided by a changed English (import never
// approves), the text is cleaned like typed English, and the per-segment
// checks run on what changed. A segment whose Chinese (or English) changed
// in bitext since the export is not overwritten: the file's English goes
// into a comment and the conflict is reported. The whole file is checked
// before anything is written: an unknown article or segment, a unit given
// twice or a bad text is an error naming the file's line and column.
func (w *Workspace) Import(doc *interchange.Doc, opts ImportOptions) (*ImportResult, error) {
	now := stamp(opts.Now)
	type job struct {
		slug  string
		units []*interchange.Unit
		texts map[*interchange.Unit]string
		into  map[*interchange.Unit]string // units whose segment was joined into another since the export
	}
	var jobs []*job
	bySlug := map[string]*job{}
	for _, f := range doc.Files {
		for _, u := range f.Units {
			if CheckSlug(f.Article) != nil {
				return nil, &diag.Error{Kind: diag.Invalid, Code: diag.CodeNoArticle, File: opts.File, Line: u.Line, Col: u.Col, Args: diag.A{"article": f.Article}}
			}
			j := bySlug[f.Article]
			if j == nil {
				j = &job{slug: f.Article, texts: map[*interchange.Unit]string{}, into: map[*interchange.Unit]string{}}
				bySlug[f.Article] = j
				jobs = append(jobs, j)
			}
			j.units = append(j.units, u)
		}
	}
	// Check everything before writing anything.
	for _, j := range jobs {
		a, err := w.Load(j.slug)
		if err != nil {
			var de *diag.Error
			if errors.As(err, &de) && de.Code == diag.CodeNoArticle {
				u := j.units[0]
				return nil, &diag.Error{Kind: diag.Invalid, Code: diag.CodeNoArticle, File: opts.File, Line: u.Line, Col: u.Col, Args: diag.A{"article": j.slug}}
			}
			return nil, err
		}
		seen := map[string]bool{}
		for _, u := range j.units {
			if a.File.Segment(u.ID) == nil {
				host := joinedInto(a.File, u.ZH)
				if host == nil {
					return nil, &diag.Error{Kind: diag.Invalid, Code: diag.CodeNoSegment, File: opts.File, Line: u.Line, Col: u.Col, Args: diag.A{"article": j.slug, "segment": u.ID}}
				}
				j.into[u] = host.ID
			}
			if seen[u.ID] {
				return nil, diag.At(opts.File, u.Line, u.Col, interchange.CodeDupUnit, diag.A{"article": j.slug, "segment": u.ID})
			}
			seen[u.ID] = true
			if strings.TrimSpace(u.EN) == "" {
				continue
			}
			text, err := CleanText(u.EN)
			if err != nil {
				var de *diag.Error
				if errors.As(err, &de) {
					de.Kind, de.File, de.Line, de.Col = diag.Invalid, opts.File, u.Line, u.Col
				}
				return nil, err
			}
			j.texts[u] = text
		}
	}
	res := &ImportResult{}
	for _, j := range jobs {
		apply := func(a *Article) error {
			var changed []string
			for _, u := range j.units {
				text, ok := j.texts[u]
				if !ok {
					res.Empty++
					continue
				}
				if into, ok := j.into[u]; ok {
					if u.ENSHA256 != "" && u.ENSHA256 == articles.TextSHA256(text) {
						res.Unchanged++ // not edited in the CAT tool
						continue
					}
					c := ImportConflict{Article: j.slug, Segment: u.ID, Reason: ConflictJoined, EN: text, Into: into}
					res.Conflicts = append(res.Conflicts, c)
					note := text
					if opts.ConflictNote != nil {
						note = opts.ConflictNote(c)
					}
					host := a.File.Segment(into)
					host.Comments = append(host.Comments, articles.Comment{By: opts.As, At: now, Text: note})
					continue
				}
				s := a.File.Segment(u.ID)
				conflict := ""
				switch {
				case text == s.EN && !(s.State == articles.Draft && u.State == articles.Translated):
					res.Unchanged++
					continue
				case u.ENSHA256 != "" && u.ENSHA256 == articles.TextSHA256(text):
					// Not edited in the CAT tool: whatever bitext has now stands.
					res.Unchanged++
					continue
				case u.ZHSHA256 != "" && u.ZHSHA256 != articles.TextSHA256(s.ZH),
					u.ZHSHA256 == "" && u.ZH != s.ZH:
					conflict = ConflictZHChanged
				case u.ENSHA256 != "" && u.ENSHA256 != articles.TextSHA256(s.EN) && text != s.EN:
					conflict = ConflictENChanged
				case w.heldByOther(s, opts.As, now):
					conflict = ConflictClaimed
				}
				if conflict != "" {
					c := ImportConflict{Article: j.slug, Segment: s.ID, Reason: conflict, EN: text}
					if conflict == ConflictClaimed {
						c.By = s.Claim.By
					}
					res.Conflicts = append(res.Conflicts, c)
					note := text
					if opts.ConflictNote != nil {
						note = opts.ConflictNote(c)
					}
					s.Comments = append(s.Comments, articles.Comment{By: opts.As, At: now, Text: note})
					continue
				}
				from := s.EN
				s.SetEN(text)
				s.Translator = opts.As
				s.State = u.State
				s.Approval = nil
				if s.State == articles.Translated && s.Claim != nil && (s.Claim.By == opts.As || w.ClaimExpired(s.Claim, now)) {
					s.Claim = nil
				}
				changed = append(changed, s.ID)
				res.Updated = append(res.Updated, ImportedSegment{Article: j.slug, Segment: s.ID, From: from, To: text, State: s.State})
			}
			if len(changed) > 0 {
				found, err := w.SegmentFindings(a, changed)
				if err != nil {
					return err
				}
				res.Findings = append(res.Findings, found...)
			}
			return nil
		}
		var err error
		if opts.DryRun {
			var a *Article
			if a, err = w.Load(j.slug); err == nil {
				err = apply(a)
			}
		} else {
			err = w.Update(j.slug, apply)
		}
		if err != nil {
			return nil, err
		}
	}
	return res, nil
}
