package workflow

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/glossary"
	"github.com/bitext-desk/bitext/workflow/align"
)

// Error codes of `add --en`.
const (
	// CodeNotEnglish: the English file is mostly Chinese (the two files
	// swapped?).
	CodeNotEnglish = "err.align.not-english"
	// CodeNotTranslation: the English file is clearly not a translation of
	// the Chinese: no anchor in common and a length ratio far out of range
	// (refused, exit 1).
	CodeNotTranslation = "err.align.not-translation"
)

func init() { diag.Register(CodeNotEnglish, CodeNotTranslation) }

// AlignAuthor is the name alignment comments are written by.
const AlignAuthor = "bitext"

// Length ratios (English letters per Chinese character) outside which an
// English text with no anchor in common with the Chinese is not taken for
// its translation. Real translations run from about 2.8 to 4.1.
const (
	notTranslationLow  = 1.5
	notTranslationHigh = 7.0
)

// ReadEnglish reads an English translation and checks it is usable: valid
// UTF-8 (else file:line:col), not empty, and not mostly Chinese. It returns
// the normalised text and its sentences.
func ReadEnglish(path string) (string, []articles.Sentence, error) {
	raw, err := safeio.ReadRegular(path, 0) // a regular file, at most 64 MB
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil, &diag.Error{Kind: diag.Usage, Code: diag.CodeIO, File: path, Err: err, Args: diag.A{"cause": "no such file"}}
		}
		return "", nil, err
	}
	norm, err := articles.NormalizeSource(path, raw)
	if err != nil {
		return "", nil, err
	}
	if strings.TrimSpace(norm) == "" {
		return "", nil, diag.At(path, 1, 1, diag.CodeEmpty, nil)
	}
	han, latin := 0, 0
	for _, r := range norm {
		switch {
		case r < utf8.RuneSelf: // ASCII: a letter is Latin, nothing is Han
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if han > latin {
		return "", nil, diag.At(path, 1, 1, CodeNotEnglish, nil)
	}
	return norm, align.SplitEnglish(norm), nil
}

// CheckTranslation refuses an alignment whose English is clearly not a
// translation of the Chinese: no number, glossary term or Latin token in
// common (lexicon words do not count: any news text has some), and a length
// ratio far out of range.
func CheckTranslation(enPath string, al *align.Alignment) error {
	if al.Strong == 0 && (al.RawRatio < notTranslationLow || al.RawRatio > notTranslationHigh) {
		return &diag.Error{Kind: diag.Refused, Code: CodeNotTranslation, File: enPath,
			Args: diag.A{"ratio": fmt.Sprintf("%.1f", al.RawRatio), "low": notTranslationLow, "high": notTranslationHigh}}
	}
	return nil
}

// AlignedSegments applies pairs to a fresh segment file (one segment per
// source sentence, in order): each segment gets the English of its pair
// (sentences joined by a space), state translated. Several Chinese
// sentences rendered together (2-1, 2-3, ...) become one joined segment
// (`sentences: N`, the Chinese concatenated, the first segment's id) when
// they stand in one paragraph; a pair that crosses a paragraph break is
// joined per paragraph, the English going to the first part, and the other
// parts stay new with a comment saying where the translator put them. A
// segment with no English stays new with a comment; so does a
// low-confidence pair get one. Comments are stored data: short, in English,
// by AlignAuthor.
func AlignedSegments(f *articles.File, pairs []align.Pair, en []articles.Sentence, now time.Time) {
	at := now.UTC().Truncate(time.Second)
	note := func(s *articles.Segment, format string, args ...any) {
		s.Comments = append(s.Comments, articles.Comment{By: AlignAuthor, At: at, Text: fmt.Sprintf(format, args...)})
	}
	segs := f.Segments
	out := make([]*articles.Segment, 0, len(segs))
	for _, p := range pairs {
		// The pair's segments, joined per paragraph.
		var parts []*articles.Segment
		for k := p.ZH.Lo; k < p.ZH.Hi; k++ {
			s := segs[k]
			if n := len(parts); n > 0 && parts[n-1].Para == s.Para {
				last := parts[n-1]
				last.ZH += s.ZH
				last.Sentences = last.SentenceCount() + 1
				continue
			}
			parts = append(parts, s)
		}
		out = append(out, parts...)
		first := parts[0]
		all := p.All()
		if all.Len() == 0 {
			note(first, noEnglishNote)
			continue
		}
		first.EN = align.JoinEnglish(en, all)
		first.State = articles.Translated
		for _, s := range parts[1:] {
			s.EN, s.State = "", articles.New
			note(s, "%s", mergedNote(first.ID))
		}
		if p.Extra.Len() > 0 {
			note(first, alignNotePrefix+"includes English with no Chinese counterpart: %s", shorten(align.JoinEnglish(en, p.Extra), 60))
		}
		if p.Confidence < align.LowConfidence {
			note(first, alignNotePrefix+"low confidence (%.2f), check this pairing", p.Confidence)
		}
	}
	f.Segments = out
}

// alignNotePrefix starts add --en's notes on the pairing it proposed (join
// and move drop them: a person re-paired the segment).
const alignNotePrefix = "aligned: "

// mergedNote is the comment on a segment whose Chinese a pair joins to
// segment id across a paragraph break (add --en, realign).
func mergedNote(id string) string {
	return alignNotePrefix + "merged into segment " + id + " by the translator"
}

// noEnglishNote is add --en's comment on a segment no English sentence
// renders.
const noEnglishNote = alignNotePrefix + "no English sentence renders this segment"

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// AddEnglishResult is what aligning an English file into a new article
// found.
type AddEnglishResult struct {
	Alignment *align.Alignment
	Pairs     []align.Pair
	ZH        []articles.Sentence
	EN        []articles.Sentence
}

// AlignFiles reads a Chinese source and its English translation and aligns
// them, writing nothing, the source segmented by the contract's rules.
func AlignFiles(zhPath, enPath string, g *glossary.Glossary) (*AddEnglishResult, error) {
	return alignFiles(zhPath, enPath, g, articles.Segmentation{})
}

// AlignFiles is AlignFiles with the source segmented as the workspace
// segments it: what `add --en --dry-run` shows.
func (w *Workspace) AlignFiles(zhPath, enPath string, g *glossary.Glossary) (*AddEnglishResult, error) {
	return alignFiles(zhPath, enPath, g, w.Settings.Segmentation())
}

func alignFiles(zhPath, enPath string, g *glossary.Glossary, seg articles.Segmentation) (*AddEnglishResult, error) {
	go align.LoadLexicon() // indexed while the files are read
	_, norm, err := ReadChineseSource(zhPath)
	if err != nil {
		return nil, err
	}
	return alignText(seg.Split(norm), enPath, g)
}

func alignText(zh []articles.Sentence, enPath string, g *glossary.Glossary) (*AddEnglishResult, error) {
	_, en, err := ReadEnglish(enPath)
	if err != nil {
		return nil, err
	}
	al := align.AlignLines(zh, en, g)
	if err := CheckTranslation(enPath, al); err != nil {
		return nil, err
	}
	return &AddEnglishResult{Alignment: al, Pairs: al.Pairs(en), ZH: zh, EN: en}, nil
}

// AddEnglish adds a Chinese source like Add and aligns an existing English
// translation into its segments (state translated, never approved). Nothing
// is written when the English is unusable.
func (w *Workspace) AddEnglish(path, slug, enPath string, g *glossary.Glossary, now time.Time) (*AddResult, *AddEnglishResult, error) {
	var out *AddEnglishResult
	go align.LoadLexicon() // indexed while the files are read
	res, err := w.Add(path, slug, func(f *articles.File, sentences []articles.Sentence) error {
		r, err := alignText(sentences, enPath, g)
		if err != nil {
			return err
		}
		AlignedSegments(f, r.Pairs, r.EN, now)
		out = r
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return res, out, nil
}
