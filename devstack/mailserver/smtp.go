package mailserver

import (
	"errors"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/mail/trust"
)

// smtpTimeout drops an SMTP client that stalls mid-conversation, so a
// crashed client does not hold a connection for the dev stack's lifetime.
const smtpTimeout = 5 * time.Minute

func newSMTPServer(s *Server) *smtp.Server {
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &smtpSession{srv: s}, nil
	}))
	srv.Domain = "localhost"
	srv.MaxMessageBytes = maxMessageBytes
	// AUTH PLAIN without TLS is fine on loopback, and AUTH is optional:
	// this is a sink that takes whatever certflow or a developer sends.
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = smtpTimeout
	srv.WriteTimeout = smtpTimeout
	srv.ErrorLog = printfLogger{srv: s, prefix: "smtp: "}
	return srv
}

// smtpSession collects one transaction's envelope and files the message
// through Server.deliver.
type smtpSession struct {
	srv   *Server
	from  string
	rcpts []string
}

var _ smtp.AuthSession = (*smtpSession)(nil)

// AuthMechanisms offers PLAIN, the mechanism mail libraries use by default,
// and XOAUTH2 for mailboxes given a token with Server.SetToken.
func (s *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain, mechXOAUTH2} }

// Auth accepts any existing mailbox's address with the shared password, or
// with its current XOAUTH2 token.
func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech == mechXOAUTH2 {
		return newXOAUTH2Server(func(username, token string) bool {
			return s.srv.authenticateToken(username, token) != nil
		}, smtp.ErrAuthFailed), nil
	}
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if identity != "" && !strings.EqualFold(identity, username) {
			return smtp.ErrAuthFailed
		}
		if s.srv.authenticate(username, password) == nil {
			return smtp.ErrAuthFailed
		}
		return nil
	}), nil
}

func (s *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}

func (s *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	// Refuse at RCPT time what delivery could not file, so the client gets
	// a per-recipient error instead of a failed DATA.
	if _, err := mailboxName(to); err != nil {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: "Invalid recipient address"}
	}
	s.rcpts = append(s.rcpts, to)
	return nil
}

func (s *smtpSession) Data(r io.Reader) error {
	// go-smtp's reader stops at MaxMessageBytes with ErrDataTooLarge, which
	// it turns into a 552 reply.
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.srv.authservID != "" {
		resolver := s.srv.dkimResolver
		if resolver == nil {
			resolver = trust.StaticTXT{}
		}
		raw = authenticate(raw, s.srv.authservID, resolver)
	}
	var errs []error
	for _, rcpt := range s.rcpts {
		if err := s.srv.deliver(s.from, rcpt, raw); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		s.srv.log.Error("SMTP delivery failed", "from", s.from, "err", err)
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Delivery failed"}
	}
	return nil
}

func (s *smtpSession) Reset() {
	s.from = ""
	s.rcpts = nil
}

func (s *smtpSession) Logout() error { return nil }
