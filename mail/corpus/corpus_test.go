package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestLabelledCorpus reads the five labelled corpora through triage and fails
// on any reading that must never happen: a false completion, a false
// consent, an answer read as its opposite, an unclear reply read as an
// answer. With -v it prints the per-label report.
func TestLabelledCorpus(t *testing.T) {
	for _, set := range []string{"sixth", "fifth", "fourth", "test", "eval", "dev"} {
		dir := filepath.Join("..", "classify", "testdata", "corpus", set)
		if _, err := os.Stat(filepath.Join(dir, "labels.tsv")); err != nil {
			t.Fatalf("corpus %s: %v", set, err)
		}
		rs, err := Run(context.Background(), Triager(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) < 100 {
			t.Fatalf("corpus %s has %d labelled mails; want at least 100", set, len(rs))
		}
		t.Log("\n" + Report(set, rs))
		for _, r := range rs {
			if r.Danger != "" {
				t.Errorf("%s/%s (%s): read as %s: %s", set, r.File, r.Label, r.Got, r.Danger)
			}
		}
	}
}
