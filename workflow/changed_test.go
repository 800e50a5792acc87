package workflow

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
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

// changedFiles lists what 'git diff REV' and 'git ls-files --others' list
// (the way it was first asked), in every state a file can be in between a
// revision, the index and the working tree, in a workspace at the top of
// its repository and in one below it.
func TestChangedFilesGitStates(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is needed")
		}
		t.Skip("git is not installed")
	}
	for _, sub := range []string{"", "desk"} {
		repo := t.TempDir()
		root := filepath.Join(repo, sub)
		write := func(rel, text string) {
			p := filepath.Join(root, filepath.FromSlash(rel))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		git := func(args ...string) string {
			cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("git %v: %v\n%s", args, err, out)
			}
			return string(out)
		}
		names := []string{"a", "b", "c", "d", "e", "f", "h", "i", "j", "l", "m n", "same"}
		for _, n := range names {
			write("articles/"+n+".yaml", n+"\n")
		}
		write(".gitignore", "*.ignored\n")
		write("outside.txt", "x\n")
		git("init", "-q", ".")
		git("add", "-A")
		git("commit", "-q", "-m", "base")
		rev := strings.TrimSpace(git("rev-parse", "HEAD"))
		write("articles/a.yaml", "a committed\n")
		write("articles/j.yaml", "j committed\n")
		git("commit", "-q", "-am", "later")
		write("articles/j.yaml", "j\n")        // committed, then back to rev's in the working tree
		write("articles/b.yaml", "b staged\n") // staged
		write("articles/d.yaml", "d staged\n") // staged, then back to rev's
		git("add", "articles/b.yaml", "articles/d.yaml")
		write("articles/d.yaml", "d\n")
		write("articles/c.yaml", "c changed\n")           // not staged
		os.Remove(filepath.Join(root, "articles/e.yaml")) // deleted, not staged
		git("rm", "-q", "articles/f.yaml")                // deletion staged
		write("articles/g.yaml", "g\n")                   // untracked
		git("rm", "-q", "--cached", "articles/h.yaml")    // untracked again, as it was
		now := time.Now().Add(time.Hour)
		os.Chtimes(filepath.Join(root, "articles/i.yaml"), now, now) // touched only
		write("articles/k.ignored", "k\n")                           // ignored
		write("articles/l2.yaml", "l2\n")                            // added, then deleted
		git("add", "articles/l2.yaml")
		os.Remove(filepath.Join(root, "articles/l2.yaml"))
		write("articles/m n.yaml", "m n changed\n")
		write("outside.txt", "y\n")

		ws, err := Find(root, root)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ws.changedFiles(rev)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, out := range []string{git("diff", "--name-only", "-z", "--no-renames", "--relative", rev, "--"), git("ls-files", "-z", "--others", "--exclude-standard")} {
			for _, p := range strings.Split(out, "\x00") {
				if p != "" {
					want[p] = true
				}
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("workspace at %q: changedFiles %v, git diff and ls-files %v", sub, got, want)
		}
		if !want["articles/a.yaml"] || want["articles/d.yaml"] || want["articles/j.yaml"] || !want["articles/h.yaml"] || want["articles/i.yaml"] {
			t.Errorf("workspace at %q: the states are not the ones meant: %v", sub, want)
		}
	}
}
