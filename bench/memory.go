package main

import (
	"context"
	"os"
	"strconv"
	"time"

	"github.com/certflow/certflow/workflows"
)

// memoryResult is the worker's memory with many open cases.
type memoryResult struct {
	Requested        int     `json:"requested_cases"`
	OpenCases        int     `json:"open_cases"`
	StartSeconds     float64 `json:"start_seconds"`
	WorkerIdleRSS    int64   `json:"worker_idle_rss_bytes"` // before any case
	WorkerRSS        int64   `json:"worker_rss_bytes"`      // with every case open and waiting
	WorkerPeakRSS    int64   `json:"worker_peak_rss_bytes"` // VmHWM
	StackRSS         int64   `json:"stack_rss_bytes"`       // the bench process: Temporal, dev mail, the bench
	StackPeakRSS     int64   `json:"stack_peak_rss_bytes"`
	CasesPerSecStart float64 `json:"cases_started_per_second"`
}

// memory runs the worker binary as its own process, opens n cases on it,
// and reads its resident memory once they all wait for AWS.
func memory(ctx context.Context, s *stack, bin string, n int, within time.Duration) (*memoryResult, error) {
	w := workerSetup{name: "open"}
	if err := s.prepare(w); err != nil {
		return nil, err
	}
	pw, err := s.startWorkerProcess(bin, w)
	if err != nil {
		return nil, err
	}
	// The figures are read by the time it stops; a slow stop changes none.
	defer func() { _ = pw.stop() }()
	pid := strconv.Itoa(pw.cmd.Process.Pid)
	time.Sleep(3 * time.Second) // connected, watcher started
	res := &memoryResult{Requested: n, OpenCases: n}
	res.WorkerIdleRSS, _, _ = memStatus(pid) // unreadable: 0, shown as such in the table
	took, startErr := startCases(ctx, s, w, caseIDs(w.name, n), within)
	if startErr != nil {
		// Read the memory anyway, with the cases open by now.
		opened, _ := s.countCases(ctx, w.taskQueue(), workflows.StateAwaitingConsent)
		res.OpenCases = int(opened)
	}
	res.StartSeconds = took.Seconds()
	res.CasesPerSecStart = float64(res.OpenCases) / took.Seconds()
	time.Sleep(2 * time.Second) // settle
	if res.WorkerRSS, res.WorkerPeakRSS, err = memStatus(pid); err != nil {
		return res, err
	}
	res.StackRSS, res.StackPeakRSS, err = memStatus(strconv.Itoa(os.Getpid()))
	if startErr != nil {
		return res, startErr
	}
	return res, err
}
