package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

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
