package classify

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/message"
)

// TestCorpusClassifies runs every message of the shared corpus (beside the
// project checkout, not in it) through parsing, classification and
// correlation, the worker's path: each comes out with a kind, "invalid"
// included, and nothing panics.
func TestCorpusClassifies(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("shared mail corpus not found at %s; skipping", dir)
	}
	c := Classifier{AWSDomains: []string{"amazon.com", "aws.amazon.com"}}
	counts := map[Kind]int{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || d.Name() == "README.md" || d.Name() == "LICENSE" {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		kind := Invalid
		m, perr := message.Parse(raw)
		switch {
		case perr == nil:
			kind = c.Classify(m)
			_ = correlate.Find(m, "certs@example.com")
		case !errors.Is(perr, message.ErrInvalid):
			t.Errorf("%s: error %v does not wrap ErrInvalid", p, perr)
		}
		if kind == "" {
			t.Errorf("%s: no kind", p)
		}
		counts[kind]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	if total < 100 {
		t.Fatalf("only %d corpus files ran", total)
	}
	t.Logf("corpus: %d files classified: %v", total, counts)
}
