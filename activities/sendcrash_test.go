package activities

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/devstack/temporalserver"
	"github.com/certflow/certflow/mail/mailtest"
	"github.com/certflow/certflow/workflows"
)

// sendStep runs SendMail as a case does, with a short attempt timeout so a
// dead worker's attempt is given up in seconds.
func sendStep(ctx workflow.Context, in workflows.OutgoingMail) (workflows.SentMail, error) {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 3 * time.Second,
		RetryPolicy:         &temporal.RetryPolicy{InitialInterval: 100 * time.Millisecond, MaximumAttempts: 5},
	})
	var out workflows.SentMail
	err := workflow.ExecuteActivity(ctx, workflows.ActivitySendMail, in).Get(ctx, &out)
	return out, err
}

// sendEachAttemptAnActivity runs SendMail as a case does since send-carry:
// each attempt an activity of its own, the record of an attempt that timed
// out handed to the next.
func sendEachAttemptAnActivity(ctx workflow.Context, in workflows.OutgoingMail) (workflows.SentMail, error) {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 3 * time.Second, RetryPolicy: &temporal.RetryPolicy{MaximumAttempts: 1},
	})
	for attempt := 1; ; attempt++ {
		var out workflows.SentMail
		err := workflow.ExecuteActivity(ctx, workflows.ActivitySendMail, in).Get(ctx, &out)
		if err == nil || attempt == 5 {
			return out, err
		}
		if m := workflows.LastSendMarker(err); m != nil {
			in.Earlier = m
		}
	}
}

// A worker that dies in the middle of a send: its attempt stops at a point
// of SendMail (and never returns or heartbeats again, as a SIGKILLed
// process), Temporal times the attempt out and retries it on a second
// worker, against a real Temporal server and the dev mail server over TCP.
// At every point the mail reaches its recipient at most once and its copy
// is in Sent once; each subtest says what happens to the mail in flight.
func TestSendKilledBetweenAcceptAndHeartbeatIsNotSentTwice(t *testing.T) {
	srv, err := temporalserver.Start(context.Background(), temporalserver.Config{
		DatabaseFile: filepath.Join(t.TempDir(), "temporal.db"), UIPort: -1, Namespace: "default",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	c, err := client.Dial(client.Options{HostPort: srv.Frontend(), Namespace: "default",
		Logger: sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	s := devServer(t)
	if err := s.AddMailbox("desk@aws.example"); err != nil {
		t.Fatal(err)
	}
	t.Run("committing, each attempt an activity", func(t *testing.T) { crashWhileCommitting(t, c, s) })
	for _, tc := range []struct {
		point      string
		desk, sent int  // the desk's mails and the Sent copies at the end
		uncertain  bool // the step reports that the mail may not have gone out
		appendCut  bool // the dying worker's IMAP refuses APPEND until the step ends
	}{
		// Before the submission: nothing went out; the retry sends it.
		{"before-submit", 1, 1, false, false},
		// The step recorded that it is submitting, the final "." has not
		// gone: the server drops the mail when the session dies. The retry
		// cannot tell this from the next point, so it does not send: the
		// mail is lost, reported as uncertain (the case's reminders and
		// give-up catch it).
		{"committing", 0, 1, true, false},
		// SMTP accepted the mail, its copy is not in Sent yet: the retry
		// must not send it again. It cannot tell this from the point above,
		// so it reports the send as uncertain too, and stores the copy.
		{"accepted", 1, 1, true, false},
		// SMTP accepted the mail, its copy could not be stored and waits in
		// the dying worker's memory, which recorded that the mail went out:
		// the retry reads that record and sends nothing; the copy reaches
		// Sent from the dying worker once IMAP takes it again.
		{"recorded", 1, 1, false, true},
		// The copy is in Sent: the retry finds it and sends nothing.
		{"stored", 1, 1, false, false},
	} {
		t.Run(tc.point, func(t *testing.T) {
			caseID := "merge-crash-" + tc.point
			queue := "send-crash-" + tc.point
			var refuseAppend atomic.Bool
			refuseAppend.Store(tc.appendCut)
			dying := sendingActivities(t, s, mailtest.CuttingProxy(t, s.IMAPAddr(), func(p []byte) bool {
				return refuseAppend.Load() && bytes.Contains(p, []byte(" APPEND "))
			}))
			dying.sentBox().RetryInitial = 20 * time.Millisecond
			reached, release := make(chan struct{}), make(chan struct{})
			var once sync.Once
			dying.crashAt = func(point string) {
				if point == tc.point {
					once.Do(func() { close(reached); <-release })
				}
			}
			dying.Client = c
			// One activity at a time: while the dead attempt hangs, this
			// worker cannot take the retry.
			startSendWorker(t, c, queue, dying, 1)
			run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: caseID, TaskQueue: queue}, sendStep, request(caseID))
			if err != nil {
				t.Fatal(err)
			}
			select {
			case <-reached:
			case <-time.After(30 * time.Second):
				t.Fatalf("the send never reached %s", tc.point)
			}
			other := sendingActivities(t, s, s.IMAPAddr())
			other.Client = c
			startSendWorker(t, c, queue, other, 0)
			// First of the cleanups: the dead attempt, long timed out, ends.
			t.Cleanup(func() { close(release) })
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			var out workflows.SentMail
			if err := run.Get(ctx, &out); err != nil {
				t.Fatalf("the send step failed: %v", err)
			}
			if (out.Uncertain != "") != tc.uncertain {
				t.Errorf("uncertain = %q, want it set: %v", out.Uncertain, tc.uncertain)
			}
			refuseAppend.Store(false)
			for deadline := time.Now().Add(10 * time.Second); dying.sentBox().Pending() > 0 && time.Now().Before(deadline); {
				time.Sleep(20 * time.Millisecond)
			}
			id := "certflow.request." + caseID + "@devstack.test"
			if got := countID(t, s.IMAPAddr(), "desk@aws.example", "INBOX", id); got != tc.desk {
				t.Errorf("the desk got %d copies of %s, want %d", got, id, tc.desk)
			}
			if got := countID(t, s.IMAPAddr(), "certs@devstack.test", "Sent", id); got != tc.sent {
				t.Errorf("Sent holds %d copies of %s, want %d", got, id, tc.sent)
			}
		})
	}
}

// crashWhileCommitting: a worker dies after recording "submitting", before
// the final "."; the attempt is an activity of its own, so its record
// reaches the next attempt only through the case (the timeout's last
// heartbeat, handed on), on a real Temporal server. The next attempt sends
// nothing and reports the send as uncertain; the copy is in Sent once.
func crashWhileCommitting(t *testing.T, c client.Client, s *mailserver.Server) {
	const caseID, queue = "merge-crash-handed-on", "send-crash-handed-on"
	dying := sendingActivities(t, s, s.IMAPAddr())
	reached, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	dying.crashAt = func(point string) {
		if point == "committing" {
			once.Do(func() { close(reached); <-release })
		}
	}
	dying.Client = c
	startSendWorker(t, c, queue, dying, 1)
	run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{ID: caseID, TaskQueue: queue},
		sendEachAttemptAnActivity, request(caseID))
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-reached:
	case <-time.After(30 * time.Second):
		t.Fatal("the send never reached committing")
	}
	other := sendingActivities(t, s, s.IMAPAddr())
	other.Client = c
	startSendWorker(t, c, queue, other, 0)
	t.Cleanup(func() { close(release) })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out workflows.SentMail
	if err := run.Get(ctx, &out); err != nil || out.Uncertain == "" {
		t.Fatalf("the send step ended with %+v, %v; want it reported uncertain", out, err)
	}
	id := "certflow.request." + caseID + "@devstack.test"
	if got := countID(t, s.IMAPAddr(), "desk@aws.example", "INBOX", id); got != 0 {
		t.Errorf("the desk got %d copies of %s, want none (no final \".\" went)", got, id)
	}
	if got := countID(t, s.IMAPAddr(), "certs@devstack.test", "Sent", id); got != 1 {
		t.Errorf("Sent holds %d copies of %s, want 1", got, id)
	}
}

// countID counts the messages of folder whose Message-ID is id.
func countID(t *testing.T, addr, user, folder, id string) int {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	data, err := c.UIDSearch(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}}}, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return len(data.AllUIDs())
}

func startSendWorker(t *testing.T, c client.Client, queue string, a *Activities, activities int) {
	t.Helper()
	w := worker.New(c, queue, worker.Options{MaxConcurrentActivityExecutionSize: activities})
	w.RegisterWorkflow(sendStep)
	w.RegisterWorkflow(sendEachAttemptAnActivity)
	w.RegisterActivityWithOptions(a.SendMail, activity.RegisterOptions{Name: workflows.ActivitySendMail})
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Stop)
}

// What the case hands on from an attempt that died (each attempt of a send
// is an activity of its own, so its heartbeat does not reach the next one):
// "submitting" makes the next attempt send nothing and report the send as
// uncertain, storing the copy; "sent" makes it send nothing at all. A
// record about another mail changes nothing.
func TestSendMailHonoursTheRecordHandedOnByTheCase(t *testing.T) {
	s := devServer(t)
	if err := s.AddMailbox("desk@aws.example"); err != nil {
		t.Fatal(err)
	}
	a := sendingActivities(t, s, s.IMAPAddr())
	mark := func(caseID string) string { return "certflow.request." + caseID + "@devstack.test" }
	for _, tc := range []struct {
		caseID           string
		earlier          workflows.SendMarker
		desk, sentCopies int
		uncertain        bool
	}{
		{"merge-h-submitting", workflows.SendMarker{Submitting: mark("merge-h-submitting")}, 0, 1, true},
		{"merge-h-sent", workflows.SendMarker{Sent: mark("merge-h-sent")}, 0, 0, false},
		{"merge-h-other", workflows.SendMarker{Submitting: "certflow.consent.merge-h-other@devstack.test"}, 1, 1, false},
	} {
		in := request(tc.caseID)
		in.Earlier = &tc.earlier
		out, err := a.SendMail(context.Background(), in)
		if err != nil || (out.Uncertain != "") != tc.uncertain {
			t.Fatalf("%s: %+v, %v; want uncertain %v", tc.caseID, out, err, tc.uncertain)
		}
		id := mark(tc.caseID)
		if got := countID(t, s.IMAPAddr(), "desk@aws.example", "INBOX", id); got != tc.desk {
			t.Errorf("%s: the desk got %d copies, want %d", tc.caseID, got, tc.desk)
		}
		if got := countID(t, s.IMAPAddr(), "certs@devstack.test", "Sent", id); got != tc.sentCopies {
			t.Errorf("%s: Sent holds %d copies, want %d", tc.caseID, got, tc.sentCopies)
		}
	}
}
