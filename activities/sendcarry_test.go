package activities

import (
	"context"
	"errors"
	"log/slog"
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
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/worker"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/workflows"
)

// recordSendCarryVar, when set, names the folder this test writes the
// histories it records to (workflows/testdata/histories/send-carry, for
// the replay test of the workflows package).
const recordSendCarryVar = "CERTFLOW_RECORD_SEND_CARRY"

// A merge case whose request is refused for a while by a mail server that
// is down, on a real Temporal server that suggests continuing as new early:
// the case continues as new between two attempts of the send, the next run
// sends the request first (once), and waits for AWS. Both runs' histories,
// as the server stores them, replay against the workflows.
func TestSendRetriedAcrossContinueAsNewReplays(t *testing.T) {
	c := temporalFor(t, 30)
	var mu sync.Mutex
	tries := map[string]int{}
	w := worker.New(c, "send-carry", worker.Options{})
	w.RegisterWorkflow(workflows.MergeWorkflow)
	w.RegisterActivityWithOptions(func(context.Context) (workflows.Policy, error) {
		return workflows.Policy{SupportAddress: "desk@aws.example", OperatorEmail: "ops@corp.example", RemindAfter: 72 * time.Hour,
			GiveUpAfter: 336 * time.Hour, MergeReplyPolicy: "auto", MergeSubmit: "email", SendAlertAfter: time.Hour, MaxMails: 500}, nil
	}, activity.RegisterOptions{Name: workflows.ActivityCasePolicy})
	w.RegisterActivityWithOptions(func(_ context.Context, m workflows.OutgoingMail) (workflows.SentMail, error) {
		mu.Lock()
		defer mu.Unlock()
		if tries[m.Step]++; tries[m.Step] <= 3 {
			return workflows.SentMail{}, errors.New("dial tcp: connection refused")
		}
		return workflows.SentMail{MessageID: "certflow." + m.Step + "." + m.CaseID + "." + m.Run + "@corp.example", Subject: "Request"}, nil
	}, activity.RegisterOptions{Name: workflows.ActivitySendMail})
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Stop)
	const id = "merge-send-carried"
	run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: id, TaskQueue: "send-carry"},
		workflows.MergeWorkflow, workflows.MergeRequest{Name: "Taro", SourceEmail: "a@personal.example", TargetEmail: "a@corp.example"})
	if err != nil {
		t.Fatal(err)
	}
	st := waitForMergeState(t, c, id, workflows.StateAwaitingConsent, 2*time.Minute)
	resent := false
	for _, e := range st.Events {
		resent = resent || strings.Contains(e.What, "mail request, being retried when the case continued as new, is sent first")
	}
	if !resent {
		t.Errorf("the case did not continue as new while it sent the request: %+v", st.Events)
	}
	mu.Lock()
	if tries["request"] != 4 {
		t.Errorf("the request was tried %d times; want 3 refused and 1 sent", tries["request"])
	}
	mu.Unlock()
	if err := c.CancelWorkflow(context.Background(), id, ""); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.GetWorkflow(ctx, id, "").Get(ctx, &st); err != nil || st.State != workflows.StateCancelled {
		t.Fatalf("the case ended %s, %v", st.State, err)
	}
	first, last := runHistory(t, c, id, run.GetRunID()), runHistory(t, c, id, "")
	t.Logf("first run: %d events, next run: %d", len(first.Events), len(last.Events))
	if last.Events[0].GetWorkflowExecutionStartedEventAttributes().GetContinuedExecutionRunId() == "" {
		t.Fatal("the case never continued as new")
	}
	replayer := worker.NewWorkflowReplayer()
	replayer.RegisterWorkflow(workflows.MergeWorkflow)
	for name, h := range map[string]*historypb.History{"merge-continued-while-sending-first-run": first, "merge-continued-while-sending": last} {
		if err := replayer.ReplayWorkflowHistory(quietLogger(), h); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if dir := os.Getenv(recordSendCarryVar); dir != "" {
			b, err := protojson.MarshalOptions{Multiline: true, Indent: "  "}.Marshal(h)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+".json"), append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// temporalFor starts a Temporal server that suggests continuing as new
// after suggestAfter events, and a client of it; both stop with the test.
func temporalFor(t *testing.T, suggestAfter int) client.Client {
	t.Helper()
	srv, err := temporalserver.Start(context.Background(), temporalserver.Config{
		DatabaseFile: filepath.Join(t.TempDir(), "temporal.db"), UIPort: -1, Namespace: "default",
		SearchAttributes: workflows.SearchAttributeTypes(), SuggestContinueAsNewAfter: suggestAfter,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	c, err := client.Dial(client.Options{HostPort: srv.Frontend(), Namespace: "default", Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// waitForMergeState waits for the case id (its latest run) to be in state.
func waitForMergeState(t *testing.T, c client.Client, id string, state workflows.State, within time.Duration) workflows.Status {
	t.Helper()
	var st workflows.Status
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		v, err := c.QueryWorkflow(context.Background(), id, "", workflows.QueryStatus)
		if err == nil && v.Get(&st) == nil && st.State == state && len(st.Events) > 0 {
			return st
		}
	}
	t.Fatalf("case %s is %s after %s, want %s", id, st.State, within, state)
	return st
}

// quietLogger is an SDK logger that discards.
func quietLogger() sdklog.Logger { return sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler)) }

// runHistory reads the history of one run of a workflow ("": the latest).
func runHistory(t *testing.T, c client.Client, id, runID string) *historypb.History {
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
	return h
}
