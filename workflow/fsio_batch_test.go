package workflow

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// writeFilesAtomic replaces every file, leaves no temporary file behind,
// and on a failure replaces none of the files after it.
func TestWriteFilesAtomic(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	var datas [][]byte
	for i := range 20 {
		p := filepath.Join(dir, "f"+strconv.Itoa(i)+".yaml")
		os.WriteFile(p, []byte("old"), 0o644)
		paths = append(paths, p)
		datas = append(datas, []byte("new "+strconv.Itoa(i)))
	}
	if err := writeFilesAtomic(paths, datas); err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		if got, _ := os.ReadFile(p); string(got) != string(datas[i]) {
			t.Fatalf("%s = %q", p, got)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(paths) {
		t.Fatalf("%d files in the directory, want %d (temporary files left?)", len(entries), len(paths))
	}

	// A file that cannot be written (its directory is gone): an error, and
	// no temporary file is left anywhere.
	bad := append([]string{filepath.Join(dir, "no", "such.yaml")}, paths[:3]...)
	if err := writeFilesAtomic(bad, [][]byte{[]byte("x"), []byte("y"), []byte("y"), []byte("y")}); err == nil {
		t.Fatal("no error for a missing directory")
	}
	for _, p := range paths[:3] {
		if got, _ := os.ReadFile(p); string(got) == "y" {
			t.Fatalf("%s was replaced after a failure before it", p)
		}
	}
	entries, _ = os.ReadDir(dir)
	if len(entries) != len(paths) {
		t.Fatalf("%d files in the directory after a failure, want %d", len(entries), len(paths))
	}
}
