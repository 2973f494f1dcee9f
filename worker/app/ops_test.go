package app

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/workflows"
)

// lockedBuffer is a log sink the worker's goroutines may write concurrently.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// At a first start on a cluster without certflow's search attributes, the
// worker registers them before it counts open cases by them: the gauge is
// set, and no "invalid search attribute" warning comes first.
func TestOpenCaseGaugeWaitsForTheSearchAttributes(t *testing.T) {
	srv, err := temporalserver.Start(context.Background(), temporalserver.Config{
		DatabaseFile: filepath.Join(t.TempDir(), "temporal.db"), UIPort: -1, Namespace: "default",
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Stop() }()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	httpAddr := ln.Addr().String()
	ln.Close()
	// No mail server answers here: the gauge needs none.
	nowhere := devenv.Endpoints{Temporal: srv.Frontend(), IMAP: "127.0.0.1:1", SMTP: "127.0.0.1:1",
		Mailbox: devenv.CertsMailbox, Password: "x", Desk: devenv.DeskAddress}
	cfg, err := config.LoadFrom[config.Worker](devenv.Layer(nowhere.Env(), devenv.WorkerDefaults(),
		map[string]string{"CERTFLOW_HTTP_ADDR": httpAddr}))
	if err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, cfg, slog.New(slog.NewTextHandler(&logs, nil)), Options{OpenCasesEvery: 100 * time.Millisecond})
	}()
	defer func() { cancel(); <-done }()

	const counted = `certflow_open_cases{kind="merge",state="awaiting_consent"} 0`
	deadline := time.Now().Add(60 * time.Second)
	for body := ""; !strings.Contains(body, counted); body = scrape(httpAddr) {
		if time.Now().After(deadline) {
			t.Fatalf("the open-case gauge was never set; worker log:\n%s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if strings.Contains(logs.String(), "cannot count open cases") {
		t.Fatalf("the gauge failed before the search attributes existed:\n%s", logs.String())
	}
	if body := scrape(httpAddr); !strings.Contains(body, "certflow_open_cases_refresh_errors_total 0") {
		t.Fatalf("refresh errors were counted:\n%s", body)
	}
}

func scrape(addr string) string {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// A namespace where CaseStateSince was registered with another type is
// refused with both types named, and the worker registers the missing ones
// with their own types (CaseStateSince a Datetime).
func TestSearchAttributesAreRegisteredWithTheirTypes(t *testing.T) {
	srv, err := temporalserver.Start(context.Background(), temporalserver.Config{
		DatabaseFile: filepath.Join(t.TempDir(), "temporal.db"), UIPort: -1, Namespace: "default",
		SearchAttributes: map[string]enumspb.IndexedValueType{"CaseStateSince": enumspb.INDEXED_VALUE_TYPE_KEYWORD},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Stop() }()
	c, err := client.Dial(client.Options{HostPort: srv.Frontend(), Logger: sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	err = EnsureSearchAttributes(ctx, c, "default")
	if err == nil || !strings.Contains(err.Error(), "CaseStateSince of namespace default is a Keyword; certflow needs a Datetime") {
		t.Fatalf("a wrongly typed attribute: %v", err)
	}
	if _, err := c.OperatorService().RemoveSearchAttributes(ctx, &operatorservice.RemoveSearchAttributesRequest{
		Namespace: "default", SearchAttributes: []string{"CaseStateSince"}}); err != nil {
		t.Fatal(err)
	}
	if err := EnsureSearchAttributes(ctx, c, "default"); err != nil {
		t.Fatal(err)
	}
	have, err := c.OperatorService().ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: "default"})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range workflows.SearchAttributeTypes() {
		if got := have.GetCustomAttributes()[name]; got != want {
			t.Errorf("%s is registered as %s, not %s", name, got, want)
		}
	}
}
