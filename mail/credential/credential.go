// Package credential supplies the secrets certflow logs in to its mail
// servers with OAuth 2.0: an access token kept in a file that something
// outside certflow refreshes, and the XOAUTH2 SASL mechanism (Gmail,
// Microsoft 365) that presents it.
//
// No error from this package contains a secret: errors name the file or
// the user, never what the file holds.
package credential

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/emersion/go-sasl"
)

// Source gives the secret for the next login. It is asked once per
// connection, so a secret that changes is picked up without a restart.
type Source interface {
	Secret() (string, error)
}

// maxTokenBytes bounds what is read from a token file: real access tokens
// are a few KiB, so anything larger is the wrong file.
const maxTokenBytes = 64 << 10

// TokenFile is the path of a file holding one OAuth 2.0 access token,
// surrounding whitespace ignored.
//
// The file is read again on every call. Access tokens live about an hour
// and an external refresher replaces the file; reading a few KiB once per
// connection costs nothing, while caching by modification time and size
// could miss a same-length token written within the file system's
// timestamp granularity.
type TokenFile string

// Secret reads the token. Errors name the file, never its content.
func (f TokenFile) Secret() (string, error) {
	path := string(f)
	if path == "" {
		return "", errors.New("no OAuth 2.0 token file configured")
	}
	file, err := os.Open(path)
	if err != nil {
		// *PathError names the file and the cause only.
		return "", fmt.Errorf("OAuth 2.0 token file: %w", err)
	}
	defer file.Close()
	raw, err := io.ReadAll(io.LimitReader(file, maxTokenBytes+1))
	if err != nil {
		return "", fmt.Errorf("OAuth 2.0 token file %s: %w", path, err)
	}
	if len(raw) > maxTokenBytes {
		return "", fmt.Errorf("OAuth 2.0 token file %s is larger than %d bytes: not an access token", path, maxTokenBytes)
	}
	token := strings.TrimSpace(string(raw))
	if token == "" {
		return "", fmt.Errorf("OAuth 2.0 token file %s is empty: has the token refresher run?", path)
	}
	if !isBearerToken(token) {
		// Said without quoting it: a half-written file may still be a secret.
		return "", fmt.Errorf("OAuth 2.0 token file %s does not hold one bearer token "+
			"(it contains spaces or control characters)", path)
	}
	return token, nil
}

// isBearerToken reports whether s is made of the characters RFC 6750 allows
// in a bearer token; a \x01 or a line break would corrupt the XOAUTH2
// message.
func isBearerToken(s string) bool {
	for _, r := range s {
		if r <= ' ' || r >= 0x7f {
			return false
		}
	}
	return true
}

// XOAUTH2 is the name of the SASL mechanism Gmail and Microsoft 365 accept
// OAuth 2.0 access tokens with.
const XOAUTH2 = "XOAUTH2"

// NewXOAUTH2Client returns a SASL client that logs in as username with an
// OAuth 2.0 access token. go-sasl has no XOAUTH2 client of its own.
func NewXOAUTH2Client(username, token string) sasl.Client {
	return &xoauth2Client{username: username, token: token}
}

type xoauth2Client struct {
	username, token string
}

// Start sends the whole credential as the initial response.
func (c *xoauth2Client) Start() (string, []byte, error) {
	return XOAUTH2, []byte("user=" + c.username + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
}

// Next answers the only challenge XOAUTH2 has: on a refused token the
// server sends a JSON error and waits for an empty response before it
// answers NO, which then carries the failure.
func (c *xoauth2Client) Next([]byte) ([]byte, error) {
	return []byte{}, nil
}

// Redact returns err with every occurrence of secret in its text replaced,
// as a last guard for errors built by libraries that might echo what they
// sent. An error whose text did contain the secret loses its chain, so the
// secret cannot be reached through errors.Unwrap either.
func Redact(err error, secret string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), secret, "[redacted]"))
}
