package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/workflows"
)

// workerProcess runs the real worker binary against s, as its own process.
func workerProcess(t *testing.T, bin string, s *stack, logName string, extraEnv ...string) *exec.Cmd {
	t.Helper()
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CERTFLOW_") && !strings.HasPrefix(kv, "TEMPORAL_") {
			env = append(env, kv)
		}
	}
	for k, v := range s.workerEnv {
		if strings.HasPrefix(k, "CERTFLOW_") || strings.HasPrefix(k, "TEMPORAL_") {
			env = append(env, k+"="+v)
		}
	}
	env = append(env, extraEnv...)
	logFile, err := os.Create(filepath.Join(s.cfg.Dir, logName))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env, cmd.Stdout, cmd.Stderr = env, logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		logFile.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logFile.Name())
			t.Logf("%s:\n%s", logName, b)
		}
	})
	return cmd
}

// buildWorker builds the real worker binary into dir.
func buildWorker(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "worker")
	build := exec.Command("go", "build", "-o", bin, "github.com/certflow/certflow/worker")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./worker: %v\n%s", err, out)
	}
	return bin
}

// Kill the worker process (SIGKILL, no goodbye) while its case waits, let
// AWS's answer arrive while no worker runs, start a new worker: the case
// completes, and every mail it sends exists exactly once.
func TestWorkerKilledWhileACaseWaits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker binary")
	}
	dir := t.TempDir()
	bin := buildWorker(t, dir)
	cfg := config.Devstack{Dir: dir, MailPassword: "devstack", DeskDelay: 3 * time.Second}
	logger := slog.New(slog.NewTextHandler(testWriter{t}, nil))
	s, err := startWithoutWorker(context.Background(), cfg, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s"}, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()

	first := workerProcess(t, bin, s, "worker-1.log")
	const id = "merge-crash-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--id", id); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateAwaitingConsent, 60*time.Second)
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()

	// AWS answers while no worker runs.
	deadline := time.Now().Add(30 * time.Second)
	for len(mailbox(t, s, devenv.CertsMailbox)) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the desk never answered")
		}
		time.Sleep(200 * time.Millisecond)
	}

	workerProcess(t, bin, s, "worker-2.log")
	// The dead worker's watch is given up after its heartbeat timeout (30 s).
	waitForState(t, s, id, workflows.StateCompleted, 120*time.Second)

	desk := mailbox(t, s, devenv.DeskAddress)
	ids := map[string]int{}
	for _, m := range desk {
		ids[m.msg.MessageID]++
	}
	if len(desk) != 2 || ids[certflowID(t, s, id, "request")] != 1 || ids[certflowID(t, s, id, "consent")] != 1 {
		t.Fatalf("the desk received %d mails: %v; want the request and the consent once each", len(desk), ids)
	}
	if taro := mailbox(t, s, "taro@corp.example"); len(taro) != 1 {
		t.Fatalf("the requester received %d mails, want 1", len(taro))
	}
}

// Issue 14, item 4: two workers; the one whose process holds the mailbox's
// watch is SIGKILLed. The other takes the watch over within seconds (the
// watch's heartbeat timeout, 6 s, not 30 s), and meanwhile its /readyz says
// there is no watcher instead of "ready". The take-over time is logged.
func TestWatcherTakenOverWhenItsWorkerDies(t *testing.T) {
	dir := t.TempDir()
	bin := buildWorker(t, dir)
	logger := slog.New(slog.NewTextHandler(testWriter{t}, nil))
	s, err := startWithoutWorker(context.Background(), config.Devstack{Dir: dir, MailPassword: "devstack", DeskDelay: time.Hour},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s"}, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()
	addrs := []string{freeAddr(t), freeAddr(t)}
	workers := []*exec.Cmd{
		workerProcess(t, bin, s, "worker-1.log", "CERTFLOW_HTTP_ADDR="+addrs[0]),
		workerProcess(t, bin, s, "worker-2.log", "CERTFLOW_HTTP_ADDR="+addrs[1]),
	}
	for _, a := range addrs {
		waitHTTP(t, "http://"+a+"/readyz", 200, "ready", 60*time.Second)
	}
	c := devClient(t, s)
	defer c.Close()
	// watchHolder is the worker whose watch is running, and since when.
	watchHolder := func() (int, time.Time) {
		desc, err := c.DescribeWorkflowExecution(context.Background(), workflows.WatcherID(devenv.CertsMailbox+"/INBOX"), "")
		if err != nil {
			return -1, time.Time{}
		}
		for _, pa := range desc.GetPendingActivities() {
			if pa.GetState() != enumspb.PENDING_ACTIVITY_STATE_STARTED {
				continue
			}
			for i, w := range workers {
				if strings.HasPrefix(pa.GetLastWorkerIdentity(), fmt.Sprintf("%d@", w.Process.Pid)) {
					return i, pa.GetLastStartedTime().AsTime()
				}
			}
		}
		return -1, time.Time{}
	}
	holder := -1
	for deadline := time.Now().Add(30 * time.Second); holder < 0; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no worker holds the watch")
		}
		holder, _ = watchHolder()
	}
	survivor := 1 - holder
	if err := workers[holder].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	_ = workers[holder].Wait()

	sawNoWatcher := false
	for {
		if code, body := get("http://" + addrs[survivor] + "/readyz"); code == 503 && strings.Contains(body, "no watcher") {
			sawNoWatcher = true
		}
		if now, since := watchHolder(); now == survivor && since.After(killed.Add(-time.Second)) {
			break
		}
		if time.Since(killed) > 60*time.Second {
			t.Fatal("the surviving worker never took the watch over")
		}
		time.Sleep(100 * time.Millisecond)
	}
	took := time.Since(killed)
	t.Logf("watch taken over %s after its worker was killed (a loaded machine: see BENCHMARKS.md)", took.Round(100*time.Millisecond))
	if took > 20*time.Second {
		t.Errorf("take-over took %s; the heartbeat timeout is %s", took, workflows.WatchHeartbeatTimeout)
	}
	if !sawNoWatcher {
		t.Error("the surviving worker's /readyz never said there was no watcher while none ran")
	}
	waitHTTP(t, "http://"+addrs[survivor]+"/readyz", 200, "ready", 30*time.Second)
}

// get fetches url, returning its status and body (0 when it cannot).
func get(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
