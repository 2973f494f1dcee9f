package activities

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/templates"
	"github.com/certflow/certflow/workflows"
)

func count(t *testing.T, addr, user, folder string) int {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return int(*st.NumMessages)
}

// A send step that runs twice (an activity retry after the first attempt
// sent but could not report) sends one mail: the second attempt finds the
// first one's copy in the Sent folder.
func TestSendMailRetryDoesNotSendTwice(t *testing.T) {
	s, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.AddMailbox("certs@devstack.test"); err != nil {
		t.Fatal(err)
	}
	sender, _ := send.NewSender(send.Config{Address: s.SMTPAddr(), TLS: "none"})
	a := &Activities{
		Config: config.Worker{
			IMAP: config.IMAP{Address: s.IMAPAddr(), Username: "certs@devstack.test", Password: "pw", TLS: "none",
				Watchdog: 5 * time.Second, SentFolder: "Sent"},
			Mail: config.Mail{From: "certs@devstack.test", FromName: "certflow"},
		},
		Sender: sender, Templates: templates.New(""), Logger: slog.New(slog.DiscardHandler), Metrics: metrics.New(),
	}
	in := workflows.OutgoingMail{
		CaseID: "merge-1", Step: "request", Template: workflows.TemplateMergeRequest, Lang: "en",
		To:   []string{"desk@aws.example"},
		Data: map[string]string{"CaseID": "merge-1", "Name": "Taro", "SourceEmail": "a@x.example", "TargetEmail": "b@x.example", "AwsCase": ""},
	}
	for attempt := 1; attempt <= 2; attempt++ {
		out, err := a.SendMail(context.Background(), in)
		if err != nil || out.MessageID != "certflow.request.merge-1@devstack.test" {
			t.Fatalf("attempt %d: %+v, %v", attempt, out, err)
		}
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 1 {
		t.Fatalf("the recipient got %d copies, want 1", got)
	}
	if got := count(t, s.IMAPAddr(), "certs@devstack.test", "Sent"); got != 1 {
		t.Fatalf("Sent holds %d copies, want 1", got)
	}
	// Another step is another mail.
	in.Step = "follow-up-awaiting_consent"
	in.Template = workflows.TemplateMergeFollowUp
	if _, err := a.SendMail(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 2 {
		t.Fatalf("the recipient got %d mails, want 2", got)
	}
	// The metric counts mails sent, not attempts.
	rec := httptest.NewRecorder()
	a.Metrics.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, want := range []string{`certflow_mail_sent_total{template="merge_request"} 1`, `certflow_mail_sent_total{template="merge_follow_up"} 1`} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
