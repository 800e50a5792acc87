package glossary

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/diag"
)

func TestLoadMissingFileIsEmpty(t *testing.T) {
	g, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	if err != nil || len(g.Terms) != 0 {
		t.Fatalf("got %v, %v", g, err)
	}
}

func TestParse(t *testing.T) {
	g, err := Parse("g.yaml", []byte(`terms:
  - id: a
    zh: 中联部
    en: International Department
    forbidden: Liaison Department
  - id: b
    zh: [程立伟]
    en: Cheng Liwei
    kind: person
    status: proposed
    note: n
`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := g.Terms[0], g.Terms[1]
	if a.Kind != Other || a.Status != Approved || len(a.ZH) != 1 || a.Forbidden[0] != "Liaison Department" {
		t.Errorf("a = %+v", a)
	}
	if a.At.Line != 2 || a.At.Col != 5 || a.ZHAt[0].Line != 3 || a.ZHAt[0].Col != 9 || a.ForbiddenAt[0].Line != 5 {
		t.Errorf("positions %+v %+v %+v", a.At, a.ZHAt, a.ForbiddenAt)
	}
	if b.Kind != Person || b.Status != Proposed || b.ZHAt[0] != (struct{ Line, Col int }{7, 10}) {
		t.Errorf("b = %+v", b)
	}
	for _, src := range []string{"", "# only a comment\n", "terms: []\n", "terms:\n"} {
		g, err := Parse("g.yaml", []byte(src))
		if err != nil || len(g.Terms) != 0 {
			t.Errorf("%q: %v %v", src, g, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"terms: [", "g.yaml:1:8: err.yaml.unclosed"},
		{"term: []\n", "g.yaml:1:1: err.yaml.unknown-key"},
		{"terms:\n  - id: a\n    zh: x\n    en: y\n    colour: red\n", "g.yaml:5:5: err.yaml.unknown-key"},
		{"terms:\n  - id: a\n    en: y\n", "g.yaml:2:5: err.yaml.missing-key key=zh"},
		{"terms:\n  - id: a\n    zh: {x: 1}\n    en: y\n", "g.yaml:3:9: err.yaml.type"},
		{"terms:\n  - id: a\n    zh: x\n    en: [y]\n", "g.yaml:4:9: err.yaml.type"},
		{"terms:\n  - id: a\n    zh: x\n    en: y\n    kind: company\n", "g.yaml:5:11: err.glossary.kind"},
		{"terms:\n  - id: a\n    zh: x\n    en: y\n    status: maybe\n", "g.yaml:5:13: err.glossary.status"},
		{"terms: {a: 1}\n", "g.yaml:1:8: err.yaml.type"},
		{"terms:\n  - id: a\n    id: b\n    zh: x\n    en: y\n", "g.yaml:3:5: err.yaml.duplicate-key"},
		{"terms:\n  - 程立伟\n", "g.yaml:2:5: err.yaml.type"},
		{"terms:\n  - id: a\n    zh: [\"\xff\"]\n", "g.yaml:3:11: err.utf8"},
	} {
		_, err := Parse("g.yaml", []byte(tc.src))
		var de *diag.Error
		if !errors.As(err, &de) {
			t.Errorf("%q: err = %v", tc.src, err)
			continue
		}
		if !strings.HasPrefix(de.Error(), tc.want) {
			t.Errorf("%q:\n got %s\nwant %s...", tc.src, de.Error(), tc.want)
		}
	}
}

func lintString(g *Glossary) string {
	var parts []string
	for _, is := range g.Lint() {
		other := ""
		if is.Other != nil {
			other = "~" + is.Other.ID
		}
		parts = append(parts, fmt.Sprintf("%d:%d:%s:%s%s:%q", is.At.Line, is.At.Col, is.Code, is.Term.ID, other, is.Value))
	}
	return strings.Join(parts, " ")
}

func TestLint(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"clean", "terms:\n  - {id: a, zh: [甲], en: A, abbr: AA, forbidden: [B]}\n  - {id: b, zh: 乙, en: C}\n", ""},
		{"duplicate id", "terms:\n  - {id: a, zh: 甲, en: A}\n  - {id: a, zh: 乙, en: B}\n",
			`3:10:glossary.lint.duplicate-id:a~a:"a"`},
		{"one form two renderings", "terms:\n  - {id: a, zh: 甲, en: A}\n  - {id: b, zh: [丙, 甲], en: B}\n",
			`3:21:glossary.lint.zh-conflict:b~a:"甲"`},
		{"one form twice, same rendering", "terms:\n  - {id: a, zh: 甲, en: A  B}\n  - {id: b, zh: 甲, en: A B}\n",
			`3:17:glossary.lint.zh-duplicate:b~a:"甲"`},
		{"forbidden is another term's rendering", "terms:\n  - {id: a, zh: 甲, en: China Mining Association}\n  - {id: b, zh: 乙, en: B, forbidden: [china  mining association]}\n",
			`3:39:glossary.lint.forbidden-conflict:b~a:"china  mining association"`},
		{"forbidden is another term's abbr", "terms:\n  - {id: a, zh: 甲, en: A, abbr: CMA}\n  - {id: b, zh: 乙, en: B, forbidden: CMA}\n",
			`3:38:glossary.lint.forbidden-conflict:b~a:"CMA"`},
		{"forbidden is its own rendering", "terms:\n  - {id: a, zh: 甲, en: Prospectors' Day, forbidden: [Prospectors’ Day]}\n",
			`2:54:glossary.lint.forbidden-self:a:"Prospectors’ Day"`},
		{"empty and blank", "terms:\n  - {id: a, zh: [\" \"], en: \"\\u00a0\", abbr: \"\", forbidden: [\"\"]}\n",
			`2:18:glossary.lint.empty:a:" " 2:28:glossary.lint.empty:a:"\u00a0" 2:44:glossary.lint.empty:a:"" 2:60:glossary.lint.empty:a:""`},
		{"no Chinese form", "terms:\n  - {id: a, zh: [], en: A}\n", `2:5:glossary.lint.no-zh:a:""`},
		{"deprecated rendering still in use", "terms:\n  - {id: a, zh: 甲, en: A}\n  - {id: b, zh: 甲, en: A, status: deprecated}\n",
			`3:24:glossary.lint.deprecated-conflict:b~a:"A"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("g.yaml", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := lintString(g); got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../examples/workspace/glossary.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("terms:\n  - {id: a, zh: 甲, en: A}\n"))
	f.Add([]byte("terms: [{id: a, zh: [甲, 乙], en: A, kind: person, status: deprecated, forbidden: x}]"))
	f.Add([]byte("terms:\n  - id: &x a\n    zh: *x\n"))
	f.Add([]byte("terms: ["))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("g.yaml", data)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("not a diag error: %v", err)
			}
			if de.File != "g.yaml" || de.Line < 1 {
				t.Fatalf("error without a position: %v", de)
			}
			return
		}
		for _, is := range g.Lint() {
			if is.At.Line < 1 {
				t.Fatalf("lint issue without a position: %+v", is)
			}
		}
		for _, tm := range g.Terms {
			for _, z := range tm.ZH {
				g.MatchZH(z)
			}
			g.MatchEN(tm.EN)
		}
	})
}
