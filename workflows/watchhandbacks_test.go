package workflows

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// runWatcher runs a watcher whose first watch is retried (a second
// later); meanwhile the i-th of callbacks runs at i+1 ms (the test
// environment queues at most 1,000). It returns the input of the watcher's
// next history, which must stay well under the server's 2 MiB.
func runWatcher(t *testing.T, callbacks int, callback func(env *testsuite.TestWorkflowEnvironment, i int)) WatcherInput {
	t.Helper()
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.RegisterWorkflow(MailboxWatcherWorkflow)
	first := true
	env.RegisterActivityWithOptions(func(ctx context.Context, in WatchMailboxInput) (Watermark, error) {
		if first {
			first = false
			return Watermark{}, errors.New("connection refused")
		}
		return in.Watermark, nil
	}, activity.RegisterOptions{Name: ActivityWatchMailbox})
	for i := range callbacks {
		env.RegisterDelayedCallback(func() { callback(env, i) }, time.Duration(i+1)*time.Millisecond)
	}
	env.ExecuteWorkflow(MailboxWatcherWorkflow, WatcherInput{Mailbox: "certs@x/INBOX"})
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		t.Fatalf("watcher ended with %v, want continue-as-new", env.GetWorkflowError())
	}
	size := 0
	for _, p := range can.Input.GetPayloads() {
		size += len(p.GetData())
	}
	if size > 1<<20 {
		t.Fatalf("continue-as-new input is %d bytes; the server refuses it past 2 MiB and it must stay well under", size)
	}
	var next WatcherInput
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	return next
}

// runWatcherWith runs a watcher that is signalled each batch of entries
// of its unmatched list in turn (see runWatcher).
func runWatcherWith(t *testing.T, batches ...[]UnmatchedMail) WatcherInput {
	t.Helper()
	return runWatcher(t, len(batches), func(env *testsuite.TestWorkflowEnvironment, i int) {
		for _, u := range batches[i] {
			env.SignalWorkflow(SignalUnmatched, u)
		}
	})
}

// strangersMail is n entries of mail that names no case (it stays unread in
// the folder), in batches the test environment can queue.
func strangersMail(n int, subject string) [][]UnmatchedMail {
	var out [][]UnmatchedMail
	for from := 0; from < n; from += 50 {
		var batch []UnmatchedMail
		for i := from; i < min(from+50, n); i++ {
			batch = append(batch, UnmatchedMail{UID: uint32(i + 100), MessageID: fmt.Sprintf("junk-%d@stranger.example", i),
				From: "x@stranger.example", Subject: subject, Reason: "names no case"})
		}
		out = append(out, batch)
	}
	return out
}

// Finding 11 of review 13: a stranger's 600 mails to no case pushed a
// case's hand-back (mail that has left the inbox: the list is the only
// place that points at it) off the unmatched list. Entries whose mail is
// still in the folder go first; the hand-back stays, and the list stays
// within its bounds by count and bytes.
func TestStrangersMailDoesNotPushHandBacksOffTheList(t *testing.T) {
	back := UnmatchedMail{MessageID: "aws-done@aws.example", From: "aws@aws.example", Subject: "merge completed",
		Kind: MailCompleted, Reason: "the case had ended: case merge-1 is cancelled"}
	huge := strings.Repeat("é", 32<<10)
	next := runWatcherWith(t, append([][]UnmatchedMail{{back}}, strangersMail(600, huge)...)...)
	found := false
	for _, u := range next.Unmatched {
		found = found || u.MessageID == back.MessageID
	}
	if !found || len(next.Unmatched) > maxListed {
		t.Fatalf("hand-back listed %v; %d entries, %d dropped", found, len(next.Unmatched), next.UnmatchedDropped)
	}
	if len(next.Unmatched)+next.UnmatchedDropped != 601 || next.HandBacksDropped != 0 {
		t.Fatalf("%d kept + %d dropped (%d hand-backs), want 601 in all and no hand-back dropped",
			len(next.Unmatched), next.UnmatchedDropped, next.HandBacksDropped)
	}
}

// Finding 11: hand-backs past the bounds (a flood past a case's cap) drop
// the oldest, counted apart, as the mail is no longer in the folder.
func TestHandBacksPastTheBoundsAreCountedApart(t *testing.T) {
	var batches [][]UnmatchedMail
	for from := 0; from < 600; from += 50 {
		var batch []UnmatchedMail
		for i := from; i < from+50; i++ {
			batch = append(batch, UnmatchedMail{MessageID: fmt.Sprintf("over-%d@stranger.example", i), Reason: "case merge-1 has taken the 500 mails"})
		}
		batches = append(batches, batch)
	}
	next := runWatcherWith(t, batches...)
	if len(next.Unmatched) != maxListed || next.UnmatchedDropped != 100 || next.HandBacksDropped != 100 ||
		next.Unmatched[0].MessageID != "over-100@stranger.example" {
		t.Fatalf("%d kept (first %s), %d dropped, %d hand-backs dropped", len(next.Unmatched), next.Unmatched[0].MessageID,
			next.UnmatchedDropped, next.HandBacksDropped)
	}
}

// Finding 9 of review 13: a mail on the list, attached to a case that then
// ended before reading it, comes back from the case: its entry says so (it
// said "names no case" before), and it is still listed once.
func TestMailHandedBackAgainTellsWhy(t *testing.T) {
	listed := UnmatchedMail{UID: 12, MessageID: "hello@stranger.example", Reason: "names no case"}
	again := ListedMail(AttachedMail(listed, "w"), 0, "the case had ended: case merge-1 is completed")
	next := runWatcherWith(t, []UnmatchedMail{listed}, []UnmatchedMail{again})
	if len(next.Unmatched) != 1 || next.Unmatched[0].UID != 12 || !strings.Contains(next.Unmatched[0].Reason, "the case had ended") {
		t.Fatalf("listed %+v", next.Unmatched)
	}
}
