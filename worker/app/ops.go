package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/workflows"
)

// openStates are the states a running case can wait in, per kind; the
// open-case gauge counts these (a case passes through the final states only
// as it ends).
var openStates = map[string][]workflows.State{
	workflows.KindMerge: {
		workflows.StateSubmitting, workflows.StateAwaitingConsent, workflows.StateAwaitingCompletion,
		workflows.StateNeedsAttention,
	},
	workflows.KindShare: {
		workflows.StateAwaitingLink, workflows.StateWaiting, workflows.StateVerifying, workflows.StateNeedsAttention,
	},
}

// ops serves /healthz, /readyz and /metrics, and keeps the open-case gauge.
type ops struct {
	client   client.Client
	cfg      config.Worker
	metrics  *metrics.Metrics
	logger   *slog.Logger
	stopping atomic.Bool
	watchers *watcherBook
}

func newOps(c client.Client, cfg config.Worker, m *metrics.Metrics, logger *slog.Logger) *ops {
	return &ops{client: c, cfg: cfg, metrics: m, logger: logger, watchers: newWatcherBook(m)}
}

func (o *ops) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		// The process lives; it fails only when a folder has gone without a
		// watcher for minutes, which restarting the container may cure.
		if err := o.healthy(); err != nil {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "unhealthy:", err)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if err := o.ready(ctx); err != nil {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "not ready:", err)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", o.metrics.Handler())
	return mux
}

// ready says why the worker is not ready, or nil: it must not be stopping,
// Temporal must answer, and every watched folder's watcher must be connected
// and have been in contact within contactBound.
func (o *ops) ready(ctx context.Context) error {
	if o.stopping.Load() {
		return errors.New("shutting down")
	}
	if _, err := o.client.CheckHealth(ctx, &client.CheckHealthRequest{}); err != nil {
		return fmt.Errorf("Temporal is not reachable: %w", err)
	}
	var problems []string
	for _, folder := range o.cfg.IMAP.Mailboxes {
		mailbox := MailboxName(o.cfg, folder)
		if err := o.watcherReady(ctx, mailbox); err != nil {
			problems = append(problems, mailbox+": "+err.Error())
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

func (o *ops) watcherReady(ctx context.Context, mailbox string) error {
	id := workflows.WatcherID(mailbox)
	v, err := o.client.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
	if err != nil {
		return fmt.Errorf("watcher does not answer: %w", err)
	}
	var st workflows.WatcherStatus
	if err := v.Get(&st); err != nil {
		return fmt.Errorf("watcher status unreadable: %w", err)
	}
	if !st.Health.Connected {
		if st.Health.LastError != "" {
			return fmt.Errorf("not connected: %s", st.Health.LastError)
		}
		return errors.New("not connected yet")
	}
	desc, err := o.client.DescribeWorkflowExecution(ctx, id, "")
	if err != nil {
		return fmt.Errorf("describe watcher: %w", err)
	}
	// A live watch heartbeats every 2 s wherever it runs; a run that just
	// started has not yet, so its start counts as contact too. Older contact
	// means its worker died or it hangs: no watcher, until Temporal gives
	// its activity to another worker.
	last, live := watchContact(desc, time.Now())
	o.watchers.note(mailbox, last, live)
	switch {
	case last.IsZero():
		return errors.New("no watcher: no watch running")
	case !live:
		return fmt.Errorf("no watcher: last contact %s ago (bound %s)", time.Since(last).Round(time.Second),
			watcherContactBound)
	}
	return nil
}

// refreshOpenCases keeps the open-case gauge current until ctx ends.
func (o *ops) refreshOpenCases(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		counts, err := o.countOpenCases(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			o.metrics.OpenCasesRefreshFailed()
			o.logger.Warn("cannot count open cases", "error", err)
		} else {
			o.metrics.SetOpenCases(counts)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// countOpenCases counts running cases by kind and state, one count each:
// Temporal's visibility (1.32, SQL and Elasticsearch alike) groups by a
// single allow-listed field such as ExecutionStatus, not by custom search
// attributes, so one GROUP BY query cannot do it.
func (o *ops) countOpenCases(ctx context.Context) ([]metrics.CaseCount, error) {
	kind, state := workflows.CaseKindKey.GetName(), workflows.CaseStateKey.GetName()
	var out []metrics.CaseCount
	for _, k := range []string{workflows.KindMerge, workflows.KindShare} {
		for _, s := range openStates[k] {
			resp, err := o.client.CountWorkflow(ctx, &workflowservice.CountWorkflowExecutionsRequest{
				Query: fmt.Sprintf("ExecutionStatus = 'Running' AND %s = '%s' AND %s = '%s'", kind, k, state, s),
			})
			if err != nil {
				return nil, fmt.Errorf("count %s cases in %s: %w", k, s, err)
			}
			out = append(out, metrics.CaseCount{Kind: k, State: string(s), Count: resp.GetCount()})
		}
	}
	return out, nil
}

// startServer serves /metrics, /healthz and /readyz on cfg.HTTPAddr (none
// when it is empty); the function it returns shuts the server down, so a
// scrape during the drain still works. The listener is opened here so a
// taken port stops the worker at start with a clear error.
func (o *ops) startServer(ctx context.Context) (shutdown func(), err error) {
	if o.cfg.HTTPAddr == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", o.cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s (CERTFLOW_HTTP_ADDR): %w", o.cfg.HTTPAddr, err)
	}
	srv := &http.Server{Handler: o.handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			o.logger.Error("HTTP server stopped", "error", err)
		}
	}()
	o.logger.Info("serving /metrics, /healthz and /readyz", "http_addr", ln.Addr().String())
	return func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		// A scrape still open after a second is cut: the worker has
		// stopped, and nothing is left to report.
		_ = srv.Shutdown(sctx)
	}, nil
}

// startCountingOpenCases keeps the open-case gauge current, every `every`
// (zero: 30 s), when the HTTP server serves it; the function it returns
// stops it. It counts by certflow's search attributes, so it must start
// only once they exist: before, every count failed with "invalid search
// attribute".
func (o *ops) startCountingOpenCases(ctx context.Context, every time.Duration) (stop func()) {
	if o.cfg.HTTPAddr == "" {
		return func() {}
	}
	if every <= 0 {
		every = 30 * time.Second
	}
	ctx, stop = context.WithCancel(ctx)
	go o.refreshOpenCases(ctx, every)
	return stop
}
