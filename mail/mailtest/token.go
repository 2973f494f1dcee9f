package mailtest

import (
	"os"
	"testing"
)

// WriteToken replaces an OAuth token file the way an external refresher
// does: a new file beside it, renamed over it, so a reader never sees half.
func WriteToken(t testing.TB, path, token string) {
	t.Helper()
	if err := os.WriteFile(path+".new", []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".new", path); err != nil {
		t.Fatal(err)
	}
}
