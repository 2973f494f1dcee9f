package workflows

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Finding 2 of review 13: mail handed back as another run's, with the hint
// to attach it, was ignored when the operator attached it (its Message-ID
// had been marked seen before the check). Attached, it moves the case, and
// the case's history says it took the attached mail.
func TestAttachOfMailHandedBackAsAnotherRunsIsTaken(t *testing.T) {
	env, _ := newMergeEnv(t)
	var back handedBack
	back.mock(env)
	ev := consentRequest("old-thread@aws.example")
	ev.Watcher, ev.By, ev.Run = testWatcher, "in-reply-to", ""
	signalAt(env, time.Hour, SignalMail, ev)
	// Offered again by the watcher (a watermark that went back): it is on
	// the list already, and not handed back twice.
	signalAt(env, 90*time.Minute, SignalMail, ev)
	// starter attach: the same mail, from no watcher, no By/Run.
	att := consentRequest("old-thread@aws.example")
	att.References, att.Attached = nil, true
	signalAt(env, 2*time.Hour, SignalMail, att)
	var after Status
	env.RegisterDelayedCallback(func() { after = queryStatus(t, env) }, 3*time.Hour)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if after.State == StateAwaitingConsent {
		t.Fatalf("attached mail was ignored: still %s; history %+v", after.State, after.Events)
	}
	if !hasEvent(after, AttachTakenNote("old-thread@aws.example")) {
		t.Fatalf("the history does not say the case took the attached mail: %+v", after.Events)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	if len(back.list) != 1 {
		t.Fatalf("handed back %d times, want once: %+v", len(back.list), back.list)
	}
}

// Finding 2: mail past the cap is handed back "attach it if it matters";
// attaching it did nothing (its Message-ID had been marked seen). Attached,
// it reaches the case: an answer that is not authenticated is held.
func TestAttachOfMailHandedBackOverTheCapIsTaken(t *testing.T) {
	policy := testPolicy
	policy.MaxMails = 3
	env, _ := newCaseEnv(t, policy, "share-test-1")
	var back handedBack
	back.mock(env)
	env.RegisterDelayedCallback(func() {
		for i := 0; i < 3; i++ {
			env.SignalWorkflow(SignalMail, MailEvent{MessageID: fmt.Sprintf("flood-%d@stranger.example", i), Kind: MailUnknown,
				From: "stranger@stranger.example", Subject: "buy now", Watcher: testWatcher})
		}
		// The employee's answer, relayed by a list that broke DKIM: past the cap.
		d := reply("done-relayed@corp.example", MailReplyDone, "hanako@corp.example")
		d.Authenticated, d.Watcher = false, testWatcher
		env.SignalWorkflow(SignalMail, d)
		env.SignalWorkflow(SignalMail, d) // offered again: not handed back twice
	}, time.Minute)
	att := reply("done-relayed@corp.example", MailReplyDone, "hanako@corp.example")
	// starter attach: from the unmatched list of the watcher (finding 9).
	att.Authenticated, att.Attached, att.Watcher = false, true, testWatcher
	signalAt(env, time.Hour, SignalMail, att)
	var after Status
	env.RegisterDelayedCallback(func() { after = queryStatus(t, env) }, 2*time.Hour)
	signalAt(env, 3*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	_ = result(t, env)
	if after.Held == nil || after.Held.MessageID != "done-relayed@corp.example" {
		t.Fatalf("the attached answer was neither held nor acted on: state %s, held %+v", after.State, after.Held)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	n := 0
	for _, u := range back.list {
		if u.MessageID == "done-relayed@corp.example" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("the over-cap answer was handed back %d times, want once: %+v", n, back.list)
	}
}

// Attaching a mail the case has taken already is said in its history, so
// starter attach can tell the operator.
func TestAttachOfMailTheCaseHasTakenSaysSo(t *testing.T) {
	env, _ := newMergeEnv(t)
	ev := consentRequest("aws-1@aws.example")
	ev.Watcher = testWatcher
	signalAt(env, time.Hour, SignalMail, ev)
	att := consentRequest("aws-1@aws.example")
	att.Attached = true
	signalAt(env, 2*time.Hour, SignalMail, att)
	var after Status
	env.RegisterDelayedCallback(func() { after = queryStatus(t, env) }, 3*time.Hour)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if !hasEvent(after, AttachSeenNote("aws-1@aws.example")) {
		t.Fatalf("the history does not say the attached mail was taken before: %+v", after.Events)
	}
}

// Finding 9 of review 13: a mail the operator attached to a case that
// ended before reading it (it was sending its last mail) named no watcher,
// so it was on no list, and the case's history pointed to the processed
// folder. Attached mail names the watcher whose list it came from, and
// goes back there with the reason.
func TestAttachedMailArrivingAsTheCaseEndsGoesBackToItsList(t *testing.T) {
	env, _ := newMergeEnv(t)
	var back handedBack
	back.mock(env)
	listed := UnmatchedMail{UID: 12, MessageID: "hello@stranger.example", From: "someone@stranger.example",
		Subject: "about my merge", Kind: MailUnknown, Reason: "names no case"}
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(SignalMail, completedMail("aws-2@aws.example"))
		env.SignalWorkflow(SignalMail, AttachedMail(listed, testWatcher)) // read by no wait: the case sends its last mail
	}, 2*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	back.mu.Lock()
	defer back.mu.Unlock()
	if st.State != StateCompleted || len(back.list) != 1 || back.list[0].MessageID != listed.MessageID ||
		!strings.Contains(back.list[0].Reason, "the case had ended") {
		t.Fatalf("state %s; handed back %+v, want %s with the reason; history %+v", st.State, back.list, listed.MessageID, st.Events)
	}
}
