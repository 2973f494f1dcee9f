package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/imapconn"
)

const user = "certs@devstack.test"

func startServer(t *testing.T) *mailserver.Server {
	t.Helper()
	s, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.AddMailbox(user); err != nil {
		t.Fatal(err)
	}
	return s
}

func deliver(t *testing.T, s *mailserver.Server, n int) {
	t.Helper()
	msg := fmt.Sprintf("From: a@x.example\r\nTo: %s\r\nMessage-ID: <m%d@x.example>\r\nSubject: mail %d\r\n\r\nbody\r\n", user, n, n)
	if err := s.Deliver(user, []byte(msg)); err != nil {
		t.Fatal(err)
	}
}

func config(addr string) Config {
	return Config{
		Conn:    imapconn.Config{Address: addr, Username: user, Password: "pw", TLS: "none", Timeout: time.Second},
		Mailbox: "INBOX", Refresh: 300 * time.Millisecond,
	}
}

// recorder is a Handler that remembers the UIDs it saw.
type recorder struct {
	mu      sync.Mutex
	uids    []uint32
	verdict func(uid uint32) (Verdict, error)
}

func (r *recorder) handle(_ context.Context, m Message) (Verdict, error) {
	v, err := Handled, error(nil)
	if r.verdict != nil {
		v, err = r.verdict(m.UID)
	}
	if err == nil {
		r.mu.Lock()
		r.uids = append(r.uids, m.UID)
		r.mu.Unlock()
	}
	return v, err
}

func (r *recorder) seen() []uint32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]uint32(nil), r.uids...)
}

func eventually(t *testing.T, within time.Duration, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func seenFlags(t *testing.T, s *mailserver.Server) map[uint32]bool {
	t.Helper()
	c, err := imapclient.DialInsecure(s.IMAPAddr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint32]bool{}
	for _, m := range msgs {
		for _, f := range m.Flags {
			if f == imap.FlagSeen {
				out[uint32(m.UID)] = true
			}
		}
	}
	return out
}

// Old and new mail is handed on once each, in UID order; Handled mail is
// flagged \Seen and Kept mail is not.
func TestHandsOnEveryMessageOnceInOrder(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	deliver(t, s, 3)
	rec := &recorder{verdict: func(uid uint32) (Verdict, error) {
		if uid == 2 {
			return Kept, nil
		}
		return Handled, nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	var last atomic.Uint32
	done := make(chan Watermark, 1)
	go func() {
		w, err := Watch(ctx, config(s.IMAPAddr()), Watermark{}, rec.handle, func(w Watermark) { last.Store(w.LastUID) })
		if err != nil {
			t.Errorf("Watch: %v", err)
		}
		done <- w
	}()
	eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 3 }, "the three old messages")
	deliver(t, s, 4)
	deliver(t, s, 5)
	eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 5 }, "the two new messages")
	cancel()
	w := <-done
	if fmt.Sprint(rec.seen()) != "[1 2 3 4 5]" {
		t.Fatalf("handed on %v, want [1 2 3 4 5]", rec.seen())
	}
	if w.LastUID != 5 || w.UIDValidity == 0 || last.Load() != 5 {
		t.Fatalf("watermark %+v, last progress %d", w, last.Load())
	}
	flags := seenFlags(t, s)
	if !flags[1] || flags[2] || !flags[3] || !flags[4] || !flags[5] {
		t.Fatalf("\\Seen flags = %v, want all but UID 2", flags)
	}

	// From the watermark, only what came after it.
	deliver(t, s, 6)
	rec2 := &recorder{}
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		eventually(t, 5*time.Second, func() bool { return len(rec2.seen()) >= 1 }, "the sixth message")
		cancel2()
	}()
	w2, err := Watch(ctx2, config(s.IMAPAddr()), w, rec2.handle, func(Watermark) {})
	if err != nil || fmt.Sprint(rec2.seen()) != "[6]" || w2.LastUID != 6 {
		t.Fatalf("resumed watch: %v, handed on %v, watermark %+v", err, rec2.seen(), w2)
	}
}

// A handler failure stops the watch without moving the watermark past the
// message, so the next watch offers it again.
func TestHandlerErrorKeepsTheMessage(t *testing.T) {
	s := startServer(t)
	for i := 1; i <= 3; i++ {
		deliver(t, s, i)
	}
	boom := errors.New("case unreachable")
	rec := &recorder{verdict: func(uid uint32) (Verdict, error) {
		if uid == 2 {
			return 0, boom
		}
		return Handled, nil
	}}
	w, err := Watch(context.Background(), config(s.IMAPAddr()), Watermark{}, rec.handle, func(Watermark) {})
	if !errors.Is(err, boom) || w.LastUID != 1 {
		t.Fatalf("Watch = %+v, %v; want watermark at 1 and the handler's error", w, err)
	}
	if flags := seenFlags(t, s); flags[2] {
		t.Fatal("the failed message was flagged \\Seen")
	}
	rec.verdict = nil
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 3 }, "the retried messages")
		cancel()
	}()
	if _, err := Watch(ctx, config(s.IMAPAddr()), w, rec.handle, func(Watermark) {}); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(rec.seen()) != "[1 2 3]" {
		t.Fatalf("handed on %v, want [1 2 3]", rec.seen())
	}
}

// A watermark from another UIDVALIDITY means nothing: every message is
// offered again rather than none ever again.
func TestUIDValidityChangeRescans(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	rec := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 2 }, "both messages")
		cancel()
	}()
	w, err := Watch(ctx, config(s.IMAPAddr()), Watermark{UIDValidity: 987654, LastUID: 100}, rec.handle, func(Watermark) {})
	if err != nil || fmt.Sprint(rec.seen()) != "[1 2]" || w.UIDValidity == 987654 || w.LastUID != 2 {
		t.Fatalf("Watch = %+v, %v; handed on %v", w, err, rec.seen())
	}
}

// freezer is a TCP proxy that can stop forwarding without closing, the way
// a dead NAT or a hung server looks to a client.
type freezer struct {
	ln     net.Listener
	frozen atomic.Bool
}

func newFreezer(t *testing.T, target string) *freezer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &freezer{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			go f.pipe(c, up)
			go f.pipe(up, c)
		}
	}()
	return f
}

func (f *freezer) pipe(dst, src net.Conn) {
	defer dst.Close()
	buf := make([]byte, 4096)
	for {
		n, err := src.Read(buf)
		for f.frozen.Load() {
			time.Sleep(10 * time.Millisecond) // hold everything, say nothing
			if _, err := src.Read(make([]byte, 1)); err == io.EOF {
				return
			}
		}
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// A connection that stops answering is closed by the watchdog within the
// refresh plus the watchdog interval, Run reconnects, and nothing is lost:
// the message that arrived meanwhile is handed on once.
func TestWatchdogRecoversFromAFrozenConnection(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	proxy := newFreezer(t, s.IMAPAddr())
	rec := &recorder{}
	cfg := config(proxy.ln.Addr().String())
	var mu sync.Mutex
	var reports []Health
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Watermark, 1)
	go func() {
		done <- Run(ctx, cfg, Watermark{}, rec.handle, func(Watermark) {}, func(h Health) {
			mu.Lock()
			reports = append(reports, h)
			mu.Unlock()
		}, Backoff{Initial: 50 * time.Millisecond, Max: 200 * time.Millisecond})
	}()
	eventually(t, 5*time.Second, func() bool { return len(rec.seen()) == 1 }, "the first message")
	proxy.frozen.Store(true)
	frozeAt := time.Now()
	deliver(t, s, 2)
	stalled := func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, h := range reports {
			if !h.Connected && strings.Contains(h.LastError, imapconn.ErrStalled.Error()) {
				return true
			}
		}
		return false
	}
	eventually(t, 30*time.Second, stalled, "the watchdog to notice the frozen connection")
	// Twice the time a healthy watch could be silent, plus slack for a loaded machine.
	if waited := time.Since(frozeAt); waited > 2*(cfg.Refresh+cfg.Conn.Timeout)+2*time.Second {
		t.Fatalf("the watchdog took %s", waited)
	}
	proxy.frozen.Store(false)
	eventually(t, 10*time.Second, func() bool { return len(rec.seen()) == 2 }, "recovery and the message sent meanwhile")
	cancel()
	w := <-done
	if fmt.Sprint(rec.seen()) != "[1 2]" || w.LastUID != 2 {
		t.Fatalf("handed on %v, watermark %+v", rec.seen(), w)
	}
}

// Review 13, finding 7: the watch hands on when the server received each
// message (INTERNALDATE), which the sender cannot set, not only the Date
// the sender wrote.
func TestHandsOnWhenTheServerReceivedTheMessage(t *testing.T) {
	s := startServer(t)
	old := "From: a@x.example\r\nTo: " + user + "\r\nMessage-ID: <old@x.example>\r\nDate: Mon, 1 Dec 2025 09:00:00 +0000\r\n" +
		"Subject: a year old\r\n\r\nbody\r\n"
	if err := s.Deliver(user, []byte(old)); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []Message
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		_, _ = Watch(ctx, config(s.IMAPAddr()), Watermark{}, func(_ context.Context, m Message) (Verdict, error) {
			mu.Lock()
			defer mu.Unlock()
			got = append(got, m)
			return Handled, nil
		}, func(Watermark) {})
	}()
	eventually(t, 5*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == 1 }, "the message")
	mu.Lock()
	defer mu.Unlock()
	if at := got[0].Received; at.IsZero() || time.Since(at) > time.Minute || time.Since(at) < -time.Minute {
		t.Fatalf("handed on with Received %v, want about now (the server's INTERNALDATE)", at)
	}
}
