package cli

import (
	"context"
	"fmt"
	"time"

	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/converter"

	"github.com/spf13/cobra"

	"github.com/certflow/certflow/workflows"
)

// runningWatchersQuery finds the mailbox watchers that run now.
var runningWatchersQuery = fmt.Sprintf("WorkflowType = '%s' AND ExecutionStatus = 'Running'",
	workflows.TypeMailboxWatcher)

// watchers returns the status of every running mailbox watcher.
func (r *runner) watchers(ctx context.Context) ([]workflows.WatcherStatus, error) {
	resp, err := r.client.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
		Query: runningWatchersQuery,
	})
	if err != nil {
		return nil, fmt.Errorf("find mailbox watchers: %w", err)
	}
	var out []workflows.WatcherStatus
	for _, e := range resp.Executions {
		id := e.Execution.WorkflowId
		v, err := r.client.QueryWorkflow(ctx, id, "", workflows.QueryStatus)
		if err != nil {
			// Not explain's words: a watcher is not a case.
			return nil, fmt.Errorf("ask watcher %s (is a worker running?): %w", id, err)
		}
		var st workflows.WatcherStatus
		if err := v.Get(&st); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// withWatchers dials Temporal and runs do on every running watcher's
// status.
func (r *runner) withWatchers(ctx context.Context, do func(context.Context, []workflows.WatcherStatus) error) error {
	return r.withClient(ctx, func(ctx context.Context) error {
		ws, err := r.watchers(ctx)
		if err != nil {
			return err
		}
		return do(ctx, ws)
	})
}

func (r *runner) unmatchedCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "unmatched",
		Short: "List mail that matched no case (it stays unread in the inbox)",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return r.withWatchers(cmd.Context(), func(_ context.Context, ws []workflows.WatcherStatus) error {
				all := []workflows.UnmatchedMail{}
				for _, st := range ws {
					all = append(all, st.Unmatched...)
				}
				if asJSON {
					return writeJSON(r.stdout, all)
				}
				if err := printUnmatched(r.stdout, all); err != nil {
					return err
				}
				printDroppedHandBacks(r.stdout, ws)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// mailboxRow is a watcher's status with the last time its watch talked to
// the mail server.
type mailboxRow struct {
	workflows.WatcherStatus
	LastContact time.Time `json:"last_contact"`
}

func (r *runner) mailboxesCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "mailboxes",
		Short: "Show each watched mailbox: connected, last contact, watermark, reconnects, quarantined mail",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return r.withWatchers(cmd.Context(), func(ctx context.Context, ws []workflows.WatcherStatus) error {
				rows := []mailboxRow{}
				for _, st := range ws {
					rows = append(rows, r.liveMailbox(ctx, st))
				}
				if asJSON {
					return writeJSON(r.stdout, rows)
				}
				return printMailboxes(r.stdout, rows)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// liveMailbox adds what the watch's heartbeats say to a watcher's status.
// The watch heartbeats while it talks to the server: its last heartbeat
// is the last contact, and it carries the live watermark, which the
// workflow learns only when a watch run ends. A watcher that cannot be
// described is shown as its status has it.
func (r *runner) liveMailbox(ctx context.Context, st workflows.WatcherStatus) mailboxRow {
	row := mailboxRow{WatcherStatus: st}
	desc, err := r.client.DescribeWorkflowExecution(ctx, workflows.WatcherID(st.Mailbox), "")
	if err != nil {
		return row
	}
	for _, pa := range desc.GetPendingActivities() {
		if t := pa.GetLastHeartbeatTime(); t != nil && t.AsTime().After(row.LastContact) {
			row.LastContact = t.AsTime()
		}
		var live workflows.Watermark
		d := pa.GetHeartbeatDetails()
		if d != nil && converter.GetDefaultDataConverter().FromPayloads(d, &live) == nil && live.UIDValidity != 0 {
			row.Watermark = live
		}
	}
	return row
}
