package workflows

import (
	"strings"
	"testing"
	"time"
)

func alerts(box *outbox) []string {
	box.mu.Lock()
	defer box.mu.Unlock()
	var out []string
	for _, m := range box.mails {
		if m.Template == TemplateOperatorAlert {
			out = append(out, m.Data["Reason"])
		}
	}
	return out
}

// Anyone can write the employee's address in From: an unauthenticated "done"
// is held for the operator, and `starter approve` acts on it.
func TestShareHoldsAnUnauthenticatedAnswer(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-test-1")
	forged := reply("forged@evil.example", MailReplyDone, testShare.APNEmail)
	forged.Authenticated = false
	signalAt(env, time.Hour, SignalMail, forged)
	var held Status
	var r updateResult
	env.RegisterDelayedCallback(func() { held = queryStatus(t, env); update(env, UpdateApprove, &r) }, 2*time.Hour)
	signalAt(env, testPolicy.ShareWait+3*time.Hour, SignalMail, reply("yes@corp.example", MailReplyYes, testShare.APNEmail))
	env.ExecuteWorkflow(ShareWorkflow, testShare)
	st := result(t, env)
	if held.State != StateNeedsAttention || held.Held == nil || held.Held.MessageID != "forged@evil.example" {
		t.Fatalf("while held: state %s, held %+v", held.State, held.Held)
	}
	if !strings.HasPrefix(strings.Join(box.steps(), ","), "steps,attention-") {
		t.Fatalf("mails = %v", box.steps())
	}
	a := alerts(box)
	if len(a) != 1 || !strings.Contains(a[0], "not authenticated") || !strings.Contains(a[0], "starter approve share-test-1") {
		t.Fatalf("alerts = %q", a)
	}
	if !r.accepted || st.State != StateCompleted {
		t.Fatalf("approve accepted %v (%v), final state %s", r.accepted, r.rejected, st.State)
	}
}

// A genuine AWS consent request about someone else's accounts, sent to this
// case's address, is held; the one naming this case's accounts moves it.
func TestMergeHoldsAGenuineConsentForOtherAccounts(t *testing.T) {
	env, box := newMergeEnv(t)
	other := consentRequest("other@aws.example")
	other.AwsCase, other.Mentions = "5555555555", []string{"mallory@evil.example", "mallory@personal.example"}
	other.Subject = "RE:[CASE 5555555555] account-assistance"
	signalAt(env, time.Hour, SignalMail, other)
	var held Status
	env.RegisterDelayedCallback(func() { held = queryStatus(t, env) }, 2*time.Hour)
	signalAt(env, 3*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 4*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if held.State != StateNeedsAttention || held.Held == nil || held.AwsCase != "" {
		t.Fatalf("while held: state %s, AWS case %q, held %+v", held.State, held.AwsCase, held.Held)
	}
	if a := alerts(box); len(a) != 1 || !strings.Contains(a[0], "names accounts that are not this case's (mallory@evil.example, mallory@personal.example)") {
		t.Fatalf("alerts = %q", a)
	}
	consent, at, _ := box.find("consent")
	if st.State != StateCompleted || at != 3*time.Hour || consent.InReplyTo != "aws-1@aws.example" || st.AwsCase != "1234567890" {
		t.Fatalf("state %s, consent at %s to %q, AWS case %q", st.State, at, consent.InReplyTo, st.AwsCase)
	}
}

// The AWS case number is learned only from AWS's authenticated mail about
// the case; once learned, it binds: mail about another number is held.
func TestMergeLearnsTheAwsCaseOnlyFromItsOwnMail(t *testing.T) {
	env, box := newMergeEnv(t)
	stranger := reply("stranger@evil.example", MailUnknown, "mallory@evil.example")
	stranger.Subject, stranger.AwsCase = "RE:[CASE 5555555555] hello", "5555555555"
	signalAt(env, time.Hour, SignalMail, stranger)
	var afterStranger Status
	env.RegisterDelayedCallback(func() { afterStranger = queryStatus(t, env) }, 90*time.Minute)
	signalAt(env, 2*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	// Genuine, about this case's accounts, but another AWS case number.
	wrong := completedMail("aws-x@aws.example")
	wrong.AwsCase = "7777777777"
	signalAt(env, 3*time.Hour, SignalMail, wrong)
	var afterWrong Status
	env.RegisterDelayedCallback(func() { afterWrong = queryStatus(t, env) }, 4*time.Hour)
	// The number alone binds: this one names no accounts.
	done := completedMail("aws-2@aws.example")
	done.Mentions = nil
	signalAt(env, 5*time.Hour, SignalMail, done)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if afterStranger.AwsCase != "" {
		t.Fatalf("learned %q from a stranger's subject", afterStranger.AwsCase)
	}
	if afterWrong.State != StateNeedsAttention || afterWrong.Held == nil || afterWrong.Held.MessageID != "aws-x@aws.example" {
		t.Fatalf("after the other number: state %s, held %+v", afterWrong.State, afterWrong.Held)
	}
	if a := alerts(box); len(a) != 1 || !strings.Contains(a[0], "names AWS case 7777777777, but this case is AWS case 1234567890") {
		t.Fatalf("alerts = %q", a)
	}
	if _, at, _ := box.find("completed"); st.State != StateCompleted || at != 5*time.Hour {
		t.Fatalf("state %s, requester told at %s", st.State, at)
	}
}

// A flood of forged mail is one operator alert an hour, each summarising
// what was held back.
func TestForgedMailFloodIsOneAlertAnHour(t *testing.T) {
	env, box := newMergeEnv(t)
	for i := 0; i < 30; i++ {
		forged := consentRequest("forged-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + "@evil.example")
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, 5*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 6*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	a := alerts(box)
	if st.State != StateCompleted || len(a) != 1+1 {
		t.Fatalf("state %s, %d alerts: %q", st.State, len(a), a)
	}
	if !strings.Contains(a[1], "Also since the last alert (29 more)") || !strings.Contains(a[1], "and 9 more") {
		t.Fatalf("the summary alert: %q", a[1])
	}
}

// What a stranger writes is cut before it reaches a case: 40 mails with
// 60 KB subjects once made the case's status query too large to answer.
func TestBoundEventCutsWhatAStrangerWrote(t *testing.T) {
	long := strings.Repeat("ソ", 20000)
	ev := BoundEvent(MailEvent{Subject: long, From: long, Excerpt: long, Trust: make([]string, 100)})
	if len(ev.Subject) > 512 || len(ev.From) > 512 || len(ev.Excerpt) > 2048 || len(ev.Trust) > 8 {
		t.Fatalf("subject %d, from %d, excerpt %d bytes, %d trust notes", len(ev.Subject), len(ev.From), len(ev.Excerpt), len(ev.Trust))
	}
	if !strings.HasPrefix(ev.Subject, "ソソ") || !strings.HasSuffix(ev.Subject, "…") {
		t.Fatalf("subject cut badly: %q…", ev.Subject[:12])
	}
}
