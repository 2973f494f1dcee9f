package message

import (
	"errors"
	"os"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, hang or return invalid
// UTF-8, and that every failure wraps ErrInvalid. It is seeded with the
// table messages and, when present, the shared corpus.
func FuzzParse(f *testing.F) {
	for _, tc := range tableCases(f) {
		f.Add(tc.raw)
	}
	for _, p := range corpusFiles(f) {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := parse(raw)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			if m != nil {
				t.Fatalf("message returned with error %v", err)
			}
			return
		}
		checkValid(t, m, len(raw))
	})
}
