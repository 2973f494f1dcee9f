package main

import (
	"context"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// catchupResult is one catch-up run.
type catchupResult struct {
	OldMessages int         `json:"old_messages"`
	NewMessages int         `json:"new_messages"`
	FillSeconds float64     `json:"fill_seconds"`
	Seconds     float64     `json:"seconds"`       // worker start to the last consent reply accepted
	WatchSecs   float64     `json:"watch_seconds"` // the watcher's SELECT to the last consent reply accepted
	Progressed  int         `json:"progressed"`
	Bytes       proxyCounts `json:"imap_bytes"`
}

// catchUp fills a mailbox with old, handled mail (straight into the dev mail
// store, flagged \Seen, the watermark past it), brings fresh cases to
// awaiting_consent, stops the worker, lets AWS's consent requests arrive,
// and restarts the worker behind a counting proxy: how long until every
// case has sent its consent, and how many IMAP bytes that took.
func catchUp(ctx context.Context, s *stack, old, fresh int, within time.Duration) (*catchupResult, error) {
	proxy, err := newIMAPProxy(s.mail.IMAPAddr(), false)
	if err != nil {
		return nil, err
	}
	defer proxy.close()
	w := workerSetup{name: fmt.Sprintf("catchup%d", old), imapAddr: proxy.addr()}
	if err := s.prepare(w); err != nil {
		return nil, err
	}
	res := &catchupResult{OldMessages: old, NewMessages: fresh}
	t0 := time.Now()
	mark, err := fillHandled(s, w, old)
	if err != nil {
		return nil, err
	}
	res.FillSeconds = time.Since(t0).Seconds()
	if err := startWatcherPast(ctx, s, w, mark); err != nil {
		return nil, err
	}

	iw, err := s.startWorker(w)
	if err != nil {
		return nil, err
	}
	ids := caseIDs(w.name, fresh)
	if _, err := startCases(ctx, s, w, ids, within); err != nil {
		_ = iw.stop() // the cases' failure is the one to report
		return nil, err
	}
	if err := iw.stop(); err != nil {
		return nil, err
	}
	if err := inject(s, consentRequests(s, w, ids), 0); err != nil {
		return nil, err
	}

	proxy.reset()
	start := time.Now()
	iw, err = s.startWorker(w)
	if err != nil {
		return nil, err
	}
	// Once the replies are counted a slow stop changes no figure; the next
	// phase has its own worker and mailbox.
	defer func() { _ = iw.stop() }()
	e2e, err := waitReplies(s, ids, within)
	res.Progressed = e2e.progressed
	if !e2e.last.IsZero() {
		res.Seconds = e2e.last.Sub(start).Seconds()
		if at := proxy.watchStarted(); !at.IsZero() {
			res.WatchSecs = e2e.last.Sub(at).Seconds()
		}
	}
	res.Bytes = proxy.counts()
	return res, err
}

// fillHandled delivers old messages to the setup's mailbox and flags them
// \Seen, as the watcher leaves handled mail; it returns the watermark past
// them all.
func fillHandled(s *stack, w workerSetup, old int) (workflows.Watermark, error) {
	for i := 0; i < old; i++ {
		if err := s.mail.Deliver(w.mailbox(), fillerMail(w.mailbox(), i)); err != nil {
			return workflows.Watermark{}, err
		}
	}
	return markHandled(s, w.mailbox())
}

// startWatcherPast starts the setup's watcher with mark as its state, as it
// would be after a worker had handled the mail before it.
func startWatcherPast(ctx context.Context, s *stack, w workerSetup, mark workflows.Watermark) error {
	cfg, err := configFor(s, w)
	if err != nil {
		return err
	}
	mailbox := app.MailboxName(cfg, "INBOX")
	_, err = s.client.ExecuteWorkflow(ctx, client.StartWorkflowOptions{
		ID: workflows.WatcherID(mailbox), TaskQueue: w.taskQueue(),
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL,
	}, workflows.MailboxWatcherWorkflow, workflows.WatcherInput{Mailbox: mailbox, Folder: "INBOX", Watermark: mark})
	return err
}

// replies is what waitReplies saw.
type replies struct {
	progressed int
	last       time.Time
}

// waitReplies waits for each case's consent reply at the SMTP server.
func waitReplies(s *stack, ids []string, within time.Duration) (replies, error) {
	var r replies
	deadline := time.Now().Add(within)
	pending := map[string]bool{}
	for _, id := range ids {
		pending[id] = true
	}
	for len(pending) > 0 && time.Now().Before(deadline) {
		for id := range pending {
			if t, ok := s.seen.when(consentReplyID(id)); ok {
				delete(pending, id)
				r.progressed++
				if t.After(r.last) {
					r.last = t
				}
			}
		}
		if len(pending) > 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if len(pending) > 0 {
		return r, fmt.Errorf("%d of %d cases did not progress within %s", len(pending), len(ids), within)
	}
	return r, nil
}

// markHandled flags every message of the mailbox's INBOX \Seen, as the
// watcher leaves handled mail, and returns the watermark past them all.
func markHandled(s *stack, mailbox string) (workflows.Watermark, error) {
	c, err := imapclient.DialInsecure(s.mail.IMAPAddr(), nil)
	if err != nil {
		return workflows.Watermark{}, err
	}
	defer c.Close()
	if err := c.Login(mailbox, password).Wait(); err != nil {
		return workflows.Watermark{}, err
	}
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		return workflows.Watermark{}, err
	}
	if sel.NumMessages > 0 {
		all := imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}
		seen := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}
		if err := c.Store(all, seen, nil).Close(); err != nil {
			return workflows.Watermark{}, err
		}
	}
	return workflows.Watermark{UIDValidity: sel.UIDValidity, LastUID: uint32(sel.UIDNext) - 1}, nil
}
