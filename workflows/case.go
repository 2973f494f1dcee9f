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
// goroutine touches it.
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

	mailCh    workflow.ReceiveChannel
	stopCh    workflow.ReceiveChannel
	confirmCh workflow.Channel
	approveCh workflow.Channel
	// waitingFor says which operator update the case can take now:
	// UpdateConfirm, UpdateApprove or "".
	waitingFor string
	cancel     *CancelRequest

	// checkTrust: AWS's mail must be authenticated to move the case. Cases
	// started before sender authentication existed replay without it.
	checkTrust bool
	// held is the unauthenticated mail that would have moved the case;
	// `starter approve` acts on it.
	held *MailEvent
	// trustBinding: people's answers must be authenticated too, AWS's mail
	// must be about this case's accounts, and mail-caused alerts are paced
	// (see binding.go). accounts are the addresses AWS's mail must name.
	trustBinding bool
	accounts     []string
	alerts       alertPacer

	// readKinds: auto-replies, bounces and AWS's other mail are read, and
	// `starter resolve` is taken (versionMailKinds).
	readKinds bool
	// resolvable are the mails `starter resolve` may settle; waitWant is
	// what the current wait takes; resolveCh carries accepted resolutions.
	resolvable []MailEvent
	waitWant   []MailKind
	resolveCh  workflow.Channel
}

// versionSenderTrust marks the change that holds unauthenticated AWS mail.
const versionSenderTrust = "sender-trust"

var errCancelled = errors.New("case cancelled")

func newCase(ctx workflow.Context, kind, lang string, people []string, data map[string]string) (*caseRun, error) {
	c := &caseRun{
		id:        workflow.GetInfo(ctx).WorkflowExecution.ID,
		kind:      kind,
		lang:      lang,
		people:    people,
		data:      data,
		seen:      map[string]bool{},
		mailCh:    workflow.GetSignalChannel(ctx, SignalMail),
		stopCh:    workflow.GetSignalChannel(ctx, SignalCancel),
		confirmCh: workflow.NewBufferedChannel(ctx, 1),
		approveCh: workflow.NewBufferedChannel(ctx, 1),
	}
	c.data["CaseID"] = c.id
	c.checkTrust = workflow.GetVersion(ctx, versionSenderTrust, workflow.DefaultVersion, 1) >= 1
	c.trustBinding = workflow.GetVersion(ctx, versionTrustBinding, workflow.DefaultVersion, 1) >= 1
	c.readKinds = workflow.GetVersion(ctx, versionMailKinds, workflow.DefaultVersion, 1) >= 1
	c.resolveCh = workflow.NewBufferedChannel(ctx, 1)
	if err := workflow.SetUpdateHandlerWithOptions(ctx, UpdateResolve, func(ctx workflow.Context, req ResolveRequest) (string, error) {
		c.waitWant = nil // a second call before the case moves on is refused
		c.resolveCh.SendAsync(req)
		return fmt.Sprintf("case %s: mail %s read as %s", c.id, req.MessageID, req.As), nil
	}, workflow.UpdateHandlerOptions{Validator: func(req ResolveRequest) error { return c.validateResolve(req) }}); err != nil {
		return nil, err
	}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (Status, error) { return c.status(), nil }); err != nil {
		return nil, err
	}
	for name, ch := range map[string]workflow.Channel{UpdateConfirm: c.confirmCh, UpdateApprove: c.approveCh} {
		name, ch := name, ch
		err := workflow.SetUpdateHandlerWithOptions(ctx, name, func(ctx workflow.Context) (string, error) {
			c.waitingFor = "" // a second call before the case moves on is refused
			ch.SendAsync(true)
			return fmt.Sprintf("case %s: %s accepted", c.id, name), nil
		}, workflow.UpdateHandlerOptions{Validator: func() error {
			if c.waitingFor != name && (name != UpdateApprove || c.held == nil) {
				return fmt.Errorf("case %s is %s and is not waiting for %s", c.id, c.state, name)
			}
			return nil
		}})
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// wait describes one wait of a case.
type wait struct {
	state State
	// want are the mail kinds that end the wait.
	want []MailKind
	// fromPeople: wanted kinds count only when sent by one of c.people.
	fromPeople bool
	// operator is the update that may end the wait instead of a mail
	// (UpdateConfirm, UpdateApprove) or "".
	operator string
	// remindAfter, when positive, sends remind once; giveUpAfter, when
	// positive, moves the case to needs_attention and tells the operator.
	remindAfter, giveUpAfter time.Duration
	remind                   func(ctx workflow.Context) error
	giveUpWhy                string
}

// await waits for what w describes. After giveUpAfter the case needs
// attention but goes on waiting: the mail may still come, or the operator
// acts. A person's reply that cannot be read is not guessed: it is recorded
// and the operator asked.
func (c *caseRun) await(ctx workflow.Context, w wait) (MailEvent, error) {
	c.dropStaleUpdates(ctx)
	c.setState(ctx, w.state)
	c.waitingFor, c.waitWant = w.operator, w.want
	defer func() { c.waitingFor, c.waitWant = "", nil }()
	timerCtx, stopTimers := workflow.WithCancel(ctx)
	defer stopTimers()
	var remind, giveUp workflow.Future
	if w.remindAfter > 0 && w.remind != nil {
		remind = workflow.NewTimerWithOptions(timerCtx, w.remindAfter,
			workflow.TimerOptions{Summary: remindSummary(w.state, w.remindAfter)})
	}
	if w.giveUpAfter > 0 {
		giveUp = workflow.NewTimerWithOptions(timerCtx, w.giveUpAfter,
			workflow.TimerOptions{Summary: giveUpSummary(w.state, w.giveUpAfter)})
	}

	for {
		var got *MailEvent
		var stepErr error
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(c.mailCh, func(ch workflow.ReceiveChannel, _ bool) {
			var ev MailEvent
			ch.Receive(ctx, &ev)
			if !c.accept(ctx, ev) {
				return
			}
			if c.readKinds && !wanted(ev.Kind, w.want) {
				stepErr = c.unwanted(ctx, ev, w)
				return
			}
			if !wanted(ev.Kind, w.want) {
				if ev.Kind == MailAWSOther {
					stepErr = c.alertAboutMail(ctx, fmt.Sprintf("AWS wrote %q, which certflow cannot read as what %s waits for; read it", ev.Subject, w.state))
					return
				}
				if w.fromPeople && c.fromPerson(ev.From) && ev.Kind == MailUnknown {
					stepErr = c.alertAboutMail(ctx, fmt.Sprintf("a reply from %s (%q) could not be read as an answer; read it and run starter confirm if it is one", ev.From, ev.Subject))
					return
				}
				c.record(ctx, fmt.Sprintf("mail %q (%s) is not what %s waits for; kept in the history", ev.Subject, ev.Kind, w.state))
				return
			}
			if w.fromPeople && !c.fromPerson(ev.From) {
				c.record(ctx, fmt.Sprintf("ignored: an answer from %s, who is not the requester", ev.From))
				return
			}
			if why := c.distrust(ev); why != "" {
				stepErr = c.hold(ctx, ev, why)
				return
			}
			got = &ev
		})
		sel.AddReceive(c.stopCh, func(ch workflow.ReceiveChannel, _ bool) {
			var req CancelRequest
			ch.Receive(ctx, &req)
			c.cancel = &req
		})
		if c.readKinds {
			sel.AddReceive(c.resolveCh, func(ch workflow.ReceiveChannel, _ bool) {
				var req ResolveRequest
				ch.Receive(ctx, &req)
				c.waitWant = w.want
				ev := c.resolved(ctx, req)
				if ev != nil && !wanted(ev.Kind, w.want) { // accepted in the same moment as what it stood in for
					c.record(ctx, "the operator's reading came after the case had moved on; not needed")
					return
				}
				if ev != nil {
					// Reading a mail is not vouching for its sender: an
					// unauthenticated one is still held for starter approve.
					if why := c.distrust(*ev); why != "" {
						stepErr = c.hold(ctx, *ev, why)
						return
					}
				}
				got = ev
			})
		}
		for _, op := range []struct {
			name string
			ch   workflow.Channel
		}{{UpdateConfirm, c.confirmCh}, {UpdateApprove, c.approveCh}} {
			if w.operator != op.name && (op.name != UpdateApprove || c.held == nil) {
				continue
			}
			sel.AddReceive(op.ch, func(ch workflow.ReceiveChannel, _ bool) {
				ch.Receive(ctx, nil)
				c.record(ctx, "the operator ran starter "+op.name)
				if op.name == UpdateApprove && c.held != nil {
					ev := *c.held
					ev.Vouched = true
					c.record(ctx, fmt.Sprintf("the operator vouched for the held mail %s from %s; the case acts on it", ev.MessageID, ev.From))
					got = &ev
					return
				}
				got = &MailEvent{Kind: MailConfirmedByOperator}
			})
		}
		if remind != nil {
			sel.AddFuture(remind, func(f workflow.Future) {
				remind = nil
				if f.Get(ctx, nil) == nil {
					stepErr = w.remind(ctx)
				}
			})
		}
		c.addAlertFlush(ctx, sel, &stepErr)
		if giveUp != nil {
			sel.AddFuture(giveUp, func(f workflow.Future) {
				giveUp = nil
				if f.Get(ctx, nil) == nil {
					stepErr = c.needsAttention(ctx, w.giveUpWhy)
				}
			})
		}
		sel.Select(ctx)

		switch {
		case c.cancel != nil:
			return MailEvent{}, errCancelled
		case stepErr != nil:
			return MailEvent{}, stepErr
		case got != nil:
			if c.state == StateNeedsAttention {
				c.record(ctx, "what the case waited for arrived; it goes on")
			}
			c.held = nil
			if got.Vouched || got.ResolvedBy {
				c.learnAwsCase(ctx, *got)
			}
			return *got, nil
		}
	}
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
	c.held = &ev
	who := "mail that claims to be AWS's"
	if isAnswer(ev.Kind) {
		who = "an answer that claims to be " + ev.From + "'s"
	}
	why := fmt.Sprintf("%s (%s, from %s, %q, Message-ID %s) is held: %s", who, ev.Kind, ev.From, ev.Subject, ev.MessageID, how)
	if len(ev.Trust) > 0 {
		why += " (" + strings.Join(ev.Trust, "; ") + ")"
	}
	why += ". Nothing was sent to its sender. If it is genuine, run: starter approve " + c.id +
		"; otherwise nothing needs doing: the case goes on waiting for authenticated mail"
	c.setState(ctx, StateNeedsAttention)
	return c.alertAboutMail(ctx, why)
}

// dropStaleUpdates empties the update channels: an update accepted in the
// same moment as the answer it stood in for must not end a later wait.
func (c *caseRun) dropStaleUpdates(ctx workflow.Context) {
	for _, ch := range []workflow.Channel{c.confirmCh, c.approveCh} {
		for ch.ReceiveAsync(nil) {
			c.record(ctx, "an operator update that arrived together with the answer was not needed")
		}
	}
}

// sleep waits for d in state, or until the case is cancelled.
func (c *caseRun) sleep(ctx workflow.Context, state State, d time.Duration) error {
	c.dropStaleUpdates(ctx)
	c.setState(ctx, state)
	timerCtx, stop := workflow.WithCancel(ctx)
	defer stop()
	timer := workflow.NewTimerWithOptions(timerCtx, d, workflow.TimerOptions{Summary: sleepSummary(state, d)})
	for {
		done := false
		var stepErr error
		sel := workflow.NewSelector(ctx)
		sel.AddFuture(timer, func(workflow.Future) { done = true })
		sel.AddReceive(c.stopCh, func(ch workflow.ReceiveChannel, _ bool) {
			var req CancelRequest
			ch.Receive(ctx, &req)
			c.cancel = &req
		})
		sel.AddReceive(c.mailCh, func(ch workflow.ReceiveChannel, _ bool) {
			var ev MailEvent
			ch.Receive(ctx, &ev)
			if !c.accept(ctx, ev) {
				return
			}
			if c.readKinds && (ev.Kind == MailBounce || ev.Kind == MailAWSOther && ev.Sub == "refusal") {
				stepErr = c.unwanted(ctx, ev, wait{state: state})
				return
			}
			c.record(ctx, fmt.Sprintf("mail %q (%s) arrived while %s; kept in the history", ev.Subject, ev.Kind, state))
		})
		c.addAlertFlush(ctx, sel, &stepErr)
		sel.Select(ctx)
		if c.cancel != nil {
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
	if ev.MessageID != "" && c.seen[ev.MessageID] {
		return false
	}
	if ev.MessageID != "" {
		c.seen[ev.MessageID] = true
	}
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
	why = c.withDeferred(ctx, why)
	_, err := c.send(ctx, OutgoingMail{
		Step: fmt.Sprintf("attention-%d", len(c.events)), Template: TemplateOperatorAlert,
		To: []string{c.policy.OperatorEmail}, Lang: "en",
		Data: map[string]string{"Reason": why},
	})
	if err != nil {
		return c.fail(ctx, "the operator could not be told", err)
	}
	c.record(ctx, "operator told at "+c.policy.OperatorEmail)
	return nil
}

// send runs the SendMail activity. SMTP trouble is retried with backoff for
// as long as it is temporary; a permanent refusal comes back as an error.
func (c *caseRun) send(ctx workflow.Context, mail OutgoingMail) (SentMail, error) {
	mail.CaseID = c.id
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

// readPolicy reads the worker's settings once, into the history.
func (c *caseRun) readPolicy(ctx workflow.Context) error {
	policyCtx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 10 * time.Second, Summary: "read the worker's settings",
	})
	if err := workflow.ExecuteActivity(policyCtx, ActivityCasePolicy).Get(ctx, &c.policy); err != nil {
		return c.fail(ctx, "could not read the worker's settings", err)
	}
	return nil
}

// stopped turns a cancellation into the cancelled state; other errors pass.
func (c *caseRun) stopped(ctx workflow.Context, err error) error {
	if errors.Is(err, errCancelled) {
		c.record(ctx, "cancelled: "+c.cancel.Reason)
		c.setState(ctx, StateCancelled)
		return nil
	}
	return err
}

// fail ends the case as failed. The failure is returned so the Web UI shows
// the workflow as failed, with the cause.
func (c *caseRun) fail(ctx workflow.Context, what string, err error) error {
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
	c.state = s
	c.record(ctx, "state: "+string(s))
	// Search attributes are registered before any case starts, so an error here
	// is a bug worth failing the workflow task over.
	if err := workflow.UpsertTypedSearchAttributes(ctx, CaseStateKey.ValueSet(string(s))); err != nil {
		panic(err)
	}
}

func (c *caseRun) start(ctx workflow.Context, first State, requester, summary string) error {
	c.state = first
	c.record(ctx, "case started: "+summary)
	c.data["Summary"] = summary
	return workflow.UpsertTypedSearchAttributes(ctx,
		CaseKindKey.ValueSet(c.kind),
		CaseStateKey.ValueSet(string(first)),
		RequesterKey.ValueSet(requester),
	)
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
		Resolvable: append([]MailEvent(nil), c.resolvable...),
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
