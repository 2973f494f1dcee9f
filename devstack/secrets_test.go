package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/api/workflowservice/v1"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/starter/cli"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// lockedBuffer collects log output from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Passwords never appear in logs, errors, CLI output or Temporal histories:
// a whole case runs, a second worker fails to log in with a wrong password
// (errors are logged and reported to its watcher), the operator runs the
// CLI, and everything captured is searched for both secrets.
func TestSecretsStayOutOfLogsOutputAndHistories(t *testing.T) {
	const secret = "pw-7f3a9c1e-dev-secret"
	const wrong = "wrong-5d2b8e40-secret"
	const token = "ya29.tok-3c9e1f-secret"
	var logs lockedBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	dir := t.TempDir()
	// The worker logs in to IMAP and SMTP with an OAuth token, the desk and
	// the CLI's peers with the password.
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := start(context.Background(), config.Devstack{Dir: dir, MailPassword: secret, DeskDelay: 200 * time.Millisecond},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s",
			"CERTFLOW_IMAP_AUTH": "xoauth2", "CERTFLOW_IMAP_TOKEN_FILE": tokenFile,
			"CERTFLOW_SMTP_USERNAME": devenv.CertsMailbox, "CERTFLOW_SMTP_AUTH": "xoauth2", "CERTFLOW_SMTP_TOKEN_FILE": tokenFile,
		}, logger, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()
	// Until the server knows the token the worker's logins fail and are
	// retried: more error paths for the search below.
	if err := s.mail.SetToken(devenv.CertsMailbox, token); err != nil {
		t.Fatal(err)
	}
	if s.workerCfg.IMAP.Auth != "xoauth2" || s.workerCfg.SMTP.Auth != "xoauth2" || s.workerCfg.SMTP.Username != devenv.CertsMailbox {
		t.Fatalf("the worker does not log in with the token: %s/%s", s.workerCfg.IMAP.Auth, s.workerCfg.SMTP.Auth)
	}

	var out bytes.Buffer
	cliEnv := map[string]string{"TEMPORAL_ADDRESS": s.temporal.Frontend(), "CERTFLOW_UI_URL": s.temporal.UIURL()}
	runCLI := func(args ...string) {
		cli.Main(args, cliEnv, &out, &out)
	}
	const id = "merge-secret-1"
	runCLI("merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example", "--target-email", "taro@corp.example", "--id", id)
	waitForState(t, s, id, workflows.StateCompleted, 90*time.Second)

	// A second worker whose IMAP password is wrong, on its own mailbox and
	// task queue: its login failures are logged and signalled to its watcher.
	bad, err := config.LoadFrom[config.Worker](devenv.Layer(s.workerEnv, map[string]string{
		"CERTFLOW_IMAP_USERNAME": devenv.OperatorEmail, "CERTFLOW_IMAP_PASSWORD": wrong,
		"CERTFLOW_TASK_QUEUE": "certflow-wrong",
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx, bad, logger.With("component", "bad-worker"), app.Options{}) }()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(logs.String(), "log in to") && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	runCLI("mailboxes", "--json")
	if !strings.Contains(out.String(), "log in to") {
		t.Fatalf("the failed login was not reported (the test must see the error it searches):\n%s", out.String())
	}
	cancel()
	<-done

	for _, args := range [][]string{{"status", id}, {"status", "--json", id}, {"list", "--json"}, {"unmatched", "--json"}, {"mailboxes"}} {
		runCLI(args...)
	}

	// Every workflow's whole history, as the Web UI would show it.
	c := devClient(t, s)
	defer c.Close()
	var histories strings.Builder
	list, err := c.ListWorkflow(context.Background(), &workflowservice.ListWorkflowExecutionsRequest{PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Executions) < 3 {
		t.Fatalf("only %d workflows listed", len(list.Executions))
	}
	for _, e := range list.Executions {
		it := c.GetWorkflowHistory(context.Background(), e.Execution.WorkflowId, e.Execution.RunId, false, 0)
		for it.HasNext() {
			ev, err := it.Next()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := protojson.Marshal(ev)
			histories.Write(b)
		}
	}
	temporalLog, _ := os.ReadFile(filepath.Join(dir, "temporal.log"))

	for name, text := range map[string]string{
		"logs": logs.String(), "CLI output": out.String(), "histories": histories.String(), "Temporal server log": string(temporalLog),
	} {
		if text == "" {
			t.Errorf("%s: nothing captured", name)
		}
		for _, secret := range []string{secret, wrong, token} {
			if strings.Contains(text, secret) {
				i := strings.Index(text, secret)
				t.Errorf("%s contain a password: …%s…", name, text[max(0, i-200):min(len(text), i+50)])
			}
		}
	}
}
