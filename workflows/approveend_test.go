package workflows

import (
	"strings"
	"testing"
	"time"
)

// Finding 12 of review 13: a case that holds mail and then ends (here
// cancelled, while it waits for the watcher to take a hand-back back) took
// `starter approve`: accepted, and never acted on. It is refused, with the
// case's state.
func TestApproveIsRefusedByACaseThatIsEnding(t *testing.T) {
	env, box := newMergeEnv(t)
	var watcher downWatcher
	watcher.mock(env, env.Now(), 48*time.Hour)
	held := consentRequest("held@aws.example")
	held.Authenticated, held.Watcher = false, testWatcher
	signalAt(env, time.Hour, SignalMail, held)
	// Another run's mail: its hand-back waits for the watcher, so the
	// ending case waits too.
	old := consentRequest("old@aws.example")
	old.Watcher, old.By, old.Run = testWatcher, "in-reply-to", "0123456789ab"
	signalAt(env, 90*time.Minute, SignalMail, old)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 3*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCancelled {
		t.Fatalf("state %s, want cancelled", st.State)
	}
	if approve.accepted || approve.rejected == nil || !strings.Contains(approve.rejected.Error(), "cancelled") {
		t.Fatalf("approve of a case that was ending: %+v, want refused with its state; sent %v", approve, box.steps())
	}
}

// Finding 12: a second approve while the first has yet to be acted on was
// accepted too, and dropped (the channel holds one). It is refused.
func TestSecondApproveWhileOneIsBufferedIsRefused(t *testing.T) {
	env, box := newMergeEnv(t)
	held := consentRequest("held@aws.example")
	held.Authenticated, held.Watcher = false, testWatcher
	var first, second updateResult
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(SignalMail, held) // held: the case sends the operator's alert
		update(env, UpdateApprove, &first)
		update(env, UpdateApprove, &second)
	}, time.Hour)
	signalAt(env, 3*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	if !first.accepted {
		t.Fatalf("first approve: %+v", first)
	}
	if second.accepted || second.rejected == nil || !strings.Contains(second.rejected.Error(), "yet to act on") {
		t.Fatalf("second approve in the same moment: %+v, want refused; sent %v", second.rejected, box.steps())
	}
}
