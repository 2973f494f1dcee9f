package templates

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var sample = map[string]string{
	"CaseID": "merge-1", "Name": "Taro Yamada", "SourceEmail": "taro@personal.example",
	"TargetEmail": "taro@corp.example", "AwsCase": "1234567890", "Reason": "no answer",
	"CertEmail": "taro@personal.example", "APNEmail": "taro@corp.example", "Summary": "merge a into b",
	"Question": "verifying", "FormURL": "https://support.example/form", "ReplyAddress": "certs+merge-1@example.com",
}

// Every template exists in every language and renders with the fields a
// case gives it.
func TestEveryTemplateRendersInEveryLanguage(t *testing.T) {
	names := map[string]bool{}
	err := fs.WalkDir(builtIn, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names[strings.TrimSuffix(filepath.Base(p), ".txt")] = true
		}
		return err
	})
	if err != nil || len(names) < 5 {
		t.Fatalf("built-in templates: %v, %d names", err, len(names))
	}
	s := New("")
	for name := range names {
		for _, lang := range Languages {
			r, err := s.Render(lang, name, sample)
			if err != nil {
				t.Errorf("%s/%s: %v", lang, name, err)
				continue
			}
			if r.Subject == "" || !strings.Contains(r.Body, "merge-1") {
				t.Errorf("%s/%s: subject %q, body without the case ID:\n%s", lang, name, r.Subject, r.Body)
			}
		}
	}
}

func TestMissingFieldIsAnError(t *testing.T) {
	_, err := New("").Render("en", "merge_request", map[string]string{"Name": "x"})
	if err == nil {
		t.Fatal("rendered with missing fields")
	}
}

func TestUnknownTemplate(t *testing.T) {
	for _, c := range [][2]string{{"en", "nope"}, {"fr", "merge_request"}, {"../en", "merge_request"}, {"en", "../x"}} {
		if _, err := New("").Render(c[0], c[1], sample); !errors.Is(err, ErrUnknown) {
			t.Errorf("Render(%q, %q) err = %v, want ErrUnknown", c[0], c[1], err)
		}
	}
}

func TestOverrideDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "merge_request.txt"), []byte("Subject: Custom {{.Name}}\n\nHello from {{.CaseID}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := New(dir)
	r, err := s.Render("en", "merge_request", sample)
	if err != nil || r.Subject != "Custom Taro Yamada" || r.Body != "Hello from merge-1\n" {
		t.Fatalf("override = %+v, %v", r, err)
	}
	// Templates not in the directory still come from the built-in set.
	if r, err := s.Render("ja", "merge_request", sample); err != nil || !strings.Contains(r.Subject, "統合") {
		t.Fatalf("built-in fallback = %+v, %v", r, err)
	}
}

// A field value cannot add a header: a subject that a value breaks into two
// lines is refused.
func TestFieldCannotInjectHeader(t *testing.T) {
	bad := map[string]string{}
	for k, v := range sample {
		bad[k] = v
	}
	bad["Name"] = "Taro\nBcc: victim@example.com"
	if _, err := New("").Render("en", "merge_request", bad); err == nil {
		t.Fatal("a name with a line break produced a mail")
	}
}
