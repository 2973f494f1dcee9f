package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// maxUnmatched bounds the watcher's list; the mail itself stays in the inbox,
// so an entry that falls off the list is still there to be found.
const maxUnmatched = 500

// watchRunsPerHistory is how many WatchMailbox runs one history holds before
// the watcher continues as new, keeping its history short for weeks-long use.
const watchRunsPerHistory = 200

// MailboxWatcherWorkflow owns one mailbox. It runs the WatchMailbox activity
// again and again, carrying the watermark from run to run, and keeps the list
// of mail that matched no case. Its workflow ID is WatcherID(mailbox), so one
// mailbox has one watcher however many workers run.
func MailboxWatcherWorkflow(ctx workflow.Context, in WatcherInput) error {
	st := WatcherStatus{Mailbox: in.Mailbox, Watermark: in.Watermark, Unmatched: in.Unmatched}
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (WatcherStatus, error) {
		out := st
		out.Unmatched = append([]UnmatchedMail(nil), st.Unmatched...)
		return out, nil
	}); err != nil {
		return err
	}
	unmatched := workflow.GetSignalChannel(ctx, SignalUnmatched)
	addUnmatched := func(u UnmatchedMail) {
		for _, have := range st.Unmatched {
			if have.UID == u.UID && have.MessageID == u.MessageID {
				return
			}
		}
		st.Unmatched = append(st.Unmatched, u)
		if len(st.Unmatched) > maxUnmatched {
			st.Unmatched = st.Unmatched[len(st.Unmatched)-maxUnmatched:]
		}
	}

	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		// The activity returns on its own well before this; the bound only
		// matters if it cannot.
		StartToCloseTimeout: 2 * time.Hour,
		// A worker that dies stops heartbeating; another takes over this soon.
		HeartbeatTimeout: 30 * time.Second,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    time.Minute,
		},
	})
	for runs := 0; runs < watchRunsPerHistory && !workflow.GetInfo(ctx).GetContinueAsNewSuggested(); runs++ {
		fut := workflow.ExecuteActivity(actx, ActivityWatchMailbox, WatchMailboxInput{Mailbox: in.Mailbox, Watermark: st.Watermark})
		done := false
		for !done {
			sel := workflow.NewSelector(ctx)
			sel.AddReceive(unmatched, func(c workflow.ReceiveChannel, _ bool) {
				var u UnmatchedMail
				c.Receive(ctx, &u)
				addUnmatched(u)
			})
			sel.AddFuture(fut, func(f workflow.Future) {
				done = true
				var w Watermark
				if err := f.Get(ctx, &w); err == nil {
					st.Watermark = w
				}
			})
			sel.Select(ctx)
		}
		st.Runs++
	}
	for {
		var u UnmatchedMail
		if !unmatched.ReceiveAsync(&u) {
			break
		}
		addUnmatched(u)
	}
	return workflow.NewContinueAsNewError(ctx, MailboxWatcherWorkflow, WatcherInput{
		Mailbox: in.Mailbox, Watermark: st.Watermark, Unmatched: st.Unmatched,
	})
}
