package activities

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.temporal.io/sdk/log"
	"go.temporal.io/sdk/testsuite"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/mailtest"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/mail/sentbox"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/templates"
	"github.com/certflow/certflow/workflows"
)

func devServer(t *testing.T) *mailserver.Server {
	t.Helper()
	s, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	return s
}

// sendingActivities sends through s's SMTP and keeps copies over imapAddr.
func sendingActivities(t *testing.T, s *mailserver.Server, imapAddr string) *Activities {
	t.Helper()
	sender, err := send.NewSender(send.Config{Address: s.SMTPAddr(), TLS: "none"})
	if err != nil {
		t.Fatal(err)
	}
	a := &Activities{
		Config: config.Worker{
			IMAP: config.IMAP{Address: imapAddr, Username: "certs@devstack.test", Password: "pw", TLS: "none",
				Watchdog: 5 * time.Second, SentFolder: "Sent", SentSessions: 3},
			Mail: config.Mail{From: "certs@devstack.test", FromName: "certflow"},
		},
		Sender: sender, Templates: templates.New(""), Logger: slog.New(slog.DiscardHandler), Metrics: metrics.New(),
	}
	t.Cleanup(a.Close)
	return a
}

// quietSuite is a test suite whose SDK logger discards, as the SDK logs
// every heartbeat at debug level.
func quietSuite() *testsuite.WorkflowTestSuite {
	var suite testsuite.WorkflowTestSuite
	suite.SetLogger(log.NewStructuredLogger(slog.New(slog.DiscardHandler)))
	return &suite
}

func request(caseID string) workflows.OutgoingMail {
	return workflows.OutgoingMail{
		CaseID: caseID, Step: "request", Template: workflows.TemplateMergeRequest, Lang: "en",
		To:   []string{"desk@aws.example"},
		Data: map[string]string{"CaseID": caseID, "Name": "Taro", "SourceEmail": "a@x.example", "TargetEmail": "b@x.example", "AwsCase": ""},
	}
}

// A burst of concurrent sends shares the worker's three Sent-folder
// sessions: three logins, never more than three connections, instead of
// one login per mail.
func TestSendsShareFewIMAPSessions(t *testing.T) {
	s := devServer(t)
	a := sendingActivities(t, s, s.IMAPAddr())
	const mails = 100
	var wg sync.WaitGroup
	errs := make(chan error, mails)
	for i := range mails {
		wg.Add(1)
		go func() {
			defer wg.Done()
			env := quietSuite().NewTestActivityEnvironment()
			env.RegisterActivity(a.SendMail)
			_, err := env.ExecuteActivity(a.SendMail, request(fmt.Sprintf("merge-%d", i)))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	logins, mostOpen := s.Logins(), s.MostOpen() // before count's own sessions
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != mails {
		t.Fatalf("the desk got %d mails, want %d", got, mails)
	}
	if got := count(t, s.IMAPAddr(), "certs@devstack.test", "Sent"); got != mails {
		t.Fatalf("Sent holds %d copies, want %d", got, mails)
	}
	if logins > 3 || mostOpen > 3 {
		t.Errorf("%d sends made %d IMAP logins with at most %d connections open; want at most 3 of each", mails, logins, mostOpen)
	}
	rec := httptest.NewRecorder()
	a.Metrics.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if want := fmt.Sprintf(`certflow_imap_logins_total{purpose="sent"} %d`, logins); !strings.Contains(rec.Body.String(), want) {
		t.Errorf("/metrics lacks %s", want)
	}
}

// When the copy cannot be stored after SMTP accepted the mail, no later
// attempt of the step sends it again: an attempt on this worker finds the
// copy waiting in memory; a retry on a worker that learnt only that the
// submission was under way (its record that the mail went out lost) sends
// nothing, reports the send as uncertain and holds a copy too; the copies
// reach Sent as one once IMAP is back, where a fresh worker finds it. (A
// retry that reads the record of the sending is in sendcrash_test.go, as
// the SDK's test environment batches all heartbeats but the first.)
func TestSentCopyThatCouldNotBeStoredIsNotSentAgain(t *testing.T) {
	s := devServer(t)
	a, openA := sendingBehindCut(t, s)
	if _, err := runSend(a, request("merge-1"), nil); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "certs@devstack.test", "Sent"); got != 0 {
		t.Fatalf("with APPEND cut: Sent holds %d, want 0", got)
	}
	// Another attempt on this worker, while the copy still waits.
	if _, err := runSend(a, request("merge-1"), nil); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 1 {
		t.Fatalf("a second attempt on the same worker: the desk got %d copies, want 1", got)
	}
	other, openOther := sendingBehindCut(t, s)
	submitting := sendMarker{Submitting: "certflow.request.merge-1@devstack.test", Date: time.Now()}
	out, err := runSend(other, request("merge-1"), &submitting)
	if err != nil || out.Uncertain == "" {
		t.Fatalf("a retry that knows only of the submission: %+v, %v; want it reported uncertain", out, err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 1 {
		t.Fatalf("a retry on another worker: the desk got %d copies while Sent had none, want 1", got)
	}

	for _, w := range []struct {
		open func()
		box  *sentbox.Box
	}{{openA, a.sentBox()}, {openOther, other.sentBox()}} {
		w.open()
		deadline := time.Now().Add(10 * time.Second)
		for w.box.Pending() > 0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if got := count(t, s.IMAPAddr(), "certs@devstack.test", "Sent"); got != 1 {
		t.Fatalf("after IMAP came back: Sent holds %d copies, want 1 (stored in the background)", got)
	}
	// A fresh worker, no heartbeat: the copy in Sent answers.
	fresh := sendingActivities(t, s, s.IMAPAddr())
	if _, err := runSend(fresh, request("merge-1"), nil); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 1 {
		t.Fatalf("the desk got %d copies, want 1", got)
	}
}

// sendingBehindCut is sendingActivities whose IMAP refuses APPEND (the
// connection is cut) until open is called; its background store retries
// every few tens of milliseconds.
func sendingBehindCut(t *testing.T, s *mailserver.Server) (*Activities, func()) {
	t.Helper()
	var refuseAppend atomic.Bool
	refuseAppend.Store(true)
	addr := mailtest.CuttingProxy(t, s.IMAPAddr(), func(p []byte) bool {
		return refuseAppend.Load() && bytes.Contains(p, []byte(" APPEND "))
	})
	a := sendingActivities(t, s, addr)
	a.sentBox().RetryInitial, a.sentBox().RetryMax = 20*time.Millisecond, 50*time.Millisecond
	return a, func() { refuseAppend.Store(false) }
}

// runSend runs SendMail as an activity of the SDK's test environment,
// with earlier as the heartbeat of an earlier attempt when it is set.
func runSend(a *Activities, in workflows.OutgoingMail, earlier *sendMarker) (workflows.SentMail, error) {
	env := quietSuite().NewTestActivityEnvironment()
	env.RegisterActivity(a.SendMail)
	if earlier != nil {
		env.SetHeartbeatDetails(*earlier)
	}
	val, err := env.ExecuteActivity(a.SendMail, in)
	if err != nil {
		return workflows.SentMail{}, err
	}
	var out workflows.SentMail
	return out, val.Get(&out)
}

// A retry days after the step's first attempt (a later round of a send
// retried through a long outage) still finds that attempt's copy: the
// search reaches back to the first attempt the workflow passes.
func TestSendRetryDaysLaterFindsTheCopy(t *testing.T) {
	s := devServer(t)
	if err := s.AddMailbox("desk@aws.example"); err != nil {
		t.Fatal(err)
	}
	a := sendingActivities(t, s, s.IMAPAddr())
	firstAttempt := time.Now().Add(-5 * 24 * time.Hour)
	in := request("merge-1")
	raw := "From: certs@devstack.test\r\nTo: desk@aws.example\r\nMessage-ID: <certflow.request.merge-1@devstack.test>\r\nSubject: x\r\n\r\nbody\r\n"
	if err := a.sentBox().Store(context.Background(), []byte(raw), firstAttempt); err != nil {
		t.Fatal(err)
	}
	in.FirstAttempt = firstAttempt
	env := quietSuite().NewTestActivityEnvironment()
	env.RegisterActivity(a.SendMail)
	if _, err := env.ExecuteActivity(a.SendMail, in); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 0 {
		t.Fatalf("the desk got %d copies of a mail sent five days ago, want none", got)
	}
}
