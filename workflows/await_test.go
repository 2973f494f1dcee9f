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
