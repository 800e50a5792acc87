// Command bitext-peers measures bitext side by side with the tools a desk
// would otherwise use — gettext's msgmerge and msgfmt, translate-toolkit's
// pofilter — on the same sentences, taken from Debian's zh_CN catalogs.
//
//	go run ./cmd/bitext-peers fetch -o /tmp/peers/mo
//	go run ./cmd/bitext-peers build -mo /tmp/peers/mo -n 40000 -o /tmp/peers/1x
//	go build -o /tmp/bitext ./cmd/bitext
//	go run ./cmd/bitext-peers run -bitext /tmp/bitext -rounds 3 /tmp/peers/1x
//
// fetch gathers the zh_CN .mo files installed on the machine and those of a
// few Debian packages (apt-get download; nothing is installed). build keeps
// the messages both tools can hold as one sentence, Chinese as the source
// (the catalogs' msgstr) and English as the translation (their msgid), and
// writes them as a bitext workspace and as one PO catalog (each message
// referring to its article's source line), with the drift step: the same 5 % of source sentences edited,
// as new sources for `bitext sync` and as a new template for msgmerge. run
// times both sides, alternated, and prints the ratios bitext ÷ peer.
// See README § "Side by side with gettext and translate-toolkit".
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  bitext-peers fetch -o DIR [-packages P,Q] [-no-download]
  bitext-peers build -mo DIR -o DIR [-n SEGMENTS] [-per M] [-drift F] [-seed S]
  bitext-peers run -bitext BIN [-rounds N] [-limit D] [-pofilter-limit D] [-jobs J,K] DIR...`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "fetch":
		err = runFetch(args[1:], stderr)
	case "build":
		err = runBuild(args[1:], stderr)
	case "run":
		err = runRun(args[1:], stdout, stderr)
	default:
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "bitext-peers: error: %v\n", err)
		return 2
	}
	return 0
}

// defaultPackages ship zh_CN catalogs beyond what a base system has.
const defaultPackages = "gcc-12-locales,util-linux-locales,gutenprint-locales,krb5-locales"

func runFetch(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output `DIR` for the .mo files")
	pkgs := fs.String("packages", defaultPackages, "Debian packages to download (comma-separated)")
	local := fs.String("local", "/usr/share/locale/zh_CN/LC_MESSAGES", "installed catalogs to take")
	noDownload := fs.Bool("no-download", false, "take only the installed catalogs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("%s", usage)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	n, err := copyMO(*local, *out)
	if err != nil {
		return err
	}
	if !*noDownload && *pkgs != "" {
		tmp, err := os.MkdirTemp("", "bitext-peers-deb-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dl := exec.Command("apt-get", append([]string{"download"}, strings.Split(*pkgs, ",")...)...)
		dl.Dir, dl.Stderr = tmp, stderr
		if err := dl.Run(); err != nil {
			fmt.Fprintf(stderr, "bitext-peers: warning: apt-get download: %v (going on with the installed catalogs)\n", err)
		}
		debs, _ := filepath.Glob(filepath.Join(tmp, "*.deb"))
		for _, deb := range debs {
			x := filepath.Join(tmp, "x")
			if err := exec.Command("dpkg-deb", "-x", deb, x).Run(); err != nil {
				return fmt.Errorf("dpkg-deb -x %s: %w", deb, err)
			}
		}
		m, err := copyMO(filepath.Join(tmp, "x", "usr", "share", "locale", "zh_CN", "LC_MESSAGES"), *out)
		if err != nil {
			return err
		}
		n += m
	}
	fmt.Fprintf(stderr, "bitext-peers: %d zh_CN catalogs in %s\n", n, *out)
	return nil
}

// copyMO copies the .mo files of dir into out (not overwriting one already
// there) and returns how many it copied.
func copyMO(dir, out string) (int, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.mo"))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, name := range names {
		dst := filepath.Join(out, filepath.Base(name))
		if _, err := os.Stat(dst); err == nil {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return n, err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func runBuild(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o buildOptions
	fs.StringVar(&o.MO, "mo", "", "`DIR` of zh_CN .mo files (from fetch)")
	fs.StringVar(&o.Out, "o", "", "output `DIR` (created; must not exist or be empty)")
	fs.IntVar(&o.Segments, "n", 40000, "segments in all (the distinct pairs are repeated when there are fewer)")
	fs.IntVar(&o.PerArt, "per", 40, "segments an article")
	fs.Float64Var(&o.Drift, "drift", 0.05, "share of source sentences edited for the drift job")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed (the same flags give the same files)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.MO == "" || o.Out == "" || fs.NArg() > 0 {
		return fmt.Errorf("%s", usage)
	}
	start := time.Now()
	man, err := buildCorpus(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "bitext-peers: %d segments in %d articles (%d distinct pairs from %d catalogs, %d sentences edited) in %s, %.1f s\n",
		man.Segments, man.Articles, man.Distinct, len(man.Catalogs), man.Edited, o.Out, time.Since(start).Seconds())
	return nil
}
