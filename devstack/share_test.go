package main

import (
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/employee"
	"github.com/certflow/certflow/mail/reply"
	"github.com/certflow/certflow/workflows"
)

// A share case runs end to end on the dev stack: the simulated employee
// reads the steps, answers "完了しました" under the quoted original, the case
// waits, asks, the employee answers "はい", and the case completes. Every
// step is a real mail over SMTP and IMAP.
func TestShareCaseEndToEnd(t *testing.T) {
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_SHARE_WAIT": "2s"})
	defer func() { _ = s.stop() }()

	const id = "share-e2e-1"
	code, out, errOut := starter(t, s, "share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example",
		"--apn-email", "hanako@corp.example", "--id", id)
	if code != 0 || !strings.Contains(out, "Started share case "+id) {
		t.Fatalf("starter share: exit %d\n%s%s", code, out, errOut)
	}
	// confirm is refused while nothing waits for it... once the case waits
	// for AWS; while it waits for the employee it would be accepted, so it is
	// tried only in the waiting state.
	st := waitForState(t, s, id, workflows.StateWaiting, 60*time.Second)
	code, _, errOut = starter(t, s, "confirm", id)
	if code != 1 || !strings.Contains(errOut, "is waiting and is not waiting for confirm") {
		t.Fatalf("confirm while waiting: exit %d %q", code, errOut)
	}
	st = waitForState(t, s, id, workflows.StateCompleted, 60*time.Second)

	var kinds []string
	for _, e := range st.Events {
		if strings.HasPrefix(e.What, "mail received") {
			kinds = append(kinds, e.What[strings.LastIndex(e.What, "("):])
		}
		if strings.Contains(e.What, "operator ran") {
			t.Fatalf("the refused confirm changed the case: %q", e.What)
		}
	}
	if strings.Join(kinds, " ") != "(reply_done) (reply_yes)" {
		t.Fatalf("the case read the employee's replies as %v", kinds)
	}
	inbox := mailbox(t, s, "hanako@corp.example")
	var subjects []string
	for _, m := range inbox {
		subjects = append(subjects, m.msg.Subject)
	}
	want := "AWS 認定資格を APN アカウントに共有してください|APN プロファイルに AWS 認定資格が表示されていますか|AWS 認定資格の共有が完了しました"
	if strings.Join(subjects, "|") != want {
		t.Fatalf("the employee received:\n%s", strings.Join(subjects, "\n"))
	}
}

// A share case whose employee answers the first check with a real mail that
// certflow cannot read as an answer, but that leans to "no" ("nothing is
// listed yet", with when it was linked), checks again: the verify wait takes the lean, the
// history says so, and the operator is told the guess with the reply's words
// but is not needed to move the case. The employee's "はい" at
// the second check completes the case.
func TestShareVerifyReplyLeaningNoIsCheckedAgainEndToEnd(t *testing.T) {
	if got := reply.Read(employee.PartialAnswer); got != reply.Unclear {
		t.Fatalf("reply.Read(%q) = %v; the test needs a reply it cannot read", employee.PartialAnswer, got)
	}
	if got := reply.Lean(employee.PartialAnswer); got != reply.No {
		t.Fatalf("reply.Lean(%q) = %v; the test needs a reply that leans to no", employee.PartialAnswer, got)
	}
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_SHARE_WAIT": "2s",
		"CERTFLOW_SHARE_RECHECK_AFTER": "2s"})
	defer func() { _ = s.stop() }()

	const id = "share-e2e-lean"
	apn := employee.PartialProfile + "hanako@corp.example"
	if code, out, errOut := starter(t, s, "share", "--name", "Hanako Sato", "--cert-email", "hanako@personal.example",
		"--apn-email", apn, "--id", id); code != 0 {
		t.Fatalf("starter share: exit %d\n%s%s", code, out, errOut)
	}
	st := waitForState(t, s, id, workflows.StateCompleted, 90*time.Second)
	events := eventsText(st)
	for _, want := range []string{
		"from " + apn + " read as reply_no from its lean: certflow could read only part of the reply",
		"(check 2 of", "the APN profile shows the certifications",
	} {
		if !strings.Contains(events, want) {
			t.Fatalf("the history lacks %q:\n%s", want, events)
		}
	}
	// The operator is told the guess, with the reply's words, but the case
	// does not stop for them.
	if !strings.Contains(events, "as reply_no, though certflow could read only part of it") ||
		!strings.Contains(events, "operator told") || strings.Contains(events, "state: needs_attention") {
		t.Fatalf("want the operator told of the lean taken, and the case going on:\n%s", events)
	}
	code, out, _ := starter(t, s, "status", id)
	if code != 0 || !strings.Contains(out, "read as reply_no from its lean") {
		t.Fatalf("starter status: exit %d\n%s", code, out)
	}
}
