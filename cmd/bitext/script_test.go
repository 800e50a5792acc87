package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the bitext command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"bitext": func() { os.Exit(Main(os.Args, NewOSEnv())) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: real commands
// over real workspaces in temporary directories. BITEXT_UPDATE_GOLDEN=1
// rewrites the golden output in the scripts.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	schemas, err := filepath.Abs("../../testdata/schemas")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       os.Getenv("BITEXT_UPDATE_GOLDEN") != "",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			env.Setenv("SCHEMAS", schemas)
			env.Setenv("LANG", "C")
			env.Setenv("NO_COLOR", "")
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			return nil
		},
		// [need:TOOL] holds when TOOL is installed, and always under CI,
		// so a script skips for a missing tool only outside CI.
		Condition: func(cond string) (bool, error) {
			if tool, ok := strings.CutPrefix(cond, "need:"); ok {
				_, err := exec.LookPath(tool)
				return err == nil || os.Getenv("CI") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"cpdir":     cmdCpdir,
			"snapshot":  cmdSnapshot,
			"unchanged": cmdUnchanged,
		},
	})
}

// cpdir SRC DST copies a directory tree.
func cmdCpdir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cpdir SRC DST")
	}
	ts.Check(copyTree(ts.MkAbs(args[0]), ts.MkAbs(args[1])))
}

// copyTree copies a directory tree.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
}

// treeHash hashes every file below dir (names and contents), leaving out
// bitext's private .bitext directory.
func treeHash(ts *testscript.TestScript, dir string) string {
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			if d.Name() == ".bitext" {
				return filepath.SkipDir
			}
			lines = append(lines, rel+"/")
			return nil
		}
		if strings.HasPrefix(d.Name(), ".snapshot-") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		lines = append(lines, rel+" "+hex.EncodeToString(sum[:]))
		return nil
	})
	ts.Check(err)
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// snapshot NAME records the state of the current directory tree.
func cmdSnapshot(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: snapshot NAME")
	}
	dir := ts.MkAbs(".")
	ts.Check(os.WriteFile(filepath.Join(dir, ".snapshot-"+args[0]), []byte(treeHash(ts, dir)), 0o644))
}

// unchanged NAME fails if any file was created, removed or changed since
// snapshot NAME (with !, fails if nothing was).
func cmdUnchanged(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: unchanged NAME")
	}
	dir := ts.MkAbs(".")
	before, err := os.ReadFile(filepath.Join(dir, ".snapshot-"+args[0]))
	ts.Check(err)
	same := string(before) == treeHash(ts, dir)
	if same == neg {
		if neg {
			ts.Fatalf("nothing changed since snapshot %s", args[0])
		}
		ts.Fatalf("files changed since snapshot %s:\nbefore:\n%s\nafter:\n%s", args[0], before, treeHash(ts, dir))
	}
}
