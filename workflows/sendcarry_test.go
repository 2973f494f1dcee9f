package workflows

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// The tests of this file are about a send retried for long (review 13,
// findings 6, 8 and 13): what an attempt recorded reaches the next one, the
// case reads its mail and continues as new meanwhile, and it keeps its
// bookkeeping.

// heartbeatRecord is SendMail's heartbeat as it travels (its JSON).
type heartbeatRecord struct {
	Sent       string `json:"sent,omitempty"`
	Submitting string `json:"submitting,omitempty"`
}

// sendInput is the part of SendMail's input the SMTP model reads.
type sendInput struct {
	CaseID   string           `json:"case_id"`
	Step     string           `json:"step"`
	Run      string           `json:"run,omitempty"`
	Template string           `json:"template"`
	Earlier  *heartbeatRecord `json:"earlier,omitempty"`
}

// smtpModel is SendMail as a mail server down for a while and a worker that
// dies once see it. The step "request" fails its first downFor attempts;
// attempt crashAt records "submitting", the server takes the mail, and the
// worker dies (Temporal times the attempt out, with the last heartbeat).
// An attempt that finds "submitting" or "sent" from an earlier one, in its
// heartbeat or handed on by the case, does not send (as SendMail does).
type smtpModel struct {
	mu                sync.Mutex
	downFor, crashAt  int
	attempts          int
	delivered         map[string]int
	uncertainAttempts int
}

func (s *smtpModel) send(ctx context.Context, in sendInput) (SentMail, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := "certflow." + in.Step + "." + in.CaseID + "." + in.Run + "@corp.example"
	out := SentMail{MessageID: id, Subject: "Request to merge"}
	if in.Step != "request" {
		s.delivered[in.Step]++
		return out, nil
	}
	s.attempts++
	var earlier heartbeatRecord
	if !activity.HasHeartbeatDetails(ctx) || activity.GetHeartbeatDetails(ctx, &earlier) != nil {
		earlier = heartbeatRecord{}
	}
	if earlier.Submitting != id && earlier.Sent != id && in.Earlier != nil {
		earlier = *in.Earlier
	}
	switch {
	case earlier.Submitting == id || earlier.Sent == id:
		s.uncertainAttempts++
		out.Uncertain = "an earlier attempt of this step stopped while the SMTP server was taking the mail"
		return out, nil
	case s.attempts <= s.downFor:
		return SentMail{}, errors.New("dial tcp: connection refused")
	case s.attempts == s.crashAt:
		mark := heartbeatRecord{Submitting: id}
		activity.RecordHeartbeat(ctx, mark)
		s.delivered[in.Step]++ // the server took it; then the worker died
		return SentMail{}, temporal.NewTimeoutError(enumspb.TIMEOUT_TYPE_START_TO_CLOSE, nil, mark)
	}
	s.delivered[in.Step]++
	return out, nil
}

// newSMTPModelEnv is a merge case's environment whose SendMail is model.
func newSMTPModelEnv(t *testing.T, policy Policy, model *smtpModel) *testsuite.TestWorkflowEnvironment {
	t.Helper()
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.RegisterWorkflow(MergeWorkflow)
	env.RegisterActivityWithOptions(func(context.Context) (Policy, error) { return policy, nil },
		activity.RegisterOptions{Name: ActivityCasePolicy})
	env.RegisterActivityWithOptions(model.send, activity.RegisterOptions{Name: ActivitySendMail})
	env.SetStartWorkflowOptions(startOptions("merge-test-1"))
	return env
}

// Finding 8: mail is down for nine attempts; on the tenth (the last of a
// round of activity retries, before) the worker dies after recording
// "submitting", once the server took the mail. The next attempt must learn
// of it and not send the mail again: it is reported as uncertain.
func TestCrashOnTheLastAttemptOfASendRoundDoesNotSendTwice(t *testing.T) {
	model := &smtpModel{downFor: sendAttempts - 1, crashAt: sendAttempts, delivered: map[string]int{}}
	env := newSMTPModelEnv(t, testPolicy, model)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	model.mu.Lock()
	defer model.mu.Unlock()
	if model.attempts <= sendAttempts {
		t.Fatalf("the request was tried %d times; the test needs more than %d", model.attempts, sendAttempts)
	}
	if n := model.delivered["request"]; n != 1 || model.uncertainAttempts != 1 {
		t.Fatalf("the request went out %d times (%d attempts reported it uncertain); want once, and one uncertain",
			n, model.uncertainAttempts)
	}
	if !hasEvent(st, "mail request may not have gone out") {
		t.Fatalf("the case does not note the uncertain send: %+v", st.Events)
	}
}

// Finding 13: a follow-up retried past SendAlertAfter moves the case to
// needs_attention; once it is out, the case is back in the state it had
// been in for three days, and CaseStateSince says so (not the moment the
// follow-up went out), so `starter report`'s long waits still find it.
func TestAlertedSendRestoresWhenTheCaseEnteredItsState(t *testing.T) {
	policy := testPolicy
	policy.SendAlertAfter = time.Hour
	env, box := newCaseEnv(t, policy, "merge-test-1")
	rec := &recordUpserts{}
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{rec}})
	start := env.Now()
	box.fail = func(m OutgoingMail) error {
		if m.Step == "follow-up-awaiting_consent" && env.Now().Sub(start) < policy.RemindAfter+3*time.Hour {
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	signalAt(env, policy.RemindAfter+5*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	_ = result(t, env)
	var entered time.Time
	var last upsertSeen
	for _, u := range rec.seen {
		state, ok := u.attrs.GetKeyword(CaseStateKey)
		if !ok || state == string(StateCancelled) {
			continue
		}
		if since, _ := u.attrs.GetTime(CaseStateSinceKey); state == string(StateAwaitingConsent) && entered.IsZero() {
			entered = since
		}
		last = u
	}
	state, _ := last.attrs.GetKeyword(CaseStateKey)
	since, _ := last.attrs.GetTime(CaseStateSinceKey)
	if entered.IsZero() || last.at.Sub(start) < policy.RemindAfter+3*time.Hour {
		t.Fatalf("the case entered awaiting_consent at %s; its last state %s was set %s in",
			entered, state, last.at.Sub(start))
	}
	if state != string(StateAwaitingConsent) || !since.Equal(entered) {
		t.Fatalf("after the follow-up went out the case is %s since %s; want awaiting_consent since %s",
			state, since, entered)
	}
}

// Finding 13: a continued run sends with the run token carried to it, not
// one it computes: a case started on a build without run tokens (carried
// as "") keeps its Message-IDs, so AWS's replies to them stay its own.
func TestContinuedRunSendsWithTheCarriedRunToken(t *testing.T) {
	env, box := newMergeEnv(t)
	none := ""
	next := testRequest
	next.Carry = &CaseCarry{
		Runs: 1, Step: stepConsent, State: StateAwaitingConsent, StateSince: env.Now(), Policy: testPolicy,
		Data: map[string]string{"Summary": "merge"}, RunToken: &none,
		Clock: WaitClock{RemindAt: env.Now().Add(time.Hour), GiveUpAt: env.Now().Add(testPolicy.GiveUpAfter)}}
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "end"})
	env.ExecuteWorkflow(MergeWorkflow, next)
	_ = result(t, env)
	m, _, ok := box.find("follow-up-awaiting_consent")
	if !ok || m.Run != "" {
		t.Fatalf("follow-up sent %v with run token %q; want the carried none", ok, m.Run)
	}
}

// checkRunsBounded fails t unless the case had more than one run, each of
// a bounded history: about its signals and commands and the workflow tasks
// between them (three events each, one per signal or command at worst).
func checkRunsBounded(t *testing.T, runs *runCounter) {
	t.Helper()
	n, signals, commands := runs.most()
	t.Logf("%d runs; at most %d signals and %d commands in one", n, signals, commands)
	if n < 2 || signals > mailsPerRun+10 || 4*(signals+commands) > historyPerRun {
		t.Fatalf("%d runs, at most %d signals and %d commands in one; want more than one run, each under %d events",
			n, signals, commands, historyPerRun)
	}
}

// Finding 6: SMTP is down for three days while 3,000 strangers' mails of
// 2.5 KB each reach the case as it retries its first mail. The case reads
// them while it sends (keeping what it can carry, handing back the rest),
// continues as new between two attempts, carrying the send, so no run's
// history grows past its bounds, and the next run sends the request once,
// with the same Message-ID. Every mail is taken or handed back, once, and
// AWS's consent and completion afterwards complete the case.
func TestMailOutageDuringAFloodContinuesAsNewAndLosesNoMail(t *testing.T) {
	policy := testPolicy
	policy.MaxMails, policy.SendAlertAfter = 5000, time.Hour
	env, box, back, runs := newFloodedMergeEnv(t, policy, "outage-parent")
	const id, flood, outage = "merge-outage-1", 3000, 3 * 24 * time.Hour
	start := env.Now()
	var firsts []time.Time
	box.fail = func(m OutgoingMail) error {
		if m.Step == "request" && env.Now().Sub(start) < outage {
			firsts = append(firsts, m.FirstAttempt)
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	floodCase(env, id, time.Minute, time.Minute, flood, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown, From: "x@stranger.example",
			Subject: strings.Repeat("s", 500), Excerpt: strings.Repeat("x", 2000), Watcher: testWatcher}
	})
	consent := consentRequest("aws-1@aws.example")
	consent.Watcher = testWatcher
	signalByIDAt(env, outage+24*time.Hour, id, consent)
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	signalByIDAt(env, outage+25*time.Hour, id, done)
	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	checkRunsBounded(t, runs)
	if st.State != StateCompleted {
		t.Fatalf("state %s", st.State)
	}
	sends := 0
	for _, s := range box.steps() {
		if s == "request" {
			sends++
		}
	}
	if sends != 1 || len(firsts) < 100 {
		t.Fatalf("the request went out %d times after %d failed attempts; want once", sends, len(firsts))
	}
	for i, f := range firsts {
		if !f.Equal(firsts[0]) {
			t.Fatalf("attempt %d carried first attempt %s, the first %s", i+1, f, firsts[0])
		}
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	handed, busy := map[string]int{}, 0
	for _, u := range back.list {
		handed[u.MessageID]++
		if strings.Contains(u.Reason, "is retrying mail request") {
			busy++
		}
	}
	for id, k := range handed {
		if k != 1 {
			t.Fatalf("%s handed back %d times", id, k)
		}
	}
	// What the case did not hand back it took, after the request went out
	// (the mail it kept unread while it sent, carried from run to run).
	taken := 0
	for _, e := range st.Events {
		if strings.Contains(e.What, "mail received from x@stranger.example") {
			taken++
		}
	}
	if busy == 0 || taken == 0 || taken != flood-len(handed) {
		t.Fatalf("%d mails handed back (%d while the case sent), %d taken; want %d in all", len(handed), busy, taken, flood)
	}
}

// Finding 6: a case that has ended waits (up to 7 days) for a hand-back to
// a watcher that is not running, while another mailbox's watcher floods it
// with 3,000 mails. It hands each back and continues as new when its
// history grows long, carrying the hand-back under way, which reaches the
// list once the watcher is back; the case ends completed.
func TestEndedCaseWaitingForAHandBackContinuesAsNewUnderAFlood(t *testing.T) {
	env, _ := newCaseEnv(t, testPolicy, "ended-parent")
	env.RegisterWorkflow(mergeAsChild)
	const id, flood, other = "merge-ended-1", 3000, "mailbox-watcher:certs@corp.example/Other"
	var down downWatcher
	down.mock(env, env.Now(), 3*24*time.Hour)
	var back handedBack
	back.mockFor(env, other)
	runs := newRunCounter()
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{runs}})
	consent := consentRequest("aws-1@aws.example")
	consent.Watcher = testWatcher
	signalByIDAt(env, time.Hour, id, consent)
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	thanks := MailEvent{MessageID: "thanks@corp.example", Kind: MailUnknown, From: "taro@corp.example", Subject: "Re: merged?",
		Watcher: testWatcher}
	env.RegisterDelayedCallback(func() {
		_ = env.SignalWorkflowByID(id, SignalMail, done)
		_ = env.SignalWorkflowByID(id, SignalMail, thanks)
	}, 2*time.Hour)
	floodCase(env, id, 3*time.Hour, time.Minute, flood, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown, From: "x@stranger.example",
			Subject: "hi", Watcher: other}
	})
	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	checkRunsBounded(t, runs)
	if st.State != StateCompleted {
		t.Fatalf("state %s", st.State)
	}
	down.handedBack.mu.Lock()
	defer down.handedBack.mu.Unlock()
	if len(down.list) != 1 || down.list[0].MessageID != thanks.MessageID {
		t.Fatalf("handed back to the watcher that was down: %+v; want %s once", down.list, thanks.MessageID)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	handed := map[string]int{}
	for _, u := range back.list {
		handed[u.MessageID]++
	}
	for id, k := range handed {
		if k != 1 {
			t.Fatalf("%s handed back %d times", id, k)
		}
	}
	if len(handed) != flood {
		t.Fatalf("%d of the %d mails handed back", len(handed), flood)
	}
}

// Finding 6: `starter confirm` accepted while the wait's reminder is being
// retried (mail is down) does not hold the case's continue-as-new back: it
// goes with the reminder into the next run, which sends the reminder first
// and then acts on the confirm in the same wait.
func TestConfirmDuringARetriedReminderIsCarriedIntoTheNextRun(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	start, outage := env.Now(), testPolicy.ShareRemindAfter+6*time.Hour
	box.fail = func(m OutgoingMail) error {
		if strings.HasPrefix(m.Step, "reminder-") && env.Now().Sub(start) < outage {
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	var confirm updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &confirm) }, testPolicy.ShareRemindAfter+time.Hour)
	env.RegisterDelayedCallback(func() { env.SetContinueAsNewSuggested(true) }, testPolicy.ShareRemindAfter+2*time.Hour)
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) || !confirm.accepted {
		t.Fatalf("the case ended with %v; confirm %+v", env.GetWorkflowError(), confirm)
	}
	if at := env.Now().Sub(start); at >= outage {
		t.Fatalf("the case continued as new %s in, after the outage; want during the reminder's retries", at)
	}
	var next ShareRequest
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	cr := next.Carry
	if cr == nil || cr.Sending == nil || cr.Updates == nil || !cr.Updates.Confirm || cr.Step != stepLink {
		t.Fatalf("carried %+v", cr)
	}
	env2, box2 := newCaseEnv(t, testPolicy, "share-test-1")
	env2.SetStartTime(env.Now())
	var during Status
	env2.RegisterDelayedCallback(func() { during = queryStatus(t, env2) }, 12*time.Hour)
	env2.RegisterDelayedCallback(env2.CancelWorkflow, 24*time.Hour)
	env2.ExecuteWorkflow(ShareWorkflow, next)
	if steps := box2.steps(); len(steps) == 0 || !strings.HasPrefix(steps[0], "reminder-") {
		t.Fatalf("the next run sent %v; want the reminder first", steps)
	}
	if during.State != StateWaiting {
		t.Fatalf("12 hours into the next run the case is %s; want waiting (the confirm acted on)", during.State)
	}
}
