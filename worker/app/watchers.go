package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/workflows"
)

// Every worker keeps every watched folder's watcher alive: a watcher that
// ended for any reason (terminated by hand or by the server, failed, timed
// out) is started again from the last state it recorded, by whichever
// worker sees it first (one ID, one running watcher).
const (
	// defaultWatcherCheckEvery is how often a worker looks; a watcher that
	// ended runs again within about this long.
	defaultWatcherCheckEvery = 15 * time.Second
	// watcherContactBound: a live watch's heartbeat reaches Temporal every
	// 2 s, so contact older than two and a half of those means its worker
	// died or it hangs: no watch runs until Temporal gives it to another
	// worker (after WatchHeartbeatTimeout). Worker and server clocks must
	// agree to within a second or two.
	watcherContactBound = 5 * time.Second
	// watcherMissingBound is how long a folder may have had no live watch
	// before /healthz (the container healthcheck) fails.
	watcherMissingBound = 3 * time.Minute
)

// watcherSeen is what this worker last saw of one mailbox's watch.
type watcherSeen struct {
	contact time.Time // last heartbeat or start of its watch
	live    time.Time // when it was last seen live
}

// watcherBook is this worker's record of each mailbox's watch: its last
// contact (heartbeat or start) and when it was last seen live. Each look at
// a watcher notes it here; /healthz asks it which folders have gone without
// a live watch for too long.
type watcherBook struct {
	mu      sync.Mutex
	started time.Time // this worker's start: no folder is missing before it
	seen    map[string]watcherSeen
	metrics *metrics.Metrics
}

func newWatcherBook(m *metrics.Metrics) *watcherBook {
	return &watcherBook{started: time.Now(), seen: map[string]watcherSeen{}, metrics: m}
}

// watchContact is the watch's last sign of life and whether it is live: its
// activity is running and has heartbeated (or started) within the bound.
func watchContact(desc *workflowservice.DescribeWorkflowExecutionResponse, now time.Time) (time.Time, bool) {
	var last time.Time
	live := false
	for _, pa := range desc.GetPendingActivities() {
		if pa.GetActivityType().GetName() != workflows.ActivityWatchMailbox {
			continue
		}
		for _, ts := range []*timestamppb.Timestamp{pa.GetLastHeartbeatTime(), pa.GetLastStartedTime()} {
			if ts != nil && ts.AsTime().After(last) {
				last = ts.AsTime()
			}
		}
		live = live || pa.GetState() == enumspb.PENDING_ACTIVITY_STATE_STARTED
	}
	return last, live && !last.IsZero() && now.Sub(last) <= watcherContactBound
}

// note records what was seen of mailbox and sets its contact gauge.
func (b *watcherBook) note(mailbox string, contact time.Time, live bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.seen[mailbox]
	if contact.After(s.contact) {
		s.contact = contact
	}
	now := time.Now()
	if live {
		s.live = now
	}
	b.seen[mailbox] = s
	since := s.contact
	if since.IsZero() {
		since = b.started
	}
	b.metrics.SetWatcherLastContact(mailbox, now.Sub(since))
}

// missing fails when one of mailboxes has had no live watch for
// watcherMissingBound, naming each such mailbox.
func (b *watcherBook) missing(mailboxes []string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var missing []string
	for _, mailbox := range mailboxes {
		since := b.seen[mailbox].live
		if since.Before(b.started) {
			since = b.started
		}
		if age := time.Since(since); age > watcherMissingBound {
			missing = append(missing, fmt.Sprintf("%s has had no watcher for %s", mailbox, age.Round(time.Second)))
		}
	}
	if len(missing) > 0 {
		return errors.New(strings.Join(missing, "; "))
	}
	return nil
}

// healthy fails when a watched folder has had no live watch for
// watcherMissingBound.
func (o *ops) healthy() error {
	mailboxes := make([]string, 0, len(o.cfg.IMAP.Mailboxes))
	for _, folder := range o.cfg.IMAP.Mailboxes {
		mailboxes = append(mailboxes, MailboxName(o.cfg, folder))
	}
	return o.watchers.missing(mailboxes)
}

// startWatchers starts every folder's watcher unless it runs, then keeps
// them running, every `every` (zero: defaultWatcherCheckEvery), until ctx
// ends or the function it returns is called.
func (o *ops) startWatchers(ctx context.Context, every time.Duration) (stop func(), err error) {
	for _, folder := range o.cfg.IMAP.Mailboxes {
		if err := o.ensureWatcher(ctx, folder); err != nil {
			return nil, err
		}
	}
	if every <= 0 {
		every = defaultWatcherCheckEvery
	}
	ctx, stop = context.WithCancel(ctx)
	go o.keepWatchers(ctx, every)
	return stop, nil
}

// keepWatchers checks every folder's watcher until ctx ends.
func (o *ops) keepWatchers(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, folder := range o.cfg.IMAP.Mailboxes {
			if err := o.ensureWatcher(ctx, folder); err != nil && ctx.Err() == nil {
				o.logger.Error("cannot keep the mailbox watcher running", "mailbox", MailboxName(o.cfg, folder), "error", err)
			}
		}
	}
}

// ensureWatcher starts folder's watcher unless one runs; a watcher that ran
// before continues from the state its last run recorded.
func (o *ops) ensureWatcher(ctx context.Context, folder string) error {
	mailbox := MailboxName(o.cfg, folder)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	desc, err := o.client.DescribeWorkflowExecution(ctx, workflows.WatcherID(mailbox), "")
	var notFound *serviceerror.NotFound
	switch {
	case err == nil && desc.GetWorkflowExecutionInfo().GetStatus() == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING:
		contact, live := watchContact(desc, time.Now())
		o.watchers.note(mailbox, contact, live)
		return nil
	case err != nil && !errors.As(err, &notFound):
		o.watchers.note(mailbox, time.Time{}, false)
		return fmt.Errorf("describe the watcher: %w", err)
	}
	o.watchers.note(mailbox, time.Time{}, false)
	in := workflows.WatcherInput{Mailbox: mailbox, Folder: folder}
	if err == nil {
		ended := desc.GetWorkflowExecutionInfo().GetStatus().String()
		in = o.lastWatcherState(ctx, in)
		o.logger.Error("the mailbox watcher had ended; starting it again from its last watermark", "mailbox", mailbox,
			"ended", ended, "uid_validity", in.Watermark.UIDValidity, "last_uid", in.Watermark.LastUID)
		o.metrics.WatcherRestarted(mailbox)
	}
	_, err = o.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{
		ID:                       workflows.WatcherID(mailbox),
		TaskQueue:                o.cfg.TaskQueue,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING,
	}, workflows.MailboxWatcherWorkflow, workflows.BoundWatcherInput(in))
	if err != nil {
		return fmt.Errorf("start the watcher of %s: %w", mailbox, err)
	}
	return nil
}

// lastWatcherState reads the state of the watcher's last run (a closed
// run answers queries from its history). Without it the watcher starts from
// the folder's first message: what was handled is no longer in the folder,
// and cases ignore mail they have seen.
func (o *ops) lastWatcherState(ctx context.Context, in workflows.WatcherInput) workflows.WatcherInput {
	v, err := o.client.QueryWorkflow(ctx, workflows.WatcherID(in.Mailbox), "", workflows.QueryStatus)
	var st workflows.WatcherStatus
	if err == nil {
		err = v.Get(&st)
	}
	if err != nil {
		o.logger.Error("cannot read the ended watcher's state; the folder is offered again from its first message",
			"mailbox", in.Mailbox, "error", err)
		return in
	}
	in.Watermark, in.HandedOn, in.Health = st.Watermark, st.HandedOn, st.Health
	in.Unmatched, in.Quarantined = st.Unmatched, st.Quarantined
	in.UnmatchedDropped, in.QuarantinedDropped = st.UnmatchedDropped, st.QuarantinedDropped
	in.HandBacksDropped = st.HandBacksDropped
	return in
}
