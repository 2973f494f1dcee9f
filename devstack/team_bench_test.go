package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/starter/cli"
	"github.com/certflow/certflow/workflows"
)

// Sizes of the team benchmarks (BENCHMARKS.md): go test ./devstack -run '^$'
// -bench 'Import|Report' -benchtime 1x -args -import-rows 1000 -report-cases 10000
var (
	benchImportRows   = flag.Int("import-rows", 1000, "BenchmarkImport: rows in the sheet")
	benchReportCases  = flag.Int("report-cases", 10000, "BenchmarkReport: cases with CaseStateSince")
	benchReportLegacy = flag.Int("report-legacy", 0, "BenchmarkReport: more cases without it (started before it)")
	benchConcurrency  = flag.Int("import-concurrency", 8, "BenchmarkImport: starter import --concurrency")
)

// benchStack is the dev stack's Temporal without the worker: the cases
// start and stay where they start, so what is measured is the starter's
// work against the server, not the worker's.
func benchStack(b testing.TB) *stack {
	b.Helper()
	s, err := startWithoutWorker(context.Background(), config.Devstack{Dir: b.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour},
		nil, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.stop() })
	return s
}

func benchStarter(b *testing.B, s *stack, args ...string) string {
	b.Helper()
	var out, errOut bytes.Buffer
	env := map[string]string{"TEMPORAL_ADDRESS": s.temporal.Frontend()}
	if code := cli.Main(args, env, &out, &errOut); code != 0 {
		b.Fatalf("starter %v: exit %d: %s", args, code, errOut.String())
	}
	return out.String()
}

// teamSheet writes a sheet of n share rows, every one a different employee.
func teamSheet(b *testing.B, n int, prefix string) string {
	b.Helper()
	var sheet strings.Builder
	sheet.WriteString("kind,name,cert_email,apn_email\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sheet, "share,Employee %s%d,%s%d@personal.example,%s%d@corp.example\n", prefix, i, prefix, i, prefix, i)
	}
	p := filepath.Join(b.TempDir(), "team.csv")
	if err := os.WriteFile(p, []byte(sheet.String()), 0o600); err != nil {
		b.Fatal(err)
	}
	return p
}

func BenchmarkImport(b *testing.B) {
	s := benchStack(b)
	rows := *benchImportRows
	var first, again time.Duration
	for i := 0; i < b.N; i++ {
		sheet := teamSheet(b, rows, fmt.Sprintf("r%d-", i))
		t0 := time.Now()
		if out := benchStarter(b, s, "import", "--concurrency", fmt.Sprint(*benchConcurrency), sheet); !strings.Contains(out, fmt.Sprintf("%d started, 0 already", rows)) {
			b.Fatalf("import: %s", out[max(0, len(out)-200):])
		}
		first += time.Since(t0)
		t0 = time.Now()
		if out := benchStarter(b, s, "import", "--concurrency", fmt.Sprint(*benchConcurrency), sheet); !strings.Contains(out, fmt.Sprintf("0 started, %d already", rows)) {
			b.Fatalf("re-import: %s", out[max(0, len(out)-200):])
		}
		again += time.Since(t0)
	}
	b.ReportMetric(float64(rows*b.N)/first.Seconds(), "rows/s")
	b.ReportMetric(float64(rows*b.N)/again.Seconds(), "re-import-rows/s")
}

// BenchmarkReport times `starter report` in each format over cases written
// straight through the client (no worker runs, so they stay as written):
// -report-cases with the search attributes a case of today's workflow has
// (CaseStateSince among them), and -report-legacy without CaseStateSince,
// as cases started before it; only those make the report read a history.
func BenchmarkReport(b *testing.B) {
	s := benchStack(b)
	n, legacy := *benchReportCases, *benchReportLegacy
	t0 := time.Now()
	seedCases(b, s, n, "c", true)
	seedCases(b, s, legacy, "l", false)
	b.Logf("wrote %d cases in %s", n+legacy, time.Since(t0).Round(time.Second))
	waitForVisibility(b, s, n+legacy)
	formats := []struct {
		name string
		args []string
	}{
		{"table", nil}, {"csv", []string{"--csv"}}, {"json", []string{"--json"}},
		{"html", []string{"--html", filepath.Join(b.TempDir(), "report.html")}},
	}
	b.ResetTimer()
	for _, f := range formats {
		var took time.Duration
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			out := benchStarter(b, s, append([]string{"report", "--lang", "en"}, f.args...)...)
			took += time.Since(t0)
			if got := reportedCases(f.name, out); got != n+legacy {
				b.Fatalf("report %s shows %d cases, not %d: %s", f.name, got, n+legacy, out[max(0, len(out)-300):])
			}
		}
		b.ReportMetric(took.Seconds()/float64(b.N), f.name+"-s")
	}
}

// reportedCases counts the cases a report's output shows.
func reportedCases(format, out string) int {
	switch format {
	case "csv":
		return strings.Count(out, "\n") - 1
	case "json":
		return strings.Count(out, `"id":`)
	case "html":
		m := regexp.MustCompile(`: (\d+) case\(s\)\.`).FindStringSubmatch(out)
		if m == nil {
			return -1
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	var n int
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "share-bench-") {
			n++
		}
	}
	return n
}

// seedCases writes n share cases as the starter starts them, 32 at a time;
// withSince adds CaseStateSince, as today's workflow sets it at its first
// workflow task (the i-th case entered its state i minutes ago).
func seedCases(b testing.TB, s *stack, n int, prefix string, withSince bool) {
	b.Helper()
	c := stackClient(b, s)
	var wg sync.WaitGroup
	failed := make(chan error, 1)
	slots := make(chan struct{}, 32)
	for i := 0; i < n && len(failed) == 0; i++ {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			var since time.Time
			if withSince {
				since = time.Now().Add(-time.Duration(i) * time.Minute)
			}
			if err := seedCase(c, fmt.Sprintf("%s%d", prefix, i), since); err != nil {
				select {
				case failed <- err:
				default:
				}
			}
		}()
	}
	wg.Wait()
	if len(failed) > 0 {
		b.Fatal(<-failed)
	}
}

// seedCase starts share case share-bench-<who> in awaiting_link, with
// CaseStateSince unless since is zero.
func seedCase(c client.Client, who string, since time.Time) error {
	req := workflows.ShareRequest{Name: "Employee " + who, Lang: "en",
		CertEmail: who + "@personal.example", APNEmail: who + "@corp.example"}
	attrs := []temporal.SearchAttributeUpdate{workflows.CaseKindKey.ValueSet(workflows.KindShare),
		workflows.CaseStateKey.ValueSet(string(workflows.StateAwaitingLink)), workflows.RequesterKey.ValueSet(req.APNEmail)}
	if !since.IsZero() {
		attrs = append(attrs, workflows.CaseStateSinceKey.ValueSet(since))
	}
	_, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{
		ID: "share-bench-" + who, TaskQueue: "certflow",
		TypedSearchAttributes: temporal.NewSearchAttributes(attrs...),
		Memo:                  map[string]any{"summary": req.Summary(), "name": req.Name},
	}, workflows.ShareWorkflow, req)
	return err
}

// waitForVisibility waits until visibility shows n cases: it catches up a
// while after the starts, and the server may refuse reads for a moment
// meanwhile (its persistence rate limit).
func waitForVisibility(b testing.TB, s *stack, n int) {
	b.Helper()
	t0 := time.Now()
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(time.Second) {
		var out, errOut bytes.Buffer
		code := cli.Main([]string{"list", "--json", "--kind", "share"}, map[string]string{"TEMPORAL_ADDRESS": s.temporal.Frontend()}, &out, &errOut)
		if code == 0 && strings.Count(out.String(), `"id":`) == n {
			break
		}
		b.Logf("visibility: exit %d, %d cases, %s", code, strings.Count(out.String(), `"id":`), strings.TrimSpace(errOut.String()))
		if time.Now().After(deadline) {
			b.Fatalf("visibility never showed %d cases: %s", n, errOut.String())
		}
	}
	b.Logf("visibility showed all %d cases %s after the starts", n, time.Since(t0).Round(time.Second))
}
