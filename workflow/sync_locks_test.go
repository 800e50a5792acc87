package workflow

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// listTemps finds in one listing what removeTemps's pattern finds name by
// name.
func TestListTempsMatchesGlob(t *testing.T) {
	dir := t.TempDir()
	files := []string{
		"a.yaml", "a.zh.md", ".a.yaml.tmp-123", ".a.yaml.tmp-", ".a.zh.md.tmp-9",
		".b.yaml.tmp-x.tmp-y", ".hidden", "c.yaml.tmp-1", ".c.yaml", ".d.yaml.tmpx",
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	temps := listTemps(dir)
	for _, name := range []string{"a.yaml", "a.zh.md", "b.yaml", "b.yaml.tmp-x", "c.yaml", "d.yaml", "hidden"} {
		want, _ := filepath.Glob(filepath.Join(dir, "."+name+".tmp-*"))
		got := append([]string(nil), temps[name]...)
		sort.Strings(got)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: listTemps %q, glob %q", name, got, want)
		}
	}
	if listTemps(filepath.Join(dir, "gone")) != nil {
		t.Error("a missing directory lists something")
	}
}

// sync removes the temporary files a killed write left beside the
// articles it writes (under their locks), as every other write does.
func TestSyncRemovesLeftoverTemps(t *testing.T) {
	ws, slugs := newSyncWorkspace(t, 3)
	leftover := filepath.Join(ws.ArticlesDir(), "."+slugs[1]+".yaml.tmp-killed")
	if err := os.WriteFile(leftover, []byte("half a file"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := ws.SourcePath(slugs[1])
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, append(raw, "\n新增的一句话。\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ws.Sync(nil, syncNow)
	if err != nil {
		t.Fatal(err)
	}
	if !res[1].Changed || res[1].New != 1 {
		t.Fatalf("sync: %+v", res[1])
	}
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Fatalf("the leftover temporary file is still there (%v)", err)
	}
}

// A lock file holds exactly who holds it, whatever longer text a previous
// holder left (it is written over, then cut to length).
func TestLockFileHolderCutToLength(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locks", "a.lock")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	long := "pid 1 of someone-with-a-very-long-name on a-host-with-a-longer-name-still.example.org and more"
	if err := os.WriteFile(path, []byte(long+long), 0o644); err != nil {
		t.Fatal(err)
	}
	unlock, err := lockFile(path, "a", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != whoAmI() || lockHolder(path) != whoAmI() {
		t.Fatalf("lock file holds %q, want %q", got, whoAmI())
	}
	// The first lock of a workspace makes the locks directory.
	unlock2, err := lockFile(filepath.Join(t.TempDir(), "new", "locks", "b.lock"), "b", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	unlock2()
}
