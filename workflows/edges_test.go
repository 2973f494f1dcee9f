package workflows

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// The tests of this file are about the edges of a case's life: how it ends,
// and what happens to the mail in flight when it does or when mail is down.

const testWatcher = "mailbox-watcher:certs@corp.example/INBOX"

// handedBack records what a case handed back to the watcher's unmatched list.
type handedBack struct {
	mu   sync.Mutex
	list []UnmatchedMail
}

func (h *handedBack) mock(env *testsuite.TestWorkflowEnvironment) { h.mockFor(env, testWatcher) }

// mockFor records what a case hands back to the watcher named watcher.
func (h *handedBack) mockFor(env *testsuite.TestWorkflowEnvironment, watcher string) {
	env.OnSignalExternalWorkflow(mock.Anything, watcher, "", SignalUnmatched, mock.Anything).Return(
		func(_, _, _, _ string, arg any) error {
			h.mu.Lock()
			defer h.mu.Unlock()
			h.list = append(h.list, arg.(UnmatchedMail))
			return nil
		})
}

func queryStatus(t *testing.T, env *testsuite.TestWorkflowEnvironment) Status {
	t.Helper()
	v, err := env.QueryWorkflow(QueryStatus)
	if err != nil {
		t.Errorf("query: %v", err)
		return Status{}
	}
	var st Status
	_ = v.Get(&st)
	return st
}

func hasEvent(st Status, part string) bool {
	for _, e := range st.Events {
		if strings.Contains(e.What, part) {
			return true
		}
	}
	return false
}

// Item 1: a mail that reaches the case while it sends its last mail would be
// dropped when the workflow returns; it is handed back to the watcher's
// unmatched list instead, with the reason, and a repeat of mail the case
// read is not.
func TestMailArrivingAsACaseEndsIsHandedBack(t *testing.T) {
	env, _ := newMergeEnv(t)
	var back handedBack
	back.mock(env)
	thanks := MailEvent{MessageID: "thanks@corp.example", Kind: MailUnknown, From: "taro@corp.example",
		Subject: "Re: merged?", Watcher: testWatcher}
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	env.RegisterDelayedCallback(func() {
		done := completedMail("aws-2@aws.example")
		done.Watcher = testWatcher
		env.SignalWorkflow(SignalMail, done)
		env.SignalWorkflow(SignalMail, done) // the watcher may deliver twice
		env.SignalWorkflow(SignalMail, thanks)
	}, 2*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	if len(back.list) != 1 || back.list[0].MessageID != thanks.MessageID || back.list[0].From != thanks.From ||
		!strings.Contains(back.list[0].Reason, "the case had ended") {
		t.Fatalf("handed back to the watcher: %+v, want only %s with the reason", back.list, thanks.MessageID)
	}
	if !hasEvent(st, "handed back to the unmatched list") {
		t.Fatalf("the history does not say the mail was handed back: %+v", st.Events)
	}
}

// Item 5: an outage of mail longer than the old 50 attempts (about seven
// hours) does not end the case: it shows as needs_attention after
// SendAlertAfter, and goes on by itself once mail is back.
func TestMailOutageOfAnyLengthNeverEndsACase(t *testing.T) {
	policy := testPolicy
	policy.SendAlertAfter = time.Hour
	env, box := newCaseEnv(t, policy, "merge-test-1")
	start := env.Now()
	box.fail = func(OutgoingMail) error {
		if env.Now().Sub(start) < 12*time.Hour {
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	var during, after Status
	env.RegisterDelayedCallback(func() { during = queryStatus(t, env) }, 3*time.Hour)
	env.RegisterDelayedCallback(func() { after = queryStatus(t, env) }, 13*time.Hour)
	signalAt(env, 14*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 15*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state = %s after a 12-hour outage", st.State)
	}
	if during.State != StateNeedsAttention || after.State != StateAwaitingConsent {
		t.Fatalf("state during the outage %s, after it %s; want needs_attention, then awaiting_consent", during.State, after.State)
	}
	if _, at, _ := box.find("request"); at < 12*time.Hour || at > 12*time.Hour+6*time.Minute {
		t.Fatalf("request sent after %s; want soon after mail came back at 12h", at)
	}
}

// Every round of a send that is retried for long carries the time of the
// first, so the Sent-folder check of a round days later still reaches back
// to a copy the first round may have kept.
func TestSendRoundsCarryTheFirstAttempt(t *testing.T) {
	env, box := newMergeEnv(t)
	start := env.Now()
	var firsts []time.Time
	box.fail = func(m OutgoingMail) error {
		if m.Step == "request" {
			firsts = append(firsts, m.FirstAttempt)
			if env.Now().Sub(start) < 3*24*time.Hour {
				return errors.New("dial tcp: connection refused")
			}
		}
		return nil
	}
	signalAt(env, 4*24*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 4*24*time.Hour+time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	if len(firsts) < 2*sendAttempts {
		t.Fatalf("the request was tried %d times; want more than one round", len(firsts))
	}
	for i, f := range firsts {
		if f.IsZero() || f.Sub(start) > time.Minute {
			t.Fatalf("try %d of the request carried first attempt %v; want the case's start %v", i+1, f, start)
		}
	}
}

// Item 5: a reminder or an operator alert refused for good is recorded and
// the case goes on.
func TestRefusedReminderNeverEndsTheCase(t *testing.T) {
	env, box := newMergeEnv(t)
	box.fail = func(m OutgoingMail) error {
		if strings.HasPrefix(m.Step, "follow-up") || m.Template == TemplateOperatorAlert {
			return temporal.NewNonRetryableApplicationError("550 mailbox unavailable", "MailRefused", errors.New("550 mailbox unavailable"))
		}
		return nil
	}
	signalAt(env, 16*24*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 16*24*time.Hour+time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || !hasEvent(st, "the follow-up could not be sent") || !hasEvent(st, "the operator could not be told") {
		t.Fatalf("state %s; events %+v", st.State, st.Events)
	}
}

// Item 5: `starter cancel` stops a send that is being retried.
func TestCancelInterruptsASendBeingRetried(t *testing.T) {
	env, box := newMergeEnv(t)
	box.fail = func(OutgoingMail) error { return errors.New("dial tcp: connection refused") }
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "mail is down for days"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCancelled {
		t.Fatalf("state = %s", st.State)
	}
	if !hasEvent(st, "mail is down for days") {
		t.Fatalf("the reason is not kept: %+v", st.Events)
	}
}

// Item 6: a cancel request through Temporal (the Web UI) ends the case
// cancelled, as `starter cancel` does, both while it waits on a timer and
// while it waits for mail, and sends nothing more.
func TestCancelThroughTemporalEndsTheCaseCancelled(t *testing.T) {
	for _, tc := range []struct {
		name  string
		at    time.Duration
		steps string
	}{
		{"while waiting for AWS", time.Hour, "request"},
		{"after the follow-up", 4 * 24 * time.Hour, "request,follow-up-awaiting_consent"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, box := newMergeEnv(t)
			env.RegisterDelayedCallback(env.CancelWorkflow, tc.at)
			env.ExecuteWorkflow(MergeWorkflow, testRequest)
			st := result(t, env)
			if st.State != StateCancelled || !hasEvent(st, cancelledByTemporal) {
				t.Fatalf("state = %s; events %+v", st.State, st.Events)
			}
			if got := strings.Join(box.steps(), ","); got != tc.steps {
				t.Fatalf("mails sent = %s, want %s", got, tc.steps)
			}
		})
	}
	t.Run("share while waiting a week", func(t *testing.T) {
		env, box := newCaseEnv(t, testPolicy, "share-test-1")
		signalAt(env, time.Hour, SignalMail, reply("r1@corp.example", MailReplyDone, "hanako@corp.example"))
		env.RegisterDelayedCallback(env.CancelWorkflow, 48*time.Hour)
		env.ExecuteWorkflow(ShareWorkflow, testShare)
		st := result(t, env)
		if st.State != StateCancelled || strings.Join(box.steps(), ",") != "steps" {
			t.Fatalf("state = %s, mails %v", st.State, box.steps())
		}
	})
}

// failUpserts makes every search attribute upsert fail, as an attribute
// missing from the namespace would.
type failUpserts struct {
	interceptor.WorkerInterceptorBase
}

func (*failUpserts) InterceptWorkflow(_ workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	return &failUpsertsIn{WorkflowInboundInterceptorBase: interceptor.WorkflowInboundInterceptorBase{Next: next}}
}

type failUpsertsIn struct {
	interceptor.WorkflowInboundInterceptorBase
}

func (i *failUpsertsIn) Init(out interceptor.WorkflowOutboundInterceptor) error {
	return i.Next.Init(&failUpsertsOut{WorkflowOutboundInterceptorBase: interceptor.WorkflowOutboundInterceptorBase{Next: out}})
}

type failUpsertsOut struct {
	interceptor.WorkflowOutboundInterceptorBase
}

func (*failUpsertsOut) UpsertTypedSearchAttributes(workflow.Context, ...temporal.SearchAttributeUpdate) error {
	return errors.New("search attribute CaseState is not registered")
}

// Item 9: an error setting a search attribute neither fails the case at its
// start nor panics its workflow task later: it is recorded, and the case
// goes on.
func TestSearchAttributeErrorIsRecordedAndTheCaseGoesOn(t *testing.T) {
	env, _ := newMergeEnv(t)
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{&failUpserts{}}})
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || !hasEvent(st, "could not set the case's search attributes") {
		t.Fatalf("state %s; events %+v", st.State, st.Events)
	}
}

// Item 7: under CERTFLOW_MERGE_REPLY_POLICY=approve, the wait for `starter
// approve` reminds the operator after RemindAfter and needs attention after
// GiveUpAfter, then still takes the approval.
func TestApprovalWaitRemindsThenNeedsAttention(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	var late Status
	env.RegisterDelayedCallback(func() { late = queryStatus(t, env) }, time.Hour+policy.GiveUpAfter+time.Hour)
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 20*24*time.Hour)
	signalAt(env, 21*24*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || !approve.accepted {
		t.Fatalf("state %s, approve %+v", st.State, approve)
	}
	reminder, at, ok := box.find("approve-reminder")
	if !ok || at != time.Hour+policy.RemindAfter || reminder.To[0] != policy.OperatorEmail || !strings.Contains(reminder.Data["Reason"], "starter approve merge-test-1") {
		t.Fatalf("reminder %+v after %s (found %v); want one to the operator after %s", reminder, at, ok, time.Hour+policy.RemindAfter)
	}
	if late.State != StateNeedsAttention {
		t.Fatalf("state after GiveUpAfter without approval = %s, want needs_attention", late.State)
	}
}
