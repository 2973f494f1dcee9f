// Command bench measures how fast a mail moves its case, at what scale, and
// against the floor the protocols themselves set. Everything runs in this
// process over real loopback TCP: the embedded Temporal server (SQLite), the
// dev IMAP/SMTP servers, and certflow's worker; the worker runs as its own
// process only for the memory figure.
//
//	go run ./bench [-cases 1000] [-poll-cases 1000] [-catchup 10000,100000] [-open 10000] [-json out.json] [-svg out.svg]
//
// It prints a table, and exits non-zero when any case did not progress.
// See BENCHMARKS.md for what each figure means and what limits it.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	os.Exit(run())
}

func run() int {
	var (
		samples      = flag.Int("samples", 200, "floor: samples of each round trip")
		cases        = flag.Int("cases", 1000, "end to end (IDLE): cases whose consent requests arrive as fast as SMTP takes them")
		pollCases    = flag.Int("poll-cases", 1000, "end to end (poll mode): cases, their mails spread over -poll-spread")
		pacedCases   = flag.Int("paced-cases", -1, "end to end (IDLE, paced): cases, their mails spread over -poll-spread like the poll run's; -1 is -poll-cases, 0 skips")
		pollInterval = flag.Duration("poll-interval", time.Minute, "poll mode: CERTFLOW_IMAP_POLL_INTERVAL (certflow's default is 1m)")
		pollSpread   = flag.Duration("poll-spread", 0, "poll and paced runs: mails arrive at random moments over this long; 0 is 3 x -poll-interval")
		catchups     = flag.String("catchup", "10000,100000", "catch-up: sizes of the mailbox of old, handled mail, comma-separated; empty skips")
		catchupNew   = flag.Int("catchup-new", 100, "catch-up: new mails (cases) after the restart")
		open         = flag.Int("open", 10000, "memory: open cases waiting on the worker process; 0 skips")
		openWithin   = flag.Duration("open-within", 30*time.Minute, "memory: how long the cases may take to open; on time-out the memory is read with the cases open by then")
		phases       = flag.String("phases", "floor,idle,paced,poll,memory,catchup", "which parts to run, comma-separated")
		jsonOut      = flag.String("json", "", "write the results as JSON to this file")
		svgOut       = flag.String("svg", "", "write the latency chart (SVG) to this file")
		cpuProfile   = flag.String("cpuprofile", "", "write a CPU profile of this process (Temporal, mail, in-process worker) during -profile-phase")
		profilePhase = flag.String("profile-phase", "idle", "the phase -cpuprofile covers: floor, idle, paced, poll, memory, catchup or all")
		verbose      = flag.Bool("v", false, "log the worker's and servers' info lines")
		keep         = flag.Bool("keep", false, "keep the working directory (Temporal database and log)")
		parent       = flag.String("dir", "", "where the working directory (Temporal's SQLite database) is made; empty is the system's temporary directory")
		target       = flag.String("target", "", "instead of the phases: whole merge cases on worker processes against devstack, topology or both")
		fullCases    = flag.Int("full-cases", 60, "-target: cases in each burst")
		fullPaced    = flag.Int("full-paced", 30, "-target: cases paced at half the burst rate of the most workers")
		fullWorkers  = flag.String("full-workers", "1,2", "-target: numbers of worker processes, comma-separated")
		fullOpen     = flag.Int("full-open", 0, "-target topology: after the bursts, open this many cases waiting for AWS on the most workers and read their memory; 0 skips")
		fullOpenIn   = flag.Duration("full-open-within", 15*time.Minute, "-target topology: how long the -full-open cases may take to open; on time-out the memory is read with the cases open by then")
		temporalAddr = flag.String("temporal", envOr("CERTFLOW_TEST_TEMPORAL_ADDRESS", ""), "-target topology: Temporal frontend")
		imapAddr     = flag.String("imap", envOr("CERTFLOW_TEST_IMAP_ADDR", ""), "-target topology: Dovecot's IMAP host:port")
		smtpAddr     = flag.String("smtp", envOr("CERTFLOW_TEST_SMTP_ADDR", ""), "-target topology: OpenSMTPD's host:port")
		mailPass     = flag.String("mail-password", envOr("CERTFLOW_TEST_MAIL_PASSWORD", ""), "-target topology: the mail users' password")
		mailDomain   = flag.String("mail-domain", envOr("CERTFLOW_TEST_MAIL_DOMAIN", ""), "-target topology: the mail users' domain")
		stateDir     = flag.String("state", "", "-target topology: the state directory of .ci/postgres and .ci/temporalcluster (for CPU per process)")
		mailState    = flag.String("mail-state", "", "-target topology: the state directory of .ci/mailservers (for CPU per process)")
	)
	flag.Parse()
	if *pacedCases < 0 {
		*pacedCases = *pollCases
	}
	if *pollSpread <= 0 {
		*pollSpread = 3 * *pollInterval
	}
	want := map[string]bool{}
	for _, p := range strings.Split(*phases, ",") {
		want[strings.TrimSpace(p)] = true
	}
	level := slog.LevelError
	if *verbose {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	progress := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
	}

	dir, err := os.MkdirTemp(*parent, "certflow-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	if *keep {
		progress("working directory %s", dir)
	} else {
		defer os.RemoveAll(dir)
	}

	if *target != "" {
		targets := []string{*target}
		if *target == "both" {
			targets = []string{"devstack", "topology"}
		}
		var workers []int
		for _, f := range strings.Split(*fullWorkers, ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
				workers = append(workers, n)
			}
		}
		full, err := runFull(context.Background(), dir, targets, fullOptions{
			cases: *fullCases, paced: *fullPaced, workers: workers, open: *fullOpen, openWithin: *fullOpenIn, temporal: *temporalAddr, imap: *imapAddr,
			smtp: *smtpAddr, pass: *mailPass, domain: *mailDomain, stateDir: *stateDir, mailState: *mailState,
			progress: progress,
		})
		printFull(os.Stdout, describeMachine(), full)
		if *jsonOut != "" {
			b, _ := json.MarshalIndent(map[string]any{"machine": describeMachine(), "args": os.Args[1:], "targets": full}, "", "  ")
			_ = os.WriteFile(*jsonOut, append(b, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 1
		}
		return 0
	}

	res := &results{Machine: describeMachine(), Args: os.Args[1:], Started: time.Now().UTC()}
	var profiling *os.File
	profile := func(phase string, start bool) {
		if *cpuProfile == "" || (*profilePhase != phase && *profilePhase != "all") {
			return
		}
		if *profilePhase == "all" && phase != "all" {
			return
		}
		if start {
			f, err := os.Create(*cpuProfile)
			if err == nil && pprof.StartCPUProfile(f) == nil {
				profiling = f
			}
			return
		}
		if profiling != nil {
			pprof.StopCPUProfile()
			profiling.Close()
			profiling = nil
		}
	}
	profile("all", true)
	defer profile("all", false)
	fail := func(what string, err error) {
		res.Failures = append(res.Failures, fmt.Sprintf("%s: %v", what, err))
		progress("FAILED %s: %v", what, err)
	}

	// The worker binary for the memory figure builds while the rest runs.
	type built struct {
		bin string
		err error
	}
	binCh := make(chan built, 1)
	if want["memory"] && *open > 0 {
		go func() {
			bin, err := buildWorker(dir)
			binCh <- built{bin, err}
		}()
	}

	ctx := context.Background()
	progress("starting Temporal (SQLite) and the dev mail system in %s", dir)
	s, err := startStack(ctx, dir, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	defer s.stop()
	t0 := time.Now()

	if want["floor"] {
		progress("floor: %d samples of SMTP accept -> IDLE EXISTS, and of signal -> activity start", *samples)
		profile("floor", true)
		a, errA := floorIMAP(s, *samples)
		b, errB := floorTemporal(ctx, s, *samples)
		profile("floor", false)
		switch {
		case errA != nil:
			fail("floor (IMAP)", errA)
		case errB != nil:
			fail("floor (Temporal)", errB)
		default:
			f := &floorResult{imap: a, temporal: b}
			for i := range min(len(a), len(b)) {
				f.sum = append(f.sum, a[i]+b[i])
			}
			f.IMAP, f.Temporal, f.Sum = summarize(a), summarize(b), summarize(f.sum)
			sortDurations(f.imap, f.temporal, f.sum)
			res.Floor = f
		}
	}

	e2e := func(phase, name, mode string, w workerSetup, n int, spread, within time.Duration) {
		if !want[phase] || n <= 0 {
			return
		}
		progress("end to end (%s): %d cases, mails over %s", name, n, spread)
		profile(phase, true)
		r, err := endToEnd(ctx, s, name, mode, w, n, spread, within)
		profile(phase, false)
		if r != nil {
			res.EndToEnd = append(res.EndToEnd, r)
		}
		if err != nil {
			fail("end to end ("+name+")", err)
		}
	}
	e2e("idle", "idle-burst", "idle", workerSetup{name: "idle"}, *cases, 0, 2*time.Minute+time.Duration(*cases)*100*time.Millisecond)
	e2e("paced", "idle-paced", "idle", workerSetup{name: "paced"}, *pacedCases, *pollSpread, *pollSpread+2*time.Minute)
	if want["poll"] && *pollCases > 0 {
		// A server without IDLE: the proxy takes IDLE out of its capability
		// lists, so the watcher polls every -poll-interval, as it would there.
		proxy, err := newIMAPProxy(s.mail.IMAPAddr(), true)
		if err != nil {
			fail("poll proxy", err)
		} else {
			w := workerSetup{name: "poll", imapAddr: proxy.addr(), extra: map[string]string{"CERTFLOW_IMAP_POLL_INTERVAL": pollInterval.String()}}
			e2e("poll", fmt.Sprintf("poll-%s", *pollInterval), "poll", w, *pollCases, *pollSpread, *pollSpread+2**pollInterval+2*time.Minute)
			proxy.close()
		}
	}

	if want["memory"] && *open > 0 {
		progress("memory: building ./worker")
		b := <-binCh
		if b.err != nil {
			fail("memory", b.err)
		} else {
			progress("memory: %d open cases on the worker process", *open)
			profile("memory", true)
			m, err := memory(ctx, s, b.bin, *open, *openWithin)
			profile("memory", false)
			res.Memory = m
			if err != nil {
				fail("memory", err)
			}
		}
	}

	if want["catchup"] && strings.TrimSpace(*catchups) != "" {
		for _, f := range strings.Split(*catchups, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				fail("catch-up", fmt.Errorf("bad size %q", f))
				continue
			}
			progress("catch-up: %d old messages, %d new", n, *catchupNew)
			profile("catchup", true)
			c, err := catchUp(ctx, s, n, *catchupNew, 2*time.Minute+time.Duration(*catchupNew)*100*time.Millisecond)
			profile("catchup", false)
			if c != nil {
				res.CatchUp = append(res.CatchUp, c)
			}
			if err != nil {
				fail(fmt.Sprintf("catch-up (%d)", n), err)
			}
		}
	}
	res.Seconds = time.Since(t0).Seconds()

	printTable(os.Stdout, res)
	if *jsonOut != "" {
		b, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(*jsonOut, append(b, '\n'), 0o644); err != nil {
			fail("json", err)
		}
	}
	if *svgOut != "" {
		f, err := os.Create(*svgOut)
		if err == nil {
			writeSVG(f, res)
			err = f.Close()
		}
		if err != nil {
			fail("svg", err)
		}
	}
	if len(res.Failures) > 0 {
		return 1
	}
	return 0
}

func sortDurations(ds ...[]time.Duration) {
	for _, d := range ds {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	}
}

func describeMachine() machine {
	m := machine{CPUs: runtime.NumCPU(), GoVersion: runtime.Version()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPUModel = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				if kb, err := strconv.ParseInt(strings.Fields(v)[0], 10, 64); err == nil {
					m.MemTotal = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
				}
			}
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		m.Load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return m
}
