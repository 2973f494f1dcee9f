package workflows

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/sdk/testsuite"
)

// A watcher that is not running refuses hand-backs until down has passed.
type downWatcher struct {
	handedBack
	refused int
}

func (d *downWatcher) mock(env *testsuite.TestWorkflowEnvironment, start time.Time, down time.Duration) {
	var mu sync.Mutex
	env.OnSignalExternalWorkflow(mock.Anything, testWatcher, "", SignalUnmatched, mock.Anything).Return(
		func(_, _, _, _ string, arg any) error {
			mu.Lock()
			defer mu.Unlock()
			if env.Now().Sub(start) < down {
				d.refused++
				return errors.New("unknown external workflow execution")
			}
			d.handedBack.mu.Lock()
			defer d.handedBack.mu.Unlock()
			d.list = append(d.list, arg.(UnmatchedMail))
			return nil
		})
}

// Finding: mail handed back while the watcher is not running (it ended, and
// a worker has yet to start it again) was only in the case's history. The
// case retries until the watcher is back, and only then ends.
func TestHandBackWhileTheWatcherIsDownReachesTheListWhenItIsBack(t *testing.T) {
	env, _ := newMergeEnv(t)
	var watcher downWatcher
	watcher.mock(env, env.Now(), 3*time.Hour+20*time.Minute) // down from the start until 20 minutes after the case ends
	thanks := MailEvent{MessageID: "thanks@corp.example", Kind: MailUnknown, From: "taro@corp.example",
		Subject: "Re: merged?", Watcher: testWatcher}
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	env.RegisterDelayedCallback(func() {
		done := completedMail("aws-2@aws.example")
		done.Watcher = testWatcher
		env.SignalWorkflow(SignalMail, done)
		env.SignalWorkflow(SignalMail, thanks)
	}, 3*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	watcher.handedBack.mu.Lock()
	defer watcher.handedBack.mu.Unlock()
	if st.State != StateCompleted || watcher.refused == 0 {
		t.Fatalf("state %s, %d refused hand-backs", st.State, watcher.refused)
	}
	if len(watcher.list) != 1 || watcher.list[0].MessageID != thanks.MessageID || !strings.Contains(watcher.list[0].Reason, "the case had ended") {
		t.Fatalf("on the unmatched list once the watcher was back: %+v", watcher.list)
	}
	if !hasEvent(st, "handed back to the unmatched list of "+testWatcher+" after all") {
		t.Fatalf("the history does not say the mail was handed back: %+v", st.Events)
	}
}

// Finding: past the cap, a mail offered again was handed back again (it was
// not marked seen), and the requester's own authenticated answer was shut
// out with the flood. Now a repeat is not handed back twice, and the
// people's authenticated mail still reaches the case; a forged one does not.
func TestCapLetsThePeoplesOwnAnswersThrough(t *testing.T) {
	policy := testPolicy
	policy.MaxMails = 3
	env, _ := newCaseEnv(t, policy, "share-test-1")
	var back handedBack
	back.mock(env)
	env.RegisterDelayedCallback(func() {
		for i := 0; i < 5; i++ {
			env.SignalWorkflow(SignalMail, MailEvent{MessageID: fmt.Sprintf("flood-%d@stranger.example", i), Kind: MailUnknown,
				From: "stranger@stranger.example", Subject: "buy now", Watcher: testWatcher})
		}
		// The watcher offers the last one again (a watermark that went back).
		env.SignalWorkflow(SignalMail, MailEvent{MessageID: "flood-4@stranger.example", Kind: MailUnknown,
			From: "stranger@stranger.example", Subject: "buy now", Watcher: testWatcher})
		forged := reply("forged@corp.example", MailReplyDone, "hanako@corp.example")
		forged.Authenticated, forged.Watcher = false, testWatcher
		env.SignalWorkflow(SignalMail, forged)
	}, time.Minute)
	var during Status
	env.RegisterDelayedCallback(func() { during = queryStatus(t, env) }, 30*time.Minute)
	done := reply("done@corp.example", MailReplyDone, "hanako@corp.example")
	done.Watcher = testWatcher
	signalAt(env, time.Hour, SignalMail, done)
	yes := reply("yes@corp.example", MailReplyYes, "hanako@corp.example")
	yes.Watcher = testWatcher
	signalAt(env, 200*time.Hour, SignalMail, yes)
	signalAt(env, 60*24*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if during.State != StateAwaitingLink || st.State != StateCompleted {
		t.Fatalf("state %s after the flood, %s at the end; want awaiting_link, then completed", during.State, st.State)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	var ids []string
	for _, u := range back.list {
		ids = append(ids, u.MessageID)
	}
	if got := strings.Join(ids, " "); got != "flood-3@stranger.example flood-4@stranger.example forged@corp.example" {
		t.Fatalf("handed back: %s; want the two strangers' mails past the cap, once each, and the forged answer", got)
	}
}

// Finding: AWS's completion that comes while the case waits for `starter
// approve` was only recorded, and after the consent the case waited for it
// again. Now the wait for the completion takes the mail already received.
func TestCompletionDuringTheApproveWaitIsActedOn(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 3*time.Hour)
	signalAt(env, 60*24*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if !approve.accepted || st.State != StateCompleted {
		t.Fatalf("approve accepted %v; state %s, want completed", approve.accepted, st.State)
	}
	if got := strings.Join(box.steps(), ","); !strings.HasSuffix(got, "consent,completed") {
		t.Fatalf("mails = %s", got)
	}
	if _, at, _ := box.find("completed"); at != 3*time.Hour {
		t.Fatalf("requester told after %s, want at once after the approve (3h)", at)
	}
}

// Finding: the employee's "yes" during the share's week-long wait was only
// recorded; after the wait the case asked and waited for it again. Now the
// verification takes it, without asking; a "yes" from before the wait (an
// answer to the steps) is not carried past it.
func TestYesDuringTheShareWaitIsActedOn(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	signalAt(env, 30*time.Minute, SignalMail, reply("early-yes@corp.example", MailReplyYes, "hanako@corp.example"))
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, 5*24*time.Hour, SignalMail, reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	signalAt(env, 60*24*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state = %s, want completed", st.State)
	}
	if _, at, _ := box.find("completed"); at != time.Hour+testPolicy.ShareWait {
		t.Fatalf("completed after %s, want right after the week's wait", at)
	}
	if got := strings.Join(box.steps(), ","); got != "steps,completed" {
		t.Fatalf("mails = %s; the employee who already answered is not asked again", got)
	}
	if !hasEvent(st, "mail yes@corp.example from hanako@corp.example (reply_yes), which came earlier, is what verifying waits for") ||
		hasEvent(st, "mail early-yes@corp.example from") {
		t.Fatalf("events: %+v", st.Events)
	}
}
