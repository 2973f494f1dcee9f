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
	st := WatcherStatus{
		Mailbox: in.Mailbox, Watermark: in.Watermark, Unmatched: in.Unmatched, Quarantined: in.Quarantined, Health: in.Health,
		UnmatchedDropped: in.UnmatchedDropped, QuarantinedDropped: in.QuarantinedDropped, HandBacksDropped: in.HandBacksDropped,
	}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (WatcherStatus, error) {
		out := st
		out.Unmatched = append([]UnmatchedMail{}, st.Unmatched...)
		out.Quarantined = append([]UnmatchedMail{}, st.Quarantined...)
		return out, nil
	}); err != nil {
		return err
	}
	unmatched := workflow.GetSignalChannel(ctx, SignalUnmatched)
	quarantined := workflow.GetSignalChannel(ctx, SignalQuarantined)
	health := workflow.GetSignalChannel(ctx, SignalHealth)
	attached := workflow.GetSignalChannel(ctx, SignalAttached)
	listen := func(sel workflow.Selector) {
		sel.AddReceive(unmatched, func(c workflow.ReceiveChannel, _ bool) {
			var u UnmatchedMail
			c.Receive(ctx, &u)
			if !handBacks {
				st.Unmatched = addListed(st.Unmatched, &st.UnmatchedDropped, u)
			} else if n := addUnmatched(&st, u); n > 0 {
				workflow.GetLogger(ctx).Warn("the unmatched list is full of mail cases handed back; the oldest dropped off "+
					"(it is in the processed folder, or flagged \\Seen)", "mailbox", in.Mailbox, "dropped", n,
					"hand_backs_dropped", st.HandBacksDropped)
			}
		})
		sel.AddReceive(quarantined, func(c workflow.ReceiveChannel, _ bool) {
			var u UnmatchedMail
			c.Receive(ctx, &u)
			st.Quarantined = addListed(st.Quarantined, &st.QuarantinedDropped, u)
		})
		sel.AddReceive(health, func(c workflow.ReceiveChannel, _ bool) {
			c.Receive(ctx, &st.Health)
			st.Health.LastError = truncate(st.Health.LastError, maxFieldBytes)
		})
		sel.AddReceive(attached, func(c workflow.ReceiveChannel, _ bool) {
			var id string
			c.Receive(ctx, &id)
			kept := st.Unmatched[:0]
			for _, u := range st.Unmatched {
				if u.MessageID != id {
					kept = append(kept, u)
				}
			}
			st.Unmatched = kept
		})
	}

	stopMark := workflow.GetVersion(ctx, versionWatcherStopMark, workflow.DefaultVersion, 1) >= 1
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		WaitForCancellation: stopMark,
		// The activity returns on its own well before this; the bound only
		// matters if it cannot.
		StartToCloseTimeout: 2 * time.Hour,
		// A worker that dies stops heartbeating; another takes over this soon.
		HeartbeatTimeout: WatchHeartbeatTimeout,
		Summary:          "watch " + in.Mailbox,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    time.Minute,
		},
	})
	// A flood of mail to the folder is a flood of signals to this history,
	// and the server refuses signals past 10,000 to one run: the watch would
	// then fail on every mail it lists, for good. So when the server
	// suggests it, the running watch is stopped and the history continues
	// as new at once, not at the end of the slice. (The watch's progress
	// since its last slice is offered again: handled mail has left the
	// folder, and the lists and cases de-duplicate by Message-ID.)
	endEarly := workflow.GetVersion(ctx, versionWatcherEndsEarly, workflow.DefaultVersion, 1) >= 1
	for runs := 0; runs < watchRunsPerHistory && !workflow.GetInfo(ctx).GetContinueAsNewSuggested(); runs++ {
		runCtx, stopRun := workflow.WithCancel(actx)
		fut := workflow.ExecuteActivity(runCtx, ActivityWatchMailbox, WatchMailboxInput{Mailbox: in.Mailbox, Folder: in.Folder, Watermark: st.Watermark})
		done := false
		for !done {
			if endEarly && workflow.GetInfo(ctx).GetContinueAsNewSuggested() {
				stopRun()
			}
			sel := workflow.NewSelector(ctx)
			listen(sel)
			sel.AddFuture(fut, func(f workflow.Future) {
				done = true
				var w Watermark
				err := f.Get(ctx, &w)
				var stopped *temporal.CanceledError
				switch {
				case err == nil:
					st.Watermark = w
				case stopMark && errors.As(err, &stopped) && stopped.HasDetails() && stopped.Details(&w) == nil && w.UIDValidity != 0:
					st.Watermark = w // stopped early: where it got to
				}
			})
			sel.Select(ctx)
		}
		stopRun()
		st.Runs++
	}
	// Take every signal already delivered, so none is lost with this history.
	for {
		sel := workflow.NewSelector(ctx)
		listen(sel)
		got := false
		sel.AddDefault(func() {})
		for _, ch := range []workflow.ReceiveChannel{unmatched, quarantined, health, attached} {
			got = got || ch.Len() > 0
		}
		if !got {
			break
		}
		sel.Select(ctx)
	}
	return workflow.NewContinueAsNewError(ctx, MailboxWatcherWorkflow, WatcherInput{
		Mailbox: in.Mailbox, Folder: in.Folder, Watermark: st.Watermark, Unmatched: st.Unmatched, Quarantined: st.Quarantined, Health: st.Health,
		UnmatchedDropped: st.UnmatchedDropped, QuarantinedDropped: st.QuarantinedDropped, HandBacksDropped: st.HandBacksDropped,
	})
}
