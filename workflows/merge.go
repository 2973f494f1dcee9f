package workflows

import (
	"errors"
	"fmt"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// Template names the merge process sends.
const (
	TemplateMergeRequest   = "merge_request"
	TemplateMergeFollowUp  = "merge_follow_up"
	TemplateMergeConsent   = "merge_consent"
	TemplateMergeCompleted = "merge_completed"
	TemplateOperatorAlert  = "operator_attention"
)

// MergeWorkflow carries one merge case: it asks AWS to merge two
// certification accounts, consents when AWS asks, and tells the requester
// when AWS reports the merge done. Mail arrives as SignalMail; each wait has a
// follow-up after Policy.RemindAfter and hands the case to a person after
// Policy.GiveUpAfter.
func MergeWorkflow(ctx workflow.Context, req MergeRequest) (Status, error) {
	m := &merge{
		id:     workflow.GetInfo(ctx).WorkflowExecution.ID,
		req:    req,
		state:  StateSubmitting,
		seen:   map[string]bool{},
		mailCh: workflow.GetSignalChannel(ctx, SignalMail),
		stopCh: workflow.GetSignalChannel(ctx, SignalCancel),
	}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (Status, error) { return m.status(), nil }); err != nil {
		return m.status(), err
	}
	err := m.run(ctx)
	return m.status(), err
}

// merge is one case's state; only MergeWorkflow's goroutine touches it.
type merge struct {
	id      string
	req     MergeRequest
	policy  Policy
	state   State
	awsCase string
	events  []Event
	seen    map[string]bool // Message-IDs already handled: the watcher may deliver twice

	// The thread with AWS: the last message in it and its References chain.
	threadSubject string
	threadLast    string
	threadRefs    []string
	awsAddress    string // who at AWS wrote to us

	mailCh workflow.ReceiveChannel
	stopCh workflow.ReceiveChannel
	cancel *CancelRequest
}

var errCancelled = errors.New("case cancelled")

func (m *merge) run(ctx workflow.Context) error {
	m.record(ctx, fmt.Sprintf("case started: merge %s into %s for %s", m.req.SourceEmail, m.req.TargetEmail, m.req.Name))
	if err := m.setSearchAttributes(ctx); err != nil {
		return err
	}

	policyCtx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: 10 * time.Second})
	if err := workflow.ExecuteActivity(policyCtx, ActivityCasePolicy).Get(ctx, &m.policy); err != nil {
		return m.fail(ctx, "could not read the worker's settings", err)
	}

	sent, err := m.send(ctx, OutgoingMail{
		Step: "request", Template: TemplateMergeRequest,
		To: []string{m.policy.SupportAddress},
	})
	if err != nil {
		return m.fail(ctx, "the merge request could not be sent", err)
	}
	m.threadSubject, m.threadLast, m.threadRefs = sent.Subject, sent.MessageID, []string{sent.MessageID}
	m.awsAddress = m.policy.SupportAddress
	m.record(ctx, fmt.Sprintf("merge request sent to %s", m.policy.SupportAddress))

	m.setState(ctx, StateAwaitingConsent)
	ev, err := m.await(ctx, StateAwaitingConsent, MailConsentRequest, MailCompleted)
	if err != nil {
		return m.stopped(ctx, err)
	}
	if ev.Kind == MailConsentRequest {
		m.follow(ev)
		if _, err := m.send(ctx, OutgoingMail{
			Step: "consent", Template: TemplateMergeConsent,
			To: []string{m.awsAddress}, InReplyTo: m.threadLast, References: m.threadRefs, Subject: replySubject(m.threadSubject),
		}); err != nil {
			return m.fail(ctx, "the consent reply could not be sent", err)
		}
		m.record(ctx, fmt.Sprintf("consent sent to %s", m.awsAddress))

		m.setState(ctx, StateAwaitingCompletion)
		if ev, err = m.await(ctx, StateAwaitingCompletion, MailCompleted); err != nil {
			return m.stopped(ctx, err)
		}
	}
	m.follow(ev)

	if _, err := m.send(ctx, OutgoingMail{
		Step: "completed", Template: TemplateMergeCompleted,
		To: []string{m.req.TargetEmail},
	}); err != nil {
		return m.fail(ctx, "the requester could not be told", err)
	}
	m.record(ctx, fmt.Sprintf("requester told at %s", m.req.TargetEmail))
	m.setState(ctx, StateCompleted)
	return nil
}

// await waits in state for a mail of one of the wanted kinds. It sends one
// follow-up after RemindAfter and, after GiveUpAfter, moves the case to
// needs_attention and tells the operator, then goes on waiting: the mail may
// still come, or the operator cancels.
func (m *merge) await(ctx workflow.Context, state State, want ...MailKind) (MailEvent, error) {
	timerCtx, stopTimers := workflow.WithCancel(ctx)
	defer stopTimers()
	remind := workflow.NewTimer(timerCtx, m.policy.RemindAfter)
	giveUp := workflow.NewTimer(timerCtx, m.policy.GiveUpAfter)
	reminded, gaveUp := false, false

	for {
		var got *MailEvent
		var stepErr error
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(m.mailCh, func(c workflow.ReceiveChannel, _ bool) {
			var ev MailEvent
			c.Receive(ctx, &ev)
			if !m.accept(ctx, ev) {
				return
			}
			for _, k := range want {
				if ev.Kind == k {
					got = &ev
					return
				}
			}
			m.record(ctx, fmt.Sprintf("mail %q (%s) is not what %s waits for; kept in the history", ev.Subject, ev.Kind, state))
		})
		sel.AddReceive(m.stopCh, func(c workflow.ReceiveChannel, _ bool) {
			var req CancelRequest
			c.Receive(ctx, &req)
			m.cancel = &req
		})
		if !reminded {
			sel.AddFuture(remind, func(f workflow.Future) {
				reminded = true
				if f.Get(ctx, nil) != nil {
					return
				}
				stepErr = m.followUp(ctx, state)
			})
		}
		if !gaveUp {
			sel.AddFuture(giveUp, func(f workflow.Future) {
				gaveUp = true
				if f.Get(ctx, nil) != nil {
					return
				}
				stepErr = m.needsAttention(ctx, fmt.Sprintf("no answer from AWS after %s in %s", m.policy.GiveUpAfter, state))
			})
		}
		sel.Select(ctx)

		switch {
		case m.cancel != nil:
			return MailEvent{}, errCancelled
		case stepErr != nil:
			return MailEvent{}, stepErr
		case got != nil:
			if m.state == StateNeedsAttention {
				m.record(ctx, "the awaited mail arrived; the case goes on")
			}
			return *got, nil
		}
	}
}

// accept records a mail and reports whether it is new to this case.
func (m *merge) accept(ctx workflow.Context, ev MailEvent) bool {
	if ev.MessageID != "" && m.seen[ev.MessageID] {
		return false
	}
	if ev.MessageID != "" {
		m.seen[ev.MessageID] = true
	}
	m.record(ctx, fmt.Sprintf("mail received from %s: %q (%s)", ev.From, ev.Subject, ev.Kind))
	if ev.AwsCase != "" && m.awsCase == "" {
		m.awsCase = ev.AwsCase
		m.record(ctx, "AWS case number is "+ev.AwsCase)
		_ = workflow.UpsertTypedSearchAttributes(ctx, AwsCaseKey.ValueSet(ev.AwsCase))
	}
	return true
}

// follow makes a mail from AWS the newest in the thread we answer in.
func (m *merge) follow(ev MailEvent) {
	if ev.From != "" {
		m.awsAddress = ev.From
	}
	if ev.Subject != "" {
		m.threadSubject = ev.Subject
	}
	if ev.MessageID != "" {
		refs := append([]string{}, ev.References...)
		if len(refs) == 0 {
			refs = append(refs, m.threadRefs...)
		}
		m.threadRefs = append(refs, ev.MessageID)
		m.threadLast = ev.MessageID
	}
}

func (m *merge) followUp(ctx workflow.Context, state State) error {
	_, err := m.send(ctx, OutgoingMail{
		Step: "follow-up-" + string(state), Template: TemplateMergeFollowUp,
		To: []string{m.awsAddress}, InReplyTo: m.threadLast, References: m.threadRefs, Subject: replySubject(m.threadSubject),
	})
	if err != nil {
		return m.fail(ctx, "the follow-up could not be sent", err)
	}
	m.record(ctx, fmt.Sprintf("no answer after %s: follow-up sent to %s", m.policy.RemindAfter, m.awsAddress))
	return nil
}

// needsAttention hands the case to a person. The state is set before the
// operator is mailed, so the case shows its need even when mail is down.
func (m *merge) needsAttention(ctx workflow.Context, why string) error {
	m.setState(ctx, StateNeedsAttention)
	m.record(ctx, "needs attention: "+why)
	_, err := m.send(ctx, OutgoingMail{
		Step: "attention-" + fmt.Sprint(len(m.events)), Template: TemplateOperatorAlert,
		To: []string{m.policy.OperatorEmail}, Lang: "en",
		Data: map[string]string{"Reason": why},
	})
	if err != nil {
		return m.fail(ctx, "the operator could not be told", err)
	}
	m.record(ctx, "operator told at "+m.policy.OperatorEmail)
	return nil
}

// send runs the SendMail activity. SMTP trouble is retried with backoff for
// as long as it is temporary; a permanent refusal comes back as an error.
func (m *merge) send(ctx workflow.Context, mail OutgoingMail) (SentMail, error) {
	mail.CaseID = m.id
	if mail.Lang == "" {
		mail.Lang = m.req.Lang
	}
	data := map[string]string{
		"CaseID": m.id, "Name": m.req.Name, "SourceEmail": m.req.SourceEmail,
		"TargetEmail": m.req.TargetEmail, "AwsCase": m.awsCase,
	}
	for k, v := range mail.Data {
		data[k] = v
	}
	mail.Data = data
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    5 * time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    10 * time.Minute,
			MaximumAttempts:    50,
		},
	})
	var sent SentMail
	err := workflow.ExecuteActivity(actx, ActivitySendMail, mail).Get(ctx, &sent)
	return sent, err
}

func (m *merge) stopped(ctx workflow.Context, err error) error {
	if errors.Is(err, errCancelled) {
		m.record(ctx, "cancelled: "+m.cancel.Reason)
		m.setState(ctx, StateCancelled)
		return nil
	}
	return err
}

// fail ends the case as failed. The failure is returned so the Web UI shows
// the workflow as failed, with the cause.
func (m *merge) fail(ctx workflow.Context, what string, err error) error {
	if m.state == StateFailed {
		return err
	}
	m.record(ctx, fmt.Sprintf("failed: %s: %v", what, rootCause(err)))
	m.setState(ctx, StateFailed)
	return temporal.NewNonRetryableApplicationError(what, "CaseFailed", err)
}

func (m *merge) setState(ctx workflow.Context, s State) {
	if m.state == s {
		return
	}
	m.state = s
	m.record(ctx, "state: "+string(s))
	// Search attributes are registered before any case starts, so an error here
	// is a bug worth failing the workflow task over.
	if err := workflow.UpsertTypedSearchAttributes(ctx, CaseStateKey.ValueSet(string(s))); err != nil {
		panic(err)
	}
}

func (m *merge) setSearchAttributes(ctx workflow.Context) error {
	return workflow.UpsertTypedSearchAttributes(ctx,
		CaseKindKey.ValueSet(KindMerge),
		CaseStateKey.ValueSet(string(m.state)),
		RequesterKey.ValueSet(m.req.TargetEmail),
	)
}

func (m *merge) record(ctx workflow.Context, what string) {
	m.events = append(m.events, Event{At: workflow.Now(ctx).UTC(), What: what})
}

func (m *merge) status() Status {
	return Status{
		ID: m.id, Kind: KindMerge, State: m.state, AwsCase: m.awsCase,
		Requester: m.req.TargetEmail, Events: append([]Event(nil), m.events...),
	}
}

// replySubject keeps AWS's subject, with its [CASE n] token, under one "RE:".
func replySubject(s string) string {
	if len(s) >= 3 && (s[:3] == "RE:" || s[:3] == "Re:" || s[:3] == "re:") {
		return s
	}
	return "RE: " + s
}

func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
