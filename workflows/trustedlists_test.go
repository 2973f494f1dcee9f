package workflows

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// Review 13, finding 4: ten forged "completed" mails during the approve
// wait evicted AWS's genuine completion from the mail kept for the next
// wait. Untrusted mail is no longer kept.
func TestForgedMailDoesNotEvictEarlyCompletion(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.RegisterDelayedCallback(func() {
		for i := 0; i < 10; i++ {
			f := completedMail(fmt.Sprintf("forged-%d@stranger.example", i))
			f.Authenticated, f.Watcher = false, testWatcher
			env.SignalWorkflow(SignalMail, f)
		}
	}, 150*time.Minute)
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 3*time.Hour)
	signalAt(env, 6*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if _, at, _ := box.find("completed"); !approve.accepted || st.State != StateCompleted || at != 3*time.Hour {
		t.Fatalf("approve %v %v; the case ended %s, requester told after %s: AWS's genuine completion was evicted by forged ones",
			approve.accepted, approve.rejected, st.State, at)
	}
	if got := strings.Join(box.steps(), ","); !strings.HasSuffix(got, "consent,completed") {
		t.Fatalf("mails = %s", got)
	}
}

// Review 13, finding 4, the share: ten forged "yes" during the week's wait
// do not displace the employee's authenticated "yes"; she is not asked again.
func TestForgedYesDoesNotEvictEarlyYes(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, 2*24*time.Hour, SignalMail, reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	env.RegisterDelayedCallback(func() {
		for i := 0; i < 10; i++ {
			f := reply(fmt.Sprintf("forged-yes-%d@stranger.example", i), MailReplyYes, "hanako@corp.example")
			f.Authenticated, f.Watcher = false, testWatcher
			env.SignalWorkflow(SignalMail, f)
		}
	}, 3*24*time.Hour)
	signalAt(env, 60*24*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state = %s, want completed", st.State)
	}
	if got := strings.Join(box.steps(), ","); got != "steps,completed" {
		t.Fatalf("mails = %s; the employee who already answered is not asked again", got)
	}
}

// Review 13, finding 3: twenty strangers' mails pushed AWS's unreadable
// mail off the list `starter resolve` reads, so the case was stuck. Now
// strangers' mail goes first, and the list stays bounded.
func TestStrangersDoNotEvictResolvableMail(t *testing.T) {
	env, _ := newMergeEnv(t)
	aws := consentRequest("aws-odd@aws.example")
	aws.Kind = MailAWSOther
	signalAt(env, time.Hour, SignalMail, aws)
	person := MailEvent{MessageID: "unclear@corp.example", Kind: MailUnknown, From: "taro@corp.example",
		Subject: "Re: merge", Authenticated: true, Watcher: testWatcher}
	signalAt(env, 90*time.Minute, SignalMail, person)
	env.RegisterDelayedCallback(func() {
		for i := 0; i < 60; i++ {
			env.SignalWorkflow(SignalMail, MailEvent{MessageID: fmt.Sprintf("junk-%d@stranger.example", i), Kind: MailUnknown,
				From: "stranger@stranger.example", Subject: "hi", Watcher: testWatcher})
		}
	}, 2*time.Hour)
	var before Status
	queryAt(t, env, 150*time.Minute, &before)
	var r updateResult
	resolveAt(env, 3*time.Hour, ResolveRequest{MessageID: "aws-odd@aws.example", As: "consent_request"}, &r)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	var ids []string
	for _, ev := range before.Resolvable {
		ids = append(ids, ev.MessageID)
	}
	if len(ids) > maxResolvable || len(ids) < 2 || ids[0] != "aws-odd@aws.example" || ids[1] != "unclear@corp.example" {
		t.Fatalf("resolvable after the strangers' mail: %d %v; want AWS's and the requester's first, at most %d",
			len(ids), ids, maxResolvable)
	}
	if !r.accepted {
		t.Fatalf("starter resolve of AWS's mail refused after a stranger's mails: %v", r.rejected)
	}
}

// updateWith runs an operator update with args and fills r.
func updateWith(env *testsuite.TestWorkflowEnvironment, name string, r *updateResult, args ...any) {
	env.UpdateWorkflow(name, "", &testsuite.TestUpdateCallback{
		OnAccept:   func() { r.accepted = true },
		OnReject:   func(err error) { r.rejected = err },
		OnComplete: func(any, error) {},
	}, args...)
}

// Review 13, finding 1: the operator is asked to approve one held mail; a
// stranger's forged mail is held after it. An approve without a Message-ID
// is refused while two are held, one naming a mail that is not held is
// refused, and one naming the forwarded consent request sends the consent;
// the forged completion never completes the case.
func TestApproveNamesTheHeldMail(t *testing.T) {
	env, box := newMergeEnv(t)
	real := consentRequest("aws-fwd@aws.example")
	real.Authenticated, real.ForwardedBy, real.Watcher = false, "colleague@corp.example", testWatcher
	signalAt(env, time.Hour, SignalMail, real)
	forged := completedMail("forged@stranger.example")
	forged.Authenticated, forged.Watcher = false, testWatcher
	signalAt(env, 90*time.Minute, SignalMail, forged)
	var bare, wrong, named updateResult
	var held Status
	queryAt(t, env, 100*time.Minute, &held)
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &bare) }, 2*time.Hour)
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &wrong, ApproveRequest{MessageID: "other@aws.example"})
	}, 2*time.Hour+time.Minute)
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &named, ApproveRequest{MessageID: "aws-fwd@aws.example"})
	}, 2*time.Hour+2*time.Minute)
	signalAt(env, 30*24*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if len(held.HeldMails) != 2 || held.Held == nil || held.Held.MessageID != "forged@stranger.example" {
		t.Fatalf("held after the forged mail: %+v", held.HeldMails)
	}
	if bare.accepted || bare.rejected == nil || !strings.Contains(bare.rejected.Error(), "holds 2 mails") {
		t.Fatalf("approve without a Message-ID while two are held: %+v", bare)
	}
	if wrong.accepted || wrong.rejected == nil || !strings.Contains(wrong.rejected.Error(), "holds no mail other@aws.example") ||
		!strings.Contains(wrong.rejected.Error(), "aws-fwd@aws.example") {
		t.Fatalf("approve of a mail that is not held: %+v", wrong)
	}
	if !named.accepted {
		t.Fatalf("approve of the held consent request: %+v", named)
	}
	if st.State == StateCompleted {
		t.Fatalf("the case completed on a forged mail; sent %v", box.steps())
	}
	if got := strings.Join(box.steps(), ","); !strings.Contains(got, "consent") {
		t.Fatalf("mails = %s; want the consent sent on the approved consent request", got)
	}
}

// With exactly one mail held, `starter approve CASE` without a Message-ID
// still acts on it, and the alert names the mail in its command.
func TestApproveWithoutIDActsOnTheOnlyHeldMail(t *testing.T) {
	env, box := newMergeEnv(t)
	real := consentRequest("aws-fwd@aws.example")
	real.Authenticated, real.ForwardedBy, real.Watcher = false, "colleague@corp.example", testWatcher
	signalAt(env, time.Hour, SignalMail, real)
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 2*time.Hour)
	signalAt(env, 30*24*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if !approve.accepted {
		t.Fatalf("approve: %+v", approve)
	}
	if got := strings.Join(box.steps(), ","); !strings.Contains(got, "consent") {
		t.Fatalf("mails = %s; want the consent", got)
	}
	if m, _, _ := box.find("attention-1"); !strings.Contains(fmt.Sprint(m.Data), "starter approve merge-test-1 aws-fwd@aws.example") {
		t.Fatalf("alert: %v", m.Data)
	}
}

// Held mail is bounded: past maxHeld of a kind the oldest goes, and an
// approve naming it is refused; the newest can still be approved.
func TestHeldMailIsBounded(t *testing.T) {
	env, _ := newCaseEnv(t, testPolicy, "share-test-1")
	env.RegisterDelayedCallback(func() {
		for i := 0; i < maxHeld+4; i++ {
			f := reply(fmt.Sprintf("forged-done-%d@stranger.example", i), MailReplyDone, "hanako@corp.example")
			f.Authenticated, f.Watcher = false, testWatcher
			env.SignalWorkflow(SignalMail, f)
		}
	}, time.Hour)
	var held Status
	queryAt(t, env, 2*time.Hour, &held)
	var oldest, newest updateResult
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &oldest, ApproveRequest{MessageID: "forged-done-0@stranger.example"})
	}, 3*time.Hour)
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &newest, ApproveRequest{MessageID: fmt.Sprintf("forged-done-%d@stranger.example", maxHeld+3)})
	}, 3*time.Hour+time.Minute)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	_ = result(t, env)
	if n := len(held.HeldMails); n != maxHeld || held.HeldMails[0].MessageID != "forged-done-4@stranger.example" {
		t.Fatalf("held %d mails, first %+v; want the newest %d", n, held.HeldMails, maxHeld)
	}
	if oldest.accepted || oldest.rejected == nil || !strings.Contains(oldest.rejected.Error(), "holds no mail") {
		t.Fatalf("approve of a mail no longer held: %+v", oldest)
	}
	if !newest.accepted {
		t.Fatalf("approve of the newest held mail: %+v", newest)
	}
}

// A case from before held mail had a list (trusted-lists < 3) holds one
// mail: an approve that names another Message-ID is refused there too.
func TestApproveNamingAnotherMailIsRefusedOnAnOldCase(t *testing.T) {
	env, _ := newMergeEnv(t)
	env.OnGetVersion(versionTrustedLists, workflow.DefaultVersion, trustedListsVersion).Return(workflow.Version(2))
	real := consentRequest("aws-fwd@aws.example")
	real.Authenticated, real.ForwardedBy, real.Watcher = false, "colleague@corp.example", testWatcher
	signalAt(env, time.Hour, SignalMail, real)
	var wrong, right updateResult
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &wrong, ApproveRequest{MessageID: "other@aws.example"})
	}, 2*time.Hour)
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &right, ApproveRequest{MessageID: "aws-fwd@aws.example"})
	}, 2*time.Hour+time.Minute)
	signalAt(env, 30*24*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if wrong.accepted || wrong.rejected == nil || !strings.Contains(wrong.rejected.Error(), "does not hold mail other@aws.example") {
		t.Fatalf("approve naming another mail on an old case: %+v", wrong)
	}
	if !right.accepted {
		t.Fatalf("approve naming the held mail on an old case: %+v", right)
	}
}
