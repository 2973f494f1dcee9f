package workflows

import (
	"testing"
	"time"
)

// A mail held in a wait that then ends on genuine mail is no longer held in
// the sleep after it: an approve of it there is refused (it would have been
// dropped unseen by the next wait), and the case goes on. (Cases from before
// the held list keep their one held mail across waits: see validateApprove.)
func TestApproveDuringASleepIsRefused(t *testing.T) {
	env, _ := newCaseEnv(t, testPolicy, "share-test-1")
	forged := reply("forged-done@corp.example", MailReplyDone, "hanako@corp.example")
	forged.Authenticated = false
	signalAt(env, time.Hour, SignalMail, forged)
	signalAt(env, 2*time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	var approve updateResult
	env.RegisterDelayedCallback(func() {
		updateWith(env, UpdateApprove, &approve, ApproveRequest{MessageID: forged.MessageID})
	}, 3*time.Hour)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if approve.accepted || approve.rejected == nil {
		t.Fatalf("approve during the sleep: accepted %v, refused with %v; history %+v", approve.accepted,
			approve.rejected, st.Events)
	}
}
