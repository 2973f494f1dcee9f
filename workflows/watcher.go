package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// maxListed bounds the watcher's lists; the mail itself stays in its folder,
// so an entry that falls off a list is still there to be found.
const maxListed = 500

// watchRunsPerHistory is how many WatchMailbox runs one history holds before
// the watcher continues as new, keeping its history short for weeks-long use.
const watchRunsPerHistory = 200

// MailboxWatcherWorkflow owns one mailbox folder. It runs the WatchMailbox
// activity again and again, carrying the watermark from run to run, and
// keeps the lists of mail that matched no case and of mail that was
// quarantined. Its workflow ID is WatcherID(mailbox), so one folder has one
// watcher however many workers run.
func MailboxWatcherWorkflow(ctx workflow.Context, in WatcherInput) error {
	st := WatcherStatus{Mailbox: in.Mailbox, Watermark: in.Watermark, Unmatched: in.Unmatched, Quarantined: in.Quarantined, Health: in.Health}
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
			st.Unmatched = addListed(st.Unmatched, u)
		})
		sel.AddReceive(quarantined, func(c workflow.ReceiveChannel, _ bool) {
			var u UnmatchedMail
			c.Receive(ctx, &u)
			st.Quarantined = addListed(st.Quarantined, u)
		})
		sel.AddReceive(health, func(c workflow.ReceiveChannel, _ bool) {
			c.Receive(ctx, &st.Health)
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

	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		// The activity returns on its own well before this; the bound only
		// matters if it cannot.
		StartToCloseTimeout: 2 * time.Hour,
		// A worker that dies stops heartbeating; another takes over this soon.
		HeartbeatTimeout: 30 * time.Second,
		Summary:          "watch " + in.Mailbox,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    time.Minute,
		},
	})
	for runs := 0; runs < watchRunsPerHistory && !workflow.GetInfo(ctx).GetContinueAsNewSuggested(); runs++ {
		fut := workflow.ExecuteActivity(actx, ActivityWatchMailbox, WatchMailboxInput{Mailbox: in.Mailbox, Folder: in.Folder, Watermark: st.Watermark})
		done := false
		for !done {
			sel := workflow.NewSelector(ctx)
			listen(sel)
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
	})
}

// addListed appends u unless the same message is listed, keeping the newest
// maxListed.
func addListed(list []UnmatchedMail, u UnmatchedMail) []UnmatchedMail {
	for _, have := range list {
		// By Message-ID where there is one: after a UIDVALIDITY change the
		// same mail comes back under another UID.
		if (u.MessageID != "" && have.MessageID == u.MessageID) || (u.MessageID == "" && have.UID == u.UID) {
			return list
		}
	}
	list = append(list, u)
	if len(list) > maxListed {
		list = list[len(list)-maxListed:]
	}
	return list
}
