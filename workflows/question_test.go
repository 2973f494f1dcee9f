package workflows

import (
	"strings"
	"testing"
	"time"
)

// replyTo is the employee's answer in reply to the case's mail of step.
func replyTo(id string, kind MailKind, step string) MailEvent {
	ev := reply(id, kind, "hanako@corp.example")
	ev.RepliesTo = step
	return ev
}

// A "yes" sent in reply to the steps mail ("yes, will do", "yes, I did
// it") says nothing of whether the APN profile shows the certifications:
// while the case asks that, it is no answer. The operator is told, and the
// case ends only on a yes to the check itself.
func TestShareYesToTheStepsMailDoesNotAnswerTheCheck(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-q-1")
	day := 24 * time.Hour
	signalAt(env, time.Hour, SignalMail, replyTo("done@corp.example", MailReplyDone, "steps"))
	signalAt(env, 7*day+3*time.Hour, SignalMail, replyTo("late@corp.example", MailReplyYes, "steps"))
	signalAt(env, 7*day+6*time.Hour, SignalMail, replyTo("yes@corp.example", MailReplyYes, "verify-1"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state %s", st.State)
	}
	if _, at, _ := box.find("completed"); at < 7*day+6*time.Hour {
		t.Fatalf("completed after %s: the yes to the steps mail closed the case", at)
	}
	if attentionStep(box) == "?" {
		t.Fatalf("mails %s: the operator was not told of the yes to the steps mail", strings.Join(box.steps(), ","))
	}
}

// The same yes during the week's wait is not kept as the check's answer:
// the case still asks.
func TestShareYesToTheStepsMailDuringTheWaitIsNotKeptAsTheCheck(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-q-2")
	day := 24 * time.Hour
	signalAt(env, time.Hour, SignalMail, replyTo("done@corp.example", MailReplyDone, "steps"))
	signalAt(env, 3*day, SignalMail, replyTo("again@corp.example", MailReplyYes, "steps"))
	signalAt(env, 7*day+6*time.Hour, SignalMail, replyTo("yes@corp.example", MailReplyYes, "reminder-verify-1"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if got := strings.Join(box.steps(), ","); st.State != StateCompleted || got != "steps,verify-1,completed" {
		t.Fatalf("state %s, mails %s: want the check asked, then answered", st.State, got)
	}
}

// Near misses: a yes that names no mail of the case (a new mail to the
// plus-address) answers the check as before, and so does one kept from the
// week's wait when it replies to an earlier check ("verify-" numbers them).
func TestShareYesNamingNoMailOrAnEarlierCheckStillAnswers(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-q-3")
	day := 24 * time.Hour
	signalAt(env, time.Hour, SignalMail, replyTo("done@corp.example", MailReplyDone, "steps"))
	signalAt(env, 7*day+2*time.Hour, SignalMail, replyTo("no@corp.example", MailReplyNo, "verify-1"))
	signalAt(env, 8*day, SignalMail, replyTo("yes@corp.example", MailReplyYes, "verify-1"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if got := strings.Join(box.steps(), ","); st.State != StateCompleted || got != "steps,verify-1,completed" {
		t.Fatalf("state %s, mails %s: the yes to the first check, kept over the recheck wait, should answer", st.State, got)
	}

	env2, box2 := newCaseEnv(t, testPolicy, "share-q-4")
	signalAt(env2, time.Hour, SignalMail, replyTo("done@corp.example", MailReplyDone, ""))
	signalAt(env2, 7*day+2*time.Hour, SignalMail, replyTo("yes@corp.example", MailReplyYes, ""))
	env2.ExecuteWorkflow(ShareWorkflow, testShare)
	if st := result(t, env2); st.State != StateCompleted || strings.Join(box2.steps(), ",") != "steps,verify-1,completed" {
		t.Fatalf("state %s, mails %v", st.State, box2.steps())
	}
}

// A "done" in reply to a mail of the case that asks no question (here a
// completion notice's step name) does not end the link wait: the operator
// is told, and `starter confirm` moves the case.
func TestShareDoneToAnotherMailDoesNotAnswerTheSteps(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-q-5")
	signalAt(env, time.Hour, SignalMail, replyTo("odd@corp.example", MailReplyDone, "completed"))
	var confirm updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &confirm) }, 2*time.Hour)
	signalAt(env, 7*24*time.Hour+3*time.Hour, SignalMail, replyTo("yes@corp.example", MailReplyYes, "verify-1"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	result(t, env)
	if _, at, _ := box.find("verify-1"); at < 2*time.Hour+7*24*time.Hour {
		t.Fatalf("verify asked after %s: the done to another mail was taken as the link", at)
	}
	if attentionStep(box) == "?" {
		t.Fatalf("mails %v: the operator was not told", box.steps())
	}
}

// A "done" or "submitted" in reply to the check ("Done, linked it now" to
// "do your certifications show?") answers no question the check asks: it
// does not end the wait, nor is it kept for a later one, and the operator
// is told of it at once (before, it was recorded only, the person thinking
// they had answered). The case ends on the yes to the check.
func TestShareDoneToTheCheckIsToldAndNotTaken(t *testing.T) {
	for _, k := range []MailKind{MailReplyDone, MailReplySubmitted} {
		env, box := newCaseEnv(t, testPolicy, "share-q-6")
		day := 24 * time.Hour
		signalAt(env, time.Hour, SignalMail, replyTo("done@corp.example", MailReplyDone, "steps"))
		signalAt(env, 7*day+3*time.Hour, SignalMail, replyTo("odd@corp.example", k, "verify-1"))
		signalAt(env, 7*day+6*time.Hour, SignalMail, replyTo("yes@corp.example", MailReplyYes, "verify-1"))
		env.ExecuteWorkflow(ShareWorkflow, testShare)
		st := result(t, env)
		if _, at, _ := box.find("completed"); st.State != StateCompleted || at < 7*day+6*time.Hour {
			t.Fatalf("%s: state %s, completed after %s: the answer to no question moved the case", k, st.State, at)
		}
		_, at, _ := box.find("attention-" + attentionStep(box))
		if attentionStep(box) == "?" || at > 7*day+4*time.Hour {
			t.Fatalf("%s: mails %s: the operator was not told of the %s to the check at once", k,
				strings.Join(box.steps(), ","), k)
		}
	}
}
