package workflows

import (
	"strings"
	"testing"
	"time"
)

var testShare = ShareRequest{Name: "Hanako Sato", CertEmail: "hanako@personal.example", APNEmail: "hanako@corp.example", Lang: "ja"}

// reply is a person's answer that the watcher found signed by their domain.
func reply(id string, kind MailKind, from string) MailEvent {
	return MailEvent{MessageID: id, Kind: kind, From: from, Subject: "Re: AWS 認定資格", Authenticated: true}
}

func stateAt(env interface {
	RegisterDelayedCallback(func(), time.Duration)
}, query func() Status, at time.Duration, into *State) {
	env.RegisterDelayedCallback(func() { *into = query().State }, at)
}

func TestShareHappyPath(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	query := func() Status {
		v, err := env.QueryWorkflow(QueryStatus)
		if err != nil {
			t.Fatal(err)
		}
		var st Status
		_ = v.Get(&st)
		return st
	}
	var beforeDone, waiting State
	stateAt(env, query, 30*time.Minute, &beforeDone)
	signalAt(env, time.Hour, SignalMail, reply("r1@corp.example", MailReplyDone, "Hanako@Corp.example"))
	stateAt(env, query, 3*24*time.Hour, &waiting)
	signalAt(env, 168*time.Hour+2*time.Hour, SignalMail, reply("r2@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted || st.Kind != KindShare || st.Requester != "hanako@corp.example" {
		t.Fatalf("status = %+v", st)
	}
	if beforeDone != StateAwaitingLink || waiting != StateWaiting {
		t.Fatalf("states: %s before done, %s on day 3", beforeDone, waiting)
	}
	if got := strings.Join(box.steps(), ","); got != "steps,verify-1,completed" {
		t.Fatalf("mails = %s", got)
	}
	steps, _, _ := box.find("steps")
	if steps.To[0] != "hanako@corp.example" || steps.Lang != "ja" || steps.Data["CertEmail"] != "hanako@personal.example" {
		t.Fatalf("steps mail = %+v", steps)
	}
	if _, at, _ := box.find("verify-1"); at != time.Hour+168*time.Hour {
		t.Fatalf("verification asked after %s, want a week after the link", at)
	}
}

// "No" waits and asks again; after the last check a person is needed, and
// `starter confirm` closes the case.
func TestShareRechecksThenNeedsAttention(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-2")
	day := 24 * time.Hour
	signalAt(env, time.Hour, SignalMail, reply("r1@corp.example", MailReplyDone, "hanako@corp.example"))
	// Checks come at 7d+1h, then 3 days after each "no".
	for i, at := range []time.Duration{7*day + 2*time.Hour, 10*day + 3*time.Hour, 13*day + 4*time.Hour} {
		signalAt(env, at, SignalMail, reply("no-"+string(rune('a'+i))+"@corp.example", MailReplyNo, "hanako@corp.example"))
	}
	var confirm updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &confirm) }, 20*day)
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted || !confirm.accepted {
		t.Fatalf("state %s, confirm %+v", st.State, confirm)
	}
	want := "steps,verify-1,verify-2,verify-3," + "attention-" + attentionStep(box) + ",completed"
	if got := strings.Join(box.steps(), ","); got != want {
		t.Fatalf("mails = %s, want %s", got, want)
	}
	if _, at, _ := box.find("verify-2"); at != 7*day+time.Hour+2*time.Hour-time.Hour+3*day {
		t.Fatalf("second check after %s", at)
	}
}

// Only the employee's answers count; an answer certflow cannot read goes to
// the operator and the case waits on; `starter confirm` is refused while the
// case waits for no answer.
func TestShareAnswersFromOthersAndUnclearOnes(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-3")
	signalAt(env, time.Hour, SignalMail, reply("x1@evil.example", MailReplyDone, "someone@evil.example"))
	signalAt(env, 2*time.Hour, SignalMail, reply("x2@corp.example", MailUnknown, "hanako@corp.example"))
	var afterUnclear State
	env.RegisterDelayedCallback(func() {
		v, _ := env.QueryWorkflow(QueryStatus)
		var st Status
		_ = v.Get(&st)
		afterUnclear = st.State
	}, 3*time.Hour)
	var whileLinking, whileWaiting updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &whileLinking) }, 4*time.Hour)
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &whileWaiting) }, 5*24*time.Hour)
	signalAt(env, 9*24*time.Hour, SignalMail, reply("y@corp.example", MailReplyYes, "hanako@personal.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if st.State != StateCompleted || afterUnclear != StateAwaitingLink || !whileLinking.accepted {
		t.Fatalf("final %s, after the unclear reply %s, confirm while linking %+v", st.State, afterUnclear, whileLinking)
	}
	if whileWaiting.accepted || whileWaiting.rejected == nil || !strings.Contains(whileWaiting.rejected.Error(), "is waiting and is not waiting for confirm") {
		t.Fatalf("confirm while waiting for AWS: %+v", whileWaiting)
	}
	history := ""
	for _, e := range st.Events {
		history += e.What + "\n"
	}
	if !strings.Contains(history, "ignored: an answer from someone@evil.example") || !strings.Contains(history, "could not be read as an answer") {
		t.Fatalf("history:\n%s", history)
	}
	if got := strings.Join(box.steps(), ","); !strings.HasPrefix(got, "steps,attention-") || !strings.HasSuffix(got, ",verify-1,completed") {
		t.Fatalf("mails = %s", got)
	}
}

func TestShareRemindsAndGivesUp(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-4")
	signalAt(env, 20*24*time.Hour, SignalMail, reply("r1@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, 28*24*time.Hour, SignalMail, reply("r2@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	if _, at, ok := box.find("reminder-link"); !ok || at != testPolicy.ShareRemindAfter {
		t.Fatalf("reminder after %s (sent %v)", at, ok)
	}
	if _, at, ok := box.find("attention-" + attentionStep(box)); !ok || at != testPolicy.ShareGiveUpAfter {
		t.Fatalf("operator told after %s (sent %v)", at, ok)
	}
}
