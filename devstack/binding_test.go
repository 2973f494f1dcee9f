package main

import (
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/workflows"
)

// Through the real path (SMTP, IMAP, worker, a case): an answer anyone could
// have written, and AWS's genuine consent request about someone else's
// accounts, do not move a case; the operator is told; `starter approve`
// still acts on the held mail, and the right mail moves the case.
func TestForgedAnswerAndOtherAccountsConsentAreHeld(t *testing.T) {
	// No simulated people and a silent desk: the test writes their mail.
	s := testStackWith(t, config.Devstack{Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s"})
	defer func() { _ = s.stop() }()

	const share = "share-bind-1"
	if code, _, errOut := starter(t, s, "share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example",
		"--apn-email", "hanako@corp.example", "--lang", "en", "--id", share); code != 0 {
		t.Fatalf("starter share: %s", errOut)
	}
	waitForState(t, s, share, workflows.StateAwaitingLink, 30*time.Second)
	mailUnsigned(t, s, send.Message{
		MessageID: "forged-done@corp.example", From: "hanako@corp.example", To: []string{"certs+" + share + "@devstack.test"},
		Subject: "Re: link your account", Body: "Done, I linked it.\n",
	})
	st := waitForState(t, s, share, workflows.StateNeedsAttention, 30*time.Second)
	if st.Held == nil || st.Held.MessageID != "forged-done@corp.example" {
		t.Fatalf("held = %+v", st.Held)
	}
	alert := waitForMail(t, s, devenv.OperatorEmail, "forged-done@corp.example")
	if !strings.Contains(alert.msg.Text, "not authenticated") ||
		!strings.Contains(alert.msg.Text, "starter approve "+share+" forged-done@corp.example") {
		t.Fatalf("operator alert:\n%s", alert.msg.Text)
	}
	// approve names the held mail: a Message-ID the case does not hold is refused.
	if code, _, errOut := starter(t, s, "approve", share, "other@corp.example"); code != 1 ||
		!strings.Contains(errOut, "holds no mail other@corp.example") || !strings.Contains(errOut, "forged-done@corp.example") {
		t.Fatalf("starter approve of a mail not held: exit %d %q", code, errOut)
	}
	if code, out, _ := starter(t, s, "status", share); code != 0 || !strings.Contains(out, "Held mail") ||
		!strings.Contains(out, "forged-done@corp.example") {
		t.Fatalf("starter status does not list the held mail:\n%s", out)
	}
	if code, _, errOut := starter(t, s, "approve", share, "<forged-done@corp.example>"); code != 0 {
		t.Fatalf("starter approve: %s", errOut)
	}
	waitForState(t, s, share, workflows.StateWaiting, 30*time.Second)

	const merge = "merge-bind-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--lang", "en", "--id", merge); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, merge, workflows.StateAwaitingConsent, 30*time.Second)
	// Genuinely signed by AWS, but about Mallory's accounts.
	mailFromAWS(t, s, send.Message{
		MessageID: "other-ask@aws.devstack.test", To: []string{"certs+" + merge + "@devstack.test"},
		Subject: "RE:[CASE 3333333333] [AWS Training and Certification Form Submission] - account-assistance",
		Body: "Hello,\n\nPlease reply to this email to confirm that you would like to merge " +
			"mallory@personal.example into mallory@evil.example.\n",
	})
	st = waitForState(t, s, merge, workflows.StateNeedsAttention, 30*time.Second)
	if st.Held == nil || st.Held.MessageID != "other-ask@aws.devstack.test" || !st.Held.Authenticated || st.AwsCase != "" {
		t.Fatalf("held = %+v, AWS case %q", st.Held, st.AwsCase)
	}
	alert = waitForMail(t, s, devenv.OperatorEmail, "other-ask@aws.devstack.test")
	if !strings.Contains(alert.msg.Text, "names accounts that are not this case's (mallory@personal.example, mallory@evil.example)") {
		t.Fatalf("operator alert:\n%s", alert.msg.Text)
	}
	mailFromAWS(t, s, send.Message{
		MessageID: "ask@aws.devstack.test", To: []string{"certs+" + merge + "@devstack.test"},
		Subject: "RE:[CASE 1111111111] [AWS Training and Certification Form Submission] - account-assistance",
		Body: "Hello,\n\nPlease reply to this email to confirm that you would like to merge " +
			"taro@personal.example into taro@corp.example.\n",
	})
	st = waitForState(t, s, merge, workflows.StateAwaitingCompletion, 30*time.Second)
	if st.AwsCase != "1111111111" {
		t.Fatalf("AWS case = %q", st.AwsCase)
	}
	desk := mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 2 || desk[1].msg.InReplyTo[0] != "ask@aws.devstack.test" {
		t.Fatalf("desk got %d mails; want the request and one consent, to the mail about this case's accounts", len(desk))
	}
}
