package workflows

import (
	"errors"
	"fmt"
	"time"

	"go.temporal.io/sdk/workflow"
)

// versionCaseFlood marks the changes against a flood of mail to one case: a
// case continues as new (carrying its state) before its history grows too
// long, it cuts every field of the mail it receives, it sends the alerts it
// held back before it ends, its alerts' Message-IDs count alerts (not
// history lines), and its search attribute values stay within what the
// server accepts. Cases started before it replay without them.
const versionCaseFlood = "case-flood"

// versionAsksCarried marks the change that counts the questions beside an
// answer (MailEvent.Asks, up to about 1.8 KB a mail) in what a case
// carries (carriedBytes): a case with it keeps or hands back unread mail
// by its whole size. A case started before it counts as it did, so that its
// history replays with the same hand-backs and continues-as-new.
const versionAsksCarried = "asks-carried"

// A case continues as new when the server suggests it, or when one run has
// taken mailsPerRun mails or historyPerRun events, whichever comes first:
// the server refuses signals past 10,000 to one run, and each mail past the
// case's cap costs about ten events (the signal, its task, the hand-back).
const (
	mailsPerRun   = 500
	historyPerRun = 8000
)

// What a case carries into its next run is bounded, so its input stays far
// below the server's 2 MiB: the newest events and Message-IDs, and the mail
// that had reached the run but that it had not read yet.
const (
	maxCarriedEvents       = 100
	maxCarriedSeen         = 1000
	maxCarriedHandedBack   = 500
	maxCarriedPendingBytes = 128 << 10
	// maxCarriedLineBytes bounds each carried history line and held-back
	// alert (whole in the earlier run's history).
	maxCarriedLineBytes = 1024
)

// maxKeywordBytes bounds a search attribute value: the server fails the
// workflow task past 2 KB, and SQL visibility stores 255 characters.
const maxKeywordBytes = 255

var errContinueAsNew = errors.New("the case continues as new")

// CaseCarry is what a case carries from one run into the next when it
// continues as new. A case started by the starter has none.
type CaseCarry struct {
	// Runs is how many runs the case had before this one.
	Runs  int    `json:"runs"`
	Step  string `json:"step"`
	State State  `json:"state"`
	// StateSince is when the case entered State (CaseStateSince).
	StateSince time.Time `json:"state_since,omitzero"`
	// Started is when the case's first run started (versionDatedRuns):
	// mail received well before it is another run's. Zero when carried
	// from a run before the change.
	Started time.Time `json:"started,omitzero"`
	Policy  Policy    `json:"policy"`
	// Clock is the wait the case was in, with its deadlines as times.
	Clock   WaitClock         `json:"clock"`
	AwsCase string            `json:"aws_case,omitempty"`
	Data    map[string]string `json:"data"`
	// Events are the first and the newest lines of the case's history;
	// EventsDropped counts those between, kept in earlier runs' histories.
	Events        []Event  `json:"events"`
	EventsDropped int      `json:"events_dropped,omitempty"`
	Seen          []string `json:"seen,omitempty"`
	// SeenTrusted are the Message-IDs of the trusted mail the case took
	// (seenids.go), the newest maxCarriedTrustedSeen, carried apart from Seen
	// so that strangers' mail cannot push them out.
	SeenTrusted []string `json:"seen_trusted,omitempty"`
	// HandedBack are the Message-IDs the case handed back without taking
	// them (versionAttachHandedBack), the newest maxCarriedHandedBack.
	HandedBack   []string    `json:"handed_back,omitempty"`
	Mails        int         `json:"mails,omitempty"`
	OverCapMails int         `json:"over_cap_mails,omitempty"`
	Held         *MailEvent  `json:"held,omitempty"`
	Resolvable   []MailEvent `json:"resolvable,omitempty"`
	HeldMails    []MailEvent `json:"held_mails,omitempty"`
	// Pending is mail that reached the run before but that it had not read;
	// Early is mail it kept for its next wait (kept.go).
	Pending []MailEvent `json:"pending,omitempty"`
	Early   []MailEvent `json:"early,omitempty"`
	// EarlyLeft is the mail kept for the wait the case continued as new in
	// that the wait had yet to look at (versionOutageEdges): read there.
	EarlyLeft []MailEvent   `json:"early_left,omitempty"`
	Alerts    CarriedAlerts `json:"alerts"`
	// Thread is a merge case's thread with AWS; Check a share case's
	// verification round.
	Thread *CarriedThread `json:"thread,omitempty"`
	Check  int            `json:"check,omitempty"`
	// RunToken is the token of the case's run that its Message-IDs carry
	// ("" for none); absent from what runs before versionSendCarry carried,
	// whose next run computes it.
	RunToken *string `json:"run_token,omitempty"`
	// Sending is the mail the case was sending (retried) when it continued
	// as new: the next run sends it first (versionSendCarry).
	Sending *CarriedSend `json:"sending,omitempty"`
	// HandBacks are the hand-backs to a watcher that is not running that
	// were being retried; Ending says the case had ended and waits only for
	// them (versionSendCarry, carried.go).
	HandBacks []CarriedHandBack `json:"hand_backs,omitempty"`
	Ending    *CarriedEnding    `json:"ending,omitempty"`
	// Updates are the operator's updates accepted for the wait while it
	// retried a reminder or alert, not yet acted on: its next run acts on
	// them in that wait (versionSendCarry).
	Updates *CarriedUpdates `json:"updates,omitempty"`
	// Answered is the answer the wait the case continued as new in had
	// taken, whose alert of the questions beside it (Sending) was being
	// retried: the next run sends the alert first, then the wait ends on
	// it (versionReplyAsks).
	Answered *MailEvent `json:"answered,omitempty"`
}

// WaitClock says when the timers of a case's current wait fire, as times:
// a case that continues as new keeps its follow-up and give-up deadlines
// instead of starting its 3-day and 14-day clocks again.
type WaitClock struct {
	RemindAt   time.Time `json:"remind_at,omitzero"`
	GiveUpAt   time.Time `json:"give_up_at,omitzero"`
	Reminded   bool      `json:"reminded,omitempty"`
	GaveUp     bool      `json:"gave_up,omitempty"`
	SleepUntil time.Time `json:"sleep_until,omitzero"`
}

// CarriedAlerts is the pacing of the alerts that mail causes (binding.go).
type CarriedAlerts struct {
	Last     time.Time `json:"last,omitzero"`
	Deferred []string  `json:"deferred,omitempty"`
	Dropped  int       `json:"dropped,omitempty"`
	Sent     int       `json:"sent,omitempty"`
}

// CarriedThread is a merge case's thread with AWS.
type CarriedThread struct {
	Subject    string   `json:"subject,omitempty"`
	Last       string   `json:"last,omitempty"`
	Refs       []string `json:"refs,omitempty"`
	AwsAddress string   `json:"aws_address,omitempty"`
}

// mayContinue reports whether the case, in a wait, should continue as new
// now. It never does with an operator's update, a cancel or a mail it has
// yet to take: mail already delivered to this run is moved to the pending
// list, which the next run reads first. (Mail that arrives while the run
// ends makes the server refuse the end and run the task again with it.)
func (c *caseRun) mayContinue(ctx workflow.Context) bool {
	if !c.flood || !c.atContinuePoint() {
		return false
	}
	info := workflow.GetInfo(ctx)
	if !info.GetContinueAsNewSuggested() && c.runMails < mailsPerRun && info.GetCurrentHistoryLength() < historyPerRun {
		return false
	}
	if ctx.Err() != nil {
		return false
	}
	// Yield once, so that the handler of an update that came in this task
	// runs first (its coroutine may not have run yet): what it accepts is
	// then seen below, not lost with the run. It came after case-flood with
	// no marker of its own; trusted-lists is the first marker after it, so
	// cases recorded before the yield (which continued in such a task)
	// replay without it. Those between the two lose it on replay only if an
	// update came in the very task they continued in.
	if c.trusted >= 1 {
		yielded := false
		// Await fails only when ctx is cancelled, which the check below reads.
		_ = workflow.Await(ctx, func() bool {
			was := yielded
			yielded = true
			return was
		})
	}
	// A hand-back being retried runs beside the case and would be lost.
	if ctx.Err() != nil || !c.mayCarryHandBacks() || c.stopCh.Len() > 0 || (c.updatesBuffered() && !c.mayCarryUpdates()) ||
		!workflow.AllHandlersFinished(ctx) {
		return false
	}
	if c.sending != nil {
		// A send keeps or hands back all the mail it reads (sending.go):
		// mail that came meanwhile is read first, then it tries again.
		if c.mailCh.Len() > 0 {
			return false
		}
		c.continuing = true
		return true
	}
	for c.pendingBytes < maxCarriedPendingBytes {
		var ev MailEvent
		if !c.mailCh.ReceiveAsync(&ev) {
			c.continuing = true
			return true
		}
		ev = BoundEvent(ev)
		c.pending = append(c.pending, ev)
		c.pendingBytes += c.carriedBytes(ev)
	}
	// Too much to carry: the run reads some of it first, then tries again.
	return false
}

// atContinuePoint reports whether the case stands where it can go on in a
// next run: in a wait, or in a send that the next run sends first and then
// goes on from (not one whose caller ignores how it ended, nor one of an
// ending case before versionOutageEdges).
func (c *caseRun) atContinuePoint() bool {
	if c.sending == nil {
		return c.clock != nil
	}
	if c.ending {
		return c.outageEdges // finish and endAgain carry the send of the held-back alerts
	}
	return !c.noCarry && (c.clock != nil || c.sending.Then != "" || c.resumed != nil)
}

// nextMail takes the oldest pending mail, if there is one.
func (c *caseRun) nextMail() (MailEvent, bool) {
	if len(c.pending) == 0 {
		return MailEvent{}, false
	}
	ev := c.pending[0]
	c.pending = c.pending[1:]
	c.pendingBytes -= c.carriedBytes(ev)
	return ev, true
}

// carriedBytes is about what ev costs in a case's input (its JSON): with
// versionAsksCarried the questions beside an answer too.
func (c *caseRun) carriedBytes(ev MailEvent) int {
	n := eventBytes(ev)
	if c.asksCarried {
		for _, a := range ev.Asks {
			n += len(a) + 3
		}
	}
	return n
}

// eventBytes is what a case before versionAsksCarried counts of ev in its
// input: all but the questions beside an answer.
func eventBytes(ev MailEvent) int {
	n := 300 + len(ev.MessageID) + len(ev.Kind) + len(ev.From) + len(ev.Subject) + len(ev.AwsCase) + len(ev.ForwardedBy) +
		len(ev.Watcher) + len(ev.Sub) + len(ev.Excerpt) + len(ev.By) + len(ev.Run) + len(ev.Lean)
	for _, list := range [][]string{ev.References, ev.Trust, ev.Mentions, ev.MergeInto} {
		for _, s := range list {
			n += len(s) + 3
		}
	}
	if b := ev.Bounce; b != nil {
		n += 100 + len(b.Status) + len(b.Recipient) + len(b.Diagnostic) + len(b.ReturnedID)
	}
	return n
}

// carry is what the case takes into its next run.
func (c *caseRun) carry() *CaseCarry {
	cr := &CaseCarry{
		Runs: c.runs + 1, Step: c.step, State: c.state, StateSince: c.stateSince, Started: c.started, Policy: c.policy,
		AwsCase: c.awsCase, Data: c.data,
		Mails: c.mails, OverCapMails: c.overCapMails, Held: c.held, HeldMails: c.heldMails, Resolvable: c.resolvable,
		Pending: c.pending, Early: c.early, Answered: c.answered,
		Alerts: CarriedAlerts{
			Last: c.alerts.last, Deferred: c.alerts.deferred, Dropped: c.alerts.dropped, Sent: c.alerts.sent,
		},
	}
	if c.clock != nil {
		cr.Clock = *c.clock
	}
	events := c.events
	cr.EventsDropped = c.eventsDropped
	if n := len(events); n > maxCarriedEvents {
		events = append([]Event{events[0]}, events[n-maxCarriedEvents+1:]...)
		cr.EventsDropped += n - maxCarriedEvents
	}
	for _, e := range events {
		cr.Events = append(cr.Events, Event{At: e.At, What: truncate(e.What, maxCarriedLineBytes)})
	}
	cr.Alerts.Deferred = nil
	for _, d := range c.alerts.deferred {
		cr.Alerts.Deferred = append(cr.Alerts.Deferred, truncate(d, maxCarriedLineBytes))
	}
	cr.Seen = c.seenOrder
	if n := len(cr.Seen); n > maxCarriedSeen {
		cr.Seen = cr.Seen[n-maxCarriedSeen:]
	}
	c.carryTrustedSeen(cr)
	cr.HandedBack = c.handedBackOrder
	if n := len(cr.HandedBack); n > maxCarriedHandedBack {
		cr.HandedBack = cr.HandedBack[n-maxCarriedHandedBack:]
	}
	if c.sendCarry {
		c.carrySend(cr)
	}
	cr.EarlyLeft = c.earlyLeft
	if c.outageEdges && cr.Updates == nil && c.mayCarryUpdates() {
		cr.Updates = c.takeUpdates()
	}
	return cr
}

// carrySend adds to cr the run token and the send in progress: a send
// between two waits goes on at its step, one in a wait (or carried in and
// not yet back in its wait) with the wait's clock.
func (c *caseRun) carrySend(cr *CaseCarry) {
	token := c.runToken
	cr.RunToken = &token
	cr.HandBacks = c.carriedHandBacks()
	s := c.sending
	if s == nil {
		return
	}
	cr.Sending = s
	if c.mayCarryUpdates() {
		cr.Updates = c.takeUpdates()
	}
	if s.Then != "" {
		cr.Step = s.Then
	} else if c.clock == nil && c.resumed != nil {
		cr.Clock = c.resumed.Clock
	}
}

// continueAsNew ends this run and starts the next with the case's state.
func (c *caseRun) continueAsNew(ctx workflow.Context) error {
	c.record(ctx, fmt.Sprintf("the case continues as new (run %d), its history having grown long; "+
		"%d unread mails are carried", c.runs+2, len(c.pending)))
	return c.continueWith(ctx, c.carry())
}

// resume takes the state a case carried from its run before. The first
// wait of this run is the wait the case was in (see beginWait).
func (c *caseRun) resume(ctx workflow.Context, cr *CaseCarry) {
	c.resumed, c.runs, c.step = cr, cr.Runs, cr.Step
	c.state, c.stateSince, c.policy, c.awsCase = cr.State, cr.StateSince, cr.Policy, cr.AwsCase
	if !c.started.IsZero() {
		c.started = cr.Started // the first run's; zero from a run before versionDatedRuns: no check
	}
	for k, v := range cr.Data {
		c.data[k] = v
	}
	c.events, c.eventsDropped = cr.Events, cr.EventsDropped
	for _, id := range cr.Seen {
		c.markSeen(id)
	}
	c.resumeTrustedSeen(cr)
	for _, id := range cr.HandedBack {
		c.noteHandedBack(truncate(id, maxFieldBytes))
	}
	c.mails, c.overCapMails, c.held, c.resolvable, c.early = cr.Mails, cr.OverCapMails, cr.Held, cr.Resolvable, cr.Early
	c.heldMails, c.earlyLeft, c.answered = cr.HeldMails, cr.EarlyLeft, cr.Answered
	if cr.RunToken != nil {
		c.runToken = *cr.RunToken
	}
	c.resumedSend = cr.Sending
	c.putUpdates(cr.Updates)
	for _, h := range cr.HandBacks {
		c.retryHandBackFrom(ctx, &h)
	}
	if len(c.heldMails) == 0 && c.held != nil && c.heldByID() { // carried by a run before the list
		c.heldMails = []MailEvent{*c.held}
	}
	for _, ev := range cr.Pending {
		ev = BoundEvent(ev)
		c.pending = append(c.pending, ev)
		c.pendingBytes += c.carriedBytes(ev)
	}
	a := cr.Alerts
	c.alerts = alertPacer{last: a.Last, deferred: a.Deferred, dropped: a.Dropped, sent: a.Sent}
	if len(a.Deferred) > 0 {
		c.alerts.flush = workflow.NewTimerWithOptions(ctx, a.Last.Add(alertInterval).Sub(workflow.Now(ctx)),
			workflow.TimerOptions{Summary: "send the deferred operator alerts (one an hour per case)"})
	}
	c.record(ctx, fmt.Sprintf("run %d of the case: continued as new with its state, %d unread mails "+
		"and %d earlier history lines not carried", cr.Runs+1, len(cr.Pending), cr.EventsDropped))
	requester := ""
	if len(c.people) > 0 {
		requester = c.people[0]
	}
	attrs := c.stateAttrs(ctx, c.state, c.stateSince)
	c.upsert(ctx, append(attrs, CaseKindKey.ValueSet(c.kind), RequesterKey.ValueSet(c.keyword(requester)))...)
	if c.awsCase != "" {
		c.upsert(ctx, AwsCaseKey.ValueSet(c.keyword(c.awsCase)))
	}
}

// beginWait sets the case's state for a wait and returns the wait's clock:
// a new one, or, for the first wait after continuing as new, the carried one
// (the case is then in the state it was in, needs_attention perhaps).
func (c *caseRun) beginWait(ctx workflow.Context, state State,
	remindAfter, giveUpAfter, sleep time.Duration) *WaitClock {
	if r := c.resumed; r != nil {
		c.resumed = nil
		clock := r.Clock
		c.clock = &clock
		return c.clock
	}
	c.setState(ctx, state)
	now := workflow.Now(ctx)
	clock := WaitClock{}
	if remindAfter > 0 {
		clock.RemindAt = now.Add(remindAfter)
	}
	if giveUpAfter > 0 {
		clock.GiveUpAt = now.Add(giveUpAfter)
	}
	if sleep > 0 {
		clock.SleepUntil = now.Add(sleep)
	}
	c.clock = &clock
	return c.clock
}

// endWait ends the current wait; its clock stays for the carry when the
// case continues as new from it.
func (c *caseRun) endWait() {
	if !c.continuing {
		c.clock = nil
	}
}

// takeEarlyUnless is takeEarly, but not for the wait a case continued as
// new in: that wait took its early mail in the run before, and what was
// kept since is for the wait after it.
func (c *caseRun) takeEarlyUnless(ctx workflow.Context, w wait, resumed bool) (*MailEvent, error) {
	if resumed {
		// But the mails it had yet to look at when it continued as new
		// (versionOutageEdges).
		left := c.earlyLeft
		c.earlyLeft = nil
		return c.takeKept(ctx, w, left)
	}
	return c.takeEarly(ctx, w)
}

// keyword cuts a search attribute value to what the server accepts (a
// value it refuses fails the workflow task, again at every retry).
func (c *caseRun) keyword(s string) string {
	if !c.flood {
		return s
	}
	return truncate(s, maxKeywordBytes)
}

// markSeen remembers a Message-ID the case has handled, in order, so the
// newest can be carried into the next run.
func (c *caseRun) markSeen(id string) {
	if c.seen[id] {
		return
	}
	c.seen[id] = true
	c.seenOrder = append(c.seenOrder, id)
}
