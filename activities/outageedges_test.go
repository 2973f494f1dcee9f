package activities

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/certflow/certflow/workflows"
)

// recordOutageEdgesVar, when set, names the folder this test writes the
// histories it records to (workflows/testdata/histories/outage-edges, for
// the replay test of the workflows package).
const recordOutageEdgesVar = "CERTFLOW_RECORD_OUTAGE_EDGES"

// sinkID is the workflow the cases hand mail back to, standing in for the
// mailbox watcher (which needs a mailbox): it takes the signals and waits.
const sinkID = "mailbox-watcher:outage@corp.example/INBOX"

// unmatchedSink takes what cases hand back.
func unmatchedSink(ctx workflow.Context) error {
	ch := workflow.GetSignalChannel(ctx, workflows.SignalUnmatched)
	for {
		ch.Receive(ctx, nil)
	}
}

// outageMail is a SendMail that refuses the first three attempts of every
// operator alert (the operator's mail server is down) and sends the rest.
type outageMail struct {
	mu    sync.Mutex
	tries map[string]int
	sent  map[string]string // case/step -> Message-ID
}

func (o *outageMail) send(_ context.Context, m workflows.OutgoingMail) (workflows.SentMail, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	key := m.CaseID + "/" + m.Step
	if o.tries[key]++; m.Template == workflows.TemplateOperatorAlert && o.tries[key] <= 3 {
		return workflows.SentMail{}, errors.New("dial tcp: connection refused")
	}
	id := "certflow." + m.Step + "." + m.CaseID + "." + m.Run + "@corp.example"
	o.sent[key] = id
	return workflows.SentMail{MessageID: id, Subject: "Request"}, nil
}

func (o *outageMail) messageID(key string) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.sent[key]
}

// Merge cases in an outage of the operator's mail, on a real Temporal
// server that suggests continuing as new early: a flood past a small cap
// (its alert is retried and the case continues as new during it; the mail
// past the cap is handed back), and a case that completes with alerts held
// back, which continues as new while it retries them, and a hand-back to a
// watcher that is not running, retried until it is. Every run's
// history, as the server stores it, replays against the workflows.
func TestCaseEdgesInAMailOutageReplay(t *testing.T) {
	c, box := outageServer(t)
	var all []recorded
	all = append(all, recordOverCap(t, c, box)...)
	all = append(all, recordEndedSending(t, c, box)...)
	all = append(all, recordWatcherDown(t, c)...)
	replayer := worker.NewWorkflowReplayer()
	replayer.RegisterWorkflow(workflows.MergeWorkflow)
	for _, r := range all {
		if err := replayer.ReplayWorkflowHistory(quietLogger(), r.h); err != nil {
			t.Errorf("%s: %v", r.name, err)
		}
		if dir := os.Getenv(recordOutageEdgesVar); dir != "" {
			b, err := protojson.MarshalOptions{Multiline: true, Indent: "  "}.Marshal(r.h)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, r.name+".json"), append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// outageServer starts a Temporal server, a worker with the outage's
// SendMail, and the sink the cases hand mail back to.
func outageServer(t *testing.T) (client.Client, *outageMail) {
	t.Helper()
	c := temporalFor(t, 60)
	box := &outageMail{tries: map[string]int{}, sent: map[string]string{}}
	w := worker.New(c, "outage", worker.Options{})
	w.RegisterWorkflow(workflows.MergeWorkflow)
	w.RegisterWorkflowWithOptions(unmatchedSink, workflow.RegisterOptions{Name: "UnmatchedSink"})
	w.RegisterActivityWithOptions(func(context.Context) (workflows.Policy, error) {
		return workflows.Policy{SupportAddress: "desk@aws.example", OperatorEmail: "ops@corp.example",
			RemindAfter: 72 * time.Hour, GiveUpAfter: 336 * time.Hour, MergeReplyPolicy: "auto", MergeSubmit: "email",
			SendAlertAfter: 3 * time.Second, MaxMails: 3}, nil
	}, activity.RegisterOptions{Name: workflows.ActivityCasePolicy})
	w.RegisterActivityWithOptions(box.send, activity.RegisterOptions{Name: workflows.ActivitySendMail})
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Stop)
	if _, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: sinkID, TaskQueue: "outage"},
		"UnmatchedSink"); err != nil {
		t.Fatal(err)
	}
	return c, box
}

// recorded is one run's history and the name it is kept under.
type recorded struct {
	name string
	h    *historypb.History
}

// strangerMail is mail for a case from someone who is not in it.
func strangerMail(i int) workflows.MailEvent {
	return workflows.MailEvent{MessageID: fmt.Sprintf("flood-%d@stranger.example", i), Kind: workflows.MailUnknown,
		From: "x@stranger.example", Subject: "Buy now", Watcher: sinkID}
}

// awsMail is AWS's authenticated mail of kind about the case id, in the
// thread of its request.
func awsMail(box *outageMail, id, msgID string, kind workflows.MailKind, authenticated bool) workflows.MailEvent {
	return workflows.MailEvent{
		MessageID: msgID, Kind: kind, From: "aws-cs-trainingcertification-form@aws.example",
		Subject: "RE:[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance",
		AwsCase: "1234567890", References: []string{box.messageID(id + "/request")},
		Authenticated: authenticated, Mentions: []string{"a@personal.example", "a@corp.example"}, Watcher: sinkID,
	}
}

// startMerge starts a merge case and waits for it to ask AWS.
func startMerge(t *testing.T, c client.Client, id string) client.WorkflowRun {
	t.Helper()
	run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: id, TaskQueue: "outage"},
		workflows.MergeWorkflow, workflows.MergeRequest{Name: "Taro", SourceEmail: "a@personal.example",
			TargetEmail: "a@corp.example", Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	waitForMergeState(t, c, id, workflows.StateAwaitingConsent, 2*time.Minute)
	return run
}

// signalMail signals ev to the case id.
func signalMail(t *testing.T, c client.Client, id string, ev workflows.MailEvent) {
	t.Helper()
	if err := c.SignalWorkflow(context.Background(), id, "", workflows.SignalMail, ev); err != nil {
		t.Fatal(err)
	}
}

// recordOverCap floods a case past its cap of 3 while the operator's mail
// is down: the over-cap alert is retried, the case shows needs_attention
// after 3 s and continues as new during the send, the next run sends it
// first, and the case completes with AWS's mail, handing back the rest.
func recordOverCap(t *testing.T, c client.Client, box *outageMail) []recorded {
	const id = "merge-over-cap"
	startMerge(t, c, id)
	for i := 0; i < 4; i++ {
		signalMail(t, c, id, strangerMail(i))
	}
	waitForMergeState(t, c, id, workflows.StateNeedsAttention, time.Minute)
	for i := 4; i < 24; i++ {
		signalMail(t, c, id, strangerMail(i))
	}
	waitForEvent(t, c, id, "mail attention-1, being retried when the case continued as new, is sent first", time.Minute)
	signalMail(t, c, id, awsMail(box, id, "consent-1@aws.example", workflows.MailConsentRequest, true))
	waitForMergeState(t, c, id, workflows.StateAwaitingCompletion, time.Minute)
	signalMail(t, c, id, awsMail(box, id, "done-1@aws.example", workflows.MailCompleted, true))
	signalMail(t, c, id, strangerMail(24)) // as it ends: handed back
	st := endOf(t, c, id)
	if st.State != workflows.StateCompleted {
		t.Fatalf("%s ended %s", id, st.State)
	}
	return runsOf(t, c, id)
}

// recordEndedSending has a case hold three forged consent requests (one
// alert sent, two held back by the hourly pacing), then complete: it sends
// the held-back alerts as it ends, retried, and continues as new meanwhile;
// mail that comes then is handed back as the case ends.
func recordEndedSending(t *testing.T, c client.Client, box *outageMail) []recorded {
	const id = "merge-ended-sending"
	startMerge(t, c, id)
	for i := 0; i < 3; i++ {
		signalMail(t, c, id, awsMail(box, id, fmt.Sprintf("forged-%d@evil.example", i), workflows.MailConsentRequest, false))
	}
	waitForEvent(t, c, id, "operator alert deferred", 2*time.Minute) // once the first alert is out
	signalMail(t, c, id, awsMail(box, id, "consent-1@aws.example", workflows.MailConsentRequest, true))
	waitForMergeState(t, c, id, workflows.StateAwaitingCompletion, time.Minute)
	signalMail(t, c, id, awsMail(box, id, "done-1@aws.example", workflows.MailCompleted, true))
	waitForEvent(t, c, id, "were held back when the case ended", time.Minute)
	for i := 100; i < 102; i++ {
		signalMail(t, c, id, strangerMail(i)) // while it sends them: handed back as it ends
	}
	st := endOf(t, c, id)
	if st.State != workflows.StateCompleted || !hasWhat(st, "mail attention-2 went out") ||
		!hasWhat(st, "flood-101@stranger.example") {
		t.Fatalf("%s ended %s: %+v", id, st.State, st.Events)
	}
	runs := runsOf(t, c, id)
	if len(runs) < 2 {
		t.Fatalf("%s did not continue as new while it sent its held-back alerts", id)
	}
	return runs
}

// recordWatcherDown has a case hand mail back to a watcher that is not
// running: the hand-back is retried (and carried if the case continues as
// new meanwhile) until the watcher is back, and the case is then cancelled.
func recordWatcherDown(t *testing.T, c client.Client) []recorded {
	const id, watcher = "merge-watcher-down", "mailbox-watcher:down@corp.example/INBOX"
	startMerge(t, c, id)
	for i := 200; i < 204; i++ {
		ev := strangerMail(i)
		ev.Watcher = watcher
		signalMail(t, c, id, ev)
	}
	waitForEvent(t, c, id, "retried until the watcher is back", time.Minute)
	if _, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: watcher, TaskQueue: "outage"},
		"UnmatchedSink"); err != nil {
		t.Fatal(err)
	}
	waitForEvent(t, c, id, "after all", 2*time.Minute)
	if err := c.SignalWorkflow(context.Background(), id, "", workflows.SignalCancel,
		workflows.CancelRequest{Reason: "the test ends"}); err != nil {
		t.Fatal(err)
	}
	if st := endOf(t, c, id); st.State != workflows.StateCancelled {
		t.Fatalf("%s ended %s", id, st.State)
	}
	return runsOf(t, c, id)
}

// endOf waits for the case id (following its runs) to end.
func endOf(t *testing.T, c client.Client, id string) workflows.Status {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var st workflows.Status
	if err := c.GetWorkflow(ctx, id, "").Get(ctx, &st); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return st
}

// runsOf is every run of the case id, first to last, named id-run-N.
func runsOf(t *testing.T, c client.Client, id string) []recorded {
	t.Helper()
	var runs []*historypb.History
	for runID := ""; ; {
		h := runHistory(t, c, id, runID)
		runs = append([]*historypb.History{h}, runs...)
		runID = h.Events[0].GetWorkflowExecutionStartedEventAttributes().GetContinuedExecutionRunId()
		if runID == "" {
			break
		}
	}
	var out []recorded
	for i, h := range runs {
		if last := h.Events[len(h.Events)-1].GetEventType(); last != enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED &&
			last != enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW {
			t.Fatalf("run %d of %s ends with %s", i+1, id, last)
		}
		out = append(out, recorded{name: fmt.Sprintf("%s-run-%d", id, i+1), h: h})
	}
	t.Logf("%s: %d runs", id, len(out))
	return out
}

// waitForEvent waits for a line of the case's history (its latest run)
// that contains what.
func waitForEvent(t *testing.T, c client.Client, id, what string, within time.Duration) {
	t.Helper()
	var st workflows.Status
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		v, err := c.QueryWorkflow(context.Background(), id, "", workflows.QueryStatus)
		if err == nil && v.Get(&st) == nil && hasWhat(st, what) {
			return
		}
	}
	t.Fatalf("case %s never recorded %q in %s; state %s", id, what, within, st.State)
}

func hasWhat(st workflows.Status, what string) bool {
	for _, e := range st.Events {
		if strings.Contains(e.What, what) {
			return true
		}
	}
	return false
}
