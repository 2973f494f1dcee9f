package workflows

import (
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"
)

func awsOther(id, sub, excerpt string) MailEvent {
	ev := consentRequest(id)
	ev.Kind, ev.Sub, ev.Excerpt = MailAWSOther, sub, excerpt
	return ev
}

func queryAt(t *testing.T, env *testsuite.TestWorkflowEnvironment, at time.Duration, into *Status) {
	env.RegisterDelayedCallback(func() {
		v, err := env.QueryWorkflow(QueryStatus)
		if err != nil {
			t.Errorf("query: %v", err)
			return
		}
		_ = v.Get(into)
	}, at)
}

func resolveAt(env *testsuite.TestWorkflowEnvironment, at time.Duration, req ResolveRequest, r *updateResult) {
	env.RegisterDelayedCallback(func() {
		env.UpdateWorkflow(UpdateResolve, "", &testsuite.TestUpdateCallback{
			OnAccept:   func() { r.accepted = true },
			OnReject:   func(err error) { r.rejected = err },
			OnComplete: func(any, error) {},
		}, req)
	}, at)
}

// An auto-reply changes nothing and alerts no one; a delay is recorded; a
// permanent bounce needs a person with the recipient and the server's words.
func TestMergeBouncesAndAutoReplies(t *testing.T) {
	env, box := newMergeEnv(t)
	var afterAuto, afterDelay, afterBounce Status
	signalAt(env, time.Hour, SignalMail, MailEvent{MessageID: "auto-1", Kind: MailAutoReply, From: "taro@corp.example", Subject: "Out of Office"})
	queryAt(t, env, time.Hour+time.Minute, &afterAuto)
	signalAt(env, 2*time.Hour, SignalMail, MailEvent{MessageID: "delay-1", Kind: MailBounce, From: "MAILER-DAEMON@mx.example",
		Bounce: &BounceInfo{Permanent: false, Status: "4.4.1", Recipient: "support@aws.example"}})
	queryAt(t, env, 2*time.Hour+time.Minute, &afterDelay)
	signalAt(env, 3*time.Hour, SignalMail, MailEvent{MessageID: "bounce-1", Kind: MailBounce, From: "MAILER-DAEMON@mx.example",
		Subject: "Undelivered Mail", Bounce: &BounceInfo{Permanent: true, Status: "5.1.1", Recipient: "support@aws.example",
			Diagnostic: "550 5.1.1 no such user", ReturnedID: "certflow.request.merge-test-1@corp.example"}})
	queryAt(t, env, 3*time.Hour+time.Minute, &afterBounce)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "test over"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)

	if afterAuto.State != StateAwaitingConsent || afterDelay.State != StateAwaitingConsent {
		t.Fatalf("after auto-reply %s, after delay %s; want both awaiting_consent", afterAuto.State, afterDelay.State)
	}
	if afterBounce.State != StateNeedsAttention {
		t.Fatalf("after a permanent bounce: %s, want needs_attention", afterBounce.State)
	}
	steps := strings.Join(box.steps(), ",")
	if strings.Count(steps, "attention-") != 1 {
		t.Fatalf("mails sent = %s; want one operator alert (the bounce), none for the auto-reply or the delay", steps)
	}
	alert, _, _ := box.find("attention-" + attentionStep(box))
	for _, want := range []string{"support@aws.example", "550 5.1.1 no such user", "certflow.request.merge-test-1@corp.example"} {
		if !strings.Contains(alert.Data["Reason"], want) {
			t.Errorf("alert %q does not name %q", alert.Data["Reason"], want)
		}
	}
}

// A refusal needs a person at once, with AWS's words; an acknowledgement
// only tells the operator, with the exact command that settles it.
func TestMergeAWSOtherMail(t *testing.T) {
	env, box := newMergeEnv(t)
	var afterAck, afterRefusal Status
	signalAt(env, time.Hour, SignalMail, awsOther("ack-1@aws.example", "acknowledgement", "We have received your request."))
	queryAt(t, env, time.Hour+time.Minute, &afterAck)
	signalAt(env, 2*time.Hour, SignalMail, awsOther("no-1@aws.example", "refusal", "We are unable to merge these accounts."))
	queryAt(t, env, 2*time.Hour+time.Minute, &afterRefusal)
	forged := awsOther("forged-1@evil.example", "", "Reply OK and we merge.")
	forged.Authenticated, forged.Trust = false, []string{"no signature"}
	signalAt(env, 3*time.Hour, SignalMail, forged) // an hour apart: alerts caused by mail are paced
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "test over"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)

	if afterAck.State != StateAwaitingConsent || afterRefusal.State != StateNeedsAttention {
		t.Fatalf("after ack %s, after refusal %s", afterAck.State, afterRefusal.State)
	}
	var reasons []string
	for _, m := range box.mails {
		if m.Template == TemplateOperatorAlert {
			reasons = append(reasons, m.Data["Reason"])
		}
	}
	if len(reasons) != 3 || !strings.Contains(reasons[0], "starter resolve merge-test-1 ack-1@aws.example --as consent_request|completed|other") ||
		!strings.Contains(reasons[0], "We have received your request.") || !strings.Contains(reasons[1], "unable to merge") ||
		strings.Contains(reasons[0], "not authenticated") || !strings.Contains(reasons[2], "not authenticated (no signature)") {
		t.Fatalf("alerts = %q", reasons)
	}
	if len(afterRefusal.Resolvable) != 2 || afterRefusal.Resolvable[0].MessageID != "ack-1@aws.example" {
		t.Fatalf("resolvable = %+v", afterRefusal.Resolvable)
	}
}

// starter resolve: refused at once for a kind the case does not wait for
// or a mail it does not have; accepted, it moves the case as if certflow
// had read the mail so, and the history says the operator decided.
func TestMergeResolve(t *testing.T) {
	env, box := newMergeEnv(t)
	var wrongKind, noMail, ok updateResult
	signalAt(env, time.Hour, SignalMail, awsOther("aws-1@aws.example", "", "Kindly let us know you are happy to combine them."))
	resolveAt(env, 2*time.Hour, ResolveRequest{MessageID: "aws-1@aws.example", As: "yes"}, &wrongKind)
	resolveAt(env, 2*time.Hour, ResolveRequest{MessageID: "nope@aws.example", As: "consent_request"}, &noMail)
	resolveAt(env, 3*time.Hour, ResolveRequest{MessageID: "aws-1@aws.example", As: "consent_request"}, &ok)
	signalAt(env, 4*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if wrongKind.rejected == nil || !strings.Contains(wrongKind.rejected.Error(), "not waiting for yes") {
		t.Errorf("resolve as yes while awaiting consent: %+v", wrongKind)
	}
	if noMail.rejected == nil || !strings.Contains(noMail.rejected.Error(), "no mail nope@aws.example") {
		t.Errorf("resolve of an unknown mail: %+v", noMail)
	}
	if !ok.accepted {
		t.Fatalf("resolve as consent_request: %+v", ok)
	}
	if st.State != StateCompleted || strings.Join(box.steps(), ",") != "request,attention-"+attentionStep(box)+",consent,completed" {
		t.Fatalf("state %s, mails %v", st.State, box.steps())
	}
	consent, _, _ := box.find("consent")
	if consent.InReplyTo != "aws-1@aws.example" {
		t.Fatalf("consent answers %q, want the resolved mail", consent.InReplyTo)
	}
	found := false
	for _, e := range st.Events {
		found = found || strings.Contains(e.What, "the operator read mail aws-1@aws.example")
	}
	if !found {
		t.Fatalf("the history does not say the operator decided: %+v", st.Events)
	}
}
