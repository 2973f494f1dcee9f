package workflows

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/sdk/workflow"
)

// The operator's reading of a mail (starter resolve) says what it is, not
// who sent it: an unauthenticated mail read as AWS's consent request is
// held for starter approve, and no consent goes out.
func TestResolvedUnauthenticatedMailIsStillHeld(t *testing.T) {
	env, box := newMergeEnv(t)
	forged := awsOther("forged-1@aws.example", "", "Kindly let us know you are happy to combine them.")
	forged.Authenticated = false
	var read updateResult
	var held Status
	signalAt(env, time.Hour, SignalMail, forged)
	resolveAt(env, 2*time.Hour, ResolveRequest{MessageID: forged.MessageID, As: "consent_request"}, &read)
	queryAt(t, env, 3*time.Hour, &held)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "test over"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)

	if !read.accepted {
		t.Fatalf("resolve as consent_request: %+v", read)
	}
	if held.State != StateNeedsAttention || held.Held == nil || held.Held.MessageID != forged.MessageID {
		t.Fatalf("after the reading: state %s, held %+v; want the mail held, needs_attention", held.State, held.Held)
	}
	if steps := strings.Join(box.steps(), ","); strings.Contains(steps, "consent") {
		t.Fatalf("mails sent = %s; want no consent for an unauthenticated mail", steps)
	}
}

// A case from before versionMailKinds brings AWS's other mail and a
// person's reply it cannot read to the operator, and only records the rest.
func TestCaseBeforeMailKindsAsksAboutMailItCannotRead(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	env.OnGetVersion(versionTrustedLists, workflow.DefaultVersion, trustedListsVersion).Return(workflow.DefaultVersion)
	env.OnGetVersion(mock.Anything, workflow.DefaultVersion, 1).Return(workflow.DefaultVersion)
	var afterOther, afterStranger, afterReply Status
	signalAt(env, time.Hour, SignalMail, awsOther("other-1@aws.example", "acknowledgement", "We have received it."))
	queryAt(t, env, time.Hour+time.Minute, &afterOther)
	stranger := reply("s-1@elsewhere.example", MailUnknown, "someone@elsewhere.example")
	signalAt(env, 2*time.Hour, SignalMail, stranger)
	queryAt(t, env, 2*time.Hour+time.Minute, &afterStranger)
	signalAt(env, 3*time.Hour, SignalMail, reply("r-1@corp.example", MailUnknown, testShare.APNEmail))
	queryAt(t, env, 3*time.Hour+time.Minute, &afterReply)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "test over"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	result(t, env)

	alerts := 0
	for _, m := range box.mails {
		if m.Template == TemplateOperatorAlert {
			alerts++
		}
	}
	if alerts != 2 {
		t.Fatalf("mails sent = %v; want two operator alerts (AWS's other mail, the unreadable reply)", box.steps())
	}
	if !hasEvent(afterOther, "AWS wrote") {
		t.Errorf("AWS's other mail: no alert in the history: %+v", afterOther.Events)
	}
	if !hasEvent(afterStranger, "is not what awaiting_link waits for") {
		t.Errorf("a stranger's mail is not recorded as not waited for: %+v", afterStranger.Events)
	}
	if !hasEvent(afterReply, "could not be read as an answer") {
		t.Errorf("the person's unreadable reply: no alert in the history: %+v", afterReply.Events)
	}
}

// The alerts held back by the hourly pacing go out when the hour is over,
// while the case still waits: not only with the next alert or at the end.
func TestHeldBackAlertsGoOutWhenTheHourIsOver(t *testing.T) {
	env, box := newMergeEnv(t)
	for i := 0; i < 3; i++ {
		forged := consentRequest("forged-" + string(rune('a'+i)) + "@evil.example")
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, 5*time.Hour, SignalCancel, CancelRequest{Reason: "test over"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)

	box.mu.Lock()
	defer box.mu.Unlock()
	var at []time.Duration
	for i, m := range box.mails {
		if m.Template == TemplateOperatorAlert {
			at = append(at, box.at[i])
		}
	}
	if len(at) != 2 || at[0] != time.Hour || at[1] != 2*time.Hour {
		t.Fatalf("operator alerts sent at %v; want one at 1h and the two held back at 2h", at)
	}
}

// Reading a mail as other mail is taken in any wait (it changes nothing):
// the mail leaves the list starter resolve offers, and the same wait takes
// a second reading, which moves the case.
func TestResolveAsOtherIsTakenInAnyWait(t *testing.T) {
	env, box := newMergeEnv(t)
	var asOther, asConsent updateResult
	var after Status
	signalAt(env, time.Hour, SignalMail, awsOther("ack-1@aws.example", "acknowledgement", "We have received your request."))
	signalAt(env, 90*time.Minute, SignalMail, awsOther("aws-1@aws.example", "", "Kindly let us know you are happy to combine them."))
	resolveAt(env, 2*time.Hour, ResolveRequest{MessageID: "ack-1@aws.example", As: "other"}, &asOther)
	queryAt(t, env, 3*time.Hour, &after)
	resolveAt(env, 4*time.Hour, ResolveRequest{MessageID: "aws-1@aws.example", As: "consent_request"}, &asConsent)
	signalAt(env, 5*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if !asOther.accepted || !asConsent.accepted {
		t.Fatalf("resolve as other, then as consent_request, in one wait: %+v, %+v", asOther, asConsent)
	}
	if !hasEvent(after, "the operator read mail ack-1@aws.example as other mail") || len(after.Resolvable) != 1 {
		t.Fatalf("after the first reading: resolvable %+v, events %+v", after.Resolvable, after.Events)
	}
	if st.State != StateCompleted || !strings.HasSuffix(strings.Join(box.steps(), ","), "consent,completed") {
		t.Fatalf("state %s, mails %v", st.State, box.steps())
	}
	if consent, _, _ := box.find("consent"); consent.InReplyTo != "aws-1@aws.example" {
		t.Fatalf("consent answers %q, want the mail read as the consent request", consent.InReplyTo)
	}
}
