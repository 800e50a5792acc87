package workflow

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

// The comparison with gettext's msgmerge (README § sync):
//
//	BITEXT_MSGMERGE=1 go test ./workflow -run TestPairingVsMsgmerge -v
//
// The same generated articles are exported as PO: the old sentences with
// their English as the translated catalog, the new sentences as the
// template; msgmerge (with its default fuzzy matching) merges them. Each
// English text starts with "S<k>", the index of the old sentence it
// translates, so which translation msgmerge or bitext attached to each new
// sentence can be checked against the edit script that made it.

func poQuote(s string) string {
	return strconv.Quote(s) // PO strings use C escapes; ours hold no control characters
}

const poHeader = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"

// writePO writes old.po (old sentences with English) and new.pot (new
// sentences) for one article, with msgctxt to keep articles apart when
// catalogs are concatenated.
func writePO(old, pot *bytes.Buffer, slug string, g *genArticle) {
	for _, s := range g.file.Segments {
		fmt.Fprintf(old, "msgctxt %s\nmsgid %s\nmsgstr %s\n\n", poQuote(slug), poQuote(s.ZH), poQuote(s.EN))
	}
	for _, s := range flatten(g.newParas) {
		fmt.Fprintf(pot, "msgctxt %s\nmsgid %s\nmsgstr \"\"\n\n", poQuote(slug), poQuote(s))
	}
}

type poEntry struct {
	ctxt, id, str string
	fuzzy         bool
}

// readPO reads msgmerge's output (written with --no-wrap, so one line per
// string), leaving out the header and obsolete entries.
func readPO(t testing.TB, path string) []poEntry {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []poEntry
	var cur poEntry
	unq := func(s string) string {
		v, err := strconv.Unquote(s)
		if err != nil {
			t.Fatalf("%s: %v in %s", path, err, s)
		}
		return v
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#,"):
			cur.fuzzy = strings.Contains(line, "fuzzy")
		case strings.HasPrefix(line, "msgctxt "):
			cur.ctxt = unq(line[len("msgctxt "):])
		case strings.HasPrefix(line, "msgid "):
			cur.id = unq(line[len("msgid "):])
		case strings.HasPrefix(line, "msgstr "):
			cur.str = unq(line[len("msgstr "):])
			if cur.id != "" {
				out = append(out, cur)
			}
			cur = poEntry{}
		}
	}
	return out
}

// pairingScore counts, over new sentences, what a tool attached.
type pairingScore struct {
	sentences   int
	right       int // the translation of the sentence it came from
	wrongEdited int // an edited or kept sentence got another sentence's translation
	wrongAdded  int // a brand-new sentence got some old sentence's translation
	missed      int // an edited sentence lost its translation (bitext: archived, nothing lost)
}

func (p *pairingScore) add(origin, attached int) {
	p.sentences++
	switch {
	case attached == origin:
		p.right++
	case origin < 0:
		p.wrongAdded++
	case attached < 0:
		p.missed++
	default:
		p.wrongEdited++
	}
}

// enIndex reads the old-sentence index from an English text "S<k> ...".
func enIndex(en string) int {
	if !strings.HasPrefix(en, "S") {
		return -1
	}
	end := strings.IndexByte(en, ' ')
	if end < 0 {
		return -1
	}
	k, err := strconv.Atoi(en[1:end])
	if err != nil {
		return -1
	}
	return k
}

func TestPairingVsMsgmerge(t *testing.T) {
	if os.Getenv("BITEXT_MSGMERGE") == "" {
		t.Skip("set BITEXT_MSGMERGE=1 to compare with msgmerge")
	}
	msgmerge, err := exec.LookPath("msgmerge")
	if err != nil {
		t.Skip("msgmerge not installed")
	}
	n := benchArticles
	if v, err := strconv.Atoi(os.Getenv("BITEXT_MSGMERGE_ARTICLES")); err == nil {
		n = v
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 1))
	var allOld, allPot bytes.Buffer
	allOld.WriteString(poHeader)
	allPot.WriteString(poHeader)
	gens := make([]*genArticle, n)
	for k := range n {
		slug := fmt.Sprintf("a%05d", k)
		g := genCorpusArticle(rng, slug, benchSegments, 0.05, 0.01, 0.01)
		gens[k] = g
		var old, pot bytes.Buffer
		old.WriteString(poHeader)
		pot.WriteString(poHeader)
		writePO(&old, &pot, slug, g)
		writePO(&allOld, &allPot, slug, g)
		os.WriteFile(filepath.Join(dir, slug+".po"), old.Bytes(), 0o644)
		os.WriteFile(filepath.Join(dir, slug+".pot"), pot.Bytes(), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "all.po"), allOld.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "all.pot"), allPot.Bytes(), 0o644)

	run := func(po, pot, out string) {
		cmd := exec.Command(msgmerge, "--quiet", "--no-wrap", "-o", out, po, pot)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("msgmerge: %v\n%s", err, b)
		}
	}

	// msgmerge, one catalog per article (as a desk would run it).
	t0 := time.Now()
	parallel(n, func(k int) {
		slug := fmt.Sprintf("a%05d", k)
		run(filepath.Join(dir, slug+".po"), filepath.Join(dir, slug+".pot"), filepath.Join(dir, slug+".out.po"))
	})
	perArticle := time.Since(t0)

	// msgmerge, one catalog for all articles.
	t0 = time.Now()
	run(filepath.Join(dir, "all.po"), filepath.Join(dir, "all.pot"), filepath.Join(dir, "all.out.po"))
	oneCatalog := time.Since(t0)

	// bitext: the pairing and carrying over only (in memory).
	files := make([]*articles.File, n)
	for k, g := range gens {
		data, _ := articles.Encode(g.file)
		files[k], _ = articles.Decode("x", data)
	}
	t0 = time.Now()
	parallel(n, func(k int) {
		SyncFile(files[k], source(gens[k].newParas...), DefaultSettings().SyncSimilarity, time.Now())
	})
	bitextMem := time.Since(t0)

	var mm, bt pairingScore
	fuzzyWrong, fuzzy := 0, 0
	for k, g := range gens {
		slug := fmt.Sprintf("a%05d", k)
		entries := readPO(t, filepath.Join(dir, slug+".out.po"))
		if len(entries) != len(g.origin) {
			t.Fatalf("%s: %d entries for %d sentences", slug, len(entries), len(g.origin))
		}
		for j, e := range entries {
			attached := enIndex(e.str)
			mm.add(g.origin[j], attached)
			if e.fuzzy {
				fuzzy++
				if attached != g.origin[j] {
					fuzzyWrong++
				}
			}
		}
		for j, s := range files[k].Segments {
			attached := -1
			if s.State != articles.New {
				attached = enIndex(s.EN)
			}
			bt.add(g.origin[j], attached)
		}
	}
	t.Logf("%d articles × %d segments (5%% edited, 1%% removed, 1%% added)", n, benchSegments)
	t.Logf("msgmerge, one run per article (2 in parallel): %v; one catalog for all: %v", perArticle.Round(time.Millisecond), oneCatalog.Round(time.Millisecond))
	t.Logf("bitext pairing and carry-over in memory: %v (bitext sync end to end: BenchmarkSyncWorkspace)", bitextMem.Round(time.Millisecond))
	t.Logf("msgmerge: %d sentences, %d right, %d edited/kept given another sentence's translation, %d new sentences given an old translation, %d edited lost their translation; %d fuzzy, %d of them wrong",
		mm.sentences, mm.right, mm.wrongEdited, mm.wrongAdded, mm.missed, fuzzy, fuzzyWrong)
	t.Logf("bitext:   %d sentences, %d right, %d edited/kept given another sentence's translation, %d new sentences given an old translation, %d edited not paired (English archived)",
		bt.sentences, bt.right, bt.wrongEdited, bt.wrongAdded, bt.missed)
	if bt.wrongAdded+bt.wrongEdited > mm.wrongAdded+mm.wrongEdited {
		t.Errorf("bitext paired wrongly more often than msgmerge")
	}
}
