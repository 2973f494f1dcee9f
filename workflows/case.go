package workflows

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// caseRun is what every case has: its state and history, the mail it has
// seen, and the ways a person can move it. Only the case's workflow
// coroutines touch it (they run one at a time).
type caseRun struct {
	id, kind string
	lang     string
	// people are the addresses whose answers count (compared without case).
	people []string
	// data are the template fields every mail of the case gets.
	data   map[string]string
	policy Policy
	state  State

	awsCase string
	events  []Event
	seen    map[string]bool // Message-IDs already handled: the watcher may deliver twice
	// takesBack, handedBack: see versionAttachHandedBack (attach.go).
	takesBack       bool
	handedBack      map[string]bool
	handedBackOrder []string

	mailCh    workflow.ReceiveChannel
	stopCh    workflow.ReceiveChannel
	confirmCh workflow.Channel
	approveCh workflow.Channel
	// waitingFor says which operator update the case can take now:
	// UpdateConfirm, UpdateApprove or "".
	waitingFor string
	cancel     *CancelRequest
	// ending: the case is in finish; `starter approve` is refused, and a
	// send is not carried into a next run (but for versionOutageEdges).
	ending bool

	// checkTrust: AWS's mail must be authenticated to move the case. Cases
	// started before sender authentication existed replay without it.
	checkTrust bool
	// held is the unauthenticated mail that would have moved the case;
	// `starter approve` acts on it.
	held *MailEvent
	// heldMails are all the mails held in this wait (versionTrustedLists
	// 3), newest last, for `starter approve CASE MESSAGE-ID`; held is the newest.
	heldMails []MailEvent
	// trustBinding: people's answers must be authenticated too, AWS's mail
	// must be about this case's accounts, and mail-caused alerts are paced
	// (see binding.go). accounts are the addresses AWS's mail must name.
	trustBinding bool
	noStrangers  bool
	accounts     []string
	// checkDirection (versionMergeDirection): AWS's consent request that
	// names another account to merge into than mergeInto, the merge case's
	// target, is held.
	checkDirection bool
	// replyAsks (versionReplyAsks): an answer with questions beside it
	// moves the case, and the operator is told the questions.
	replyAsks bool
	// ownQuestion (versionAnswerOwnQuestion): a person's answer counts only
	// for the question of the case's mail it replies to.
	ownQuestion bool
	// notAsked (versionAnswerNotAsked): a person's answer to the wait's own
	// question of a kind it does not take is unknown mail for the wait.
	notAsked bool
	// asksCarried (versionAsksCarried): the questions beside an answer
	// count to the unread mail the case carries (carriedBytes).
	asksCarried bool
	// answered is the answer a wait took whose alert of its questions
	// continued as new (CaseCarry.Answered): the wait ends on it in the
	// next run.
	answered  *MailEvent
	mergeInto string
	alerts    alertPacer
	// mails counts the mail the case took; past Policy.MaxMails it takes no
	// more, and overCapMails counts what it handed back.
	mails, overCapMails int
	// edges: the case hands back mail that comes as it ends, takes a cancel
	// from Temporal as a cancel, and retries a send for as long as mail is
	// down. Cases started before these fixes replay without them.
	edges bool

	// lean: one marker for all the changes of these fields
	// (versionLeanCase); a change after it adds its own.
	lean bool

	// mailKept: mail that comes before its wait is kept for it (early),
	// hand-backs are retried (handBacksPending are under way), and mail past
	// the cap is marked seen, the people's own still taken (versionMailKept).
	mailKept         bool
	early            []MailEvent
	handBacksPending int
	retrying         []*CarriedHandBack // the hand-backs retried (kept.go), to carry

	// started is when the case's first run started (versionDatedRuns;
	// zero without it): mail received well before it is another run's.
	started time.Time

	// runToken is the token of this case's run that its Message-IDs carry
	// ("" for cases started before versionRunToken); the same in every run
	// of the case (runTokenOf), so the thread stays the same.
	runToken string

	// readKinds: auto-replies, bounces and AWS's other mail are read, and
	// `starter resolve` is taken (versionMailKinds).
	readKinds bool
	// resolvable are the mails `starter resolve` may settle; waitWant is
	// what the current wait takes; resolveCh carries accepted resolutions.
	resolvable []MailEvent
	waitWant   []MailKind
	// waitAsks is the onAsks of the wait the case is in.
	waitAsks  onAnswer
	resolveCh workflow.Channel

	// flood: the case continues as new before its history grows too long,
	// carrying its state (versionCaseFlood, carry.go). runs counts the
	// runs before this one, step is where the case stands, resumed is the
	// state carried in (until the first wait takes its clock), clock is the
	// current wait's, runMails the mail this run took, pending the mail
	// that reached the case but that it has not read yet (read first).
	flood        bool
	trusted      int // the changes of versionTrustedLists the case has
	runs         int
	step         string
	resumed      *CaseCarry
	clock        *WaitClock
	runMails     int
	pending      []MailEvent
	pendingBytes int
	seenOrder    []string
	// trustedOrder and trustedSet are the Message-IDs of trusted mail the
	// case took, carried apart from seenOrder (seenids.go).
	trustedOrder  []string
	trustedSet    map[string]bool
	eventsDropped int
	stateSince    time.Time // when the case entered its state (carried)
	continuing    bool      // mayContinue said yes: the wait's clock is carried
	// sendCarry: a send is retried one activity an attempt, reads mail, and
	// may continue as new (versionSendCarry, sending.go). sending is the
	// send in progress, resumedSend the one carried in (sent first), then
	// the step a send between two waits goes on at; noCarry (and ending)
	// keep a send whose caller cannot go on in a next run from continuing
	// as new.
	sendCarry   bool
	sending     *CarriedSend
	resumedSend *CarriedSend
	then        string
	noCarry     bool
	// outageEdges: see versionOutageEdges (outageedges.go). carryErr is
	// errContinueAsNew from an alert whose caller cannot return an error
	// (the over-cap alert): the wait that took the mail continues as new.
	outageEdges bool
	carryErr    error
	// earlyLeft: see CaseCarry.EarlyLeft.
	earlyLeft []MailEvent
	// endingCancel is the Done channel of an ended case's own context,
	// which finish replaces by a disconnected one: a cancel through
	// Temporal still gives up the held-back alerts (versionOutageEdges).
	endingCancel workflow.ReceiveChannel
	// continueWith starts the case's next run (MergeWorkflow, ShareWorkflow).
	continueWith func(workflow.Context, *CaseCarry) error
}

// versionSenderTrust marks the change that holds unauthenticated AWS mail.
const versionSenderTrust = "sender-trust"

// versionLeanCase marks cases that take every change before it at once
// (sender-trust, trust-binding, no-stranger-accounts, case-edges,
// mail-kinds, mail-kept, run-token, send-first-attempt) with one marker
// instead of eight, and read
// the worker's settings with a local activity: each marker is an event and
// a search-attribute upsert (a visibility write), the activity a task and
// a workflow task of its own, all on the database of a busy cluster.
// Cases recorded before it replay their own markers.
const versionLeanCase = "lean-case"

// versionCaseEdges marks the fixes at the edges of a case's life: mail that
// arrives as the case ends is handed back, a cancel request from Temporal
// ends the case cancelled, and a send is retried for as long as mail is down.
const versionCaseEdges = "case-edges"

// cancelledByTemporal is the reason recorded when the case is cancelled
// through Temporal (the Web UI, `temporal workflow cancel`) instead of
// `starter cancel`.
const cancelledByTemporal = "cancelled through Temporal (the Web UI or a cancel request)"

var errCancelled = errors.New("case cancelled")

func newCase(ctx workflow.Context, kind, lang string, people []string, data map[string]string) (*caseRun, error) {
	c := &caseRun{
		id:         workflow.GetInfo(ctx).WorkflowExecution.ID,
		kind:       kind,
		lang:       lang,
		people:     people,
		data:       data,
		seen:       map[string]bool{},
		handedBack: map[string]bool{},
		mailCh:     workflow.GetSignalChannel(ctx, SignalMail),
		stopCh:     workflow.GetSignalChannel(ctx, SignalCancel),
		confirmCh:  workflow.NewBufferedChannel(ctx, 1),
		approveCh:  workflow.NewBufferedChannel(ctx, 1),
	}
	c.data["CaseID"] = c.id
	c.takeVersions(ctx)
	c.resolveCh = workflow.NewBufferedChannel(ctx, 1)
	if err := c.resolveUpdate(ctx); err != nil {
		return nil, err
	}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (Status, error) { return c.status(), nil }); err != nil {
		return nil, err
	}
	if err := c.confirmUpdate(ctx); err != nil {
		return nil, err
	}
	if err := c.approveUpdate(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// resolveUpdate registers `starter resolve`: the operator says what a mail
// the case kept is (validateResolve).
func (c *caseRun) resolveUpdate(ctx workflow.Context) error {
	return workflow.SetUpdateHandlerWithOptions(ctx, UpdateResolve,
		func(ctx workflow.Context, req ResolveRequest) (string, error) {
			c.waitWant = nil // a second call before the case moves on is refused
			if !c.resolveCh.SendAsync(req) && c.outageEdges {
				return "", fmt.Errorf("case %s acts on a starter resolve already; run it again once it has", c.id)
			}
			return fmt.Sprintf("case %s: mail %s read as %s", c.id, req.MessageID, req.As), nil
		},
		workflow.UpdateHandlerOptions{Validator: func(req ResolveRequest) error { return c.validateResolve(req) }})
}

// confirmUpdate registers `starter confirm`, taken by a wait for it only.
func (c *caseRun) confirmUpdate(ctx workflow.Context) error {
	return workflow.SetUpdateHandlerWithOptions(ctx, UpdateConfirm, func(ctx workflow.Context) (string, error) {
		c.waitingFor = "" // a second call before the case moves on is refused
		if !c.confirmCh.SendAsync(true) && c.outageEdges {
			return "", fmt.Errorf("case %s acts on a %s already", c.id, UpdateConfirm)
		}
		return fmt.Sprintf("case %s: %s accepted", c.id, UpdateConfirm), nil
	}, workflow.UpdateHandlerOptions{Validator: func() error {
		if !c.takesUpdate(c.waitingFor, UpdateConfirm) {
			return fmt.Errorf("case %s is %s and is not waiting for %s", c.id, c.state, UpdateConfirm)
		}
		return nil
	}})
}

// takeVersions reads which changes the case has (workflow.GetVersion), in
// the order they came: a case keeps the ones it started with.
func (c *caseRun) takeVersions(ctx workflow.Context) {
	c.lean = workflow.GetVersion(ctx, versionLeanCase, workflow.DefaultVersion, 1) >= 1
	if c.lean {
		c.checkTrust, c.trustBinding, c.noStrangers, c.edges, c.readKinds, c.mailKept = true, true, true, true, true, true
		c.runToken = runTokenOf(ctx)
	} else {
		c.checkTrust = workflow.GetVersion(ctx, versionSenderTrust, workflow.DefaultVersion, 1) >= 1
		c.trustBinding = workflow.GetVersion(ctx, versionTrustBinding, workflow.DefaultVersion, 1) >= 1
		c.noStrangers = workflow.GetVersion(ctx, versionNoStrangers, workflow.DefaultVersion, 1) >= 1
		c.edges = workflow.GetVersion(ctx, versionCaseEdges, workflow.DefaultVersion, 1) >= 1
		c.readKinds = workflow.GetVersion(ctx, versionMailKinds, workflow.DefaultVersion, 1) >= 1
		c.mailKept = workflow.GetVersion(ctx, versionMailKept, workflow.DefaultVersion, 1) >= 1
		if workflow.GetVersion(ctx, versionRunToken, workflow.DefaultVersion, 1) >= 1 {
			c.runToken = runTokenOf(ctx)
		}
	}
	c.flood = workflow.GetVersion(ctx, versionCaseFlood, workflow.DefaultVersion, 1) >= 1
	c.takeTrustedLists(ctx)
	c.takesBack = workflow.GetVersion(ctx, versionAttachHandedBack, workflow.DefaultVersion, 1) >= 1
	if workflow.GetVersion(ctx, versionDatedRuns, workflow.DefaultVersion, 1) >= 1 {
		c.started = workflow.GetInfo(ctx).WorkflowStartTime // a run it continued as new in takes the carried one
	}
	c.sendCarry = workflow.GetVersion(ctx, versionSendCarry, workflow.DefaultVersion, 1) >= 1
	c.takeOutageEdges(ctx)
	c.checkDirection = workflow.GetVersion(ctx, versionMergeDirection, workflow.DefaultVersion, 1) >= 1
	c.replyAsks = workflow.GetVersion(ctx, versionReplyAsks, workflow.DefaultVersion, 1) >= 1
	c.asksCarried = workflow.GetVersion(ctx, versionAsksCarried, workflow.DefaultVersion, 1) >= 1
	c.takeAnswerOwnQuestion(ctx)
	c.takeAnswerNotAsked(ctx)
}

// wait describes one wait of a case.
type wait struct {
	state State
	// want are the mail kinds that end the wait.
	want []MailKind
	// fromPeople: wanted kinds count only when sent by one of c.people.
	fromPeople bool
	// questions are the steps of the case's mails that ask what a wait
	// from people waits for (see wait.asksIn, versionAnswerOwnQuestion).
	questions []string
	// leans are the kinds a reply certflow cannot read may be taken as when
	// it leans to them (withLeans, versionLeanAnswers); none for most waits.
	leans []MailKind
	// operator is the update that may end the wait instead of a mail
	// (UpdateConfirm, UpdateApprove) or "".
	operator string
	// remindAfter, when positive, sends remind once; giveUpAfter, when
	// positive, moves the case to needs_attention and tells the operator.
	remindAfter, giveUpAfter time.Duration
	remind                   func(ctx workflow.Context) error
	giveUpWhy                string
	// onAsks, for a wait that takes an answer with questions beside it,
	// says what the case does on the answer and what that costs if the
	// answer was misread (tellAsks).
	onAsks onAnswer
}

// onAnswer is what a wait's alert of an answer with questions beside it
// tells besides them: what the case did on the answer (went), and what
// that costs if it was misread, with the operator's command to set it
// right, the case's ID in it (misread).
type onAnswer struct {
	went, misread string
}

// receive takes one mail from ch, cut to its bounds (versionCaseFlood).
func (c *caseRun) receive(ctx workflow.Context, ch workflow.ReceiveChannel) MailEvent {
	var ev MailEvent
	ch.Receive(ctx, &ev)
	if c.flood {
		c.runMails++
		ev = BoundEvent(ev)
	}
	return ev
}

// waitOutcome says whether a wait is over after one thing happened: the
// case was cancelled, a step failed, or what it waited for came.
func (c *caseRun) waitOutcome(ctx workflow.Context, got *MailEvent, stepErr error) (bool, MailEvent, error) {
	if stepErr == nil {
		stepErr = c.takeCarryErr()
	}
	switch {
	case c.cancelled(ctx):
		return true, MailEvent{}, errCancelled
	case stepErr != nil:
		return true, MailEvent{}, stepErr
	case got != nil:
		ev, err := c.settle(ctx, *got)
		return true, ev, err
	}
	return false, MailEvent{}, nil
}

// onWanted handles a mail of a kind the wait w waits for: it ends the wait
// (it is returned), or it is held, or ignored, with the reason recorded.
func (c *caseRun) onWanted(ctx workflow.Context, ev MailEvent, w wait) (*MailEvent, error) {
	if w.fromPeople && !c.fromPerson(ev.From) {
		c.record(ctx, fmt.Sprintf("ignored: an answer from %s, who is not the requester", ev.From))
		return nil, nil
	}
	if why := c.distrust(ev); why != "" {
		return nil, c.hold(ctx, ev, why)
	}
	return &ev, nil
}

// settle is the end of a wait on got; the operator is told the questions
// beside its answer (tellAsks).
func (c *caseRun) settle(ctx workflow.Context, got MailEvent) (MailEvent, error) {
	if c.state == StateNeedsAttention {
		c.record(ctx, "what the case waited for arrived; it goes on")
	}
	c.held, c.heldMails = nil, nil
	if got.Vouched || got.ResolvedBy {
		c.learnAwsCase(ctx, got)
	}
	return got, c.tellAsks(ctx, got)
}

// isAWS reports whether a kind is AWS's word on the case, which only
// authenticated mail (or the operator) may give.
func isAWS(k MailKind) bool {
	return k == MailConsentRequest || k == MailCompleted
}

// hold keeps mail that would have moved the case, but that the case cannot
// trust (how says why), as evidence, sends nothing to its sender, and asks
// the operator. The case goes on waiting: genuine mail still moves it, and
// `starter approve` acts on the held one.
func (c *caseRun) hold(ctx workflow.Context, ev MailEvent, how string) error {
	if ev.LeanTold {
		ev.Asks = nil // this alert quotes the reply; approving it needs no second one
	}
	if c.heldByID() {
		c.keepHeld(ctx, ev)
	} else {
		c.held = &ev
	}
	who := "mail that claims to be AWS's"
	if isAnswer(ev.Kind) {
		who = "an answer that claims to be " + ev.From + "'s"
	}
	if ev.Lean != "" && ev.Lean == ev.Kind {
		// Approving it vouches for the sender and for a reading certflow
		// only leaned to: the operator must read the words.
		who += fmt.Sprintf(" (read from its lean: certflow could read only part of it, which says %q)", ev.Excerpt)
	}
	why := fmt.Sprintf("%s (%s, from %s, %q, Message-ID %s) is held: %s",
		who, ev.Kind, ev.From, ev.Subject, ev.MessageID, how)
	if len(ev.Trust) > 0 {
		why += " (" + strings.Join(ev.Trust, "; ") + ")"
	}
	why += ". Nothing was sent to its sender. If it is genuine, run: " + c.approveHint(ev) +
		"; otherwise nothing needs doing: the case goes on waiting for authenticated mail"
	c.setState(ctx, StateNeedsAttention)
	return c.alertAboutMail(ctx, why)
}

// dropStaleUpdates empties the update channels: an update accepted in the
// same moment as the answer it stood in for must not end a later wait.
func (c *caseRun) dropStaleUpdates(ctx workflow.Context) {
	if c.sendCarry && c.resumed != nil {
		// The wait a case continued as new in: an update it holds was
		// accepted for this wait while the run sent the mail carried in.
		return
	}
	for _, ch := range []workflow.Channel{c.confirmCh, c.approveCh} {
		for ch.ReceiveAsync(nil) {
			c.record(ctx, "an operator update that arrived together with the answer was not needed")
		}
	}
	// A resolve accepted in the same moment as the mail that moved the case
	// must not answer the next wait (it could complete a case nobody answered).
	for c.resolveCh != nil && c.resolveCh.ReceiveAsync(nil) {
		c.record(ctx, "a starter resolve that arrived together with the answer was not needed")
	}
}

// sleep waits for d in state, or until the case is cancelled.
func (c *caseRun) sleep(ctx workflow.Context, state State, d time.Duration) error {
	c.dropStaleUpdates(ctx)
	// A sleep the case continued as new in keeps the mail it kept for the
	// wait after it.
	resumed := c.resumed != nil
	clock := c.beginWait(ctx, state, 0, 0, d)
	defer c.endWait()
	if !resumed {
		c.dropEarly(ctx)
	}
	timerCtx, stop := workflow.WithCancel(ctx)
	defer stop()
	timer := workflow.NewTimerWithOptions(timerCtx, clock.SleepUntil.Sub(workflow.Now(ctx)),
		workflow.TimerOptions{Summary: sleepSummary(state, d)})
	for {
		if c.mayContinue(ctx) {
			return errContinueAsNew
		}
		done := false
		var stepErr error
		onMail := func(ev MailEvent) {
			ev = c.withoutAsks(ev, wait{state: state}) // a sleep takes no answer
			if !c.accept(ctx, ev) {
				return
			}
			if c.readKinds && (ev.Kind == MailBounce || ev.Kind == MailAWSOther && ev.Sub == "refusal") {
				stepErr = c.unwanted(ctx, ev, wait{state: state})
				return
			}
			if c.keepEarly(ctx, ev, state) {
				return
			}
			c.record(ctx, fmt.Sprintf("mail %q (%s) arrived while %s; kept in the history", ev.Subject, ev.Kind, state))
		}
		if ev, ok := c.nextMail(); ok {
			onMail(ev)
		} else {
			sel := workflow.NewSelector(ctx)
			sel.AddFuture(timer, func(workflow.Future) { done = true })
			c.listenForCancel(ctx, sel)
			sel.AddReceive(c.mailCh, func(ch workflow.ReceiveChannel, _ bool) { onMail(c.receive(ctx, ch)) })
			c.addAlertFlush(ctx, sel, &stepErr)
			sel.Select(ctx)
		}
		if stepErr == nil {
			stepErr = c.takeCarryErr()
		}
		if c.cancelled(ctx) {
			return errCancelled
		}
		if stepErr != nil {
			return stepErr
		}
		if done {
			return nil
		}
	}
}

// listenForCancel adds to sel what cancels the case: `starter cancel`'s
// signal and, for cases with the edge fixes, Temporal's cancel request.
func (c *caseRun) listenForCancel(ctx workflow.Context, sel workflow.Selector) {
	sel.AddReceive(c.stopCh, func(ch workflow.ReceiveChannel, _ bool) {
		var req CancelRequest
		ch.Receive(ctx, &req)
		c.cancel = &req
	})
	if c.edges {
		sel.AddReceive(ctx.Done(), func(ch workflow.ReceiveChannel, _ bool) {
			ch.Receive(ctx, nil)
			c.cancelled(ctx)
		})
	}
	if c.endingCancel != nil {
		sel.AddReceive(c.endingCancel, func(ch workflow.ReceiveChannel, _ bool) {
			ch.Receive(ctx, nil)
			c.endingCancel = nil
			if c.cancel == nil {
				c.cancel = &CancelRequest{Reason: cancelledByTemporal}
				c.record(ctx, "the ended case was cancelled through Temporal while it sent its held-back alerts")
			}
		})
	}
}

// cancelled reports whether the case has been cancelled, by `starter cancel`
// or (with the edge fixes) by a cancel request through Temporal, which
// cancels ctx: without this, a cancelled timer looked elapsed and a
// cancelled activity failed, so the case ended failed.
func (c *caseRun) cancelled(ctx workflow.Context) bool {
	if c.cancel == nil && c.edges && ctx.Err() != nil {
		c.cancel = &CancelRequest{Reason: cancelledByTemporal}
	}
	return c.cancel != nil
}

func wanted(k MailKind, want []MailKind) bool {
	for _, w := range want {
		if k == w {
			return true
		}
	}
	return false
}

func (c *caseRun) fromPerson(addr string) bool {
	for _, p := range c.people {
		if strings.EqualFold(strings.TrimSpace(addr), p) {
			return true
		}
	}
	return false
}

// accept records a mail and reports whether it is new to this case.
func (c *caseRun) accept(ctx workflow.Context, ev MailEvent) bool {
	if c.takesBack {
		return c.acceptTaken(ctx, ev)
	}
	if ev.MessageID != "" && c.seen[ev.MessageID] {
		return false
	}
	if ev.MessageID != "" && (!c.capped() || c.mailKept) {
		// Past the cap too (mailKept), so a mail offered again is not
		// handed back again.
		c.markSeen(ev.MessageID)
		if c.unfloodable(ev, ev.Attached || ev.Watcher == "") {
			c.markTrustedSeen(ev.MessageID)
		}
	}
	// AWS's authenticated word, the authenticated mail of the case's own
	// people (mailKept), and mail the operator attached (Attached, or from
	// no watcher, as attach sent it before) always reach the case: a flood
	// cannot shut them out.
	if c.capped() && ev.Watcher != "" && !ev.Attached && !(isAWS(ev.Kind) && ev.Authenticated) && !c.ownMail(ev) {
		c.overCap(ctx, ev)
		return false
	}
	if why := c.otherRun(ev); why != "" {
		c.mails++ // counted, so a flood of such mail meets the cap too
		c.giveBack(ctx, ev, why, true)
		return false
	}
	c.mails++
	c.record(ctx, fmt.Sprintf("mail received from %s: %q (%s)", ev.From, ev.Subject, ev.Kind))
	if c.readKinds {
		c.remember(ev)
	}
	c.learnAwsCase(ctx, ev)
	return true
}

// needsAttention hands the case to a person. The state is set before the
// operator is mailed, so the case shows its need even when mail is down.
func (c *caseRun) needsAttention(ctx workflow.Context, why string) error {
	c.setState(ctx, StateNeedsAttention)
	return c.tellOperator(ctx, why)
}

func (c *caseRun) tellOperator(ctx workflow.Context, why string) error {
	c.record(ctx, "needs attention: "+why)
	held, dropped := c.alerts.deferred, c.alerts.dropped
	why = c.withDeferred(ctx, why)
	// The step gives the alert's Message-ID: it must name the same alert
	// under replay and after the case continued as new, so it counts alerts
	// (cases before versionCaseFlood counted their history's lines).
	step := fmt.Sprintf("attention-%d", len(c.events))
	if c.flood {
		c.alerts.sent++
		step = fmt.Sprintf("attention-%d", c.alerts.sent)
	}
	_, err := c.send(ctx, OutgoingMail{
		Step: step, Template: TemplateOperatorAlert,
		To: []string{c.policy.OperatorEmail}, Lang: "en",
		Data: map[string]string{"Reason": why},
	})
	if err != nil {
		if c.flood && !errors.Is(err, errContinueAsNew) {
			// Not sent (refused, or given up by a cancel): the alerts it
			// carried are held back again, for the next alert or the end.
			// (A send carried into the next run carries them.)
			c.alerts.deferred, c.alerts.dropped = held, dropped
		}
		return c.sideMailFailed(ctx, "the operator could not be told", err)
	}
	c.record(ctx, "operator told at "+c.policy.OperatorEmail)
	return nil
}

// remindOperator mails the operator a reminder of what they are asked to do.
func (c *caseRun) remindOperator(ctx workflow.Context, step, why string) error {
	_, err := c.send(ctx, OutgoingMail{
		Step: step, Template: TemplateOperatorAlert, To: []string{c.policy.OperatorEmail}, Lang: "en",
		Data: map[string]string{"Reason": why},
	})
	if err != nil {
		return c.sideMailFailed(ctx, "the operator could not be reminded", err)
	}
	c.record(ctx, fmt.Sprintf("operator reminded at %s: %s", c.policy.OperatorEmail, why))
	return nil
}

// sideMailFailed handles a reminder or an operator alert that could not be
// sent. With the edge fixes a send is retried for as long as the trouble is
// temporary, so what comes back is a permanent refusal (or a cancel): it is
// recorded and the case goes on, still waiting for what it waited for.
func (c *caseRun) sideMailFailed(ctx workflow.Context, what string, err error) error {
	if errors.Is(err, errContinueAsNew) {
		return err // the next run sends it (versionSendCarry)
	}
	if !c.edges || errors.Is(err, errCancelled) {
		return c.fail(ctx, what, err)
	}
	c.record(ctx, fmt.Sprintf("%s: %v; the case goes on without it", what, rootCause(err)))
	return nil
}

// sendRounds: a send is retried in rounds of sendAttempts attempts (the
// first round backs off from 5 s, later ones wait the capped interval), and
// a new round starts for as long as the trouble is temporary, so no outage
// of mail (SMTP, or the Sent check on IMAP) of any length ends a case.
const (
	sendAttempts    = 10
	sendMaxInterval = 5 * time.Minute
)

func sendRetry(round int) *temporal.RetryPolicy {
	first := 5 * time.Second
	if round > 0 {
		first = sendMaxInterval
	}
	return &temporal.RetryPolicy{
		InitialInterval: first, BackoffCoefficient: 2, MaximumInterval: sendMaxInterval, MaximumAttempts: sendAttempts,
	}
}

// permanent reports whether a send failed for good: a refusal (5xx), a
// template that cannot be rendered, a mail that cannot be composed.
func permanent(err error) bool {
	var app *temporal.ApplicationError
	return errors.As(err, &app) && app.NonRetryable()
}

// send runs the SendMail activity. SMTP trouble is retried with backoff for
// as long as it is temporary; a permanent refusal comes back as an error.
func (c *caseRun) send(ctx workflow.Context, mail OutgoingMail) (SentMail, error) {
	mail.CaseID, mail.Run = c.id, c.runToken
	if mail.Lang == "" {
		mail.Lang = c.lang
	}
	data := map[string]string{}
	for k, v := range c.data {
		data[k] = v
	}
	for k, v := range mail.Data {
		data[k] = v
	}
	mail.Data = data
	sent, err := c.sendOnce(ctx, mail)
	if err == nil {
		c.noteUncertain(ctx, mail, sent)
	}
	return sent, err
}

// noteUncertain records that a mail may not have gone out. Only a note (no
// command): cases recorded before it replay the same.
func (c *caseRun) noteUncertain(ctx workflow.Context, mail OutgoingMail, sent SentMail) {
	if sent.Uncertain != "" {
		c.record(ctx, fmt.Sprintf("mail %s may not have gone out (%s); it is not sent again, so that nobody gets it twice",
			mail.Step, sent.Uncertain))
	}
}

func (c *caseRun) sendOnce(ctx workflow.Context, mail OutgoingMail) (SentMail, error) {
	if c.sendCarry {
		return c.sendCarried(ctx, c.newSend(ctx, mail))
	}
	if c.edges {
		return c.sendUntilDone(ctx, mail)
	}
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 2 * time.Minute,
		Summary:             mailSummary(mail),
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

// sendUntilDone sends mail, retrying for as long as the trouble is
// temporary, in rounds of activities (cases before versionSendCarry).
// While the send is being retried the case can be cancelled (the send is
// then abandoned); after Policy.SendAlertAfter it shows as needs_attention,
// and it returns to its state by itself once the mail is out.
func (c *caseRun) sendUntilDone(ctx workflow.Context, mail OutgoingMail) (SentMail, error) {
	timerCtx, stopTimer := workflow.WithCancel(ctx)
	defer stopTimer()
	var alert workflow.Future
	if c.policy.SendAlertAfter > 0 {
		alert = workflow.NewTimerWithOptions(timerCtx, c.policy.SendAlertAfter, workflow.TimerOptions{
			Summary: fmt.Sprintf("needs attention if the mail has not gone out after %s",
				humanDuration(c.policy.SendAlertAfter)),
		})
	}
	before, alerted := c.state, false
	onAlert := func(f workflow.Future) {
		alert = nil
		if f.Get(ctx, nil) == nil {
			alerted = true
			c.setState(ctx, StateNeedsAttention)
			c.record(ctx, fmt.Sprintf("needs attention: mail %s has not gone out after %s; it is retried until mail works again",
				mail.Step, c.policy.SendAlertAfter))
		}
	}
	// Each round is a new activity, with its own scheduled time; the Sent
	// check must still reach back to the first round, however long ago.
	if mail.FirstAttempt.IsZero() &&
		(c.lean || workflow.GetVersion(ctx, "send-first-attempt", workflow.DefaultVersion, 1) >= 1) {
		mail.FirstAttempt = workflow.Now(ctx)
	}
	for round := 0; ; round++ {
		sendCtx, abandon := workflow.WithCancel(workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
			StartToCloseTimeout: 2 * time.Minute, RetryPolicy: sendRetry(round), Summary: mailSummary(mail),
		}))
		fut := workflow.ExecuteActivity(sendCtx, ActivitySendMail, mail)
		if err := c.awaitRound(ctx, fut, &alert, onAlert); err != nil {
			abandon()
			c.record(ctx, fmt.Sprintf("the send of mail %s was abandoned by the cancel; it may or may not have gone out",
				mail.Step))
			return SentMail{}, err
		}
		abandon()
		var sent SentMail
		err := fut.Get(ctx, &sent)
		if err != nil && !permanent(err) {
			// A cancel that came in the same task as what made the case send
			// settles the activity at once, unscheduled: without this check the
			// next round would loop without ever yielding.
			if c.cancelled(ctx) {
				c.record(ctx, fmt.Sprintf("the send of mail %s was abandoned by the cancel", mail.Step))
				return SentMail{}, errCancelled
			}
			if ctx.Err() != nil {
				return SentMail{}, err
			}
			continue
		}
		if err == nil && alerted {
			c.record(ctx, fmt.Sprintf("mail %s went out after all; the case goes on", mail.Step))
			c.setState(ctx, before)
		}
		return sent, err
	}
}

// awaitRound waits for a round of sendUntilDone to end, heeding the alert
// (onAlert clears *alert) and a cancel (errCancelled).
func (c *caseRun) awaitRound(ctx workflow.Context, fut workflow.Future, alert *workflow.Future,
	onAlert func(workflow.Future)) error {
	for !fut.IsReady() {
		sel := workflow.NewSelector(ctx)
		sel.AddFuture(fut, func(workflow.Future) {})
		c.listenForCancel(ctx, sel)
		if *alert != nil {
			sel.AddFuture(*alert, onAlert)
		}
		sel.Select(ctx)
		if c.cancelled(ctx) {
			return errCancelled
		}
	}
	return nil
}

// readPolicy reads the worker's settings once, into the history.
func (c *caseRun) readPolicy(ctx workflow.Context) error {
	var err error
	if c.lean {
		// Local: it only reads the worker's own configuration.
		lctx := workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{StartToCloseTimeout: 10 * time.Second})
		err = workflow.ExecuteLocalActivity(lctx, ActivityCasePolicy).Get(ctx, &c.policy)
	} else {
		policyCtx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
			StartToCloseTimeout: 10 * time.Second, Summary: "read the worker's settings",
		})
		err = workflow.ExecuteActivity(policyCtx, ActivityCasePolicy).Get(ctx, &c.policy)
	}
	if err != nil {
		return c.fail(ctx, "could not read the worker's settings", err)
	}
	return nil
}

// endIfCancelled turns a cancellation into the cancelled state; other errors pass.
func (c *caseRun) endIfCancelled(ctx workflow.Context, err error) error {
	if errors.Is(err, errCancelled) {
		c.record(ctx, "cancelled: "+c.cancel.Reason)
		c.setState(ctx, StateCancelled)
		return nil
	}
	return err
}

// finish is the last step of every case, however it ends. A cancel that
// surfaced anywhere (a send, a reminder) ends the case cancelled. Then mail
// still in the case's channel is handed back: it came in the last moments
// (while the final mail went out, or in the last workflow task) and the
// watcher has already filed it as handled, so without this it would be lost.
// The bookkeeping runs on a disconnected context: a cancel through Temporal
// has cancelled ctx.
func (c *caseRun) finish(ctx workflow.Context, err error) (Status, error) {
	if !c.edges {
		return c.status(), err
	}
	if errors.Is(err, errContinueAsNew) {
		return c.status(), c.continueAsNew(ctx)
	}
	c.ending = true // no operator update is acted on from here
	c.heedEndingCancel(ctx)
	// Its cancel is not needed: the context is never cancelled, the case ends on it.
	ctx, _ = workflow.NewDisconnectedContext(ctx)
	err = c.endIfCancelled(ctx, err)
	if errors.Is(c.sendHeldAlerts(ctx), errContinueAsNew) {
		return c.status(), c.continueEnding(ctx, err)
	}
	c.handBack(ctx)
	if c.awaitHandBacks(ctx) {
		return c.status(), c.continueEnding(ctx, err)
	}
	return c.status(), err
}

// sendHeldAlerts sends the alerts the hourly pacing held back, which the
// ending case would otherwise drop. They are listed in its history first:
// for a cancelled case whose mail is down the send is given up, and so it
// is when the case is cancelled during it (versionOutageEdges). The send
// may continue as new (errContinueAsNew; versionOutageEdges).
func (c *caseRun) sendHeldAlerts(ctx workflow.Context) error {
	p := &c.alerts
	if !c.flood || len(p.deferred) == 0 {
		return nil
	}
	c.record(ctx, fmt.Sprintf("%d operator alerts were held back when the case ended; they are sent now",
		len(p.deferred)+p.dropped))
	for _, d := range p.deferred {
		c.record(ctx, "held-back alert: "+d)
	}
	// A refusal is recorded (sideMailFailed), and a cancel has already
	// decided how the case ends; errContinueAsNew carries the send.
	return c.tellOperator(ctx, fmt.Sprintf("case %s ended %s; these alerts were held back during its last hour",
		c.id, c.state))
}

// handBack gives each mail the case has not read to the unmatched list of
// the watcher that handed it on, so `starter unmatched` shows it and
// `starter attach` can give it to another case. It takes mail until the
// channel is empty, with no wait in between, so mail that arrives while it
// works is taken too (the server refuses to close a workflow that has
// signals it has not seen, and runs this again with them).
func (c *caseRun) handBack(ctx workflow.Context) {
	for {
		ev, ok := c.nextMail() // carried from the run before, or drained for the next
		if !ok && !c.mailCh.ReceiveAsync(&ev) {
			return
		}
		if !ok && c.sendCarry {
			c.runMails++ // an ending case continues as new too (awaitHandBacks)
		}
		if c.flood {
			ev = BoundEvent(ev)
		}
		if ev.MessageID != "" && c.seen[ev.MessageID] {
			continue
		}
		c.giveBack(ctx, ev, fmt.Sprintf("the case had ended: case %s is %s", c.id, c.state), true)
	}
}

// capped reports whether the case has taken all the mail it takes.
func (c *caseRun) capped() bool {
	return c.edges && c.policy.MaxMails > 0 && c.mails >= c.policy.MaxMails
}

// overCap hands a mail past the case's cap (Policy.MaxMails) back to the
// watcher's unmatched list, so a flood to one case's reply address neither
// grows its state nor is lost; the operator is told once. Past the first,
// such mail is only counted, so the case's history of events stays short.
func (c *caseRun) overCap(ctx workflow.Context, ev MailEvent) {
	c.overCapMails++
	reason := fmt.Sprintf("case %s has taken the %d mails a case takes (CERTFLOW_CASE_MAX_MAILS); "+
		"read it, and attach it if it matters", c.id, c.policy.MaxMails)
	c.giveBack(ctx, ev, reason, c.overCapMails == 1)
	if c.overCapMails == 1 {
		if !c.outageEdges {
			c.noCarry = true // its caller goes on whatever the alert did
			defer func() { c.noCarry = false }()
		}
		// A refusal is recorded (sideMailFailed); a send continued as new is
		// seen by the wait that took ev (takeCarryErr).
		c.carryErr = c.tellOperator(ctx, fmt.Sprintf("case %s has received %d mails, its limit; "+
			"further mail to it goes to starter unmatched. Someone may be flooding its reply address",
			c.id, c.policy.MaxMails))
	}
}

// giveBack puts ev on the unmatched list of the watcher that handed it on,
// recording the outcome when record is set (a failure is always recorded).
func (c *caseRun) giveBack(ctx workflow.Context, ev MailEvent, reason string, record bool) {
	if ev.Watcher == "" && ev.Attached {
		// Attached by a starter from before attach named the watcher: it
		// stays on the list it was attached from until the case took it.
		c.record(ctx, fmt.Sprintf("attached mail %s from %s (%q) was not taken (%s); "+
			"it stays on the unmatched list it was attached from", ev.MessageID, ev.From, ev.Subject, reason))
		return
	}
	if ev.Watcher == "" {
		c.record(ctx, fmt.Sprintf("mail %s from %s (%q) names no watcher to hand it back to (%s); "+
			"it is in the mailbox's processed folder", ev.MessageID, ev.From, ev.Subject, reason))
		return
	}
	u := ListedMail(ev, 0, reason)
	if err := workflow.SignalExternalWorkflow(ctx, ev.Watcher, "", SignalUnmatched, u).Get(ctx, nil); err != nil {
		workflow.GetLogger(ctx).Error("cannot hand mail back to the watcher",
			"case_id", c.id, "message_id", ev.MessageID, "error", err)
		if c.mailKept {
			// The watcher is not running (it ended, and a worker has yet to
			// start it again): without a retry the mail would be only here.
			c.record(ctx, fmt.Sprintf("mail %s from %s (%q) could not be handed back to %s yet (%s): %v; "+
				"retried until the watcher is back", ev.MessageID, ev.From, ev.Subject, ev.Watcher, reason, err))
			c.retryHandBack(ctx, ev.Watcher, u)
			return
		}
		c.record(ctx, fmt.Sprintf("mail %s from %s (%q) could not be handed back to %s (%s): %v",
			ev.MessageID, ev.From, ev.Subject, ev.Watcher, reason, err))
		return
	}
	if record {
		c.record(ctx, fmt.Sprintf("mail %s from %s (%q) handed back to the unmatched list of %s: %s",
			ev.MessageID, ev.From, ev.Subject, ev.Watcher, reason))
	}
}

// fail ends the case as failed. The failure is returned so the Web UI shows
// the workflow as failed, with the cause.
func (c *caseRun) fail(ctx workflow.Context, what string, err error) error {
	if errors.Is(err, errContinueAsNew) {
		return err // the send goes on in the next run (versionSendCarry)
	}
	if errors.Is(err, errCancelled) || (c.edges && c.cancelled(ctx)) {
		// A cancel through Temporal fails whatever step was running (reading
		// the settings, a send): it is a cancel, recorded where the case
		// ends (finish).
		return errCancelled
	}
	if c.state == StateFailed {
		return err
	}
	c.record(ctx, fmt.Sprintf("failed: %s: %v", what, rootCause(err)))
	c.setState(ctx, StateFailed)
	return temporal.NewNonRetryableApplicationError(what, "CaseFailed", err)
}

func (c *caseRun) setState(ctx workflow.Context, s State) {
	if c.state == s {
		return
	}
	c.state, c.stateSince = s, workflow.Now(ctx)
	c.record(ctx, "state: "+string(s))
	c.upsert(ctx, c.stateAttrs(ctx, s, c.stateSince)...)
}

// upsert sets search attributes. They are registered before any case
// starts, so an error is a bug; it must not block the case (a panic would
// stop its workflow task for good) nor pass unseen: it is recorded in the
// case's history and logged as an error, and the case goes on.
func (c *caseRun) upsert(ctx workflow.Context, attrs ...temporal.SearchAttributeUpdate) {
	if err := workflow.UpsertTypedSearchAttributes(ctx, attrs...); err != nil {
		workflow.GetLogger(ctx).Error("cannot set the case's search attributes", "case_id", c.id, "error", err)
		c.record(ctx, "could not set the case's search attributes (the Web UI and starter list may show it wrongly): "+
			err.Error())
	}
}

func (c *caseRun) start(ctx workflow.Context, first State, requester, summary string) error {
	c.state = first
	c.record(ctx, "case started: "+summary)
	c.data["Summary"] = summary
	// The case entered its first state when it started.
	c.stateSince = workflow.GetInfo(ctx).WorkflowStartTime
	attrs := c.stateAttrs(ctx, first, c.stateSince)
	c.upsert(ctx, append(attrs, CaseKindKey.ValueSet(c.kind), RequesterKey.ValueSet(c.keyword(requester)))...)
	return nil
}

func (c *caseRun) record(ctx workflow.Context, what string) {
	c.events = append(c.events, Event{At: workflow.Now(ctx).UTC(), What: what})
	// The SDK's logger stays quiet during replay, so each event is logged once.
	workflow.GetLogger(ctx).Info("case event", "case_id", c.id, "kind", c.kind, "event", what)
}

func (c *caseRun) status() Status {
	requester := ""
	if len(c.people) > 0 {
		requester = c.people[0]
	}
	return Status{
		ID: c.id, Kind: c.kind, State: c.state, AwsCase: c.awsCase,
		Requester: requester, Events: append([]Event(nil), c.events...), Held: c.held,
		Resolvable: append([]MailEvent(nil), c.resolvable...), HeldMails: append([]MailEvent(nil), c.heldMails...),
	}
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
