package imapwatch

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/mailtest"
)

// folderCount counts the messages in a folder of the test user.
func folderCount(t *testing.T, addr, folder string) int {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("status %s: %v", folder, err)
	}
	return int(*st.NumMessages)
}

// watchUntil runs Watch until cond holds, then stops it.
func watchUntil(t *testing.T, cfg Config, from Watermark, rec *recorder, cond func() bool) Watermark {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 10*time.Second, cond, "the watch")
		cancel()
	}()
	w, err := Watch(ctx, cfg, from, rec.handle, func(Watermark) {})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// Handled mail moves to the processed folder (created on demand), mail the
// handler quarantines moves to quarantine, a message over the size limit is
// handed over without its body, and none of them blocks the next.
func TestFilingProcessedQuarantinedAndTooLarge(t *testing.T) {
	s := startServer(t)
	for i := 1; i <= 4; i++ {
		deliver(t, s, i)
	}
	big := "From: a@x.example\r\nSubject: big\r\n\r\n" + strings.Repeat("x", 5000) + "\r\n"
	if err := s.Deliver(user, []byte(big)); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	tooLarge := map[uint32]bool{}
	rec := &recorder{}
	handler := func(ctx context.Context, m Message) (Verdict, error) {
		mu.Lock()
		tooLarge[m.UID] = m.TooLarge
		mu.Unlock()
		if m.UID == 2 || m.TooLarge {
			return Quarantined, nil
		}
		return rec.handle(ctx, m)
	}
	cfg := config(s.IMAPAddr())
	cfg.ProcessedFolder = "certflow/processed"
	cfg.QuarantineFolder = "certflow/quarantine"
	cfg.MaxMessageBytes = 4096
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 10*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(tooLarge) == 5 }, "five messages")
		cancel()
	}()
	w, err := Watch(ctx, cfg, Watermark{}, handler, func(Watermark) {})
	if err != nil || w.LastUID != 5 {
		t.Fatalf("Watch = %+v, %v", w, err)
	}
	if !tooLarge[5] || tooLarge[1] {
		t.Fatalf("TooLarge by UID = %v, want only UID 5", tooLarge)
	}
	if got := folderCount(t, s.IMAPAddr(), "INBOX"); got != 0 {
		t.Errorf("INBOX holds %d, want 0", got)
	}
	if got := folderCount(t, s.IMAPAddr(), "certflow/processed"); got != 3 {
		t.Errorf("processed holds %d, want 3", got)
	}
	if got := folderCount(t, s.IMAPAddr(), "certflow/quarantine"); got != 2 {
		t.Errorf("quarantine holds %d, want 2", got)
	}
}

// 100 good messages with one malformed one among them: 100 handed on, 1
// quarantined, in order.
func TestOneBadMessageAmongAHundred(t *testing.T) {
	s := startServer(t)
	for i := 1; i <= 101; i++ {
		if i == 51 {
			if err := s.Deliver(user, []byte("\x00\x01\x02 not a message at all")); err != nil {
				t.Fatal(err)
			}
			continue
		}
		deliver(t, s, i)
	}
	var good, bad []uint32
	var mu sync.Mutex
	handler := func(_ context.Context, m Message) (Verdict, error) {
		mu.Lock()
		defer mu.Unlock()
		if !strings.Contains(string(m.Raw), "Message-ID:") {
			bad = append(bad, m.UID)
			return Quarantined, nil
		}
		good = append(good, m.UID)
		return Handled, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 20*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(good)+len(bad) == 101 }, "101 messages")
		cancel()
	}()
	if _, err := Watch(ctx, config(s.IMAPAddr()), Watermark{}, handler, func(Watermark) {}); err != nil {
		t.Fatal(err)
	}
	if len(good) != 100 || len(bad) != 1 || bad[0] != 51 {
		t.Fatalf("%d handed on, quarantined %v", len(good), bad)
	}
	if got := folderCount(t, s.IMAPAddr(), "Quarantine"); got != 1 {
		t.Fatalf("Quarantine holds %d, want 1", got)
	}
}

// noIdleProxy forwards IMAP but strips IDLE and IMAP4rev2 from the
// server's capabilities, so the watcher must poll; it counts the IDLE
// commands the client sends anyway.
func noIdleProxy(t *testing.T, target string, idles *atomic.Int32) string {
	t.Helper()
	return lineProxy(t, target, func(line string) (string, bool) {
		if strings.HasSuffix(strings.ToUpper(strings.TrimSpace(line)), " IDLE") {
			idles.Add(1)
		}
		return line, true
	}, func(line string) (string, bool) {
		line = strings.ReplaceAll(line, " IDLE", "")
		return strings.ReplaceAll(line, " IMAP4rev2", ""), true
	})
}

// lineProxy relays IMAP between the watch and the server at target line by
// line: each line from the watch goes through up, each from the server
// through down, which may rewrite it or drop it (keep false).
func lineProxy(t *testing.T, target string, up, down func(line string) (out string, keep bool)) string {
	t.Helper()
	return mailtest.Relay(t, target, func(c, server net.Conn) {
		go relayLines(c, server, up)
		go relayLines(server, c, down)
	})
}

func relayLines(from, to net.Conn, edit func(string) (string, bool)) {
	defer to.Close()
	r := bufio.NewReader(from)
	for {
		line, err := r.ReadString('\n')
		if out, keep := edit(line); keep {
			if _, werr := to.Write([]byte(out)); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func TestPollsWithoutIdle(t *testing.T) {
	s := startServer(t)
	var idles atomic.Int32
	cfg := config(noIdleProxy(t, s.IMAPAddr(), &idles))
	cfg.Refresh = time.Hour // were it idling, nothing would arrive for an hour
	cfg.PollInterval = 100 * time.Millisecond
	rec := &recorder{}
	go func() {
		time.Sleep(300 * time.Millisecond)
		deliver(t, s, 1)
	}()
	watchUntil(t, cfg, Watermark{}, rec, func() bool { return len(rec.seen()) == 1 })
	if n := idles.Load(); n != 0 {
		t.Fatalf("the client sent IDLE %d times to a server without it", n)
	}
}

// Run survives the server going away and coming back: it reconnects with
// backoff, reports its health, and hands on what arrived meanwhile, once.
func TestRunReconnects(t *testing.T) {
	dir := t.TempDir()
	start := func(addr string) *mailserver.Server {
		s, err := mailserver.Start(mailserver.Config{IMAPAddr: addr, SMTPAddr: "127.0.0.1:0", Password: "pw", Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddMailbox(user); err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := start("127.0.0.1:0")
	addr := s.IMAPAddr()
	deliver(t, s, 1)

	rec := &recorder{}
	var mu sync.Mutex
	var reports []Health
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Watermark)
	go func() {
		done <- Run(ctx, config(addr), Watermark{}, rec.handle, func(Watermark) {}, func(h Health) {
			mu.Lock()
			reports = append(reports, h)
			mu.Unlock()
		}, Backoff{Initial: 50 * time.Millisecond, Max: 200 * time.Millisecond})
	}()
	eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 1 }, "the first message")
	s.Close()
	time.Sleep(300 * time.Millisecond)
	s = start(addr)
	defer s.Close()
	deliver(t, s, 2)
	eventually(t, 10*time.Second, func() bool { return len(rec.seen()) == 2 }, "the message after the restart")
	cancel()
	w := <-done
	if fmt.Sprint(rec.seen()) != "[1 2]" || w.LastUID != 2 {
		t.Fatalf("handed on %v, watermark %+v", rec.seen(), w)
	}
	mu.Lock()
	defer mu.Unlock()
	last := reports[len(reports)-1]
	if !last.Connected || last.Reconnects < 1 || last.Failures < 1 || last.LastError == "" {
		t.Fatalf("health reports %+v", reports)
	}
	sawDown := false
	for _, h := range reports {
		sawDown = sawDown || !h.Connected
	}
	if !sawDown {
		t.Fatalf("no report of the outage: %+v", reports)
	}
}
