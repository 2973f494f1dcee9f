package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// The bench's names are the dev stack's (devstack/devenv).
const (
	certsDomain = devenv.Domain
	awsDomain   = devenv.DeskDomain
	awsSender   = devenv.DeskAddress
	password    = devenv.MailPassword
	namespace   = devenv.Namespace
)

// stack is the bench's in-process Temporal server and dev mail system, and
// a Temporal client.
type stack struct {
	dir      string
	temporal *temporalserver.Server
	mail     *mailserver.Server
	client   client.Client
	seen     *deliveries
	log      *slog.Logger
}

func startStack(ctx context.Context, dir string, log *slog.Logger) (*stack, error) {
	s := &stack{dir: dir, seen: newDeliveries(), log: log}
	var err error
	s.temporal, err = temporalserver.Start(ctx, temporalserver.Config{
		DatabaseFile:     filepath.Join(dir, "temporal.db"),
		UIPort:           -1,
		Namespace:        namespace,
		SearchAttributes: workflows.SearchAttributeTypes(),
	})
	if err != nil {
		return nil, err
	}
	s.mail, err = mailserver.Start(mailserver.Config{
		IMAPAddr:  "127.0.0.1:0",
		SMTPAddr:  "127.0.0.1:0",
		Password:  password,
		OnDeliver: s.seen.deliver,
		// As in the dev stack: verify DKIM, stamp Authentication-Results.
		AuthservID:   devenv.AuthservID,
		DKIMResolver: devenv.DKIMKeys(awsDomain),
	})
	if err != nil {
		_ = s.temporal.Stop() // the mail server's error is the one to report
		return nil, err
	}
	s.client, err = client.DialContext(ctx, client.Options{
		HostPort: s.temporal.Frontend(), Namespace: namespace,
		Logger: sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)),
	})
	if err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

func (s *stack) stop() {
	if s.client != nil {
		s.client.Close()
	}
	// At the end of the run: the results are written, nothing is kept.
	_ = s.mail.Close()
	_ = s.temporal.Stop()
}

// deliveries is the mail server's delivery hook: it notes when the mail the
// bench waits for was accepted, by Message-ID. certflow's Message-IDs carry
// the token of the case's run, which the bench does not know beforehand: they
// are noted under the ID without it (requestID, consentReplyID), and ids
// keeps the ID as sent.
type deliveries struct {
	mu      sync.Mutex
	at      map[string]time.Time
	ids     map[string]string
	waiters map[string]chan time.Time
	floor   chan time.Time // deliveries to the floor mailbox
}

func newDeliveries() *deliveries {
	return &deliveries{at: map[string]time.Time{}, ids: map[string]string{}, waiters: map[string]chan time.Time{},
		floor: make(chan time.Time, 16)}
}

// deliver runs on the SMTP session's goroutine right after the message was
// filed; it must not block.
func (d *deliveries) deliver(mailbox string, raw []byte) {
	now := time.Now()
	if mailbox == floorMailbox {
		select {
		case d.floor <- now:
		default:
		}
		return
	}
	id := headerMessageID(raw)
	if !strings.HasPrefix(id, "bench.consent.") && !strings.HasPrefix(id, "certflow.consent.") &&
		!strings.HasPrefix(id, "certflow.request.") {
		return
	}
	sent := id
	id = withoutRunToken(id)
	d.mu.Lock()
	if _, dup := d.at[id]; !dup {
		d.at[id], d.ids[id] = now, sent
	}
	w := d.waiters[id]
	d.mu.Unlock()
	if w != nil {
		select {
		case w <- now:
		default:
		}
	}
}

// withoutRunToken turns certflow.<step>.<case>.<run>@<domain> into
// certflow.<step>.<case>@<domain>; other IDs are returned as they are.
func withoutRunToken(id string) string {
	local, domain, ok := strings.Cut(id, "@")
	parts := strings.Split(local, ".")
	if !ok || len(parts) != 4 || parts[0] != "certflow" {
		return id
	}
	return strings.Join(parts[:3], ".") + "@" + domain
}

// sentID returns the Message-ID as sent of the message noted under id.
func (d *deliveries) sentID(id string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if sent, ok := d.ids[id]; ok {
		return sent
	}
	return id
}

// when returns the time the message with id was accepted.
func (d *deliveries) when(id string) (time.Time, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t, ok := d.at[id]
	return t, ok
}

// headerMessageID returns the Message-ID (without brackets) from raw's
// header, or "".
func headerMessageID(raw []byte) string {
	// The header is unfolded: a long Message-ID (with the run's token) is
	// written on a continuation line.
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	v := strings.TrimSpace(m.Header.Get("Message-Id"))
	return strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
}

// workerSetup is what differs between the bench's workers: the mailbox,
// the task queue, and how the worker reaches IMAP.
type workerSetup struct {
	name     string // e.g. "idle": mailbox certs-idle@, task queue bench-idle
	imapAddr string // "" is the mail server itself
	extra    map[string]string
}

func (w workerSetup) mailbox() string   { return "certs-" + w.name + "@" + certsDomain }
func (w workerSetup) taskQueue() string { return "bench-" + w.name }
func (w workerSetup) desk() string      { return "desk-" + w.name + "@" + awsDomain }

// env is the worker's environment on this setup's mailbox and task queue:
// the dev stack's endpoints and defaults (devstack/devenv), an in-process
// worker's logging, warnings only, and the setup's extra settings. Unlike
// the dev stack's worker it keeps certflow's own timers (the IDLE refresh
// among them), which the figures are about.
func (s *stack) env(w workerSetup) map[string]string {
	imapAddr := w.imapAddr
	if imapAddr == "" {
		imapAddr = s.mail.IMAPAddr()
	}
	where := devenv.Endpoints{
		Temporal: s.temporal.Frontend(), IMAP: imapAddr, SMTP: s.mail.SMTPAddr(),
		Mailbox: w.mailbox(), Password: password, Desk: w.desk(),
	}
	own := map[string]string{"CERTFLOW_TASK_QUEUE": w.taskQueue(), "CERTFLOW_LOG_LEVEL": "warn"}
	return devenv.Layer(where.Env(), devenv.WorkerDefaults(), devenv.InProcess(), own, w.extra)
}

// prepare creates the setup's mailboxes.
func (s *stack) prepare(w workerSetup) error {
	for _, a := range []string{w.mailbox(), w.desk(), awsSender} {
		if err := s.mail.AddMailbox(a); err != nil {
			return err
		}
	}
	return nil
}

// inProcessWorker is certflow's worker (worker/app) running in the bench's
// process.
type inProcessWorker struct {
	cancel context.CancelFunc
	done   chan error
}

func (s *stack) startWorker(w workerSetup) (*inProcessWorker, error) {
	cfg, err := configFor(s, w)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	iw := &inProcessWorker{cancel: cancel, done: make(chan error, 1)}
	go func() { iw.done <- app.Run(ctx, cfg, s.log.With("worker", w.name), app.Options{}) }()
	return iw, nil
}

func (iw *inProcessWorker) stop() error {
	iw.cancel()
	select {
	case err := <-iw.done:
		return err
	case <-time.After(30 * time.Second):
		return fmt.Errorf("the worker did not stop within 30s")
	}
}

// processWorker is certflow's worker binary running as a child process.
type processWorker struct {
	cmd *exec.Cmd
}

func (s *stack) startWorkerProcess(bin string, w workerSetup) (*processWorker, error) {
	cmd := exec.Command(bin)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range s.env(w) {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &processWorker{cmd: cmd}, nil
}

func (p *processWorker) stop() error {
	// One that has exited refuses the signal; Wait below reports how it ended.
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(40 * time.Second):
		_ = p.cmd.Process.Kill() // the error below says it was killed
		return fmt.Errorf("the worker process did not stop within 40s; killed")
	}
}

// buildWorker compiles ./worker into dir.
func buildWorker(dir string) (string, error) {
	bin := filepath.Join(dir, "certflow-worker")
	cmd := exec.Command("go", "build", "-o", bin, "./worker")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./worker: %w", err)
	}
	return bin, nil
}

// memStatus reads VmRSS and VmHWM (peak) of a process, in bytes.
func memStatus(pid string) (rss, peak int64, err error) {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			continue
		}
		n, _ := strconv.ParseInt(f[0], 10, 64)
		switch k {
		case "VmRSS":
			rss = n << 10
		case "VmHWM":
			peak = n << 10
		}
	}
	return rss, peak, nil
}

// countCases counts the running cases of a task queue in a state.
func (s *stack) countCases(ctx context.Context, taskQueue string, state workflows.State) (int64, error) {
	resp, err := s.client.CountWorkflow(ctx, &workflowservice.CountWorkflowExecutionsRequest{
		Namespace: namespace,
		Query: fmt.Sprintf("TaskQueue = '%s' AND %s = '%s' AND ExecutionStatus = 'Running'", taskQueue,
			workflows.CaseStateKey.GetName(), state),
	})
	if err != nil {
		return 0, err
	}
	return resp.GetCount(), nil
}

// configFor is the worker configuration of a setup.
func configFor(s *stack, w workerSetup) (config.Worker, error) {
	return config.LoadFrom[config.Worker](s.env(w))
}

// consentReplyID is the Message-ID of a case's consent reply to AWS.
func consentReplyID(caseID string) string {
	return correlate.MessageID(caseID, "consent", certsDomain)
}

// requestID is the Message-ID of a case's merge request to the desk.
func requestID(caseID string) string {
	return correlate.MessageID(caseID, "request", certsDomain)
}
