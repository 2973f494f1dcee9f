package workflows

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
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
	u := UnmatchedMail{UID: 3, MessageID: "x@y", From: "a@b", Subject: "hello", Reason: "names no case", Kind: MailUnknown,
		Lean: MailReplyNo}
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

// Issue 13, item 8: mail crafted to be listed (huge subjects, one mail after
// another) cannot grow the watcher's continue-as-new input past the server's
// 2 MiB, which terminated the watcher: every list is bounded by count and
// bytes, long fields are cut, and what was dropped is counted.
func TestWatcherListsStayBoundedByCountAndBytes(t *testing.T) {
	huge := strings.Repeat("é", 32<<10) // 64 KiB of two-byte characters
	const total = 1000
	const batch = 50
	next := runWatcher(t, total/batch, func(env *testsuite.TestWorkflowEnvironment, b int) {
		for i := b * batch; i < (b+1)*batch; i++ {
			u := UnmatchedMail{UID: uint32(i + 1), MessageID: fmt.Sprintf("m%d@stranger.example", i), From: "x@stranger.example",
				Subject: fmt.Sprintf("%d %s", i, huge), Reason: "names no case " + huge}
			env.SignalWorkflow(SignalUnmatched, u)
			env.SignalWorkflow(SignalQuarantined, u)
		}
	})
	for name, l := range map[string]struct {
		list    []UnmatchedMail
		dropped int
	}{"unmatched": {next.Unmatched, next.UnmatchedDropped}, "quarantined": {next.Quarantined, next.QuarantinedDropped}} {
		if len(l.list) == 0 || len(l.list)+l.dropped != total {
			t.Fatalf("%s: %d kept + %d dropped, want %d in all", name, len(l.list), l.dropped, total)
		}
		newest := l.list[len(l.list)-1]
		if newest.MessageID != fmt.Sprintf("m%d@stranger.example", total-1) || len(newest.Subject) > maxFieldBytes ||
			!utf8.ValidString(newest.Subject) || !strings.HasPrefix(newest.Subject, fmt.Sprintf("%d é", total-1)) {
			t.Fatalf("%s: newest entry %q (%d bytes)", name, newest.MessageID, len(newest.Subject))
		}
	}
}

// Issue 13, item 8: when the server suggests continuing as new (a flood of
// signals, which it refuses past 10,000 to one run), the running watch is
// stopped and the watcher continues as new at once, rather than at the end
// of its slice, when its signals may already be refused.
func TestWatcherContinuesAsNewAtOnceWhenSuggested(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.RegisterWorkflow(MailboxWatcherWorkflow)
	var mu sync.Mutex
	attempts, sliceEnded := 0, false
	env.RegisterActivityWithOptions(func(ctx context.Context, in WatchMailboxInput) (Watermark, error) {
		mu.Lock()
		attempts++
		first := attempts == 1
		mu.Unlock()
		if first { // its retry is a second away: the callback below comes meanwhile
			return Watermark{}, errors.New("connection refused")
		}
		select {
		case <-ctx.Done():
			return in.Watermark, ctx.Err()
		case <-time.After(3 * time.Second): // the end of the slice
			mu.Lock()
			sliceEnded = true
			mu.Unlock()
			return in.Watermark, nil
		}
	}, activity.RegisterOptions{Name: ActivityWatchMailbox})
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{
		&suggestWithSignal{suggest: func() { env.SetContinueAsNewSuggested(true) }}}})
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(SignalUnmatched, UnmatchedMail{UID: 1, MessageID: "x@y", Reason: "names no case"})
	}, time.Millisecond)
	env.ExecuteWorkflow(MailboxWatcherWorkflow, WatcherInput{Mailbox: "certs@x/INBOX", Watermark: Watermark{UIDValidity: 7, LastUID: 5}})
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		t.Fatalf("watcher ended with %v, want continue-as-new", env.GetWorkflowError())
	}
	var next WatcherInput
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if sliceEnded || next.Watermark.LastUID != 5 || len(next.Unmatched) != 1 {
		t.Fatalf("watch ran to the end of its slice: %v (%d attempts); next history starts at %+v with %d unmatched",
			sliceEnded, attempts, next.Watermark, len(next.Unmatched))
	}
}

// suggestWithSignal has the server suggest continuing as new as it delivers
// a signal, as the server does: the task that sees the suggestion has the
// signals that came before it (a close with later ones is refused). In the
// test environment a suggestion set apart from the signal could be seen by a
// task that ran between the two (the watcher's start, by the wall clock on a
// loaded machine), which then continued as new without the signal.
type suggestWithSignal struct {
	interceptor.WorkerInterceptorBase
	suggest func()
}

func (s *suggestWithSignal) InterceptWorkflow(_ workflow.Context,
	next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	return &suggestWithSignalIn{WorkflowInboundInterceptorBase: interceptor.WorkflowInboundInterceptorBase{Next: next}, s: s}
}

type suggestWithSignalIn struct {
	interceptor.WorkflowInboundInterceptorBase
	s *suggestWithSignal
}

func (i *suggestWithSignalIn) HandleSignal(ctx workflow.Context, in *interceptor.HandleSignalInput) error {
	i.s.suggest()
	return i.Next.HandleSignal(ctx, in)
}

// Review 13b, finding 6: the watcher keeps the highest UID it has handed on
// under the folder's UIDVALIDITY apart from the watermark a watch resumes
// from (which may be set back): each watch is given it, so a \Seen message
// above it (opened by a person) is listed, and it goes into the next
// history. A new UIDVALIDITY starts it again.
func TestWatcherKeepsTheHighestUIDHandedOnApartFromItsWatermark(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	var mu sync.Mutex
	var handed []HandedMark
	env.RegisterWorkflow(MailboxWatcherWorkflow)
	env.RegisterActivityWithOptions(func(ctx context.Context, in WatchMailboxInput) (Watermark, error) {
		mu.Lock()
		defer mu.Unlock()
		handed = append(handed, in.HandedOn)
		if len(handed) == watchRunsPerHistory {
			return Watermark{UIDValidity: 8, LastUID: 3}, nil // the folder was rebuilt
		}
		return Watermark{UIDValidity: 7, LastUID: in.Watermark.LastUID + 10}, nil
	}, activity.RegisterOptions{Name: ActivityWatchMailbox})
	env.ExecuteWorkflow(MailboxWatcherWorkflow, WatcherInput{Mailbox: "certs@x/INBOX",
		Watermark: Watermark{UIDValidity: 7, LastUID: 5}, HandedOn: HandedMark{UIDValidity: 7, UID: 40}})
	var can *workflow.ContinueAsNewError
	if err := env.GetWorkflowError(); !asContinueAsNew(err, &can) {
		t.Fatalf("watcher ended with %v, want continue-as-new", err)
	}
	var next WatcherInput
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	want := []HandedMark{{7, 40}, {7, 40}, {7, 40}, {7, 40}, {7, 45}, {7, 55}}
	if !reflect.DeepEqual(handed[:len(want)], want) {
		t.Fatalf("the watches were given %v, want %v", handed[:len(want)], want)
	}
	if last := handed[len(handed)-1]; last != (HandedMark{7, 5 + 10*(watchRunsPerHistory-1)}) {
		t.Fatalf("the last watch was given %+v", last)
	}
	if next.HandedOn != (HandedMark{8, 3}) || next.Watermark != (Watermark{UIDValidity: 8, LastUID: 3}) {
		t.Fatalf("next history: handed on %+v, watermark %+v", next.HandedOn, next.Watermark)
	}
}
