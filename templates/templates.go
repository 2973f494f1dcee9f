// Package templates holds the texts of the mail certflow sends, in Japanese
// and English. They are embedded in the binary; a directory given with
// CERTFLOW_TEMPLATE_DIR may replace any of them file by file.
//
// A template file is "<lang>/<name>.txt": a first line "Subject: …", a blank
// line, then the body, all text/template. Every field is a string given by the
// case; a field that is missing is an error, not an empty gap in a mail.
package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"text/template"
)

//go:embed ja/*.txt en/*.txt
var builtIn embed.FS

// Languages lists the languages every template exists in.
var Languages = []string{"ja", "en"}

// Set renders templates, preferring files in an override directory.
type Set struct {
	override fs.FS // nil when no override directory is set
}

// New returns a Set; dir, when not empty, holds replacement templates.
func New(dir string) *Set {
	s := &Set{}
	if dir != "" {
		s.override = os.DirFS(dir)
	}
	return s
}

// Rendered is one mail's text.
type Rendered struct {
	Subject string
	Body    string
}

// ErrUnknown reports a template name or language that does not exist.
var ErrUnknown = errors.New("no such template")

// Render fills template name in lang with data.
func (s *Set) Render(lang, name string, data map[string]string) (Rendered, error) {
	src, err := s.source(lang, name)
	if err != nil {
		return Rendered{}, err
	}
	// The subject line is its own template, so a value with a line break
	// shows up in it instead of silently spilling into the body.
	src = strings.ReplaceAll(src, "\r\n", "\n")
	first, body, ok := strings.Cut(src, "\n")
	subjectSrc, isSubject := strings.CutPrefix(first, "Subject:")
	if !ok || !isSubject {
		return Rendered{}, fmt.Errorf("template %s/%s: the first line must be \"Subject: …\"", lang, name)
	}
	subject, err := execute(lang, name, subjectSrc, data)
	if err != nil {
		return Rendered{}, err
	}
	subject = strings.TrimSpace(subject)
	if strings.ContainsAny(subject, "\r\n") || subject == "" {
		return Rendered{}, fmt.Errorf("template %s/%s: the subject must be one non-empty line, got %q", lang, name, subject)
	}
	text, err := execute(lang, name, body, data)
	if err != nil {
		return Rendered{}, err
	}
	return Rendered{Subject: subject, Body: strings.TrimLeft(text, "\n")}, nil
}

func execute(lang, name, src string, data map[string]string) (string, error) {
	tmpl, err := template.New(name).Option("missingkey=error").Parse(src)
	if err != nil {
		return "", fmt.Errorf("template %s/%s: %w", lang, name, err)
	}
	var out bytes.Buffer
	if err := tmpl.Execute(&out, data); err != nil {
		return "", fmt.Errorf("template %s/%s: %w", lang, name, err)
	}
	return out.String(), nil
}

func (s *Set) source(lang, name string) (string, error) {
	if strings.ContainsAny(lang+name, "/\\.") || lang == "" || name == "" {
		return "", fmt.Errorf("%w: %q/%q", ErrUnknown, lang, name)
	}
	file := path.Join(lang, name+".txt")
	if s.override != nil {
		if b, err := fs.ReadFile(s.override, file); err == nil {
			return string(b), nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("template override %s: %w", file, err)
		}
	}
	b, err := builtIn.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("%w: %s", ErrUnknown, file)
	}
	return string(b), nil
}
