package workflows

import (
	"strings"
	"testing"
	"time"
)

// A forged consent request (right words, right From domain, not
// authenticated) holds the case: the operator is told, nothing goes to the
// sender, and the genuine request still moves the case.
func TestMergeHoldsUnauthenticatedAWSMail(t *testing.T) {
	env, box := newMergeEnv(t)
	forged := consentRequest("forged@evil.example")
	forged.Authenticated, forged.Trust = false, []string{"no Authentication-Results header from a trusted server (mx.corp.example)"}
	signalAt(env, time.Hour, SignalMail, forged)
	var held Status
	var stepsWhileHeld string
	query := func() Status {
		v, err := env.QueryWorkflow(QueryStatus)
		if err != nil {
			t.Fatal(err)
		}
		var st Status
		if err := v.Get(&st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	env.RegisterDelayedCallback(func() { stepsWhileHeld = strings.Join(box.steps(), ","); held = query() }, 2*time.Hour)
	signalAt(env, 3*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 4*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if held.State != StateNeedsAttention || held.Held == nil || held.Held.MessageID != "forged@evil.example" {
		t.Fatalf("while held: state %s, held %+v", held.State, held.Held)
	}
	if want := "request,attention-" + attentionStep(box); stepsWhileHeld != want {
		t.Fatalf("sent while held: %s, want %s (the operator only)", stepsWhileHeld, want)
	}
	alert, _, _ := box.find("attention-" + attentionStep(box))
	reason := alert.Data["Reason"]
	if alert.To[0] != testPolicy.OperatorEmail || !strings.Contains(reason, "forged@evil.example") ||
		!strings.Contains(reason, "not authenticated") || !strings.Contains(reason, "no Authentication-Results") || !strings.Contains(reason, "starter approve merge-test-1") {
		t.Fatalf("operator alert to %v: %q", alert.To, reason)
	}
	consent, at, _ := box.find("consent")
	if st.State != StateCompleted || at != 3*time.Hour || consent.InReplyTo != "aws-1@aws.example" || st.Held != nil {
		t.Fatalf("after the genuine mail: state %s, consent at %s in reply to %q, held %+v", st.State, at, consent.InReplyTo, st.Held)
	}
}

// A forged "merge done" while the case awaits completion does not complete it.
func TestMergeHoldsForgedCompletion(t *testing.T) {
	env, box := newMergeEnv(t)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	forged := completedMail("forged@evil.example")
	forged.Authenticated = false
	signalAt(env, 2*time.Hour, SignalMail, forged)
	signalAt(env, 5*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	_, at, _ := box.find("completed")
	if st.State != StateCompleted || at != 5*time.Hour {
		t.Fatalf("state %s, requester told at %s; want at 5h, after the genuine mail", st.State, at)
	}
}

// AWS mail a person forwards is read but cannot be authenticated: the case
// acts on it only after `starter approve`, then replies to AWS's address
// (never to the forwarder), and needs no second approval under the approve
// policy.
func TestMergeForwardedMailWaitsForApprove(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	fwd := consentRequest("fwd@corp.example")
	fwd.Authenticated, fwd.ForwardedBy = false, "taro@corp.example"
	signalAt(env, time.Hour, SignalMail, fwd)
	var approve updateResult
	var beforeApproval string
	env.RegisterDelayedCallback(func() {
		beforeApproval = strings.Join(box.steps(), ",")
		update(env, UpdateApprove, &approve)
	}, 2*time.Hour)
	signalAt(env, 3*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if !approve.accepted {
		t.Fatalf("approve of the held mail: %+v", approve)
	}
	if want := "request,attention-" + attentionStep(box); beforeApproval != want {
		t.Fatalf("sent before approval: %s, want %s", beforeApproval, want)
	}
	alert, _, _ := box.find("attention-" + attentionStep(box))
	if !strings.Contains(alert.Data["Reason"], "forwarded by taro@corp.example") {
		t.Fatalf("alert: %q", alert.Data["Reason"])
	}
	consent, at, _ := box.find("consent")
	if at != 2*time.Hour || consent.To[0] != "aws-cs-trainingcertification-form@aws.example" || st.State != StateCompleted {
		t.Fatalf("consent at %s to %v; state %s", at, consent.To, st.State)
	}
	if got := strings.Count(strings.Join(box.steps(), ","), "attention-"); got != 1 {
		t.Fatalf("operator asked %d times; the approval of the held mail is the approval", got)
	}
}
