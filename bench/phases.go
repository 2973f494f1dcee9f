package main

import (
	"context"
	"fmt"
	"io"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/workflows"
)

// consentPhases splits each paced case's consent latency where its
// history can: from the consent request landing in certflow's INBOX to the
// case's signal (the watcher: IDLE, fetch, triage, signal), to the send's
// activity being scheduled (a workflow task), to its start (dispatch), to
// its end (the Sent check, SMTP, the copy), and from there to the consent
// landing in the desk's INBOX (delivery, less what overlapped the copy).
type consentPhases struct {
	Watch    stats `json:"arrival_to_signal"`
	Workflow stats `json:"signal_to_send_scheduled"`
	Dispatch stats `json:"send_scheduled_to_started"`
	Send     stats `json:"send_started_to_completed"`
	Delivery stats `json:"send_completed_to_desk"`
}

// phasesOf reads the paced cases' histories; arrived and atDesk are, per
// case, the two ends the consent latency is measured between.
func phasesOf(ctx context.Context, c client.Client, ids []string, arrived,
	atDesk map[string]time.Time) (*consentPhases, error) {
	var watch, wf, dispatch, send, delivery []time.Duration
	for _, id := range ids {
		var signaled, scheduled, started, completed time.Time
		it := c.GetWorkflowHistory(ctx, id, "", false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
		for it.HasNext() && completed.IsZero() {
			e, err := it.Next()
			if err != nil {
				return nil, fmt.Errorf("history of %s: %w", id, err)
			}
			at := e.GetEventTime().AsTime()
			switch e.GetEventType() {
			case enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
				if signaled.IsZero() && e.GetWorkflowExecutionSignaledEventAttributes().GetSignalName() == workflows.SignalMail {
					signaled = at
				}
			case enumspb.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
				if !signaled.IsZero() && scheduled.IsZero() &&
					e.GetActivityTaskScheduledEventAttributes().GetActivityType().GetName() == workflows.ActivitySendMail {
					scheduled = at
				}
			case enumspb.EVENT_TYPE_ACTIVITY_TASK_STARTED:
				if !scheduled.IsZero() && started.IsZero() {
					started = at
				}
			case enumspb.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
				if !started.IsZero() {
					completed = at
				}
			}
		}
		if completed.IsZero() {
			return nil, fmt.Errorf("case %s: no consent send after a mail signal in its history", id)
		}
		watch = append(watch, signaled.Sub(arrived[id]))
		wf = append(wf, scheduled.Sub(signaled))
		dispatch = append(dispatch, started.Sub(scheduled))
		send = append(send, completed.Sub(started))
		delivery = append(delivery, atDesk[id].Sub(completed))
	}
	return &consentPhases{Watch: percentiles(watch), Workflow: percentiles(wf), Dispatch: percentiles(dispatch),
		Send: percentiles(send), Delivery: percentiles(delivery)}, nil
}

func printPhases(out io.Writer, p *consentPhases) {
	if p == nil {
		return
	}
	for _, row := range []struct {
		name string
		s    stats
	}{
		{"request in INBOX -> case signalled (watcher)", p.Watch},
		{"signal -> consent send scheduled (workflow task)", p.Workflow},
		{"scheduled -> started (dispatch)", p.Dispatch},
		{"started -> completed (Sent check, SMTP, copy)", p.Send},
		{"completed -> consent in the desk's INBOX", p.Delivery},
	} {
		fmt.Fprintf(out, "    %-50s p50 %s, p99 %s\n", row.name, fmtMS(row.s.P50), fmtMS(row.s.P99))
	}
}
