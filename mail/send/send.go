// Package send composes certflow's outgoing mail and submits it over SMTP.
//
// Every message is UTF-8 text/plain with a Message-ID chosen by the caller,
// so the same logical mail always carries the same ID.
package send

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

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
	Address  string // host:port
	Username string // "" sends without AUTH
	Password string
	TLS      string // "tls", "starttls" or "none"
}

// Sender submits mail to one SMTP server.
type Sender struct {
	cfg  Config
	host string
	port int
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
	return &Sender{cfg: cfg, host: host, port: port}, nil
}

// ErrPermanent marks a refusal that retrying will not change: a 5xx reply or
// a message that cannot be built.
var ErrPermanent = errors.New("permanent failure")

// Send submits m. An error wrapping ErrPermanent will fail again if retried;
// any other error is worth retrying.
func (s *Sender) Send(ctx context.Context, m Message) error {
	msg, err := compose(m)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	opts := []gomail.Option{gomail.WithPort(s.port), gomail.WithTimeout(30 * time.Second)}
	switch s.cfg.TLS {
	case "tls":
		opts = append(opts, gomail.WithSSL())
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthPlain),
			gomail.WithUsername(s.cfg.Username), gomail.WithPassword(s.cfg.Password))
	}
	client, err := gomail.NewClient(s.host, opts...)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	err = client.DialAndSendWithContext(ctx, msg)
	var sendErr *gomail.SendError
	if errors.As(err, &sendErr) && !sendErr.IsTemp() && sendErr.ErrorCode() >= 500 {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	return err
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
