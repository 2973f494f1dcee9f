package main

import (
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/workflows"
)

// A merge through AWS's web form, under the approve policy, on the dev
// stack: the simulated employee gets the form text, submits it (the desk
// receives it with the case's reply address as contact) and answers
// "submitted"; AWS's questions reach the case by that address; the consent
// waits for `starter approve`, which is refused before it is due. Another
// case is cancelled from the CLI.
func TestFormMergeWithApprovalAndCancelEndToEnd(t *testing.T) {
	s := testStackWith(t, config.Devstack{
		Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: 200 * time.Millisecond,
		EmployeeDomain: "corp.example", EmployeeDelay: 100 * time.Millisecond,
	}, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_MERGE_REPLY_POLICY": "approve"})
	defer func() { _ = s.stop() }()

	const id = "merge-form-1"
	if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--submit", "form", "--lang", "en", "--id", id); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := starter(t, s, "approve", id); code != 1 || !strings.Contains(errOut, "approve refused") {
		t.Fatalf("approve before AWS asked: exit %d %q", code, errOut)
	}
	st := waitForEvent(t, s, id, "consent is sent after: starter approve")
	if st.State != workflows.StateAwaitingConsent || len(mailbox(t, s, devenv.DeskAddress)) != 1 {
		t.Fatalf("before approval: state %s, desk holds %d mails (want only the form)", st.State, len(mailbox(t, s, devenv.DeskAddress)))
	}
	// The alert is recorded before it is sent and the wait begins after:
	// until then approve is refused, rightly; a person would try again.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		code, out, errOut := starter(t, s, "approve", id)
		if code == 0 && strings.Contains(out, "approve accepted") {
			break
		}
		if time.Now().After(deadline) || !strings.Contains(errOut, "not waiting for approve") {
			t.Fatalf("approve: exit %d %s %s", code, out, errOut)
		}
	}
	st = waitForState(t, s, id, workflows.StateCompleted, 60*time.Second)
	history := ""
	for _, e := range st.Events {
		history += e.What + "\n"
	}
	for _, want := range []string{"(reply_submitted)", "the requester submitted the form", "(aws_consent_request)", "the operator ran starter approve", "(aws_completed)"} {
		if !strings.Contains(history, want) {
			t.Fatalf("history lacks %q:\n%s", want, history)
		}
	}
	form := mailbox(t, s, "taro@corp.example")[0].msg
	if !strings.Contains(form.Text, "Contact email:   certs+"+id+"@devstack.test") {
		t.Fatalf("the form text lacks the case's reply address:\n%s", form.Text)
	}

	// Cancel from the CLI: the case stops and sends nothing more.
	if code, _, errOut := starter(t, s, "share", "--name", "Jiro", "--cert-email", "jiro@personal.example",
		"--apn-email", "jiro@elsewhere.example", "--id", "share-cancel-1"); code != 0 {
		t.Fatal(errOut)
	}
	waitForState(t, s, "share-cancel-1", workflows.StateAwaitingLink, 30*time.Second)
	if code, out, errOut := starter(t, s, "cancel", "share-cancel-1", "--reason", "left the company"); code != 0 {
		t.Fatalf("cancel: exit %d %s %s", code, out, errOut)
	}
	st = waitForState(t, s, "share-cancel-1", workflows.StateCancelled, 30*time.Second)
	if !strings.Contains(st.Events[len(st.Events)-2].What, "left the company") {
		t.Fatalf("history: %+v", st.Events)
	}
	if code, _, errOut := starter(t, s, "confirm", "share-cancel-1"); code != 1 || !strings.Contains(errOut, "no running case") {
		t.Fatalf("confirm on a cancelled case: exit %d %q", code, errOut)
	}
}

// waitForEvent waits until a case's history mentions text.
func waitForEvent(t *testing.T, s *stack, id, text string) workflows.Status {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var st workflows.Status
	for time.Now().Before(deadline) {
		st = waitForAnyState(t, s, id)
		for _, e := range st.Events {
			if strings.Contains(e.What, text) {
				return st
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("case %s never recorded %q; history: %+v", id, text, st.Events)
	return st
}
