package mailserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const testPassword = "dev-password"

// startServer starts a server on loopback port 0 and arranges for it to be
// closed, then for the test to fail if any server or client goroutine
// outlives the test.
func startServer(t *testing.T, logger *slog.Logger) *Server {
	t.Helper()
	checkNoGoroutineLeaks(t) // registered first, so it runs after every other cleanup
	srv, err := Start(Config{
		IMAPAddr: "127.0.0.1:0",
		SMTPAddr: "127.0.0.1:0",
		Password: testPassword,
		Logger:   logger,
	})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return srv
}

// checkNoGoroutineLeaks fails the test if goroutines of the IMAP/SMTP
// libraries are still running after cleanup. Goroutines end a moment after
// their connection closes, hence the eventually-loop.
func checkNoGoroutineLeaks(t *testing.T) {
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for {
			leaked := mailGoroutines()
			if len(leaked) == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Errorf("%d goroutines still running after cleanup:\n\n%s", len(leaked), strings.Join(leaked, "\n\n"))
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}

func mailGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "go-imap/v2/imapserver") ||
			strings.Contains(g, "go-imap/v2/imapclient") ||
			strings.Contains(g, "emersion/go-smtp.") ||
			strings.Contains(g, "devstack/mailserver.(*") {
			out = append(out, g)
		}
	}
	return out
}

// dialIMAP connects and logs in, closing the client at cleanup.
func dialIMAP(t *testing.T, srv *Server, user string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), opts)
	if err != nil {
		t.Fatalf("dial IMAP: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, testPassword).Wait(); err != nil {
		t.Fatalf("login as %s: %v", user, err)
	}
	return c
}

// sendSMTP submits msg without AUTH, as the dev sink allows.
func sendSMTP(t *testing.T, srv *Server, from string, to []string, msg string) {
	t.Helper()
	c, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial SMTP: %v", err)
	}
	defer c.Close()
	if err := c.SendMail(from, to, strings.NewReader(msg)); err != nil {
		t.Fatalf("send mail: %v", err)
	}
	if err := c.Quit(); err != nil {
		t.Fatalf("QUIT: %v", err)
	}
}

// fetchAll returns every message in INBOX with its full text and internal
// date, without setting \Seen.
func fetchAll(t *testing.T, c *imapclient.Client) []*imapclient.FetchMessageBuffer {
	t.Helper()
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	msgs, err := c.Fetch(imap.SeqSetNum(1, sel.NumMessages), &imap.FetchOptions{
		InternalDate: true,
		BodySection:  []*imap.FetchItemBodySection{{Peek: true}},
	}).Collect()
	if err != nil {
		t.Fatalf("FETCH: %v", err)
	}
	return msgs
}

var wholeMessage = &imap.FetchItemBodySection{Peek: true}

func TestSMTPDeliveryReachesIMAPMailboxes(t *testing.T) {
	srv := startServer(t, nil)

	// A dot-stuffed line, a long line and non-ASCII text check that the body
	// goes through SMTP and IMAP byte for byte.
	msg := "From: Sender <sender@corp.example>\r\n" +
		"To: certs+merge-123@devstack.test, taro@corp.example\r\n" +
		"Subject: merge request 123\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"\r\n" +
		"Please merge.\r\n" +
		".leading dot survives\r\n" +
		strings.Repeat("x", 900) + "\r\n" +
		"日本語の本文\r\n"
	before := time.Now().Truncate(time.Second)
	sendSMTP(t, srv, "sender@corp.example", []string{"certs+merge-123@devstack.test", "taro@corp.example"}, msg)
	after := time.Now()

	for _, tc := range []struct{ login, deliveredTo string }{
		{"certs@devstack.test", "certs+merge-123@devstack.test"},
		{"taro@corp.example", "taro@corp.example"},
	} {
		c := dialIMAP(t, srv, tc.login, nil)
		msgs := fetchAll(t, c)
		if len(msgs) != 1 {
			t.Fatalf("%s: %d messages in INBOX, want 1", tc.login, len(msgs))
		}
		got := string(msgs[0].FindBodySection(wholeMessage))
		wantHeaders := "Return-Path: <sender@corp.example>\r\nDelivered-To: " + tc.deliveredTo + "\r\n"
		if got != wantHeaders+msg {
			t.Errorf("%s: stored message\n%q\nwant\n%q", tc.login, got, wantHeaders+msg)
		}
		if d := msgs[0].InternalDate; d.Before(before) || d.After(after) {
			t.Errorf("%s: internal date %v, want arrival time in [%v, %v]", tc.login, d, before, after)
		}
	}
}

func TestDeliverNormalizesLineEndingsAndTakesSenderFromHeader(t *testing.T) {
	srv := startServer(t, nil)
	raw := "From: Bot <bot@devstack.test>\nSubject: lf only\n\nline one\nline two\n"
	if err := srv.Deliver("Certs+X@DevStack.test", []byte(raw)); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	c := dialIMAP(t, srv, "certs@devstack.test", nil)
	msgs := fetchAll(t, c)
	if len(msgs) != 1 {
		t.Fatalf("%d messages in INBOX, want 1", len(msgs))
	}
	want := "Return-Path: <bot@devstack.test>\r\nDelivered-To: Certs+X@DevStack.test\r\n" +
		"From: Bot <bot@devstack.test>\r\nSubject: lf only\r\n\r\nline one\r\nline two\r\n"
	if got := string(msgs[0].FindBodySection(wholeMessage)); got != want {
		t.Errorf("stored message %q, want %q", got, want)
	}
}

func TestDeliverRefusesOversizeAndBadAddress(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.Deliver("certs@devstack.test", make([]byte, maxMessageBytes+1)); err == nil {
		t.Error("Deliver accepted a message over 25 MiB")
	}
	for _, rcpt := range []string{"", "certs", "@devstack.test", "certs@", "a b@devstack.test", "x@y\r\nBcc: z@w"} {
		if err := srv.Deliver(rcpt, []byte("Subject: x\r\n\r\nx\r\n")); err == nil {
			t.Errorf("Deliver(%q) succeeded, want an error", rcpt)
		}
	}

	c, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial SMTP: %v", err)
	}
	defer c.Close()
	if ok, size := c.Extension("SIZE"); !ok || size != fmt.Sprint(maxMessageBytes) {
		t.Errorf("SMTP SIZE extension = %v %q, want %d", ok, size, maxMessageBytes)
	}
	if err := c.Mail("a@b.example", nil); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	if err := c.Rcpt("no-domain", nil); err == nil {
		t.Error("RCPT TO:<no-domain> accepted")
	}
}

func TestMailboxName(t *testing.T) {
	for in, want := range map[string]string{
		"certs@devstack.test":           "certs@devstack.test",
		"certs+merge-123@devstack.test": "certs@devstack.test",
		"Taro@Corp.Example":             "taro@corp.example",
		"a+b+c@x.example":               "a@x.example",
		"+only@x.example":               "+only@x.example",
	} {
		got, err := mailboxName(in)
		if err != nil || got != want {
			t.Errorf("mailboxName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestAddMailboxIsIdempotentAndCreatesFolders(t *testing.T) {
	srv := startServer(t, nil)
	for range 2 {
		if err := srv.AddMailbox("Certs@devstack.test"); err != nil {
			t.Fatalf("AddMailbox: %v", err)
		}
	}
	c := dialIMAP(t, srv, "certs@devstack.test", nil)
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatalf("LIST: %v", err)
	}
	var names []string
	for _, l := range list {
		names = append(names, l.Mailbox)
	}
	if got := strings.Join(names, ","); got != "INBOX,Sent" {
		t.Errorf("folders %q, want INBOX,Sent", got)
	}

	caps, err := c.Capability().Wait()
	if err != nil {
		t.Fatalf("CAPABILITY: %v", err)
	}
	for _, cp := range []imap.Cap{imap.CapIMAP4rev1, imap.CapIdle, imap.CapMove, imap.CapUIDPlus, "APPENDLIMIT=26214400"} {
		if !caps.Has(cp) {
			t.Errorf("capability %s not advertised; have %v", cp, caps)
		}
	}
}

func TestWrongPasswordIsRefused(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}

	c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	for _, cred := range [][2]string{
		{"certs@devstack.test", "wrong"},
		{"certs@devstack.test", ""},
		{"nobody@devstack.test", testPassword},
	} {
		if err := c.Login(cred[0], cred[1]).Wait(); err == nil {
			t.Errorf("IMAP LOGIN %s/%q succeeded", cred[0], cred[1])
		}
	}
	// The right password still works, also in another case.
	if err := c.Login("CERTS@devstack.test", testPassword).Wait(); err != nil {
		t.Errorf("IMAP LOGIN with the right password: %v", err)
	}

	smtpAuth := func(user, pass string) error {
		c, err := smtp.Dial(srv.SMTPAddr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return c.Auth(sasl.NewPlainClient("", user, pass))
	}
	if err := smtpAuth("certs@devstack.test", "wrong"); err == nil {
		t.Error("SMTP AUTH with a wrong password succeeded")
	}
	if err := smtpAuth("nobody@devstack.test", testPassword); err == nil {
		t.Error("SMTP AUTH as an unknown user succeeded")
	}
	if err := smtpAuth("certs@devstack.test", testPassword); err != nil {
		t.Errorf("SMTP AUTH with the right password: %v", err)
	}
}

// idleClient logs in as user with INBOX selected and reports every EXISTS
// count on the returned channel. The handler only signals: running an IMAP
// command from inside it would deadlock the client.
func idleClient(t *testing.T, srv *Server, user string) (*imapclient.Client, <-chan uint32) {
	t.Helper()
	exists := make(chan uint32, 64)
	c := dialIMAP(t, srv, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					select {
					case exists <- *data.NumMessages:
					default:
					}
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	return c, exists
}

func startIdle(t *testing.T, c *imapclient.Client) *imapclient.IdleCommand {
	t.Helper()
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("IDLE: %v", err)
	}
	return idle
}

func stopIdle(t *testing.T, idle *imapclient.IdleCommand) {
	t.Helper()
	if err := idle.Close(); err != nil {
		t.Fatalf("stop IDLE: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("IDLE: %v", err)
	}
}

func TestIdleSeesSMTPDelivery(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	c, exists := idleClient(t, srv, "certs@devstack.test")
	idle := startIdle(t, c)

	// Deliver a moment after IDLE is established, as certflow's watcher
	// would experience it.
	time.Sleep(50 * time.Millisecond)
	sendSMTP(t, srv, "sender@corp.example", []string{"certs+merge-1@devstack.test"}, "Subject: hi\r\n\r\nhello\r\n")

	// Eventually-loop: if no EXISTS arrives during this IDLE, end it (the
	// server flushes pending updates on completion), check with UID SEARCH,
	// and idle again, the way a robust watcher recovers from a missed
	// notification.
	deadline := time.Now().Add(10 * time.Second)
	reissued := 0
	for {
		select {
		case n := <-exists:
			if n >= 1 {
				stopIdle(t, idle)
				if reissued > 0 {
					t.Logf("EXISTS needed %d IDLE re-issues", reissued)
				}
				return
			}
			continue
		case <-time.After(time.Second):
		}
		if time.Now().After(deadline) {
			stopIdle(t, idle)
			t.Fatal("no EXISTS after SMTP delivery while idling")
		}
		stopIdle(t, idle)
		data, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
		if err != nil {
			t.Fatalf("UID SEARCH: %v", err)
		}
		t.Logf("no EXISTS yet; UID SEARCH ALL finds %v", data.AllUIDs())
		reissued++
		idle = startIdle(t, c)
	}
}

// imapmemserver's own IDLE never announced a message that arrived after
// SELECT but before IDLE; ours must, without any re-issue.
func TestIdleAnnouncesMailThatArrivedBeforeIdle(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	c, exists := idleClient(t, srv, "certs@devstack.test")
	if err := srv.Deliver("certs@devstack.test", []byte("Subject: early\r\n\r\nearly\r\n")); err != nil {
		t.Fatal(err)
	}
	idle := startIdle(t, c)
	defer stopIdle(t, idle)
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("EXISTS %d, want 1", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("mail delivered between SELECT and IDLE was not announced during IDLE")
	}
}

// The other half of the same trap: imapmemserver's IDLE starts waiting a
// moment after the client sees "+ idling", and mail delivered in that gap
// went unannounced (about 1 in 30 tries). Ours must announce every one.
func TestIdleNeverMissesMailDeliveredAsIdleStarts(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		c, exists := idleClient(t, srv, "certs@devstack.test")
		idle := startIdle(t, c)
		if err := srv.Deliver("certs@devstack.test", []byte("Subject: x\r\n\r\nx\r\n")); err != nil {
			t.Fatal(err)
		}
		select {
		case <-exists:
		case <-time.After(2 * time.Second):
			t.Fatalf("try %d: mail delivered right after IDLE started was not announced", i)
		}
		stopIdle(t, idle)
		c.Close()
	}
}

func TestCloseWhileClientIdles(t *testing.T) {
	srv := startServer(t, nil)
	if err := srv.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	c, _ := idleClient(t, srv, "certs@devstack.test")
	idle := startIdle(t, c)

	// Also leave an SMTP client mid-session, to show Close drops it too.
	sc, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	if err := sc.Hello("localhost"); err != nil {
		t.Fatal(err)
	}

	closed := make(chan error, 1)
	start := time.Now()
	go func() { closed <- srv.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
		t.Logf("Close took %v", time.Since(start))
	case <-time.After(3 * time.Second):
		t.Fatal("Close did not return within 3s while a client was idling")
	}

	select {
	case <-c.Closed():
	case <-time.After(3 * time.Second):
		// Fatal: idle.Wait below would block on a connection left open.
		t.Fatal("idling client's connection still open after Close")
	}
	if err := idle.Wait(); err == nil {
		t.Error("IDLE ended cleanly although the server closed")
	}
	if err := sc.Noop(); err == nil {
		t.Error("SMTP connection still usable after Close")
	}
	if err := srv.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestPortInUseNamesAddress(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	busyAddr := busy.Addr().String()

	_, err = Start(Config{IMAPAddr: busyAddr, SMTPAddr: "127.0.0.1:0", Password: testPassword})
	if err == nil || !strings.Contains(err.Error(), "IMAP on "+busyAddr) {
		t.Errorf("Start with IMAP port in use: %v; want an error naming IMAP and %s", err, busyAddr)
	}

	// When SMTP's port is taken, the IMAP listener already opened must be
	// released again.
	free, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	freeAddr := free.Addr().String()
	free.Close()
	_, err = Start(Config{IMAPAddr: freeAddr, SMTPAddr: busyAddr, Password: testPassword})
	if err == nil || !strings.Contains(err.Error(), "SMTP on "+busyAddr) {
		t.Errorf("Start with SMTP port in use: %v; want an error naming SMTP and %s", err, busyAddr)
	}
	ln, err := net.Listen("tcp", freeAddr)
	if err != nil {
		t.Errorf("IMAP address %s not released after failed Start: %v", freeAddr, err)
	} else {
		ln.Close()
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines to log to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestOneLogLinePerDelivery(t *testing.T) {
	var buf syncBuffer
	srv := startServer(t, slog.New(slog.NewJSONHandler(&buf, nil)))
	msg := "Subject: log\r\n\r\nbody\r\n"
	sendSMTP(t, srv, "sender@corp.example", []string{"certs+a@devstack.test", "taro@corp.example"}, msg)

	type line struct {
		Level, Msg, From, Rcpt string
		Size                   int
	}
	var got []line
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec line
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("log line %q: %v", l, err)
		}
		if rec.Msg == "mail delivered" {
			got = append(got, rec)
		}
	}
	want := []line{
		{"INFO", "mail delivered", "sender@corp.example", "certs+a@devstack.test", len(msg)},
		{"INFO", "mail delivered", "sender@corp.example", "taro@corp.example", len(msg)},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("delivery log lines %+v, want %+v", got, want)
	}
}

// Guard against a helper silently matching nothing: the leak detector must
// see the goroutines of a live server and client.
func TestLeakDetectorSeesLiveServer(t *testing.T) {
	srv, err := Start(Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: testPassword})
	if err != nil {
		t.Fatal(err)
	}
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Noop().Wait(); err != nil {
		t.Fatal(err)
	}
	if n := len(mailGoroutines()); n == 0 {
		t.Error("leak detector sees no goroutines of a live server and client")
	}
	c.Close()
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	checkNoGoroutineLeaks(t)
}

// Mail kept under Dir comes back, with the same UIDs, after a restart.
func TestDirKeepsMailAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	start := func() *Server {
		s, err := Start(Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw", Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := start()
	for i := 0; i < 3; i++ {
		msg := fmt.Sprintf("From: a@x.example\r\nSubject: n%d\r\n\r\nbody %d\r\n", i, i)
		if err := s.Deliver("certs+c@devstack.test", []byte(msg)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = start()
	defer s.Close()
	c, err := imapclient.DialInsecure(s.IMAPAddr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("certs@devstack.test", "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.UIDSetNum(1, 2, 3), &imap.FetchOptions{UID: true, Envelope: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 3 {
		t.Fatalf("%d messages after restart, want 3", len(msgs))
	}
	for i, m := range msgs {
		if m.UID != imap.UID(i+1) || m.Envelope.Subject != fmt.Sprintf("n%d", i) {
			t.Fatalf("message %d after restart: uid %d subject %q", i, m.UID, m.Envelope.Subject)
		}
	}
}
