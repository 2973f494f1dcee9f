package workflows

import (
	"context"
	"reflect"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// The watcher carries the watermark from one WatchMailbox run to the next
// and into its next history, with the unmatched list, de-duplicated.
func TestWatcherCarriesWatermarkAndUnmatched(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	var mu sync.Mutex
	var inputs []Watermark
	env.RegisterWorkflow(MailboxWatcherWorkflow)
	env.RegisterActivityWithOptions(func(ctx context.Context, in WatchMailboxInput) (Watermark, error) {
		mu.Lock()
		defer mu.Unlock()
		inputs = append(inputs, in.Watermark)
		return Watermark{UIDValidity: 7, LastUID: in.Watermark.LastUID + 10}, nil
	}, activity.RegisterOptions{Name: ActivityWatchMailbox})
	u := UnmatchedMail{UID: 3, MessageID: "x@y", From: "a@b", Subject: "hello", Reason: "names no case"}
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(SignalUnmatched, u)
		env.SignalWorkflow(SignalUnmatched, u) // a retried activity may report it twice
	}, time.Millisecond)

	env.ExecuteWorkflow(MailboxWatcherWorkflow, WatcherInput{Mailbox: "certs@x/INBOX", Watermark: Watermark{UIDValidity: 7, LastUID: 5}})
	err := env.GetWorkflowError()
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(err, &can) {
		t.Fatalf("watcher ended with %v, want continue-as-new", err)
	}
	var next WatcherInput
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	if len(inputs) != watchRunsPerHistory || inputs[0].LastUID != 5 || inputs[1].LastUID != 15 {
		t.Fatalf("%d runs; first inputs %v", len(inputs), inputs[:2])
	}
	if next.Watermark.LastUID != 5+10*watchRunsPerHistory || next.Mailbox != "certs@x/INBOX" {
		t.Fatalf("next history starts at %+v", next)
	}
	if len(next.Unmatched) != 1 || !reflect.DeepEqual(next.Unmatched[0], u) {
		t.Fatalf("unmatched carried over: %+v", next.Unmatched)
	}
}

func asContinueAsNew(err error, target **workflow.ContinueAsNewError) bool {
	for err != nil {
		if c, ok := err.(*workflow.ContinueAsNewError); ok {
			*target = c
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}
