package workflows

import (
	"errors"
	"fmt"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// maxCarriedHandBacks bounds the hand-backs a case carries into its next
// run; with more under way it does not continue as new.
const maxCarriedHandBacks = 100

// CarriedHandBack is a hand-back of mail to a watcher that is not running,
// being retried (kept.go), carried into the case's next run when it
// continues as new (versionSendCarry): the next run retries it from there.
type CarriedHandBack struct {
	Watcher string        `json:"watcher"`
	Mail    UnmatchedMail `json:"mail"`
	// Since is the first try, which bounds the tries (handBackFor); Delay
	// is the wait before the next.
	Since time.Time     `json:"since"`
	Delay time.Duration `json:"delay"`
	// signalling: a try is under way (its outcome unknown until it
	// returns); done: it is over.
	signalling, done bool
}

// CarriedEnding is a case that has ended and waits only for its hand-backs
// to reach the watcher, carried into a next run because its history grew
// long meanwhile. Failed is why the case failed ("" for none).
type CarriedEnding struct {
	Failed string `json:"failed,omitempty"`
}

// err is the error the case ended with.
func (e *CarriedEnding) err() error {
	if e.Failed == "" {
		return nil
	}
	return temporal.NewNonRetryableApplicationError(e.Failed, "CaseFailed", nil)
}

// runIsLong reports whether this run's history has grown as long as a run's
// may: the server suggests continuing as new, or the run took mailsPerRun
// mails or historyPerRun events.
func (c *caseRun) runIsLong(ctx workflow.Context) bool {
	info := workflow.GetInfo(ctx)
	return info.GetContinueAsNewSuggested() || c.runMails >= mailsPerRun || info.GetCurrentHistoryLength() >= historyPerRun
}

// mayCarryHandBacks reports whether the hand-backs under way can be carried
// into a next run: none is signalling (a signal sent and carried would
// reach the watcher twice), and they are few enough (versionSendCarry;
// before it the case never continued while one was under way).
func (c *caseRun) mayCarryHandBacks() bool {
	if c.handBacksPending == 0 {
		return true
	}
	if !c.sendCarry {
		return false
	}
	n := 0
	for _, h := range c.retrying {
		if h.signalling {
			return false
		}
		if !h.done {
			n++
		}
	}
	return n <= maxCarriedHandBacks
}

// carriedHandBacks are the hand-backs under way, to carry.
func (c *caseRun) carriedHandBacks() []CarriedHandBack {
	var out []CarriedHandBack
	for _, h := range c.retrying {
		if !h.done {
			out = append(out, *h)
		}
	}
	return out
}

// continueEnding continues an ended case as new to wait on for its
// hand-backs; err is what it ended with.
func (c *caseRun) continueEnding(ctx workflow.Context, err error) error {
	cr := c.carry()
	cr.Ending = &CarriedEnding{}
	if err != nil {
		cr.Ending.Failed = rootMessage(err)
	}
	if s := cr.Sending; s != nil {
		c.record(ctx, fmt.Sprintf("the case, %s, continues as new (run %d) while it retries mail %s (its held-back alerts), "+
			"its history having grown long", c.state, c.runs+2, s.Mail.Step))
	} else {
		c.record(ctx, fmt.Sprintf("the case, %s, continues as new (run %d) to hand back %d mails to a watcher "+
			"that is not running; its history having grown long", c.state, c.runs+2, len(cr.HandBacks)))
	}
	return c.continueWith(ctx, cr)
}

// endAgain is the run of a case that had ended and continued as new to
// wait for its hand-backs, or to send its held-back alerts first
// (versionOutageEdges), resumed in resume.
func (c *caseRun) endAgain(ctx workflow.Context, e *CarriedEnding) (Status, error) {
	c.ending = true
	c.heedEndingCancel(ctx)
	ctx, _ = workflow.NewDisconnectedContext(ctx) // never cancelled: the case ends on it
	if _, _, err := c.resumeSend(ctx); errors.Is(err, errContinueAsNew) {
		return c.status(), c.continueEnding(ctx, e.err())
	}
	c.handBack(ctx)
	if c.awaitHandBacks(ctx) {
		return c.status(), c.continueEnding(ctx, e.err())
	}
	return c.status(), e.err()
}

// rootMessage is the message of the case's failure: the step that failed.
func rootMessage(err error) string {
	var app *temporal.ApplicationError
	if errors.As(err, &app) {
		return app.Message()
	}
	return err.Error()
}

// CarriedUpdates are the operator's updates a case had accepted and not yet
// acted on when it continued as new (CaseCarry.Updates).
type CarriedUpdates struct {
	Confirm bool            `json:"confirm,omitempty"`
	Approve *ApproveRequest `json:"approve,omitempty"`
	Resolve *ResolveRequest `json:"resolve,omitempty"`
}

// updatesBuffered reports whether an operator's update waits to be acted on.
func (c *caseRun) updatesBuffered() bool {
	return c.confirmCh.Len() > 0 || c.approveCh.Len() > 0 || c.resolveCh.Len() > 0
}

// mayCarryUpdates reports whether updates the case accepted can go with it
// into a next run: when it continues as new in a reminder or alert of a
// wait, which the next run returns to (before versionSendCarry a case
// never continued with one), and in a sleep (versionOutageEdges), which
// reads none: the resumed sleep keeps them, and the wait after it drops
// them as it would in one run. A wait reads them itself before it goes on.
func (c *caseRun) mayCarryUpdates() bool {
	if c.outageEdges && c.sending == nil && c.clock != nil && !c.clock.SleepUntil.IsZero() {
		return true // a sleep reads none (an approve of mail it holds)
	}
	return c.sendCarry && c.sending != nil && c.sending.Then == ""
}

// takeUpdates takes the updates waiting to be acted on, to carry.
func (c *caseRun) takeUpdates() *CarriedUpdates {
	if !c.updatesBuffered() {
		return nil
	}
	u := &CarriedUpdates{Confirm: c.confirmCh.ReceiveAsync(nil)}
	var approve ApproveRequest
	if c.approveCh.ReceiveAsync(&approve) {
		u.Approve = &approve
	}
	var resolve ResolveRequest
	if c.resolveCh.ReceiveAsync(&resolve) {
		u.Resolve = &resolve
	}
	return u
}

// putUpdates gives the wait a case continued as new in the updates carried
// to it.
func (c *caseRun) putUpdates(u *CarriedUpdates) {
	if u == nil {
		return
	}
	if u.Confirm {
		c.confirmCh.SendAsync(true)
	}
	if u.Approve != nil {
		c.approveCh.SendAsync(*u.Approve)
	}
	if u.Resolve != nil {
		c.resolveCh.SendAsync(*u.Resolve)
	}
}
