package imapwatch

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// startEmptyFetchProxy forwards IMAP, but drops the server's answer to the
// first drop FETCHes of a message's size (an untagged "* n FETCH (…
// RFC822.SIZE …)" line), so those FETCHes return nothing, as a server under
// strain may. It returns its address and the count of answers it dropped.
func startEmptyFetchProxy(t *testing.T, target string, drop int32) (string, *atomic.Int32) {
	t.Helper()
	dropped := &atomic.Int32{}
	pass := func(line string) (string, bool) { return line, true }
	addr := lineProxy(t, target, pass, func(line string) (string, bool) {
		sizeOnly := strings.HasPrefix(line, "* ") && strings.Contains(line, " FETCH (") &&
			strings.Contains(line, "RFC822.SIZE") && !strings.HasSuffix(strings.TrimSpace(line), "}")
		if sizeOnly && dropped.Load() < drop {
			dropped.Add(1)
			return "", false
		}
		return line, true
	})
	return addr, dropped
}

// recordAll is a Handler that keeps every Message it is given.
type recordAll struct {
	mu   sync.Mutex
	msgs []Message
}

func (r *recordAll) handle(_ context.Context, m Message) (Verdict, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	if m.Unfetched {
		return Kept, nil
	}
	return Handled, nil
}

func (r *recordAll) got() []Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Message(nil), r.msgs...)
}

func watchAll(t *testing.T, addr string, rec *recordAll, n int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		eventually(t, 10*time.Second, func() bool { return len(rec.got()) >= n }, "the messages")
		cancel()
	}()
	if _, err := Watch(ctx, config(addr), Watermark{}, rec.handle, func(Watermark) {}); err != nil {
		t.Fatal(err)
	}
}

// Finding: a FETCH that returned nothing was taken for an expunge, and the
// message was passed over for good. A message a search still finds is
// fetched again: a passing empty answer loses nothing.
func TestEmptyFetchOfAMessageInTheFolderIsTriedAgain(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	addr, dropped := startEmptyFetchProxy(t, s.IMAPAddr(), 1)
	rec := &recordAll{}
	watchAll(t, addr, rec, 1)
	got := rec.got()
	if dropped.Load() != 1 || len(got) != 1 || got[0].Raw == nil || !strings.Contains(string(got[0].Raw), "Subject: mail 1") {
		t.Fatalf("dropped %d answers; handed on %+v, want mail 1 with its body", dropped.Load(), got)
	}
}

// A server that answers every FETCH of a message with nothing, although it
// is in the folder, does not block the mail behind it, and the message is
// handed on Unfetched (for a person), never as gone.
func TestMessageTheServerNeverReturnsIsHandedOnUnfetched(t *testing.T) {
	s := startServer(t)
	deliver(t, s, 1)
	deliver(t, s, 2)
	addr, _ := startEmptyFetchProxy(t, s.IMAPAddr(), fetchAttempts)
	rec := &recordAll{}
	watchAll(t, addr, rec, 2)
	got := rec.got()
	if len(got) != 2 || !got[0].Unfetched || got[0].UID != 1 || got[1].Unfetched || got[1].Raw == nil {
		t.Fatalf("handed on %+v; want mail 1 unfetched, then mail 2 with its body", got)
	}
}
