package mailserver

import (
	"crypto/tls"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/mail/credential"
)

// XOAUTH2 opens a mailbox with its current token only, on IMAP and SMTP
// alike, and PLAIN by AUTHENTICATE keeps working now that the session
// lists its own mechanisms.
func TestAuthenticateXOAUTH2AndPlain(t *testing.T) {
	srv := startServer(t, nil)
	const user, other = "certs@devstack.test", "other@devstack.test"
	if err := srv.AddMailbox(other); err != nil {
		t.Fatal(err)
	}
	if err := srv.SetToken("Certs+x@Devstack.test", "tok-1"); err != nil { // creates the mailbox
		t.Fatal(err)
	}

	imapAuth := func(c sasl.Client) error {
		ic, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ic.Close()
		if err := ic.WaitGreeting(); err != nil {
			t.Fatal(err)
		}
		for _, mech := range []string{"PLAIN", "XOAUTH2"} {
			if !ic.Caps().Has(imap.Cap("AUTH=" + mech)) {
				t.Errorf("AUTH=%s not advertised: %v", mech, ic.Caps())
			}
		}
		return ic.Authenticate(c)
	}
	smtpAuth := func(c sasl.Client) error {
		sc, err := smtp.Dial(srv.SMTPAddr())
		if err != nil {
			t.Fatal(err)
		}
		defer sc.Close()
		return sc.Auth(c)
	}
	for proto, auth := range map[string]func(sasl.Client) error{"IMAP": imapAuth, "SMTP": smtpAuth} {
		for _, c := range []struct {
			name   string
			client sasl.Client
			ok     bool
		}{
			{"token", credential.NewXOAUTH2Client(user, "tok-1"), true},
			{"token, login in capitals", credential.NewXOAUTH2Client("CERTS@devstack.test", "tok-1"), true},
			{"wrong token", credential.NewXOAUTH2Client(user, "tok-2"), false},
			{"token of another mailbox", credential.NewXOAUTH2Client(other, "tok-1"), false},
			{"password as token", credential.NewXOAUTH2Client(user, testPassword), false},
			{"PLAIN", sasl.NewPlainClient("", user, testPassword), true},
			{"PLAIN, wrong password", sasl.NewPlainClient("", user, "tok-1"), false},
			{"malformed XOAUTH2", rawClient{"XOAUTH2", "user=" + user + "\x01auth=Bearer tok-1"}, false},
		} {
			if err := auth(c.client); (err == nil) != c.ok {
				t.Errorf("%s %s: err = %v", proto, c.name, err)
			}
		}
	}

	// A refreshed token replaces the old one; an empty one turns XOAUTH2 off.
	if err := srv.SetToken(user, "tok-2"); err != nil {
		t.Fatal(err)
	}
	if imapAuth(credential.NewXOAUTH2Client(user, "tok-1")) == nil || imapAuth(credential.NewXOAUTH2Client(user, "tok-2")) != nil {
		t.Error("IMAP: the refreshed token did not replace the old one")
	}
	if err := srv.SetToken(user, ""); err != nil {
		t.Fatal(err)
	}
	if smtpAuth(credential.NewXOAUTH2Client(user, "tok-2")) == nil {
		t.Error("SMTP: XOAUTH2 still works after SetToken(\"\")")
	}
}

// rawClient sends one fixed initial response.
type rawClient struct{ mech, ir string }

func (c rawClient) Start() (string, []byte, error) { return c.mech, []byte(c.ir), nil }
func (c rawClient) Next([]byte) ([]byte, error)    { return []byte{}, nil }

func TestParseXOAUTH2(t *testing.T) {
	for msg, want := range map[string][2]string{
		"user=a@b\x01auth=Bearer t0k\x01\x01":                      {"a@b", "t0k"},
		"auth=Bearer t0k\x01user=a@b\x01\x01":                      {"a@b", "t0k"},
		"user=a@b\x01auth=Basic t0k\x01\x01":                       {},
		"user=a@b\x01auth=Bearer t0k\x01":                          {},
		"user=\x01auth=Bearer t0k\x01\x01":                         {},
		"user=a@b\x01host=x\x01auth=Bearer t0k=\x01\x01":           {"a@b", "t0k="},
		strings.Repeat("user=a@b\x01", 2) + "auth=Bearer \x01\x01": {},
	} {
		user, token, ok := parseXOAUTH2([]byte(msg))
		if ok != (want[0] != "") || (ok && (user != want[0] || token != want[1])) {
			t.Errorf("parseXOAUTH2(%q) = %q, %q, %v", msg, user, token, ok)
		}
	}
}

// With ImplicitTLS both ports speak TLS from the first byte; without it,
// STARTTLS is offered on plain connections.
func TestTLSModes(t *testing.T) {
	if _, err := Start(Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: testPassword, ImplicitTLS: true}); err == nil {
		t.Fatal("ImplicitTLS without a TLS configuration started")
	}
	serverTLS, pool, err := SelfSignedTLS("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	clientTLS := &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}
	for _, implicit := range []bool{true, false} {
		t.Run(map[bool]string{true: "implicit", false: "starttls"}[implicit], func(t *testing.T) {
			checkNoGoroutineLeaks(t)
			srv, err := Start(Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: testPassword, TLS: serverTLS, ImplicitTLS: implicit})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { srv.Close() })
			if err := srv.AddMailbox("certs@devstack.test"); err != nil {
				t.Fatal(err)
			}
			var ic *imapclient.Client
			var sc *smtp.Client
			if implicit {
				ic, err = imapclient.DialTLS(srv.IMAPAddr(), &imapclient.Options{TLSConfig: clientTLS})
				if err == nil {
					sc, err = smtp.DialTLS(srv.SMTPAddr(), clientTLS)
				}
			} else {
				ic, err = imapclient.DialStartTLS(srv.IMAPAddr(), &imapclient.Options{TLSConfig: clientTLS})
				if err == nil {
					sc, err = smtp.DialStartTLS(srv.SMTPAddr(), clientTLS)
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			defer ic.Close()
			defer sc.Close()
			if err := ic.Login("certs@devstack.test", testPassword).Wait(); err != nil {
				t.Errorf("IMAP login over TLS: %v", err)
			}
			if err := sc.Auth(sasl.NewPlainClient("", "certs@devstack.test", testPassword)); err != nil {
				t.Errorf("SMTP AUTH over TLS: %v", err)
			}
		})
	}
}
