package workflows

import (
	"errors"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/workflow"
)

// asking is an answer of kind with a question beside it, as the worker
// reads "Done. Could someone walk my manager through it as well?": its
// lean is what the reply read as unknown leans to.
func asking(id string, kind MailKind, from string) MailEvent {
	ev := leaning(id, kind, from)
	ev.Kind, ev.Asks = kind, []string{"Could someone walk my manager through it as well?"}
	return ev
}

// The link wait moves on a "done" that also asks something, and the
// operator is told the question: the case no longer stalls for a person.
func TestAnswerWithAQuestionMovesTheCaseAndTellsTheOperator(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	var after Status
	signalAt(env, time.Hour, SignalMail, asking("ask-1@corp.example", MailReplyDone, "hanako@corp.example"))
	queryAt(t, env, time.Hour+time.Minute, &after)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if after.State != StateWaiting || !hasEvent(st, "the employee linked the accounts") {
		t.Fatalf("after the reply %s, events %+v: want the case moved on the done", after.State, st.Events)
	}
	alert, _, ok := box.find("attention-" + attentionStep(box))
	reason := alert.Data["Reason"]
	if !ok || operatorAlerts(box) != 1 || !strings.Contains(reason, "the reply also says") ||
		!strings.Contains(reason, "walk my manager through it") || !strings.Contains(reason, "ask-1@corp.example") {
		t.Fatalf("mails %v, alert %q: want one alert that tells the question", box.steps(), reason)
	}
	if len(after.Resolvable) != 0 {
		t.Fatalf("resolvable %+v: the case read the mail", after.Resolvable)
	}
}

// Where the answer does not end the wait (the verify wait asks yes or no),
// or in a case started before versionReplyAsks, the reply is the unknown
// mail it was before: the operator reads it, and nothing moves.
func TestAnswerWithAQuestionIsUnknownWhereTheCaseCannotTakeIt(t *testing.T) {
	t.Run("unwanted", func(t *testing.T) {
		env, box := newCaseEnv(t, testPolicy, "share-test-1")
		verifying := time.Hour + testPolicy.ShareWait
		signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
		signalAt(env, verifying+time.Hour, SignalMail, asking("ask-2@corp.example", MailReplySubmitted,
			"hanako@corp.example"))
		var after Status
		queryAt(t, env, verifying+2*time.Hour, &after)
		signalAt(env, verifying+3*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
		env.ExecuteWorkflow(ShareWorkflow, testShare)
		result(t, env)
		unknownKept(t, box, after, StateVerifying, "ask-2@corp.example")
	})
	t.Run("before the version", func(t *testing.T) {
		env, box := newCaseEnv(t, testPolicy, "share-test-1")
		env.OnGetVersion(versionReplyAsks, workflow.DefaultVersion, 1).Return(workflow.DefaultVersion)
		signalAt(env, time.Hour, SignalMail, asking("ask-3@corp.example", MailReplyNo, "hanako@corp.example"))
		var after Status
		queryAt(t, env, time.Hour+time.Minute, &after)
		signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
		env.ExecuteWorkflow(ShareWorkflow, testShare)
		result(t, env)
		unknownKept(t, box, after, StateAwaitingLink, "ask-3@corp.example")
	})
}

// unknownKept checks the case stayed in state with the mail id kept for
// starter resolve, and the operator was told of it as an unread reply, not
// of its questions.
func unknownKept(t *testing.T, box *outbox, after Status, state State, id string) {
	t.Helper()
	if after.State != state || len(after.Resolvable) != 1 || after.Resolvable[0].MessageID != id {
		t.Fatalf("state %s, resolvable %+v: want %s with %s kept", after.State, after.Resolvable, state, id)
	}
	alert, _, _ := box.find("attention-" + attentionStep(box))
	if r := alert.Data["Reason"]; !strings.Contains(r, id) || strings.Contains(r, "also says") {
		t.Fatalf("mails %v, alert %q: want the reply brought as unread", box.steps(), r)
	}
}

// The alert that tells the operator the questions is retried while mail is
// down, and the case continues as new during it: the next run sends it
// first and goes on with the answer the wait took, once. Before, the next
// run went back into the wait with the answer marked seen: the case stood
// waiting for a "done" that had come, after telling the operator it went on.
func TestAnswerWithAQuestionIsNotLostWhenItsAlertContinuesAsNew(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	start, outage := env.Now(), 6*time.Hour
	box.fail = func(m OutgoingMail) error {
		if strings.HasPrefix(m.Step, "attention-") && env.Now().Sub(start) < outage {
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	signalAt(env, time.Hour, SignalMail, asking("ask-4@corp.example", MailReplyDone, "hanako@corp.example"))
	env.RegisterDelayedCallback(func() { env.SetContinueAsNewSuggested(true) }, 2*time.Hour)
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	var next ShareRequest
	nextRunInput(t, env, &next) // it continued as new during the alert
	env2, box2 := newCaseEnv(t, testPolicy, "share-test-1")
	env2.SetStartTime(env.Now())
	var during Status
	queryAt(t, env2, 12*time.Hour, &during)
	env2.RegisterDelayedCallback(env2.CancelWorkflow, 24*time.Hour)
	env2.ExecuteWorkflow(ShareWorkflow, next)
	if steps := box2.steps(); len(steps) != 1 || !strings.HasPrefix(steps[0], "attention-") {
		t.Fatalf("the next run sent %v; want the alert once", steps)
	}
	if during.State != StateWaiting || !hasEvent(during, "the employee linked the accounts") {
		t.Fatalf("12 hours into the next run the case is %s (events %+v); want it gone on with the done",
			during.State, during.Events)
	}
}

// During the week's wait (a sleep, which waits for no answer) an answer
// with a question beside it is the unknown reply it was, kept for starter
// resolve: before, the sleep read it as its answer, which nothing there
// takes, and it was neither resolvable nor its question told.
func TestAnswerWithAQuestionDuringASleepIsUnknown(t *testing.T) {
	env, _ := newCaseEnv(t, testPolicy, "share-test-1")
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, 2*time.Hour, SignalMail, asking("ask-5@corp.example", MailReplyNo, "hanako@corp.example"))
	var after Status
	queryAt(t, env, 3*time.Hour, &after)
	signalAt(env, 4*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	result(t, env)
	if after.State != StateWaiting || len(after.Resolvable) != 1 || after.Resolvable[0].MessageID != "ask-5@corp.example" ||
		after.Resolvable[0].Kind != MailUnknown || len(after.Resolvable[0].Asks) != 0 {
		t.Fatalf("state %s, resolvable %+v: want ask-5 kept as unknown", after.State, after.Resolvable)
	}
}

// The alert of an answer with a question beside it says what the case did
// on the answer, what that costs should the answer have been misread, and
// the operator's one command to set it right, with the case's ID: in the
// form wait and the link wait a wrong answer costs a wait that a later
// step ends, and starter cancel stops the case; in the verify wait a wrong
// "no" costs one more check, and starter confirm closes the case.
func TestTheAlertOfAnAnswerWithAQuestionSaysWhatAMisreadingCosts(t *testing.T) {
	verifying := time.Hour + testPolicy.ShareWait
	for _, c := range []struct {
		name, id string
		kind     MailKind
		at       time.Duration
		checks   int
		want     []string
	}{
		{"form", "merge-test-1", MailReplySubmitted, time.Hour, 3, []string{
			"went on to wait for AWS's answer", "If the form was not in fact submitted",
			"follow-up to AWS after 3 days", "needs attention after 14 days",
			`starter cancel merge-test-1 --reason "`}},
		{"link", "share-test-1", MailReplyDone, time.Hour, 3, []string{
			"went on to wait 7 days", "If the accounts are not in fact linked",
			"asks hanako@corp.example whether the APN profile shows the certifications",
			`starter cancel share-test-1 --reason "`}},
		{"verify", "share-test-1", MailReplyNo, verifying + time.Hour, 3, []string{
			"asks again after 3 days (check 1 of 3)", "If the APN profile does in fact show the certifications",
			"once the case asks again, starter confirm share-test-1 closes it"}},
		{"last check", "share-test-1", MailReplyNo, verifying + time.Hour, 1, []string{
			"needs a person: that was the last of 1 checks", "If the APN profile does in fact show the certifications",
			"starter confirm share-test-1 closes the case now"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			policy := testPolicy
			policy.MergeSubmit, policy.ShareMaxChecks = "form", c.checks
			env, box := newCaseEnv(t, policy, c.id)
			from := "hanako@corp.example"
			if c.kind == MailReplySubmitted {
				from = "taro@corp.example"
			} else if c.kind == MailReplyNo {
				signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, from))
			}
			signalAt(env, c.at, SignalMail, asking("ask-6@corp.example", c.kind, from))
			signalAt(env, c.at+time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
			if c.kind == MailReplySubmitted {
				env.ExecuteWorkflow(MergeWorkflow, testRequest)
			} else {
				env.ExecuteWorkflow(ShareWorkflow, testShare)
			}
			result(t, env)
			alert, _, _ := box.find("attention-" + attentionStep(box))
			reason := alert.Data["Reason"]
			for _, w := range append(c.want, "the reply also says", "walk my manager through it") {
				if !strings.Contains(reason, w) {
					t.Errorf("alert %q: want it to say %q", reason, w)
				}
			}
		})
	}
}
