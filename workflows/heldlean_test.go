package workflows

import (
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"
)

// heldLeanCase is a merge waiting for the form whose requester's reply, an
// hour in, leans to "submitted" and is not authenticated.
func heldLeanCase(t *testing.T) (*testsuite.TestWorkflowEnvironment, *outbox) {
	policy := testPolicy
	policy.MergeSubmit = "form"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	ev := leaning("m-1@corp.example", MailReplySubmitted, "taro@corp.example")
	ev.Authenticated = false
	signalAt(env, time.Hour, SignalMail, ev)
	return env, box
}

// TestHeldLeanTellsTheOperatorItIsALean: an unauthenticated reply
// taken from its lean is held for starter approve; the operator who reads
// the alert must learn that certflow only leaned to the answer, or approve
// vouches for a reading nobody made (the mail has left the status's
// resolvable list, so the alert is all the operator sees of it).
func TestHeldLeanTellsTheOperatorItIsALean(t *testing.T) {
	env, box := heldLeanCase(t)
	var after Status
	queryAt(t, env, time.Hour+time.Minute, &after)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)
	alert, _, _ := box.find("attention-" + attentionStep(box))
	if !strings.Contains(alert.Data["Reason"], "read from its lean") {
		t.Fatalf("resolvable %+v; alert %q: says nothing of the lean", after.Resolvable, alert.Data["Reason"])
	}
}

// TestApprovedHeldLeanIsNotToldTwice: the hold's alert already quotes the
// reply taken from its lean (versionLeanTold); approving it moves the case
// without a second alert repeating the same words.
func TestApprovedHeldLeanIsNotToldTwice(t *testing.T) {
	env, box := heldLeanCase(t)
	var approve updateResult
	var after Status
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 2*time.Hour)
	queryAt(t, env, 2*time.Hour+time.Minute, &after)
	signalAt(env, 3*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)
	if !approve.accepted || after.State != StateAwaitingConsent {
		t.Fatalf("approve %+v, state after it %s; want accepted, awaiting_consent", approve, after.State)
	}
	if n := operatorAlerts(box); n != 1 {
		t.Fatalf("mails %v: want the hold's alert alone", box.steps())
	}
}
