package workflows

import (
	"fmt"

	"go.temporal.io/sdk/workflow"
)

// ShareWorkflow carries one share case: an employee links their AWS
// Certification account in the company's APN profile, AWS takes about a week
// to reflect it, then the employee checks the profile.
//
// awaiting_link: the employee gets the steps and answers "done" (or the
// operator runs `starter confirm`); reminded after ShareRemindAfter, handed
// to a person after ShareGiveUpAfter. waiting: a durable timer of ShareWait.
// verifying: the employee is asked whether the profile shows the
// certifications; yes completes the case, no waits ShareRecheckAfter and asks
// again, at most ShareMaxChecks times, then a person is needed.
func ShareWorkflow(ctx workflow.Context, req ShareRequest) (Status, error) {
	c, err := newCase(ctx, KindShare, req.Lang, []string{req.APNEmail, req.CertEmail}, map[string]string{
		"Name": req.Name, "CertEmail": req.CertEmail, "APNEmail": req.APNEmail,
	})
	if err != nil {
		return Status{}, err
	}
	s := &share{caseRun: c, req: req, check: 1}
	c.continueWith = func(ctx workflow.Context, cr *CaseCarry) error {
		cr.Check = s.check
		next := req
		next.Carry = cr
		return workflow.NewContinueAsNewError(ctx, ShareWorkflow, next)
	}
	if cr := req.Carry; cr != nil {
		c.resume(ctx, cr)
		s.check = max(cr.Check, 1)
		if cr.Ending != nil {
			return c.endAgain(ctx, cr.Ending)
		}
	}
	return c.finish(ctx, s.run(ctx))
}

type share struct {
	*caseRun
	req ShareRequest
	// check is the verification round, from 1.
	check int
}

// The steps of a share case that a run can start from (CaseCarry.Step).
const (
	stepLink    = "link"
	stepWait    = "wait"
	stepAsk     = "ask"
	stepVerify  = "verify"
	stepRecheck = "recheck"
	stepPerson  = "person"
	stepThank   = "thank"
)

func (s *share) run(ctx workflow.Context) error {
	if _, _, err := s.resumeSend(ctx); err != nil {
		return err
	}
	if s.step == "" {
		if err := s.begin(ctx); err != nil {
			return err
		}
	}
	if s.step == stepLink {
		if _, err := s.await(ctx, s.linkWait()); err != nil {
			return s.endIfCancelled(ctx, err)
		}
		s.record(ctx, "the employee linked the accounts")
		s.step = stepWait
	}
	if s.step == stepWait {
		if err := s.sleep(ctx, StateWaiting, s.policy.ShareWait); err != nil {
			return s.endIfCancelled(ctx, err)
		}
		s.step = stepAsk
	}
	for s.step != stepThank && s.step != stepDone {
		if over, err := s.verifyStep(ctx); over {
			return err
		}
	}
	if s.step != stepDone {
		thanks := OutgoingMail{Step: "completed", Template: TemplateShareCompleted, To: []string{s.req.APNEmail}}
		if _, err := s.sendThen(ctx, stepDone, thanks); err != nil {
			return s.fail(ctx, "the employee could not be thanked", err)
		}
		s.record(ctx, "the APN profile shows the certifications")
	}
	s.setState(ctx, StateCompleted)
	return nil
}

// begin starts the case: it reads the settings and sends the steps.
func (s *share) begin(ctx workflow.Context) error {
	if err := s.start(ctx, StateAwaitingLink, s.req.APNEmail, s.req.Summary()); err != nil {
		return err
	}
	if err := s.readPolicy(ctx); err != nil {
		return err
	}
	steps := OutgoingMail{Step: "steps", Template: TemplateShareSteps, To: []string{s.req.APNEmail}}
	if _, err := s.sendThen(ctx, stepLink, steps); err != nil {
		return s.fail(ctx, "the steps could not be sent", err)
	}
	s.record(ctx, "steps sent to "+s.req.APNEmail)
	s.step = stepLink
	return nil
}

// verifyStep takes one step of the verification rounds: ask whether the
// APN profile shows the certifications, wait for yes or no, and after a no
// wait ShareRecheckAfter and ask again; after ShareMaxChecks a person
// looks into it.
func (s *share) verifyStep(ctx workflow.Context) (over bool, err error) {
	step := fmt.Sprintf("verify-%d", s.check)
	switch s.step {
	case stepAsk:
		if s.answeredEarly(s.verifyWait(step)) {
			// The "yes" came during the week's wait: the question is answered.
			s.record(ctx, fmt.Sprintf("%s said the APN profile shows the certifications before being asked; not asked",
				s.req.APNEmail))
			s.step = stepVerify
			break
		}
		question := OutgoingMail{Step: step, Template: TemplateShareVerify, To: []string{s.req.APNEmail}}
		if _, err := s.sendThen(ctx, stepVerify, question); err != nil {
			return true, s.fail(ctx, "the verification question could not be sent", err)
		}
		s.record(ctx, fmt.Sprintf("asked %s whether the APN profile shows the certifications (check %d of %d)",
			s.req.APNEmail, s.check, s.policy.ShareMaxChecks))
		s.step = stepVerify
	case stepVerify:
		ev, err := s.await(ctx, s.verifyWait(step))
		if err != nil {
			return true, s.endIfCancelled(ctx, err)
		}
		switch {
		case ev.Kind != MailReplyNo:
			s.step = stepThank
		case s.check >= s.policy.ShareMaxChecks:
			s.then = stepPerson
			err := s.needsAttention(ctx, fmt.Sprintf("the APN profile still does not show the certifications after %d checks",
				s.check))
			s.then = ""
			if err != nil {
				return true, err
			}
			s.step = stepPerson
		default:
			s.step = stepRecheck
		}
	case stepPerson:
		// A person looks into it; `starter confirm` closes the case.
		person := wait{state: StateNeedsAttention, want: []MailKind{MailReplyYes}, fromPeople: true, operator: UpdateConfirm,
			questions: verifyQuestions}
		if _, err := s.await(ctx, person); err != nil {
			return true, s.endIfCancelled(ctx, err)
		}
		s.step = stepThank
	case stepRecheck:
		if err := s.sleep(ctx, StateWaiting, s.policy.ShareRecheckAfter); err != nil {
			return true, s.endIfCancelled(ctx, err)
		}
		s.check++
		s.step = stepAsk
	}
	return false, nil
}

// linkWait waits for the employee's "done": the steps asked for it, and a
// wrong one costs the week's wait, which the verify question ends.
func (s *share) linkWait() wait {
	w := s.personWait(StateAwaitingLink, "link", MailReplyDone).withLeans(MailReplyDone)
	w.questions = []string{"steps", "reminder-link"}
	w.onAsks = onAnswer{
		went: fmt.Sprintf("went on to wait %s for AWS to show the link", humanDuration(s.policy.ShareWait)),
		misread: fmt.Sprintf("If the accounts are not in fact linked, that costs the wait: after it the case asks %s "+
			"whether the APN profile shows the certifications, and a no there has it asked again. %s",
			s.req.APNEmail, stopInstead(s.id)),
	}
	return w
}

// verifyWait waits for the employee's yes or no to the question of step; a
// lean is taken only for a no (a wrong one costs one recheck round).
func (s *share) verifyWait(step string) wait {
	w := s.personWait(StateVerifying, step, MailReplyYes, MailReplyNo).withLeans(MailReplyNo)
	w.questions = verifyQuestions
	// Only a no comes with questions beside it (a yes beside one is unread).
	w.onAsks = onAnswer{
		went: fmt.Sprintf("asks again after %s (check %d of %d)", humanDuration(s.policy.ShareRecheckAfter),
			s.check, s.policy.ShareMaxChecks),
		misread: fmt.Sprintf("If the APN profile does in fact show the certifications, that costs one more check; "+
			"once the case asks again, starter confirm %s closes it", s.id),
	}
	if s.check >= s.policy.ShareMaxChecks {
		w.onAsks = onAnswer{
			went: fmt.Sprintf("needs a person: that was the last of %d checks", s.policy.ShareMaxChecks),
			misread: fmt.Sprintf("If the APN profile does in fact show the certifications, starter confirm %s "+
				"closes the case now", s.id),
		}
	}
	return w
}

// verifyQuestions are the steps of the mails that ask whether the APN
// profile shows the certifications: each check, and its reminder.
var verifyQuestions = []string{"verify-", "reminder-verify-"}

// personWait waits for the employee's answer, or `starter confirm`, with a
// reminder and an end.
func (s *share) personWait(state State, step string, want ...MailKind) wait {
	return wait{
		state: state, want: want, fromPeople: true, operator: UpdateConfirm,
		remindAfter: s.policy.ShareRemindAfter, giveUpAfter: s.policy.ShareGiveUpAfter,
		remind: func(ctx workflow.Context) error {
			if _, err := s.send(ctx, OutgoingMail{
				Step: "reminder-" + step, Template: TemplateShareReminder, To: []string{s.req.APNEmail},
				Data: map[string]string{"Question": string(state)},
			}); err != nil {
				return s.sideMailFailed(ctx, "the reminder could not be sent", err)
			}
			s.record(ctx, fmt.Sprintf("no answer after %s: reminder sent to %s", s.policy.ShareRemindAfter, s.req.APNEmail))
			return nil
		},
		giveUpWhy: fmt.Sprintf("no answer from %s after %s in %s", s.req.APNEmail, s.policy.ShareGiveUpAfter, state),
	}
}
