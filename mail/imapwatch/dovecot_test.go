package imapwatch

import (
	"context"
	"fmt"
	"net/smtp"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/message"
)

// realServers describes Dovecot and OpenSMTPD started by .ci/mailservers;
// these tests skip only when CERTFLOW_TEST_IMAP_ADDR is unset, and .ci/run
// always sets it.
type realServers struct {
	imap, smtp, password, domain, restart string
}

func dovecot(t *testing.T) realServers {
	t.Helper()
	r := realServers{
		imap: os.Getenv("CERTFLOW_TEST_IMAP_ADDR"), smtp: os.Getenv("CERTFLOW_TEST_SMTP_ADDR"),
		password: os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"), domain: os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN"),
		restart: os.Getenv("CERTFLOW_TEST_IMAP_RESTART"),
	}
	if r.imap == "" {
		t.Skip("CERTFLOW_TEST_IMAP_ADDR is not set: no Dovecot to test against (.ci/run starts one)")
	}
	if r.smtp == "" || r.password == "" || r.domain == "" {
		t.Fatal("CERTFLOW_TEST_IMAP_ADDR is set but CERTFLOW_TEST_SMTP_ADDR, _MAIL_PASSWORD or _MAIL_DOMAIN is not")
	}
	return r
}

func (r realServers) user() string { return "certs@" + r.domain }

func (r realServers) config() Config {
	return Config{
		Conn:    imapconn.Config{Address: r.imap, Username: r.user(), Password: r.password, TLS: "none", Timeout: 5 * time.Second},
		Mailbox: "INBOX", Refresh: 2 * time.Second,
		ProcessedFolder: "Processed", QuarantineFolder: "Quarantine",
	}
}

// now returns a watermark past everything already in INBOX, so a test sees
// only its own mail on a server other tests have used.
func (r realServers) now(t *testing.T) Watermark {
	t.Helper()
	c, err := imapclient.DialInsecure(r.imap, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(r.user(), r.password).Wait(); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status("INBOX", &imap.StatusOptions{UIDValidity: true, UIDNext: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return Watermark{UIDValidity: st.UIDValidity, LastUID: uint32(st.UIDNext) - 1}
}

// send submits a mail through OpenSMTPD, which delivers it to Dovecot.
func (r realServers) send(t *testing.T, rcpt, messageID, body string) {
	t.Helper()
	msg := fmt.Sprintf("From: desk@%s\r\nTo: %s\r\nMessage-ID: <%s>\r\nSubject: =?ISO-2022-JP?B?GyRCRX05ZxsoQg==?= %s\r\n\r\n%s\r\n",
		r.domain, rcpt, messageID, messageID, body)
	var err error
	for try := 0; try < 5; try++ {
		if err = smtp.SendMail(r.smtp, nil, "desk@"+r.domain, []string{rcpt}, []byte(msg)); err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("submit %s: %v", messageID, err)
}

// byMessageID records what a watch handed on, keyed by Message-ID.
type byMessageID struct {
	mu       sync.Mutex
	count    map[string]int
	subjects map[string]string
	prefix   string
}

func (b *byMessageID) handle(_ context.Context, m Message) (Verdict, error) {
	parsed, err := message.Parse(m.Raw)
	if err != nil {
		return Quarantined, nil
	}
	if !strings.HasPrefix(parsed.MessageID, b.prefix) {
		return Kept, nil // another test's mail
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.count[parsed.MessageID]++
	b.subjects[parsed.MessageID] = parsed.Subject
	return Handled, nil
}

func (b *byMessageID) distinct() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.count)
}

// Against Dovecot and OpenSMTPD: mail to the plus-address arrives, is
// handed on once, in order, with its ISO-2022-JP subject decoded, and moved
// to Processed.
func TestDovecotDeliversAndMoves(t *testing.T) {
	r := dovecot(t)
	prefix := fmt.Sprintf("basic-%d-", time.Now().UnixNano())
	rec := &byMessageID{count: map[string]int{}, subjects: map[string]string{}, prefix: prefix}
	from := r.now(t)
	var reached atomic.Uint32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Watermark)
	go func() {
		done <- Run(ctx, r.config(), from, rec.handle, func(w Watermark) { reached.Store(w.LastUID) }, func(Health) {},
			Backoff{Initial: 100 * time.Millisecond, Max: time.Second})
	}()
	for i := 0; i < 5; i++ {
		r.send(t, "certs+merge-dovecot@"+r.domain, fmt.Sprintf("%s%d@x.example", prefix, i), "hello")
	}
	// Wait for the watermark, not the handler: a message counts as handed on
	// once it is also filed, and stopping in between offers it again.
	eventually(t, 30*time.Second, func() bool { return rec.distinct() == 5 && reached.Load() >= from.LastUID+5 }, "5 messages through OpenSMTPD and Dovecot")
	cancel()
	w := <-done
	for id, n := range rec.count {
		if n != 1 {
			t.Errorf("%s handed on %d times", id, n)
		}
		if !strings.HasPrefix(rec.subjects[id], "統合 ") {
			t.Errorf("%s: subject %q not decoded from ISO-2022-JP", id, rec.subjects[id])
		}
	}
	if w.LastUID < from.LastUID+5 {
		t.Fatalf("watermark %+v after %+v", w, from)
	}
	if after := r.now(t); after.LastUID != w.LastUID {
		t.Fatalf("watermark %d, last UID in INBOX %d", w.LastUID, after.LastUID)
	}
}

// Restart Dovecot while 50 messages arrive: all 50 handed on exactly once.
func TestDovecotRestartWhileMailArrives(t *testing.T) {
	r := dovecot(t)
	if r.restart == "" {
		t.Fatal("CERTFLOW_TEST_IMAP_RESTART is not set")
	}
	prefix := fmt.Sprintf("restart-%d-", time.Now().UnixNano())
	rec := &byMessageID{count: map[string]int{}, subjects: map[string]string{}, prefix: prefix}
	var mu sync.Mutex
	var health []Health
	from := r.now(t) // before any mail is sent, so none of it falls below the watermark
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Watermark)
	go func() {
		done <- Run(ctx, r.config(), from, rec.handle, func(Watermark) {}, func(h Health) {
			mu.Lock()
			health = append(health, h)
			mu.Unlock()
		}, Backoff{Initial: 100 * time.Millisecond, Max: time.Second})
	}()
	for i := 0; i < 50; i++ {
		if i == 20 {
			out, err := exec.Command("bash", "-c", r.restart).CombinedOutput()
			if err != nil {
				t.Fatalf("restart Dovecot: %v\n%s", err, out)
			}
		}
		r.send(t, "certs@"+r.domain, fmt.Sprintf("%s%02d@x.example", prefix, i), "body")
	}
	eventually(t, 60*time.Second, func() bool { return rec.distinct() == 50 }, "50 messages across a Dovecot restart")
	time.Sleep(3 * time.Second) // a late duplicate would show now
	cancel()
	<-done
	for id, n := range rec.count {
		if n != 1 {
			t.Errorf("%s handed on %d times", id, n)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	reconnected := false
	for _, h := range health {
		reconnected = reconnected || h.Reconnects > 0
	}
	if !reconnected {
		t.Fatalf("no reconnect reported across the restart: %+v", health)
	}
}
