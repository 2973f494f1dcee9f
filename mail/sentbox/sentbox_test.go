package sentbox

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/imapconn"
)

func check(t *testing.T, box Box) {
	t.Helper()
	id := fmt.Sprintf("certflow.request.merge-%d@devstack.test", time.Now().UnixNano())
	s, err := box.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if has, err := s.Contains(id); err != nil || has {
		t.Fatalf("Contains before Store = %v, %v", has, err)
	}
	raw := "From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + id + ">\r\nSubject: x\r\n\r\nbody\r\n"
	if err := s.Store([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if has, err := s.Contains(id); err != nil || !has {
		t.Fatalf("Contains after Store = %v, %v", has, err)
	}
	// A Message-ID that only starts like a stored one is not it.
	if has, err := s.Contains("certflow.request.merge-1@devstack.test"); err != nil || has {
		t.Fatalf("Contains(other) = %v, %v", has, err)
	}
}

func TestSentFolderInProcess(t *testing.T) {
	srv, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	check(t, Box{Conn: imapconn.Config{Address: srv.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none"}, Folder: "Sent"})
}

// TestDovecotSentFolder runs against the Dovecot .ci/run starts; it skips only
// where CERTFLOW_TEST_IMAP_ADDR is unset.
func TestDovecotSentFolder(t *testing.T) {
	addr := os.Getenv("CERTFLOW_TEST_IMAP_ADDR")
	if addr == "" {
		t.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to test against (.ci/run starts one)")
	}
	user := "certs@" + os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN")
	check(t, Box{Conn: imapconn.Config{Address: addr, Username: user, Password: os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"), TLS: "none"}, Folder: "Sent"})
}
