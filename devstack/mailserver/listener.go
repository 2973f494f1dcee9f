package mailserver

import (
	"net"
	"sync"
)

// trackingListener remembers every connection it accepted that is still
// open, so Close can close them all, including one accepted a moment
// before Close whose handler has not yet registered with its server.
type trackingListener struct {
	net.Listener

	mu     sync.Mutex
	conns  map[*trackedConn]struct{}
	closed bool
}

func newTrackingListener(ln net.Listener) *trackingListener {
	return &trackingListener{Listener: ln, conns: make(map[*trackedConn]struct{})}
}

// Accept returns the next connection. Once the listener is closed, a
// connection that was already on its way in is closed instead of served.
func (l *trackingListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		tc := &trackedConn{Conn: c, l: l}
		l.mu.Lock()
		closed := l.closed
		if !closed {
			l.conns[tc] = struct{}{}
		}
		l.mu.Unlock()
		if !closed {
			return tc, nil
		}
		c.Close()
	}
}

// Close closes the listener and every connection it accepted. It is
// idempotent because both Server.Close and the protocol servers call it.
func (l *trackingListener) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	conns := l.conns
	l.conns = nil
	l.mu.Unlock()

	err := l.Listener.Close()
	for c := range conns {
		c.Conn.Close()
	}
	return err
}

// trackedConn leaves its listener's set when closed, so the set only holds
// live connections.
type trackedConn struct {
	net.Conn
	l    *trackingListener
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.conns, c)
		c.l.mu.Unlock()
	})
	return c.Conn.Close()
}
