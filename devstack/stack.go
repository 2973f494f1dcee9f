package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/devstack/employee"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// stack is everything the dev stack runs.
type stack struct {
	temporal  *temporalserver.Server
	mail      *mailserver.Server
	people    atomic.Pointer[employee.Simulator] // the simulated employee, handed each delivery
	workerCfg config.Worker
	workerEnv map[string]string // the settings the worker was configured from
	cfg       config.Devstack
	logger    *slog.Logger
	runCtx    context.Context // the desk's and worker's: ends at stop
	cancel    context.CancelFunc
	running   int        // goroutines (desk, worker) that send their end on done
	done      chan error // the desk's and worker's ends
}

// start brings the stack up; env is the environment the worker's settings
// are read from (the dev values are laid over it).
func start(ctx context.Context, cfg config.Devstack, env map[string]string, logger *slog.Logger,
	opts app.Options) (*stack, error) {
	s, err := startWithoutWorker(ctx, cfg, env, logger)
	if err != nil {
		return nil, err
	}
	s.runWorker(opts)
	return s, nil
}

// serverMaxSignals, when set by a test, lowers the Temporal server's limit
// on signals to one workflow run so the test can reach it.
var serverMaxSignals int

// serverSuggestContinueAsNew, when set by a test, lowers the history length
// past which the Temporal server suggests continuing as new.
var serverSuggestContinueAsNew int

// startWithoutWorker brings up the servers and the simulated desk and
// employee, and reads the worker's settings, but runs no worker: a test then
// runs the worker as a process of its own, or start runs it here.
func startWithoutWorker(ctx context.Context, cfg config.Devstack, env map[string]string,
	logger *slog.Logger) (*stack, error) {
	s := &stack{cfg: cfg, logger: logger, done: make(chan error, 2)}
	// Detached from ctx: the desk and worker end at stop, in their order.
	s.runCtx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	err := s.startServers(ctx)
	if err == nil {
		s.workerEnv = s.workerSettings(env)
		s.workerCfg, err = config.LoadFrom[config.Worker](s.workerEnv)
	}
	if err == nil {
		err = s.startSimulators()
	}
	if err != nil {
		// Stopping a part that never started reports nothing: the start's
		// error is the one to tell.
		_ = s.stop()
		return nil, err
	}
	return s, nil
}

// startServers starts the Temporal server and the dev mail system with the
// dev stack's mailboxes.
func (s *stack) startServers(ctx context.Context) error {
	var err error
	s.temporal, err = temporalserver.Start(ctx, temporalserver.Config{
		DatabaseFile:              filepath.Join(s.cfg.Dir, "temporal.db"),
		FrontendPort:              s.cfg.TemporalPort,
		UIPort:                    s.cfg.UIPort,
		Namespace:                 devenv.Namespace,
		SearchAttributes:          workflows.SearchAttributeTypes(),
		MaxSignalsPerExecution:    serverMaxSignals,
		SuggestContinueAsNewAfter: serverSuggestContinueAsNew,
	})
	if err != nil {
		return err
	}
	s.mail, err = mailserver.Start(mailserver.Config{
		// People are simulated at the mail server: it hands them each delivery.
		OnDeliver: func(mailbox string, raw []byte) {
			if sim := s.people.Load(); sim != nil {
				sim.Deliver(mailbox, raw)
			}
		},
		IMAPAddr: "127.0.0.1:" + strconv.Itoa(s.cfg.IMAPPort),
		SMTPAddr: "127.0.0.1:" + strconv.Itoa(s.cfg.SMTPPort),
		Password: s.cfg.MailPassword,
		Dir:      filepath.Join(s.cfg.Dir, "mail"),
		Logger:   s.logger.With("component", "dev-mail"),
		// Like a provider's MX: verify DKIM and say so in a header that the
		// dev worker trusts (CERTFLOW_TRUSTED_AUTHSERV_IDS=devstack.test).
		AuthservID:   devenv.AuthservID,
		DKIMResolver: devenv.DKIMKeys(devenv.DeskDomain, s.cfg.EmployeeDomain),
	})
	if err != nil {
		return err
	}
	for _, a := range []string{devenv.CertsMailbox, devenv.OperatorEmail, devenv.DeskAddress} {
		if err := s.mail.AddMailbox(a); err != nil {
			return err
		}
	}
	return nil
}

// workerSettings is the worker's environment: the dev defaults under env,
// the servers' endpoints over it.
func (s *stack) workerSettings(env map[string]string) map[string]string {
	where := devenv.Endpoints{
		Temporal: s.temporal.Frontend(), IMAP: s.mail.IMAPAddr(), SMTP: s.mail.SMTPAddr(),
		Mailbox: devenv.CertsMailbox, Password: s.cfg.MailPassword, Desk: devenv.DeskAddress,
	}.Env()
	where["CERTFLOW_UI_URL"] = s.temporal.UIURL()
	if where["CERTFLOW_UI_URL"] == "" {
		where["CERTFLOW_UI_URL"] = "http://127.0.0.1:" + strconv.Itoa(s.cfg.UIPort)
	}
	return devenv.Layer(devenv.WorkerDefaults(), devenv.FastTimers(), devenv.InProcess(), env, where)
}

// startSimulators starts the simulated employee (when a domain is set) and
// the simulated AWS desk.
func (s *stack) startSimulators() error {
	if s.cfg.EmployeeDomain != "" {
		sim, err := employee.New(s.runCtx, employee.Config{
			Domain: s.cfg.EmployeeDomain, From: devenv.CertsMailbox, SMTPAddr: s.mail.SMTPAddr(),
			Delay: s.cfg.EmployeeDelay, FormDesk: devenv.DeskAddress, Logger: s.logger,
		})
		if err != nil {
			return err
		}
		s.people.Store(sim)
	}
	s.running++
	go func() {
		s.done <- awsdesk.Run(s.runCtx, awsdesk.Config{
			Address: devenv.DeskAddress, Password: s.cfg.MailPassword,
			IMAPAddr: s.mail.IMAPAddr(), SMTPAddr: s.mail.SMTPAddr(),
			Delay: s.cfg.DeskDelay, StateFile: filepath.Join(s.cfg.Dir, "aws-desk.json"), Logger: s.logger,
		})
	}()
	return nil
}

// runWorker runs certflow's worker in this process until stop.
func (s *stack) runWorker(opts app.Options) {
	s.running++
	go func() {
		err := app.Run(s.runCtx, s.workerCfg, s.logger.With("component", "worker"), opts)
		if err != nil {
			s.logger.Error("the worker stopped", "error", err)
		}
		s.done <- err
	}()
}

// stop ends the worker and the desk, then the servers, in that order so no
// one loses the connection under a running step. It stops only what has
// started, so it is also the cleanup of a start that failed half-way.
func (s *stack) stop() error {
	s.cancel()
	var errs []error
	for range s.running {
		select {
		case err := <-s.done:
			errs = append(errs, err)
		case <-time.After(30 * time.Second):
			errs = append(errs, errors.New("the worker or desk did not stop within 30s"))
		}
	}
	// The servers' close errors are not the stack's to report: their users
	// (worker, desk, simulator) have ended, and the servers wrote what they
	// keep (the SQLite database, the mail files) as it came.
	if s.mail != nil {
		_ = s.mail.Close()
	}
	if s.temporal != nil {
		_ = s.temporal.Stop()
	}
	return errors.Join(errs...)
}

// banner tells a newcomer what runs where and what to type next.
func (s *stack) banner(w io.Writer) {
	fmt.Fprintf(w, `
certflow dev stack is running.

  Temporal Web UI   %s
  Temporal frontend %s   (namespace %s)
  IMAP              %s   (plain text; login = the full address, password %q)
  SMTP              %s   (no auth needed; every recipient gets a mailbox)
  Mailboxes         %s (certflow), %s (operator), %s (simulated AWS desk)
  Data              %s (delete it to start afresh)

Start a merge case in another terminal:

  go run ./starter merge --name "Taro Yamada" --source-email taro@personal.example --target-email taro@corp.example

Or share an employee's certifications with the APN account (the simulated
employee at @%s answers; the wait is %s here):

  go run ./starter share --name "Hanako Sato" --cert-email hanako@personal.example --apn-email hanako@%s

Then follow it:  go run ./starter status <case ID>   (or in the Web UI)
Ctrl-C stops everything.

`, s.temporal.UIURL(), s.temporal.Frontend(), devenv.Namespace, s.mail.IMAPAddr(), s.cfg.MailPassword,
		s.mail.SMTPAddr(), devenv.CertsMailbox, devenv.OperatorEmail, devenv.DeskAddress, s.cfg.Dir,
		s.cfg.EmployeeDomain, s.workerCfg.Share.Wait, s.cfg.EmployeeDomain)
	if s.temporal.Frontend() != "127.0.0.1:7233" {
		fmt.Fprintf(w, "The frontend is not on the default port: prefix starter commands with "+
			"TEMPORAL_ADDRESS=%s CERTFLOW_UI_URL=%s\n\n", s.temporal.Frontend(), s.temporal.UIURL())
	}
}
