package workflows

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
)

// leaning is a reply certflow could not read (unknown) that leans to lean,
// signed by the sender's domain.
func leaning(id string, lean MailKind, from string) MailEvent {
	ev := reply(id, MailUnknown, from)
	ev.Lean, ev.Excerpt = lean, "I think that is it, the page looks different now."
	return ev
}

// operatorAlerts counts the alerts the case sent the operator.
func operatorAlerts(box *outbox) int {
	return strings.Count(strings.Join(box.steps(), ","), "attention-")
}

// The form wait takes a reply leaning to "submitted", or to "done", from
// the requester, as their answer: the case goes on to wait for AWS, its
// history says it read the reply from its lean, and the operator is told
// once, with the reply's words, what the case did and how to stop it
// (versionLeanTold): certflow guessed at a reply it could read only part of.
func TestFormWaitTakesALeanOfSubmittedOrDone(t *testing.T) {
	for _, lean := range []MailKind{MailReplySubmitted, MailReplyDone} {
		t.Run(string(lean), func(t *testing.T) {
			policy := testPolicy
			policy.MergeSubmit = "form"
			env, box := newCaseEnv(t, policy, "merge-test-1")
			var after Status
			signalAt(env, time.Hour, SignalMail, leaning("lean-1@corp.example", lean, "taro@corp.example"))
			queryAt(t, env, time.Hour+time.Minute, &after)
			signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
			env.ExecuteWorkflow(MergeWorkflow, testRequest)
			st := result(t, env)
			if after.State != StateAwaitingConsent || st.State != StateCancelled {
				t.Fatalf("after the leaning reply %s, at the end %s; want awaiting_consent, then cancelled",
					after.State, st.State)
			}
			if !hasEvent(st, "mail lean-1@corp.example from taro@corp.example read as "+string(lean)+
				" from its lean: certflow could read only part of the reply") ||
				!hasEvent(st, "the requester submitted the form") {
				t.Fatalf("events: %+v", st.Events)
			}
			alert, _, _ := box.find("attention-" + attentionStep(box))
			reason := alert.Data["Reason"]
			if n := operatorAlerts(box); n != 1 || len(after.Resolvable) != 0 ||
				!strings.Contains(reason, "as "+string(lean)+", though certflow could read only part of it") ||
				!strings.Contains(reason, "the page looks different now") ||
				!strings.Contains(reason, "starter cancel merge-test-1") {
				t.Fatalf("mails %v, resolvable %+v, alert %q: want one alert telling the lean taken, with the "+
					"reply's words and the command to stop", box.steps(), after.Resolvable, reason)
			}
		})
	}
}

// The link wait takes a lean of "done" and no other: a reply leaning to
// "no" there is an unknown reply, which goes to the operator.
func TestLinkWaitTakesALeanOfDoneOnly(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	var afterNo, afterDone Status
	signalAt(env, time.Hour, SignalMail, leaning("lean-no@corp.example", MailReplyNo, "hanako@corp.example"))
	queryAt(t, env, time.Hour+time.Minute, &afterNo)
	signalAt(env, 2*time.Hour, SignalMail, leaning("lean-done@corp.example", MailReplyDone, "hanako@corp.example"))
	queryAt(t, env, 2*time.Hour+time.Minute, &afterDone)
	signalAt(env, 2*time.Hour+testPolicy.ShareWait+time.Hour, SignalMail,
		reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if afterNo.State != StateAwaitingLink || afterDone.State != StateWaiting || st.State != StateCompleted {
		t.Fatalf("after the lean no %s, after the lean done %s, at the end %s", afterNo.State, afterDone.State, st.State)
	}
	if len(afterNo.Resolvable) != 1 || afterNo.Resolvable[0].MessageID != "lean-no@corp.example" {
		t.Fatalf("resolvable after the lean no: %+v", afterNo.Resolvable)
	}
	if hasEvent(st, "lean-no@corp.example from hanako@corp.example read as") ||
		!hasEvent(st, "lean-done@corp.example from hanako@corp.example read as reply_done from its lean") ||
		!hasEvent(st, "the employee linked the accounts") {
		t.Fatalf("events: %+v", st.Events)
	}
	first, _, _ := box.find("attention-1")
	told, _, _ := box.find("attention-2")
	if operatorAlerts(box) != 2 || !strings.Contains(first.Data["Reason"], "lean-no@corp.example") ||
		!strings.Contains(first.Data["Reason"], "it leans to reply_no") ||
		!strings.Contains(told.Data["Reason"], "(mail lean-done@corp.example) as reply_done, though certflow") {
		t.Fatalf("mails %v, alerts %q, %q: want one about the reply leaning to no, one telling the lean done taken",
			box.steps(), first.Data["Reason"], told.Data["Reason"])
	}
}

// The verify wait takes a lean of "no" (the case checks again) but not of
// "done": a lean is never the "yes" that would end the case.
func TestVerifyWaitTakesALeanOfNoOnly(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	day := 24 * time.Hour
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	verifying := time.Hour + testPolicy.ShareWait
	signalAt(env, verifying+time.Hour, SignalMail, leaning("lean-done@corp.example", MailReplyDone, "hanako@corp.example"))
	var afterDone Status
	queryAt(t, env, verifying+2*time.Hour, &afterDone)
	signalAt(env, verifying+3*time.Hour, SignalMail, leaning("lean-no@corp.example", MailReplyNo, "hanako@corp.example"))
	signalAt(env, verifying+3*time.Hour+testPolicy.ShareRecheckAfter+day, SignalMail,
		reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if afterDone.State != StateVerifying || st.State != StateCompleted {
		t.Fatalf("after the lean done %s, at the end %s", afterDone.State, st.State)
	}
	if !hasEvent(st, "lean-no@corp.example from hanako@corp.example read as reply_no from its lean") ||
		hasEvent(st, "lean-done@corp.example from hanako@corp.example read as") {
		t.Fatalf("events: %+v", st.Events)
	}
	want := "steps,verify-1,attention-1,attention-2,verify-2,completed"
	if got := strings.Join(box.steps(), ","); got != want {
		t.Fatalf("mails = %s, want %s (two alerts: the lean done, unread; the lean no, taken)", got, want)
	}
	if told, _, _ := box.find("attention-2"); !strings.Contains(told.Data["Reason"], "as reply_no, though certflow") ||
		!strings.Contains(told.Data["Reason"], "asks again after") {
		t.Fatalf("second alert %q: want the lean no taken and the recheck", told.Data["Reason"])
	}
	if _, at, _ := box.find("verify-2"); at != verifying+3*time.Hour+testPolicy.ShareRecheckAfter {
		t.Fatalf("asked again after %s, want the recheck interval after the lean no", at)
	}
}

// Once the checks are used up a person looks into it: that wait takes no
// lean; the reply goes to the operator, and starter confirm closes the case.
func TestPersonWaitTakesNoLean(t *testing.T) {
	policy := testPolicy
	policy.ShareMaxChecks = 1
	env, box := newCaseEnv(t, policy, "share-test-1")
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	verifying := time.Hour + policy.ShareWait
	signalAt(env, verifying+time.Hour, SignalMail, reply("no@corp.example", MailReplyNo, "hanako@corp.example"))
	for i, lean := range []MailKind{MailReplyNo, MailReplyDone} {
		signalAt(env, verifying+time.Duration(2+2*i)*time.Hour, SignalMail,
			leaning("lean-"+string(lean)+"@corp.example", lean, "hanako@corp.example"))
	}
	var before Status
	queryAt(t, env, verifying+6*time.Hour, &before)
	var confirm updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateConfirm, &confirm) }, verifying+7*time.Hour)
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if before.State != StateNeedsAttention || !confirm.accepted || st.State != StateCompleted {
		t.Fatalf("before confirm %s, confirm %+v, at the end %s", before.State, confirm, st.State)
	}
	if hasEvent(st, "from its lean") || len(before.Resolvable) != 2 {
		t.Fatalf("events %+v, resolvable %+v", st.Events, before.Resolvable)
	}
	if n := operatorAlerts(box); n != 3 { // the checks ran out, and one each for the two replies
		t.Fatalf("mails %v: want three alerts", box.steps())
	}
}

// A lean is taken only from mail a real answer of its kind would be taken
// from: not from another sender (recorded, as their unknown mail is), not
// unauthenticated (held for starter approve), not from another run of the
// case ID (handed back), not twice.
func TestLeanIsNotTakenWhereAnAnswerWouldNotBe(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	var mu sync.Mutex
	var handedBack []UnmatchedMail
	env.OnSignalExternalWorkflow(mock.Anything, testWatcher, "", SignalUnmatched, mock.Anything).Return(
		func(_, _, _, _ string, arg any) error {
			mu.Lock()
			defer mu.Unlock()
			handedBack = append(handedBack, arg.(UnmatchedMail))
			return nil
		})
	stranger := leaning("lean-stranger@evil.example", MailReplyDone, "someone@evil.example")
	unsigned := leaning("lean-unsigned@corp.example", MailReplyDone, "hanako@corp.example")
	unsigned.Authenticated, unsigned.Trust = false, []string{"no signature"}
	earlier := leaning("lean-earlier@corp.example", MailReplyDone, "hanako@corp.example")
	earlier.By, earlier.Run, earlier.Watcher = "in-reply-to", "000000000000", testWatcher
	for i, ev := range []MailEvent{stranger, unsigned, earlier} {
		signalAt(env, time.Duration(1+i)*time.Hour, SignalMail, ev)
	}
	var before Status
	queryAt(t, env, 4*time.Hour, &before)
	taken := leaning("lean-taken@corp.example", MailReplyDone, "hanako@corp.example")
	signalAt(env, 5*time.Hour, SignalMail, taken)
	signalAt(env, 5*time.Hour+testPolicy.ShareWait+time.Hour, SignalMail, taken) // offered again, in verifying
	signalAt(env, 5*time.Hour+testPolicy.ShareWait+2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if before.State != StateNeedsAttention || len(before.HeldMails) != 1 ||
		before.HeldMails[0].MessageID != "lean-unsigned@corp.example" || before.HeldMails[0].Kind != MailReplyDone {
		t.Fatalf("before the signed reply: state %s, held %+v", before.State, before.HeldMails)
	}
	if hasEvent(st, "mail lean-stranger@evil.example from someone@evil.example read as") ||
		hasEvent(st, "mail lean-earlier@corp.example from hanako@corp.example read as") ||
		!hasEvent(st, `mail "Re: AWS 認定資格" (unknown) is not what awaiting_link waits for`) {
		t.Fatalf("events:\n%s", eventsOf(st))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(handedBack) != 1 || handedBack[0].MessageID != "lean-earlier@corp.example" ||
		handedBack[0].Lean != MailReplyDone {
		t.Fatalf("handed back %+v; want the earlier run's reply, still leaning to done", handedBack)
	}
	if !hasEvent(st, "is held: anyone can write hanako@corp.example") ||
		strings.Count(eventsOf(st), "read as reply_done from its lean") != 2 { // the unsigned one (then held), the one taken
		t.Fatalf("events:\n%s", eventsOf(st))
	}
	if got := strings.Join(box.steps(), ","); !strings.HasSuffix(got, ",verify-1") || strings.Contains(got, "verify-2") {
		t.Fatalf("mails = %s", got)
	}
}

func eventsOf(st Status) string {
	var b strings.Builder
	for _, e := range st.Events {
		b.WriteString(e.What + "\n")
	}
	return b.String()
}

// A lean is not kept for a later wait, as an early "done" or "yes" is:
// replies leaning to "no" and to "done" during the share's week-long wait
// are recorded, the question is asked after the wait all the same, and
// neither answers it.
func TestLeanIsNotKeptForALaterWait(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	signalAt(env, time.Hour, SignalMail, reply("done@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, 2*24*time.Hour, SignalMail, leaning("lean-no@corp.example", MailReplyNo, "hanako@corp.example"))
	signalAt(env, 3*24*time.Hour, SignalMail, leaning("lean-done@corp.example", MailReplyDone, "hanako@corp.example"))
	asked := time.Hour + testPolicy.ShareWait
	var verifying Status
	queryAt(t, env, asked+time.Hour, &verifying)
	signalAt(env, asked+2*time.Hour, SignalMail, reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if verifying.State != StateVerifying || st.State != StateCompleted {
		t.Fatalf("after the wait %s, at the end %s", verifying.State, st.State)
	}
	if got := strings.Join(box.steps(), ","); got != "steps,verify-1,completed" {
		t.Fatalf("mails = %s", got)
	}
	if hasEvent(st, "from its lean") || hasEvent(st, "kept for the case's next wait") ||
		strings.Count(eventsOf(st), "(unknown) arrived while waiting; kept in the history") != 2 {
		t.Fatalf("events:\n%s", eventsOf(st))
	}
}

// The link wait that has run out of time (needs_attention) is still the
// wait that asked for "done": it takes a lean of it, and the case goes on.
func TestLinkWaitPastItsGiveUpTakesALeanOfDone(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	late := testPolicy.ShareGiveUpAfter + time.Hour
	var before Status
	queryAt(t, env, late-time.Minute, &before)
	signalAt(env, late, SignalMail, leaning("lean-done@corp.example", MailReplyDone, "hanako@corp.example"))
	signalAt(env, late+testPolicy.ShareWait+time.Hour, SignalMail,
		reply("yes@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if before.State != StateNeedsAttention || st.State != StateCompleted {
		t.Fatalf("before the lean %s, at the end %s", before.State, st.State)
	}
	if !hasEvent(st, "lean-done@corp.example from hanako@corp.example read as reply_done from its lean") ||
		!hasEvent(st, "what the case waited for arrived; it goes on") {
		t.Fatalf("events:\n%s", eventsOf(st))
	}
	if n := operatorAlerts(box); n != 2 { // the give-up, then the lean taken
		t.Fatalf("mails %v: want the give-up's alert and the lean's", box.steps())
	}
}

// A lean taken from a reply with no words certflow could quote tells the
// operator the subject instead, quoted once: the alert is read by a person,
// and a subject in escaped quotes inside quotes is noise to them.
func TestLeanWithoutWordsQuotesItsSubjectOnce(t *testing.T) {
	policy := testPolicy
	policy.MergeSubmit = "form"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	wordless := leaning("lean-1@corp.example", MailReplySubmitted, "taro@corp.example")
	wordless.Excerpt = ""
	signalAt(env, time.Hour, SignalMail, wordless)
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "the test ends"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	result(t, env)
	alert, _, _ := box.find("attention-" + attentionStep(box))
	reason := alert.Data["Reason"]
	if !strings.Contains(reason, `the reply says: "(no words certflow could quote; the subject is Re: AWS 認定資格)"`) ||
		strings.Contains(reason, `\"`) {
		t.Fatalf("alert %q: want the subject quoted once", reason)
	}
}
