package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/devstack/employee"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/mail/trust"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// The dev stack's fixed names: one domain for certflow and its people, one
// for the simulated AWS desk.
const (
	devDomain     = "devstack.test"
	deskDomain    = "aws.devstack.test"
	authservID    = "devstack.test"
	certsMailbox  = "certs@" + devDomain
	operatorEmail = "operator@" + devDomain
	deskAddress   = awsdesk.DeskLocalPart + "@" + deskDomain
	namespace     = "default"
)

// stack is everything the dev stack runs.
type stack struct {
	temporal  *temporalserver.Server
	mail      *mailserver.Server
	workerCfg config.Worker
	workerEnv map[string]string // the settings the worker was configured from
	cfg       config.Devstack
	cancel    context.CancelFunc
	done      chan error // the worker's and desk's ends
}

// start brings the stack up; env is the environment the worker's settings
// are read from (the dev values are laid over it).
func start(ctx context.Context, cfg config.Devstack, env map[string]string, logger *slog.Logger, opts app.Options) (*stack, error) {
	return startStack(ctx, cfg, env, logger, opts, true)
}

// serverMaxSignals, when set by a test, lowers the Temporal server's limit
// on signals to one workflow run so the test can reach it.
var serverMaxSignals int

// serverSuggestContinueAsNew, when set by a test, lowers the history length
// past which the Temporal server suggests continuing as new.
var serverSuggestContinueAsNew int

// startStack is start, optionally without the in-process worker (a test
// then runs the worker as a process of its own).
func startStack(ctx context.Context, cfg config.Devstack, env map[string]string, logger *slog.Logger, opts app.Options, withWorker bool) (*stack, error) {
	s := &stack{cfg: cfg, done: make(chan error, 2)}
	var err error
	s.temporal, err = temporalserver.Start(ctx, temporalserver.Config{
		DatabaseFile:              filepath.Join(cfg.Dir, "temporal.db"),
		FrontendPort:              cfg.TemporalPort,
		UIPort:                    cfg.UIPort,
		Namespace:                 namespace,
		SearchAttributes:          workflows.SearchAttributeTypes(),
		MaxSignalsPerExecution:    serverMaxSignals,
		SuggestContinueAsNewAfter: serverSuggestContinueAsNew,
	})
	if err != nil {
		return nil, err
	}
	// People are simulated at the mail server: it hands them each delivery.
	var people atomic.Pointer[employee.Simulator]
	s.mail, err = mailserver.Start(mailserver.Config{
		OnDeliver: func(mailbox string, raw []byte) {
			if sim := people.Load(); sim != nil {
				sim.Deliver(mailbox, raw)
			}
		},
		IMAPAddr: "127.0.0.1:" + strconv.Itoa(cfg.IMAPPort),
		SMTPAddr: "127.0.0.1:" + strconv.Itoa(cfg.SMTPPort),
		Password: cfg.MailPassword,
		Dir:      filepath.Join(cfg.Dir, "mail"),
		Logger:   logger.With("component", "dev-mail"),
		// Like a provider's MX: verify DKIM and say so in a header that the
		// dev worker trusts (CERTFLOW_TRUSTED_AUTHSERV_IDS=devstack.test).
		AuthservID:   authservID,
		DKIMResolver: devKeys(deskDomain, cfg.EmployeeDomain),
	})
	if err != nil {
		_ = s.temporal.Stop()
		return nil, err
	}
	for _, a := range []string{certsMailbox, operatorEmail, deskAddress} {
		if err := s.mail.AddMailbox(a); err != nil {
			s.stopServers()
			return nil, err
		}
	}

	vars := map[string]string{}
	for k, v := range env {
		vars[k] = v
	}
	for k, v := range map[string]string{
		"TEMPORAL_ADDRESS":               s.temporal.Frontend(),
		"TEMPORAL_NAMESPACE":             namespace,
		"CERTFLOW_UI_URL":                s.temporal.UIURL(),
		"CERTFLOW_IMAP_ADDRESS":          s.mail.IMAPAddr(),
		"CERTFLOW_IMAP_USERNAME":         certsMailbox,
		"CERTFLOW_IMAP_PASSWORD":         cfg.MailPassword,
		"CERTFLOW_IMAP_TLS":              "none",
		"CERTFLOW_SMTP_ADDRESS":          s.mail.SMTPAddr(),
		"CERTFLOW_SMTP_TLS":              "none",
		"CERTFLOW_MAIL_INSECURE":         "true", // loopback only, checked by config
		"CERTFLOW_MAIL_FROM":             certsMailbox,
		"CERTFLOW_OPERATOR_EMAIL":        operatorEmail,
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": deskAddress,
		"CERTFLOW_AWS_SENDER_DOMAINS":    deskDomain,
	} {
		vars[k] = v
	}
	if vars["CERTFLOW_UI_URL"] == "" {
		vars["CERTFLOW_UI_URL"] = "http://127.0.0.1:" + strconv.Itoa(cfg.UIPort)
	}
	// A dev mailbox re-searches often, so a lost IDLE notification costs
	// seconds, not minutes; and a share case runs in about a minute, not
	// weeks. Each stays a setting.
	for k, v := range map[string]string{
		"CERTFLOW_IMAP_IDLE_REFRESH":   "5s",
		"CERTFLOW_SHARE_WAIT":          "20s",
		"CERTFLOW_SHARE_RECHECK_AFTER": "10s",
		"CERTFLOW_SHARE_REMIND_AFTER":  "1m",
		"CERTFLOW_SHARE_GIVE_UP_AFTER": "5m",
		// The simulated desk reads mail, not a web form.
		"CERTFLOW_MERGE_SUBMIT": "email",
		// The dev SMTP server verifies the desk's DKIM signature and says so
		// in an Authentication-Results header under this authserv-id.
		"CERTFLOW_TRUSTED_AUTHSERV_IDS": authservID,
		"CERTFLOW_VERIFY_DKIM":          "false",
		"CERTFLOW_LOG_FORMAT":           "text",
		"CERTFLOW_HTTP_ADDR":            "off",
		// The dev SMTP server takes mail without AUTH.
		"CERTFLOW_SMTP_USERNAME": "",
	} {
		if _, set := env[k]; !set {
			vars[k] = v
		}
	}
	s.workerEnv = vars
	s.workerCfg, err = config.LoadFrom[config.Worker](vars)
	if err != nil {
		s.stopServers()
		return nil, err
	}

	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	if cfg.EmployeeDomain != "" {
		sim, err := employee.New(runCtx, employee.Config{
			Domain: cfg.EmployeeDomain, From: certsMailbox, SMTPAddr: s.mail.SMTPAddr(), Delay: cfg.EmployeeDelay,
			FormDesk: deskAddress, Logger: logger,
		})
		if err != nil {
			cancel()
			s.stopServers()
			return nil, err
		}
		people.Store(sim)
	}
	go func() {
		s.done <- awsdesk.Run(runCtx, awsdesk.Config{
			Address: deskAddress, Password: cfg.MailPassword,
			IMAPAddr: s.mail.IMAPAddr(), SMTPAddr: s.mail.SMTPAddr(),
			Delay: cfg.DeskDelay, StateFile: filepath.Join(cfg.Dir, "aws-desk.json"), Logger: logger,
		})
	}()
	if !withWorker {
		s.done <- nil
		return s, nil
	}
	go func() {
		err := app.Run(runCtx, s.workerCfg, logger.With("component", "worker"), opts)
		if err != nil {
			logger.Error("the worker stopped", "error", err)
		}
		s.done <- err
	}()
	return s, nil
}

// stop ends the worker and the desk, then the servers, in that order so no
// one loses the connection under a running step.
func (s *stack) stop() error {
	s.cancel()
	var errs []error
	for i := 0; i < 2; i++ {
		select {
		case err := <-s.done:
			errs = append(errs, err)
		case <-time.After(30 * time.Second):
			errs = append(errs, errors.New("the worker or desk did not stop within 30s"))
		}
	}
	s.stopServers()
	return errors.Join(errs...)
}

func (s *stack) stopServers() {
	_ = s.mail.Close()
	_ = s.temporal.Stop()
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

`, s.temporal.UIURL(), s.temporal.Frontend(), namespace, s.mail.IMAPAddr(), s.cfg.MailPassword, s.mail.SMTPAddr(),
		certsMailbox, operatorEmail, deskAddress, s.cfg.Dir, s.cfg.EmployeeDomain, s.workerCfg.Share.Wait, s.cfg.EmployeeDomain)
	if s.temporal.Frontend() != "127.0.0.1:7233" {
		fmt.Fprintf(w, "The frontend is not on the default port: prefix starter commands with TEMPORAL_ADDRESS=%s CERTFLOW_UI_URL=%s\n\n", s.temporal.Frontend(), s.temporal.UIURL())
	}
}

// devKeys publishes the dev DKIM key for each domain the dev stack signs
// for: the simulated AWS desk and the simulated people.
func devKeys(domains ...string) trust.StaticTXT {
	table := trust.StaticTXT{}
	for _, d := range domains {
		if d != "" {
			maps.Copy(table, awsdesk.DevDKIMResolver(d))
		}
	}
	return table
}
