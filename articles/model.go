// Package articles holds a Chinese source article, its segmentation, and the
// segment file (<slug>.yaml) that aligns it with English: the model and its
// YAML codec.
package articles

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// FormatVersion is the segment-file format this code reads and writes.
const FormatVersion = 1

// State is a segment's place in the workflow.
type State string

// The workflow states, in the order a segment usually passes through them.
const (
	New        State = "new"
	Draft      State = "draft"
	Translated State = "translated"
	Approved   State = "approved"
	Stale      State = "stale"
)

// States lists every valid state.
var States = []State{New, Draft, Translated, Approved, Stale}

// Valid reports whether s is one of States.
func (s State) Valid() bool {
	for _, v := range States {
		if s == v {
			return true
		}
	}
	return false
}

// File is one segment file: an article's aligned segments.
type File struct {
	Version      int
	Article      string
	Source       string // relative to the segment file's directory
	SourceSHA256 string
	Segments     []*Segment
	Archived     []*Archived

	SourceAt Pos // where the source: value stood in the file read
}

// Pos is a 1-based line and character column in a file; zero when unknown
// (for example, for a segment made in memory).
type Pos struct{ Line, Col int }

// Segment is one aligned unit.
type Segment struct {
	ID   string
	Para int
	// Sentences is, for a joined segment, how many consecutive source
	// sentences of its paragraph it spans (its ZH is their concatenation);
	// 0 or 1 for a segment of one sentence. Written as `sentences` only
	// when 2 or more.
	Sentences  int
	ZH         string
	EN         string
	State      State
	Translator string
	// Origin says where an English the segment did not get from a
	// translator came from: the translation-memory entry that filled it
	// ("ARTICLE/SEG" of an approved segment, or "tmx:FILE"). Written as the
	// optional key origin, only while that English stands: SetEN clears it.
	Origin     string
	Claim      *Claim
	Approval   *Approval
	PreviousZH string
	// PreviousEN is the last approved English while a new English awaits
	// review (set by translate, cleared on approval), so a reviewer sees the
	// change by word without needing git history. Written as previous_en.
	PreviousEN string
	// StaleFrom is, only while stale, the state the segment had before its
	// source changed: `bitext sync` restores it when the source returns to
	// PreviousZH. Written as the optional key stale_from.
	StaleFrom State
	// Conflict is, only after a merge in which two branches translated the
	// segment differently, the English of the other branch: `bitext check`
	// reports it (merge.conflict) and `translate` or `resolve` ends it.
	// Written as the optional key conflict.
	Conflict *Conflict
	// Accepted are the findings a person accepted on this segment: each
	// holds only while the segment's zh and en are the ones it was given
	// for. Written as the optional key accepted.
	Accepted []Acceptance
	Comments []Comment

	// Where the segment and its values stood in the file it was read from.
	At, ZHAt, ENAt, ConflictAt Pos
	ApprovalAt                 Pos // of the approval mapping
}

// Conflict is the other branch's English of a segment both branches
// translated differently; the segment keeps its own English in place.
type Conflict struct {
	EN string // the other branch's English
	// ZH is the Chinese that English was written for, only when it is not
	// the segment's zh (the other branch translated an older source).
	ZH string
	By string    // its translator, if known
	At time.Time // when the merge recorded the conflict
}

// Acceptance records that a person accepted a finding of a rule on a
// segment: a legitimate deviation (a paraphrase, a house exception). Like
// an approval it is void as soon as the segment's zh or en changes.
type Acceptance struct {
	Rule   string // the rule id: glossary.missing, qa.numbers...
	Term   string // the glossary term id, for glossary rules
	Number string // the number's value as check shows it ("12000", "12-09"), for qa.numbers
	By     string
	At     time.Time
	Why    string
	// The hashes of the text the finding was accepted for.
	ZHSHA256, ENSHA256 string
}

// Valid reports whether the acceptance still holds for s: its text is the
// one accepted.
func (a Acceptance) Valid(s *Segment) bool {
	return a.ZHSHA256 == TextSHA256(s.ZH) && a.ENSHA256 == TextSHA256(s.EN)
}

// Claim marks a segment as checked out by a translator.
type Claim struct {
	By string
	At time.Time
}

// Approval records who approved which text. It is valid only while both
// hashes match the segment's current zh and en.
type Approval struct {
	By       string
	At       time.Time
	ZHSHA256 string
	ENSHA256 string
	Forced   bool // approved with --force over error findings
	// Signature is the reviewer's SSH signature over the approval record
	// (workflow/signing), the base64 SSHSIG blob; "" when unsigned.
	Signature string
}

// Comment is a reviewer's or translator's note on a segment.
type Comment struct {
	By   string
	At   time.Time
	Text string
}

// Archived is a segment the source no longer has, kept so no English is lost.
type Archived struct {
	ID   string
	Para int
	// Sentences is, for a joined segment, how many consecutive source
	// sentences of its paragraph it spans (its ZH is their concatenation);
	// 0 or 1 for a segment of one sentence. Written as `sentences` only
	// when 2 or more.
	Sentences  int
	ZH         string
	EN         string
	State      State
	Translator string
	RemovedAt  time.Time
}

// Joined reports whether the segment spans more than one source sentence.
func (s *Segment) Joined() bool { return s.Sentences > 1 }

// SentenceCount is how many source sentences the segment spans (at least 1).
func (s *Segment) SentenceCount() int { return max(s.Sentences, 1) }

// TextSHA256 is the lowercase hex sha256 of a segment's text, as recorded in
// approvals.
func TextSHA256(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// staleFrom is StaleFrom as written: only while the segment is stale, so a
// command that moves a segment on (translate, say) need not clear it.
func (s *Segment) staleFrom() State {
	if s.State != Stale {
		return ""
	}
	return s.StaleFrom
}

// ApprovalValid reports whether the segment's approval still matches its text.
func (s *Segment) ApprovalValid() bool {
	return s.Approval != nil && s.Approval.ZHSHA256 == TextSHA256(s.ZH) && s.Approval.ENSHA256 == TextSHA256(s.EN)
}

// Approve records an approval of the segment's current text. What awaited
// review (previous_zh, previous_en) has been reviewed: it is cleared.
func (s *Segment) Approve(by string, at time.Time, forced bool) {
	s.Approval = &Approval{By: by, At: at.UTC().Truncate(time.Second), ZHSHA256: TextSHA256(s.ZH), ENSHA256: TextSHA256(s.EN), Forced: forced}
	s.State = Approved
	s.PreviousZH, s.PreviousEN = "", ""
}

// SetEN replaces the English. The first time an approved English is
// replaced, it is kept as PreviousEN until the next approval.
func (s *Segment) SetEN(en string) {
	if en == s.EN {
		return
	}
	s.Origin = ""
	if s.PreviousEN == "" && s.Approval != nil && s.Approval.ENSHA256 == TextSHA256(s.EN) {
		s.PreviousEN = s.EN
	}
	s.EN = en
}

// Segment returns the segment with the given id, or nil.
func (f *File) Segment(id string) *Segment {
	for _, s := range f.Segments {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// IDs returns the set of ids used in the file, archive included, so that a
// new id is never a reused one.
func (f *File) IDs() map[string]bool {
	ids := make(map[string]bool, len(f.Segments)+len(f.Archived))
	for _, s := range f.Segments {
		ids[s.ID] = true
	}
	for _, a := range f.Archived {
		ids[a.ID] = true
	}
	return ids
}

// idAlphabet leaves out characters that are easy to misread (0/o, 1/l/i).
const idAlphabet = "23456789abcdefghjkmnpqrstuvwxyz"

// IDLen is the length of a segment id.
const IDLen = 6

// NewID returns a random segment id that is not in used, and adds it there.
// It is never one that YAML reads as a number (482935, 2898e3): the file
// would hold it quoted, and a translator who copies it from there (or a
// script that reads it with awk) would pass the quotes along.
func NewID(used map[string]bool) string {
	buf := make([]byte, IDLen)
	for {
		if _, err := rand.Read(buf); err != nil {
			panic(err) // crypto/rand never fails on supported platforms
		}
		for i, b := range buf {
			buf[i] = idAlphabet[int(b)%len(idAlphabet)]
		}
		id := string(buf)
		if _, err := strconv.ParseFloat(id, 64); err == nil {
			continue // 2898e3 or 482935: YAML would read a number, and quote it
		}
		if !used[id] {
			used[id] = true
			return id
		}
	}
}

// NewFile builds the segment file for a freshly added source: one `new`
// segment per sentence.
func NewFile(slug, source, normalized string, sentences []Sentence) *File {
	f := &File{Version: FormatVersion, Article: slug, Source: source, SourceSHA256: SourceSHA256(normalized)}
	used := map[string]bool{}
	for _, s := range sentences {
		f.Segments = append(f.Segments, &Segment{ID: NewID(used), Para: s.Para, ZH: s.Text, State: New})
	}
	return f
}
