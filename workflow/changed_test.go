package workflow

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

// ChangedSince finds an article by its source even when the segment file
// names a source elsewhere in the workspace, and checks an article whose
// source it cannot tell from the file's top lines.
func TestChangedSinceSources(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is needed")
		}
		t.Skip("git is not installed")
	}
	ws, _ := testWorkspace(t, 2) // article "news", its source at articles/news.zh.md
	root := ws.Root
	write := func(rel, text string) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// "far" reads a source outside the articles directory, quoted.
	write("sources/far.zh.md", "远方的文章。\n")
	write("articles/far.yaml", "bitext: 1\narticle: far\nsource: '../sources/far.zh.md'\nsource_sha256: x\nsegments: []\n")
	// "odd" has its source key after the segments: it cannot be told.
	write("articles/odd.yaml", "bitext: 1\narticle: odd\nsegments: []\nsource: odd.zh.md\n")
	write(".gitignore", ".bitext/\n")
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", ".")
	git("add", "-A")
	git("commit", "-q", "-m", "base")

	check := func(want ...string) {
		t.Helper()
		got, err := ws.ChangedSince("HEAD")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("changed %v, want %v", got, want)
		}
	}
	check()
	write("sources/far.zh.md", "远方的文章改了。\n")
	check("far", "odd") // odd: its source cannot be told, so it is checked
	git("commit", "-q", "-am", "far")
	write("articles/news.zh.md", "这是一句新话。\n")
	check("news", "odd")
	git("commit", "-q", "-am", "news")
	write("bitext.yaml", DefaultSettingsYAML+"\n# edited\n")
	check("far", "news", "odd")
}

func TestSourceOf(t *testing.T) {
	ws, _ := testWorkspace(t, 1)
	if got := ws.sourceOf("news"); got != "articles/news.zh.md" {
		t.Fatalf("sourceOf(news) = %q", got)
	}
	if got := ws.sourceOf("missing"); got != "?" {
		t.Fatalf("sourceOf(missing) = %q", got)
	}
}
