package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// The worker binary in operation: it serves /healthz, /readyz and /metrics
// (certflow's counters move with a case), logs JSON lines that carry case_id
// and message_id, and on SIGTERM stops and exits 0 within
// CERTFLOW_SHUTDOWN_TIMEOUT.
func TestWorkerServesMetricsAndStopsOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	bin := buildWorker(t, dir)
	httpAddr := freeAddr(t)
	const bound = 10 * time.Second
	logger := slog.New(slog.NewTextHandler(testWriter{t}, nil))
	s, err := startWithoutWorker(context.Background(), config.Devstack{Dir: dir, MailPassword: "devstack", DeskDelay: 200 * time.Millisecond},
		map[string]string{
			"CERTFLOW_IMAP_IDLE_REFRESH": "2s",
			"CERTFLOW_HTTP_ADDR":         httpAddr,
			"CERTFLOW_LOG_FORMAT":        "json",
			"CERTFLOW_SHUTDOWN_TIMEOUT":  bound.String(),
		}, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()

	cmd := workerProcess(t, bin, s, "worker.log")
	base := "http://" + httpAddr
	waitHTTP(t, base+"/healthz", 200, "ok", 30*time.Second)
	waitHTTP(t, base+"/readyz", 200, "ready", 60*time.Second)

	const id = "merge-metrics-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--id", id); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateCompleted, 90*time.Second)
	// AWS's two answers came in the request's thread; three mails went out.
	metrics := waitHTTP(t, base+"/metrics", 200, `certflow_mail_matched_total{by="in-reply-to",folder="INBOX"} 2`, 10*time.Second)
	for _, want := range []string{
		`certflow_mail_received_total{folder="INBOX"} 2`,
		`certflow_mail_sent_total{template="merge_request"} 1`,
		`certflow_mail_sent_total{template="merge_consent"} 1`,
		`certflow_mail_sent_total{template="merge_completed"} 1`,
		`certflow_mail_signal_delay_seconds_count{folder="INBOX"} 2`,
		`certflow_open_cases{kind="merge",state="awaiting_consent"} `,
		"\ntemporal_workflow_completed",
		"\ntemporal_activity_execution_latency",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	checkOpsAssets(t, metrics)

	began := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("the worker exited %d after SIGTERM, want 0", exit.ExitCode())
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(bound + 5*time.Second):
		t.Fatalf("the worker did not exit within %s of SIGTERM", bound+5*time.Second)
	}
	took := time.Since(began)
	if took > bound {
		t.Fatalf("the worker took %s to stop, over CERTFLOW_SHUTDOWN_TIMEOUT=%s", took, bound)
	}
	t.Logf("the worker exited 0 %s after SIGTERM", took.Round(time.Millisecond))

	// The mailbox watch (a slice lasts 5 minutes) ended on the worker's stop
	// and reported its watermark, rather than being abandoned to its
	// heartbeat timeout.
	c := devClient(t, s)
	defer c.Close()
	finished := false
	for _, ev := range history(t, c, workflows.WatcherID(app.MailboxName(s.workerCfg, "INBOX"))).GetEvents() {
		if ev.GetEventType() == enumspb.EVENT_TYPE_ACTIVITY_TASK_COMPLETED && ev.GetEventTime().AsTime().After(began) {
			finished = true
		}
	}
	if !finished {
		t.Error("the mailbox watch did not complete when the worker stopped")
	}

	// Every line is JSON; lines about the case carry case_id, lines about a
	// mail message_id.
	f, err := os.Open(filepath.Join(dir, "worker.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("a log line is not JSON: %s", sc.Text())
		}
		msg, _ := line["msg"].(string)
		switch msg {
		case "case event", "mail sent", "mail handed to its case":
			if line["case_id"] != id {
				t.Errorf("%q without case_id %s: %s", msg, id, sc.Text())
			}
		}
		switch msg {
		case "mail sent", "mail handed to its case":
			if s, _ := line["message_id"].(string); s == "" {
				t.Errorf("%q without message_id: %s", msg, sc.Text())
			}
		}
		seen[msg]++
	}
	if seen["case event"] == 0 || seen["mail sent"] != 3 || seen["mail handed to its case"] != 2 || seen["worker stopped"] != 1 {
		t.Fatalf("log lines by message: %v", seen)
	}
}
