package topology

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/workflows"
)

// What the test drives, and the production topology's fixed names (the
// compose mail profile's: .ci/mailservers' users, the desk's domain).
const (
	mergeCases    = 50
	shareCases    = 10
	certsUser     = "certs"
	deskUser      = "desk"
	catchAllUser  = "person" // every other address lands here: requesters, employees, the operator
	deskDomain    = "aws.example.test"
	deskAddress   = "aws-cs-trainingcertification-form@" + deskDomain
	employeeHosts = "corp.example"
	allDone       = 10 * time.Minute
)

// env is the tier's servers, from the variables .ci/run sets.
type env struct {
	temporal, imap, smtp, password, domain, imapRestart string
}

func tierEnv(t *testing.T) env {
	e := env{
		temporal: os.Getenv("CERTFLOW_TEST_TEMPORAL_ADDRESS"), imap: os.Getenv("CERTFLOW_TEST_IMAP_ADDR"),
		smtp: os.Getenv("CERTFLOW_TEST_SMTP_ADDR"), password: os.Getenv("CERTFLOW_TEST_MAIL_PASSWORD"),
		domain: os.Getenv("CERTFLOW_TEST_MAIL_DOMAIN"), imapRestart: os.Getenv("CERTFLOW_TEST_IMAP_RESTART"),
	}
	if e.temporal == "" || e.imap == "" || e.smtp == "" || e.password == "" || e.domain == "" || e.imapRestart == "" {
		t.Skip("needs the production-topology tier of .ci/run: CERTFLOW_TEST_TEMPORAL_ADDRESS, CERTFLOW_TEST_IMAP_ADDR, " +
			"CERTFLOW_TEST_SMTP_ADDR, CERTFLOW_TEST_MAIL_PASSWORD, CERTFLOW_TEST_MAIL_DOMAIN, CERTFLOW_TEST_IMAP_RESTART")
	}
	return e
}

func (e env) user(name string) string { return name + "@" + e.domain }

// 50 merge and 10 share cases run through the production topology while the
// worker holding the mailbox watcher is SIGKILLed and Dovecot restarts: every
// case completes, and every mail exists exactly once in every mailbox and in
// Sent. The watcher's take-over time is logged (BENCHMARKS.md keeps figures).
//
// The SIGKILL comes while every case waits for an answer: the desk and the
// employees start only after it. A worker killed in the instant between the
// SMTP server's acceptance of a mail and the step's record of it can send
// that mail again (seen once in 60 cases, a consent to the desk); that
// window is its own issue, not what this test measures.
func TestProductionTopology(t *testing.T) {
	e := tierEnv(t)
	dir := t.TempDir()
	workerBin, deskBin := build(t, dir, "./worker"), build(t, dir, "./devstack")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	w1 := startProcess(t, dir, "worker-1", workerBin, workerEnv(t, e))
	w2 := startProcess(t, dir, "worker-2", workerBin, workerEnv(t, e))
	c, err := client.Dial(client.Options{HostPort: e.temporal, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	watcher := workflows.WatcherID(strings.ToLower(e.user(certsUser)) + "/INBOX")
	holder := watcherHolder(t, c, watcher, 0, time.Time{}, 2*time.Minute)

	firstUID := uidNext(t, e)
	ids := startCases(t, e, fmt.Sprintf("%x", time.Now().Unix()))
	for _, id := range ids {
		waitPast(t, c, id, workflows.StateSubmitting)
	}
	waitSent(t, e, ids, len(ids)) // every case's first mail, and nothing is being sent
	// Kill the worker that runs the watch, no goodbye.
	victim := map[int]*exec.Cmd{w1.Process.Pid: w1, w2.Process.Pid: w2}[holder]
	if victim == nil {
		t.Fatalf("the watcher runs on pid %d, which is neither worker (%d, %d)", holder, w1.Process.Pid, w2.Process.Pid)
	}
	killedAt := time.Now()
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = victim.Wait()
	successor := watcherHolder(t, c, watcher, holder, killedAt, 3*time.Minute)
	t.Logf("watcher take-over: %.1fs after the SIGKILL of pid %d (now on pid %d)",
		time.Since(killedAt).Seconds(), holder, successor)
	startProcess(t, dir, "worker-3", workerBin, workerEnv(t, e))

	// The answers come; Dovecot restarts while they flow.
	startProcess(t, dir, "desk", deskBin, deskEnv(e, dir), "desk")
	employees(ctx, t, e, firstUID)
	waitPast(t, c, ids[mergeCases/5], workflows.StateAwaitingConsent)
	if out, err := exec.Command("sh", "-c", e.imapRestart).CombinedOutput(); err != nil {
		t.Fatalf("restart Dovecot: %v\n%s", err, out)
	}
	waitCompleted(t, c, ids)
	checkMail(t, e, ids)
}

// build compiles a program of this module into dir.
func build(t *testing.T, dir, pkg string) string {
	t.Helper()
	bin := filepath.Join(dir, filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// startProcess runs bin with only the given settings (and PATH, HOME), its
// output in dir/name.log, shown when the test fails.
func startProcess(t *testing.T, dir, name, bin string, vars map[string]string, args ...string) *exec.Cmd {
	t.Helper()
	log, err := os.Create(filepath.Join(dir, name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range vars {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		log.Close()
		if t.Failed() {
			b, _ := os.ReadFile(log.Name())
			if len(b) > 20000 {
				b = b[len(b)-20000:]
			}
			t.Logf("%s (last 20 kB):\n%s", name, b)
		}
	})
	return cmd
}

func deskEnv(e env, dir string) map[string]string {
	return map[string]string{
		"CERTFLOW_DESK_ADDRESS": deskAddress, "CERTFLOW_DESK_LOGIN": e.user(deskUser),
		"CERTFLOW_DESK_PASSWORD": e.password, "CERTFLOW_DESK_IMAP_ADDRESS": e.imap,
		"CERTFLOW_DESK_SMTP_ADDRESS": e.smtp, "CERTFLOW_DESK_DELAY": "100ms",
		"CERTFLOW_DESK_STATE_FILE": filepath.Join(dir, "desk.json"),
	}
}

// workerEnv is the compose mail profile's worker settings (docker-compose.mail.yml)
// with a share case's waits in seconds instead of days, and the simulated
// employees' DKIM key beside the desk's: their provider signs their answers.
func workerEnv(t *testing.T, e env) map[string]string {
	desk, err := os.ReadFile("../compose/mail/dkim.txt")
	if err != nil {
		t.Fatal(err)
	}
	dkim := filepath.Join(t.TempDir(), "dkim.txt")
	table := string(desk) + "\n" + awsdesk.DevDKIMTXT(employeeHosts) + "\n"
	if err := os.WriteFile(dkim, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"TEMPORAL_ADDRESS": e.temporal, "TEMPORAL_NAMESPACE": "default",
		"CERTFLOW_IMAP_ADDRESS": e.imap, "CERTFLOW_IMAP_USERNAME": e.user(certsUser),
		"CERTFLOW_IMAP_PASSWORD": e.password, "CERTFLOW_IMAP_AUTH": "password", "CERTFLOW_IMAP_TLS": "none",
		"CERTFLOW_IMAP_IDLE_REFRESH": "5s",
		"CERTFLOW_SMTP_ADDRESS":      e.smtp, "CERTFLOW_SMTP_USERNAME": "", "CERTFLOW_SMTP_AUTH": "password",
		"CERTFLOW_SMTP_TLS": "none", "CERTFLOW_MAIL_INSECURE": "true", "CERTFLOW_MAIL_FROM": e.user(certsUser),
		"CERTFLOW_OPERATOR_EMAIL":        "operator@" + e.domain,
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": deskAddress, "CERTFLOW_MERGE_SUBMIT": "email",
		"CERTFLOW_AWS_SENDER_DOMAINS": deskDomain, "CERTFLOW_VERIFY_DKIM": "true",
		"CERTFLOW_DKIM_TXT_FILE": dkim, "CERTFLOW_TRUSTED_AUTHSERV_IDS": "",
		"CERTFLOW_SHARE_WAIT": "5s", "CERTFLOW_SHARE_RECHECK_AFTER": "5s",
		"CERTFLOW_SHARE_REMIND_AFTER": "5m", "CERTFLOW_SHARE_GIVE_UP_AFTER": "20m",
		"CERTFLOW_HTTP_ADDR": "127.0.0.1:" + strconv.Itoa(freePort(t)), "CERTFLOW_LOG_FORMAT": "text",
	}
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
