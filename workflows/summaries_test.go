package workflows

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every timer and activity of a case says in the Web UI what it is. The
// rule is kept by reading this package's code: a plain workflow.NewTimer or
// workflow.Sleep, or timer or activity options without a Summary, fail here.
func TestEveryTimerAndActivityHasASummary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
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
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && x.Name == "workflow" && (n.Sel.Name == "NewTimer" || n.Sel.Name == "Sleep") {
					t.Errorf("%s: workflow.%s has no summary; use workflow.NewTimerWithOptions", fset.Position(n.Pos()), n.Sel.Name)
				}
			case *ast.CompositeLit:
				sel, ok := n.Type.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "ActivityOptions" && sel.Sel.Name != "TimerOptions") {
					return true
				}
				checked++
				if !hasKey(n, "Summary") {
					t.Errorf("%s: %s without a Summary", fset.Position(n.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	}
	if checked < 5 {
		t.Fatalf("found only %d timer and activity options: is the test reading the right files?", checked)
	}
}

func hasKey(lit *ast.CompositeLit, key string) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == key {
				return true
			}
		}
	}
	return false
}

func TestHumanDuration(t *testing.T) {
	for d, want := range map[string]string{"72h": "3 days", "24h": "1 day", "336h": "14 days", "1h": "1 hour", "5h": "5 hours", "20s": "20s", "90m": "1h30m0s"} {
		if got := humanDuration(mustDuration(t, d)); got != want {
			t.Errorf("humanDuration(%s) = %q, want %q", d, got, want)
		}
	}
}

func mustDuration(t *testing.T, s string) time.Duration {
	t.Helper()
	d, err := time.ParseDuration(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
