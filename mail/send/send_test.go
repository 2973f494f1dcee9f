package send

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/certflow/certflow/mail/message"
)

func sample() Message {
	return Message{
		MessageID:  "certflow.consent.merge-1@devstack.test",
		FromName:   "certflow",
		From:       "certs@devstack.test",
		ReplyTo:    "certs+merge-1@devstack.test",
		To:         []string{"aws@aws.example"},
		Subject:    "RE:[CASE 1234567890] 統合の確認",
		Body:       "統合に同意します。\nI agree.\n",
		InReplyTo:  "desk.1@aws.example",
		References: []string{"certflow.request.merge-1@devstack.test", "<desk.1@aws.example>"},
		Date:       time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC),
	}
}

// What is composed parses back to the same thread, addresses and UTF-8 text.
func TestComposeRoundTrip(t *testing.T) {
	raw, err := Compose(sample())
	if err != nil {
		t.Fatal(err)
	}
	m, err := message.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := sample()
	if m.MessageID != want.MessageID || m.Subject != want.Subject || m.From.Address != want.From ||
		len(m.ReplyTo) != 1 || m.ReplyTo[0].Address != want.ReplyTo {
		t.Fatalf("headers: id %q subject %q from %q reply-to %v", m.MessageID, m.Subject, m.From.Address, m.ReplyTo)
	}
	if strings.Join(m.InReplyTo, " ") != "desk.1@aws.example" ||
		strings.Join(m.References, " ") != "certflow.request.merge-1@devstack.test desk.1@aws.example" {
		t.Fatalf("thread: in-reply-to %v references %v", m.InReplyTo, m.References)
	}
	if !strings.Contains(m.Text, "統合に同意します。") || !strings.Contains(string(raw), "charset=UTF-8") {
		t.Fatalf("body not UTF-8 text:\n%s", raw)
	}
}

func TestComposeRefusesHeaderInjection(t *testing.T) {
	for name, mutate := range map[string]func(*Message){
		"subject":     func(m *Message) { m.Subject = "hi\r\nBcc: x@evil.example" },
		"from name":   func(m *Message) { m.FromName = "a\nBcc: x@evil.example" },
		"in-reply-to": func(m *Message) { m.InReplyTo = "a@b\r\nBcc: x@evil.example" },
		"message-id":  func(m *Message) { m.MessageID = "no-at-sign" },
		"no rcpt":     func(m *Message) { m.To = nil },
	} {
		m := sample()
		mutate(&m)
		if raw, err := Compose(m); err == nil {
			t.Errorf("%s: composed\n%s", name, raw)
		}
	}
	m := sample()
	m.References = []string{"ok@x", "bad id@x", "<also\r\nbad@x>"}
	raw, err := Compose(m)
	if err != nil || strings.Contains(string(raw), "bad") {
		t.Fatalf("bad references should be dropped: %v\n%s", err, raw)
	}
}

// sink is an SMTP server that answers DATA with a chosen error.
type sink struct {
	reply error
	got   chan string
}

func (s *sink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{s}, nil }

type sinkSession struct{ s *sink }

func (ss *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (ss *sinkSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (ss *sinkSession) Data(r io.Reader) error {
	b, _ := io.ReadAll(r)
	if ss.s.reply != nil {
		return ss.s.reply
	}
	ss.s.got <- string(b)
	return nil
}
func (ss *sinkSession) Reset()        {}
func (ss *sinkSession) Logout() error { return nil }

func startSink(t *testing.T, reply error) (*sink, string) {
	t.Helper()
	b := &sink{reply: reply, got: make(chan string, 1)}
	srv := smtp.NewServer(b)
	srv.Domain = "localhost"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return b, ln.Addr().String()
}

func TestSendOverSMTP(t *testing.T) {
	b, addr := startSink(t, nil)
	s, err := NewSender(Config{Address: addr, TLS: "none"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), sample()); err != nil {
		t.Fatal(err)
	}
	got := <-b.got
	if !strings.Contains(got, "Message-ID: <certflow.consent.merge-1@devstack.test>") {
		t.Fatalf("server received:\n%s", got)
	}
}

// A 5xx is permanent (the step fails into the case's history); a 4xx is
// worth retrying.
func TestSMTPRepliesDecidePermanence(t *testing.T) {
	for _, c := range []struct {
		code      int
		permanent bool
	}{{550, true}, {554, true}, {451, false}, {421, false}} {
		_, addr := startSink(t, &smtp.SMTPError{Code: c.code, EnhancedCode: smtp.EnhancedCodeNotSet, Message: "test reply"})
		s, _ := NewSender(Config{Address: addr, TLS: "none"})
		err := s.Send(context.Background(), sample())
		if err == nil {
			t.Fatalf("%d: sent", c.code)
		}
		if errors.Is(err, ErrPermanent) != c.permanent {
			t.Errorf("%d: permanent = %v, want %v (%v)", c.code, errors.Is(err, ErrPermanent), c.permanent, err)
		}
	}
	// Nobody listening is temporary too.
	s, _ := NewSender(Config{Address: "127.0.0.1:1", TLS: "none"})
	if err := s.Send(context.Background(), sample()); err == nil || errors.Is(err, ErrPermanent) {
		t.Fatalf("connection refused: %v", err)
	}
}

// counting is an SMTP server that counts the transactions under way at
// once (MAIL to the end of DATA: while its client holds its session).
type counting struct {
	mu         sync.Mutex
	open, most int
}

func (c *counting) NewSession(*smtp.Conn) (smtp.Session, error) { return &countingSession{c}, nil }

type countingSession struct{ c *counting }

func (cs *countingSession) Mail(string, *smtp.MailOptions) error {
	cs.c.mu.Lock()
	defer cs.c.mu.Unlock()
	if cs.c.open++; cs.c.open > cs.c.most {
		cs.c.most = cs.c.open
	}
	return nil
}
func (cs *countingSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (cs *countingSession) Data(r io.Reader) error {
	_, err := io.Copy(io.Discard, r)
	time.Sleep(5 * time.Millisecond) // a server that takes a moment: sessions overlap
	cs.c.mu.Lock()
	cs.c.open--
	cs.c.mu.Unlock()
	return err
}
func (cs *countingSession) Reset()        {}
func (cs *countingSession) Logout() error { return nil }

// A burst of concurrent sends opens at most Sessions SMTP sessions at once.
func TestSendsShareABoundedNumberOfSMTPSessions(t *testing.T) {
	c := &counting{}
	srv := smtp.NewServer(c)
	srv.Domain = "localhost"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()
	s, err := NewSender(Config{Address: ln.Addr().String(), TLS: "none", Sessions: 3})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for range 40 {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- s.Send(context.Background(), sample()) }()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if c.most > 3 || c.most < 2 {
		t.Fatalf("at most %d sessions were open at once, want 2 or 3 (the bound)", c.most)
	}
}
