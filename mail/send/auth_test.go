package send

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/credential"
	"github.com/certflow/certflow/mail/mailtest"
)

const (
	user     = "certs@devstack.test"
	password = "PASSWORD-never-in-errors-81"
)

// devServer runs the dev mail server on loopback, with TLS when tlsCfg is
// set (implicit or STARTTLS), a mailbox for user, and a channel that gets
// each delivered message.
func devServer(t *testing.T, tlsCfg *tls.Config, implicit bool) (*mailserver.Server, <-chan string) {
	t.Helper()
	delivered := make(chan string, 8)
	srv, err := mailserver.Start(mailserver.Config{
		IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: password,
		TLS: tlsCfg, ImplicitTLS: implicit,
		OnDeliver: func(_ string, raw []byte) { delivered <- string(raw) },
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := srv.AddMailbox(user); err != nil {
		t.Fatal(err)
	}
	return srv, delivered
}

// sendOK sends the sample mail with cfg and waits for its delivery.
func sendOK(t *testing.T, cfg Config, delivered <-chan string) {
	t.Helper()
	s, err := NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), sample()); err != nil {
		t.Fatalf("Send: %v", err)
	}
	select {
	case raw := <-delivered:
		if !strings.Contains(raw, sample().MessageID) {
			t.Fatalf("delivered something else:\n%s", raw)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("accepted but never delivered")
	}
}

// sendErr sends the sample mail with cfg and returns the error, which must
// not be nil.
func sendErr(t *testing.T, cfg Config) error {
	t.Helper()
	s, err := NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Send(context.Background(), sample())
	if err == nil {
		t.Fatal("sent")
	}
	t.Logf("refused: %v", err)
	return err
}

func TestXOAUTH2SendFollowsTheTokenFile(t *testing.T) {
	srv, delivered := devServer(t, nil, false)
	path := filepath.Join(t.TempDir(), "smtp-token")
	cfg := Config{Address: srv.SMTPAddr(), Username: user, Auth: "xoauth2", Token: credential.TokenFile(path), TLS: "none"}

	const first, second = "ya29.FIRST-token-1234", "ya29.SECOND-token-5678"
	if err := srv.SetToken(user, first); err != nil {
		t.Fatal(err)
	}
	mailtest.WriteToken(t, path, first)
	sendOK(t, cfg, delivered)

	// Only the refreshed token works now; one Sender, no restart.
	if err := srv.SetToken(user, second); err != nil {
		t.Fatal(err)
	}
	err := sendErr(t, cfg)
	if msg := err.Error(); !strings.Contains(msg, user) || !strings.Contains(msg, srv.SMTPAddr()) || strings.Contains(msg, first) {
		t.Errorf("refused login: %q should name the user and server, and not contain the token", msg)
	}
	if errors.Is(err, ErrPermanent) {
		t.Error("a refused token is permanent; a refreshed token would make the retry succeed")
	}
	mailtest.WriteToken(t, path, second)
	sendOK(t, cfg, delivered)
}

func TestMissingTokenFileFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-token")
	err := sendErr(t, Config{Address: "127.0.0.1:1", Username: user, Auth: "xoauth2", Token: credential.TokenFile(path), TLS: "none"})
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), user) {
		t.Fatalf("err = %v; want one naming %s and %s", err, path, user)
	}
}

func TestWrongPasswordErrorHasNoSecret(t *testing.T) {
	srv, delivered := devServer(t, nil, false)
	const wrong = "WRONG-password-never-in-errors-17"
	err := sendErr(t, Config{Address: srv.SMTPAddr(), Username: user, Password: wrong, TLS: "none"})
	if msg := err.Error(); strings.Contains(msg, wrong) || !strings.Contains(msg, user) {
		t.Fatalf("error %q should name the user and not contain the password", msg)
	}
	sendOK(t, Config{Address: srv.SMTPAddr(), Username: user, Password: password, TLS: "none"}, delivered)
}

func TestTLSVerifiesTheCertificate(t *testing.T) {
	serverTLS, pool, err := mailserver.SelfSignedTLS("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"tls", "starttls"} {
		t.Run(mode, func(t *testing.T) {
			srv, delivered := devServer(t, serverTLS, mode == "tls")
			cfg := Config{Address: srv.SMTPAddr(), Username: user, Password: password, TLS: mode}

			// The system trust store does not know the test CA.
			err := sendErr(t, cfg)
			var unknown x509.UnknownAuthorityError
			if !errors.As(err, &unknown) {
				t.Fatalf("untrusted certificate: err = %v, want x509.UnknownAuthorityError", err)
			}
			if strings.Contains(err.Error(), password) {
				t.Errorf("error contains the password: %v", err)
			}

			cfg.RootCAs = pool
			sendOK(t, cfg, delivered)

			// The certificate is checked against the name dialled too.
			cfg.Address = strings.Replace(cfg.Address, "127.0.0.1", "localhost", 1)
			var hostErr x509.HostnameError
			if err := sendErr(t, cfg); !errors.As(err, &hostErr) {
				t.Fatalf("certificate for another name: err = %v, want x509.HostnameError", err)
			}
		})
	}
}

// starttls must not fall back to plaintext: against a server that offers
// no STARTTLS, Send fails and no credential ever crosses the wire. The same
// holds for implicit TLS and for an unset mode, which means starttls.
func TestStartTLSRefusesServerWithoutIt(t *testing.T) {
	srv, _ := devServer(t, nil, false)
	for _, mode := range []string{"starttls", "", "tls"} {
		proxy, sent := mailtest.RecordingProxy(t, srv.SMTPAddr())
		sendErr(t, Config{Address: proxy, Username: user, Password: password, TLS: mode})
		if got := sent(); strings.Contains(got, "AUTH") || strings.Contains(got, "MAIL FROM") {
			t.Fatalf("TLS %q: the client went on in clear:\n%s", mode, got)
		}
	}
}

func TestPlaintextOnlyToLoopback(t *testing.T) {
	for _, addr := range []string{"192.0.2.1:25", "smtp.example.com:587", "[2001:db8::1]:25"} {
		_, err := NewSender(Config{Address: addr, Username: user, Password: password, TLS: "none"})
		if err == nil || !strings.Contains(err.Error(), "loopback") || strings.Contains(err.Error(), password) {
			t.Errorf("%s: err = %v, want a refusal naming the loopback rule", addr, err)
		}
	}
	for _, cfg := range []Config{
		{Address: "127.0.0.1:25", TLS: "plain"},
		{Address: "127.0.0.1:25", TLS: "none", Auth: "cram-md5"},
		{Address: "127.0.0.1:25", TLS: "none", Auth: "xoauth2", Username: user}, // no token source
	} {
		if _, err := NewSender(cfg); err == nil {
			t.Errorf("%+v was accepted", cfg)
		}
	}
}

// echoBackend's AUTH PLAIN refusal quotes the password back, as a careless
// server might.
type echoBackend struct{}

func (echoBackend) NewSession(*smtp.Conn) (smtp.Session, error) {
	return echoSession{&sinkSession{&sink{}}}, nil
}

type echoSession struct{ *sinkSession }

func (echoSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (echoSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, password string) error {
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad password " + password}
	}), nil
}

// Even a server that echoes the password does not put it in the error.
func TestEchoedPasswordIsRedacted(t *testing.T) {
	srv := smtp.NewServer(echoBackend{})
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	err = sendErr(t, Config{Address: ln.Addr().String(), Username: user, Password: password, TLS: "none"})
	if strings.Contains(err.Error(), password) || !strings.Contains(err.Error(), "bad password [redacted]") {
		t.Fatalf("err = %v; want the server's text with the password redacted", err)
	}
}
