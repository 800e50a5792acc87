package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow"
)

// pair is one sentence in both languages: the Chinese source and its English.
type pair struct{ ZH, EN string }

// buildOptions shape one side-by-side corpus.
type buildOptions struct {
	MO       string  // directory of zh_CN .mo files
	Out      string  // output directory (created; must not exist or be empty)
	Segments int     // how many segments (sentences) in all
	PerArt   int     // segments an article
	Drift    float64 // share of source sentences edited for the drift job
	Seed     uint64
}

// buildManifest is written as OUT/manifest.json.
type buildManifest struct {
	Segments int      `json:"segments"`
	Articles int      `json:"articles"`
	Distinct int      `json:"distinct_pairs"` // distinct usable pairs read from the catalogs
	Edited   int      `json:"edited"`         // source sentences edited for the drift job
	Catalogs []string `json:"catalogs"`
	// Sentences past the distinct pairs repeat them, marked "[N] " in both
	// languages so that every sentence (msgid) is distinct.
}

// The files and directories of a built corpus.
const (
	wsDir    = "ws"      // the workspace, every segment translated, sources as translated
	driftDir = "drift"   // the sources after the drift edit (articles/*.zh.md)
	oldPO    = "old.po"  // the same sentences as one catalog
	newPOT   = "new.pot" // the template after the drift edit
	manFile  = "manifest.json"
	editMark = "据悉，" // the drift edit: prefixed to a sentence ("it is reported that")
)

// usablePairs reads every .mo file in dir and keeps the pairs that both
// tools can hold as one sentence: the catalog's msgstr (Chinese) is one
// line with Han characters that bitext's segmenter reads as exactly one
// sentence, and its msgid (English) is one line; no control characters.
// The Chinese is distinct (the first catalog in name order wins). The
// result is shuffled with seed so articles mix the catalogs.
func usablePairs(dir string, seed uint64) ([]pair, []string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.mo"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	seen := map[string]bool{}
	var out []pair
	var used []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		msgs, err := readMO(data)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		used = append(used, filepath.Base(name))
		for _, m := range msgs {
			p := pair{ZH: m.Str, EN: m.ID}
			if seen[p.ZH] || !usable(p) {
				continue
			}
			seen[p.ZH] = true
			out = append(out, p)
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x7065657273))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out, used, nil
}

// oneLine reports whether s is valid UTF-8 without control characters.
func oneLine(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' {
			return false
		}
	}
	return true
}

// oneSentence reports whether bitext reads zh, alone on a line, as exactly
// zh: one sentence, already normalised.
func oneSentence(zh string) bool {
	if strings.HasPrefix(zh, "#") || articles.Normalize(zh) != zh+"\n" {
		return false
	}
	ss := articles.SplitSentences(zh + "\n")
	return len(ss) == 1 && ss[0].Text == zh
}

func usable(p pair) bool {
	return oneLine(p.ZH) && oneLine(p.EN) && articles.HasChinese(p.ZH) && oneSentence(p.ZH) &&
		strings.TrimSpace(p.EN) == p.EN
}

// poQuote writes s as a PO string literal.
func poQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

const poHeader = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: bitext-peers\\n\"\n\"Language: en\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"

// buildCorpus writes the workspace, the catalog, the template after the
// drift edit and the edited sources.
func buildCorpus(o buildOptions) (*buildManifest, error) {
	if o.PerArt < 1 || o.Segments < 1 {
		return nil, fmt.Errorf("segments and segments an article must be positive")
	}
	if entries, err := os.ReadDir(o.Out); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty", o.Out)
	}
	pairs, cats, err := usablePairs(o.MO, o.Seed)
	if err != nil {
		return nil, err
	}
	if len(pairs) < o.PerArt {
		return nil, fmt.Errorf("%s: only %d usable pairs, fewer than one article's %d", o.MO, len(pairs), o.PerArt)
	}
	ws, err := workflow.Init(filepath.Join(o.Out, wsDir))
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(o.Out, driftDir, "articles"), 0o755); err != nil {
		return nil, err
	}
	po, err := os.Create(filepath.Join(o.Out, oldPO))
	if err != nil {
		return nil, err
	}
	defer po.Close()
	pot, err := os.Create(filepath.Join(o.Out, newPOT))
	if err != nil {
		return nil, err
	}
	defer pot.Close()
	fmt.Fprint(po, poHeader)
	fmt.Fprint(pot, poHeader)

	man := &buildManifest{Segments: o.Segments, Distinct: len(pairs), Catalogs: cats}
	r := rand.New(rand.NewPCG(o.Seed, 0x6472696674))
	exists := make(map[string]bool, len(pairs))
	for _, p := range pairs {
		exists[p.ZH] = true
	}
	next := 0
	for a := 0; next < o.Segments; a++ {
		slug := fmt.Sprintf("peer-%06d", a)
		f := &articles.File{Version: articles.FormatVersion, Article: slug, Source: slug + ".zh.md"}
		var src, drifted strings.Builder
		used := map[string]bool{}
		line := 1 // in the source
		for s := 0; s < o.PerArt && next < o.Segments; s++ {
			p := pairs[next%len(pairs)]
			if c := next / len(pairs); c > 0 {
				// A repeat: marked, so that every sentence of the corpus
				// is distinct (one catalog holds each msgid once).
				p = pair{ZH: fmt.Sprintf("[%d] %s", c, p.ZH), EN: fmt.Sprintf("[%d] %s", c, p.EN)}
			}
			next++
			para := 1 + s/4
			if s > 0 && s%4 == 0 {
				src.WriteString("\n")
				drifted.WriteString("\n")
				line++
			}
			f.Segments = append(f.Segments, &articles.Segment{ID: newID(r, used), Para: para, ZH: p.ZH, EN: p.EN,
				State: articles.Translated, Translator: "debian"})
			src.WriteString(p.ZH + "\n")
			ref := fmt.Sprintf("%s.zh.md:%d", slug, line)
			line++
			zh := p.ZH
			if r.Float64() < o.Drift && !exists[editMark+p.ZH] {
				zh = editMark + p.ZH
				man.Edited++
			}
			drifted.WriteString(zh + "\n")
			fmt.Fprintf(po, "\n#: %s\nmsgid %s\nmsgstr %s\n", ref, poQuote(p.ZH), poQuote(p.EN))
			fmt.Fprintf(pot, "\n#: %s\nmsgid %s\nmsgstr \"\"\n", ref, poQuote(zh))
		}
		man.Articles++
		f.SourceSHA256 = articles.SourceSHA256(articles.Normalize(src.String()))
		data, err := articles.Encode(f)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(ws.ArticlesDir(), slug+".zh.md"), []byte(src.String()), 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(ws.ArticlesDir(), slug+".yaml"), data, 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(o.Out, driftDir, "articles", slug+".zh.md"), []byte(drifted.String()), 0o644); err != nil {
			return nil, err
		}
	}
	if err := po.Close(); err != nil {
		return nil, err
	}
	if err := pot.Close(); err != nil {
		return nil, err
	}
	mj, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return nil, err
	}
	return man, os.WriteFile(filepath.Join(o.Out, manFile), append(mj, '\n'), 0o644)
}

// newID is a segment id drawn from r, unique in used.
func newID(r *rand.Rand, used map[string]bool) string {
	const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
	for {
		b := make([]byte, articles.IDLen)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		if id := string(b); !used[id] {
			used[id] = true
			return id
		}
	}
}
