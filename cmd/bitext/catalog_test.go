package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/diag"
)

// englishIDs extracts the ids of every i18n.Message literal in this
// package's source (the English catalog), the way `goi18n extract` does.
func englishIDs(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files, _ := filepath.Glob("*.go")
	ids := map[string]string{}
	consts := map[string]string{}
	var lits []*ast.CompositeLit
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if bl, ok := v.(*ast.BasicLit); ok && bl.Kind == token.STRING {
						consts[n.Names[i].Name], _ = strconv.Unquote(bl.Value)
					}
				}
			case *ast.CompositeLit:
				lits = append(lits, n)
			}
			return true
		})
	}
	for _, lit := range lits {
		var id, other string
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			val := ""
			switch v := kv.Value.(type) {
			case *ast.BasicLit:
				val, _ = strconv.Unquote(v.Value)
			case *ast.Ident:
				val = consts[v.Name]
			case *ast.SelectorExpr: // diag.CodeX
				val = diagConst(v.Sel.Name)
			}
			switch key.Name {
			case "ID":
				id = val
			case "Other":
				other = val
			}
		}
		if id != "" && other != "" {
			if _, dup := ids[id]; dup {
				t.Errorf("message id %q is defined twice", id)
			}
			ids[id] = other
		}
	}
	return ids
}

// diagConst maps a diag.CodeX name to its value.
func diagConst(name string) string { return diagNames[name] }

var diagNames = map[string]string{
	"CodeIO": diag.CodeIO, "CodeUTF8": diag.CodeUTF8, "CodeEmpty": diag.CodeEmpty, "CodeNoChinese": diag.CodeNoChinese,
	"CodeYAMLSyntax": diag.CodeYAMLSyntax, "CodeYAMLUnknownKey": diag.CodeYAMLUnknownKey, "CodeYAMLDupKey": diag.CodeYAMLDupKey,
	"CodeYAMLMissing": diag.CodeYAMLMissing, "CodeYAMLType": diag.CodeYAMLType, "CodeYAMLBadValue": diag.CodeYAMLBadValue,
	"CodeBadState": diag.CodeBadState, "CodeDupSegmentID": diag.CodeDupSegmentID, "CodeBadVersion": diag.CodeBadVersion,
	"CodeNoWorkspace": diag.CodeNoWorkspace, "CodeWorkspaceExists": diag.CodeWorkspaceExists, "CodeBadSlug": diag.CodeBadSlug,
	"CodeSlugExists": diag.CodeSlugExists, "CodeNoArticle": diag.CodeNoArticle, "CodeNoSegment": diag.CodeNoSegment,
	"CodeNoIdentity": diag.CodeNoIdentity, "CodeSourceMissing": diag.CodeSourceMissing, "CodeBadSetting": diag.CodeBadSetting,
}

func chineseIDs(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	paths, _ := fs.Glob(localeFS, "locales/*.zh-Hans.yaml")
	if len(paths) == 0 {
		t.Fatal("no Chinese catalogs")
	}
	for _, p := range paths {
		data, _ := fs.ReadFile(localeFS, p)
		var m map[string]any
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for id := range m {
			if _, dup := ids[id]; dup {
				t.Errorf("%s: id %q is also in another catalog file", p, id)
			}
			ids[id] = p
		}
	}
	return ids
}

func TestCatalogsMatch(t *testing.T) {
	en, zh := englishIDs(t), chineseIDs(t)
	var missing, extra []string
	for id := range en {
		if _, ok := zh[id]; !ok {
			missing = append(missing, id)
		}
	}
	for id := range zh {
		if _, ok := en[id]; !ok {
			extra = append(extra, id)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("in English but not in the Chinese catalogs:\n%s", strings.Join(missing, "\n"))
	}
	if len(extra) > 0 {
		t.Errorf("in the Chinese catalogs but not in English:\n%s", strings.Join(extra, "\n"))
	}
	newBundle() // every catalog file parses
}

// TestEveryErrorMessageTranslated checks the live registry, which also
// holds messages whose ids are other packages' constants (glossary.CodeX),
// which the source scan above cannot resolve.
func TestEveryErrorMessageTranslated(t *testing.T) {
	zh := chineseIDs(t)
	for id := range errorByID {
		if _, ok := zh[id]; !ok {
			t.Errorf("error message %q has no Chinese translation", id)
		}
	}
}

func TestEveryCodeHasMessage(t *testing.T) {
	for _, code := range diag.Codes {
		if _, ok := errorByID[code]; !ok {
			t.Errorf("error code %q has no message", code)
		}
	}
}

// templateActions are a message's {{...}} actions (placeholders, ifs),
// white space normalised and sorted, and its `PLACEHOLDER`s (flag usage).
func templateActions(s string) []string {
	var out []string
	for _, m := range reAction.FindAllString(s, -1) {
		out = append(out, strings.Join(strings.Fields(m), " "))
	}
	out = append(out, reBackquoted.FindAllString(s, -1)...)
	sort.Strings(out)
	return out
}

var (
	reAction     = regexp.MustCompile(`\{\{.*?\}\}`)
	reBackquoted = regexp.MustCompile("`[^`]*`")
)

// textWeight is a message's length without its template actions, in
// English letters: a Chinese character weighs 2.5 letters (measured over
// the catalogs: for every message of 20 letters or more the Chinese
// weighs between 0.6 and 1.4 times the English), other letters and digits
// one, spaces and punctuation nothing.
func textWeight(s string) (weight float64, letters int) {
	for _, r := range reAction.ReplaceAllString(s, "") {
		switch {
		case unicode.Is(unicode.Han, r):
			weight += 2.5
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			weight++
			letters++
		}
	}
	return weight, letters
}

// catalogProblem says what is wrong with a Chinese message given its
// English one, or "".
func catalogProblem(en, zh string) string {
	if a, b := templateActions(en), templateActions(zh); strings.Join(a, "\x00") != strings.Join(b, "\x00") {
		return fmt.Sprintf("placeholders differ: English %q, Chinese %q", a, b)
	}
	enW, enLetters := textWeight(en)
	zhW, _ := textWeight(zh)
	switch {
	case enLetters == 0:
		return ""
	case zhW == 0:
		return "the Chinese has no text"
	case enLetters >= 20 && zhW < 0.3*enW:
		return fmt.Sprintf("the Chinese is too short (weight %.1f against %.0f English letters): cut off?", zhW, enW)
	case zhW > 3*enW+10:
		return fmt.Sprintf("the Chinese is too long (weight %.1f against %.0f English letters): another message?", zhW, enW)
	}
	return ""
}

func TestCatalogProblem(t *testing.T) {
	for _, c := range []struct {
		en, zh string
		bad    bool
	}{
		{"Lines starting with # are ignored, other lines are joined with spaces; an empty text aborts.", "以", true},
		{"Lines starting with # are ignored, other lines are joined with spaces; an empty text aborts.", "以 # 开头的行会被忽略，其余各行以空格连接；内容为空则放弃。", false},
		{"article {{.slug}} already exists", "文章 {{.slug}} 已存在", false},
		{"article {{.slug}} already exists", "文章 {{.Slug}} 已存在", true},
		{"article {{.slug}} already exists", "文章已存在", true},
		{"{{.Segment}}: {{.Rule}}: {{.Message}}", "{{.Segment}}：{{.Rule}}：{{.Message}}", false},
		{"act as `NAME`", "以 NAME 的身份操作", true},
		{"ID", "编号", false},
		{"ID", "", true},
		{"no terms", "没有术语，请先在 glossary.yaml 中加入术语，然后运行 bitext glossary lint 检查术语表是否有效", true},
	} {
		if got := catalogProblem(c.en, c.zh); (got != "") != c.bad {
			t.Errorf("%q / %q: problem %q, want bad=%v", c.en, c.zh, got, c.bad)
		}
	}
}

// TestCatalogTemplates compares every Chinese message with its English
// one: the same placeholders, and a length that fits (a value cut off by an
// unquoted " #" in YAML, issue 12 item 3, fails here).
func TestCatalogTemplates(t *testing.T) {
	en := englishIDs(t)
	for id, m := range errorByID {
		en[id] = m.Other
	}
	paths, _ := fs.Glob(localeFS, "locales/*.zh-Hans.yaml")
	for _, p := range paths {
		data, _ := fs.ReadFile(localeFS, p)
		var m map[string]any
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for id, v := range m {
			var zh string
			switch v := v.(type) {
			case string:
				zh = v
			case map[string]any: // plural forms: compare the other form
				zh, _ = v["other"].(string)
			default:
				t.Errorf("%s: %s: not a string (%T): quote it", p, id, v)
				continue
			}
			e, ok := en[id]
			if !ok {
				continue // TestCatalogsMatch reports it
			}
			if problem := catalogProblem(e, zh); problem != "" {
				t.Errorf("%s: %s: %s\n  en: %s\n  zh: %s", p, id, problem, e, zh)
			}
		}
	}
}
