package cli

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/certflow/certflow/workflows"
)

// stateOrder is the order states are shown in: the way through a case, then
// its ends.
var stateOrder = []string{
	"submitting", "awaiting_consent", "awaiting_completion", "awaiting_link", "waiting", "verifying",
	"needs_attention", "completed", "cancelled", "failed", "terminated", "timed_out",
}

// report is what every format is written from.
type report struct {
	Generated time.Time `json:"generated"`
	Lang      string    `json:"lang"`
	Filter    string    `json:"filter"`
	// Totals counts cases by kind, then state.
	Totals map[string]map[string]int `json:"totals"`
	Share  shareHeadline             `json:"share"`
	Cases  []reportCase              `json:"cases"`
}

type shareHeadline struct {
	Shared    int    `json:"shared"`
	Employees int    `json:"employees"`
	Headline  string `json:"headline"`
}

func newReport(cases []reportCase, f reportFilter, lang string, now time.Time) report {
	rep := report{Generated: now, Lang: lang, Filter: f.describe(lang), Totals: map[string]map[string]int{}, Cases: cases}
	if rep.Cases == nil {
		rep.Cases = []reportCase{}
	}
	// An employee is one APN login; they count as shared when any of their
	// share cases completed, and not at all when every one was cancelled.
	employees := map[string]bool{}
	for _, c := range cases {
		if rep.Totals[c.Kind] == nil {
			rep.Totals[c.Kind] = map[string]int{}
		}
		rep.Totals[c.Kind][c.State]++
		if c.Kind != workflows.KindShare || c.State == string(workflows.StateCancelled) {
			continue
		}
		who := strings.ToLower(c.Requester)
		employees[who] = employees[who] || c.State == string(workflows.StateCompleted)
	}
	for _, shared := range employees {
		rep.Share.Employees++
		rep.Share.Shared += countTrue(shared)
	}
	rep.Share.Headline = headline(lang, rep.Share.Shared, rep.Share.Employees)
	return rep
}

func (f reportFilter) describe(lang string) string {
	var parts []string
	if f.Kind != "" {
		parts = append(parts, "kind="+f.Kind)
	}
	if f.State != "" {
		parts = append(parts, "state="+f.State)
	}
	if !f.Since.IsZero() {
		parts = append(parts, "since="+f.Since.Local().Format("2006-01-02 15:04"))
	}
	if len(parts) == 0 {
		return pageWords[lang]["all"]
	}
	return strings.Join(parts, ", ")
}

// states are the states that occur in the totals, in stateOrder.
func (rep report) states() []string {
	seen := map[string]bool{}
	for _, byState := range rep.Totals {
		for s := range byState {
			seen[s] = true
		}
	}
	var out []string
	for _, s := range stateOrder {
		if seen[s] {
			out = append(out, s)
			delete(seen, s)
		}
	}
	var rest []string
	for s := range seen {
		rest = append(rest, s)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func (rep report) kinds() []string {
	var out []string
	for k := range rep.Totals {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (r *runner) writeReport(rep report, asCSV, asJSON bool, htmlFile string) error {
	switch {
	case asJSON:
		return writeJSON(r.stdout, rep)
	case asCSV:
		return writeReportCSV(r.stdout, rep)
	case htmlFile != "":
		page, err := renderHTMLReport(rep)
		if err != nil {
			return err
		}
		if err := os.WriteFile(htmlFile, page, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(r.stdout, "Wrote %s: %d case(s). %s\n", htmlFile, len(rep.Cases), rep.Share.Headline)
		return nil
	}
	return writeReportTable(r, rep)
}

func reportRow(c reportCase) []string {
	return []string{c.ID, c.Kind, c.State, c.Person, c.Requester, c.Started.Local().Format("2006-01-02 15:04"),
		c.LastChange.Local().Format("2006-01-02 15:04"), strconv.Itoa(c.DaysInState), c.AwsCase, c.WaitsFor}
}

func writeReportCSV(w interface{ Write([]byte) (int, error) }, rep report) error {
	rows := [][]string{{"id", "kind", "state", "person", "requester", "started", "last_change",
		"days_in_state", "aws_case", "waits_for"}}
	for _, c := range rep.Cases {
		row := reportRow(c)
		for i, cell := range row {
			row[i] = inertCell(cell)
		}
		rows = append(rows, row)
	}
	return csv.NewWriter(w).WriteAll(rows)
}

// inertCell keeps a spreadsheet from reading a cell as a formula: a name
// typed as "=HYPERLINK(…)" would otherwise run when the admin opens the file.
func inertCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

func writeReportTable(r *runner, rep report) error {
	tw := tabwriter.NewWriter(r.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CASE\tKIND\tSTATE\tPERSON\tREQUESTER\tSTARTED\tLAST CHANGE\tDAYS\tAWS CASE\tWAITS FOR")
	for _, c := range rep.Cases {
		fmt.Fprintln(tw, strings.Join(reportRow(c), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(r.stdout)
	for _, k := range rep.kinds() {
		var parts []string
		total := 0
		for _, s := range rep.states() {
			if n := rep.Totals[k][s]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, s))
				total += n
			}
		}
		fmt.Fprintf(r.stdout, "%s: %d (%s)\n", k, total, strings.Join(parts, ", "))
	}
	if rep.Share.Employees > 0 {
		fmt.Fprintln(r.stdout, rep.Share.Headline)
	}
	return nil
}
