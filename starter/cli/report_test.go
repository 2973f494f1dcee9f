package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	workflowpb "go.temporal.io/api/workflow/v1"
	"go.temporal.io/sdk/converter"
	"google.golang.org/protobuf/types/known/timestamppb"
)

func day(n int) time.Time { return time.Date(2026, 11, n, 9, 0, 0, 0, time.UTC) }

func sampleReport(lang string) report {
	cases := []reportCase{
		{ID: "share-a", Kind: "share", State: "completed", Requester: "a@corp.example", Started: day(1), LastChange: day(3)},
		{ID: "share-a2", Kind: "share", State: "cancelled", Requester: "A@corp.example", Started: day(1), LastChange: day(2)},
		{ID: "share-b", Kind: "share", State: "needs_attention", Requester: "b@corp.example", Started: day(2), LastChange: day(5), Open: true},
		{ID: "share-c", Kind: "share", State: "cancelled", Requester: "c@corp.example", Started: day(2), LastChange: day(2)},
		{ID: "merge-d", Kind: "merge", State: "awaiting_consent", Requester: "d@corp.example", Started: day(4), LastChange: day(4), Open: true},
	}
	sortForAttention(cases)
	return newReport(cases, reportFilter{}, lang, day(10))
}

// The headline counts employees (APN logins), not cases: a completed case
// makes its employee shared; one whose only case was cancelled is left out.
func TestReportHeadlineCountsEmployees(t *testing.T) {
	rep := sampleReport("en")
	if rep.Share.Shared != 1 || rep.Share.Employees != 2 ||
		rep.Share.Headline != "1 of 2 employees' certifications are shared with the APN account" {
		t.Fatalf("share = %+v", rep.Share)
	}
	if got := sampleReport("ja").Share.Headline; got != "従業員 2 名のうち 1 名の認定資格が APN アカウントに共有されています" {
		t.Fatalf("ja headline = %q", got)
	}
	if rep.Totals["share"]["cancelled"] != 2 || rep.Totals["merge"]["awaiting_consent"] != 1 {
		t.Fatalf("totals = %v", rep.Totals)
	}
	if rep.Cases[0].ID != "share-b" || rep.Cases[1].ID != "merge-d" {
		t.Fatalf("needs attention is not first: %v, %v", rep.Cases[0].ID, rep.Cases[1].ID)
	}
}

// The chart's bars stack what each case was at the end of each day: before
// a case reached its present state it counts as earlier.
func TestReportChartStacksStatesOverTime(t *testing.T) {
	rep := sampleReport("en")
	ch := newChart(rep, "en")
	// Nine days in bars of 6 hours (the shortest step that keeps to 60 bars).
	if len(ch.Bars) != 37 || ch.YMax != 5 {
		t.Fatalf("%d bars, y max %d", len(ch.Bars), ch.YMax)
	}
	at := func(bar int) map[string]int {
		m := map[string]int{}
		for _, r := range ch.Bars[bar].Rects {
			m[r.State] = r.Count
		}
		return m
	}
	// Bar 0 ends on day 1 09:00: share-a and share-a2 have started, neither
	// has reached its present state.
	if got := at(0); got["earlier"] != 2 || len(got) != 1 {
		t.Fatalf("day 1: %v", got)
	}
	// Day 2 09:00: share-a2 and share-c were cancelled by then; share-a and
	// share-b were still on their way.
	if got := at(4); got["earlier"] != 2 || got["cancelled"] != 2 || len(got) != 2 {
		t.Fatalf("day 2 09:00: %v", got)
	}
	if got := at(36); got["completed"] != 1 || got["cancelled"] != 2 || got["needs_attention"] != 1 || got["awaiting_consent"] != 1 {
		t.Fatalf("day 10: %v", got)
	}
	page, err := renderHTMLReport(rep)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, want := range []string{`<svg id="chart"`, `data-state="earlier"`, "1 of 2 employees", `class="attention" data-case="share-b"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, external := range []string{"<script", "<link", "src=", "url(", "@import"} {
		if strings.Contains(html, external) {
			t.Errorf("the page is not self-contained: it has %s", external)
		}
	}
}

func TestReportInputIsCheckedBeforeDialling(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--state", "x' OR 1=1"}, "bad filter value --state"},
		{[]string{"report", "--since", "yesterday"}, `--since "yesterday"`},
		{[]string{"report", "--lang", "fr"}, `--lang "fr"`},
		{[]string{"report", "--csv", "--json"}, "choose one"},
	} {
		if code, _, errOut := run(c.args...); code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d %q", c.args, code, errOut)
		}
	}
	if lang, _ := reportLang("", map[string]string{"LANG": "ja_JP.UTF-8"}); lang != "ja" {
		t.Errorf("LANG=ja_JP.UTF-8 gave %s", lang)
	}
	if lang, _ := reportLang("", map[string]string{"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}); lang != "en" {
		t.Errorf("LC_ALL=C gave %s", lang)
	}
}

// A server that says it is busy is asked again, a bounded number of times;
// any other error is returned at once.
func TestReportRetriesABusyServerABoundedNumberOfTimes(t *testing.T) {
	calls := 0
	busy := serviceerror.NewResourceExhausted(enumspb.RESOURCE_EXHAUSTED_CAUSE_PERSISTENCE_LIMIT, "System Persistence Max QPS Reached.")
	err := whenNotBusy(context.Background(), func() error {
		if calls++; calls < 3 {
			return busy
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
	calls = 0
	wrapped := fmt.Errorf("Unable to read search attributes types: %s", "System Persistence Max QPS Reached.")
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err = whenNotBusy(ctx, func() error { calls++; return wrapped }); err != wrapped || calls < 1 || calls > 2 {
		t.Fatalf("err %v after %d calls within the context", err, calls)
	}
	calls = 0
	other := errors.New("no such case")
	if err = whenNotBusy(context.Background(), func() error { calls++; return other }); err != other || calls != 1 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

// A person's name that a spreadsheet would run as a formula is written as
// text in the CSV.
func TestReportCSVCellsAreNeverFormulas(t *testing.T) {
	rep := newReport([]reportCase{{ID: "share-x", Kind: "share", State: "completed", Person: "=HYPERLINK(\"http://evil.example\")",
		Requester: "@x", Started: day(1), LastChange: day(2)}}, reportFilter{}, "en", day(3))
	var b strings.Builder
	if err := writeReportCSV(&b, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"'=HYPERLINK(""http://evil.example"")",'@x,`) {
		t.Fatalf("CSV:\n%s", b.String())
	}
}

// An open case's visibility record says when it entered its state
// (CaseStateSince), so it needs no history read; one without it (started
// before certflow set it) is left for its history, and a closed case's last
// change is its close.
func TestReportTakesTheStateTimeFromVisibility(t *testing.T) {
	record := func(status enumspb.WorkflowExecutionStatus, since *time.Time) *workflowpb.WorkflowExecutionInfo {
		fields := map[string]*commonpb.Payload{}
		for k, v := range map[string]string{"CaseKind": "share", "CaseState": "awaiting_link", "Requester": "a@corp.example"} {
			fields[k] = payload(t, v)
		}
		if since != nil {
			fields["CaseStateSince"] = payload(t, *since)
		}
		return &workflowpb.WorkflowExecutionInfo{
			Execution: &commonpb.WorkflowExecution{WorkflowId: "share-a"}, Status: status,
			StartTime: timestamppb.New(day(1)), CloseTime: timestamppb.New(day(9)),
			SearchAttributes: &commonpb.SearchAttributes{IndexedFields: fields},
		}
	}
	entered := day(4).Add(90 * time.Minute)
	running := enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING
	if c := caseFromVisibility(record(running, &entered)); !c.Open || !c.LastChange.Equal(entered) {
		t.Errorf("open case with CaseStateSince: last change %s, open %v", c.LastChange, c.Open)
	}
	if c := caseFromVisibility(record(running, nil)); !c.LastChange.IsZero() {
		t.Errorf("open case without CaseStateSince: last change %s, want it left for the history", c.LastChange)
	}
	if c := caseFromVisibility(record(enumspb.WORKFLOW_EXECUTION_STATUS_TERMINATED, &entered)); !c.LastChange.Equal(day(9)) || c.State != "terminated" {
		t.Errorf("terminated case: last change %s, state %s", c.LastChange, c.State)
	}
}

func payload(t *testing.T, v any) *commonpb.Payload {
	t.Helper()
	p, err := converter.GetDefaultDataConverter().ToPayload(v)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
