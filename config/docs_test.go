package config

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's settings table and .env.example from the code")

// Examples for required settings in .env.example, where the default is empty.
var examples = map[string]string{
	"CERTFLOW_IMAP_ADDRESS": "imap.example.com:993", "CERTFLOW_IMAP_USERNAME": "certs@example.com",
	"CERTFLOW_IMAP_PASSWORD": "change-me", "CERTFLOW_SMTP_ADDRESS": "smtp.example.com:587",
	"CERTFLOW_SMTP_USERNAME": "certs@example.com", "CERTFLOW_SMTP_PASSWORD": "change-me",
	"CERTFLOW_MAIL_FROM": "certs@example.com", "CERTFLOW_OPERATOR_EMAIL": "it-ops@example.com",
	"CERTFLOW_MERGE_SUPPORT_ADDRESS": "aws-training-support@example.com",
	// The desk's examples are the compose mail profile's values.
	"CERTFLOW_DESK_ADDRESS": "aws-cs-trainingcertification-form@aws.example.test", "CERTFLOW_DESK_LOGIN": "desk@example.test",
	"CERTFLOW_DESK_PASSWORD": "test", "CERTFLOW_DESK_IMAP_ADDRESS": "127.0.0.1:10143", "CERTFLOW_DESK_SMTP_ADDRESS": "127.0.0.1:10025",
}

// help is each setting's text: the first paragraph of its field's doc
// comment in config.go (later paragraphs are for developers). A variable
// read by two groups (Classify reads the worker's) is described where it is
// first declared.
var help = sync.OnceValue(func() map[string]string {
	f, err := parser.ParseFile(token.NewFileSet(), "config.go", nil, parser.ParseComments)
	if err != nil {
		panic(err)
	}
	texts := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok {
			return true
		}
		for _, field := range st.Fields.List {
			if field.Tag == nil || field.Doc == nil {
				continue
			}
			tag, err := strconv.Unquote(field.Tag.Value)
			if err != nil {
				panic(err)
			}
			name, _, _ := strings.Cut(reflect.StructTag(tag).Get("env"), ",")
			if _, seen := texts[name]; name != "" && !seen {
				first, _, _ := strings.Cut(field.Doc.Text(), "\n\n")
				texts[name] = strings.Join(strings.Fields(first), " ")
			}
		}
		return true
	})
	return texts
})

type group struct {
	title string
	vars  []Variable
}

func groups() []group {
	return []group{{"worker and starter", Variables[Worker]()}, {"dev stack", Variables[Devstack]()},
		{"simulated AWS desk on its own (devstack desk; the compose mail profile)", Variables[Desk]()}}
}

func settingsTable() string {
	var b strings.Builder
	b.WriteString("| variable | default | meaning |\n|---|---|---|\n")
	for _, g := range groups() {
		for _, v := range g.vars {
			d := "—"
			if v.Default != "" {
				d = "`" + v.Default + "`"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", v.Name, d, strings.ReplaceAll(help()[v.Name], "|", "\\|"))
		}
	}
	return b.String()
}

func envExample() string {
	var b strings.Builder
	b.WriteString(`# certflow settings. Copy to .env (git-ignored), fill in, and load it into the
# environment of the worker (for example: set -a; . ./.env; set +a).
# Values below are the defaults, or examples where a setting is required.
# The dev stack (go run ./devstack) needs none of this: it fills in its own
# mail system and reads only the overrides you set.
# Generated: go test ./config -run TestSettingsDocs -update
`)
	for _, g := range groups() {
		fmt.Fprintf(&b, "\n# --- %s ---\n", g.title)
		for _, v := range g.vars {
			value := v.Default
			if ex, ok := examples[v.Name]; ok && value == "" {
				value = ex
			}
			fmt.Fprintf(&b, "# %s\n%s=%s\n", help()[v.Name], v.Name, value)
		}
	}
	return b.String()
}

// TestSettingsDocs keeps the README's settings table and .env.example equal
// to what the code reads; -update rewrites them.
func TestSettingsDocs(t *testing.T) {
	readmePath, examplePath := filepath.Join("..", "README.md"), filepath.Join("..", ".env.example")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- settings:begin", "<!-- settings:end -->"
	i, j := strings.Index(string(readme), begin), strings.Index(string(readme), end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q … %q markers", begin, end)
	}
	head := string(readme[:i])
	marker := string(readme[i:])
	marker = marker[:strings.Index(marker, "\n")+1]
	want := head + marker + settingsTable() + string(readme[j:])
	if *update {
		if err := os.WriteFile(readmePath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(examplePath, []byte(envExample()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(readme) != want {
		t.Error("README.md's settings table differs from the code; run: go test ./config -run TestSettingsDocs -update")
	}
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	if string(example) != envExample() {
		t.Error(".env.example differs from the code; run: go test ./config -run TestSettingsDocs -update")
	}
	for _, g := range groups() {
		for _, v := range g.vars {
			if help()[v.Name] == "" {
				t.Errorf("%s has no help text", v.Name)
			}
		}
	}
}
