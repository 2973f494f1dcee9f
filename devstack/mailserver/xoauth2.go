package mailserver

import (
	"bytes"
	"strings"

	"github.com/emersion/go-sasl"
)

// mechXOAUTH2 is the SASL mechanism Gmail and Microsoft 365 take OAuth 2.0
// access tokens with; go-sasl has no server for it.
const mechXOAUTH2 = "XOAUTH2"

// xoauth2Error is the JSON challenge Gmail sends for a refused token.
const xoauth2Error = `{"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}`

// xoauth2Server checks one XOAUTH2 exchange. The message is
// "user=<login>\x01auth=Bearer <token>\x01\x01". A refused token is answered
// the way providers do: a JSON error challenge, and the failure only after
// the client's empty reply, so clients are tested against that dance.
type xoauth2Server struct {
	login   func(user, token string) bool // logs the session in, if the token opens the mailbox
	refused error                         // the protocol's authentication failure
	failed  bool                          // the token was refused; waiting for the empty reply
}

func newXOAUTH2Server(login func(user, token string) bool, refused error) sasl.Server {
	return &xoauth2Server{login: login, refused: refused}
}

func (s *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if s.failed {
		return nil, false, s.refused
	}
	if resp == nil {
		// No initial response: ask for it with an empty challenge.
		return []byte{}, false, nil
	}
	user, token, ok := parseXOAUTH2(resp)
	if !ok {
		return nil, false, s.refused
	}
	if !s.login(user, token) {
		s.failed = true
		return []byte(xoauth2Error), false, nil
	}
	return nil, true, nil
}

func parseXOAUTH2(msg []byte) (user, token string, ok bool) {
	rest, found := bytes.CutSuffix(msg, []byte("\x01\x01"))
	if !found {
		return "", "", false
	}
	for _, field := range strings.Split(string(rest), "\x01") {
		key, value, _ := strings.Cut(field, "=")
		switch key {
		case "user":
			user = value
		case "auth":
			if t, isBearer := strings.CutPrefix(value, "Bearer "); isBearer {
				token = t
			}
		}
	}
	return user, token, user != "" && token != ""
}
