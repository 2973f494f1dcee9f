package imapconn_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/mailtest"
)

func selectInbox(c *imapconn.Conn) error {
	return c.Do(func() error { _, err := c.Select("INBOX", nil).Wait(); return err })
}

// 200 concurrent callers and then 1,000 more exchanges share three
// sessions: three logins in all, never more than three connections open.
func TestPoolSharesFewSessionsAmongManyCallers(t *testing.T) {
	srv := startServer(t, nil, false)
	var attempts atomic.Int64
	cfg := imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: "none",
		OnLogin: func() { attempts.Add(1) }}
	pool := imapconn.NewPool(cfg, imapconn.PoolConfig{Size: 3})
	defer pool.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- pool.Do(context.Background(), selectInbox)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for range 1000 {
		if err := pool.Do(context.Background(), selectInbox); err != nil {
			t.Fatal(err)
		}
	}
	if got := srv.Logins(); got > 3 {
		t.Errorf("the server saw %d logins for 1,200 exchanges, want at most 3", got)
	}
	if got := attempts.Load(); got != srv.Logins() {
		t.Errorf("OnLogin counted %d logins, the server %d", got, srv.Logins())
	}
	if got := srv.MostOpen(); got > 3 {
		t.Errorf("%d connections were open at once, want at most 3", got)
	}
}

// A session whose exchange failed is closed and replaced, and so is one
// that died while idle: neither is handed out again.
func TestPoolReplacesABrokenSession(t *testing.T) {
	srv := startServer(t, nil, false)
	pool := imapconn.NewPool(imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: "none"},
		imapconn.PoolConfig{Size: 1})
	defer pool.Close()
	var first *imapconn.Conn
	broken := errors.New("connection lost")
	err := pool.Do(context.Background(), func(c *imapconn.Conn) error { first = c; return broken })
	if !errors.Is(err, broken) {
		t.Fatalf("Do = %v, want the exchange's error", err)
	}
	var second *imapconn.Conn
	if err := pool.Do(context.Background(), func(c *imapconn.Conn) error {
		second = c
		if c == first {
			return errors.New("the failed session was handed out again")
		}
		c.Client.Close() // dies while idle in the pool
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := pool.Do(context.Background(), func(c *imapconn.Conn) error {
		if c == second {
			return errors.New("a closed session was handed out again")
		}
		return selectInbox(c)
	}); err != nil {
		t.Fatal(err)
	}
	if got := srv.Logins(); got != 3 {
		t.Errorf("logins = %d, want 3 (one per session)", got)
	}
}

// A server's NO is an answer: the session stays in the pool.
func TestPoolKeepsASessionAfterNo(t *testing.T) {
	srv := startServer(t, nil, false)
	pool := imapconn.NewPool(imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: "none"},
		imapconn.PoolConfig{Size: 1})
	defer pool.Close()
	no := func(c *imapconn.Conn) error {
		return c.Do(func() error { _, err := c.Select("No-Such-Folder", nil).Wait(); return err })
	}
	for range 3 {
		if err := pool.Do(context.Background(), no); err == nil {
			t.Fatal("SELECT of a missing folder succeeded")
		}
	}
	if got := srv.Logins(); got != 1 {
		t.Errorf("logins = %d, want 1", got)
	}
}

// A session idle past CheckAfter is asked NOOP before use; past MaxIdle it
// is replaced without asking.
func TestPoolChecksOrReplacesAnIdleSession(t *testing.T) {
	srv := startServer(t, nil, false)
	addr, sent := mailtest.RecordingProxy(t, srv.IMAPAddr())
	cfg := imapconn.Config{Address: addr, Username: user, Password: password, TLS: "none"}
	pool := imapconn.NewPool(cfg, imapconn.PoolConfig{Size: 1, CheckAfter: 10 * time.Millisecond, MaxIdle: time.Hour})
	for range 2 {
		if err := pool.Do(context.Background(), selectInbox); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	pool.Close()
	if !strings.Contains(sent(), "NOOP") || srv.Logins() != 1 {
		t.Errorf("after an idle spell: logins = %d, NOOP sent = %v; want 1 login and a NOOP", srv.Logins(), strings.Contains(sent(), "NOOP"))
	}

	pool = imapconn.NewPool(cfg, imapconn.PoolConfig{Size: 1, CheckAfter: time.Millisecond, MaxIdle: 10 * time.Millisecond})
	defer pool.Close()
	before := srv.Logins()
	for range 2 {
		if err := pool.Do(context.Background(), selectInbox); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	if got := srv.Logins() - before; got != 2 {
		t.Errorf("logins = %d, want 2: a session idle past MaxIdle is replaced", got)
	}
}

// Callers beyond the pool's size wait, for as long as their context
// allows.
func TestPoolWaitIsBoundedByTheContext(t *testing.T) {
	srv := startServer(t, nil, false)
	pool := imapconn.NewPool(imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: password, TLS: "none"},
		imapconn.PoolConfig{Size: 1})
	defer pool.Close()
	hold, held := make(chan struct{}), make(chan struct{})
	go pool.Do(context.Background(), func(*imapconn.Conn) error { close(held); <-hold; return nil })
	<-held
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := pool.Do(ctx, func(*imapconn.Conn) error { return errors.New("ran without a free session") })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Do with every session busy = %v, want the context's deadline", err)
	}
	close(hold)
	if err := pool.Do(context.Background(), selectInbox); err != nil {
		t.Errorf("after the session was freed: %v", err)
	}
}

// After a failed login the next waits out a backoff (bounded by the
// context) instead of hammering the server.
func TestPoolBacksOffAfterAFailedLogin(t *testing.T) {
	srv := startServer(t, nil, false)
	var attempts atomic.Int64
	cfg := imapconn.Config{Address: srv.IMAPAddr(), Username: user, Password: "wrong", TLS: "none",
		OnLogin: func() { attempts.Add(1) }}
	pool := imapconn.NewPool(cfg, imapconn.PoolConfig{Size: 3, BackoffInitial: time.Hour, BackoffMax: time.Hour})
	defer pool.Close()
	if err := pool.Do(context.Background(), selectInbox); err == nil {
		t.Fatal("login with a wrong password succeeded")
	}
	for range 5 {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		err := pool.Do(ctx, selectInbox)
		cancel()
		if err == nil {
			t.Fatal("login with a wrong password succeeded")
		}
	}
	// The jittered backoff may be near zero once; never five times in a row.
	if got := attempts.Load(); got > 2 {
		t.Errorf("%d login attempts within 100 ms of a failure, want at most 2", got)
	}
}
