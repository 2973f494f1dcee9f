// Package app is the worker's composition root: settings in, clients built,
// workflows and activities registered, the mailbox watcher started. The
// worker command and the dev stack both run it.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/worker"

	"github.com/certflow/certflow/activities"
	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/triage"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/templates"
	"github.com/certflow/certflow/workflows"
)

// Options tune a worker beyond its settings; the zero value is right for
// production.
type Options struct {
	// WatchSlice is passed to the activities (see activities.Activities).
	WatchSlice time.Duration
	// OpenCasesEvery is how often the open-case gauge is recounted from
	// Temporal's visibility; zero means 30 s.
	OpenCasesEvery time.Duration
	// WatcherCheckEvery is how often the worker checks that every folder's
	// watcher runs (and starts one that ended); zero means 15 s.
	WatcherCheckEvery time.Duration
}

// CaseCacheSize is how many cases the worker keeps in memory between their
// steps (the SDK's sticky workflow cache; its default, 10,000, cost ~80 KiB
// a case in BENCHMARKS.md). Cases beyond it are rebuilt from their history
// when mail arrives.
const CaseCacheSize = 1000

// Run serves cases until ctx ends, then stops taking work and gives running
// activities until cfg.ShutdownTimeout (less a margin for closing the rest)
// to finish or report their place. With cfg.HTTPAddr set it serves /metrics,
// /healthz and /readyz.
func Run(ctx context.Context, cfg config.Worker, logger *slog.Logger, opts Options) error {
	m := metrics.New()
	sdkMetrics, flush := m.SDKHandler(time.Second)
	defer flush.Close()
	c, err := dialTemporal(ctx, cfg, logger, sdkMetrics)
	if err != nil {
		return err
	}
	defer c.Close()

	o := newOps(c, cfg, m, logger)
	stopServing, err := o.startServer(ctx)
	if err != nil {
		return err
	}
	defer stopServing()
	if err := EnsureSearchAttributes(ctx, c, cfg.Namespace); err != nil {
		return err
	}
	stopCounting := o.startCountingOpenCases(ctx, opts.OpenCasesEvery)
	defer stopCounting()

	acts, err := newActivities(cfg, c, m, logger, opts)
	if err != nil {
		return err
	}
	// Deferred before the worker's stop, so it runs after it: no send runs
	// then, and the Sent folder's sessions are logged out.
	defer acts.Close()
	w, err := startWorker(c, cfg, acts)
	if err != nil {
		return err
	}
	stopKeeping, err := o.startWatchers(ctx, opts.WatcherCheckEvery)
	if err != nil {
		w.Stop()
		return err
	}
	defer stopKeeping()
	logger.Info("worker running", "task_queue", cfg.TaskQueue, "namespace", cfg.Namespace,
		"mailboxes", strings.Join(cfg.IMAP.Mailboxes, ","))
	<-ctx.Done()
	o.drain(w)
	return nil
}

// dialTemporal connects to Temporal with certflow's logger and metrics.
func dialTemporal(ctx context.Context, cfg config.Worker, logger *slog.Logger,
	sdkMetrics client.MetricsHandler) (client.Client, error) {
	c, err := client.DialContext(ctx, client.Options{
		HostPort:       cfg.Temporal.Address,
		Namespace:      cfg.Namespace,
		Logger:         sdklog.NewStructuredLogger(slog.New(withCaseID(logger.Handler()))),
		MetricsHandler: sdkMetrics,
	})
	if err != nil {
		return nil, fmt.Errorf("connect to Temporal at %s (TEMPORAL_ADDRESS): %w", cfg.Temporal.Address, err)
	}
	return c, nil
}

// newActivities builds the activities' clients: SMTP, the triage of
// incoming mail, the templates.
func newActivities(cfg config.Worker, c client.Client, m *metrics.Metrics, logger *slog.Logger,
	opts Options) (*activities.Activities, error) {
	sender, err := activities.NewSender(cfg)
	if err != nil {
		return nil, err
	}
	triager, err := triage.FromSettings(cfg.Trust, cfg.From, cfg.MaxMessageBytes)
	if err != nil {
		return nil, err
	}
	return &activities.Activities{
		Config:     cfg,
		Client:     c,
		Sender:     sender,
		Templates:  templates.New(cfg.TemplateDir),
		Triage:     triager,
		Logger:     logger,
		Metrics:    m,
		WatchSlice: opts.WatchSlice,
	}, nil
}

// startWorker registers everything on a worker of the task queue and starts
// it polling.
func startWorker(c client.Client, cfg config.Worker, acts *activities.Activities) (worker.Worker, error) {
	// A case waits for days holding nothing in memory that its history
	// cannot rebuild; keep only the recently active ones cached, so the
	// worker's memory stays flat however many cases are open. A mail for a
	// case outside the cache replays its history (tens of events) first.
	// The cache is per process and sized when the first worker starts.
	worker.SetStickyWorkflowCacheSize(CaseCacheSize)
	w := worker.New(c, cfg.TaskQueue, worker.Options{
		// Running activities get this long after the pollers stop: a mail
		// being sent finishes, the mailbox watch reports its watermark. The
		// rest of the shutdown bound is kept for closing the clients.
		WorkerStopTimeout: stopTimeout(cfg.ShutdownTimeout),
		// The watch's heartbeat carries its watermark: sent at most this
		// stale, it bounds what a crashed worker's successor offers again,
		// and keeps `starter mailboxes` current.
		DefaultHeartbeatThrottleInterval: 2 * time.Second,
		MaxHeartbeatThrottleInterval:     2 * time.Second,
	})
	Register(w, acts)
	if err := w.Start(); err != nil {
		return nil, fmt.Errorf("start worker: %w", err)
	}
	return w, nil
}

// drain stops taking work and waits for running activities, within the
// worker's stop timeout; /readyz says "shutting down" meanwhile.
func (o *ops) drain(w worker.Worker) {
	began := time.Now()
	o.stopping.Store(true)
	o.logger.Info("worker stopping: no new work; running activities may finish",
		"within", stopTimeout(o.cfg.ShutdownTimeout))
	w.Stop()
	o.logger.Info("worker stopped", "took", time.Since(began).Round(time.Millisecond))
}

// stopTimeout is the part of the shutdown bound running activities get; the
// rest (a fifth, at most 5 s) is for the HTTP server and the client.
func stopTimeout(bound time.Duration) time.Duration {
	return bound - min(bound/5, 5*time.Second)
}

// Register puts every workflow and activity on w under its shared name.
func Register(w worker.Registry, acts *activities.Activities) {
	w.RegisterWorkflow(workflows.MergeWorkflow)
	w.RegisterWorkflow(workflows.ShareWorkflow)
	w.RegisterWorkflow(workflows.MailboxWatcherWorkflow)
	w.RegisterActivityWithOptions(acts.CasePolicy, activity.RegisterOptions{Name: workflows.ActivityCasePolicy})
	w.RegisterActivityWithOptions(acts.SendMail, activity.RegisterOptions{Name: workflows.ActivitySendMail})
	w.RegisterActivityWithOptions(acts.WatchMailbox, activity.RegisterOptions{Name: workflows.ActivityWatchMailbox})
}

// MailboxName identifies a watched folder: login and folder.
func MailboxName(cfg config.Worker, folder string) string {
	return strings.ToLower(cfg.IMAP.Username) + "/" + folder
}

// EnsureSearchAttributes registers certflow's search attributes in the
// namespace where they are missing. Where the cluster does not allow that, it
// says which commands an administrator must run. One registered with another
// type is an error: the cases' upserts would fail.
func EnsureSearchAttributes(ctx context.Context, c client.Client, namespace string) error {
	have, err := c.OperatorService().ListSearchAttributes(ctx,
		&operatorservice.ListSearchAttributesRequest{Namespace: namespace})
	if err != nil {
		return fmt.Errorf("list search attributes of namespace %s: %w", namespace, err)
	}
	missing := map[string]enumspb.IndexedValueType{}
	for name, want := range workflows.SearchAttributeTypes() {
		got, ok := have.GetCustomAttributes()[name]
		switch {
		case !ok:
			missing[name] = want
		case got != want:
			return fmt.Errorf("search attribute %s of namespace %s is a %s; certflow needs a %s",
				name, namespace, typeName(got), typeName(want))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	_, err = c.OperatorService().AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{
		Namespace: namespace, SearchAttributes: missing,
	})
	if err != nil {
		var cmds []string
		for name, t := range missing {
			cmds = append(cmds, fmt.Sprintf("temporal operator search-attribute create --namespace %s --name %s --type %s",
				namespace, name, typeName(t)))
		}
		sort.Strings(cmds)
		return errors.Join(fmt.Errorf("search attributes are missing and could not be added: %w", err),
			errors.New("an administrator can add them with:\n  "+strings.Join(cmds, "\n  ")))
	}
	return nil
}

// typeName spells a search attribute type as the temporal CLI takes it
// (Keyword, Datetime).
func typeName(t enumspb.IndexedValueType) string {
	name := strings.TrimPrefix(t.String(), "INDEXED_VALUE_TYPE_")
	return name[:1] + strings.ToLower(name[1:])
}
