package workflows

import (
	"errors"
	"fmt"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// versionSendCarry marks the changes of a send that is retried for long:
//   - each attempt is an activity of its own, and what an attempt recorded by
//     heartbeat before it died ("submitting", "sent") is handed to the next
//     one (OutgoingMail.Earlier). Before, a send ran in rounds of activities
//     of 10 attempts, and the heartbeat did not reach the next round: a
//     worker that died on a round's last attempt after "submitting" had its
//     mail sent again by the next round.
//   - mail that reaches the case while it sends is read (kept unread for the
//     case, or handed back past a bound), and the case may continue as new
//     between two attempts of a send, carrying it (CaseCarry.Sending): the
//     next run sends it first, with the same Message-ID and the record of
//     its last attempt. Before, a flood during a mail outage grew one run's
//     history until the server terminated the case, losing its unread mail.
//   - an alerted send that goes out restores the case's CaseStateSince too.
//   - a continued run takes the run token carried to it (CaseCarry.RunToken).
const versionSendCarry = "send-carry"

// sendFirstRetry is the wait after a send's first failed attempt; it
// doubles up to sendMaxInterval.
const sendFirstRetry = 5 * time.Second

// stepDone is the step of a case whose last mail is out: a case that
// continued as new while it sent it ends once it is.
const stepDone = "done"

// CarriedSend is a send in progress: retried, and carried into the case's
// next run when it continues as new during it.
type CarriedSend struct {
	// Mail is what is sent, with its first attempt's time and the record of
	// the last attempt (Earlier).
	Mail     OutgoingMail `json:"mail"`
	Attempts int          `json:"attempts,omitempty"`
	// Then is the step the case goes on at once the mail is out, for a
	// mail sent between two waits; "" for one sent during a wait (a
	// reminder, an alert), whose clock is carried with it.
	Then string `json:"then,omitempty"`
	// AlertAt is when the case shows as needs_attention if the mail is not
	// out; Before and BeforeSince are the state it returns to then.
	AlertAt     time.Time `json:"alert_at,omitzero"`
	Alerted     bool      `json:"alerted,omitempty"`
	Before      State     `json:"before,omitempty"`
	BeforeSince time.Time `json:"before_since,omitzero"`
}

// isReminderOrAlert reports whether s is a reminder or an operator alert
// (sent by no sendThen), whose refusal is recorded and never ends the case.
func (s *CarriedSend) isReminderOrAlert() bool {
	return s.Then == "" || s.Mail.Template == TemplateOperatorAlert
}

// newSend starts a send of mail (versionSendCarry).
func (c *caseRun) newSend(ctx workflow.Context, mail OutgoingMail) *CarriedSend {
	if mail.FirstAttempt.IsZero() {
		mail.FirstAttempt = workflow.Now(ctx)
	}
	s := &CarriedSend{Mail: mail, Then: c.then, Before: c.state, BeforeSince: c.stateSince}
	if c.policy.SendAlertAfter > 0 {
		s.AlertAt = mail.FirstAttempt.Add(c.policy.SendAlertAfter)
	}
	return s
}

// sendCarried sends s.Mail, retrying for as long as the trouble is
// temporary, one activity an attempt. While it is retried the case can be
// cancelled (the send is then abandoned), it reads the mail that arrives,
// after Policy.SendAlertAfter it shows as needs_attention (and returns to its
// state once the mail is out), and between two attempts it may continue as
// new, carrying the send.
func (c *caseRun) sendCarried(ctx workflow.Context, s *CarriedSend) (SentMail, error) {
	c.sending = s
	defer func() {
		if !c.continuing {
			c.sending = nil
		}
	}()
	timerCtx, stopTimers := workflow.WithCancel(ctx)
	defer stopTimers()
	var alert workflow.Future
	if !s.AlertAt.IsZero() && !s.Alerted {
		alert = workflow.NewTimerWithOptions(timerCtx, s.AlertAt.Sub(workflow.Now(ctx)), workflow.TimerOptions{
			Summary: "needs attention if the mail has not gone out after " + humanDuration(c.policy.SendAlertAfter),
		})
	}
	for {
		sent, over, err := c.sendAttempt(ctx, s, &alert)
		if over {
			if err == nil && s.Alerted {
				c.record(ctx, fmt.Sprintf("mail %s went out after all; the case goes on", s.Mail.Step))
				c.returnTo(ctx, s.Before, s.BeforeSince)
			}
			return sent, err
		}
		if err := c.sendBackoff(ctx, timerCtx, s, &alert); err != nil {
			return SentMail{}, err
		}
	}
}

// sendAttempt makes one attempt of s; over is false when it failed for a
// reason that may pass (then s holds what the attempt recorded).
func (c *caseRun) sendAttempt(ctx workflow.Context, s *CarriedSend, alert *workflow.Future) (SentMail, bool, error) {
	sendCtx, abandon := workflow.WithCancel(workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute, Summary: mailSummary(s.Mail),
		RetryPolicy: &temporal.RetryPolicy{MaximumAttempts: 1}, // the case retries: see sendCarried
	}))
	defer abandon()
	fut := workflow.ExecuteActivity(sendCtx, ActivitySendMail, s.Mail)
	for !fut.IsReady() {
		sel := workflow.NewSelector(ctx)
		sel.AddFuture(fut, func(workflow.Future) {})
		c.whileSending(ctx, sel, s, alert)
		sel.Select(ctx)
		// An ended case's send that went out is not abandoned; a cancel
		// that comes during a step's send ends the case here, or nothing
		// would see it (it has been taken from the channel).
		if c.cancelled(ctx) && !(c.outageEdges && c.ending && fut.IsReady()) {
			abandon()
			c.abandoned(ctx, s)
			return SentMail{}, true, errCancelled
		}
	}
	var sent SentMail
	err := fut.Get(ctx, &sent)
	switch {
	case err == nil || permanent(err):
		return sent, true, err
	case c.cancelled(ctx):
		c.record(ctx, fmt.Sprintf("the send of mail %s was abandoned by the cancel", s.Mail.Step))
		return SentMail{}, true, errCancelled
	case ctx.Err() != nil:
		return SentMail{}, true, err
	}
	s.Attempts++
	if m := LastSendMarker(err); m != nil {
		s.Mail.Earlier = m
	}
	return SentMail{}, false, err
}

// sendBackoff waits before the next attempt of s, reading mail meanwhile;
// it is where the case continues as new during a send.
func (c *caseRun) sendBackoff(ctx, timerCtx workflow.Context, s *CarriedSend, alert *workflow.Future) error {
	delay := sendMaxInterval
	if s.Attempts < 8 {
		delay = min(sendFirstRetry<<(s.Attempts-1), sendMaxInterval)
	}
	timer := workflow.NewTimerWithOptions(timerCtx, delay, workflow.TimerOptions{
		Summary: fmt.Sprintf("send mail %s again (attempt %d)", s.Mail.Step, s.Attempts+1),
	})
	for done := false; !done; {
		c.drainWhileSending(ctx, s)
		if c.mayContinue(ctx) {
			return errContinueAsNew
		}
		sel := workflow.NewSelector(ctx)
		sel.AddFuture(timer, func(workflow.Future) { done = true })
		c.whileSending(ctx, sel, s, alert)
		sel.Select(ctx)
		if c.cancelled(ctx) {
			c.abandoned(ctx, s)
			return errCancelled
		}
	}
	return nil
}

// abandoned records that the send s was given up for a cancel.
func (c *caseRun) abandoned(ctx workflow.Context, s *CarriedSend) {
	c.record(ctx, fmt.Sprintf("the send of mail %s was abandoned by the cancel; it may or may not have gone out",
		s.Mail.Step))
}

// whileSending adds to sel what the case heeds while it sends: a cancel,
// the alert that the mail is not out, and mail.
func (c *caseRun) whileSending(ctx workflow.Context, sel workflow.Selector, s *CarriedSend, alert *workflow.Future) {
	c.listenForCancel(ctx, sel)
	sel.AddReceive(c.mailCh, func(ch workflow.ReceiveChannel, _ bool) { c.keepWhileSending(ctx, s, c.receive(ctx, ch)) })
	if *alert == nil {
		return
	}
	sel.AddFuture(*alert, func(f workflow.Future) {
		*alert = nil
		if f.Get(ctx, nil) == nil {
			s.Alerted = true
			c.setState(ctx, StateNeedsAttention)
			c.record(ctx, fmt.Sprintf("needs attention: mail %s has not gone out after %s; it is retried until mail works again",
				s.Mail.Step, c.policy.SendAlertAfter))
		}
	})
}

// drainWhileSending keeps, or hands back, all the mail in the channel.
func (c *caseRun) drainWhileSending(ctx workflow.Context, s *CarriedSend) {
	var ev MailEvent
	for c.mailCh.ReceiveAsync(&ev) {
		c.runMails++
		c.keepWhileSending(ctx, s, BoundEvent(ev))
		ev = MailEvent{}
	}
}

// keepWhileSending keeps mail that arrives during a send unread for the
// case (read first by its next wait, carried if it continues as new), up to
// maxCarriedPendingBytes. Past that a stranger's mail is handed back: the
// newcomer, or the oldest kept one to make room for AWS's authenticated
// mail or the case's people's.
func (c *caseRun) keepWhileSending(ctx workflow.Context, s *CarriedSend, ev MailEvent) {
	if ev.MessageID != "" && c.seen[ev.MessageID] {
		return // a repeat of mail the case took
	}
	if c.takesBack && !ev.Attached && ev.Watcher != "" && c.handedBack[ev.MessageID] {
		return // offered again: it is on the unmatched list already
	}
	for c.pendingBytes+c.carriedBytes(ev) > maxCarriedPendingBytes {
		out := -1
		if c.mustReach(ev) {
			for i, p := range c.pending {
				if !c.mustReach(p) {
					out = i
					break
				}
			}
		}
		if out < 0 {
			c.busyHandBack(ctx, s, ev)
			return
		}
		p := c.pending[out]
		c.pending = append(c.pending[:out:out], c.pending[out+1:]...)
		c.pendingBytes -= c.carriedBytes(p)
		c.busyHandBack(ctx, s, p)
	}
	c.pending = append(c.pending, ev)
	c.pendingBytes += c.carriedBytes(ev)
}

// mustReach reports whether ev is mail a flood must not shut out: AWS's
// authenticated word, the authenticated mail of the case's people, and
// mail the operator attached.
func (c *caseRun) mustReach(ev MailEvent) bool {
	return ev.Attached || ev.Watcher == "" || (isAWS(ev.Kind) && ev.Authenticated) || c.ownMail(ev)
}

// busyHandBack hands ev back to the watcher's unmatched list: the case is
// sending and holds as much unread mail as it carries. It counts to the
// case's cap, as mail handed back for another reason does.
func (c *caseRun) busyHandBack(ctx workflow.Context, s *CarriedSend, ev MailEvent) {
	c.mails++
	c.noteHandedBack(ev.MessageID)
	c.giveBack(ctx, ev, fmt.Sprintf("case %s is retrying mail %s (mail is down) and holds all the unread mail it can; "+
		"read it, and if it matters run: starter attach %s %s", c.id, s.Mail.Step, ev.MessageID, c.id), true)
}

// LastSendMarker is what a timed-out attempt of SendMail (a worker that
// died in it) recorded by heartbeat, or nil; the case hands it to the next
// attempt (OutgoingMail.Earlier).
func LastSendMarker(err error) *SendMarker {
	var timeout *temporal.TimeoutError
	if !errors.As(err, &timeout) || !timeout.HasLastHeartbeatDetails() {
		return nil
	}
	var m SendMarker
	if timeout.LastHeartbeatDetails(&m) != nil || (m.Sent == "" && m.Submitting == "") {
		return nil
	}
	return &m
}

// returnTo puts the case back in state, entered at since (an alerted send
// went out: the state it had waited in for days is not new).
func (c *caseRun) returnTo(ctx workflow.Context, state State, since time.Time) {
	c.setState(ctx, state)
	if since.IsZero() || since.Equal(c.stateSince) {
		return
	}
	c.stateSince = since
	c.upsert(ctx, c.stateAttrs(ctx, state, since)...)
}

// sendThen sends mail between two waits; then is the step the case goes on
// at once it is out (a case that continues as new during the send goes on
// there after sending it first).
func (c *caseRun) sendThen(ctx workflow.Context, then string, mail OutgoingMail) (SentMail, error) {
	c.then = then
	defer func() { c.then = "" }()
	return c.send(ctx, mail)
}

// resumeSend sends first the mail a run before was sending when the case
// continued as new, and reports it. A refusal of a step's mail fails the
// case; of a reminder or alert it is recorded.
func (c *caseRun) resumeSend(ctx workflow.Context) (OutgoingMail, SentMail, error) {
	s := c.resumedSend
	if s == nil {
		return OutgoingMail{}, SentMail{}, nil
	}
	c.resumedSend = nil
	if s.Then != "" {
		c.resumed = nil // the next wait is a new one
	}
	c.record(ctx, fmt.Sprintf("mail %s, being retried when the case continued as new, is sent first", s.Mail.Step))
	sent, err := c.sendCarried(ctx, s)
	switch {
	case errors.Is(err, errContinueAsNew) || errors.Is(err, errCancelled):
		return s.Mail, sent, err
	case err != nil && s.isReminderOrAlert():
		return s.Mail, sent, c.sideMailFailed(ctx, "mail "+s.Mail.Step+" could not be sent", err)
	case err != nil:
		return s.Mail, sent, c.fail(ctx, "mail "+s.Mail.Step+" could not be sent", err)
	}
	c.noteUncertain(ctx, s.Mail, sent)
	c.record(ctx, fmt.Sprintf("mail %s went out", s.Mail.Step))
	return s.Mail, sent, nil
}
