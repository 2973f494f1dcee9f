package workflows

import (
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/workflow"
)

// byAddress is AWS's completion matched only by the case's reply address
// (no thread to say which run it answers), as the watcher hands it on.
func byAddress(id string, date, received time.Time) MailEvent {
	ev := completedMail(id)
	ev.Watcher, ev.By, ev.Run, ev.References = testWatcher, "address", "", nil
	ev.Date, ev.Received = date, received
	return ev
}

// Finding 7 of review 13: a case ID used again (`starter import` of the
// same sheet, months later) took the old run's mail when it came by the
// plus-address (offered again after a UIDVALIDITY change): a year-old
// completion completed the new case. Mail received more than a day before
// the case's first run started is another run's: handed back with the
// attach hint. The server's INTERNALDATE counts first (the sender cannot
// set it), the Date only without one; attached mail is exempt.
func TestMailFromBeforeTheCaseStartedIsAnotherRuns(t *testing.T) {
	env, _ := newMergeEnv(t)
	var back handedBack
	back.mock(env)
	start, yearAgo := env.Now(), env.Now().AddDate(-1, 0, 0)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, byAddress("dated@aws.example", yearAgo, time.Time{}))
	// The Date says now, the server received it a year ago.
	signalAt(env, 3*time.Hour, SignalMail, byAddress("received@aws.example", start, yearAgo))
	var before Status
	env.RegisterDelayedCallback(func() { before = queryStatus(t, env) }, 4*time.Hour)
	// Received now, whatever its Date says: this run's.
	signalAt(env, 5*time.Hour, SignalMail, byAddress("late@aws.example", yearAgo, start.Add(5*time.Hour)))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if before.State != StateAwaitingCompletion || st.State != StateCompleted {
		t.Fatalf("a year-old mail moved the case: %s, then %s; history %+v", before.State, st.State, before.Events)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	if len(back.list) != 2 || back.list[0].MessageID != "dated@aws.example" || back.list[1].MessageID != "received@aws.example" {
		t.Fatalf("handed back: %+v", back.list)
	}
	for _, u := range back.list {
		if !strings.Contains(u.Reason, "before this case started") || !strings.Contains(u.Reason, "starter attach "+u.MessageID+" merge-test-1") {
			t.Fatalf("reason %q", u.Reason)
		}
	}
}

// Finding 7: the operator who attaches an old mail says it is this case's.
func TestAttachedMailFromBeforeTheCaseStartedIsTaken(t *testing.T) {
	env, _ := newMergeEnv(t)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	old := AttachedMail(UnmatchedMail{MessageID: "dated@aws.example", Kind: MailCompleted, From: "aws-cs-trainingcertification-form@aws.example",
		Subject: "done", AwsCase: "1234567890", Date: env.Now().AddDate(-1, 0, 0), Authenticated: true}, testWatcher)
	signalAt(env, 2*time.Hour, SignalMail, old)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state %s; history %+v", st.State, st.Events)
	}
}

// Finding 7: a case that continues as new carries its first run's start,
// the one the dates are checked against (the next run starts later).
func TestContinuedCaseCarriesItsFirstStart(t *testing.T) {
	env, _ := newMergeEnv(t)
	start := env.Now()
	env.RegisterDelayedCallback(func() {
		env.SetContinueAsNewSuggested(true)
		env.SignalWorkflow(SignalMail, MailEvent{MessageID: "x@stranger.example", Kind: MailUnknown, From: "x@stranger.example"})
	}, 3*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		t.Fatalf("the case ended with %v", env.GetWorkflowError())
	}
	var next MergeRequest
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	if next.Carry == nil || !next.Carry.Started.Equal(start) {
		t.Fatalf("carried start %v, want %v", next.Carry, start)
	}
}
