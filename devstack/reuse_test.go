package main

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"

	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/workflows"
)

// certflowID is the Message-ID of the mail case id sent at step, in the
// format of its run: certflow.<step>.<case>.<run token>@devstack.test.
// Every dev-stack assertion on one of certflow's Message-IDs goes through it.
func certflowID(t *testing.T, s *stack, id, step string) string {
	t.Helper()
	c := devClient(t, s)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	desc, err := c.DescribeWorkflowExecution(ctx, id, "")
	if err != nil {
		t.Fatalf("describe %s: %v", id, err)
	}
	first := desc.GetWorkflowExecutionInfo().GetFirstRunId()
	if first == "" {
		first = desc.GetWorkflowExecutionInfo().GetExecution().GetRunId()
	}
	return correlate.RunMessageID(id, step, workflows.RunToken(first), "devstack.test")
}

// forgetRun deletes a closed case from Temporal, as retention does 30 days
// after it ended, and waits until it is gone.
func forgetRun(t *testing.T, s *stack, id string) {
	t.Helper()
	c := devClient(t, s)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := c.WorkflowService().DeleteWorkflowExecution(ctx, &workflowservice.DeleteWorkflowExecutionRequest{
		Namespace: devenv.Namespace, WorkflowExecution: &commonpb.WorkflowExecution{WorkflowId: id},
	}); err != nil {
		t.Fatalf("delete %s: %v", id, err)
	}
	for {
		_, err := c.DescribeWorkflowExecution(ctx, id, "")
		var notFound *serviceerror.NotFound
		if errors.As(err, &notFound) {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("%s is still in Temporal: %v", id, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Issue 13, item 2: a case ID used again once its old run has left
// retention. The new run sends its own mail, although the old run's copies
// are in Sent, and a reply in the old run's thread goes to the unmatched
// list with the reason instead of moving the new case.
func TestCaseIDUsedAgainHasItsOwnThread(t *testing.T) {
	s := testStackWithDesk(t, t.TempDir(), 0, time.Hour) // the desk stays silent: the test is AWS
	defer func() { _ = s.stop() }()
	const id = "merge-reuse-1"
	start := func() {
		t.Helper()
		if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
			"--target-email", "taro@corp.example", "--lang", "en", "--id", id); code != 0 {
			t.Fatalf("starter merge: %s", errOut)
		}
		waitForState(t, s, id, workflows.StateAwaitingConsent, 30*time.Second)
	}
	start()
	oldRequest := certflowID(t, s, id, "request")
	if code, _, errOut := starter(t, s, "cancel", id, "--reason", "done by hand"); code != 0 {
		t.Fatalf("starter cancel: %s", errOut)
	}
	waitForState(t, s, id, workflows.StateCancelled, 30*time.Second)
	forgetRun(t, s, id)

	start()
	newRequest := certflowID(t, s, id, "request")
	if newRequest == oldRequest {
		t.Fatalf("both runs use the Message-ID %s", newRequest)
	}
	desk := mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 2 || desk[0].msg.MessageID != oldRequest || desk[1].msg.MessageID != newRequest {
		var got []string
		for _, m := range desk {
			got = append(got, m.msg.MessageID)
		}
		t.Fatalf("the desk received %v; want the old run's request and the new run's (%s)", got, newRequest)
	}

	ask := func(msgID, cites string) send.Message {
		return send.Message{
			MessageID: msgID, To: []string{"certs+" + id + "@devstack.test"}, InReplyTo: cites, References: []string{cites},
			Subject: "RE:[CASE 3333333333] [AWS Training and Certification Form Submission] - account-assistance",
			Body:    "Hello,\n\nPlease reply to this email to confirm that you would like to merge taro@personal.example into taro@corp.example.\n",
		}
	}
	mailFromAWS(t, s, ask("old-thread-ask@aws.devstack.test", oldRequest))
	var listed *workflows.UnmatchedMail
	deadline := time.Now().Add(30 * time.Second)
	for listed == nil && time.Now().Before(deadline) {
		var unmatched []workflows.UnmatchedMail
		_, out, _ := starter(t, s, "unmatched", "--json")
		_ = json.Unmarshal([]byte(out), &unmatched)
		for i := range unmatched {
			if unmatched[i].MessageID == "old-thread-ask@aws.devstack.test" {
				listed = &unmatched[i]
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if listed == nil || !strings.Contains(listed.Reason, "earlier case with the ID "+id) {
		t.Fatalf("the reply in the old thread is not on the unmatched list with the reason: %+v", listed)
	}
	if st := waitForAnyState(t, s, id); st.State != workflows.StateAwaitingConsent || st.AwsCase != "" {
		t.Fatalf("the reply in the old thread moved the new case: %s, AWS case %q", st.State, st.AwsCase)
	}

	mailFromAWS(t, s, ask("new-thread-ask@aws.devstack.test", newRequest))
	waitForState(t, s, id, workflows.StateAwaitingCompletion, 30*time.Second)
	desk = mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 3 || desk[2].msg.MessageID != certflowID(t, s, id, "consent") || desk[2].msg.InReplyTo[0] != "new-thread-ask@aws.devstack.test" {
		t.Fatalf("the desk holds %d mails; the new run's consent must answer the new thread", len(desk))
	}
}
