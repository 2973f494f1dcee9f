package workflows

import (
	"strings"
	"testing"
	"time"
)

// TestHeldLeanTellsTheOperatorItIsALean: an unauthenticated reply
// taken from its lean is held for starter approve; the operator who reads
// the alert must learn that certflow only leaned to the answer, or approve
// vouches for a reading nobody made (the mail has left the status's
// resolvable list, so the alert is all the operator sees of it).
func TestHeldLeanTellsTheOperatorItIsALean(t *testing.T) {
	policy := testPolicy
	policy.MergeSubmit = "form"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	ev := leaning("m-1@corp.example", MailReplySubmitted, "taro@corp.example")
	ev.Authenticated = false
	var after Status
	signalAt(env, time.Hour, SignalMail, ev)
	queryAt(t, env, time.Hour+time.Minute, &after)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)
	alert, _, _ := box.find("attention-" + attentionStep(box))
	if !strings.Contains(alert.Data["Reason"], "read from its lean") {
		t.Fatalf("resolvable %+v; alert %q: says nothing of the lean", after.Resolvable, alert.Data["Reason"])
	}
}
