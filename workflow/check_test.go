package workflow

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bitext-desk/bitext/articles"
)

func TestSeverity(t *testing.T) {
	w := &Workspace{Settings: DefaultSettings()}
	w.Settings.Severity = map[string]Severity{RuleNumbers: SevError, RuleUntranslated: SevOff, RuleSchemaInvalid: SevOff}
	for rule, want := range map[string]Severity{
		RuleNumbers: SevError, RuleUntranslated: SevOff, RuleSchemaInvalid: SevError,
		RuleGlossaryFirstMention: SevWarning, RuleDriftStale: SevError, RuleClaimExpired: SevWarning,
	} {
		if got := w.Severity(rule); got != want {
			t.Errorf("Severity(%s) = %s, want %s", rule, got, want)
		}
	}
}

func TestTopKeyPos(t *testing.T) {
	raw := []byte("bitext: 1\narticle: a\nsource: a.zh.md\nsource_sha256: abc\nsegments: []\n")
	if l, c := topKeyPos(raw, "source_sha256"); l != 4 || c != 16 {
		t.Errorf("topKeyPos = %d:%d, want 4:16", l, c)
	}
	if l, _ := topKeyPos(raw, "missing"); l != 0 {
		t.Errorf("missing key found at line %d", l)
	}
}

// SegmentFindings: the per-segment rules over chosen segments, with the
// workspace's severities.
func TestSegmentFindings(t *testing.T) {
	dir := t.TempDir()
	ws, err := Init(dir)
	if err != nil {
		t.Fatal(err)
	}
	f := &articles.File{Version: 1, Article: "a", Source: "a.zh.md", Segments: []*articles.Segment{
		{ID: "aaaaaa", Para: 1, ZH: "三十名代表出席。", EN: "Twenty delegates attended.", State: articles.Translated},
		{ID: "bbbbbb", Para: 1, ZH: "会员出席。", State: articles.New},
		{ID: "cccccc", Para: 1, ZH: "会员出席。", EN: "Members attended.", State: articles.Stale},
	}}
	f.Segments[0].Approve("li", time.Now(), false)
	f.Segments[0].EN = "Twenty delegates were there."
	a := storeArticle(t, ws, f)
	got, err := ws.SegmentFindings(a, []string{"aaaaaa"})
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range got {
		rules = append(rules, f.Rule+"/"+string(f.Severity))
	}
	want := []string{RuleApprovalVoid + "/error", RuleNumbers + "/warning"}
	if len(rules) != len(want) || rules[0] != want[0] || rules[1] != want[1] {
		t.Errorf("SegmentFindings(aaaaaa) = %v, want %v", rules, want)
	}
	all, _ := ws.SegmentFindings(a, nil)
	if len(all) != 4 {
		t.Errorf("SegmentFindings(all) = %d findings, want 4: %+v", len(all), all)
	}
	ws.Settings.Severity[RuleUntranslated] = SevOff
	all, _ = ws.SegmentFindings(a, nil)
	if len(all) != 3 {
		t.Errorf("with untranslated off: %d findings, want 3", len(all))
	}
}

// storeArticle writes f as the workspace's segment file of f.Article,
// through the codec, and loads it back.
func storeArticle(t testing.TB, ws *Workspace, f *articles.File) *Article {
	t.Helper()
	data, err := articles.Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws.Root, "articles", f.Article+".yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := ws.Load(f.Article)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
