package workflows

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/worker"
)

// The edges of a case in a mail outage (issue 13, second review).

// A flood reaches the case's cap while mail to the operator is down. The
// over-cap alert's send was retried with noCarry set, so the case never
// continued as new during it: every further mail of the flood landed in
// one run (kept unread, then handed back) until the server terminated it.
func TestFloodPastTheCapDuringAnOutageStillContinuesAsNew(t *testing.T) {
	policy := testPolicy
	policy.MaxMails, policy.SendAlertAfter = 5, time.Hour
	env, box := newCaseEnv(t, policy, "overcap-outage-parent")
	env.RegisterWorkflow(mergeAsChild)
	var back handedBack
	back.mock(env)
	runs := newRunCounter()
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{runs}})
	const id, flood, outage = "overcap-outage-1", 1200, 2 * 24 * time.Hour
	start := env.Now()
	box.fail = func(m OutgoingMail) error {
		if strings.HasPrefix(m.Step, "attention") && env.Now().Sub(start) < outage {
			return errors.New("452 4.2.2 mailbox full") // temporary: retried
		}
		return nil
	}
	floodCase(env, id, time.Minute, time.Minute, flood, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown, From: "x@stranger.example",
			Subject: "hi", Watcher: testWatcher}
	})
	consent := consentRequest("aws-1@aws.example")
	consent.Watcher = testWatcher
	signalByIDAt(env, outage+24*time.Hour, id, consent)
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	signalByIDAt(env, outage+25*time.Hour, id, done)
	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state %s", st.State)
	}
	checkRunsBounded(t, runs)
}

// A case cancelled with alerts held back sends them (mail is up). The
// send tested for the cancel after its own future had fired: the alert
// that went out was recorded as abandoned ("may or may not have gone
// out"), and the alerts it carried were put back as not sent.
func TestHeldAlertOfACancelledCaseThatWentOutIsNotAbandoned(t *testing.T) {
	env, box := newMergeEnv(t)
	for i := 0; i < 3; i++ {
		forged := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, 2*time.Hour-30*time.Minute, SignalCancel, CancelRequest{Reason: "not needed"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	a := alerts(box)
	if st.State != StateCancelled || len(a) != 2 {
		t.Fatalf("state %s; alerts %d", st.State, len(a))
	}
	if hasEvent(st, "abandoned by the cancel") || hasEvent(st, "the operator could not be told") {
		t.Fatalf("the held-back alert went out, but the history ends: %q", st.Events[len(st.Events)-1].What)
	}
}
