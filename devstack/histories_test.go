package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/converter"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/worker"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/devstack/employee"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// recordDir is where TestRecordHistories writes the histories it records;
// by default a temporary folder. To refresh the replay test's data (when a
// release is cut):
//
//	CERTFLOW_RECORD_HISTORIES=$PWD/workflows/testdata/histories go test ./devstack -run TestRecordHistories
const recordDirVar = "CERTFLOW_RECORD_HISTORIES"

// TestRecordHistories runs real cases through the dev stack (a merge that
// completes under the approve policy, one left waiting for consent, a share
// case that completes, one cancelled with starter cancel and one through
// Temporal, a share case whose unauthenticated answers are held and then
// approved, one the employee answers "not yet" so it checks again, one
// whose first answer only leans to "no", which the case takes, a merge
// flooded with mail that continues as new) and records their histories and
// the mailbox watcher's (its run that continued as new, and the next), as
// Temporal stores them. Each must replay against the
// current workflows; the workflows package's replay test replays the
// committed ones, recorded from the previous release.
//
// On the way it checks the operations endpoints of an in-process worker:
// /readyz is ready once the watcher is connected, the open-case gauge counts
// the open merge, and /readyz says why when the mail server goes away.
func TestRecordHistories(t *testing.T) {
	dir := os.Getenv(recordDirVar)
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// The server suggests continuing as new after 150 events, not 4,096, so
	// a flooded case and the watcher continue as new within the test.
	serverSuggestContinueAsNew = 150
	defer func() { serverSuggestContinueAsNew = 0 }()
	httpAddr := freeAddr(t)
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	s, err := start(context.Background(), config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: 200 * time.Millisecond,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{
		"CERTFLOW_IMAP_IDLE_REFRESH":   "2s",
		"CERTFLOW_SHARE_WAIT":          "2s",
		"CERTFLOW_SHARE_RECHECK_AFTER": "2s",
		"CERTFLOW_MERGE_REPLY_POLICY":  "approve",
		"CERTFLOW_HTTP_ADDR":           httpAddr,
	}, logger, app.Options{OpenCasesEvery: 200 * time.Millisecond, WatchSlice: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()
	base := "http://" + httpAddr
	waitHTTP(t, base+"/readyz", http.StatusOK, "ready", 60*time.Second)

	run := func(args ...string) {
		t.Helper()
		if code, out, errOut := starter(t, s, args...); code != 0 {
			t.Fatalf("starter %v: exit %d %s %s", args, code, out, errOut)
		}
	}
	run("merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example", "--target-email", "taro@corp.example", "--lang", "en", "--id", "merge-completed")
	run("merge", "--name", "Jiro Suzuki", "--source-email", "jiro@personal.example", "--target-email", "jiro@corp.example", "--id", "merge-awaiting-consent")
	run("share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example", "--apn-email", "hanako@corp.example", "--id", "share-completed")
	run("share", "--name", "Saburo", "--cert-email", "saburo@personal.example", "--apn-email", "saburo@elsewhere.example", "--id", "share-cancelled")
	run("share", "--name", "Shiro", "--cert-email", "shiro@personal.example", "--apn-email", "shiro@elsewhere.example", "--id", "share-cancelled-in-temporal")
	run("share", "--name", "Goro", "--cert-email", "goro@personal.example", "--apn-email", "goro@elsewhere.example", "--lang", "en", "--id", "share-held-approved")
	run("share", "--name", "Rokuro", "--cert-email", "rokuro@personal.example", "--apn-email", employee.SlowProfile+"rokuro@corp.example", "--id", "share-rechecked")
	run("share", "--name", "Hachiro", "--cert-email", "hachiro@personal.example", "--apn-email", employee.PartialProfile+"hachiro@corp.example", "--id", "share-lean-rechecked")
	run("merge", "--name", "Shichiro", "--source-email", "shichiro@personal.example", "--target-email", "shichiro@corp.example", "--lang", "en", "--id", "merge-continued")

	waitForEvent(t, s, "merge-completed", "consent is sent after: starter approve")
	approve(t, s, "merge-completed")
	waitForState(t, s, "merge-completed", workflows.StateCompleted, 60*time.Second)
	waitForEvent(t, s, "merge-awaiting-consent", "consent is sent after: starter approve")
	waitForState(t, s, "share-completed", workflows.StateCompleted, 60*time.Second)
	waitForState(t, s, "share-cancelled", workflows.StateAwaitingLink, 30*time.Second)
	run("cancel", "share-cancelled", "--reason", "left the company")
	waitForState(t, s, "share-cancelled", workflows.StateCancelled, 30*time.Second)

	// A cancel request through Temporal (as the Web UI sends) ends a case
	// cancelled too.
	waitForState(t, s, "share-cancelled-in-temporal", workflows.StateAwaitingLink, 30*time.Second)
	cancelClient := devClient(t, s)
	defer cancelClient.Close()
	if err := cancelClient.CancelWorkflow(context.Background(), "share-cancelled-in-temporal", ""); err != nil {
		t.Fatal(err)
	}
	waitForState(t, s, "share-cancelled-in-temporal", workflows.StateCancelled, 30*time.Second)

	recordHeldAndApproved(t, s, "share-held-approved", "goro@elsewhere.example")
	waitForEvent(t, s, "share-rechecked", "check 2 of")
	waitForState(t, s, "share-rechecked", workflows.StateCompleted, 60*time.Second)
	waitForEvent(t, s, "share-lean-rechecked", "read as reply_no from its lean")
	waitForState(t, s, "share-lean-rechecked", workflows.StateCompleted, 60*time.Second)

	// A flood of a stranger's mail to a case waiting for approve: it
	// continues as new when the server suggests it, and still takes approve.
	waitForEvent(t, s, "merge-continued", "consent is sent after: starter approve")
	for i := 0; i < 40; i++ {
		mailUnsigned(t, s, send.Message{
			MessageID: fmt.Sprintf("flood-%d@stranger.example", i), From: "stranger@stranger.example",
			To: []string{"certs+merge-continued@devstack.test"}, Subject: "Buy now", Body: "Cheap watches.\n",
		})
	}
	waitForEvent(t, s, "merge-continued", "continued as new")
	approve(t, s, "merge-continued")
	waitForState(t, s, "merge-continued", workflows.StateCompleted, 60*time.Second)

	// A mail that names no case: the watcher lists it.
	mailFromAWS(t, s, send.Message{
		MessageID: "hello-1@stranger.example", From: "stranger@stranger.example",
		To: []string{devenv.CertsMailbox}, Subject: "Lunch on Friday?", Body: "Are you free?\n",
	})
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(250 * time.Millisecond) {
		if _, out, _ := starter(t, s, "unmatched", "--json"); strings.Contains(out, "hello-1@stranger.example") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stranger's mail was never listed as unmatched")
		}
	}

	// The gauge counts what is open: the merge waiting for approval.
	// Visibility lags a little behind the cases, so both are waited for.
	waitHTTP(t, base+"/metrics", http.StatusOK, `certflow_open_cases{kind="share",state="awaiting_link"} 0`, 30*time.Second)
	metrics := waitHTTP(t, base+"/metrics", http.StatusOK, `certflow_open_cases{kind="merge",state="awaiting_consent"} 1`, 30*time.Second)
	for _, want := range []string{`certflow_mail_unmatched_total{folder="INBOX",reason="no_case"} 1`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	c := devClient(t, s)
	defer c.Close()
	// The watcher's history should hold finished watch runs, not only the
	// first: each ends after WatchSlice.
	watcherID := workflows.WatcherID(app.MailboxName(s.workerCfg, "INBOX"))
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		done := 0
		for _, ev := range history(t, c, watcherID).GetEvents() {
			if ev.GetEventType() == enumspb.EVENT_TYPE_ACTIVITY_TASK_COMPLETED {
				done++
			}
		}
		if done >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the watcher finished %d watch runs in 30s", done)
		}
	}
	// The watcher continues as new too (the server suggests it after 150
	// events: some 25 watch runs).
	var watcherBefore string
	for deadline := time.Now().Add(120 * time.Second); watcherBefore == ""; time.Sleep(time.Second) {
		watcherBefore = history(t, c, watcherID).GetEvents()[0].GetWorkflowExecutionStartedEventAttributes().GetContinuedExecutionRunId()
		if watcherBefore == "" && time.Now().After(deadline) {
			t.Fatal("the watcher did not continue as new in 120 s")
		}
	}
	caseBefore := history(t, c, "merge-continued").GetEvents()[0].GetWorkflowExecutionStartedEventAttributes().GetContinuedExecutionRunId()
	if caseBefore == "" {
		t.Fatal("merge-continued has no run before its last")
	}
	checkFloodTaken(t, history(t, c, "merge-continued"), 40)
	replayer := worker.NewWorkflowReplayer()
	replayer.RegisterWorkflow(workflows.MergeWorkflow)
	replayer.RegisterWorkflow(workflows.ShareWorkflow)
	replayer.RegisterWorkflow(workflows.MailboxWatcherWorkflow)
	for name, run := range map[string][2]string{
		"merge-completed":             {"merge-completed"},
		"merge-awaiting-consent":      {"merge-awaiting-consent"},
		"share-completed":             {"share-completed"},
		"share-cancelled":             {"share-cancelled"},
		"share-cancelled-in-temporal": {"share-cancelled-in-temporal"},
		"share-held-approved":         {"share-held-approved"},
		"share-rechecked":             {"share-rechecked"},
		"share-lean-rechecked":        {"share-lean-rechecked"},
		"merge-continued":             {"merge-continued"},
		"merge-continued-first-run":   {"merge-continued", caseBefore},
		"watcher":                     {watcherID},
		"watcher-continued":           {watcherID, watcherBefore},
	} {
		id := run[0]
		h := historyOf(t, c, id, run[1])
		if err := replayer.ReplayWorkflowHistory(sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)), h); err != nil {
			t.Errorf("the recorded history of %s does not replay: %v", id, err)
		}
		b, err := protojson.MarshalOptions{Multiline: true, Indent: "  "}.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Without the mail server the watcher loses its connection, and
	// /readyz says so.
	_ = s.mail.Close() // closing again in stop is harmless
	waitHTTP(t, base+"/readyz", http.StatusServiceUnavailable, "not connected", 60*time.Second)
}

// history reads a workflow's whole history (the latest run), as the
// replayer and `temporal workflow show --output json` see it.
func history(t *testing.T, c client.Client, id string) *historypb.History {
	t.Helper()
	return historyOf(t, c, id, "")
}

// historyOf reads the history of one run of a workflow ("": the latest).
func historyOf(t *testing.T, c client.Client, id, runID string) *historypb.History {
	t.Helper()
	it := c.GetWorkflowHistory(context.Background(), id, runID, false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	h := &historypb.History{}
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatalf("history of %s: %v", id, err)
		}
		h.Events = append(h.Events, ev)
	}
	if len(h.Events) == 0 {
		t.Fatalf("history of %s is empty", id)
	}
	return h
}

// checkFloodTaken checks, in the last run of a case that continued as new
// during a flood of n mails, that the case took every one: the Message-IDs
// it carried in (Carry.Seen) and the mail signalled to this run hold them
// all, so none was lost as a run ended.
func checkFloodTaken(t *testing.T, h *historypb.History, n int) {
	t.Helper()
	dc := converter.GetDefaultDataConverter()
	var req workflows.MergeRequest
	if err := dc.FromPayloads(h.GetEvents()[0].GetWorkflowExecutionStartedEventAttributes().GetInput(), &req); err != nil {
		t.Fatal(err)
	}
	if req.Carry == nil {
		t.Fatal("the last run of the flooded case carries nothing")
	}
	taken := map[string]bool{}
	for _, id := range req.Carry.Seen {
		taken[id] = true
	}
	for _, ev := range append([]workflows.MailEvent(nil), req.Carry.Pending...) {
		taken[ev.MessageID] = true
	}
	for _, e := range h.GetEvents() {
		if sig := e.GetWorkflowExecutionSignaledEventAttributes(); sig != nil && sig.GetSignalName() == workflows.SignalMail {
			var ev workflows.MailEvent
			if err := dc.FromPayloads(sig.GetInput(), &ev); err != nil {
				t.Fatal(err)
			}
			taken[ev.MessageID] = true
		}
	}
	for i := 0; i < n; i++ {
		if id := fmt.Sprintf("flood-%d@stranger.example", i); !taken[id] {
			t.Errorf("mail %s was lost as the case continued as new (runs before: %d)", id, req.Carry.Runs)
		}
	}
}

// approve runs `starter approve` on a case, as soon as the case takes it:
// the event an operator is mailed about is recorded a moment before the
// case waits for approve, and until then approve is refused.
func approve(t *testing.T, s *stack, id string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		code, _, errOut := starter(t, s, "approve", id)
		if code == 0 {
			return
		}
		if !strings.Contains(errOut, "not waiting for approve") || time.Now().After(deadline) {
			t.Fatalf("approve %s: exit %d %s", id, code, errOut)
		}
	}
}

// recordHeldAndApproved carries a share case whose employee's answers are
// not authenticated (no DKIM at their domain): each is held, and `starter
// approve` acts on it.
func recordHeldAndApproved(t *testing.T, s *stack, id, from string) {
	t.Helper()
	waitForState(t, s, id, workflows.StateAwaitingLink, 30*time.Second)
	for i, answer := range []struct {
		state workflows.State
		body  string
	}{{workflows.StateAwaitingLink, "Done, I linked it.\n"}, {workflows.StateVerifying, "はい、表示されています。\n"}} {
		waitForState(t, s, id, answer.state, 30*time.Second)
		mailUnsigned(t, s, send.Message{
			MessageID: fmt.Sprintf("unsigned-%d@elsewhere.example", i), From: from,
			To: []string{"certs+" + id + "@devstack.test"}, Subject: "Re: your certifications", Body: answer.body,
		})
		if st := waitForState(t, s, id, workflows.StateNeedsAttention, 30*time.Second); st.Held == nil {
			t.Fatalf("%s: nothing held after the unsigned answer %d", id, i)
		}
		approve(t, s, id)
	}
	waitForState(t, s, id, workflows.StateCompleted, 60*time.Second)
}

// freeAddr finds a loopback address nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitHTTP waits until url answers with status and a body containing text.
func waitHTTP(t *testing.T, url string, status int, text string, within time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(within)
	var last string
	for {
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = resp.Status + " " + string(b)
			if resp.StatusCode == status && strings.Contains(string(b), text) {
				return string(b)
			}
		} else {
			last = err.Error()
		}
		if time.Now().After(deadline) {
			if len(last) > 4000 {
				last = last[:4000]
			}
			t.Fatalf("%s did not answer %d with %q within %s; last: %s", url, status, text, within, last)
		}
		time.Sleep(250 * time.Millisecond)
	}
}
