package message

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared mail corpus that sits beside the project
// checkout (<repo>/../shared/corpus); it is not part of the repository.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

// corpusFiles lists the corpus messages, or nil when the corpus is absent.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	if st, err := os.Stat(corpusDir); err != nil || !st.IsDir() {
		return nil
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		switch d.Name() {
		case "README.md", "LICENSE":
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", corpusDir, err)
	}
	return files
}

// TestCorpus parses every message of the shared corpus: none may panic,
// each must either parse with valid UTF-8 text or fail with ErrInvalid.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	if files == nil {
		t.Skipf("shared mail corpus not found at %s (it sits beside the project checkout); skipping", corpusDir)
	}
	parsed, invalid := 0, 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		m, err := parse(raw) // unrecovered, so a panic fails the test
		switch {
		case err == nil:
			parsed++
			checkValid(t, m, len(raw))
		case errors.Is(err, ErrInvalid):
			invalid++
			t.Logf("%s: %v", p, err)
		default:
			t.Errorf("%s: error does not wrap ErrInvalid: %v", p, err)
		}
	}
	if len(files) == 0 {
		t.Fatalf("corpus at %s holds no files", corpusDir)
	}
	t.Logf("corpus: %d files ran, %d parsed, %d invalid", len(files), parsed, invalid)
}
