package imapconn

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
)

// PoolConfig sizes a Pool and says when an idle session is checked.
type PoolConfig struct {
	// Size is the most sessions open at once; callers beyond it wait. Zero
	// means 3.
	Size int
	// CheckAfter: a session idle longer is sent a NOOP before it is used,
	// and replaced if that fails. Zero means 30 seconds.
	CheckAfter time.Duration
	// MaxIdle: a session idle longer is closed and replaced without asking
	// (servers drop idle sessions after 30 minutes, NAT boxes sooner).
	// Zero means 10 minutes.
	MaxIdle time.Duration
	// Backoff spaces the logins after a failed one, with full jitter as the
	// watcher's reconnects: Initial after the first failure, doubling up to
	// Max. Zero values mean one second and one minute.
	BackoffInitial, BackoffMax time.Duration
	// OnConnect, when set, runs once on every new session before its first
	// use (e.g. to create a folder); an error closes the session.
	OnConnect func(*Conn) error
}

// Pool shares a few logged-in sessions among many short exchanges, so that
// a burst of sends neither logs in once per mail nor opens more
// connections than the server allows one user. Each exchange runs under
// the session's watchdog; a session that failed is closed, never reused.
type Pool struct {
	cfg   Config
	pcfg  PoolConfig
	slots chan struct{} // one token per session that may be open

	mu        sync.Mutex
	idle      []*pooled // most recently used last
	closed    bool
	failures  int       // logins failed in a row
	nextLogin time.Time // no login before this, after a failure
}

type pooled struct {
	conn *Conn
	used time.Time
}

// NewPool returns an empty pool; sessions are opened on demand.
func NewPool(cfg Config, pcfg PoolConfig) *Pool {
	if pcfg.Size <= 0 {
		pcfg.Size = 3
	}
	if pcfg.CheckAfter <= 0 {
		pcfg.CheckAfter = 30 * time.Second
	}
	if pcfg.MaxIdle <= 0 {
		pcfg.MaxIdle = 10 * time.Minute
	}
	if pcfg.BackoffInitial <= 0 {
		pcfg.BackoffInitial = time.Second
	}
	if pcfg.BackoffMax <= 0 {
		pcfg.BackoffMax = time.Minute
	}
	return &Pool{cfg: cfg, pcfg: pcfg, slots: make(chan struct{}, pcfg.Size)}
}

// ErrPoolClosed is returned by Do after Close.
var ErrPoolClosed = errors.New("IMAP session pool is closed")

// Do runs f on a session of the pool, waiting (as long as ctx allows) for
// one to be free. f should run its commands through the session's Do or
// Get, so the watchdog bounds each. The session goes back to the pool only
// if f returned nil or a NO from the server; any other error means the
// connection may be broken or out of step, and it is closed.
func (p *Pool) Do(ctx context.Context, f func(*Conn) error) error {
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("wait for a free IMAP session (%d in use): %w", p.pcfg.Size, ctx.Err())
	}
	defer func() { <-p.slots }()
	conn, err := p.take(ctx)
	if err != nil {
		return err
	}
	err = f(conn)
	if err != nil && !isNo(err) {
		conn.Close()
		return err
	}
	p.give(conn)
	return err
}

// take returns a usable session: an idle one that is still alive, or a
// new one.
func (p *Pool) take(ctx context.Context) (*Conn, error) {
	for {
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			return nil, ErrPoolClosed
		}
		n := len(p.idle)
		if n == 0 {
			p.mu.Unlock()
			return p.open(ctx)
		}
		s := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		if p.usable(s) {
			return s.conn, nil
		}
		s.conn.Close()
	}
}

// usable reports whether an idle session can serve another exchange.
func (p *Pool) usable(s *pooled) bool {
	select {
	case <-s.conn.Closed(): // the server said BYE, or the watchdog closed it
		return false
	default:
	}
	idle := time.Since(s.used)
	if idle > p.pcfg.MaxIdle {
		return false
	}
	if idle > p.pcfg.CheckAfter {
		return s.conn.Do(func() error { return s.conn.Noop().Wait() }) == nil
	}
	return true
}

// open logs in a new session, after the backoff a failed login started.
func (p *Pool) open(ctx context.Context) (*Conn, error) {
	p.mu.Lock()
	wait := time.Until(p.nextLogin)
	p.mu.Unlock()
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return nil, fmt.Errorf("wait to log in to IMAP again after a failure: %w", ctx.Err())
		}
	}
	conn, err := Dial(p.cfg, nil)
	if err == nil && p.pcfg.OnConnect != nil {
		if err = p.pcfg.OnConnect(conn); err != nil {
			conn.Close()
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if err != nil {
		p.failures++
		delay := min(p.pcfg.BackoffInitial<<min(p.failures-1, 20), p.pcfg.BackoffMax)
		p.nextLogin = time.Now().Add(time.Duration(rand.Int64N(int64(delay) + 1)))
		return nil, err
	}
	p.failures, p.nextLogin = 0, time.Time{}
	return conn, nil
}

// give puts a session back, or closes it if the pool was closed meanwhile.
func (p *Pool) give(conn *Conn) {
	p.mu.Lock()
	if !p.closed {
		p.idle = append(p.idle, &pooled{conn: conn, used: time.Now()})
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	conn.Close()
}

// Close logs out the idle sessions; sessions in use are closed when their
// exchange ends, and Do fails from now on.
func (p *Pool) Close() error {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.mu.Unlock()
	for _, s := range idle {
		s.conn.Close()
	}
	return nil
}

// isNo reports whether err is the server's NO to a command: the command
// failed, the session is fine.
func isNo(err error) bool {
	var imapErr *imap.Error
	return errors.As(err, &imapErr) && imapErr.Type == imap.StatusResponseTypeNo
}
