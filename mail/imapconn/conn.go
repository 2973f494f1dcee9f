// Package imapconn opens logged-in IMAP connections and runs each exchange
// under a watchdog.
//
// go-imap v2 beta.8 sets no read deadline while a command waits (IDLE
// included), so a peer that stops answering without closing would block
// its caller forever. Every exchange here runs with a timer that closes the
// connection when it fires; the blocked call then returns an error.
package imapconn

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/credential"
)

// Config says where to connect and how to log in.
type Config struct {
	Address  string // host:port
	Username string
	// Auth is "password" (LOGIN with Password; "" means the same) or
	// "xoauth2" (AUTHENTICATE XOAUTH2 with a token from Token).
	Auth     string
	Password string
	// Token gives the OAuth 2.0 access token for "xoauth2". It is asked at
	// every Dial, so a refreshed token is used by the next connection.
	Token credential.Source
	// TLS is "tls" (implicit; "" means the same), "starttls" or "none".
	// "none" is refused unless the host is loopback.
	TLS string
	// RootCAs verifies the server's certificate; nil means the system's
	// trust store. There is deliberately no way to skip verification.
	RootCAs *x509.CertPool
	// Timeout bounds every exchange; zero means one minute.
	Timeout time.Duration
	Logger  *slog.Logger
	// OnLogin, when set, is called before every LOGIN or AUTHENTICATE this
	// config sends (whatever its outcome): what a server's per-user
	// connection limit and a provider's login-rate limit count.
	OnLogin func()
}

// ErrStalled is returned by an exchange the watchdog cut short.
var ErrStalled = errors.New("the IMAP server stopped answering; connection closed")

// Conn is a logged-in connection.
type Conn struct {
	*imapclient.Client
	cfg Config
	// Selected is, for a caller that keeps a mailbox open between
	// exchanges, the server's answer when it opened it (nil: none). It
	// lives as long as the session: a pool hands it back with the session.
	Selected *imap.SelectData
}

// Dial connects and logs in. opts may carry handlers; its WordDecoder is
// set so that encoded words in any charset decode, and its TLSConfig is
// replaced by one built from cfg. No error carries the password or token.
func Dial(cfg Config, opts *imapclient.Options) (*Conn, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if opts == nil {
		opts = &imapclient.Options{}
	}
	opts.WordDecoder = &mime.WordDecoder{CharsetReader: charset.Reader}
	host, _, err := net.SplitHostPort(cfg.Address)
	if err != nil {
		return nil, fmt.Errorf("IMAP address %q: %w", cfg.Address, err)
	}
	opts.TLSConfig = &tls.Config{ServerName: host, RootCAs: cfg.RootCAs, MinVersion: tls.VersionTLS12}

	// The secret is taken before connecting, so a missing token file fails
	// without a round trip, and the same secret is redacted from any error.
	login, secret, err := loginFor(cfg)
	if err != nil {
		return nil, err
	}
	dial, err := dialerFor(cfg, host)
	if err != nil {
		return nil, err
	}
	c, err := dial(cfg.Address, opts)
	if err != nil {
		return nil, credential.Redact(fmt.Errorf("connect to %s: %w", cfg.Address, err), secret)
	}
	conn := &Conn{Client: c, cfg: cfg}
	if cfg.OnLogin != nil {
		cfg.OnLogin()
	}
	if err := conn.Do(func() error { return login(c) }); err != nil {
		c.Close()
		return nil, credential.Redact(fmt.Errorf("log in to %s as %s: %w", cfg.Address, cfg.Username, err), secret)
	}
	return conn, nil
}

// loginFor returns how cfg logs in, and the secret it logs in with (to be
// redacted from errors). An xoauth2 token is read here, before connecting.
func loginFor(cfg Config) (login func(*imapclient.Client) error, secret string, err error) {
	switch cfg.Auth {
	case "", "password":
		return func(c *imapclient.Client) error { return c.Login(cfg.Username, cfg.Password).Wait() }, cfg.Password, nil
	case "xoauth2":
		if cfg.Token == nil {
			return nil, "", fmt.Errorf("log in to %s as %s: xoauth2 needs a token source", cfg.Address, cfg.Username)
		}
		token, err := cfg.Token.Secret()
		if err != nil {
			return nil, "", fmt.Errorf("log in to %s as %s: %w", cfg.Address, cfg.Username, err)
		}
		return func(c *imapclient.Client) error {
			return c.Authenticate(credential.NewXOAUTH2Client(cfg.Username, token))
		}, token, nil
	default:
		return nil, "", fmt.Errorf("IMAP auth %q is not password or xoauth2", cfg.Auth)
	}
}

// dialerFor returns how to connect in cfg's TLS mode.
func dialerFor(cfg Config, host string) (func(string, *imapclient.Options) (*imapclient.Client, error), error) {
	switch cfg.TLS {
	case "", "tls":
		return imapclient.DialTLS, nil
	case "starttls":
		// Fails, rather than going on in plaintext, when the server does
		// not offer STARTTLS.
		return imapclient.DialStartTLS, nil
	case "none":
		// Config refuses this too; checked again here because a password
		// in clear must never leave the machine, whoever built cfg.
		if !config.IsLoopback(host) {
			return nil, fmt.Errorf("IMAP without TLS is refused for %s: plaintext is allowed only to a loopback host",
				cfg.Address)
		}
		return imapclient.DialInsecure, nil
	default:
		return nil, fmt.Errorf("IMAP TLS mode %q is not tls, starttls or none", cfg.TLS)
	}
}

// Do runs one exchange under the watchdog.
func (c *Conn) Do(f func() error) error {
	_, err := Get(c, func() (struct{}, error) { return struct{}{}, f() })
	return err
}

// Get runs one exchange that returns a value under the watchdog.
func Get[T any](c *Conn, f func() (T, error)) (T, error) {
	return GetWithin(c, c.cfg.Timeout, f)
}

// Timeout is the watchdog of one ordinary exchange.
func (c *Conn) Timeout() time.Duration { return c.cfg.Timeout }

// GetWithin is Get with a watchdog of its own, for an exchange that may
// rightly take longer than most (the download of a large message).
func GetWithin[T any](c *Conn, timeout time.Duration, f func() (T, error)) (T, error) {
	var once sync.Once
	stalled := false
	timer := time.AfterFunc(timeout, func() {
		once.Do(func() {
			stalled = true
			c.cfg.Logger.Warn("IMAP server stopped answering: closing the connection",
				"address", c.cfg.Address, "timeout", timeout)
			c.Client.Close()
		})
	})
	v, err := f()
	if !timer.Stop() {
		// The watchdog fired or is firing; wait for it to finish so that
		// reading stalled is ordered after its write.
		once.Do(func() {})
		if stalled {
			return v, fmt.Errorf("%w (after %s)", ErrStalled, timeout)
		}
	}
	return v, err
}

// Close logs out politely when the server answers, and closes regardless.
func (c *Conn) Close() error {
	_ = c.Do(func() error { return c.Logout().Wait() }) // a refused LOGOUT changes nothing: it closes next
	return c.Client.Close()
}
