package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"

	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/workflows"
)

// openResult is the workers' memory with many cases open on the target:
// each has sent its merge request and waits for AWS's consent request.
type openResult struct {
	Requested int              `json:"requested_cases"`
	Opened    int              `json:"open_cases"` // waiting for AWS when the memory was read
	Seconds   float64          `json:"open_seconds"`
	PerSecond float64          `json:"cases_opened_per_second"`
	Workers   int              `json:"workers"`
	IdleRSS   []int64          `json:"worker_idle_rss_bytes"` // each worker, before any case
	RSS       []int64          `json:"worker_rss_bytes"`      // each worker, with the cases open
	PeakRSS   []int64          `json:"worker_peak_rss_bytes"` // VmHWM
	GroupRSS  map[string]int64 `json:"rss_bytes_by_process"`  // the target's other processes, with the cases open
	TimedOut  bool             `json:"timed_out,omitempty"`
	Load      string           `json:"load_at_start"`
	Progress  []openProgress   `json:"progress"`
}

// openProgress is one reading while the cases open.
type openProgress struct {
	Seconds float64 `json:"seconds"`
	Open    int64   `json:"open"`
	RSS     []int64 `json:"worker_rss_bytes"`
}

// openCases starts n merge cases on workers worker processes with no desk
// running, so that each sends its request and then waits for AWS, and
// reads the workers' resident memory once they all wait (or when within
// is up, with the cases open by then).
func (t *target) openCases(ctx context.Context, c client.Client, dir, workerBin, run string, n, workers int,
	within time.Duration, progress func(string, ...any)) (*openResult, error) {
	quiet := *t
	quiet.deskEnv, quiet.ownWorker = nil, "" // nobody answers: the cases wait for AWS
	p, err := quiet.startWorkers(dir, workerBin, "", workers)
	if err != nil {
		return nil, err
	}
	defer p.stop()
	res := &openResult{Requested: n, Workers: len(p.workers), Load: describeMachine().Load, GroupRSS: map[string]int64{}}
	time.Sleep(3 * time.Second) // connected, watcher started
	res.IdleRSS, _ = p.rss()    // a worker's RSS that cannot be read shows as 0, the run still measures
	base, err := countWaiting(ctx, c)
	if err != nil {
		return res, err
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("open-%s-%05d", run, i+1)
	}
	began := time.Now()
	deadline := began.Add(within)
	started := make(chan error, 1)
	go func() { started <- t.startMerges(ids, 0) }()
	var open int64
	for {
		time.Sleep(5 * time.Second)
		got, err := countWaiting(ctx, c)
		if err == nil {
			open = got - base
		}
		rss, _ := p.rss()
		res.Progress = append(res.Progress, openProgress{Seconds: time.Since(began).Seconds(), Open: open, RSS: rss})
		progress("%s: %d of %d cases open after %s; worker RSS %s", t.name, open, n, time.Since(began).Round(time.Second),
			rssList(rss))
		if open >= int64(n) {
			break
		}
		if time.Now().After(deadline) {
			res.TimedOut = true
			break
		}
	}
	res.Seconds = time.Since(began).Seconds()
	res.Opened = int(open)
	res.PerSecond = float64(open) / res.Seconds
	time.Sleep(2 * time.Second) // settle
	res.RSS, res.PeakRSS = p.rss()
	for g, f := range t.groups {
		res.GroupRSS[g] = groupRSS(f())
	}
	if res.TimedOut {
		return res, nil // the figure says how many were open; the starts may still run
	}
	return res, <-started
}

// countWaiting counts the running merge cases that wait for AWS's consent
// request.
func countWaiting(ctx context.Context, c client.Client) (int64, error) {
	resp, err := c.CountWorkflow(ctx, &workflowservice.CountWorkflowExecutionsRequest{
		Namespace: namespace,
		Query: fmt.Sprintf("%s = 'merge' AND %s = '%s' AND ExecutionStatus = 'Running'",
			workflows.CaseKindKey.GetName(), workflows.CaseStateKey.GetName(), workflows.StateAwaitingConsent),
	})
	if err != nil {
		return 0, err
	}
	return resp.GetCount(), nil
}

// rss reads each worker's VmRSS and VmHWM.
func (p *processes) rss() (rss, peak []int64) {
	for _, w := range p.workers {
		r, h, _ := memStatus(strconv.Itoa(w.Process.Pid)) // a process that has gone reads as 0
		rss, peak = append(rss, r), append(peak, h)
	}
	return rss, peak
}

func groupRSS(pids []int) int64 {
	var total int64
	for _, pid := range pids {
		r, _, _ := memStatus(strconv.Itoa(pid)) // a process that has gone counts 0
		total += r
	}
	return total
}

func printOpen(out io.Writer, name string, r *openResult) {
	if r == nil {
		return
	}
	fmt.Fprintf(out, "  open cases (%d worker processes, no desk: each case sent its request and waits for AWS; "+
		"load %s at the start)\n", r.Workers, r.Load)
	state := ""
	if r.TimedOut {
		state = " (timed out: the figures are with the cases open by then)"
	}
	fmt.Fprintf(out, "    %d of %d open in %.0f s = %.1f cases/s%s\n", r.Opened, r.Requested, r.Seconds, r.PerSecond,
		state)
	fmt.Fprintf(out, "    worker RSS idle %s; with the cases %s; peak (VmHWM) %s\n", rssList(r.IdleRSS), rssList(r.RSS),
		rssList(r.PeakRSS))
	var groups []string
	for g := range r.GroupRSS {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		fmt.Fprintf(out, "    RSS %-45s %s\n", g, fmtBytes(r.GroupRSS[g]))
	}
}
