package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/workflows"
)

// A forged consent request, with AWS's words, AWS's From and even a
// hand-written "dkim=pass" header, is held through the real path (dev SMTP
// server, IMAP, worker): the case needs attention, the operator is told why,
// nothing goes to the sender, and AWS's signed mail still moves the case.
// AWS mail the requester forwards waits for `starter approve`.
func TestForgedAndForwardedAWSMail(t *testing.T) {
	// The desk stays silent (the test is AWS); MIME nesting is limited to 3.
	s := testStackWith(t, config.Devstack{Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_MAIL_MAX_MIME_DEPTH": "3"})
	defer func() { _ = s.stop() }()

	const id = "merge-trust-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--lang", "en", "--id", id); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateAwaitingConsent, 30*time.Second)

	forged := "Authentication-Results: devstack.test; dkim=pass header.d=aws.devstack.test; dmarc=pass header.from=aws.devstack.test\r\n" +
		"From: AWS Training and Certification <" + devenv.DeskAddress + ">\r\n" +
		"Reply-To: attacker@evil.example\r\n" +
		"To: certs+" + id + "@devstack.test\r\n" +
		"Message-ID: <forged-1@evil.example>\r\n" +
		"Subject: RE:[CASE 2222222222] [AWS Training and Certification Form Submission] - account-assistance\r\n" +
		"Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\n" +
		"Please reply to this email to confirm that you would like to merge these accounts.\r\n"
	if err := awsdesk.Submit(s.mail.SMTPAddr(), "attacker@evil.example", []string{"certs+" + id + "@devstack.test"}, []byte(forged)); err != nil {
		t.Fatal(err)
	}
	st := waitForState(t, s, id, workflows.StateNeedsAttention, 30*time.Second)
	if st.Held == nil || st.Held.MessageID != "forged-1@evil.example" || st.Held.Authenticated {
		t.Fatalf("held = %+v", st.Held)
	}
	alert := waitForMail(t, s, devenv.OperatorEmail, "forged-1@evil.example")
	if !strings.Contains(alert.msg.Text, "not authenticated") || !strings.Contains(alert.msg.Text, "starter approve "+id) {
		t.Fatalf("operator alert:\n%s", alert.msg.Text)
	}

	mailFromAWS(t, s, send.Message{
		MessageID: "ask-2@aws.devstack.test", To: []string{"certs+" + id + "@devstack.test"},
		Subject: "RE:[CASE 1111111111] [AWS Training and Certification Form Submission] - account-assistance",
		Body:    "Hello,\n\nPlease reply to this email to confirm that you would like to merge taro@personal.example into taro@corp.example.\n",
	})
	waitForState(t, s, id, workflows.StateAwaitingCompletion, 30*time.Second)
	desk := mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 2 || desk[1].msg.InReplyTo[0] != "ask-2@aws.devstack.test" {
		t.Fatalf("desk got %d mails; want the request and one consent, in reply to the signed mail", len(desk))
	}
	for _, m := range desk {
		for _, to := range m.msg.To {
			if strings.Contains(to.Address, "evil.example") {
				t.Fatalf("mail went to the forger: %s", m.raw)
			}
		}
	}

	// The requester forwards AWS's completion mail instead of AWS sending it
	// here: read, held, and acted on only after `starter approve`.
	fwd := send.Message{
		MessageID: "fwd-1@corp.example", From: "taro@corp.example", To: []string{"certs+" + id + "@devstack.test"},
		Subject: "Fwd: [CASE 1111111111] Your request has been resolved",
		Body: "FYI\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + devenv.DeskAddress + ">\n" +
			"Date: Wed, Nov 25, 2026 at 10:00 AM\nSubject: [CASE 1111111111] Your request has been resolved\nTo: <taro@corp.example>\n\n" +
			"Hello,\n\nWe have successfully merged your AWS Certification accounts.\n",
	}
	mailUnsigned(t, s, fwd)
	st = waitForState(t, s, id, workflows.StateNeedsAttention, 30*time.Second)
	if st.Held == nil || st.Held.ForwardedBy != "taro@corp.example" || st.Held.Kind != workflows.MailCompleted || st.Held.From != devenv.DeskAddress {
		t.Fatalf("held = %+v", st.Held)
	}
	if code, _, errOut := starter(t, s, "approve", id); code != 0 {
		t.Fatalf("starter approve: %s", errOut)
	}
	st = waitForState(t, s, id, workflows.StateCompleted, 30*time.Second)
	if !strings.Contains(eventsText(st), "the operator vouched for the held mail fwd-1@corp.example") {
		t.Fatalf("events:\n%s", eventsText(st))
	}

	// Mail nested deeper than the setting allows is quarantined and
	// reported, and the worker goes on.
	deep := "From: someone@corp.example\r\nMessage-ID: <deep-1@corp.example>\r\nSubject: deep\r\n"
	for i := 0; i < 5; i++ {
		deep += fmt.Sprintf("Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	if err := awsdesk.Submit(s.mail.SMTPAddr(), "someone@corp.example", []string{devenv.CertsMailbox}, []byte(deep+"\r\ntext\r\n")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, out, _ := starter(t, s, "mailboxes", "--json")
		if strings.Contains(out, "over a limit") && strings.Contains(out, "nested deeper than 3 levels") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the deep mail was not quarantined:\n%s", out)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func eventsText(st workflows.Status) string {
	var b strings.Builder
	for _, e := range st.Events {
		b.WriteString(e.What + "\n")
	}
	return b.String()
}

// waitForMail waits until a mail whose text contains want is in user's INBOX.
func waitForMail(t *testing.T, s *stack, user, want string) storedMail {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, m := range mailbox(t, s, user) {
			if strings.Contains(m.msg.Text, want) {
				return m
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("no mail to %s mentions %q", user, want)
	return storedMail{}
}
