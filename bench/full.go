package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/certflow/certflow/starter/cli"
)

// The full-case benchmark (-target): whole merge cases, each a request to
// the simulated desk, its consent request, certflow's consent, its
// completion and the requester's notice, through worker processes, the
// desk process (`devstack desk`) and a Temporal cluster and mail servers:
// the dev stack's (the `devstack` binary: SQLite, dev IMAP/SMTP, with its
// own worker) or the production topology's (an external Temporal on
// PostgreSQL, Dovecot, OpenSMTPD: the CI tier's, .ci/temporalcluster).

// target is where the cases run and how its processes are started.
type target struct {
	name        string
	temporal    string
	imap, smtp  string
	certs, desk string // IMAP logins
	deskAddress string // where certflow sends its requests
	password    string
	worker      map[string]string // a worker process's settings, less CERTFLOW_HTTP_ADDR
	deskEnv     map[string]string // nil: the target runs its own desk
	groups      map[string]func() []int
	ownWorker   string // the /metrics URL of a worker the target runs itself (the dev stack's), or ""
	stop        func()
}

// fullResult is one target's figures.
type fullResult struct {
	Target        string         `json:"target"`
	Runs          []fullRun      `json:"runs"`
	PacedRate     float64        `json:"paced_cases_per_second"`
	PacedCases    int            `json:"paced_cases"`
	Consent       stats          `json:"consent_latency"`
	Phases        *consentPhases `json:"consent_phases,omitempty"`
	LoginsPerMail float64        `json:"imap_logins_per_mail_sent"`
	WorkerRSS     []int64        `json:"worker_rss_bytes"`
	Open          *openResult    `json:"open,omitempty"`
}

// fullRun is a burst of cases on a number of workers.
type fullRun struct {
	Workers     int                `json:"workers"`
	Cases       int                `json:"cases"`
	Seconds     float64            `json:"seconds"`
	WallSeconds float64            `json:"wall_seconds"` // from the first start to the last close seen, the CPU's span
	CasesPerSec float64            `json:"cases_per_second"`
	CPUPerGroup map[string]float64 `json:"cpu_cores_by_process"`
	Logins      float64            `json:"imap_logins"`
	Sent        float64            `json:"mails_sent"`
}

// processes are the worker and desk processes of one run.
type processes struct {
	workers []*exec.Cmd
	metrics []string // the workers' /metrics URLs
	desk    *exec.Cmd
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func startProcess(bin string, vars map[string]string, logPath string, args ...string) (*exec.Cmd, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range vars {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	log, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, err
	}
	return cmd, nil
}

func stopProcess(cmd *exec.Cmd) {
	if cmd == nil || cmd.Process == nil {
		return
	}
	// A process that has already exited refuses the signal and the kill;
	// its exit status is not a figure: the bench has measured it by now.
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// startWorkers starts n worker processes (and the desk, where the target
// needs one) and waits until every worker's /readyz says ready.
func (t *target) startWorkers(dir, workerBin, deskBin string, n int) (*processes, error) {
	p := &processes{}
	if t.deskEnv != nil {
		desk, err := startProcess(deskBin, t.deskEnv, filepath.Join(dir, "desk.log"), "desk")
		if err != nil {
			return nil, err
		}
		p.desk = desk
	}
	extra := n
	if t.ownWorker != "" {
		extra--
		p.metrics = append(p.metrics, t.ownWorker)
	}
	for i := range extra {
		addr, err := freeAddr()
		if err != nil {
			p.stop()
			return nil, err
		}
		vars := map[string]string{"CERTFLOW_HTTP_ADDR": addr, "CERTFLOW_LOG_LEVEL": "warn"}
		for k, v := range t.worker {
			vars[k] = v
		}
		cmd, err := startProcess(workerBin, vars, filepath.Join(dir, fmt.Sprintf("worker-%d-of-%d.log", i+1, n)))
		if err != nil {
			p.stop()
			return nil, err
		}
		p.workers = append(p.workers, cmd)
		p.metrics = append(p.metrics, "http://"+addr+"/metrics")
	}
	for _, m := range p.metrics {
		if err := waitReady(strings.TrimSuffix(m, "/metrics")+"/readyz", 2*time.Minute); err != nil {
			p.stop()
			return nil, err
		}
	}
	return p, nil
}

func (p *processes) stop() {
	for _, w := range p.workers {
		stopProcess(w)
	}
	stopProcess(p.desk)
}

func waitReady(url string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("%s not ready within %s", url, within)
}

// scrapeSum adds a metric's samples over the workers' /metrics.
func scrapeSum(urls []string, name string) float64 {
	re := regexp.MustCompile(`(?m)^` + name + `(\{[^}]*\})? ([0-9.e+]+)$`)
	total := 0.0
	for _, u := range urls {
		resp, err := http.Get(u)
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, m := range re.FindAllSubmatch(b, -1) {
			v, _ := strconv.ParseFloat(string(m[2]), 64)
			total += v
		}
	}
	return total
}

// cpuTicks is the CPU time (user + system, in clock ticks) of pids.
func cpuTicks(pids []int) int64 {
	var total int64
	for _, pid := range pids {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
		if len(f) > 13 {
			u, _ := strconv.ParseInt(f[11], 10, 64)
			s, _ := strconv.ParseInt(f[12], 10, 64)
			total += u + s
		}
	}
	return total
}

// descendants is pid and every process below it.
func descendants(pid int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
		if len(f) > 1 {
			pp, _ := strconv.Atoi(f[1])
			children[pp] = append(children[pp], p)
		}
	}
	out := []int{pid}
	for i := 0; i < len(out); i++ {
		out = append(out, children[out[i]]...)
	}
	return out
}

func pidFile(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	return pid
}

// startMerges starts the cases with the operator's CLI, at most eight at a
// time, or one every gap when gap > 0.
func (t *target) startMerges(ids []string, gap time.Duration) error {
	errs := make(chan error, len(ids))
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for i, id := range ids {
		if gap > 0 && i > 0 {
			time.Sleep(gap)
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			var out, errOut bytes.Buffer
			who := id + ".bench"
			code := cli.Main([]string{"merge", "--name", "Bench " + id, "--source-email", who + "@personal.example",
				"--target-email", who + "@merge.example", "--id", id},
				map[string]string{"TEMPORAL_ADDRESS": t.temporal}, &out, &errOut)
			if code != 0 {
				errs <- fmt.Errorf("starter merge %s: %s", id, errOut.String())
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// waitClosed waits until every case has completed and returns the span
// from the first start to the last close, by Temporal's own times.
func (t *target) waitClosed(ctx context.Context, c client.Client, ids []string,
	within time.Duration) (time.Duration, error) {
	deadline := time.Now().Add(within)
	var first, last time.Time
	for _, id := range ids {
		for {
			d, err := c.DescribeWorkflowExecution(ctx, id, "")
			if err == nil && d.GetWorkflowExecutionInfo().GetStatus() != enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING {
				info := d.GetWorkflowExecutionInfo()
				if info.GetStatus() != enumspb.WORKFLOW_EXECUTION_STATUS_COMPLETED {
					return 0, fmt.Errorf("case %s ended %s", id, info.GetStatus())
				}
				if s := info.GetStartTime().AsTime(); first.IsZero() || s.Before(first) {
					first = s
				}
				if e := info.GetCloseTime().AsTime(); e.After(last) {
					last = e
				}
				break
			}
			if time.Now().After(deadline) {
				return 0, fmt.Errorf("case %s did not complete within %s", id, within)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	return last.Sub(first), nil
}

func dialTarget(t *target) (client.Client, error) {
	return client.Dial(client.Options{HostPort: t.temporal, Namespace: namespace,
		Logger: sdklog.NewStructuredLogger(silentLogger())})
}

func percentiles(d []time.Duration) stats {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return summarize(d)
}
