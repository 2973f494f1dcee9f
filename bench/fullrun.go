package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.temporal.io/sdk/client"
)

func silentLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// fullOptions are the -target flags.
type fullOptions struct {
	cases, paced                int
	open                        int           // cases opened (waiting for AWS) for the memory figure; 0 skips
	openWithin                  time.Duration // how long they may take to open
	temporal, imap, smtp, pass  string
	domain, stateDir, mailState string
	workers                     []int
	progress                    func(string, ...any)
}

// runFull measures each target in turn: a burst of cases on each number of
// workers, then cases paced at half the largest run's rate.
func runFull(ctx context.Context, dir string, targets []string, o fullOptions) ([]*fullResult, error) {
	workerBin := filepath.Join(dir, "certflow-worker")
	deskBin := filepath.Join(dir, "devstack")
	for pkg, bin := range map[string]string{"./worker": workerBin, "./devstack": deskBin} {
		o.progress("building %s", pkg)
		if out, err := execOutput("go", "build", "-o", bin, pkg); err != nil {
			return nil, fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	var out []*fullResult
	for _, name := range targets {
		var t *target
		var err error
		switch name {
		case "devstack":
			t, err = devstackTarget(dir, deskBin)
		case "topology":
			t, err = topologyTarget(o)
		default:
			err = fmt.Errorf("-target %q: use devstack, topology or both", name)
		}
		if err != nil {
			return out, err
		}
		r, err := measureTarget(ctx, dir, t, workerBin, deskBin, o)
		t.stop()
		if r != nil {
			out = append(out, r)
		}
		if err != nil {
			return out, fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return out, nil
}

func measureTarget(ctx context.Context, dir string, t *target, workerBin, deskBin string,
	o fullOptions) (*fullResult, error) {
	c, err := dialTarget(t)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	res := &fullResult{Target: t.name}
	run := strconv.FormatInt(time.Now().Unix()%1e6, 36)
	var logins, sent float64
	for _, n := range o.workers {
		if o.cases <= 0 {
			break
		}
		r, err := t.burstAndPace(ctx, c, res, dir, workerBin, deskBin, run, n, o)
		if err != nil {
			return res, err
		}
		res.Runs = append(res.Runs, r)
		logins, sent = logins+r.Logins, sent+r.Sent
	}
	if o.open > 0 {
		if t.deskEnv == nil {
			o.progress("%s: -full-open needs a target whose desk runs apart (topology); on the dev stack use -phases memory",
				t.name)
		} else {
			n := o.workers[len(o.workers)-1]
			o.progress("%s: opening %d cases on %d worker(s), no desk answering", t.name, o.open, n)
			r, err := t.openCases(ctx, c, dir, workerBin, run, o.open, n, o.openWithin, o.progress)
			res.Open = r
			if err != nil {
				return res, err
			}
		}
	}
	if sent > 0 {
		res.LoginsPerMail = logins / sent
	}
	return res, nil
}

// burstAndPace runs a burst of cases on n workers and, on the largest
// number of workers, the paced run after it.
func (t *target) burstAndPace(ctx context.Context, c client.Client, res *fullResult,
	dir, workerBin, deskBin, run string, n int, o fullOptions) (fullRun, error) {
	p, err := t.startWorkers(dir, workerBin, deskBin, n)
	if err != nil {
		return fullRun{}, err
	}
	defer p.stop()
	o.progress("%s: %d cases at once on %d worker(s)", t.name, o.cases, n)
	r, err := t.burst(ctx, c, p, fmt.Sprintf("full-%s-%dw", run, n), o.cases)
	if err != nil || n != o.workers[len(o.workers)-1] {
		return r, err
	}
	res.PacedRate = r.CasesPerSec / 2
	res.PacedCases = o.paced
	o.progress("%s: %d cases paced at %.2f/s on %d worker(s)", t.name, o.paced, res.PacedRate, n)
	res.Consent, res.Phases, err = t.pacedRun(ctx, c, fmt.Sprintf("paced-%s", run), o.paced, res.PacedRate)
	for _, w := range p.workers {
		if rss, _, e := memStatus(strconv.Itoa(w.Process.Pid)); e == nil {
			res.WorkerRSS = append(res.WorkerRSS, rss)
		}
	}
	return r, err
}

// burst starts n cases at once and measures until the last completes.
func (t *target) burst(ctx context.Context, c client.Client, p *processes, prefix string, n int) (fullRun, error) {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s-%03d", prefix, i+1)
	}
	groups := t.processGroups(p)
	before := map[string]int64{}
	for g, pids := range groups {
		before[g] = cpuTicks(pids)
	}
	logins0, sent0 := scrapeSum(p.metrics, "certflow_imap_logins_total"), scrapeSum(p.metrics, "certflow_mail_sent_total")
	began := time.Now()
	if err := t.startMerges(ids, 0); err != nil {
		return fullRun{}, err
	}
	span, err := t.waitClosed(ctx, c, ids, 10*time.Minute+time.Duration(n)*time.Second)
	if err != nil {
		return fullRun{}, err
	}
	wall := time.Since(began).Seconds()
	r := fullRun{
		Workers: len(p.workers), Cases: n, Seconds: span.Seconds(), WallSeconds: wall, CPUPerGroup: map[string]float64{},
		Logins: scrapeSum(p.metrics, "certflow_imap_logins_total") - logins0,
		Sent:   scrapeSum(p.metrics, "certflow_mail_sent_total") - sent0,
	}
	if t.ownWorker != "" {
		r.Workers++
	}
	r.CasesPerSec = float64(n) / span.Seconds()
	for g, pids := range groups {
		r.CPUPerGroup[g] = float64(cpuTicks(pids)-before[g]) / 100 / wall // USER_HZ is 100 on Linux
	}
	return r, nil
}

// processGroups are the process trees whose CPU is measured.
func (t *target) processGroups(p *processes) map[string][]int {
	g := map[string][]int{}
	for name, f := range t.groups {
		if pids := f(); len(pids) > 0 && pids[0] > 0 {
			g[name] = pids
		}
	}
	var workers []int
	for _, w := range p.workers {
		workers = append(workers, w.Process.Pid)
	}
	if len(workers) > 0 {
		g["worker processes"] = workers
	}
	if p.desk != nil {
		g["desk (devstack desk)"] = []int{p.desk.Process.Pid}
	}
	return g
}

// pacedRun starts n cases at rate per second and returns, per case, the
// time from the desk's consent request landing in certflow's mailbox to
// certflow's consent landing in the desk's, as IMAP IDLE sessions see them.
func (t *target) pacedRun(ctx context.Context, c client.Client, prefix string, n int,
	rate float64) (stats, *consentPhases, error) {
	if n <= 0 || rate <= 0 {
		return stats{}, nil, nil
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inCerts, err := watchArrivals(wctx, t.imap, t.certs, t.password)
	if err != nil {
		return stats{}, nil, err
	}
	atDesk, err := watchArrivals(wctx, t.imap, t.desk, t.password)
	if err != nil {
		return stats{}, nil, err
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s-%03d", prefix, i+1)
	}
	if err := t.startMerges(ids, time.Duration(float64(time.Second)/rate)); err != nil {
		return stats{}, nil, err
	}
	if _, err := t.waitClosed(ctx, c, ids, 10*time.Minute); err != nil {
		return stats{}, nil, err
	}
	time.Sleep(2 * time.Second) // the last arrivals' notifications
	var lat []time.Duration
	arrived, delivered := map[string]time.Time{}, map[string]time.Time{}
	for _, id := range ids {
		a, okA := inCerts.find("re:certflow.request." + id + ".")
		b, okB := atDesk.find("id:certflow.consent." + id + ".")
		if !okA || !okB {
			return stats{}, nil, fmt.Errorf("case %s: consent request seen %v, consent seen %v", id, okA, okB)
		}
		lat = append(lat, b.Sub(a))
		arrived[id], delivered[id] = a, b
	}
	phases, err := phasesOf(ctx, c, ids, arrived, delivered)
	return percentiles(lat), phases, err
}

// arrivals records when each message first showed in a mailbox.
type arrivals struct {
	mu sync.Mutex
	at map[string]time.Time // "id:<Message-ID>" and "re:<In-Reply-To>"
}

func (a *arrivals) find(prefix string) (time.Time, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for k, v := range a.at {
		if strings.HasPrefix(k, prefix) {
			return v, true
		}
	}
	return time.Time{}, false
}

// watchArrivals IDLEs on a mailbox's INBOX (read-only) until ctx ends.
func watchArrivals(ctx context.Context, addr, user, pass string) (*arrivals, error) {
	a := &arrivals{at: map[string]time.Time{}}
	notify := make(chan struct{}, 1)
	c, err := imapclient.DialInsecure(addr, &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(*imapclient.UnilateralDataMailbox) {
			select {
			case notify <- struct{}{}:
			default:
			}
		},
	}})
	if err != nil {
		return nil, err
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		c.Close()
		return nil, err
	}
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		c.Close()
		return nil, err
	}
	next := sel.UIDNext
	go func() {
		defer c.Close()
		for ctx.Err() == nil {
			idle, err := c.Idle()
			if err != nil {
				return
			}
			var seen time.Time
			select {
			case <-notify:
				seen = time.Now()
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			// A broken connection shows at the fetch below, which ends the
			// watch; IDLE's own end has nothing to add.
			_ = idle.Close()
			_ = idle.Wait()
			if seen.IsZero() {
				seen = time.Now()
			}
			next = a.fetch(c, next, seen)
		}
	}()
	return a, nil
}

func (a *arrivals) fetch(c *imapclient.Client, next imap.UID, seen time.Time) imap.UID {
	var uids imap.UIDSet
	uids.AddRange(next, 0)
	msgs, err := c.Fetch(uids, &imap.FetchOptions{UID: true, Envelope: true}).Collect()
	if err != nil {
		return next
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, m := range msgs {
		if m.UID < next || m.Envelope == nil {
			continue
		}
		id := "id:" + strings.Trim(m.Envelope.MessageID, "<>")
		if _, ok := a.at[id]; !ok {
			a.at[id] = seen
		}
		for _, r := range m.Envelope.InReplyTo {
			if _, ok := a.at["re:"+strings.Trim(r, "<>")]; !ok {
				a.at["re:"+strings.Trim(r, "<>")] = seen
			}
		}
		next = m.UID + 1
	}
	return next
}

func execOutput(name string, args ...string) ([]byte, error) {
	return exec.Command(name, args...).CombinedOutput()
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// printFull prints the targets side by side, one line a figure.
func printFull(out io.Writer, m machine, rs []*fullResult) {
	fmt.Fprintf(out, "\nwhole merge cases (machine: %d CPUs, %s, load %s)\n", m.CPUs, m.CPUModel, m.Load)
	for _, r := range rs {
		fmt.Fprintf(out, "\n%s\n", r.Target)
		for _, run := range r.Runs {
			fmt.Fprintf(out, "  %d worker(s): %d cases in %.1f s = %.2f cases/s; %.0f IMAP logins for %.0f mails sent\n",
				run.Workers, run.Cases, run.Seconds, run.CasesPerSec, run.Logins, run.Sent)
			var names []string
			for g := range run.CPUPerGroup {
				names = append(names, g)
			}
			sort.Strings(names)
			for _, g := range names {
				fmt.Fprintf(out, "    CPU %-45s %5.0f%% of a core, %5.1f ms a case\n", g, 100*run.CPUPerGroup[g],
					1000*run.CPUPerGroup[g]*run.WallSeconds/float64(run.Cases))
			}
		}
		if len(r.Runs) > 0 {
			fmt.Fprintf(out, "  consent latency, %d cases paced at %.2f/s: p50 %s, p99 %s, max %s\n", r.PacedCases, r.PacedRate,
				fmtMS(r.Consent.P50), fmtMS(r.Consent.P99), fmtMS(r.Consent.Max))
			printPhases(out, r.Phases)
			fmt.Fprintf(out, "  IMAP logins per mail sent: %.3f; worker RSS after the paced run: %v\n", r.LoginsPerMail,
				rssList(r.WorkerRSS))
		}
		printOpen(out, r.Target, r.Open)
	}
}

func rssList(b []int64) string {
	var s []string
	for _, v := range b {
		s = append(s, fmtBytes(v))
	}
	return strings.Join(s, ", ")
}
