package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/workflowservice/v1"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/workflows"
)

// listIDs returns the IDs `starter list --json` shows, once visibility
// shows at least want of them (it catches up a moment after a start).
func listIDs(t *testing.T, s *stack, want int) map[string]string {
	t.Helper()
	var ids map[string]string
	for i := 0; i < 100; i++ {
		code, out, errOut := starter(t, s, "list", "--json")
		if code != 0 {
			t.Fatalf("list: %s", errOut)
		}
		var rows []struct{ ID, Kind string }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		ids = map[string]string{}
		for _, r := range rows {
			ids[r.ID] = r.Kind
		}
		if len(ids) >= want {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return ids
}

// A team is started from a sheet on the dev stack's Temporal: every row
// once, a second import starts nothing new, and a bad sheet starts nothing.
// Then the report counts what the cases became, in every format, and a
// browser shows the HTML report's totals and chart.
func TestImportAndReportATeam(t *testing.T) {
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: 100 * time.Millisecond,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_SHARE_WAIT": "1s",
		// The employee who is not at corp.example never answers: that case
		// needs attention after this.
		"CERTFLOW_SHARE_REMIND_AFTER": "5s", "CERTFLOW_SHARE_GIVE_UP_AFTER": "10s"})
	defer func() { _ = s.stop() }()
	sample := filepath.Join("..", "docs", "examples", "team.csv")

	code, out, errOut := starter(t, s, "import", sample)
	if code != 0 || !strings.HasSuffix(out, "5 started, 0 already started, 0 failed\n") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	started := regexp.MustCompile(`(?m)^line \d: (merge|share) case ((merge|share)-import-[a-z2-7]{16}) started$`).FindAllStringSubmatch(out, -1)
	if len(started) != 5 {
		t.Fatalf("import did not say started for each row:\n%s", out)
	}
	ids := listIDs(t, s, 5)
	for _, m := range started {
		if ids[m[2]] != m[1] {
			t.Fatalf("%s is not listed as a %s case: %v", m[2], m[1], ids)
		}
	}

	code, out, errOut = starter(t, s, "import", sample)
	if code != 0 || strings.Count(out, " already started\n") != 5 || !strings.HasSuffix(out, "0 started, 5 already started, 0 failed\n") {
		t.Fatalf("re-import: exit %d\n%s%s", code, out, errOut)
	}

	// A sheet from a ';' spreadsheet with a BOM: one good row and one bad
	// one starts nothing; fixed, it starts its row.
	bad := filepath.Join(t.TempDir(), "excel.csv")
	sheet := "\xef\xbb\xbfkind;name;cert_email;apn_email\r\nshare;Jiro Sato;jiro@personal.example;jiro.sato@corp.example\r\n"
	if err := os.WriteFile(bad, []byte(sheet+"share;Nobody;nobody;n@corp.example\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut = starter(t, s, "import", "--comma", ";", bad); code != 2 || !strings.Contains(errOut, "line 3: cert_email") {
		t.Fatalf("bad sheet: exit %d %s", code, errOut)
	}
	time.Sleep(time.Second) // what a wrong start would need to reach visibility
	if n := len(listIDs(t, s, 0)); n != 5 {
		t.Fatalf("a bad sheet started something: %d cases", n)
	}
	if err := os.WriteFile(bad, []byte(sheet), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut = starter(t, s, "import", "--comma", ";", bad); code != 0 || !strings.Contains(out, "1 started, 0 already started") {
		t.Fatalf("fixed sheet: exit %d\n%s%s", code, out, errOut)
	}

	// A row naming an existing case's ID for someone else is not "already
	// started": it fails, says whose the case is, and starts nothing.
	taken := started[0][2]
	if err := os.WriteFile(bad, []byte("kind,name,cert_email,apn_email,id\nshare,Someone Else,else@personal.example,else@corp.example,"+taken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = starter(t, s, "import", bad)
	if code != 1 || !strings.Contains(out, "exists for another request") || !strings.HasSuffix(strings.SplitN(out, "\n", 3)[1], "0 started, 0 already started, 1 failed") {
		t.Fatalf("import of a taken ID: exit %d\n%s%s", code, out, errOut)
	}
	if err := os.WriteFile(bad, []byte("kind,name,cert_email,apn_email\nshare,Mika Kato,mika@personal.example,mika@elsewhere.example\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut = starter(t, s, "import", bad); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	reportTeam(t, s, listIDs(t, s, 7))
}

// reportTeam waits until the team's cases have settled and checks every
// format of the report against them.
func reportTeam(t *testing.T, s *stack, ids map[string]string) {
	t.Helper()
	var attention string
	for id, kind := range ids {
		want := workflows.StateCompleted
		if kind == "share" && strings.Contains(waitForAnyState(t, s, id).Requester, "elsewhere") {
			want, attention = workflows.StateNeedsAttention, id
		}
		waitForState(t, s, id, want, 90*time.Second)
	}
	// A page of 2 makes the report page through visibility.
	code, out, errOut := starter(t, s, "report", "--json", "--page-size", "2")
	if code != 0 {
		t.Fatalf("report --json: exit %d %s", code, errOut)
	}
	var rep struct {
		Totals map[string]map[string]int
		Share  struct{ Shared, Employees int }
		Cases  []struct {
			ID, Person, State string
			WaitsFor          string    `json:"waits_for"`
			LastChange        time.Time `json:"last_change"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Cases) != len(ids) || rep.Totals["share"]["completed"] != 4 || rep.Totals["share"]["needs_attention"] != 1 ||
		rep.Totals["merge"]["completed"] != 2 || rep.Share.Shared != 4 || rep.Share.Employees != 5 {
		t.Fatalf("report --json for %d cases:\n%s", len(ids), out)
	}
	if c := rep.Cases[0]; c.ID != attention || c.Person != "Mika Kato" || c.WaitsFor == "" {
		t.Fatalf("the case that needs attention is not first: %+v", c)
	}
	// The workflow set CaseStateSince as the case moved to needs_attention,
	// and the report took it from there.
	if since := stateSince(t, s, attention); !rep.Cases[0].LastChange.Equal(since) {
		t.Fatalf("the report says %s entered its state at %s, its CaseStateSince is %s", attention, rep.Cases[0].LastChange, since)
	}
	if code, out, _ = starter(t, s, "report", "--csv", "--kind", "merge"); code != 0 || strings.Count(out, "\n") != 3 ||
		!strings.HasPrefix(out, "id,kind,state,person,") || !strings.Contains(out, ",Taro Yamada,taro@corp.example,") {
		t.Fatalf("report --csv --kind merge: exit %d\n%s", code, out)
	}
	if code, out, _ = starter(t, s, "report", "--lang", "en"); code != 0 || !strings.Contains(out, "share: 5 (1 needs_attention, 4 completed)") ||
		!strings.Contains(out, "4 of 5 employees' certifications are shared with the APN account") {
		t.Fatalf("report: exit %d\n%s", code, out)
	}
	page := filepath.Join(t.TempDir(), "report.html")
	if code, out, errOut = starter(t, s, "report", "--html", page, "--lang", "ja"); code != 0 {
		t.Fatalf("report --html: exit %d %s%s", code, out, errOut)
	}
	browseReport(t, page, len(ids))
}

// browseReport opens the HTML report in chromium, as the admin would, and
// reads the totals, the headline and the chart off the page.
func browseReport(t *testing.T, page string, cases int) {
	t.Helper()
	ctx := newBrowser(t, browser(t), 30*time.Second)
	var total, headline string
	var bars int
	err := chromedp.Do(ctx, chromedp.Navigate("file://"+page))
	if err == nil {
		total, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#totals tr[data-kind="all"] td.total`)))
	}
	if err == nil {
		headline, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	}
	if err == nil {
		bars, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#chart rect.bar').length`))
	}
	if shot, serr := chromedp.Run(ctx, chromedp.FullScreenshot(80)); serr == nil {
		_ = os.WriteFile(filepath.Join(t.TempDir(), "report.jpg"), shot, 0o644)
	}
	if err != nil {
		t.Fatalf("open the report: %v", err)
	}
	if total != strconv.Itoa(cases) || headline != "従業員 5 名のうち 4 名の認定資格が APN アカウントに共有されています" || bars == 0 {
		t.Fatalf("the report shows total %q, headline %q, %d bars", total, headline, bars)
	}
}

// The report pages through visibility (three pages of 2 here) and counts
// every case. When a case entered its state comes from its CaseStateSince;
// only a case without it (started before certflow set it) has its history
// read, and it entered its state when it started. No worker runs: the cases
// stay as written.
func TestReportReadsWhenEachCaseEnteredItsStateFromVisibility(t *testing.T) {
	s := benchStack(t)
	c := devClient(t, s)
	defer c.Close()
	entered := time.Now().Add(-(3*24 + 1) * time.Hour).Truncate(time.Millisecond)
	for _, who := range []string{"since0", "since1", "since2", "legacy0", "legacy1"} {
		var since time.Time
		if strings.HasPrefix(who, "since") {
			since = entered
		}
		if err := seedCase(c, who, since); err != nil {
			t.Fatal(err)
		}
	}
	waitForVisibility(t, s, 5)
	code, out, errOut := starter(t, s, "report", "--json", "--page-size", "2")
	if code != 0 {
		t.Fatalf("report --json: exit %d %s", code, errOut)
	}
	var rep struct {
		Cases []struct {
			ID         string
			Started    time.Time
			LastChange time.Time `json:"last_change"`
			Days       int       `json:"days_in_state"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Cases) != 5 {
		t.Fatalf("the report shows %d cases, not 5:\n%s", len(rep.Cases), out)
	}
	for _, rc := range rep.Cases {
		want, days := entered, 3
		if strings.Contains(rc.ID, "legacy") {
			want, days = rc.Started, 0
		}
		if d := rc.LastChange.Sub(want); d < -time.Second || d > time.Second || rc.Days != days {
			t.Errorf("%s: in its state since %s (%d days), want %s (%d days)", rc.ID, rc.LastChange, rc.Days, want, days)
		}
	}
	// The README's query for the long waits finds the three.
	query := fmt.Sprintf(`CaseState="awaiting_link" AND CaseStateSince < "%s"`, time.Now().AddDate(0, 0, -2).UTC().Format(time.RFC3339))
	count, err := c.CountWorkflow(context.Background(), &workflowservice.CountWorkflowExecutionsRequest{Namespace: devenv.Namespace, Query: query})
	if err != nil || count.GetCount() != 3 {
		t.Fatalf("%s: %d cases, %v", query, count.GetCount(), err)
	}
}

// stateSince is the CaseStateSince the case has set.
func stateSince(t *testing.T, s *stack, id string) time.Time {
	t.Helper()
	desc, err := stackClient(t, s).DescribeWorkflowExecution(context.Background(), id, "")
	if err != nil {
		t.Fatal(err)
	}
	p, ok := desc.GetWorkflowExecutionInfo().GetSearchAttributes().GetIndexedFields()[workflows.CaseStateSinceKey.GetName()]
	var since time.Time
	if !ok || json.Unmarshal(p.GetData(), &since) != nil {
		t.Fatalf("case %s has no CaseStateSince: %v", id, p)
	}
	return since
}

// More cases than one page of visibility (1,000) are all reported, read in
// the report's own pages of 1,000 (the other report tests page by 2).
func TestReportCountsMoreThanAPageOfCases(t *testing.T) {
	s := benchStack(t)
	const n = 1100
	seedCases(t, s, n, "p", true)
	waitForVisibility(t, s, n)
	code, out, errOut := starter(t, s, "report", "--csv")
	if code != 0 {
		t.Fatalf("report --csv: exit %d %s", code, errOut)
	}
	if got := reportedCases("csv", out); got != n {
		t.Fatalf("the report shows %d cases, not %d", got, n)
	}
}

// A dev stack whose database was made before CaseStateSince existed gets
// it: the worker registers it as it starts, and a case sets it at once.
func TestDevstackFromBeforeCaseStateSinceGetsIt(t *testing.T) {
	dir := t.TempDir()
	old := map[string]enumspb.IndexedValueType{}
	for _, name := range []string{"CaseKind", "CaseState", "Requester", "AwsCase"} {
		old[name] = enumspb.INDEXED_VALUE_TYPE_KEYWORD
	}
	srv, err := temporalserver.Start(context.Background(), temporalserver.Config{
		DatabaseFile: filepath.Join(dir, "temporal.db"), UIPort: -1, Namespace: devenv.Namespace, SearchAttributes: old,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The same port: the server finds its peers from its database's rows.
	_, port, _ := strings.Cut(srv.Frontend(), ":")
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	s := testStack(t, dir, atoi(t, port))
	defer func() { _ = s.stop() }()
	const share = "share-upgraded-1"
	if code, _, errOut := starter(t, s, "share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example",
		"--apn-email", "hanako@corp.example", "--lang", "en", "--id", share); code != 0 {
		t.Fatalf("starter share: %s", errOut)
	}
	waitForState(t, s, share, workflows.StateAwaitingLink, 30*time.Second)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		desc, err := stackClient(t, s).DescribeWorkflowExecution(context.Background(), share, "")
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := desc.GetWorkflowExecutionInfo().GetSearchAttributes().GetIndexedFields()["CaseStateSince"]; ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("case %s has no CaseStateSince: %v", share, desc.GetWorkflowExecutionInfo().GetSearchAttributes())
		}
	}
}
