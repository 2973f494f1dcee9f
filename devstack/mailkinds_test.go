package main

import (
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/workflows"
)

// Through the real path (dev SMTP, IMAP, worker): the requester's
// out-of-office reply changes nothing and alerts no one; AWS's mail that
// certflow cannot read tells the operator the exact `starter resolve`
// command, which `starter status` lists and which moves the case; a bounce
// of the consent then needs a person, with the recipient and the server's
// words.
func TestBounceAutoReplyAndResolveEndToEnd(t *testing.T) {
	s := testStackWithDesk(t, t.TempDir(), 0, time.Hour) // the desk stays silent: the test is AWS
	defer func() { _ = s.stop() }()
	const id = "merge-kinds-1"
	to := "certs+" + id + "@devstack.test"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--lang", "en", "--id", id); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateAwaitingConsent, 30*time.Second)

	auto := "From: Taro Yamada <taro@corp.example>\r\nTo: " + to + "\r\nMessage-ID: <ooo-1@corp.example>\r\n" +
		"Subject: Automatic reply: merge\r\nAuto-Submitted: auto-replied\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\n" +
		"I am out of the office until Monday. Yes, I will read your mail then.\r\n"
	if err := awsdesk.Submit(s.mail.SMTPAddr(), "taro@corp.example", []string{to}, []byte(auto)); err != nil {
		t.Fatal(err)
	}
	st := waitForEvent(t, s, id, "automatic reply from taro@corp.example")
	if st.State != workflows.StateAwaitingConsent || len(mailbox(t, s, devenv.OperatorEmail)) != 0 {
		t.Fatalf("after the auto-reply: state %s, %d operator mails", st.State, len(mailbox(t, s, devenv.OperatorEmail)))
	}

	mailFromAWS(t, s, send.Message{
		MessageID: "odd-1@aws.devstack.test", To: []string{to},
		Subject: "RE:[CASE 3333333333] [AWS Training and Certification Form Submission] - account-assistance",
		Body:    "Hello,\n\nWe looked at both profiles. Reply OK and the two become one.\n",
	})
	alert := waitForMail(t, s, devenv.OperatorEmail, "odd-1@aws.devstack.test")
	cmd := "starter resolve " + id + " odd-1@aws.devstack.test --as consent_request|completed|other"
	if !strings.Contains(alert.msg.Text, cmd) {
		t.Fatalf("the alert does not name the command %q:\n%s", cmd, alert.msg.Text)
	}
	if _, out, _ := starter(t, s, "status", id); !strings.Contains(out, "odd-1@aws.devstack.test  aws_other") {
		t.Fatalf("starter status does not list the mail to resolve:\n%s", out)
	}
	if code, _, errOut := starter(t, s, "resolve", id, "odd-1@aws.devstack.test", "--as", "yes"); code != 1 || !strings.Contains(errOut, "not waiting for yes") {
		t.Fatalf("resolve --as yes: exit %d %q", code, errOut)
	}
	if code, out, errOut := starter(t, s, "resolve", id, "odd-1@aws.devstack.test", "--as", "consent_request"); code != 0 {
		t.Fatalf("resolve: exit %d %s %s", code, out, errOut)
	}
	waitForState(t, s, id, workflows.StateAwaitingCompletion, 30*time.Second)
	desk := mailbox(t, s, devenv.DeskAddress)
	consent := desk[len(desk)-1].msg
	if len(consent.InReplyTo) == 0 || consent.InReplyTo[0] != "odd-1@aws.devstack.test" {
		t.Fatalf("the consent does not answer the resolved mail: %+v", consent.InReplyTo)
	}

	bounce := "From: Mail Delivery System <MAILER-DAEMON@devstack.test>\r\nTo: " + to + "\r\nMessage-ID: <bounce-1@devstack.test>\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nDate: Wed, 25 Nov 2026 10:05:00 +0000\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to one or more recipients.\r\n" +
		"--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.aws.devstack.test\r\n\r\n" +
		"Final-Recipient: rfc822; " + devenv.DeskAddress + "\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\r\n" +
		"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + consent.MessageID + ">\r\nSubject: " + consent.Subject + "\r\n" +
		"--b1--\r\n"
	if err := awsdesk.Submit(s.mail.SMTPAddr(), "MAILER-DAEMON@devstack.test", []string{to}, []byte(bounce)); err != nil {
		t.Fatal(err)
	}
	st = waitForState(t, s, id, workflows.StateNeedsAttention, 30*time.Second)
	// The case needs a person at once; its alert is paced (one an hour per
	// case, and the resolve alert went out minutes ago), so the reason is in
	// the history now and in the operator's next alert.
	st = waitForEvent(t, s, id, "550 5.1.1 mailbox unavailable")
	bounced := ""
	for _, e := range st.Events {
		if strings.Contains(e.What, "550 5.1.1") {
			bounced = e.What
		}
	}
	if !strings.Contains(bounced, devenv.DeskAddress) || !strings.Contains(bounced, consent.MessageID) || !strings.Contains(bounced, "deferred") {
		t.Fatalf("the bounce's alert does not name the recipient and the mail, or was not paced: %q", bounced)
	}
	// Nothing answers a bounce: the desk got nothing more (and the case
	// sends only to AWS, the requester and the operator).
	if n := len(mailbox(t, s, devenv.DeskAddress)); n != len(desk) {
		t.Fatalf("the desk got %d mails after the bounce, want %d", n, len(desk))
	}
}
