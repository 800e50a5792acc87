package safeio

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

func code(err error) string {
	var de *diag.Error
	if errors.As(err, &de) {
		return de.Code
	}
	return ""
}

func TestReadRegular(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.txt")
	os.WriteFile(small, []byte("hello"), 0o644)
	if data, err := ReadRegular(small, 5); err != nil || string(data) != "hello" {
		t.Fatalf("regular file: %q %v", data, err)
	}
	if _, err := ReadRegular(small, 4); code(err) != CodeTooLarge {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := ReadRegular("/dev/zero", 0); code(err) != CodeNotRegular {
		t.Errorf("/dev/zero: %v", err)
	}
	if _, err := ReadRegular(dir, 0); code(err) != CodeNotRegular {
		t.Errorf("directory: %v", err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	// A FIFO with no writer would block a plain open forever.
	if _, err := ReadRegular(fifo, 0); code(err) != CodeNotRegular {
		t.Errorf("FIFO: %v", err)
	}
	if _, err := ReadRegular(filepath.Join(dir, "missing"), 0); !IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"64MB": 64 << 20, "64MiB": 64 << 20, "512KB": 512 << 10, "1GB": 1 << 30, "1000": 1000, "10B": 10} {
		if got, ok := ParseSize(in); !ok || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, ok, want)
		}
		if got, _ := ParseSize(FormatSize(want)); got != want {
			t.Errorf("FormatSize(%d) = %q does not read back", want, FormatSize(want))
		}
	}
	for _, in := range []string{"", "MB", "0", "-1MB", "1.5MB", "64 MB", "2TB", "99999999999999GB"} {
		if n, ok := ParseSize(in); ok {
			t.Errorf("ParseSize(%q) = %d, want refusal", in, n)
		}
	}
}
