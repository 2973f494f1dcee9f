package workflows

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// The edges of a case in a mail outage (issue 13, second review).

// A flood reaches the case's cap while mail to the operator is down. The
// over-cap alert's send was retried with noCarry set, so the case never
// continued as new during it: every further mail of the flood landed in
// one run (kept unread, then handed back) until the server terminated it.
func TestFloodPastTheCapDuringAnOutageStillContinuesAsNew(t *testing.T) {
	policy := testPolicy
	policy.MaxMails, policy.SendAlertAfter = 5, time.Hour
	env, box, _, runs := newFloodedMergeEnv(t, policy, "overcap-outage-parent") // hand-backs: not asserted here
	const id, flood, outage = "overcap-outage-1", 1200, 2 * 24 * time.Hour
	start := env.Now()
	box.fail = func(m OutgoingMail) error {
		if strings.HasPrefix(m.Step, "attention") && env.Now().Sub(start) < outage {
			return errors.New("452 4.2.2 mailbox full") // temporary: retried
		}
		return nil
	}
	floodCase(env, id, time.Minute, time.Minute, flood, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown, From: "x@stranger.example",
			Subject: "hi", Watcher: testWatcher}
	})
	consent := consentRequest("aws-1@aws.example")
	consent.Watcher = testWatcher
	signalByIDAt(env, outage+24*time.Hour, id, consent)
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	signalByIDAt(env, outage+25*time.Hour, id, done)
	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state %s", st.State)
	}
	checkRunsBounded(t, runs)
}

// A case cancelled with alerts held back sends them (mail is up). The
// send tested for the cancel after its own future had fired: the alert
// that went out was recorded as abandoned ("may or may not have gone
// out"), and the alerts it carried were put back as not sent.
func TestHeldAlertOfACancelledCaseThatWentOutIsNotAbandoned(t *testing.T) {
	env, box := newMergeEnv(t)
	for i := 0; i < 3; i++ {
		forged := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, 2*time.Hour-30*time.Minute, SignalCancel, CancelRequest{Reason: "not needed"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	a := alerts(box)
	if st.State != StateCancelled || len(a) != 2 {
		t.Fatalf("state %s; alerts %d", st.State, len(a))
	}
	if hasEvent(st, "abandoned by the cancel") || hasEvent(st, "the operator could not be told") {
		t.Fatalf("the held-back alert went out, but the history ends: %q", st.Events[len(st.Events)-1].What)
	}
}

// heldBackAtEnd makes a merge case end completed with alerts held
// back by the hourly pacing (three forged consent requests).
func heldBackAtEnd(signal func(time.Duration, MailEvent)) {
	for i := 0; i < 3; i++ {
		forged := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		forged.Authenticated = false
		signal(time.Hour+time.Duration(i)*time.Minute, forged)
	}
	signal(time.Hour+10*time.Minute, consentRequest("aws-1@aws.example"))
	signal(time.Hour+20*time.Minute, completedMail("aws-2@aws.example"))
}

// The case has completed and sends the alerts it held back; the
// operator's mailbox answers 4xx (full) for weeks. finish runs on a
// disconnected context, so a cancel through Temporal (the Web UI) is never
// seen: the ended case retries on, with no way to stop it but starter cancel.
func TestEndedCaseSendingHeldAlertsTakesATemporalCancel(t *testing.T) {
	env, box := newMergeEnv(t)
	start := env.Now()
	mailboxFullFor(env, box, "attention-2", 30*24*time.Hour)
	heldBackAtEnd(func(at time.Duration, ev MailEvent) { signalAt(env, at, SignalMail, ev) })
	env.RegisterDelayedCallback(env.CancelWorkflow, 2*24*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if took := env.Now().Sub(start); took > 3*24*time.Hour {
		t.Fatalf("the ended case took %s to end; cancelled through Temporal after 2 days", took)
	}
}

// The same ended case, with no cancel, while the operator's mailbox stays
// full: it could not continue as new (c.ending), so its one run grew by a
// retry every 5 minutes (about 3,000 events a day) until the server
// terminated it at 51,200 events. It now continues as new when the server
// suggests it (the test environment counts no history), carrying the send
// and how it ended; its next run sends the alerts and ends the same way.
func TestEndedCaseSendingHeldAlertsContinuesAsNew(t *testing.T) {
	env, box := newMergeEnv(t)
	mailboxFullFor(env, box, "attention-2", 4*24*time.Hour)
	heldBackAtEnd(func(at time.Duration, ev MailEvent) { signalAt(env, at, SignalMail, ev) })
	env.RegisterDelayedCallback(func() { env.SetContinueAsNewSuggested(true) }, 2*24*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var next MergeRequest
	if !continuedAsNew(t, env, &next) {
		t.Fatalf("the ended case, retrying its held-back alerts, ended with %v; want it to continue as new",
			env.GetWorkflowError())
	}
	if cr := next.Carry; cr.Ending == nil || cr.Sending == nil || cr.Sending.Mail.Step != "attention-2" {
		t.Fatalf("carried ending %+v, sending %+v; want the ended case and its alert", cr.Ending, cr.Sending)
	}
	env2, box2 := newMergeEnv(t)
	env2.ExecuteWorkflow(MergeWorkflow, next)
	st := result(t, env2)
	a := alerts(box2)
	if st.State != StateCompleted || len(a) != 1 || !strings.Contains(a[0], "held back") {
		t.Fatalf("next run: state %s, alerts %q; want completed, with the held-back alerts sent", st.State, a)
	}
}

// AWS's forged completion and then its genuine one come while the
// case waits for `starter approve`; both are kept for the completion wait.
// After the approve, takeEarly holds the forged one and alerts the operator;
// mail to the operator is down and the run is due to continue as new, so the
// alert's send continues as new. takeEarly had already emptied c.early: the
// genuine completion behind the forged one is in neither Early nor Pending,
// and the next run waits for a completion that came (until its give-up).
func TestKeptMailBehindAHeldOneSurvivesContinueAsNew(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	forged := completedMail("forged-done@evil.example")
	forged.Authenticated = false
	signalAt(env, 2*time.Hour, SignalMail, forged)
	signalAt(env, 3*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	var approve updateResult
	env.RegisterDelayedCallback(func() {
		box.fail = func(m OutgoingMail) error {
			if strings.HasPrefix(m.Step, "attention") {
				return errors.New("dial tcp: connection refused")
			}
			return nil
		}
		env.SetContinueAsNewSuggested(true)
		update(env, UpdateApprove, &approve)
	}, 30*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var next MergeRequest
	if !continuedAsNew(t, env, &next) || !approve.accepted {
		t.Fatalf("the case ended with %v; approve %+v", env.GetWorkflowError(), approve)
	}
	// The next run, with mail back: it sends the carried alert, then must
	// act on the genuine completion it received in the run before.
	env2, box2 := newCaseEnv(t, policy, "merge-test-1")
	signalAt(env2, 60*24*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env2.ExecuteWorkflow(MergeWorkflow, next)
	st := result(t, env2)
	if st.State != StateCompleted {
		t.Fatalf("state %s, mails %v; carried early %d, pending %d: the genuine completion aws-2 was lost with the run",
			st.State, box2.steps(), len(next.Carry.Early), len(next.Carry.Pending))
	}
}

// An operator's update accepted where the case cannot read it kept the
// case from continuing as new until it could (mayContinue waits for the
// update channels to be empty). `starter resolve --as other` was accepted
// at any time: during the share's week-long sleep it sat in resolveCh all
// week (and was dropped, unread, by the next wait), so the run could not
// continue as new that week however many mails flooded it. Now a resolve
// is refused where no wait reads it, saying why, and the case continues as
// new in the sleep when the server suggests it.
func TestResolveDuringASleepIsRefusedAndDoesNotBlockContinueAsNew(t *testing.T) {
	env, _ := newCaseEnv(t, testPolicy, "share-test-1")
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	junk := MailEvent{MessageID: "junk@stranger.example", Kind: MailUnknown, From: "x@stranger.example", Subject: "hi",
		Watcher: testWatcher}
	signalAt(env, 2*time.Hour, SignalMail, junk)
	var resolve updateResult
	resolveAt(env, 3*time.Hour, ResolveRequest{MessageID: junk.MessageID, As: "other"}, &resolve)
	env.RegisterDelayedCallback(func() {
		env.SetContinueAsNewSuggested(true)
		env.SignalWorkflow(SignalMail, MailEvent{MessageID: "junk-2@stranger.example", Kind: MailUnknown,
			From: "x@stranger.example", Subject: "hi", Watcher: testWatcher})
	}, 4*time.Hour)
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	if resolve.rejected == nil || !strings.Contains(resolve.rejected.Error(), "reads no starter resolve now") {
		t.Fatalf("a resolve during the week's sleep: accepted %v, refused with %v; want it refused, saying why",
			resolve.accepted, resolve.rejected)
	}
	var next ShareRequest
	if !continuedAsNew(t, env, &next) {
		t.Fatalf("the case ended with %v", env.GetWorkflowError())
	}
	if next.Carry.Step != stepWait {
		t.Fatalf("continued as new at step %q, after the week; want in the week's wait (%q), when it was suggested",
			next.Carry.Step, stepWait)
	}
}

// A resolve for a case that has ended and sends its held-back alerts (for
// days, the operator's mailbox being full) was answered "accepted" and
// never acted on: it is refused, saying the case has ended.
func TestResolveIsRefusedByACaseThatIsEnding(t *testing.T) {
	env, box := newMergeEnv(t)
	mailboxFullFor(env, box, "attention-2", 3*24*time.Hour)
	junk := MailEvent{MessageID: "junk@stranger.example", Kind: MailUnknown, From: "x@stranger.example", Subject: "hi",
		Watcher: testWatcher}
	signalAt(env, 30*time.Minute, SignalMail, junk)
	heldBackAtEnd(func(at time.Duration, ev MailEvent) { signalAt(env, at, SignalMail, ev) })
	var resolve updateResult
	resolveAt(env, 24*time.Hour, ResolveRequest{MessageID: junk.MessageID, As: "other"}, &resolve)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || resolve.rejected == nil || !strings.Contains(resolve.rejected.Error(), "has ended") {
		t.Fatalf("state %s; a resolve as the case ended: accepted %v, refused with %v; want it refused",
			st.State, resolve.accepted, resolve.rejected)
	}
}

// mailboxFullFor makes mail of step answer 4xx (retried) for d from now.
func mailboxFullFor(env *testsuite.TestWorkflowEnvironment, box *outbox, step string, d time.Duration) {
	start := env.Now()
	box.fail = func(m OutgoingMail) error {
		if m.Step == step && env.Now().Sub(start) < d {
			return errors.New("452 4.2.2 mailbox full")
		}
		return nil
	}
}

// continuedAsNew reports whether the workflow of env continued as new, and
// decodes the next run's input into next.
func continuedAsNew(t *testing.T, env *testsuite.TestWorkflowEnvironment, next any) bool {
	t.Helper()
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		return false
	}
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, next); err != nil {
		t.Fatal(err)
	}
	return true
}
