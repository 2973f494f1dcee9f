package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The operations assets in ops/: Prometheus alert rules and a Grafana
// dashboard. Their metric names must be ones the worker exports.
const (
	alertRules = "../ops/prometheus/certflow-alerts.yml"
	dashboard  = "../ops/grafana/certflow-dashboard.json"
)

var metricName = regexp.MustCompile(`\b(certflow_[a-z0-9_]+|temporal_[a-z0-9_]+|process_[a-z0-9_]+|go_[a-z0-9_]+)\b`)

// opsExpressions returns every PromQL expression of the alert rules and the
// dashboard, named by where it is.
func opsExpressions(t *testing.T) map[string]string {
	t.Helper()
	exprs := map[string]string{}
	var rules struct {
		Groups []struct {
			Rules []struct{ Alert, Expr string }
		}
	}
	b, err := os.ReadFile(alertRules)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, &rules); err != nil {
		t.Fatalf("%s: %v", alertRules, err)
	}
	for _, g := range rules.Groups {
		for _, r := range g.Rules {
			exprs["alert "+r.Alert] = r.Expr
		}
	}
	var dash struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if b, err = os.ReadFile(dashboard); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &dash); err != nil {
		t.Fatalf("%s: %v", dashboard, err)
	}
	for _, p := range dash.Panels {
		for i, tg := range p.Targets {
			exprs["panel "+p.Title+" #"+string(rune('A'+i))] = tg.Expr
		}
	}
	if len(exprs) < 10 {
		t.Fatalf("only %d expressions in the ops assets", len(exprs))
	}
	return exprs
}

// checkOpsAssets holds every metric the ops assets name to what the worker
// serves (scrape, its /metrics after a case). A metric that appears only
// once something went wrong (a refused mail, a failed workflow task) must
// at least be declared: certflow's in metrics/metrics.go, the SDK's in the
// SDK's list of metric names.
func checkOpsAssets(t *testing.T, scrape string) {
	t.Helper()
	declared := declaredMetrics(t)
	var missing []string
	for where, expr := range opsExpressions(t) {
		for _, name := range metricName.FindAllString(expr, -1) {
			if regexp.MustCompile(`(?m)^`+name+`[{ ]`).MatchString(scrape) || declared(name) {
				continue
			}
			missing = append(missing, where+": "+name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the ops assets name metrics the worker does not export:\n  %s", strings.Join(missing, "\n  "))
	}
}

// declaredMetrics says whether a name is one certflow's metrics package or
// the Temporal SDK declares, under the Prometheus suffixes the registry adds.
func declaredMetrics(t *testing.T) func(string) bool {
	t.Helper()
	own, err := os.ReadFile("../metrics/metrics.go")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "go.temporal.io/sdk").Output()
	if err != nil {
		t.Fatalf("go list the SDK: %v", err)
	}
	sdk, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "internal/common/metrics/constants.go"))
	if err != nil {
		t.Fatal(err)
	}
	sdkNames := sdkMetricNames(string(sdk))
	if !sdkNames["temporal_request_failure"] || !sdkNames["temporal_workflow_completed"] {
		t.Fatalf("the SDK's metric names did not parse: %d names", len(sdkNames))
	}
	return func(name string) bool {
		if rest, ok := strings.CutPrefix(name, "certflow_"); ok {
			for _, suffix := range []string{"_bucket", "_sum", "_count"} {
				rest = strings.TrimSuffix(rest, suffix)
			}
			return strings.Contains(string(own), `"`+rest+`"`)
		}
		if strings.HasPrefix(name, "temporal_") {
			for _, suffix := range []string{"_total", "_seconds"} {
				name = strings.TrimSuffix(name, suffix)
			}
			return sdkNames[name]
		}
		return false
	}
}

// sdkMetricNames evaluates the SDK's metric name constants, each a string or
// another constant plus a string (TemporalRequest + "_failure").
func sdkMetricNames(src string) map[string]bool {
	values := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^\s*(\w+)\s*=\s*"([a-z_]+)"`).FindAllStringSubmatch(src, -1) {
		values[m[1]] = m[2]
	}
	sums := regexp.MustCompile(`(?m)^\s*(\w+)\s*=\s*(\w+)\s*\+\s*"([a-z_]+)"`).FindAllStringSubmatch(src, -1)
	for changed := true; changed; {
		changed = false
		for _, m := range sums {
			if base, ok := values[m[2]]; ok && values[m[1]] == "" {
				values[m[1]], changed = base+m[3], true
			}
		}
	}
	names := map[string]bool{}
	for _, v := range values {
		if strings.HasPrefix(v, "temporal_") {
			names[v] = true
		}
	}
	return names
}

// The check itself catches a name the worker does not export.
func TestOpsAssetsCheckCatchesAnUnknownMetric(t *testing.T) {
	declared := declaredMetrics(t)
	for name, want := range map[string]bool{
		"certflow_mail_send_failed_total":                 true,
		"certflow_mail_signal_delay_seconds_bucket":       true,
		"certflow_mail_sent_per_day":                      false,
		"temporal_workflow_task_execution_failed_total":   true,
		"temporal_workflow_task_execution_exploded_total": false,
		"process_resident_memory_bytes":                   false, // only from the scrape
	} {
		if got := declared(name); got != want {
			t.Errorf("declared(%s) = %v, want %v", name, got, want)
		}
	}
	if got := metricName.FindAllString(`sum(rate(certflow_mail_sent_total{job=~"$job"}[5m])) / up`, -1); len(got) != 1 {
		t.Errorf("names found: %v", got)
	}
}
