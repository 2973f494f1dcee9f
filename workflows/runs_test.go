package workflows

import (
	"strings"
	"testing"
	"time"
)

// The run token of the SDK test environment's case (it has no first run
// ID; its run ID stands in).
var testRunToken = RunToken("default-test-run-id")

// Item 2: every mail of a case carries its run's token, and mail in the
// thread of another run of the same case ID (a Message-ID without the
// token, or with another) is handed back to the unmatched list with the
// reason instead of moving the case; mail in its own thread moves it.
func TestMailOfAnotherRunOfTheCaseIDDoesNotMoveIt(t *testing.T) {
	env, box := newMergeEnv(t)
	var back handedBack
	back.mock(env)
	cites := func(id, run string) MailEvent {
		ev := consentRequest(id)
		ev.Watcher, ev.By, ev.Run = testWatcher, "in-reply-to", run
		return ev
	}
	signalAt(env, time.Hour, SignalMail, cites("old-format@aws.example", ""))
	signalAt(env, 2*time.Hour, SignalMail, cites("other-run@aws.example", RunToken("another run")))
	var before Status
	env.RegisterDelayedCallback(func() { before = queryStatus(t, env) }, 3*time.Hour)
	signalAt(env, 4*time.Hour, SignalMail, cites("this-run@aws.example", testRunToken))
	signalAt(env, 5*time.Hour, SignalMail, completedMail("done@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if before.State != StateAwaitingConsent || before.AwsCase != "" {
		t.Fatalf("mail of other runs moved the case: %s, AWS case %q", before.State, before.AwsCase)
	}
	if st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	back.mu.Lock()
	defer back.mu.Unlock()
	if len(back.list) != 2 || back.list[0].MessageID != "old-format@aws.example" || back.list[1].MessageID != "other-run@aws.example" {
		t.Fatalf("handed back: %+v", back.list)
	}
	for _, u := range back.list {
		if !strings.Contains(u.Reason, "earlier case with the ID merge-test-1") || !strings.Contains(u.Reason, testRunToken) {
			t.Fatalf("reason %q", u.Reason)
		}
	}
	for _, step := range box.steps() {
		if m, _, _ := box.find(step); m.Run != testRunToken {
			t.Fatalf("mail %s carries run %q, want %q", step, m.Run, testRunToken)
		}
	}
}
