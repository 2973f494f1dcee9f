package workflows

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.temporal.io/sdk/workflow"
)

// versionMailKept marks the changes that keep mail a case cannot use at
// once: mail that comes before the wait that needs it is acted on when the
// case reaches that wait; a hand-back to a watcher that is not running is
// retried until it is back; mail past the cap is marked seen, and the
// authenticated mail of the case's own people still reaches it.
const versionMailKept = "mail-kept"

// maxEarly bounds the mails a case keeps for its next wait.
const maxEarly = 10

// Hand-backs to a watcher that is not running are retried with backoff
// (handBackFirstRetry doubling to handBackMaxInterval) for handBackFor;
// a worker starts a missing watcher again within a minute.
const (
	handBackFirstRetry  = 30 * time.Second
	handBackMaxInterval = 10 * time.Minute
	handBackFor         = 7 * 24 * time.Hour
)

// earlyKind reports whether mail of kind k may come before the wait that
// needs it: AWS's word, and a person's "done", "submitted" or "yes" (a "no"
// answers one question and is never carried to the next). A reply that
// only leans to an answer (MailEvent.Lean) is not kept, whatever it leans
// to: a lean is taken only in the wait that asked its question, as it
// arrives, and the waits that take a lean of "done" or "submitted" come
// first in their case (mail that reaches a case while it sends their
// question is read by them, not kept), so one kept would only be dropped
// later without the operator having been told of it.
func earlyKind(k MailKind) bool {
	return isAWS(k) || k == MailReplyDone || k == MailReplySubmitted || k == MailReplyYes
}

// keepEarly keeps ev, which the current step (state) does not wait for,
// for the wait after it: a completion that comes while the case waits for
// `starter approve`, a "yes" during the share's week-long wait. It reports
// whether it kept it.
func (c *caseRun) keepEarly(ctx workflow.Context, ev MailEvent, state State) bool {
	if !c.mailKept || !earlyKind(ev.Kind) {
		return false
	}
	c.early = append(c.early, ev)
	if c.trusted < 1 {
		if len(c.early) > maxEarly {
			c.early = c.early[len(c.early)-maxEarly:]
		}
		c.record(ctx, fmt.Sprintf("mail %q (%s) is not what %s waits for; kept for the case's next wait",
			ev.Subject, ev.Kind, state))
		return true
	}
	var dropped []MailEvent
	c.early, dropped = boundByRank(c.early, maxEarly, c.earlyRank)
	if len(dropped) == 1 && dropped[0].MessageID == ev.MessageID {
		c.record(ctx, fmt.Sprintf("mail %s (%q, %s) is not what %s waits for, and %s: "+
			"not kept, as the mail kept for the next wait is trusted; kept in the history",
			ev.MessageID, ev.Subject, ev.Kind, state, c.untrustedEarly(ev)))
		return true
	}
	c.record(ctx, fmt.Sprintf("mail %s (%q, %s) is not what %s waits for; kept for the case's next wait",
		ev.MessageID, ev.Subject, ev.Kind, state))
	for _, d := range dropped {
		c.record(ctx, fmt.Sprintf("mail %s (%s) is no longer kept for the next wait (at most %d; %s); kept in the history",
			d.MessageID, d.Kind, maxEarly, orTrusted(c.untrustedEarly(d))))
	}
	return true
}

// takeEarly gives the wait w the mail kept for it during the step before:
// the first that ends w (after the same checks as mail arriving now), or a
// hold's error. What w does not take is dropped (it is in the history): mail
// kept for one wait is not carried further.
func (c *caseRun) takeEarly(ctx workflow.Context, w wait) (*MailEvent, error) {
	kept := c.early
	c.early = nil
	return c.takeKept(ctx, w, kept)
}

// takeKept is takeEarly on the mails kept. When one of them makes the wait
// continue as new (the alert about a held one is retried), those after it
// are carried to the wait in the next run (CaseCarry.EarlyLeft,
// versionOutageEdges): they are marked seen, so nothing else would bring
// them back.
func (c *caseRun) takeKept(ctx workflow.Context, w wait, kept []MailEvent) (*MailEvent, error) {
	for i, ev := range kept {
		if !wanted(ev.Kind, w.want) {
			continue
		}
		if c.answersOtherQuestion(ev, w) {
			c.record(ctx, fmt.Sprintf("mail %s from %s (%s), which came earlier, replies to certflow's %q mail, which "+
				"does not ask what %s waits for: not taken; kept in the history", ev.MessageID, ev.From, ev.Kind,
				ev.RepliesTo, w.state))
			continue
		}
		c.record(ctx, fmt.Sprintf("mail %s from %s (%s), which came earlier, is what %s waits for",
			ev.MessageID, ev.From, ev.Kind, w.state))
		got, err := c.onWanted(ctx, ev, w)
		if c.outageEdges && errors.Is(err, errContinueAsNew) {
			c.earlyLeft = kept[i+1:]
		}
		if got != nil || err != nil {
			return got, err
		}
	}
	return nil, nil
}

// answeredEarly reports whether mail kept for the wait w would end it at
// once (the same checks as takeEarly's, without acting): then the question
// the wait answers need not be asked.
func (c *caseRun) answeredEarly(w wait) bool {
	for _, ev := range c.early {
		if wanted(ev.Kind, w.want) && (!w.fromPeople || c.fromPerson(ev.From)) && c.distrust(ev) == "" &&
			!c.answersOtherQuestion(ev, w) {
			return true
		}
	}
	return false
}

// dropEarly forgets the kept mail at the start of a step that waits for no
// mail (the share's wait for AWS): what came before it is not for the wait
// after it.
func (c *caseRun) dropEarly(ctx workflow.Context) {
	if len(c.early) > 0 {
		c.record(ctx, fmt.Sprintf("%d mail(s) kept for the next wait are not for the one after this; kept in the history",
			len(c.early)))
	}
	c.early = nil
}

// ownMail reports whether ev is the authenticated mail of one of the case's
// people or of the operator: past the cap a stranger's flood is handed back,
// never their own answers.
func (c *caseRun) ownMail(ev MailEvent) bool {
	if !c.mailKept || !ev.Authenticated || ev.ForwardedBy != "" {
		return false
	}
	return c.fromPerson(ev.From) ||
		(c.policy.OperatorEmail != "" && strings.EqualFold(strings.TrimSpace(ev.From), c.policy.OperatorEmail))
}

// retryHandBack signals u to the watcher again, with backoff, until it is
// back (a worker restarts a watcher that ended within a minute), for at most
// handBackFor. It runs beside the case; finish waits for it.
func (c *caseRun) retryHandBack(ctx workflow.Context, watcher string, u UnmatchedMail) {
	c.retryHandBackFrom(ctx, &CarriedHandBack{
		Watcher: watcher, Mail: u, Since: workflow.Now(ctx), Delay: handBackFirstRetry,
	})
}

// retryHandBackFrom retries the hand-back h from where it stands (its
// first try, or where the case's run before left it: versionSendCarry).
func (c *caseRun) retryHandBackFrom(ctx workflow.Context, h *CarriedHandBack) {
	ctx, _ = workflow.NewDisconnectedContext(ctx) // a cancel of the case must not lose the mail
	c.handBacksPending++
	c.retrying = append(c.retrying, h)
	u, watcher := h.Mail, h.Watcher
	workflow.Go(ctx, func(ctx workflow.Context) {
		defer func() { c.handBacksPending--; h.done = true }()
		for ; ; h.Delay = min(2*h.Delay, handBackMaxInterval) {
			// A timer fails only when cancelled, and ctx is never cancelled.
			_ = workflow.NewTimerWithOptions(ctx, h.Delay, workflow.TimerOptions{
				Summary: "hand mail " + truncate(u.MessageID, 128) + " back to " + watcher + " again",
			}).Get(ctx, nil)
			h.signalling = true
			err := workflow.SignalExternalWorkflow(ctx, watcher, "", SignalUnmatched, u).Get(ctx, nil)
			h.signalling = false
			if err == nil {
				c.record(ctx, fmt.Sprintf("mail %s from %s (%q) handed back to the unmatched list of %s after all: %s",
					u.MessageID, u.From, u.Subject, watcher, u.Reason))
				return
			}
			if workflow.Now(ctx).Sub(h.Since) >= handBackFor {
				c.record(ctx, fmt.Sprintf("mail %s from %s (%q) could not be handed back to %s for %s (%v); "+
					"it is in the mailbox's processed folder", u.MessageID, u.From, u.Subject, watcher, handBackFor, err))
				return
			}
		}
	})
}

// awaitHandBacks lets the retried hand-backs finish before the case ends,
// handing back mail that arrives meanwhile too. It reports whether the case
// should continue as new to wait on (versionSendCarry): its history grew
// long while mail kept coming.
func (c *caseRun) awaitHandBacks(ctx workflow.Context) bool {
	for c.handBacksPending > 0 {
		// ctx is disconnected (finish, endAgain): Await fails only when ctx is cancelled.
		_ = workflow.Await(ctx, func() bool { return c.handBacksPending == 0 || c.mailCh.Len() > 0 })
		c.handBack(ctx)
		if c.sendCarry && c.handBacksPending > 0 && c.runIsLong(ctx) && c.mayCarryHandBacks() && c.mailCh.Len() == 0 {
			return true
		}
	}
	return false
}
