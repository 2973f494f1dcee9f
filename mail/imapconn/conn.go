// Package imapconn opens logged-in IMAP connections and runs each exchange
// under a watchdog.
//
// go-imap v2 beta.8 sets no read deadline while a command waits (IDLE
// included), so a peer that stops answering without closing would block
// its caller forever. Every exchange here runs with a timer that closes the
// connection when it fires; the blocked call then returns an error.
package imapconn

import (
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
)

// Config says where to connect and how to log in.
type Config struct {
	Address  string // host:port
	Username string
	Password string
	TLS      string // "tls", "starttls" or "none"
	// Timeout bounds every exchange; zero means one minute.
	Timeout time.Duration
	Logger  *slog.Logger
}

// ErrStalled is returned by an exchange the watchdog cut short.
var ErrStalled = errors.New("the IMAP server stopped answering; connection closed")

// Conn is a logged-in connection.
type Conn struct {
	*imapclient.Client
	cfg Config
}

// Dial connects and logs in. opts may carry handlers; its WordDecoder is
// set so that encoded words in any charset decode.
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
	var c *imapclient.Client
	var err error
	switch cfg.TLS {
	case "tls":
		c, err = imapclient.DialTLS(cfg.Address, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(cfg.Address, opts)
	default:
		c, err = imapclient.DialInsecure(cfg.Address, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", cfg.Address, err)
	}
	conn := &Conn{Client: c, cfg: cfg}
	if err := conn.Do(func() error { return c.Login(cfg.Username, cfg.Password).Wait() }); err != nil {
		c.Close()
		return nil, fmt.Errorf("log in to %s as %s: %w", cfg.Address, cfg.Username, err)
	}
	return conn, nil
}

// Do runs one exchange under the watchdog.
func (c *Conn) Do(f func() error) error {
	_, err := Get(c, func() (struct{}, error) { return struct{}{}, f() })
	return err
}

// Get runs one exchange that returns a value under the watchdog.
func Get[T any](c *Conn, f func() (T, error)) (T, error) {
	var once sync.Once
	stalled := false
	timer := time.AfterFunc(c.cfg.Timeout, func() {
		once.Do(func() {
			stalled = true
			c.cfg.Logger.Warn("IMAP server stopped answering: closing the connection", "address", c.cfg.Address, "timeout", c.cfg.Timeout)
			c.Client.Close()
		})
	})
	v, err := f()
	if !timer.Stop() {
		// The watchdog fired or is firing; wait for it to finish so that
		// reading stalled is ordered after its write.
		once.Do(func() {})
		if stalled {
			return v, fmt.Errorf("%w (after %s)", ErrStalled, c.cfg.Timeout)
		}
	}
	return v, err
}

// Close logs out politely when the server answers, and closes regardless.
func (c *Conn) Close() error {
	_ = c.Do(func() error { return c.Logout().Wait() })
	return c.Client.Close()
}
