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

// options are the bench's flags.
type options struct {
	// The phases and their sizes.
	phases, catchups                      string
	samples, cases, pollCases, pacedCases int
	catchupNew, open                      int
	pollInterval, pollSpread, openWithin  time.Duration
	// Output, profiling, logging, the working directory.
	jsonOut, svgOut, cpuProfile, profilePhase, parent string
	verbose, keep                                     bool
	// -target: whole merge cases on worker processes.
	target, fullWorkers                        string
	fullCases, fullPaced, fullOpen             int
	fullOpenIn                                 time.Duration
	temporalAddr, imapAddr, smtpAddr, mailPass string
	mailDomain, stateDir, mailState            string
}

// parseFlags reads the command line into options and fills in the defaults
// that depend on other flags.
func parseFlags() *options {
	o := &options{}
	flag.IntVar(&o.samples, "samples", 200, "floor: samples of each round trip")
	flag.IntVar(&o.cases, "cases", 1000,
		"end to end (IDLE): cases whose consent requests arrive as fast as SMTP takes them")
	flag.IntVar(&o.pollCases, "poll-cases", 1000, "end to end (poll mode): cases, their mails spread over -poll-spread")
	flag.IntVar(&o.pacedCases, "paced-cases", -1, "end to end (IDLE, paced): cases, their mails spread over "+
		"-poll-spread like the poll run's; -1 is -poll-cases, 0 skips")
	flag.DurationVar(&o.pollInterval, "poll-interval", time.Minute,
		"poll mode: CERTFLOW_IMAP_POLL_INTERVAL (certflow's default is 1m)")
	flag.DurationVar(&o.pollSpread, "poll-spread", 0,
		"poll and paced runs: mails arrive at random moments over this long; 0 is 3 x -poll-interval")
	flag.StringVar(&o.catchups, "catchup", "10000,100000",
		"catch-up: sizes of the mailbox of old, handled mail, comma-separated; empty skips")
	flag.IntVar(&o.catchupNew, "catchup-new", 100, "catch-up: new mails (cases) after the restart")
	flag.IntVar(&o.open, "open", 10000, "memory: open cases waiting on the worker process; 0 skips")
	flag.DurationVar(&o.openWithin, "open-within", 30*time.Minute, "memory: how long the cases may take to open; "+
		"on time-out the memory is read with the cases open by then")
	flag.StringVar(&o.phases, "phases", "floor,idle,paced,poll,memory,catchup", "which parts to run, comma-separated")
	flag.StringVar(&o.jsonOut, "json", "", "write the results as JSON to this file")
	flag.StringVar(&o.svgOut, "svg", "", "write the latency chart (SVG) to this file")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "",
		"write a CPU profile of this process (Temporal, mail, in-process worker) during -profile-phase")
	flag.StringVar(&o.profilePhase, "profile-phase", "idle",
		"the phase -cpuprofile covers: floor, idle, paced, poll, memory, catchup or all")
	flag.BoolVar(&o.verbose, "v", false, "log the worker's and servers' info lines")
	flag.BoolVar(&o.keep, "keep", false, "keep the working directory (Temporal database and log)")
	flag.StringVar(&o.parent, "dir", "", "where the working directory (Temporal's SQLite database) is made; "+
		"empty is the system's temporary directory")
	flag.StringVar(&o.target, "target", "",
		"instead of the phases: whole merge cases on worker processes against devstack, topology or both")
	flag.IntVar(&o.fullCases, "full-cases", 60, "-target: cases in each burst")
	flag.IntVar(&o.fullPaced, "full-paced", 30, "-target: cases paced at half the burst rate of the most workers")
	flag.StringVar(&o.fullWorkers, "full-workers", "1,2", "-target: numbers of worker processes, comma-separated")
	flag.IntVar(&o.fullOpen, "full-open", 0, "-target topology: after the bursts, open this many cases waiting "+
		"for AWS on the most workers and read their memory; 0 skips")
	flag.DurationVar(&o.fullOpenIn, "full-open-within", 15*time.Minute, "-target topology: how long the "+
		"-full-open cases may take to open; on time-out the memory is read with the cases open by then")
	flag.StringVar(&o.temporalAddr, "temporal", envOr("CERTFLOW_TEST_TEMPORAL_ADDRESS", ""),
		"-target topology: Temporal frontend")
	flag.StringVar(&o.imapAddr, "imap", envOr("CERTFLOW_TEST_IMAP_ADDR", ""), "-target topology: Dovecot's IMAP host:port")
	flag.StringVar(&o.smtpAddr, "smtp", envOr("CERTFLOW_TEST_SMTP_ADDR", ""), "-target topology: OpenSMTPD's host:port")
	flag.StringVar(&o.mailPass, "mail-password", envOr("CERTFLOW_TEST_MAIL_PASSWORD", ""),
		"-target topology: the mail users' password")
	flag.StringVar(&o.mailDomain, "mail-domain", envOr("CERTFLOW_TEST_MAIL_DOMAIN", ""),
		"-target topology: the mail users' domain")
	flag.StringVar(&o.stateDir, "state", "",
		"-target topology: the state directory of .ci/postgres and .ci/temporalcluster (for CPU per process)")
	flag.StringVar(&o.mailState, "mail-state", "",
		"-target topology: the state directory of .ci/mailservers (for CPU per process)")
	flag.Parse()
	if o.pacedCases < 0 {
		o.pacedCases = o.pollCases
	}
	if o.pollSpread <= 0 {
		o.pollSpread = 3 * o.pollInterval
	}
	return o
}

// progress prints a timestamped line on stderr.
func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func run() int {
	o := parseFlags()
	level := slog.LevelError
	if o.verbose {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	dir, err := os.MkdirTemp(o.parent, "certflow-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	if o.keep {
		progress("working directory %s", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	if o.target != "" {
		return runTargets(dir, o)
	}
	return runPhases(dir, o, log)
}

// runTargets is -target: whole merge cases on worker processes.
func runTargets(dir string, o *options) int {
	targets := []string{o.target}
	if o.target == "both" {
		targets = []string{"devstack", "topology"}
	}
	var workers []int
	for _, f := range strings.Split(o.fullWorkers, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			workers = append(workers, n)
		}
	}
	full, err := runFull(context.Background(), dir, targets, fullOptions{
		cases: o.fullCases, paced: o.fullPaced, workers: workers, open: o.fullOpen, openWithin: o.fullOpenIn,
		temporal: o.temporalAddr, imap: o.imapAddr, smtp: o.smtpAddr, pass: o.mailPass, domain: o.mailDomain,
		stateDir: o.stateDir, mailState: o.mailState, progress: progress,
	})
	printFull(os.Stdout, describeMachine(), full)
	if o.jsonOut != "" {
		// A map of plain values cannot fail to marshal.
		b, _ := json.MarshalIndent(map[string]any{"machine": describeMachine(), "args": os.Args[1:], "targets": full},
			"", "  ")
		if werr := os.WriteFile(o.jsonOut, append(b, '\n'), 0o644); werr != nil {
			fmt.Fprintln(os.Stderr, "bench: the figures were not written (the table above has them):", werr)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	return 0
}

// profiler writes -cpuprofile over the phase -profile-phase names.
type profiler struct {
	file, phase string
	profiling   *os.File
}

// start begins the profile if phase is the one to profile.
func (p *profiler) start(phase string) {
	if !p.covers(phase) {
		return
	}
	f, err := os.Create(p.file)
	if err == nil && pprof.StartCPUProfile(f) == nil {
		p.profiling = f
	}
}

// stop ends the profile begun for phase.
func (p *profiler) stop(phase string) {
	if !p.covers(phase) || p.profiling == nil {
		return
	}
	pprof.StopCPUProfile()
	p.profiling.Close()
	p.profiling = nil
}

func (p *profiler) covers(phase string) bool {
	if p.file == "" || (p.phase != phase && p.phase != "all") {
		return false
	}
	return p.phase != "all" || phase == "all"
}

// phaseRun is one run of the phases on one in-process stack.
type phaseRun struct {
	ctx     context.Context
	o       *options
	s       *stack
	res     *results
	prof    *profiler
	want    map[string]bool // the phases -phases names
	workerC chan builtWorker
}

// builtWorker is the worker binary for the memory figure, or why it is not.
type builtWorker struct {
	bin string
	err error
}

// runPhases is the default: the phases -phases names, on an in-process
// stack, then the table, -json and -svg.
func runPhases(dir string, o *options, log *slog.Logger) int {
	r := &phaseRun{ctx: context.Background(), o: o, want: map[string]bool{},
		res:  &results{Machine: describeMachine(), Args: os.Args[1:], Started: time.Now().UTC()},
		prof: &profiler{file: o.cpuProfile, phase: o.profilePhase}, workerC: make(chan builtWorker, 1)}
	for _, p := range strings.Split(o.phases, ",") {
		r.want[strings.TrimSpace(p)] = true
	}
	r.prof.start("all")
	defer r.prof.stop("all")
	// The worker binary for the memory figure builds while the rest runs.
	if r.want["memory"] && o.open > 0 {
		go func() {
			bin, err := buildWorker(dir)
			r.workerC <- builtWorker{bin, err}
		}()
	}
	progress("starting Temporal (SQLite) and the dev mail system in %s", dir)
	s, err := startStack(r.ctx, dir, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	defer s.stop()
	r.s = s
	t0 := time.Now()
	r.floor()
	r.endToEnd("idle", "idle-burst", "idle", workerSetup{name: "idle"}, o.cases, 0,
		2*time.Minute+time.Duration(o.cases)*100*time.Millisecond)
	r.endToEnd("paced", "idle-paced", "idle", workerSetup{name: "paced"}, o.pacedCases, o.pollSpread,
		o.pollSpread+2*time.Minute)
	r.poll()
	r.memory()
	r.catchUp()
	r.res.Seconds = time.Since(t0).Seconds()
	r.writeResults()
	if len(r.res.Failures) > 0 {
		return 1
	}
	return 0
}

// fail records a failed part; the run goes on with the others.
func (r *phaseRun) fail(what string, err error) {
	r.res.Failures = append(r.res.Failures, fmt.Sprintf("%s: %v", what, err))
	progress("FAILED %s: %v", what, err)
}

func (r *phaseRun) floor() {
	if !r.want["floor"] {
		return
	}
	progress("floor: %d samples of SMTP accept -> IDLE EXISTS, and of signal -> activity start", r.o.samples)
	r.prof.start("floor")
	a, errA := floorIMAP(r.s, r.o.samples)
	b, errB := floorTemporal(r.ctx, r.s, r.o.samples)
	r.prof.stop("floor")
	switch {
	case errA != nil:
		r.fail("floor (IMAP)", errA)
	case errB != nil:
		r.fail("floor (Temporal)", errB)
	default:
		f := &floorResult{imap: a, temporal: b}
		for i := range min(len(a), len(b)) {
			f.sum = append(f.sum, a[i]+b[i])
		}
		f.IMAP, f.Temporal, f.Sum = summarize(a), summarize(b), summarize(f.sum)
		sortDurations(f.imap, f.temporal, f.sum)
		r.res.Floor = f
	}
}

func (r *phaseRun) endToEnd(phase, name, mode string, w workerSetup, n int, spread, within time.Duration) {
	if !r.want[phase] || n <= 0 {
		return
	}
	progress("end to end (%s): %d cases, mails over %s", name, n, spread)
	r.prof.start(phase)
	res, err := endToEnd(r.ctx, r.s, name, mode, w, n, spread, within)
	r.prof.stop(phase)
	if res != nil {
		r.res.EndToEnd = append(r.res.EndToEnd, res)
	}
	if err != nil {
		r.fail("end to end ("+name+")", err)
	}
}

// poll is the end-to-end run against a server without IDLE: the proxy takes
// IDLE out of its capability lists, so the watcher polls every
// -poll-interval, as it would there.
func (r *phaseRun) poll() {
	if !r.want["poll"] || r.o.pollCases <= 0 {
		return
	}
	proxy, err := newIMAPProxy(r.s.mail.IMAPAddr(), true)
	if err != nil {
		r.fail("poll proxy", err)
		return
	}
	defer proxy.close()
	w := workerSetup{name: "poll", imapAddr: proxy.addr(),
		extra: map[string]string{"CERTFLOW_IMAP_POLL_INTERVAL": r.o.pollInterval.String()}}
	r.endToEnd("poll", fmt.Sprintf("poll-%s", r.o.pollInterval), "poll", w, r.o.pollCases, r.o.pollSpread,
		r.o.pollSpread+2*r.o.pollInterval+2*time.Minute)
}

func (r *phaseRun) memory() {
	if !r.want["memory"] || r.o.open <= 0 {
		return
	}
	progress("memory: building ./worker")
	b := <-r.workerC
	if b.err != nil {
		r.fail("memory", b.err)
		return
	}
	progress("memory: %d open cases on the worker process", r.o.open)
	r.prof.start("memory")
	m, err := memory(r.ctx, r.s, b.bin, r.o.open, r.o.openWithin)
	r.prof.stop("memory")
	r.res.Memory = m
	if err != nil {
		r.fail("memory", err)
	}
}

func (r *phaseRun) catchUp() {
	if !r.want["catchup"] || strings.TrimSpace(r.o.catchups) == "" {
		return
	}
	for _, f := range strings.Split(r.o.catchups, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			r.fail("catch-up", fmt.Errorf("bad size %q", f))
			continue
		}
		progress("catch-up: %d old messages, %d new", n, r.o.catchupNew)
		r.prof.start("catchup")
		c, err := catchUp(r.ctx, r.s, n, r.o.catchupNew, 2*time.Minute+time.Duration(r.o.catchupNew)*100*time.Millisecond)
		r.prof.stop("catchup")
		if c != nil {
			r.res.CatchUp = append(r.res.CatchUp, c)
		}
		if err != nil {
			r.fail(fmt.Sprintf("catch-up (%d)", n), err)
		}
	}
}

// writeResults prints the table and writes -json and -svg.
func (r *phaseRun) writeResults() {
	printTable(os.Stdout, r.res)
	if r.o.jsonOut != "" {
		// results holds plain values only: it cannot fail to marshal.
		b, _ := json.MarshalIndent(r.res, "", "  ")
		if err := os.WriteFile(r.o.jsonOut, append(b, '\n'), 0o644); err != nil {
			r.fail("json", err)
		}
	}
	if r.o.svgOut != "" {
		f, err := os.Create(r.o.svgOut)
		if err == nil {
			writeSVG(f, r.res)
			err = f.Close()
		}
		if err != nil {
			r.fail("svg", err)
		}
	}
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
