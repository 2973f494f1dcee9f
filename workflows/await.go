package workflows

import (
	"fmt"

	"go.temporal.io/sdk/workflow"
)

// await waits for what w describes. After giveUpAfter the case needs
// attention but goes on waiting: the mail may still come, or the operator
// acts. A person's reply that cannot be read is not guessed: it is recorded
// and the operator asked.
func (c *caseRun) await(ctx workflow.Context, w wait) (MailEvent, error) {
	c.dropStaleUpdates(ctx)
	// A wait the case continued as new in has taken the mail kept for it;
	// what it kept since is for the wait after it.
	resumed := c.resumed != nil
	clock := c.beginWait(ctx, w.state, w.remindAfter, w.giveUpAfter, 0)
	c.waitingFor, c.waitWant, c.waitAsks = w.operator, w.want, w.onAsks
	defer func() { c.waitingFor, c.waitWant, c.waitAsks = "", nil, onAnswer{} }()
	defer c.endWait()
	timerCtx, stopTimers := workflow.WithCancel(ctx)
	defer stopTimers()
	if got := c.takeAnswered(ctx, resumed); got != nil {
		return c.settle(ctx, *got)
	}
	if got, err := c.takeEarlyUnless(ctx, w, resumed); got != nil || err != nil {
		if err != nil {
			return MailEvent{}, err
		}
		return c.settle(ctx, *got)
	}
	s := &waiting{c: c, w: w, clock: clock}
	s.startTimers(ctx, timerCtx)
	for {
		if c.mayContinue(ctx) {
			return MailEvent{}, errContinueAsNew
		}
		s.got, s.err = nil, nil
		if ev, ok := c.nextMail(); ok {
			s.takeMail(ctx, ev)
		} else {
			s.takeNext(ctx)
		}
		if done, ev, err := c.waitOutcome(ctx, s.got, s.err); done {
			return ev, err
		}
	}
}

// waiting is one await in progress: the wait, its clock and timers, and
// what the last thing that happened left: got ends the wait, err fails it.
type waiting struct {
	c              *caseRun
	w              wait
	clock          *WaitClock
	remind, giveUp workflow.Future // nil once fired, or when the wait has none
	got            *MailEvent
	err            error
}

// startTimers starts the wait's reminder and give-up timers. The deadlines
// are times, so a case that continued as new keeps them; for a new wait the
// durations are exactly remindAfter and giveUpAfter.
func (s *waiting) startTimers(ctx, timerCtx workflow.Context) {
	w, clock := s.w, s.clock
	if w.remindAfter > 0 && w.remind != nil && !clock.Reminded {
		s.remind = workflow.NewTimerWithOptions(timerCtx, clock.RemindAt.Sub(workflow.Now(ctx)),
			workflow.TimerOptions{Summary: remindSummary(w.state, w.remindAfter)})
	}
	if w.giveUpAfter > 0 && !clock.GaveUp {
		s.giveUp = workflow.NewTimerWithOptions(timerCtx, clock.GiveUpAt.Sub(workflow.Now(ctx)),
			workflow.TimerOptions{Summary: giveUpSummary(w.state, w.giveUpAfter)})
	}
}

// takeNext blocks until one thing happens: a mail, a cancel, the operator's
// reading of a mail, an operator update the wait takes, or a timer.
func (s *waiting) takeNext(ctx workflow.Context) {
	c := s.c
	sel := workflow.NewSelector(ctx)
	sel.AddReceive(c.mailCh, func(ch workflow.ReceiveChannel, _ bool) {
		s.takeMail(ctx, c.receive(ctx, ch))
	})
	c.listenForCancel(ctx, sel)
	if c.readKinds {
		sel.AddReceive(c.resolveCh, func(ch workflow.ReceiveChannel, _ bool) {
			var req ResolveRequest
			ch.Receive(ctx, &req)
			s.takeReading(ctx, req)
		})
	}
	for _, op := range []struct {
		name string
		ch   workflow.Channel
	}{{UpdateConfirm, c.confirmCh}, {UpdateApprove, c.approveCh}} {
		if !c.takesUpdate(s.w.operator, op.name) {
			continue
		}
		sel.AddReceive(op.ch, func(ch workflow.ReceiveChannel, _ bool) { s.takeUpdate(ctx, op.name, ch) })
	}
	s.listenForTimers(ctx, sel)
	sel.Select(ctx)
}

// takesUpdate reports whether a wait for the operator's update waitingFor
// (UpdateConfirm, UpdateApprove or "") takes the update name now: the one it
// waits for, and approve whenever the case holds mail. The validators ask it
// of c.waitingFor, which an accepted update clears so that a second one is
// refused; the wait's loop asks it of its own wait.operator.
func (c *caseRun) takesUpdate(waitingFor, name string) bool {
	return waitingFor == name || (name == UpdateApprove && c.held != nil)
}

// takesReading reports whether a wait that wants want takes the operator's
// reading of a mail as kind (starter resolve): as what it waits for, or as
// other mail, which changes nothing. validateResolve asks it of c.waitWant,
// the wait's loop of its own want.
func takesReading(kind MailKind, want []MailKind) bool {
	return kind == MailAWSOther || wanted(kind, want)
}

// takeMail reads one mail in the wait: what it waits for ends it (or is
// held, or ignored); other mail is kept for a later wait, brought to the
// operator, or recorded.
func (s *waiting) takeMail(ctx workflow.Context, ev MailEvent) {
	c, w := s.c, s.w
	ev = c.withoutAsks(ev, w)
	if !c.accept(ctx, ev) {
		return
	}
	ev = c.fromLean(ctx, ev, w)
	if wanted(ev.Kind, w.want) && c.answersOtherQuestion(ev, w) {
		ev = c.otherQuestion(ctx, ev, w)
	}
	if c.answersNotAsked(ev, w) {
		ev = c.readAsNotAsked(ctx, ev, w)
	}
	if wanted(ev.Kind, w.want) {
		s.got, s.err = c.onWanted(ctx, ev, w)
		return
	}
	if c.keepEarly(ctx, ev, w.state) {
		return
	}
	if c.readKinds {
		s.err = c.unwanted(ctx, ev, w)
		return
	}
	s.err = c.unwantedBeforeKinds(ctx, ev, w)
}

// unwantedBeforeKinds handles mail the wait w does not wait for in a case
// started before versionMailKinds: AWS's other mail and a person's reply
// that cannot be read go to the operator, the rest is recorded.
func (c *caseRun) unwantedBeforeKinds(ctx workflow.Context, ev MailEvent, w wait) error {
	if ev.Kind == MailAWSOther {
		return c.alertAboutMail(ctx, fmt.Sprintf("AWS wrote %q, which certflow cannot read as what %s waits for; read it",
			ev.Subject, w.state))
	}
	if w.fromPeople && c.fromPerson(ev.From) && ev.Kind == MailUnknown {
		return c.alertAboutMail(ctx, fmt.Sprintf("a reply from %s (%q) could not be read as an answer; "+
			"read it and run starter confirm if it is one", ev.From, ev.Subject))
	}
	c.record(ctx, fmt.Sprintf("mail %q (%s) is not what %s waits for; kept in the history", ev.Subject, ev.Kind, w.state))
	return nil
}

// takeReading acts on the operator's reading of a mail (starter resolve).
func (s *waiting) takeReading(ctx workflow.Context, req ResolveRequest) {
	c := s.c
	c.waitWant = s.w.want
	ev := c.resolved(ctx, req)
	if ev == nil {
		return
	}
	if !takesReading(ev.Kind, s.w.want) { // accepted in the same moment as what it stood in for
		c.record(ctx, "the operator's reading came after the case had moved on; not needed")
		return
	}
	// Reading a mail is not vouching for its sender: an unauthenticated one
	// is still held for starter approve.
	if why := c.distrust(*ev); why != "" {
		s.err = c.hold(ctx, *ev, why)
		return
	}
	s.got = ev
}

// takeUpdate acts on the operator update name (confirm, approve) from ch.
func (s *waiting) takeUpdate(ctx workflow.Context, name string, ch workflow.ReceiveChannel) {
	c := s.c
	if name == UpdateApprove {
		var req ApproveRequest
		ch.Receive(ctx, &req)
		c.record(ctx, "the operator ran starter "+name)
		s.got = c.approved(ctx, req)
		return
	}
	ch.Receive(ctx, nil)
	c.record(ctx, "the operator ran starter "+name)
	s.got = &MailEvent{Kind: MailConfirmedByOperator}
}

// listenForTimers adds to sel the wait's timers still to fire: the
// reminder, the flush of the alerts held back, and the give-up.
func (s *waiting) listenForTimers(ctx workflow.Context, sel workflow.Selector) {
	c := s.c
	if s.remind != nil {
		sel.AddFuture(s.remind, func(f workflow.Future) {
			s.remind = nil
			if f.Get(ctx, nil) == nil {
				s.clock.Reminded = true
				s.err = s.w.remind(ctx)
			}
		})
	}
	c.addAlertFlush(ctx, sel, &s.err)
	if s.giveUp != nil {
		sel.AddFuture(s.giveUp, func(f workflow.Future) {
			s.giveUp = nil
			if f.Get(ctx, nil) == nil {
				s.clock.GaveUp = true
				s.err = c.needsAttention(ctx, s.w.giveUpWhy)
			}
		})
	}
}
