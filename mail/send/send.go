// Package send composes certflow's outgoing mail and submits it over SMTP.
//
// Every message is UTF-8 text/plain with a Message-ID chosen by the caller,
// so the same logical mail always carries the same ID.
package send

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/credential"
	"github.com/certflow/certflow/mail/message"
)

// Message is one mail to send.
type Message struct {
	MessageID  string // without angle brackets
	FromName   string
	From       string
	ReplyTo    string
	To         []string
	Subject    string
	Body       string
	InReplyTo  string   // Message-ID without angle brackets, "" for a new thread
	References []string // Message-IDs without angle brackets, oldest first
	Date       time.Time
}

// Config says how to reach the SMTP server.
type Config struct {
	Address string // host:port
	// Sessions bounds the SMTP sessions this Sender opens at once; more sends
	// wait for a free one (for as long as their context allows). Zero: no
	// bound. Servers reset or refuse a burst of connections.
	Sessions int
	Username string // "" sends without AUTH
	// Auth is "password" (AUTH PLAIN with Password; "" means the same) or
	// "xoauth2" (AUTH XOAUTH2 with a token from Token).
	Auth     string
	Password string
	// Token gives the OAuth 2.0 access token for "xoauth2". It is asked at
	// every Send, so a refreshed token is used by the next connection.
	Token credential.Source
	// TLS is "starttls" (refused if the server does not offer it; "" means
	// the same), "tls" (implicit) or "none" (refused unless the host is
	// loopback).
	TLS string
	// RootCAs verifies the server's certificate; nil means the system's
	// trust store. There is deliberately no way to skip verification.
	RootCAs *x509.CertPool
}

// Sender submits mail to one SMTP server.
type Sender struct {
	cfg  Config
	host string
	port int
	// slots bounds the SMTP sessions open at once (nil: no bound).
	slots chan struct{}
}

// NewSender checks cfg and returns a Sender; it does not connect.
func NewSender(cfg Config) (*Sender, error) {
	host, portText, err := net.SplitHostPort(cfg.Address)
	if err != nil {
		return nil, fmt.Errorf("smtp address %q: %w", cfg.Address, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, fmt.Errorf("smtp address %q: bad port", cfg.Address)
	}
	switch cfg.TLS {
	case "":
		cfg.TLS = "starttls"
	case "tls", "starttls":
	case "none":
		// Config refuses this too; checked again here because a password
		// in clear must never leave the machine, whoever built cfg.
		if !config.IsLoopback(host) {
			return nil, fmt.Errorf("SMTP without TLS is refused for %s: plaintext is allowed only to a loopback host",
				cfg.Address)
		}
	default:
		return nil, fmt.Errorf("SMTP TLS mode %q is not starttls, tls or none", cfg.TLS)
	}
	switch cfg.Auth {
	case "", "password":
	case "xoauth2":
		if cfg.Username == "" || cfg.Token == nil {
			return nil, errors.New("SMTP xoauth2 needs a username and a token source")
		}
	default:
		return nil, fmt.Errorf("SMTP auth %q is not password or xoauth2", cfg.Auth)
	}
	s := &Sender{cfg: cfg, host: host, port: port}
	if cfg.Sessions > 0 {
		s.slots = make(chan struct{}, cfg.Sessions)
	}
	return s, nil
}

// ErrPermanent marks a refusal that retrying will not change: a 5xx reply or
// a message that cannot be built.
var ErrPermanent = errors.New("permanent failure")

// ErrOutcomeUnknown marks a send that failed after the whole message and its
// final "." were handed to the server and before its answer came (the
// connection broke, the answer timed out): the server may have taken the
// mail. Sending it again may deliver it twice.
var ErrOutcomeUnknown = errors.New("the SMTP server may or may not have taken the mail")

// Send submits m. An error wrapping ErrPermanent will fail again if retried;
// any other error is worth retrying.
func (s *Sender) Send(ctx context.Context, m Message) error {
	return s.SendCommitting(ctx, m, nil)
}

// SendCommitting submits m as Send does, and calls commit (when not nil)
// once the server has agreed to the sender and recipients and has the
// whole message, right before the final "." that makes it take the mail.
// If commit fails, the session is dropped without that ".", the server
// discards the message, and the error is returned: nothing was sent. So a
// caller that records its intent in commit knows that a mail it holds no
// such record of never went out.
//
// Once commit has returned, an error wrapping ErrOutcomeUnknown says the
// server may have taken the mail; any other error says it did not. Once
// the server said yes, nothing after (QUIT) fails the send.
func (s *Sender) SendCommitting(ctx context.Context, m Message, commit func() error) error {
	msg, err := compose(m)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	if s.slots != nil {
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		case <-ctx.Done():
			return fmt.Errorf("send via %s: waiting for a free SMTP session: %w", s.cfg.Address, ctx.Err())
		}
	}
	client, secret, opened, err := s.client()
	defer func() {
		if *opened != nil {
			(*opened).Close() // after a successful QUIT it is closed already: harmless
		}
	}()
	if err != nil {
		return credential.Redact(fmt.Errorf("%w: %v", ErrPermanent, err), secret)
	}
	session, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		// A refused login is not permanent: a token refreshed meanwhile
		// makes the retry succeed.
		return s.failed(fmt.Errorf("dial failed: %w", err), secret, false)
	}
	if err := transact(session, msg, commit); err != nil {
		var refused *textproto.Error
		return s.failed(err, secret, errors.As(err, &refused) && refused.Code >= 500)
	}
	_ = client.CloseWithSMTPClient(session) // the mail is taken: a failed QUIT changes nothing
	return nil
}

// client builds the go-mail client for one session. The dialler keeps the
// connection it opens in *opened, for the caller to close: go-mail v0.8.1
// leaves it open when STARTTLS or its handshake fails.
func (s *Sender) client() (*gomail.Client, string, *net.Conn, error) {
	opened := new(net.Conn)
	tlsConfig := &tls.Config{ServerName: s.host, RootCAs: s.cfg.RootCAs, MinVersion: tls.VersionTLS12}
	// A custom dialler replaces go-mail's implicit TLS, hence the tls.Dialer.
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		var d interface {
			DialContext(context.Context, string, string) (net.Conn, error)
		} = &net.Dialer{}
		if s.cfg.TLS == "tls" {
			d = &tls.Dialer{Config: tlsConfig}
		}
		c, err := d.DialContext(ctx, network, addr)
		*opened = c
		return c, err
	}
	opts := []gomail.Option{gomail.WithPort(s.port), gomail.WithTimeout(sessionTimeout),
		gomail.WithTLSConfig(tlsConfig), gomail.WithDialContextFunc(dial)}
	switch s.cfg.TLS {
	case "tls":
		opts = append(opts, gomail.WithSSL())
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	var secret string
	if s.cfg.Username != "" {
		auth := gomail.SMTPAuthPlain
		secret = s.cfg.Password
		if s.cfg.Auth == "xoauth2" {
			// A fresh token for every connection.
			var err error
			if secret, err = s.cfg.Token.Secret(); err != nil {
				return nil, "", opened, fmt.Errorf("log in to %s as %s: %w", s.cfg.Address, s.cfg.Username, err)
			}
			auth = gomail.SMTPAuthXOAUTH2 // go-mail sends the password as the token
		}
		opts = append(opts, gomail.WithSMTPAuth(auth),
			gomail.WithUsername(s.cfg.Username), gomail.WithPassword(secret))
	}
	client, err := gomail.NewClient(s.host, opts...)
	return client, secret, opened, err
}

// sessionTimeout bounds each exchange with the server (go-mail's deadline
// on the connection, renewed before each stage).
const sessionTimeout = 30 * time.Second

// transact runs one mail transaction on an open session: MAIL, RCPT, DATA,
// the message, commit, and the final ".".
func transact(c *smtp.Client, msg *gomail.Msg, commit func() error) error {
	from, err := msg.GetSender(false)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	rcpts, err := msg.GetRecipients()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	if err := c.Mail(from); err != nil {
		return fmt.Errorf("MAIL FROM: %w", err)
	}
	for _, r := range rcpts {
		if err := c.Rcpt(r); err != nil {
			return fmt.Errorf("RCPT TO %s: %w", r, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if _, err := msg.WriteTo(w); err != nil {
		return fmt.Errorf("write the message: %w", err)
	}
	if commit != nil {
		if err := commit(); err != nil {
			_ = c.Close() // no "." : the server drops what it has
			return fmt.Errorf("not submitted: %w", err)
		}
		// The commit may have taken a while; a connection that cannot take a
		// new deadline is broken, which the "." below reports.
		_ = c.UpdateDeadline(sessionTimeout)
	}
	if err := w.Close(); err != nil {
		var reply *textproto.Error
		if errors.As(err, &reply) {
			return fmt.Errorf("end of DATA: %w", err) // the server answered: not taken
		}
		return fmt.Errorf("%w: end of DATA: %v", ErrOutcomeUnknown, err)
	}
	return nil
}

// failed wraps a send's error: redacted (before wrapping, so that the
// markers survive redaction), marked permanent where it is.
func (s *Sender) failed(err error, secret string, permanent bool) error {
	unknown := errors.Is(err, ErrOutcomeUnknown)
	err = credential.Redact(err, secret)
	switch {
	case permanent:
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	case unknown && !errors.Is(err, ErrOutcomeUnknown):
		err = fmt.Errorf("%w (%v)", ErrOutcomeUnknown, err)
	}
	if s.cfg.Username != "" {
		return fmt.Errorf("send via %s as %s: %w", s.cfg.Address, s.cfg.Username, err)
	}
	return fmt.Errorf("send via %s: %w", s.cfg.Address, err)
}

// Compose builds the raw message m would be sent as (used by tests and by
// anything that must store a copy).
func Compose(m Message) ([]byte, error) {
	msg, err := compose(m)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

func compose(m Message) (*gomail.Msg, error) {
	for _, v := range []string{m.MessageID, m.FromName, m.From, m.ReplyTo, m.Subject, m.InReplyTo} {
		if strings.ContainsAny(v, "\r\n") {
			return nil, fmt.Errorf("a header value contains a line break: %q", v)
		}
	}
	if m.MessageID == "" || !validID(m.MessageID) {
		return nil, fmt.Errorf("bad Message-ID %q", m.MessageID)
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	msg.SetCharset(gomail.CharsetUTF8)
	if err := msg.FromFormat(m.FromName, m.From); err != nil {
		return nil, fmt.Errorf("from %q: %w", m.From, err)
	}
	if m.ReplyTo != "" {
		if err := msg.ReplyTo(m.ReplyTo); err != nil {
			return nil, fmt.Errorf("reply-to %q: %w", m.ReplyTo, err)
		}
	}
	if len(m.To) == 0 {
		return nil, errors.New("no recipient")
	}
	if err := msg.To(m.To...); err != nil {
		return nil, fmt.Errorf("to %q: %w", m.To, err)
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.MessageID)
	if m.Date.IsZero() {
		msg.SetDate()
	} else {
		msg.SetDateWithValue(m.Date)
	}
	if m.InReplyTo != "" && validID(m.InReplyTo) {
		msg.SetGenHeaderPreformatted(gomail.HeaderInReplyTo, "<"+m.InReplyTo+">")
	}
	var refs []string
	for _, r := range m.References {
		if r = message.NormalizeMessageID(r); validID(r) {
			refs = append(refs, "<"+r+">")
		}
	}
	if len(refs) > 0 {
		// Space-separated, as RFC 5322 writes msg-id lists; folded by nothing
		// here, so keep the chain to the newest few.
		if len(refs) > 10 {
			refs = append(refs[:1], refs[len(refs)-9:]...)
		}
		msg.SetGenHeaderPreformatted(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	return msg, nil
}

// validID accepts what can stand between angle brackets in a msg-id.
func validID(id string) bool {
	if id == "" || len(id) > 250 || !strings.Contains(id, "@") {
		return false
	}
	for _, r := range id {
		if r <= ' ' || r >= 0x7f || r == '<' || r == '>' {
			return false
		}
	}
	return true
}
