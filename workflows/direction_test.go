package workflows

import (
	"strings"
	"testing"
	"time"
)

// AWS's genuine consent request that asks to merge the other way round
// (into the account the case merges away) is held with the reason; the one
// that names the case's own target, or no direction, is answered.
func TestMergeHoldsAConsentRequestThatMergesTheOtherWay(t *testing.T) {
	env, box := newMergeEnv(t)
	reversed := consentRequest("aws-reversed@aws.example")
	reversed.MergeInto = []string{testRequest.SourceEmail}
	signalAt(env, time.Hour, SignalMail, reversed)
	var held Status
	env.RegisterDelayedCallback(func() { held = queryStatus(t, env) }, 2*time.Hour)
	right := consentRequest("aws-1@aws.example")
	right.MergeInto = []string{strings.ToUpper(testRequest.TargetEmail)}
	signalAt(env, 3*time.Hour, SignalMail, right)
	signalAt(env, 4*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if held.State != StateNeedsAttention || held.Held == nil || held.Held.MessageID != "aws-reversed@aws.example" {
		t.Fatalf("while held: state %s, held %+v", held.State, held.Held)
	}
	want := "it asks to merge into taro@personal.example, but this case merges into taro@corp.example"
	if a := alerts(box); len(a) != 1 || !strings.Contains(a[0], want) {
		t.Fatalf("alerts = %q", a)
	}
	consent, at, _ := box.find("consent")
	if st.State != StateCompleted || at != 3*time.Hour || consent.InReplyTo != "aws-1@aws.example" {
		t.Fatalf("state %s, consent at %s to %q", st.State, at, consent.InReplyTo)
	}
}

// TestConsentRequestAboutOtherAccountsIsToldAsSuch: a consent request that
// names other people's accounts, and so also merges into another account
// than the case's, is held with the reason that tells the operator most:
// the accounts are not this case's.
func TestConsentRequestAboutOtherAccountsIsToldAsSuch(t *testing.T) {
	env, box := newMergeEnv(t)
	other := consentRequest("aws-other@aws.example")
	other.AwsCase, other.Mentions = "", []string{"mallory@personal.example", "mallory@evil.example"}
	other.MergeInto = []string{"mallory@evil.example"}
	signalAt(env, time.Hour, SignalMail, other)
	env.RegisterDelayedCallback(func() { env.CancelWorkflow() }, 2*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	want := "it names accounts that are not this case's (mallory@personal.example, mallory@evil.example)"
	if a := alerts(box); len(a) != 1 || !strings.Contains(a[0], want) {
		t.Fatalf("alerts = %q", a)
	}
}

// TestNegatedTargetHoldsTheRequest: mail/classify names "not a@…" as where
// a request merges when the one account it names is the one that goes; that
// is never the case's own target, so the request is held.
func TestNegatedTargetHoldsTheRequest(t *testing.T) {
	ev := MailEvent{MergeInto: []string{"not " + testRequest.TargetEmail}}
	if !intoAnother(ev, testRequest.TargetEmail) {
		t.Fatalf("merge into %q read as the case's own %s", ev.MergeInto, testRequest.TargetEmail)
	}
}
