package sentbox

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/imapconn"
)

func check(t *testing.T, box *Box) {
	t.Helper()
	ctx := context.Background()
	id := fmt.Sprintf("certflow.request.merge-%d@devstack.test", time.Now().UnixNano())
	defer box.Close()
	if has, err := box.Contains(ctx, id, time.Now()); err != nil || has {
		t.Fatalf("Contains before Store = %v, %v", has, err)
	}
	raw := "From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + id + ">\r\nSubject: x\r\n\r\nbody\r\n"
	if err := box.Store(ctx, []byte(raw), time.Now()); err != nil {
		t.Fatal(err)
	}
	if has, err := box.Contains(ctx, id, time.Now()); err != nil || !has {
		t.Fatalf("Contains after Store = %v, %v", has, err)
	}
	// A Message-ID that only starts like a stored one is not it.
	if has, err := box.Contains(ctx, "certflow.request.merge-1@devstack.test", time.Time{}); err != nil || has {
		t.Fatalf("Contains(other) = %v, %v", has, err)
	}

	// A retry days after the first attempt still finds that attempt's
	// copy: the search reaches back to the first attempt, whatever the
	// time now. A copy older than that (less the margin) is not searched.
	old := id + ".old"
	firstAttempt := time.Now().Add(-5 * 24 * time.Hour)
	raw = "From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + old + ">\r\nSubject: x\r\n\r\nbody\r\n"
	if err := box.Store(ctx, []byte(raw), firstAttempt); err != nil {
		t.Fatal(err)
	}
	if has, err := box.Contains(ctx, old, firstAttempt); err != nil || !has {
		t.Fatalf("a retry five days after the first attempt: Contains = %v, %v; want the copy found", has, err)
	}
	if has, err := box.Contains(ctx, old, time.Now()); err != nil || has {
		t.Fatalf("Contains since now of a five-day-old copy = %v, %v; want the search bounded by date", has, err)
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
	check(t, New(imapconn.Config{Address: srv.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none"}, "Sent", imapconn.PoolConfig{}))
}

// TestDovecotSentFolder runs against the Dovecot .ci/run starts; it skips only
// where CERTFLOW_TEST_IMAP_ADDR is unset.
func TestDovecotSentFolder(t *testing.T) {
	addr := os.Getenv("CERTFLOW_TEST_IMAP_ADDR")
	if addr == "" {
		t.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to test against (.ci/run starts one)")
	}
	user := "certs@" + os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN")
	check(t, New(imapconn.Config{Address: addr, Username: user, Password: os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"), TLS: "none"}, "Sent", imapconn.PoolConfig{}))
}
