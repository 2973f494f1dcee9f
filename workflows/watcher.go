package workflows

import (
	"errors"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// WatchHeartbeatTimeout is how long the watch may go without a heartbeat
// before Temporal gives it up and runs it again, on any worker: with the
// watch heartbeating every 2 s, a dead worker's mailbox is taken over within
// about this plus a second.
const WatchHeartbeatTimeout = 6 * time.Second

// watchRunsPerHistory is how many WatchMailbox runs one history holds before
// the watcher continues as new, keeping its history short for weeks-long use.
const watchRunsPerHistory = 200

// versionWatcherEndsEarly marks the change that stops the running watch
// when the server suggests continuing as new.
const versionWatcherEndsEarly = "watcher-ends-early"

// versionWatcherStopMark marks the change that waits for a stopped watch to
// report the watermark it reached (with its cancel), so the next history
// does not offer that mail again.
const versionWatcherStopMark = "watcher-stop-mark"

// MailboxWatcherWorkflow owns one mailbox folder. It runs the WatchMailbox
// activity again and again, carrying the watermark from run to run, and
// keeps the lists of mail that matched no case and of mail that was
// quarantined. Its workflow ID is WatcherID(mailbox), so one folder has one
// watcher however many workers run.
func MailboxWatcherWorkflow(ctx workflow.Context, in WatcherInput) error {
	handBacks := workflow.GetVersion(ctx, versionWatcherHandBacks, workflow.DefaultVersion, 1) >= 1
	in = BoundWatcherInput(in)
	w := &watcherRun{
		in: in, handBacks: handBacks,
		st: WatcherStatus{
			Mailbox: in.Mailbox, Watermark: in.Watermark, HandedOn: in.HandedOn.Raise(in.Watermark),
			Unmatched: in.Unmatched, Quarantined: in.Quarantined,
			Health: in.Health, UnmatchedDropped: in.UnmatchedDropped, QuarantinedDropped: in.QuarantinedDropped,
			HandBacksDropped: in.HandBacksDropped,
		},
		unmatched:   workflow.GetSignalChannel(ctx, SignalUnmatched),
		quarantined: workflow.GetSignalChannel(ctx, SignalQuarantined),
		health:      workflow.GetSignalChannel(ctx, SignalHealth),
		attached:    workflow.GetSignalChannel(ctx, SignalAttached),
	}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (WatcherStatus, error) {
		out := w.st
		out.Unmatched = append([]UnmatchedMail{}, w.st.Unmatched...)
		out.Quarantined = append([]UnmatchedMail{}, w.st.Quarantined...)
		return out, nil
	}); err != nil {
		return err
	}
	stopMark := workflow.GetVersion(ctx, versionWatcherStopMark, workflow.DefaultVersion, 1) >= 1
	actx := watchOptions(ctx, in.Mailbox, stopMark)
	// A flood of mail to the folder is a flood of signals to this history,
	// and the server refuses signals past 10,000 to one run: the watch would
	// then fail on every mail it lists, for good. So when the server
	// suggests it, the running watch is stopped and the history continues
	// as new at once, not at the end of the slice. (The watch's progress
	// since its last slice is offered again: handled mail has left the
	// folder, and the lists and cases de-duplicate by Message-ID.)
	endEarly := workflow.GetVersion(ctx, versionWatcherEndsEarly, workflow.DefaultVersion, 1) >= 1
	for runs := 0; runs < watchRunsPerHistory && !workflow.GetInfo(ctx).GetContinueAsNewSuggested(); runs++ {
		w.watchOnce(ctx, actx, stopMark, endEarly)
	}
	w.drainSignals(ctx)
	return workflow.NewContinueAsNewError(ctx, MailboxWatcherWorkflow, WatcherInput{
		Mailbox: in.Mailbox, Folder: in.Folder, Watermark: w.st.Watermark, HandedOn: w.st.HandedOn,
		Unmatched: w.st.Unmatched, Quarantined: w.st.Quarantined, Health: w.st.Health,
		UnmatchedDropped:   w.st.UnmatchedDropped,
		QuarantinedDropped: w.st.QuarantinedDropped, HandBacksDropped: w.st.HandBacksDropped,
	})
}

// watcherRun is one history of a mailbox watcher: what it keeps, and the
// signals that change it.
type watcherRun struct {
	in WatcherInput
	st WatcherStatus
	// handBacks: versionWatcherHandBacks (addUnmatched).
	handBacks                                bool
	unmatched, quarantined, health, attached workflow.ReceiveChannel
}

// watchOptions are the options of the WatchMailbox activity.
func watchOptions(ctx workflow.Context, mailbox string, stopMark bool) workflow.Context {
	return workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		WaitForCancellation: stopMark,
		// The activity returns on its own well before this; the bound only
		// matters if it cannot.
		StartToCloseTimeout: 2 * time.Hour,
		// A worker that dies stops heartbeating; another takes over this soon.
		HeartbeatTimeout: WatchHeartbeatTimeout,
		Summary:          "watch " + mailbox,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    time.Minute,
		},
	})
}

// watchOnce runs the WatchMailbox activity once, taking the signals that
// come meanwhile, and keeps the watermark it reached.
func (w *watcherRun) watchOnce(ctx, actx workflow.Context, stopMark, endEarly bool) {
	runCtx, stopRun := workflow.WithCancel(actx)
	defer stopRun()
	fut := workflow.ExecuteActivity(runCtx, ActivityWatchMailbox,
		WatchMailboxInput{Mailbox: w.in.Mailbox, Folder: w.in.Folder, Watermark: w.st.Watermark,
			HandedOn: w.st.HandedOn})
	done := false
	for !done {
		if endEarly && workflow.GetInfo(ctx).GetContinueAsNewSuggested() {
			stopRun()
		}
		sel := workflow.NewSelector(ctx)
		w.listenForSignals(ctx, sel)
		sel.AddFuture(fut, func(f workflow.Future) {
			done = true
			var mark Watermark
			err := f.Get(ctx, &mark)
			var stopped *temporal.CanceledError
			switch {
			case err == nil:
				w.st.Watermark = mark
			case stopMark && errors.As(err, &stopped) && stopped.HasDetails() && stopped.Details(&mark) == nil &&
				mark.UIDValidity != 0:
				w.st.Watermark = mark // stopped early: where it got to
			}
			w.st.HandedOn = w.st.HandedOn.Raise(w.st.Watermark)
		})
		sel.Select(ctx)
	}
	w.st.Runs++
}

// listenForSignals adds the watcher's signals to sel.
func (w *watcherRun) listenForSignals(ctx workflow.Context, sel workflow.Selector) {
	sel.AddReceive(w.unmatched, func(c workflow.ReceiveChannel, _ bool) {
		var u UnmatchedMail
		c.Receive(ctx, &u)
		w.takeUnmatched(ctx, u)
	})
	sel.AddReceive(w.quarantined, func(c workflow.ReceiveChannel, _ bool) {
		var u UnmatchedMail
		c.Receive(ctx, &u)
		w.st.Quarantined = addListed(w.st.Quarantined, &w.st.QuarantinedDropped, u)
	})
	sel.AddReceive(w.health, func(c workflow.ReceiveChannel, _ bool) {
		c.Receive(ctx, &w.st.Health)
		w.st.Health.LastError = truncate(w.st.Health.LastError, maxFieldBytes)
	})
	sel.AddReceive(w.attached, func(c workflow.ReceiveChannel, _ bool) {
		var id string
		c.Receive(ctx, &id)
		kept := w.st.Unmatched[:0]
		for _, u := range w.st.Unmatched {
			if u.MessageID != id {
				kept = append(kept, u)
			}
		}
		w.st.Unmatched = kept
	})
}

// takeUnmatched puts u on the unmatched list.
func (w *watcherRun) takeUnmatched(ctx workflow.Context, u UnmatchedMail) {
	if !w.handBacks {
		w.st.Unmatched = addListed(w.st.Unmatched, &w.st.UnmatchedDropped, u)
		return
	}
	if n := addUnmatched(&w.st, u); n > 0 {
		workflow.GetLogger(ctx).Warn("the unmatched list is full of mail cases handed back; the oldest dropped off "+
			"(it is in the processed folder, or flagged \\Seen)", "mailbox", w.in.Mailbox, "dropped", n,
			"hand_backs_dropped", w.st.HandBacksDropped)
	}
}

// drainSignals takes every signal already delivered, so none is lost with this
// history.
func (w *watcherRun) drainSignals(ctx workflow.Context) {
	for {
		sel := workflow.NewSelector(ctx)
		w.listenForSignals(ctx, sel)
		got := false
		sel.AddDefault(func() {})
		for _, ch := range []workflow.ReceiveChannel{w.unmatched, w.quarantined, w.health, w.attached} {
			got = got || ch.Len() > 0
		}
		if !got {
			return
		}
		sel.Select(ctx)
	}
}
