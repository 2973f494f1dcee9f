package app

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/metrics"
)

// /healthz, the container healthcheck, fails once a watched folder has had
// no live watch for watcherMissingBound, whether no watch was ever seen or
// the last one went silent, and recovers as soon as a live watch is seen.
func TestHealthzFailsWhileAMailboxHasHadNoWatcherForMinutes(t *testing.T) {
	cfg := config.Worker{IMAP: config.IMAP{Username: "Certs@Partner.example", Mailboxes: []string{"INBOX", "AWS"}}}
	o := newOps(nil, cfg, metrics.New(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	h := o.handler()
	get := func() (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		return rec.Code, rec.Body.String()
	}
	// A worker that has just started is given the bound to find its watches.
	if code, body := get(); code != http.StatusOK {
		t.Fatalf("fresh worker: %d %q, want 200", code, body)
	}
	o.watchers.started = time.Now().Add(-watcherMissingBound - time.Minute)
	o.watchers.note("certs@partner.example/INBOX", time.Now(), true)
	code, body := get()
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "certs@partner.example/AWS has had no watcher") ||
		strings.Contains(body, "/INBOX") {
		t.Fatalf("one folder never watched: %d %q, want 503 naming only AWS", code, body)
	}
	o.watchers.note("certs@partner.example/AWS", time.Now(), true)
	if code, body := get(); code != http.StatusOK {
		t.Fatalf("both watched: %d %q, want 200", code, body)
	}
	// The INBOX watch went silent: seen live last beyond the bound.
	o.watchers.mu.Lock()
	s := o.watchers.seen["certs@partner.example/INBOX"]
	s.live = time.Now().Add(-watcherMissingBound - time.Second)
	o.watchers.seen["certs@partner.example/INBOX"] = s
	o.watchers.mu.Unlock()
	if code, body := get(); code != http.StatusServiceUnavailable || !strings.Contains(body, "/INBOX has had no watcher") {
		t.Fatalf("INBOX silent: %d %q, want 503 naming INBOX", code, body)
	}
}
