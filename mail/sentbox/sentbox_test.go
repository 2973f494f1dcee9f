package sentbox

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/mailtest"
)

// check exercises box; another opens a second Box on the same folder, as
// another worker has.
func check(t *testing.T, box *Box, another func() *Box) {
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
	// A copy another worker stored while this one has the folder open is
	// found by this one's next search.
	other := another()
	defer other.Close()
	raw2 := "From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + id + ".other>\r\nSubject: x\r\n\r\nbody\r\n"
	if err := other.Store(ctx, []byte(raw2), time.Now()); err != nil {
		t.Fatal(err)
	}
	if has, err := box.Contains(ctx, id+".other", time.Now()); err != nil || !has {
		t.Fatalf("Contains of a copy another worker stored = %v, %v", has, err)
	}
	// A Message-ID that only starts like a stored one is not it.
	if has, err := box.Contains(ctx, "certflow.request.merge-1@devstack.test", time.Time{}); err != nil || has {
		t.Fatalf("Contains(other) = %v, %v", has, err)
	}

	// A retry days after the first attempt still finds that attempt's
	// copy: the search reaches back to the first attempt, whatever the
	// time now, among copies stored before and after it (and a few older
	// messages filed later, as a person moving mail in). A copy older than
	// the first attempt (less the margin) is not searched.
	now := time.Now()
	store := func(id string, at time.Time) {
		t.Helper()
		raw := "From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + id + ">\r\nSubject: x\r\n\r\nbody\r\n"
		if err := box.Store(ctx, []byte(raw), at); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 40 {
		store(fmt.Sprintf("%s.before-%d", id, i), now.Add(-time.Duration(30*24-i*12)*time.Hour)) // 30 to 10 days ago
	}
	firstAttempt := now.Add(-5 * 24 * time.Hour)
	store(id+".old", firstAttempt)
	for i := range 3 {
		store(fmt.Sprintf("%s.moved-in-%d", id, i), now.Add(-90*24*time.Hour))
	}
	for i := range 40 {
		store(fmt.Sprintf("%s.after-%d", id, i), now.Add(-time.Duration(4*24-i*2)*time.Hour)) // 4 days ago to now
	}
	contains := func(id string, since time.Time, want bool) {
		t.Helper()
		if has, err := box.Contains(ctx, id, since); err != nil || has != want {
			t.Errorf("Contains(%s, since %s) = %v, %v; want %v", id, since.Format(time.DateTime), has, err, want)
		}
	}
	contains(id+".old", firstAttempt, true)
	contains(id+".old", now, false) // the search is bounded by date
	contains(id+".before-10", now.Add(-25*24*time.Hour), true)
	contains(id+".before-10", now.Add(-10*24*time.Hour), false)
	contains(id+".after-39", now, true)
	contains(id+".moved-in-1", time.Time{}, true)
}

// devServer is the dev mail server with certflow's mailbox, closed when
// the test ends.
func devServer(t *testing.T) *mailserver.Server {
	t.Helper()
	srv, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	return srv
}

func TestSentFolderInProcess(t *testing.T) {
	srv := devServer(t)
	conf := imapconn.Config{Address: srv.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none"}
	open := func() *Box { return New(conf, "Sent", imapconn.PoolConfig{}) }
	check(t, open(), open)
}

// TestDovecotSentFolder runs against the Dovecot .ci/run starts; it skips only
// where CERTFLOW_TEST_IMAP_ADDR is unset.
func TestDovecotSentFolder(t *testing.T) {
	addr := os.Getenv("CERTFLOW_TEST_IMAP_ADDR")
	if addr == "" {
		t.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to test against (.ci/run starts one)")
	}
	user := "certs@" + os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN")
	// A folder of its own: other tests' copies, stored today, would come
	// before this test's older ones, which no Sent folder has.
	conn := imapconn.Config{Address: addr, Username: user, Password: os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"), TLS: "none"}
	folder := fmt.Sprintf("Sent-test-%d", time.Now().UnixNano())
	open := func() *Box { return New(conn, folder, imapconn.PoolConfig{}) }
	check(t, open(), open)
	c, err := imapconn.Dial(conn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Do(func() error { return c.Delete(folder).Wait() }); err != nil {
		t.Error(err)
	}
}

// Two workers may each hold a copy of the same mail for a later store:
// the one that sent it, whose store failed, and a retry elsewhere that
// could not tell whether the mail had gone out and kept its own. The
// folder ends up with one copy: a background store first looks whether the
// copy is there already.
func TestCopyHeldByTwoWorkersIsStoredOnce(t *testing.T) {
	srv := devServer(t)
	var refuseAppend atomic.Bool
	refuseAppend.Store(true)
	cut := mailtest.CuttingProxy(t, srv.IMAPAddr(), func(p []byte) bool {
		return refuseAppend.Load() && bytes.Contains(p, []byte(" APPEND "))
	})
	conf := imapconn.Config{Address: srv.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none"}
	first := New(conf, "Sent", imapconn.PoolConfig{})
	defer first.Close()
	conf.Address = cut
	retry := New(conf, "Sent", imapconn.PoolConfig{})
	defer retry.Close()
	retry.RetryInitial, retry.RetryMax = 10*time.Millisecond, 20*time.Millisecond

	const id = "certflow.consent.merge-1@devstack.test"
	raw := []byte("From: certs@devstack.test\r\nTo: a@x.example\r\nMessage-ID: <" + id + ">\r\nSubject: x\r\n\r\nbody\r\n")
	ctx := context.Background()
	if err := retry.Keep(ctx, id, raw, time.Now()); err == nil {
		t.Fatal("Keep through a connection that cuts APPEND succeeded")
	}
	if err := first.Store(ctx, raw, time.Now()); err != nil {
		t.Fatal(err)
	}
	refuseAppend.Store(false)
	deadline := time.Now().Add(10 * time.Second)
	for retry.Pending() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := retry.Pending(); n != 0 {
		t.Fatalf("%d copies still pending after IMAP came back", n)
	}
	if got := copies(t, conf, id); got != 1 {
		t.Errorf("Sent holds %d copies of %s, want 1", got, id)
	}
}

// copies counts the messages of Sent whose Message-ID is id.
func copies(t *testing.T, conf imapconn.Config, id string) int {
	t.Helper()
	c, err := imapconn.Dial(conf, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	criteria := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}}}
	var n int
	err = c.Do(func() error {
		if _, err := c.Select("Sent", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			return err
		}
		data, err := c.UIDSearch(criteria, nil).Wait()
		if err == nil {
			n = len(data.AllUIDs())
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
