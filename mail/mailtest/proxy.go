// Package mailtest holds what the mail packages' tests share to watch a
// protocol on the wire; it is imported by tests only.
package mailtest

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// RecordingProxy forwards TCP connections to backend and returns its
// address and what clients sent through it so far, so a test can see what
// crossed the wire. At cleanup it fails the test if a client left its
// connection open.
func RecordingProxy(t testing.TB, backend string) (string, func() string) {
	t.Helper()
	var mu sync.Mutex
	var sent strings.Builder
	var wg sync.WaitGroup
	addr := Relay(t, backend, func(client, server net.Conn) {
		wg.Add(2)
		go func() {
			defer wg.Done()
			io.Copy(client, server)
			client.Close()
		}()
		go func() {
			defer wg.Done()
			io.Copy(writerFunc(func(p []byte) (int, error) {
				mu.Lock()
				sent.Write(p)
				mu.Unlock()
				return server.Write(p)
			}), client)
			server.Close()
		}()
	})
	// Runs before Relay's cleanup closes the listener.
	t.Cleanup(func() {
		// A forwarding pair ends only when the client closes its side: one
		// still running means the client leaked the connection.
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("a connection through the proxy is still open: the client did not close it")
		}
	})
	return addr, func() string {
		mu.Lock()
		defer mu.Unlock()
		return sent.String()
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// CuttingProxy forwards TCP connections to backend and returns its address.
// Whenever cut returns true for what a client is about to send, that
// connection is closed instead (both sides), as a network or a server
// failing mid-exchange would; the server never sees those bytes.
func CuttingProxy(t testing.TB, backend string, cut func(fromClient []byte) bool) string {
	t.Helper()
	return Relay(t, backend, func(client, server net.Conn) {
		go func() {
			io.Copy(client, server)
			client.Close()
		}()
		go func() {
			io.Copy(writerFunc(func(p []byte) (int, error) {
				if cut(p) {
					client.Close()
					server.Close()
					return 0, io.ErrClosedPipe
				}
				return server.Write(p)
			}), client)
			server.Close()
		}()
	})
}

// Relay listens on a loopback port until the test ends, dials backend for
// each connection it accepts, and hands the pair to pair, which forwards
// (and may alter) the traffic; it returns the address to connect to. A
// connection whose backend cannot be dialled is closed.
func Relay(t testing.TB, backend string, pair func(client, server net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", backend)
			if err != nil {
				client.Close()
				continue
			}
			pair(client, server)
		}
	}()
	return ln.Addr().String()
}
