// Package mailserver is the dev stack's mail system: an IMAP server and an
// SMTP server in one process that share one in-memory message store, so a
// newcomer can run certflow end to end on loopback without a mail provider.
//
// Every message accepted over SMTP is filed in each recipient's INBOX, where
// any IMAP client can read it with the recipient's full address as the login
// and the one shared dev password. Mailboxes are created on first delivery.
// By default nothing is persisted, there is no TLS and authentication is
// plaintext: this is a development tool only, meant to listen on loopback.
// TLS (Config.TLS) and XOAUTH2 (Server.SetToken) exist so that tests can
// check certflow's certificate checks and token logins over real TCP.
package mailserver

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/mail/trust"
)

// maxMessageBytes caps a message accepted over SMTP, by Deliver, or by IMAP
// APPEND; 25 MiB is what common providers accept.
const maxMessageBytes = 25 << 20

// closeTimeout bounds how long Close waits for connection handlers to
// finish after their connections were closed, so Close never hangs.
const closeTimeout = 5 * time.Second

// Config says where the dev mail system listens and how mailboxes log in.
type Config struct {
	// IMAPAddr is the host:port the IMAP server listens on, e.g.
	// "127.0.0.1:1143". Port 0 picks a free port (see Server.IMAPAddr).
	IMAPAddr string
	// SMTPAddr is the host:port the SMTP server listens on, e.g.
	// "127.0.0.1:2525". Port 0 picks a free port (see Server.SMTPAddr).
	SMTPAddr string
	// Password is every dev mailbox's password. The login is the mailbox's
	// full address in lower case, e.g. "certs@devstack.test".
	Password string
	// Logger receives one Info line per delivery and the servers' errors.
	// Nil discards everything.
	Logger *slog.Logger
	// OnDeliver, when set, is called after each delivery with the mailbox
	// and the message as stored; the dev stack's simulated people listen
	// here. It must not block.
	OnDeliver func(mailbox string, raw []byte)
	// TLS, when set, makes both servers offer TLS with this configuration,
	// which must hold a certificate: STARTTLS on the plain connection, or
	// with ImplicitTLS, TLS from the first byte (as on ports 993 and 465).
	TLS *tls.Config
	// ImplicitTLS needs TLS; see there.
	ImplicitTLS bool
	// Dir, when set, keeps every delivered message as a file under
	// Dir/<mailbox>/ and loads them back, in order, on Start, so a restarted
	// dev stack shows the same mailboxes with the same UIDs. Flags are not
	// kept.
	Dir string
	// AuthservID, when set, makes the SMTP server act as a receiving
	// server that authenticates mail: it verifies DKIM signatures (keys
	// from DKIMResolver) and adds "Authentication-Results: <AuthservID>; …"
	// to each message, after removing any that claim to be its own.
	AuthservID   string
	DKIMResolver trust.Resolver
}

// Server is a running dev mail system: an IMAP server and an SMTP server
// over one in-memory store. Create it with Start and stop it with Close.
type Server struct {
	password  string
	log       *slog.Logger
	dir       string // "" keeps nothing on disk
	onDeliver func(mailbox string, raw []byte)

	authservID   string
	dkimResolver trust.Resolver

	imapLn, smtpLn *trackingListener
	imap           *imapserver.Server
	smtp           *smtp.Server
	serving        sync.WaitGroup // the two Serve goroutines

	mu       sync.Mutex
	users    map[string]*imapmemserver.User // key: lower-case address
	tokens   map[string]string              // XOAUTH2 access token by user, see SetToken
	closed   bool                           // no new IMAP sessions once set
	sessions sync.WaitGroup                 // IMAP sessions not yet closed
	changed  chan struct{}                  // closed and replaced on every mailbox change; wakes IDLE

	index          idIndex      // Message-IDs by folder, for SEARCH
	logins         atomic.Int64 // successful IMAP logins, see Logins
	open, mostOpen atomic.Int64 // IMAP connections open now, and at most so far

	closeOnce sync.Once
	closeErr  error
}

// Start binds both listeners and starts serving; when it returns, clients
// can connect to IMAPAddr and SMTPAddr. A port already in use gives an error that
// names the address.
func Start(cfg Config) (*Server, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	imapLn, err := listen("IMAP", cfg.IMAPAddr)
	if err != nil {
		return nil, err
	}
	smtpLn, err := listen("SMTP", cfg.SMTPAddr)
	if err != nil {
		imapLn.Close()
		return nil, err
	}
	s := newServer(cfg, logger, imapLn, smtpLn)
	if err := s.load(); err != nil {
		imapLn.Close()
		smtpLn.Close()
		return nil, err
	}
	// The TLS listeners wrap the tracking ones, so Close still reaches
	// every connection; the servers see *tls.Conn and know it is secure.
	var imapServe, smtpServe net.Listener = imapLn, smtpLn
	if cfg.ImplicitTLS {
		imapServe, smtpServe = tls.NewListener(imapLn, cfg.TLS), tls.NewListener(smtpLn, cfg.TLS)
	}
	s.serving.Add(2)
	go s.serve("IMAP", func() error { return s.imap.Serve(imapServe) })
	go s.serve("SMTP", func() error { return s.smtp.Serve(smtpServe) })

	for _, ln := range []net.Listener{imapLn, smtpLn} {
		if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
			logger.Warn("dev mail server is reachable beyond loopback; it has no TLS and one shared password",
				"addr", tcp.String())
		}
	}
	logger.Info("dev mail server listening", "imap", s.IMAPAddr(), "smtp", s.SMTPAddr())
	return s, nil
}

// check refuses a configuration the server cannot serve safely.
func (cfg Config) check() error {
	switch {
	case cfg.IMAPAddr == "":
		return errors.New("mailserver: IMAPAddr is empty")
	case cfg.SMTPAddr == "":
		return errors.New("mailserver: SMTPAddr is empty")
	case cfg.ImplicitTLS && cfg.TLS == nil:
		return errors.New("mailserver: ImplicitTLS needs a TLS configuration")
	case cfg.Password == "":
		// An empty password would let anyone log in to every mailbox with
		// an empty LOGIN; make the dev stack choose one.
		return errors.New("mailserver: Password is empty")
	}
	return nil
}

// newServer is the server on the two listeners, with its IMAP and SMTP
// servers built but not yet serving.
func newServer(cfg Config, logger *slog.Logger, imapLn, smtpLn *trackingListener) *Server {
	s := &Server{
		password:     cfg.Password,
		log:          logger,
		dir:          cfg.Dir,
		onDeliver:    cfg.OnDeliver,
		authservID:   cfg.AuthservID,
		dkimResolver: cfg.DKIMResolver,
		imapLn:       imapLn,
		smtpLn:       smtpLn,
		users:        make(map[string]*imapmemserver.User),
		tokens:       make(map[string]string),
		changed:      make(chan struct{}),
	}
	// STARTTLS is offered only on plain connections.
	var startTLS *tls.Config
	if !cfg.ImplicitTLS {
		startTLS = cfg.TLS
	}
	s.imap = imapserver.New(&imapserver.Options{
		NewSession: s.newIMAPSession,
		Caps:       imapCaps,
		Logger:     printfLogger{srv: s, prefix: "imap: "},
		TLSConfig:  startTLS,
		// Plaintext LOGIN is acceptable because this server is for loopback
		// development only.
		InsecureAuth: true,
	})
	s.smtp = newSMTPServer(s)
	s.smtp.TLSConfig = startTLS
	return s
}

// imapCaps lists IMAP4rev1, IMAP4rev2 and every extension that imapserver
// implements given a backend that supports it, restricted to those
// imapmemserver supports. IDLE, UNSELECT, ENABLE, UTF8=ACCEPT, SASL-IR and
// LITERAL- need no entry: imapserver advertises them whenever IMAP4rev1 is
// listed (IDLE only once logged in). Left out: SPECIAL-USE and
// CREATE-SPECIAL-USE (imapmemserver ignores special-use attributes),
// CHILDREN (it never reports them), UNAUTHENTICATE (not implemented).
// APPENDLIMIT comes from imapSession.AppendLimit.
var imapCaps = imap.CapSet{
	imap.CapIMAP4rev1:    {},
	imap.CapIMAP4rev2:    {},
	imap.CapNamespace:    {},
	imap.CapUIDPlus:      {},
	imap.CapESearch:      {},
	imap.CapSearchRes:    {},
	imap.CapListExtended: {},
	imap.CapListStatus:   {},
	imap.CapMove:         {},
	imap.CapStatusSize:   {},
	imap.CapBinary:       {},
	imap.CapLiteralPlus:  {},
}

func listen(proto, addr string) (*trackingListener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("mailserver: cannot listen for %s on %s (is another dev stack or mail server running?): %w",
			proto, addr, err)
	}
	return newTrackingListener(ln), nil
}

func (s *Server) serve(proto string, serve func() error) {
	defer s.serving.Done()
	// A listener closed by Close is the normal way out, not an error.
	if err := serve(); err != nil && !errors.Is(err, net.ErrClosed) {
		s.log.Error("dev mail server stopped serving", "proto", proto, "err", err)
	}
}

// IMAPAddr returns the address the IMAP server is bound to, with the actual
// port when Config.IMAPAddr asked for port 0.
func (s *Server) IMAPAddr() string { return s.imapLn.Addr().String() }

// SMTPAddr returns the address the SMTP server is bound to, with the actual
// port when Config.SMTPAddr asked for port 0.
func (s *Server) SMTPAddr() string { return s.smtpLn.Addr().String() }

// Close stops both servers. It closes every open connection, including
// clients in IMAP IDLE, and waits a bounded time for their handlers to end,
// so it never hangs. Calling it again returns the first call's result.
func (s *Server) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.close() })
	return s.closeErr
}

func (s *Server) close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()

	// Close listeners and every accepted connection ourselves: the
	// libraries only close connections whose handler has already
	// registered, so a client that just connected could otherwise survive.
	s.imapLn.Close()
	s.smtpLn.Close()

	ctx, cancel := context.WithTimeout(context.Background(), closeTimeout)
	defer cancel()

	// imapserver.Close reports nothing useful here: its listener is already
	// closed, and it does not wait for connection handlers (s.sessions does).
	_ = s.imap.Close()
	var errs []error
	// Shutdown (not Close) because it waits for the SMTP handlers, which
	// end promptly now that their connections are closed.
	if err := s.smtp.Shutdown(ctx); err != nil {
		errs = append(errs, fmt.Errorf("SMTP connections: %w", err))
	}
	if err := waitContext(ctx, &s.sessions); err != nil {
		errs = append(errs, fmt.Errorf("IMAP sessions: %w", err))
	}
	if err := waitContext(ctx, &s.serving); err != nil {
		errs = append(errs, fmt.Errorf("listeners: %w", err))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("mailserver: close: %w", err)
	}
	return nil
}

// waitContext waits for wg unless ctx ends first.
func waitContext(ctx context.Context, wg *sync.WaitGroup) error {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// changes returns a channel that is closed at the next mailbox change.
// Take it before looking at mailbox state so no change can slip between.
func (s *Server) changes() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// notifyChanged wakes every IDLE session so it sends its pending updates.
func (s *Server) notifyChanged() {
	s.mu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// isClosing reports whether Close has begun.
func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// printfLogger adapts slog to the Printf-style loggers of imapserver and
// go-smtp, which report unexpected errors at Warn. Once Close has begun,
// errors of the connections it cuts (e.g. an IDLE reading from a closed
// socket) are expected, so they go to Debug.
type printfLogger struct {
	srv    *Server
	prefix string
}

func (l printfLogger) Printf(format string, args ...any) {
	l.logf(fmt.Sprintf(format, args...))
}

func (l printfLogger) Println(args ...any) {
	l.logf(fmt.Sprintln(args...))
}

func (l printfLogger) logf(msg string) {
	level := slog.LevelWarn
	if l.srv.isClosing() {
		level = slog.LevelDebug
	}
	l.srv.log.Log(context.Background(), level, l.prefix+strings.TrimSuffix(msg, "\n"))
}
