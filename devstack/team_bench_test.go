package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/starter/cli"
	"github.com/certflow/certflow/worker/app"
)

// Sizes of the team benchmarks (BENCHMARKS.md): go test ./devstack -run '^$'
// -bench 'Import|Report' -benchtime 1x -args -import-rows 1000 -report-cases 10000
var (
	benchImportRows  = flag.Int("import-rows", 1000, "BenchmarkImport: rows in the sheet")
	benchReportCases = flag.Int("report-cases", 10000, "BenchmarkReport: cases the report covers")
	benchConcurrency = flag.Int("import-concurrency", 8, "BenchmarkImport: starter import --concurrency")
)

// benchStack is the dev stack's Temporal without the worker: the cases
// start and stay where they start, so what is measured is the starter's
// work against the server, not the worker's.
func benchStack(b *testing.B) *stack {
	b.Helper()
	s, err := startStack(context.Background(), config.Devstack{Dir: b.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour},
		nil, slog.New(slog.DiscardHandler), app.Options{}, false)
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

func BenchmarkReport(b *testing.B) {
	s := benchStack(b)
	n := *benchReportCases
	benchStarter(b, s, "import", "--concurrency", "32", teamSheet(b, n, "c"))
	// Visibility catches up a while after the starts; until it has, the
	// server may also refuse reads for a moment (its persistence rate limit).
	t0 := time.Now()
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(time.Second) {
		var out, errOut bytes.Buffer
		code := cli.Main([]string{"list", "--json", "--kind", "share"}, map[string]string{"TEMPORAL_ADDRESS": s.temporal.Frontend()}, &out, &errOut)
		if code == 0 && strings.Count(out.String(), `"id":`) == n {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("visibility never showed %d cases: %s", n, errOut.String())
		}
	}
	b.Logf("visibility showed all %d cases %s after the import", n, time.Since(t0).Round(time.Second))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := benchStarter(b, s, "report", "--html", filepath.Join(b.TempDir(), "report.html"))
		if !strings.Contains(out, fmt.Sprintf("%d case(s)", n)) {
			b.Fatalf("report: %s", out)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "cases/s")
}
