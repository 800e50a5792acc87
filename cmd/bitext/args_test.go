package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

func testApp() *app {
	return &app{Env: Env{Getenv: func(string) string { return "" }}, lz: newLocalizer(newBundle(), "en")}
}

func TestNormalizeArgs(t *testing.T) {
	cliApp := testApp().newCLI()
	cases := []struct {
		in, want string
		code     string
	}{
		{"bitext status", "bitext status", ""},
		{"bitext status --format json a b", "bitext status --format json -- a b", ""},
		{"bitext status a --format json b", "bitext status --format json -- a b", ""},
		{"bitext status a --format=json", "bitext status --format=json -- a", ""},
		{"bitext status a -C ws", "bitext -C ws status -- a", ""},
		{"bitext -C ws --lang zh status", "bitext -C ws --lang zh status", ""},
		{"bitext add f.zh.md --slug s", "bitext add --slug s -- f.zh.md", ""},
		{"bitext add -- --odd-name.zh.md", "bitext add -- --odd-name.zh.md", ""},
		{"bitext export a -o - ", "bitext export -o - -- a", ""},
		{"bitext --help", "bitext --help", ""},
		{"bitext status --help", "bitext status --help", ""},
		{"bitext help", "bitext help", ""},
		{"bitext frob", "", codeUnknownCommand},
		{"bitext status --frob", "", codeUnknownFlag},
		{"bitext --frob status", "", codeUnknownFlag},
		{"bitext add f --slug", "", codeFlagValue},
		{"bitext add --slug=x f --no-color", "bitext --no-color add --slug=x -- f", ""},
	}
	for _, c := range cases {
		got, err := normalizeArgs(cliApp, strings.Fields(c.in))
		if c.code != "" {
			var de *diag.Error
			if !errors.As(err, &de) || de.Code != c.code {
				t.Errorf("%q: want error %s, got %v %v", c.in, c.code, got, err)
			}
			continue
		}
		if err != nil || strings.Join(got, " ") != c.want {
			t.Errorf("%q:\n got %q (%v)\nwant %q", c.in, strings.Join(got, " "), err, c.want)
		}
	}
}

func TestPickLang(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"", nil, "en"},
		{"zh", nil, "zh"},
		{"en", map[string]string{"LANG": "zh_CN.UTF-8"}, "en"},
		{"", map[string]string{"LANG": "zh_CN.UTF-8"}, "zh"},
		{"", map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"},
		{"", map[string]string{"LC_ALL": "zh_TW.UTF-8"}, "zh"},
		{"zh-Hans", nil, "zh"},
	}
	for _, c := range cases {
		if got := pickLang(c.flag, env(c.env)); got != c.want {
			t.Errorf("flag %q env %v: got %s want %s", c.flag, c.env, got, c.want)
		}
	}
}

// TestMainExitCodes drives the same entry point as the binary, with injected
// writers, and pins exit codes and where output goes.
func TestMainExitCodes(t *testing.T) {
	dir := t.TempDir()
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := Main(append([]string{"bitext"}, args...), Env{
			Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" },
			Getwd: func() (string, error) { return dir, nil },
		})
		return code, out.String(), errOut.String()
	}
	if code, _, _ := run("init"); code != 0 {
		t.Fatalf("init: %d", code)
	}
	code, out, errOut := run("status", "--format", "json")
	if code != 0 || !strings.HasPrefix(out, "{") || errOut != "" {
		t.Fatalf("status json: %d %q %q", code, out, errOut)
	}
	if code, out, errOut := run("nope"); code != 2 || out != "" || !strings.HasPrefix(errOut, "bitext: error: unknown command nope\n") {
		t.Fatalf("unknown command: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := run("--lang", "zh", "init"); code != 2 || !strings.Contains(errOut, "此处已有工作区") {
		t.Fatalf("init twice in Chinese: %d %q", code, errOut)
	}
}

func TestChooseLangUnavailable(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		flag              string
		env               map[string]string
		lang, unavailable string
	}{
		{"fr", nil, "en", "fr"},
		{"en-GB", nil, "en", ""},
		{"zh-Hans", nil, "zh", ""},
		{"zh_CN", nil, "zh", ""},
		{"zh-TW", nil, "zh", "zh-TW"},
		{"zh-Hant", nil, "zh", "zh-Hant"},
		{"", map[string]string{"LANG": "zh_TW.UTF-8"}, "zh", "zh_TW.UTF-8"},
		{"", map[string]string{"LANG": "zh_HK.UTF-8"}, "zh", "zh_HK.UTF-8"},
		{"", map[string]string{"LANG": "zh_SG.UTF-8"}, "zh", ""},
		{"", map[string]string{"LANG": "fr_FR.UTF-8"}, "en", ""},
		{"", map[string]string{"LANG": "C"}, "en", ""},
	}
	for _, c := range cases {
		lang, un := chooseLang(c.flag, env(c.env))
		if lang != c.lang || un != c.unavailable {
			t.Errorf("flag %q env %v: got %s %q, want %s %q", c.flag, c.env, lang, un, c.lang, c.unavailable)
		}
	}
}
