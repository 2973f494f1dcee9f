package workflows

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Review 13b, finding 8: a case carried into its next run only the newest
// 1,000 Message-IDs it had seen, strangers' mail among them, so 1,600
// strangers' mails pushed out the ID of AWS's consent request that moved
// the case. Delivered again (a UIDVALIDITY change, a watcher restarted
// without its state), it was taken again in a later run. The IDs of the
// mail that moves a case are carried apart from the others.
func TestRedeliveredMailThatMovedTheCaseIsNotTakenAgainAfterAFlood(t *testing.T) {
	policy := testPolicy
	policy.MaxMails = 2000 // strangers' mail under the cap is taken, and seen
	env, box := newCaseEnv(t, policy, "seen-parent")
	env.RegisterWorkflow(mergeAsChild)
	var back handedBack
	back.mock(env)
	const id, flood = "merge-seen-1", 1600
	genuine := consentRequest("aws-1@aws.example")
	genuine.Watcher = testWatcher
	signalByIDAt(env, time.Minute, id, genuine)
	floodCase(env, id, 2*time.Minute, time.Minute, flood, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown,
			From: "x@stranger.example", Subject: "hi", Watcher: testWatcher}
	})
	signalByIDAt(env, 3*24*time.Hour, id, genuine) // delivered again, after the flood
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	signalByIDAt(env, 3*24*time.Hour+time.Hour, id, done)
	start := env.Now()
	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || !hasEvent(st, "continues as new (run 4)") {
		t.Fatalf("state %s; continued as new three times %v", st.State, hasEvent(st, "continues as new (run 4)"))
	}
	for _, e := range st.Events {
		if e.At.After(start.Add(2*24*time.Hour)) && strings.Contains(e.What, genuine.MessageID) {
			t.Fatalf("AWS's consent request delivered again was taken again after the flood: %q", e.What)
		}
	}
	if strings.Count(strings.Join(box.steps(), ","), "consent") != 1 {
		t.Fatalf("mails %v; want one consent", box.steps())
	}
}
