package mailserver

import (
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Folders every dev mailbox has: INBOX receives deliveries, Sent is where
// mail clients (and certflow) file copies of what they send.
var standardFolders = []string{"INBOX", "Sent"}

// AddMailbox ensures the mailbox for address exists, with an INBOX and a
// Sent folder, and that it logs in with the shared password. The address is
// reduced the way delivery reduces a recipient ("Certs+x@Devstack.test" is
// "certs@devstack.test"). It is idempotent, and recreates a standard folder
// a client deleted.
func (s *Server) AddMailbox(address string) error {
	user, err := mailboxName(address)
	if err != nil {
		return err
	}
	_, err = s.ensureUser(user)
	return err
}

// Deliver files raw in the INBOX of the mailbox rcpt maps to, exactly as if
// it had arrived over SMTP with RCPT TO:<rcpt>: same mailbox mapping and
// creation, same added headers, same size limit, same log line. The
// envelope sender, which SMTP takes from MAIL FROM, is the message's From
// address here (empty if it has none), as a submitting client would send.
func (s *Server) Deliver(rcpt string, raw []byte) error {
	if err := checkSize(raw); err != nil {
		return err // before envelopeSender parses a huge header
	}
	return s.deliver(envelopeSender(raw), rcpt, raw)
}

// deliver is the one delivery path, shared by SMTP and Deliver.
func (s *Server) deliver(from, rcpt string, raw []byte) error {
	if err := checkSize(raw); err != nil {
		return err
	}
	if strings.ContainsAny(from, "\r\n<>") {
		return fmt.Errorf("mailserver: invalid sender address %q", from)
	}
	user, err := mailboxName(rcpt)
	if err != nil {
		return err
	}
	u, err := s.ensureUser(user)
	if err != nil {
		return err
	}

	msg := stamp(from, rcpt, raw)
	now := time.Now()
	if err := s.keep(user, msg, now); err != nil {
		return err
	}
	// bytes.Reader has the Size method imap.LiteralReader needs.
	_, err = s.appendIndexed(u, user, "INBOX", msg, &imap.AppendOptions{Time: now})
	if err != nil {
		return fmt.Errorf("mailserver: deliver to %s: %w", user, err)
	}
	// The append queued an EXISTS for every session with INBOX selected;
	// wake the idling ones so they send it now.
	s.notifyChanged()
	s.log.Info("mail delivered", "from", from, "rcpt", rcpt, "size", len(raw))
	if s.onDeliver != nil {
		s.onDeliver(user, msg)
	}
	return nil
}

// appendIndexed appends raw to a folder of user u (named user) and records
// its Message-ID in the index searches use.
func (s *Server) appendIndexed(u *imapmemserver.User, user, folder string, raw []byte,
	options *imap.AppendOptions) (*imap.AppendData, error) {
	data, err := u.Append(folder, bytes.NewReader(raw), options)
	if err == nil {
		s.index.add(user, folder, data, raw)
	}
	return data, err
}

func checkSize(raw []byte) error {
	if len(raw) > maxMessageBytes {
		return fmt.Errorf("mailserver: message of %d bytes is over the %d-byte limit", len(raw), maxMessageBytes)
	}
	return nil
}

// ensureUser returns the user named by the canonical address user, creating
// it with the shared password and its standard folders as needed.
func (s *Server) ensureUser(user string) (*imapmemserver.User, error) {
	s.mu.Lock()
	u := s.users[user]
	if u == nil {
		u = imapmemserver.NewUser(user, s.password)
		s.users[user] = u
	}
	s.mu.Unlock()

	for _, name := range standardFolders {
		err := u.Create(name, nil)
		var imapErr *imap.Error
		switch {
		case err == nil:
			// Subscribe so clients that only show subscribed folders see it.
			if err := u.Subscribe(name); err != nil {
				return nil, fmt.Errorf("mailserver: subscribe %s of %s: %w", name, user, err)
			}
		case errors.As(err, &imapErr) && imapErr.Code == imap.ResponseCodeAlreadyExists:
		default:
			return nil, fmt.Errorf("mailserver: create %s of %s: %w", name, user, err)
		}
	}
	return u, nil
}

// authenticate returns the existing mailbox that login and password open,
// or nil. Logins are full addresses, compared case-insensitively; the
// +tag of an address is not stripped, a login names the mailbox itself.
func (s *Server) authenticate(login, password string) *imapmemserver.User {
	login = strings.ToLower(login)
	s.mu.Lock()
	u := s.users[login]
	s.mu.Unlock()
	if u == nil || u.Login(login, password) != nil {
		return nil
	}
	return u
}

// SetToken makes token the OAuth 2.0 access token that opens address's
// mailbox over XOAUTH2 (IMAP AUTHENTICATE and SMTP AUTH), replacing the
// previous one as a provider does when a token is refreshed, so tests can
// check that a client picks up a new token. The mailbox is created if
// missing and its password keeps working. An empty token turns XOAUTH2 off
// for the mailbox.
func (s *Server) SetToken(address, token string) error {
	user, err := mailboxName(address)
	if err != nil {
		return err
	}
	if _, err := s.ensureUser(user); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if token == "" {
		delete(s.tokens, user)
	} else {
		s.tokens[user] = token
	}
	return nil
}

// authenticateToken returns the existing mailbox that login and an OAuth
// 2.0 access token open, or nil.
func (s *Server) authenticateToken(login, token string) *imapmemserver.User {
	login = strings.ToLower(login)
	s.mu.Lock()
	defer s.mu.Unlock()
	want, ok := s.tokens[login]
	if !ok || subtle.ConstantTimeCompare([]byte(want), []byte(token)) != 1 {
		return nil
	}
	return s.users[login]
}

// mailboxName maps a recipient address to the mailbox (user) that receives
// its mail: "Local+tag@Domain" becomes "local@domain" (subaddressing, as
// in certs+merge-123@devstack.test).
func mailboxName(addr string) (string, error) {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 || strings.ContainsFunc(addr, isSpaceOrControl) {
		return "", fmt.Errorf("mailserver: invalid mailbox address %q", addr)
	}
	local, domain := addr[:at], addr[at+1:]
	// i > 0 keeps a local part that merely starts with "+" intact.
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	return strings.ToLower(local + "@" + domain), nil
}

func isSpaceOrControl(r rune) bool {
	return r <= ' ' || r == 0x7f
}

// stamp returns raw with the Return-Path and Delivered-To lines a final
// delivery agent adds, and with every bare LF turned into CRLF so the
// stored message is valid RFC 5322 whatever the sender used.
func stamp(from, rcpt string, raw []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(raw) + len(from) + len(rcpt) + 64 + bytes.Count(raw, []byte("\n")))
	b.WriteString("Return-Path: <" + from + ">\r\n")
	b.WriteString("Delivered-To: " + rcpt + "\r\n")
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			b.Write(raw)
			break
		}
		line := raw[:i]
		b.Write(bytes.TrimSuffix(line, []byte("\r")))
		b.WriteString("\r\n")
		raw = raw[i+1:]
	}
	return b.Bytes()
}

// envelopeSender returns the address in raw's From header, or "" when it
// has none that parses.
func envelopeSender(raw []byte) string {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	addrs, err := msg.Header.AddressList("From")
	if err != nil || len(addrs) == 0 {
		return ""
	}
	return addrs[0].Address
}
