package workflows

import (
	"fmt"
	"strings"

	"go.temporal.io/sdk/workflow"
)

// MergeWorkflow carries one merge case: it asks AWS to merge two
// certification accounts, consents when AWS asks (at once, or after
// `starter approve` under CERTFLOW_MERGE_REPLY_POLICY=approve), and tells the
// requester when AWS reports the merge done. Mail arrives as SignalMail; each
// wait has a follow-up after Policy.RemindAfter and hands the case to a
// person after Policy.GiveUpAfter.
func MergeWorkflow(ctx workflow.Context, req MergeRequest) (Status, error) {
	c, err := newCase(ctx, KindMerge, req.Lang, []string{req.TargetEmail, req.SourceEmail}, map[string]string{
		"Name": req.Name, "SourceEmail": req.SourceEmail, "TargetEmail": req.TargetEmail, "AwsCase": "",
	})
	if err != nil {
		return Status{}, err
	}
	c.accounts = []string{strings.ToLower(req.SourceEmail), strings.ToLower(req.TargetEmail)}
	c.mergeInto = strings.ToLower(req.TargetEmail)
	m := &merge{caseRun: c, req: req}
	c.continueWith = func(ctx workflow.Context, cr *CaseCarry) error {
		cr.Thread = &CarriedThread{Subject: m.threadSubject, Last: m.threadLast, Refs: m.threadRefs, AwsAddress: m.awsAddress}
		next := req
		next.Carry = cr
		return workflow.NewContinueAsNewError(ctx, MergeWorkflow, next)
	}
	if cr := req.Carry; cr != nil {
		c.resume(ctx, cr)
		if t := cr.Thread; t != nil {
			m.threadSubject, m.threadLast, m.threadRefs, m.awsAddress = t.Subject, t.Last, t.Refs, t.AwsAddress
		}
		if cr.Ending != nil {
			return c.endAgain(ctx, cr.Ending)
		}
	}
	return c.finish(ctx, m.run(ctx))
}

// merge is one merge case.
type merge struct {
	*caseRun
	req MergeRequest
	// The thread with AWS: the last message in it, its References chain and
	// who at AWS wrote.
	threadSubject string
	threadLast    string
	threadRefs    []string
	awsAddress    string
}

// The steps of a merge case that a run can start from (CaseCarry.Step):
// the waits, where a case continues as new.
const (
	stepForm       = "form"
	stepConsent    = "consent"
	stepApprove    = "approve"
	stepCompletion = "completion"
)

func (m *merge) run(ctx workflow.Context) error {
	if mail, sent, err := m.resumeSend(ctx); err != nil {
		return err
	} else if mail.Step == "request" {
		m.threadSubject, m.threadLast, m.threadRefs = sent.Subject, sent.MessageID, []string{sent.MessageID}
	}
	if m.step == "" {
		if err := m.submit(ctx); err != nil {
			return err
		}
	}
	if m.step == stepForm {
		if _, err := m.await(ctx, m.formWait()); err != nil {
			return m.endIfCancelled(ctx, err)
		}
		m.record(ctx, "the requester submitted the form")
		m.step = stepConsent
	}
	var ev MailEvent
	if m.step == stepConsent {
		var err error
		if ev, err = m.await(ctx, m.awsWait(StateAwaitingConsent, MailConsentRequest, MailCompleted)); err != nil {
			return m.endIfCancelled(ctx, err)
		}
		if ev.Kind == MailConsentRequest {
			if err := m.consentAsked(ctx, ev); err != nil {
				return err
			}
		}
	}
	if m.step == stepApprove {
		if _, err := m.await(ctx, m.approveWait()); err != nil {
			return m.endIfCancelled(ctx, err)
		}
		if err := m.consent(ctx); err != nil {
			return err
		}
	}
	if m.step == stepCompletion {
		var err error
		if ev, err = m.await(ctx, m.awsWait(StateAwaitingCompletion, MailCompleted)); err != nil {
			return m.endIfCancelled(ctx, err)
		}
	}
	if m.step != stepDone {
		m.advanceThread(ev)
		done := OutgoingMail{Step: "completed", Template: TemplateMergeCompleted, To: []string{m.req.TargetEmail}}
		if _, err := m.sendThen(ctx, stepDone, done); err != nil {
			return m.fail(ctx, "the requester could not be told", err)
		}
		m.record(ctx, fmt.Sprintf("requester told at %s", m.req.TargetEmail))
	}
	m.setState(ctx, StateCompleted)
	return nil
}

// submit starts the case: it reads the settings and asks AWS to merge, by
// mail or through the requester and AWS's web form.
func (m *merge) submit(ctx workflow.Context) error {
	if err := m.start(ctx, StateSubmitting, m.req.TargetEmail, m.req.Summary()); err != nil {
		return err
	}
	if err := m.readPolicy(ctx); err != nil {
		return err
	}
	m.awsAddress = m.policy.SupportAddress
	submit := m.req.Submit
	if submit == "" {
		submit = m.policy.MergeSubmit
	}
	if submit == "form" {
		// AWS takes merge requests on a web form: the requester submits it,
		// with the case's reply address as the contact, and says so.
		m.data["FormURL"] = m.policy.MergeFormURL
		form := OutgoingMail{Step: "form", Template: TemplateMergeForm, To: []string{m.req.TargetEmail}}
		if _, err := m.sendThen(ctx, stepForm, form); err != nil {
			return m.fail(ctx, "the form text could not be sent to the requester", err)
		}
		m.record(ctx, "form text sent to "+m.req.TargetEmail+"; waiting for them to submit it")
		m.step = stepForm
		return nil
	}
	request := OutgoingMail{Step: "request", Template: TemplateMergeRequest, To: []string{m.policy.SupportAddress}}
	sent, err := m.sendThen(ctx, stepConsent, request)
	if err != nil {
		return m.fail(ctx, "the merge request could not be sent", err)
	}
	m.threadSubject, m.threadLast, m.threadRefs = sent.Subject, sent.MessageID, []string{sent.MessageID}
	m.record(ctx, fmt.Sprintf("merge request sent to %s", m.policy.SupportAddress))
	m.step = stepConsent
	return nil
}

// formWait waits for the requester to say they submitted AWS's form.
func (m *merge) formWait() wait {
	return wait{
		state: StateSubmitting, want: []MailKind{MailReplySubmitted, MailReplyDone},
		fromPeople: true, operator: UpdateConfirm, questions: []string{"form", "form-reminder"},
		remindAfter: m.policy.RemindAfter, giveUpAfter: m.policy.GiveUpAfter,
		remind: func(ctx workflow.Context) error {
			reminder := OutgoingMail{Step: "form-reminder", Template: TemplateMergeForm, To: []string{m.req.TargetEmail}}
			if _, err := m.send(ctx, reminder); err != nil {
				return m.sideMailFailed(ctx, "the reminder could not be sent", err)
			}
			m.record(ctx, "reminder sent to "+m.req.TargetEmail)
			return nil
		},
		giveUpWhy: fmt.Sprintf("%s has not said the form was submitted after %s", m.req.TargetEmail, m.policy.GiveUpAfter),
		onAsks: onAnswer{
			went: "went on to wait for AWS's answer (the requester is no longer reminded of the form)",
			misread: fmt.Sprintf("If the form was not in fact submitted, that costs a wait for an answer that does not come "+
				"(a follow-up to AWS after %s, needs attention after %s); AWS's answer still moves the case "+
				"whenever the form goes in. %s", humanDuration(m.policy.RemindAfter), humanDuration(m.policy.GiveUpAfter),
				stopInstead(m.id)),
		},
	}.withLeans(MailReplySubmitted, MailReplyDone)
}

// consentAsked answers AWS's request to confirm: at once, or under the
// approve policy after the operator's `starter approve`.
func (m *merge) consentAsked(ctx workflow.Context, ev MailEvent) error {
	m.advanceThread(ev)
	if m.policy.MergeReplyPolicy == "approve" && !ev.Vouched {
		// Nothing moves without the operator, so tell them now.
		m.then = stepApprove
		err := m.tellOperator(ctx, "AWS asks to confirm the merge; consent is sent after: starter approve "+m.id)
		m.then = ""
		if err != nil {
			return err
		}
		m.step = stepApprove
		return nil
	}
	return m.consent(ctx)
}

// consent sends the consent reply in AWS's thread.
func (m *merge) consent(ctx workflow.Context) error {
	if _, err := m.sendThen(ctx, stepCompletion, OutgoingMail{
		Step: "consent", Template: TemplateMergeConsent,
		To: []string{m.awsAddress}, InReplyTo: m.threadLast, References: m.threadRefs, Subject: replySubject(m.threadSubject),
	}); err != nil {
		return m.fail(ctx, "the consent reply could not be sent", err)
	}
	m.record(ctx, fmt.Sprintf("consent sent to %s", m.awsAddress))
	m.step = stepCompletion
	return nil
}

// approveWait waits for `starter approve`. With the edge fixes it has the
// merge policy's timers: the operator is reminded after RemindAfter, and
// after GiveUpAfter the case needs attention, so it cannot wait unseen.
func (m *merge) approveWait() wait {
	w := wait{state: StateAwaitingConsent, operator: UpdateApprove}
	if !m.edges {
		return w
	}
	w.remindAfter, w.giveUpAfter = m.policy.RemindAfter, m.policy.GiveUpAfter
	w.remind = func(ctx workflow.Context) error {
		return m.remindOperator(ctx, "approve-reminder", fmt.Sprintf(
			"AWS asked %s ago to confirm the merge; consent is sent after: starter approve %s", m.policy.RemindAfter, m.id))
	}
	w.giveUpWhy = fmt.Sprintf("AWS's request to confirm the merge has waited %s for: starter approve %s",
		m.policy.GiveUpAfter, m.id)
	return w
}

// awsWait waits for AWS's mail, with a follow-up in the thread and an end.
func (m *merge) awsWait(state State, want ...MailKind) wait {
	return wait{
		state: state, want: want,
		remindAfter: m.policy.RemindAfter, giveUpAfter: m.policy.GiveUpAfter,
		remind:    func(ctx workflow.Context) error { return m.followUp(ctx, state) },
		giveUpWhy: fmt.Sprintf("no answer from AWS after %s in %s", m.policy.GiveUpAfter, state),
	}
}

// advanceThread makes a mail from AWS the newest in the thread we answer in.
func (m *merge) advanceThread(ev MailEvent) {
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
	mail := OutgoingMail{
		Step: "follow-up-" + string(state), Template: TemplateMergeFollowUp,
		To: []string{m.awsAddress}, InReplyTo: m.threadLast, References: m.threadRefs,
	}
	if m.threadSubject != "" { // no thread yet when the requester used the web form
		mail.Subject = replySubject(m.threadSubject)
	}
	_, err := m.send(ctx, mail)
	if err != nil {
		return m.sideMailFailed(ctx, "the follow-up could not be sent", err)
	}
	m.record(ctx, fmt.Sprintf("no answer after %s: follow-up sent to %s", m.policy.RemindAfter, m.awsAddress))
	return nil
}

// replySubject keeps AWS's subject, with its [CASE n] token, under one "RE:".
func replySubject(s string) string {
	if len(s) >= 3 && (s[:3] == "RE:" || s[:3] == "Re:" || s[:3] == "re:") {
		return s
	}
	return "RE: " + s
}
