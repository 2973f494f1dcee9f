package workflows

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// askingFlood is the i-th of a flood of answers with three long questions
// beside each, from a stranger, as a watcher hands them to a case.
func askingFlood(i int) MailEvent {
	ev := MailEvent{MessageID: fmt.Sprintf("asking-%d@stranger.example", i), Kind: MailReplyDone,
		From: "x@stranger.example", Subject: "Re: steps", Watcher: testWatcher}
	for q := range 3 {
		ev.Asks = append(ev.Asks, fmt.Sprintf("Question %d: %s?", q, strings.Repeat("could you also ", 30)))
	}
	return ev
}

// floodWhileMailIsDown sends n asking answers to a merge case whose first
// mail cannot go out, then has the server suggest it continue as new; it
// returns the next run's input and what the case handed back.
func floodWhileMailIsDown(t *testing.T, n int, before bool) (*CaseCarry, *handedBack) {
	t.Helper()
	env, box := newCaseEnv(t, testPolicy, "merge-test-1")
	if before {
		env.OnGetVersion(versionAsksCarried, workflow.DefaultVersion, 1).Return(workflow.DefaultVersion)
	}
	back := &handedBack{}
	back.mock(env)
	box.fail = func(OutgoingMail) error { return errors.New("dial tcp: connection refused") }
	for i := range n {
		signalAt(env, time.Minute+time.Duration(i)*time.Second, SignalMail, askingFlood(i))
	}
	env.RegisterDelayedCallback(func() { env.SetContinueAsNewSuggested(true) }, time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var next MergeRequest
	nextRunInput(t, env, &next)
	return next.Carry, back
}

// nextRunInput decodes into the input of the run the case continued as new
// in; it fails the test if the case did not.
func nextRunInput(t *testing.T, env *testsuite.TestWorkflowEnvironment, into any) {
	t.Helper()
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		t.Fatalf("the case ended with %v; want it to continue as new", env.GetWorkflowError())
	}
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, into); err != nil {
		t.Fatal(err)
	}
}

// The questions beside an answer count to what a case carries: many
// answers with long questions reach a case while it retries a mail, and
// the unread mail it carries into its next run stays within its bound,
// the rest handed back, none lost. Before, the questions were not counted
// (up to 1.8 KB a mail), and the carried mail was several times the bound.
// A case started before the change (its marker) carries as it did.
func TestAnswersWithQuestionsPendingStayWithinTheCarriedBound(t *testing.T) {
	const n = 300
	cr, back := floodWhileMailIsDown(t, n, false)
	b, _ := json.Marshal(cr.Pending)
	t.Logf("%d mails carried in %d bytes, %d handed back", len(cr.Pending), len(b), len(back.list))
	if len(b) > maxCarriedPendingBytes || len(cr.Pending)+len(back.list) != n || len(back.list) == 0 {
		t.Fatalf("%d mails carried in %d bytes (bound %d), %d handed back; want all %d kept or handed back, "+
			"within the bound", len(cr.Pending), len(b), maxCarriedPendingBytes, len(back.list), n)
	}
	for _, p := range cr.Pending {
		if len(p.Asks) != 3 {
			t.Fatalf("carried %s with %d questions; want its 3", p.MessageID, len(p.Asks))
		}
	}
	old, oldBack := floodWhileMailIsDown(t, n, true)
	if len(old.Pending) != n || len(oldBack.list) != 0 {
		t.Fatalf("before the marker: %d carried, %d handed back; want all %d carried, as before",
			len(old.Pending), len(oldBack.list), n)
	}
}
