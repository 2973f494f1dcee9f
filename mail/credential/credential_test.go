package credential

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeAtomic replaces path the way a refresher should: write, then rename.
func writeAtomic(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestTokenFileIsReadAgainAfterEveryChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "token")
	f := TokenFile(path)
	writeAtomic(t, path, "  ya29.first-token\n")
	if got, err := f.Secret(); err != nil || got != "ya29.first-token" {
		t.Fatalf("Secret() = %q, %v", got, err)
	}
	// Renamed over, then rewritten in place with a token of the same
	// length at once: both are seen without any restart.
	writeAtomic(t, path, "ya29.other-token\n")
	if got, _ := f.Secret(); got != "ya29.other-token" {
		t.Fatalf("after rename: %q", got)
	}
	if err := os.WriteFile(path, []byte("ya29.third-token"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.Secret(); got != "ya29.third-token" {
		t.Fatalf("after in-place rewrite: %q", got)
	}
}

// Every failure names the file and says what is wrong, and none quotes
// what the file holds.
func TestTokenFileErrorsNameTheFileNotTheToken(t *testing.T) {
	dir := t.TempDir()
	const secret = "SECRET-token-4711"
	for name, c := range map[string]struct {
		content *string
		want    string
	}{
		"missing":      {nil, "no such file"},
		"empty":        {ptr(""), "is empty"},
		"blank":        {ptr(" \n\t\n"), "is empty"},
		"two tokens":   {ptr(secret + "\n" + secret + "2"), "does not hold one bearer token"},
		"control char": {ptr(secret + "\x01"), "does not hold one bearer token"},
		"too large":    {ptr(secret + strings.Repeat("x", maxTokenBytes)), "larger than"},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		if c.content != nil {
			if err := os.WriteFile(path, []byte(*c.content), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		_, err := TokenFile(path).Secret()
		switch {
		case err == nil:
			t.Errorf("%s: no error", name)
		case !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want):
			t.Errorf("%s: error %q does not name the file and say %q", name, err, c.want)
		case strings.Contains(err.Error(), secret):
			t.Errorf("%s: error %q contains the token", name, err)
		}
	}
	if _, err := TokenFile("").Secret(); err == nil {
		t.Error("an empty path gave no error")
	}
}

func ptr(s string) *string { return &s }

func TestXOAUTH2ClientMessage(t *testing.T) {
	c := NewXOAUTH2Client("certs@example.com", "ya29.token")
	mech, ir, err := c.Start()
	if err != nil || mech != "XOAUTH2" || string(ir) != "user=certs@example.com\x01auth=Bearer ya29.token\x01\x01" {
		t.Fatalf("Start() = %q, %q, %v", mech, ir, err)
	}
	// The error challenge is acknowledged with an empty response.
	resp, err := c.Next([]byte(`{"status":"401"}`))
	if err != nil || resp == nil || len(resp) != 0 {
		t.Fatalf("Next() = %q, %v", resp, err)
	}
}

func TestRedact(t *testing.T) {
	base := errors.New("AUTH PLAIN hunter22 refused")
	if got := Redact(base, "hunter22"); got.Error() != "AUTH PLAIN [redacted] refused" || errors.Is(got, base) {
		t.Errorf("Redact = %q (still wraps the original: %v)", got, errors.Is(got, base))
	}
	if got := Redact(base, "other"); got != base {
		t.Errorf("an error without the secret changed: %v", got)
	}
	if Redact(nil, "x") != nil || Redact(base, "") != base {
		t.Error("nil error or empty secret changed something")
	}
}
