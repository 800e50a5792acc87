package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/urfave/cli/v2"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/align"
)

var (
	msgAddUsage = &i18n.Message{ID: "cmd.add.usage", Other: "copy a Chinese source into the workspace and segment it"}
	msgAddSlug  = &i18n.Message{ID: "cmd.add.flag.slug", Other: "the article's `SLUG` (default: the file name less .zh.md)"}
	msgAddDone  = &i18n.Message{ID: "cmd.add.done", One: "added {{.Article}}: {{.Count}} segment in {{.File}}", Other: "added {{.Article}}: {{.Count}} segments in {{.File}}"}

	msgAddEN      = &i18n.Message{ID: "cmd.add.flag.en", Other: "align the existing English translation in `EN_FILE` into the segments (state translated)"}
	msgAddDryRun  = &i18n.Message{ID: "cmd.add.flag.dry-run", Other: "with --en: print the proposed pairs and their confidence, write nothing"}
	msgAddAligned = &i18n.Message{ID: "cmd.add.aligned", Other: "aligned {{.Sentences}} English sentences: {{.Translated}} segments translated, {{.New}} left new ({{.Ratio}} letters per character, {{.Mode}})"}
	msgAddByPara  = &i18n.Message{ID: "cmd.add.mode.paragraphs", Other: "paragraph by paragraph"}
	msgAddWhole   = &i18n.Message{ID: "cmd.add.mode.whole", Other: "across the whole text: the paragraphs do not correspond"}
	msgAddLowHead = &i18n.Message{ID: "cmd.add.low.head", One: "{{.Count}} pair has low confidence; check it first:", Other: "{{.Count}} pairs have low confidence; check them first:"}
	msgAddLowFix  = &i18n.Message{ID: "hint.add.low.fix", Other: "a wrong pair is fixed without retyping: 'bitext show {{.Article}} SEG...' shows it; 'bitext move {{.Article}} FROM_SEG TO_SEG' gives English to the neighbouring segment, 'bitext join {{.Article}} SEG SEG...' makes one segment of Chinese sentences one English renders, 'bitext realign {{.Article}} SEG SEG...' runs the aligner again on a span"}
	msgAddLeftNew = &i18n.Message{ID: "hint.add.left-new",
		One:   "{{.Count}} segment has no English ('bitext check {{.Article}}' lists it): if a neighbour's English renders it, join it to that segment ('bitext join {{.Article}} SEG SEG...'), or across a paragraph break accept it ('bitext accept {{.Article}} SEG --rule workflow.untranslated -m WHY'); else translate it",
		Other: "{{.Count}} segments have no English ('bitext check {{.Article}}' lists them): where a neighbour's English renders one, join it to that segment ('bitext join {{.Article}} SEG SEG...'), or across a paragraph break accept it ('bitext accept {{.Article}} SEG --rule workflow.untranslated -m WHY'); else translate it"}
	msgAddLowNone   = &i18n.Message{ID: "cmd.add.low.none", Other: "every pair has good confidence; review the segments before approving them"}
	msgAddDryDone   = &i18n.Message{ID: "cmd.add.dry-run.done", Other: "dry run: {{.Pairs}} pairs from {{.Segments}} segments and {{.Sentences}} English sentences, {{.Low}} with low confidence; nothing written"}
	msgAddDryExists = &i18n.Message{ID: "cmd.add.dry-run.exists", Other: "article {{.Article}} already exists: add without --dry-run would refuse; choose another slug with --slug"}
	msgAddNone      = &i18n.Message{ID: "cmd.add.none", Other: "(none)"}
	msgAddAttached  = &i18n.Message{ID: "cmd.add.attached", Other: "en {{.Range}} attached: no Chinese counterpart"}
	msgAddFilled    = &i18n.Message{ID: "cmd.add.tm-filled", One: "{{.Count}} segment filled from the translation memory (an exact match of approved Chinese): translated, origin recorded, awaiting review", Other: "{{.Count}} segments filled from the translation memory (exact matches of approved Chinese): translated, origin recorded, awaiting review"}
	msgAddDryNoEN   = &i18n.Message{ID: codeDryRunNoEN, Other: "--dry-run needs --en EN_FILE"}
	msgAddNotEN     = &i18n.Message{ID: "err.align.not-english", Other: "the English file is mostly Chinese: are the two files swapped?"}
	msgAddNotTrans  = &i18n.Message{ID: "err.align.not-translation", Other: "this does not look like a translation of the Chinese: no number, name or term in common, and {{.ratio}} English letters per Chinese character (a translation has {{.low}} to {{.high}})"}
)

// GC settings of add --en of at most alignFewBytes of Chinese and English
// together (unless GOGC is set): no collection below a soft cap of
// alignMemoryLimit. Aligning a pair of about 1,000 sentences (170 KB)
// allocates some 30 MB and ends: without the collector it spares about a
// tenth of its CPU, and its peak memory stays under 60 MB (README § Speed
// and size) up to about 1,150 sentences. A longer pair keeps the usual
// collector.
const (
	alignFewBytes    = 192 << 10
	alignMemoryLimit = 128 << 20
)

// alignGC sets the GC for add --en of these files (see alignFewBytes); the
// func it returns puts it back.
func (a *app) alignGC(paths ...string) func() {
	var n int64
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return func() {} // add reports it
		}
		n += st.Size()
	}
	if n > alignFewBytes {
		return func() {}
	}
	return a.bulkGC(-1, alignMemoryLimit)
}

// codeDryRunNoEN: --dry-run without --en.
const codeDryRunNoEN = "err.usage.dry-run-needs-en"

func init() {
	diag.Register(codeDryRunNoEN)
	registerErrorMessages(msgAddDryNoEN, msgAddNotEN, msgAddNotTrans)
}

type addOptions struct {
	file, slug, en, format string
	dryRun                 bool
}

func (a *app) newAddCommand() *cli.Command {
	return &cli.Command{
		Name:      "add",
		Usage:     a.t(msgAddUsage),
		ArgsUsage: "FILE",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "slug", Usage: a.t(msgAddSlug)},
			&cli.StringFlag{Name: "en", Usage: a.t(msgAddEN)},
			&cli.BoolFlag{Name: "dry-run", Usage: a.t(msgAddDryRun)},
			a.formatFlag("text", "json"),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return a.argsError("add", c.NArg())
			}
			return a.runAdd(c, addOptions{file: c.Args().First(), slug: c.String("slug"),
				en: c.String("en"), dryRun: c.Bool("dry-run"), format: c.String("format")})
		},
	}
}

func (a *app) runAdd(c *cli.Context, opts addOptions) error {
	if err := checkFormat(opts.format, "text", "json"); err != nil {
		return err
	}
	if opts.dryRun && opts.en == "" {
		return &diag.Error{Kind: diag.Usage, Code: codeDryRunNoEN, Args: diag.A{"command": "add"}}
	}
	ws, err := a.workspace(c)
	if err != nil {
		return err
	}
	if opts.en == "" {
		filled := 0
		res, err := ws.Add(a.absPath(opts.file), opts.slug, func(f *articles.File, _ []articles.Sentence) error {
			ix, err := ws.Memory()
			if err != nil {
				return err
			}
			filled = workflow.FillFromMemory(ix, f)
			return nil
		})
		if err != nil {
			return err
		}
		a.say(msgAddDone, "Article", res.Article.Slug, "Count", len(res.Article.File.Segments), "File", ws.Rel(res.Article.Path))
		if filled > 0 {
			a.say(msgAddFilled, "Count", filled)
		}
		return nil
	}
	defer a.alignGC(a.absPath(opts.file), a.absPath(opts.en))()
	g, err := ws.LoadGlossary()
	if err != nil {
		return err
	}
	if opts.dryRun {
		r, err := ws.AlignFiles(a.absPath(opts.file), a.absPath(opts.en), g)
		if err != nil {
			return err
		}
		rows := alignRows(r, nil)
		// The article the pairs would be written to, as add would name it.
		slug := opts.slug
		if slug == "" {
			slug = workflow.SlugFromPath(opts.file)
		}
		if err := workflow.CheckSlug(slug); err != nil {
			return err
		}
		if ws.HasArticle(slug) {
			a.warn(msgAddDryExists, "Article", slug)
		}
		if opts.format == "json" {
			return writeJSON(a.Stdout, alignJSON(r, rows, slug))
		}
		a.writeAlignText(a.Stdout, rows)
		a.say(msgAddDryDone, "Pairs", len(rows), "Segments", len(r.ZH), "Sentences", len(r.EN), "Low", countLow(rows))
		return nil
	}
	res, r, err := ws.AddEnglish(a.absPath(opts.file), opts.slug, a.absPath(opts.en), g, a.Now())
	if de := (*diag.Error)(nil); errors.As(err, &de) && de.Code == diag.CodeSlugExists {
		de.Args["en"] = true // the hint says how English gets into it
	}
	if err != nil {
		return err
	}
	f := res.Article.File
	// The segment of each source sentence (a joined segment spans several).
	ids := make([]string, 0, len(r.ZH))
	translated := 0
	for _, s := range f.Segments {
		for range s.SentenceCount() {
			ids = append(ids, s.ID)
		}
		if s.EN != "" {
			translated++
		}
	}
	rows := alignRows(r, ids)
	if opts.format == "json" {
		if err := writeJSON(a.Stdout, alignJSON(r, rows, res.Article.Slug)); err != nil {
			return err
		}
	}
	a.say(msgAddDone, "Article", res.Article.Slug, "Count", len(f.Segments), "File", ws.Rel(res.Article.Path))
	mode := a.t(msgAddWhole)
	if r.Alignment.Paragraphs {
		mode = a.t(msgAddByPara)
	}
	a.say(msgAddAligned, "Sentences", len(r.EN), "Translated", translated, "New", len(f.Segments)-translated,
		"Ratio", fmt.Sprintf("%.1f", r.Alignment.RawRatio), "Mode", mode)
	if n := len(f.Segments) - translated; n > 0 {
		a.hint(msgAddLeftNew, "Count", n, "Article", res.Article.Slug)
	}
	var low []alignRow
	for _, row := range rows {
		if row.Confidence < align.LowConfidence {
			low = append(low, row)
		}
	}
	if len(low) == 0 {
		a.say(msgAddLowNone)
		return nil
	}
	// Low-confidence pairs last, so a reviewer sees them first.
	a.say(msgAddLowHead, "Count", len(low))
	for _, row := range low {
		fmt.Fprintf(a.Stderr, "  %s  %s  %.2f  %s ↔ %s\n", row.Segments[0], row.Kind, row.Confidence,
			a.orNone(clip(row.ZHText, 24)), a.orNone(clip(row.ENText, 60)))
	}
	a.hint(msgAddLowFix, "Article", res.Article.Slug)
	return nil
}

// alignRow is one proposed pair as add --en prints it.
type alignRow struct {
	Kind       string   `json:"kind"`
	Confidence float64  `json:"confidence"`
	Segments   []string `json:"segments,omitempty"` // ids, when written
	ZHIndex    [2]int   `json:"zh_index"`           // 1-based, inclusive; [0, 0] for none
	ENIndex    [2]int   `json:"en_index"`
	Attached   *[2]int  `json:"attached,omitempty"` // English with no Chinese, attached to this pair; nil for none
	ZHText     string   `json:"zh"`
	ENText     string   `json:"en"`
	// enLines are the English sentences, as the text prints a pair of
	// several: one a line, so a 1-11 reads against the Chinese clauses.
	enLines []string
}

func alignRows(r *workflow.AddEnglishResult, ids []string) []alignRow {
	rows := make([]alignRow, 0, len(r.Pairs))
	for _, p := range r.Pairs {
		row := alignRow{Kind: p.Kind, Confidence: round2(p.Confidence),
			ZHIndex: oneBased(p.ZH), ENIndex: oneBased(p.All())}
		if p.Extra.Len() > 0 {
			at := oneBased(p.Extra)
			row.Attached = &at
		}
		var zh []string
		for i := p.ZH.Lo; i < p.ZH.Hi; i++ {
			zh = append(zh, r.ZH[i].Text)
			if ids != nil && (len(row.Segments) == 0 || row.Segments[len(row.Segments)-1] != ids[i]) {
				row.Segments = append(row.Segments, ids[i])
			}
		}
		row.ZHText = strings.Join(zh, "")
		row.ENText = align.JoinEnglish(r.EN, p.All())
		for j := p.All().Lo; j < p.All().Hi; j++ {
			row.enLines = append(row.enLines, align.JoinEnglish(r.EN, align.Span{Lo: j, Hi: j + 1}))
		}
		rows = append(rows, row)
	}
	return rows
}

func oneBased(s align.Span) [2]int {
	if s.Len() == 0 {
		return [2]int{0, 0}
	}
	return [2]int{s.Lo + 1, s.Hi}
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func countLow(rows []alignRow) int {
	n := 0
	for _, r := range rows {
		if r.Confidence < align.LowConfidence {
			n++
		}
	}
	return n
}

func alignJSON(r *workflow.AddEnglishResult, rows []alignRow, slug string) map[string]any {
	al := r.Alignment
	return map[string]any{
		"article":    slug,
		"ratio":      round2(al.RawRatio),
		"paragraphs": al.Paragraphs,
		"pairs":      rows,
		"summary": map[string]any{
			"segments": len(r.ZH), "sentences": len(r.EN), "pairs": len(rows),
			"low_confidence": countLow(rows), "threshold": align.LowConfidence,
		},
	}
}

// writeAlignText prints the pairs, one block each: shape, confidence, the
// 1-based sentence numbers on each side (English sentences with no Chinese,
// attached to the pair so that none is lost, said so), then the Chinese and
// the English, one English sentence a line (the JSON keeps them joined, as
// the segment will).
func (a *app) writeAlignText(w io.Writer, rows []alignRow) {
	for _, row := range rows {
		fmt.Fprintf(w, "%s  %.2f  zh %s  en %s", row.Kind, row.Confidence, rangeText(row.ZHIndex), rangeText(row.ENIndex))
		if row.Attached != nil {
			fmt.Fprintf(w, "  (%s)", a.t(msgAddAttached, "Range", rangeText(*row.Attached)))
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  %s\n", a.orNone(row.ZHText))
		if len(row.enLines) < 2 {
			fmt.Fprintf(w, "  %s\n", a.orNone(row.ENText))
			continue
		}
		for _, l := range row.enLines {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}

func rangeText(r [2]int) string {
	switch {
	case r[0] == 0:
		return "-"
	case r[0] == r[1]:
		return fmt.Sprint(r[0])
	}
	return fmt.Sprintf("%d-%d", r[0], r[1])
}

func (a *app) orNone(s string) string {
	if s == "" {
		return a.t(msgAddNone)
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
