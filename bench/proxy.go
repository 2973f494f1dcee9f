package main

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// imapProxy relays TCP connections to an IMAP server and counts the bytes
// in each direction. Optionally it hides IDLE (and IMAP4rev2, which implies
// it) from the server's capability lists, so a client sees a server without
// IDLE and falls back to polling: that is how the bench puts the watcher in
// poll mode without a switch in certflow.
type imapProxy struct {
	ln       net.Listener
	target   string
	hideIdle bool

	mu      sync.Mutex
	conns   []*proxyConn // since the last reset
	watchAt time.Time    // when a watcher first selected INBOX since the last reset
}

// proxyConn is one relayed connection's counts.
type proxyConn struct {
	down  atomic.Int64 // server to client
	up    atomic.Int64 // client to server
	watch atomic.Bool  // it selected INBOX: the watcher's connection
}

func newIMAPProxy(target string, hideIdle bool) (*imapProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &imapProxy{ln: ln, target: target, hideIdle: hideIdle}
	go p.serve()
	return p, nil
}

// addr is where clients connect.
func (p *imapProxy) addr() string { return p.ln.Addr().String() }

func (p *imapProxy) close() { p.ln.Close() }

// reset forgets the connections counted so far.
func (p *imapProxy) reset() {
	p.mu.Lock()
	p.conns = nil
	p.watchAt = time.Time{}
	p.mu.Unlock()
}

// watchStarted is when a watcher first selected INBOX since the last
// reset (zero if none has).
func (p *imapProxy) watchStarted() time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.watchAt
}

// proxyCounts are the bytes relayed since the last reset.
type proxyCounts struct {
	WatchDown int64 `json:"watch_bytes_down"` // server to client on the watcher's connections
	TotalDown int64 `json:"total_bytes_down"` // server to client on every connection (watch and Sent folder)
	TotalUp   int64 `json:"total_bytes_up"`
	Conns     int   `json:"connections"`
}

func (p *imapProxy) counts() proxyCounts {
	p.mu.Lock()
	defer p.mu.Unlock()
	var c proxyCounts
	for _, pc := range p.conns {
		d := pc.down.Load()
		c.TotalDown += d
		c.TotalUp += pc.up.Load()
		if pc.watch.Load() {
			c.WatchDown += d
		}
	}
	c.Conns = len(p.conns)
	return c
}

func (p *imapProxy) serve() {
	for {
		client, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.relay(client)
	}
}

func (p *imapProxy) relay(client net.Conn) {
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		client.Close()
		return
	}
	pc := &proxyConn{}
	p.mu.Lock()
	p.conns = append(p.conns, pc)
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	go func() {
		p.up(server, client, pc)
		server.Close()
		done <- struct{}{}
	}()
	go func() {
		p.down(client, server, pc)
		client.Close()
		done <- struct{}{}
	}()
	<-done
	<-done
}

var (
	selectInbox       = []byte("SELECT INBOX")
	selectQuotedInbox = []byte(`SELECT "INBOX"`)
)

func (p *imapProxy) up(dst io.Writer, src io.Reader, pc *proxyConn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			pc.up.Add(int64(n))
			if !pc.watch.Load() && (bytes.Contains(chunk, selectInbox) || bytes.Contains(chunk, selectQuotedInbox)) {
				pc.watch.Store(true)
				p.mu.Lock()
				if p.watchAt.IsZero() {
					p.watchAt = time.Now()
				}
				p.mu.Unlock()
			}
			if _, err := dst.Write(chunk); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *imapProxy) down(dst io.Writer, src io.Reader, pc *proxyConn) {
	if !p.hideIdle {
		buf := make([]byte, 32<<10)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				pc.down.Add(int64(n))
				if _, err := dst.Write(buf[:n]); err != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}
	r := bufio.NewReaderSize(src, 64<<10)
	w := bufio.NewWriterSize(dst, 64<<10)
	for {
		line, err := r.ReadSlice('\n')
		if len(line) > 0 {
			pc.down.Add(int64(len(line)))
			if bytes.HasPrefix(line, []byte("* CAPABILITY ")) || bytes.Contains(line, []byte("[CAPABILITY ")) {
				line = withoutIdle(line)
			}
			if _, werr := w.Write(line); werr != nil {
				return
			}
		}
		if err == bufio.ErrBufferFull {
			continue // the rest of a long line follows
		}
		// Flush whenever nothing more is waiting, so the client sees every
		// response as soon as the server sent it.
		if r.Buffered() == 0 || err != nil {
			if werr := w.Flush(); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// withoutIdle drops the IDLE and IMAP4rev2 tokens from a capability line.
func withoutIdle(line []byte) []byte {
	fields := bytes.Split(bytes.TrimRight(line, "\r\n"), []byte(" "))
	out := make([][]byte, 0, len(fields))
	for _, f := range fields {
		bare := bytes.TrimSuffix(f, []byte("]"))
		if bytes.EqualFold(bare, []byte("IDLE")) || bytes.EqualFold(bare, []byte("IMAP4rev2")) {
			if len(bare) != len(f) && len(out) > 0 { // keep the closing bracket
				out[len(out)-1] = append(append([]byte{}, out[len(out)-1]...), ']')
			}
			continue
		}
		out = append(out, f)
	}
	return append(bytes.Join(out, []byte(" ")), '\r', '\n')
}
