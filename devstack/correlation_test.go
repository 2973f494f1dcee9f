package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/workflows"
)

// mailFromAWS submits a mail as AWS would send it, DKIM-signed by the
// desk's domain, over the dev SMTP server.
func mailFromAWS(t *testing.T, s *stack, m send.Message) {
	t.Helper()
	if m.From == "" {
		m.From, m.FromName = devenv.DeskAddress, "AWS Training and Certification"
	}
	if err := awsdesk.SendSigned(s.mail.SMTPAddr(), m); err != nil {
		t.Fatal(err)
	}
}

// mailUnsigned submits a mail with no signature over the dev SMTP server.
func mailUnsigned(t *testing.T, s *stack, m send.Message) {
	t.Helper()
	sender, err := send.NewSender(send.Config{Address: s.mail.SMTPAddr(), TLS: "none"})
	if err != nil {
		t.Fatal(err)
	}
	if err := sender.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
}

// A mail that names its case only by plus-address, and one that names it only
// by AWS's case number, both reach the case; a mail that names nothing is
// listed as unmatched and left unread; a repeated mail changes nothing.
func TestMailFindsItsCaseWithoutThreadHeaders(t *testing.T) {
	s := testStackWithDesk(t, t.TempDir(), 0, time.Hour) // the desk stays silent: the test is AWS
	defer func() { _ = s.stop() }()

	const id = "merge-corr-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--lang", "en", "--id", id); code != 0 {
		t.Fatalf("starter merge: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateAwaitingConsent, 30*time.Second)

	ask := send.Message{
		MessageID: "ask-1@aws.devstack.test",
		To:        []string{"certs+" + id + "@devstack.test"},
		Subject:   "RE:[CASE 1111111111] [AWS Training and Certification Form Submission] - account-assistance",
		Body:      "Hello,\n\nPlease reply to this email to confirm that you would like to merge taro@personal.example into taro@corp.example.\n",
	}
	mailFromAWS(t, s, ask)
	mailFromAWS(t, s, ask) // AWS's system sends it twice
	st := waitForState(t, s, id, workflows.StateAwaitingCompletion, 30*time.Second)
	if st.AwsCase != "1111111111" {
		t.Fatalf("AWS case = %q", st.AwsCase)
	}

	// Visibility (what `list` and the Web UI read) knows the number before
	// AWS's next mail can rely on it.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, out, _ := starter(t, s, "list", "--json")
		if strings.Contains(out, `"aws_case": "1111111111"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("list never showed the AWS case:\n%s", out)
		}
		time.Sleep(200 * time.Millisecond)
	}

	mailFromAWS(t, s, send.Message{
		MessageID: "done-1@aws.devstack.test",
		To:        []string{devenv.CertsMailbox},
		Subject:   "[CASE 1111111111] Your request has been resolved",
		Body:      "Hello,\n\nWe have successfully merged your AWS Certification accounts.\n",
	})
	mailFromAWS(t, s, send.Message{
		MessageID: "hello-1@stranger.example", From: "stranger@stranger.example",
		To: []string{devenv.CertsMailbox}, Subject: "Lunch on Friday?", Body: "Are you free?\n",
	})
	st = waitForState(t, s, id, workflows.StateCompleted, 30*time.Second)

	received := 0
	for _, e := range st.Events {
		if strings.HasPrefix(e.What, "mail received") {
			received++
		}
	}
	if received != 2 {
		t.Fatalf("the case took %d mails, want 2 (the repeat is ignored):\n%+v", received, st.Events)
	}
	desk := mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 2 || desk[1].msg.InReplyTo[0] != "ask-1@aws.devstack.test" {
		t.Fatalf("desk got %d mails; consent must answer ask-1 once", len(desk))
	}

	var unmatched []workflows.UnmatchedMail
	deadline = time.Now().Add(30 * time.Second)
	for len(unmatched) == 0 && time.Now().Before(deadline) {
		_, out, _ := starter(t, s, "unmatched", "--json")
		_ = json.Unmarshal([]byte(out), &unmatched)
		time.Sleep(100 * time.Millisecond)
	}
	if len(unmatched) != 1 || unmatched[0].MessageID != "hello-1@stranger.example" ||
		unmatched[0].Subject != "Lunch on Friday?" || unmatched[0].From != "stranger@stranger.example" {
		t.Fatalf("unmatched = %+v", unmatched)
	}
	for _, m := range mailbox(t, s, devenv.CertsMailbox) {
		if seen := hasFlag(m.flags, imap.FlagSeen); seen == (m.msg.MessageID == "hello-1@stranger.example") {
			t.Errorf("%s: \\Seen = %v", m.msg.MessageID, seen)
		}
	}

	// The operator hands the stranger's mail to a case; it leaves the list.
	if code, _, errOut := starter(t, s, "share", "--name", "Jiro", "--cert-email", "jiro@personal.example",
		"--apn-email", "jiro@corp.example", "--id", "share-attach-1"); code != 0 {
		t.Fatal(errOut)
	}
	waitForState(t, s, "share-attach-1", workflows.StateAwaitingLink, 30*time.Second)
	if code, out, errOut := starter(t, s, "attach", "<hello-1@stranger.example>", "share-attach-1"); code != 0 || !strings.Contains(out, "Handed hello-1@stranger.example") ||
		!strings.Contains(out, "the case took it") {
		t.Fatalf("attach: exit %d %s %s", code, out, errOut)
	}
	waitForEvent(t, s, "share-attach-1", `"Lunch on Friday?"`)
	if code, _, errOut := starter(t, s, "attach", "hello-1@stranger.example", "share-attach-1"); code != 2 || !strings.Contains(errOut, "no unmatched mail") {
		t.Fatalf("attaching it twice: exit %d %q", code, errOut)
	}

	// A message that cannot be parsed is quarantined and reported, and the
	// mail behind it is still handed on (to the unmatched list: its case has
	// ended).
	if err := s.mail.Deliver(devenv.CertsMailbox, []byte("\x00\x01 this is not a message")); err != nil {
		t.Fatal(err)
	}
	mailFromAWS(t, s, send.Message{
		MessageID: "late-1@aws.devstack.test", To: []string{"certs+" + id + "@devstack.test"},
		Subject: "RE:[CASE 1111111111] survey", Body: "How did we do?\n",
	})
	type mailboxRow struct {
		workflows.WatcherStatus
		LastContact time.Time `json:"last_contact"`
	}
	var rows []mailboxRow
	deadline = time.Now().Add(30 * time.Second)
	for {
		_, out, _ := starter(t, s, "mailboxes", "--json")
		rows = nil
		_ = json.Unmarshal([]byte(out), &rows)
		if len(rows) == 1 && len(rows[0].Quarantined) == 1 && rows[0].Watermark.LastUID >= 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("mailboxes never showed the quarantined mail:\n%s", out)
		}
		time.Sleep(100 * time.Millisecond)
	}
	r := rows[0]
	if r.Mailbox != devenv.CertsMailbox+"/INBOX" || !r.Health.Connected || r.LastContact.IsZero() || r.Watermark.LastUID < 5 ||
		!strings.Contains(r.Quarantined[0].Reason, "cannot be parsed") {
		t.Fatalf("mailboxes row = %+v", r)
	}
	deadline = time.Now().Add(30 * time.Second)
	for {
		_, out, _ := starter(t, s, "unmatched", "--json")
		if strings.Contains(out, "late-1@aws.devstack.test") && strings.Contains(out, "case "+id+" is not running") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the mail behind the malformed one was not handed on:\n%s", out)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, m := range mailbox(t, s, devenv.CertsMailbox) {
		if m.msg.MessageID == "" {
			t.Errorf("the malformed message is still in the inbox")
		}
	}
}
