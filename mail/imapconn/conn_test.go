package imapconn_test

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/credential"
	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/mailtest"
)

const (
	user     = "certs@devstack.test"
	password = "PASSWORD-never-in-errors-81"
)

// startServer runs the dev mail server on loopback, with TLS when tlsCfg
// is set (implicit or STARTTLS), and a mailbox for user.
func startServer(t *testing.T, tlsCfg *tls.Config, implicit bool) *mailserver.Server {
	t.Helper()
	srv, err := mailserver.Start(mailserver.Config{
		IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: password,
		TLS: tlsCfg, ImplicitTLS: implicit,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := srv.AddMailbox(user); err != nil {
		t.Fatal(err)
	}
	return srv
}

// dialOK dials, proves the session is logged in by selecting INBOX, and
// closes.
func dialOK(t *testing.T, cfg imapconn.Config) {
	t.Helper()
	c, err := imapconn.Dial(cfg, nil)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if err := c.Do(func() error { _, err := c.Select("INBOX", nil).Wait(); return err }); err != nil {
		t.Fatalf("SELECT INBOX after login: %v", err)
	}
}

func TestXOAUTH2LoginFollowsTheTokenFile(t *testing.T) {
	srv := startServer(t, nil, false)
	path := filepath.Join(t.TempDir(), "imap-token")
	cfg := imapconn.Config{Address: srv.IMAPAddr(), Username: user, Auth: "xoauth2", Token: credential.TokenFile(path), TLS: "none"}

	const first, second = "ya29.FIRST-token-1234", "ya29.SECOND-token-5678"
	if err := srv.SetToken(user, first); err != nil {
		t.Fatal(err)
	}
	mailtest.WriteToken(t, path, first)
	dialOK(t, cfg)

	// The provider now only takes the refreshed token; the refresher
	// rewrites the file, and the next connection uses it, same Config.
	if err := srv.SetToken(user, second); err != nil {
		t.Fatal(err)
	}
	_, err := imapconn.Dial(cfg, nil)
	if err == nil {
		t.Fatal("the superseded token was accepted")
	}
	t.Logf("refused: %v", err)
	if msg := err.Error(); !strings.Contains(msg, user) || !strings.Contains(msg, srv.IMAPAddr()) || strings.Contains(msg, first) {
		t.Errorf("refused login: %q should name the user and server, and not contain the token", msg)
	}
	mailtest.WriteToken(t, path, second)
	dialOK(t, cfg)

	// The password still opens the mailbox by LOGIN.
	dialOK(t, imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: "none"})
}

func TestMissingTokenFileFailsBeforeConnecting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-token")
	// Nothing listens on port 1: the file is looked at first.
	_, err := imapconn.Dial(imapconn.Config{Address: "127.0.0.1:1", Username: user, Auth: "xoauth2", Token: credential.TokenFile(path), TLS: "none"}, nil)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), user) || strings.Contains(err.Error(), "refused") {
		t.Fatalf("err = %v; want one naming %s and %s, from before any connection", err, path, user)
	}
}

func TestWrongPasswordErrorHasNoSecret(t *testing.T) {
	srv := startServer(t, nil, false)
	const wrong = "WRONG-password-never-in-errors-17"
	_, err := imapconn.Dial(imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: wrong, TLS: "none"}, nil)
	if err == nil {
		t.Fatal("logged in with a wrong password")
	}
	if msg := err.Error(); strings.Contains(msg, wrong) || !strings.Contains(msg, user) {
		t.Fatalf("error %q should name the user and not contain the password", msg)
	}
}

func TestTLSVerifiesTheCertificate(t *testing.T) {
	serverTLS, pool, err := mailserver.SelfSignedTLS("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"tls", "starttls"} {
		t.Run(mode, func(t *testing.T) {
			srv := startServer(t, serverTLS, mode == "tls")
			cfg := imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: mode}

			// The system trust store does not know the test CA.
			_, err := imapconn.Dial(cfg, nil)
			var unknown x509.UnknownAuthorityError
			if !errors.As(err, &unknown) {
				t.Fatalf("untrusted certificate: err = %v, want x509.UnknownAuthorityError", err)
			}
			t.Logf("refused: %v", err)
			if strings.Contains(err.Error(), password) {
				t.Errorf("error contains the password: %v", err)
			}

			cfg.RootCAs = pool
			dialOK(t, cfg)

			// The certificate is checked against the name dialled too.
			cfg.Address = strings.Replace(cfg.Address, "127.0.0.1", "localhost", 1)
			var hostErr x509.HostnameError
			if _, err := imapconn.Dial(cfg, nil); !errors.As(err, &hostErr) {
				t.Fatalf("certificate for another name: err = %v, want x509.HostnameError", err)
			}
		})
	}
}

// starttls must not fall back to plaintext: against a server that offers
// no STARTTLS, Dial fails and no credential ever crosses the wire. The same
// holds for implicit TLS and for an unset mode, which means tls.
func TestStartTLSRefusesServerWithoutIt(t *testing.T) {
	srv := startServer(t, nil, false)
	for _, mode := range []string{"starttls", "", "tls"} {
		proxy, sent := mailtest.RecordingProxy(t, srv.IMAPAddr())
		_, err := imapconn.Dial(imapconn.Config{Address: proxy, Username: user, Password: password, TLS: mode}, nil)
		if err == nil {
			t.Fatalf("TLS %q: logged in over plaintext", mode)
		}
		t.Logf("TLS %q refused: %v", mode, err)
		if got := sent(); strings.Contains(got, password) || strings.Contains(strings.ToUpper(got), "LOGIN") {
			t.Fatalf("TLS %q: the client sent credentials in clear:\n%s", mode, got)
		}
	}
}

func TestPlaintextOnlyToLoopback(t *testing.T) {
	for _, addr := range []string{"192.0.2.1:143", "imap.example.com:143", "[2001:db8::1]:143"} {
		_, err := imapconn.Dial(imapconn.Config{Address: addr, Username: user, Password: password, TLS: "none"}, nil)
		if err == nil || !strings.Contains(err.Error(), "loopback") || strings.Contains(err.Error(), password) {
			t.Errorf("%s: err = %v, want a refusal naming the loopback rule", addr, err)
		}
	}
	if _, err := imapconn.Dial(imapconn.Config{Address: "127.0.0.1:143", TLS: "plain"}, nil); err == nil {
		t.Error("an unknown TLS mode was accepted")
	}
}

// echoSession is a server session whose LOGIN refusal quotes the password
// back, as a careless server might.
type echoSession struct{ *imapmemserver.UserSession }

func (echoSession) Login(_, password string) error {
	return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "bad password " + password}
}

// Even a server that echoes the password does not put it in the error.
func TestEchoedPasswordIsRedacted(t *testing.T) {
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return echoSession{}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	_, err = imapconn.Dial(imapconn.Config{Address: ln.Addr().String(), Username: user, Password: password, TLS: "none"}, nil)
	if err == nil || strings.Contains(err.Error(), password) || !strings.Contains(err.Error(), "bad password [redacted]") {
		t.Fatalf("err = %v; want the server's text with the password redacted", err)
	}
}
