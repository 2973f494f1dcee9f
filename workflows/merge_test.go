package workflows

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"

	"github.com/certflow/certflow/config"
)

// outbox records what the SendMail activity was asked to send, and when.
type outbox struct {
	mu    sync.Mutex
	mails []OutgoingMail
	at    []time.Duration
	fail  func(OutgoingMail) error
	// uncertain, when set, is SendMail's Uncertain for a mail.
	uncertain func(OutgoingMail) string
}

func (o *outbox) steps() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []string
	for _, m := range o.mails {
		out = append(out, m.Step)
	}
	return out
}

func (o *outbox) find(step string) (OutgoingMail, time.Duration, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for i, m := range o.mails {
		if m.Step == step {
			return m, o.at[i], true
		}
	}
	return OutgoingMail{}, 0, false
}

// testPolicy is what the CasePolicy activity returns under the default
// settings, with the test's addresses and the merge request sent by mail.
var testPolicy = NewPolicy(testConfig())

func testConfig() config.Worker {
	cfg, err := config.LoadFrom[config.Worker](map[string]string{
		"CERTFLOW_IMAP_ADDRESS": "imap.corp.example:993", "CERTFLOW_IMAP_USERNAME": "certs@corp.example",
		"CERTFLOW_IMAP_PASSWORD": "unused", "CERTFLOW_SMTP_ADDRESS": "smtp.corp.example:587",
		"CERTFLOW_MAIL_FROM": "certs@corp.example", "CERTFLOW_OPERATOR_EMAIL": "ops@corp.example",
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": "support@aws.example", "CERTFLOW_MERGE_SUBMIT": "email",
		"CERTFLOW_MERGE_FORM_URL": "https://support.example/form",
	})
	if err != nil {
		panic(err)
	}
	return cfg
}

var testRequest = MergeRequest{Name: "Taro Yamada", SourceEmail: "taro@personal.example", TargetEmail: "taro@corp.example", Lang: "en"}

func newMergeEnv(t *testing.T) (*testsuite.TestWorkflowEnvironment, *outbox) {
	t.Helper()
	return newCaseEnv(t, testPolicy, "merge-test-1")
}

func newCaseEnv(t *testing.T, policy Policy, id string) (*testsuite.TestWorkflowEnvironment, *outbox) {
	t.Helper()
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	start := env.Now()
	box := &outbox{}
	env.RegisterWorkflow(MergeWorkflow)
	env.RegisterWorkflow(ShareWorkflow)
	env.RegisterActivityWithOptions(func(context.Context) (Policy, error) { return policy, nil },
		activity.RegisterOptions{Name: ActivityCasePolicy})
	env.RegisterActivityWithOptions(func(ctx context.Context, m OutgoingMail) (SentMail, error) {
		if box.fail != nil {
			if err := box.fail(m); err != nil {
				return SentMail{}, err
			}
		}
		box.mu.Lock()
		defer box.mu.Unlock()
		box.mails = append(box.mails, m)
		box.at = append(box.at, env.Now().Sub(start))
		subject := m.Subject
		if subject == "" {
			subject = "Request to merge (" + m.Template + ")"
		}
		sent := SentMail{MessageID: "certflow." + m.Step + "." + m.CaseID + "@corp.example", Subject: subject}
		if box.uncertain != nil {
			sent.Uncertain = box.uncertain(m)
		}
		return sent, nil
	}, activity.RegisterOptions{Name: ActivitySendMail})
	env.SetStartWorkflowOptions(startOptions(id))
	return env, box
}

func consentRequest(id string) MailEvent {
	return MailEvent{
		MessageID: id, Kind: MailConsentRequest, From: "aws-cs-trainingcertification-form@aws.example",
		Subject:    "RE:[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance",
		AwsCase:    "1234567890",
		References: []string{"certflow.request.merge-test-1@corp.example"},
		// The watcher found it signed by AWS's domain, naming both accounts.
		Authenticated: true,
		Mentions:      []string{testRequest.SourceEmail, testRequest.TargetEmail},
	}
}

func completedMail(id string) MailEvent {
	ev := consentRequest(id)
	ev.Kind = MailCompleted
	return ev
}

func signalAt(env *testsuite.TestWorkflowEnvironment, after time.Duration, name string, v any) {
	env.RegisterDelayedCallback(func() { env.SignalWorkflow(name, v) }, after)
}

func result(t *testing.T, env *testsuite.TestWorkflowEnvironment) Status {
	t.Helper()
	if !env.IsWorkflowCompleted() {
		t.Fatal("workflow did not complete")
	}
	var st Status
	if err := env.GetWorkflowResult(&st); err != nil {
		t.Fatalf("workflow failed: %v", err)
	}
	return st
}

func TestMergeHappyPath(t *testing.T) {
	env, box := newMergeEnv(t)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if st.State != StateCompleted || st.AwsCase != "1234567890" || st.ID != "merge-test-1" || st.Kind != KindMerge {
		t.Fatalf("status = %+v", st)
	}
	if got := strings.Join(box.steps(), ","); got != "request,consent,completed" {
		t.Fatalf("mails sent = %s", got)
	}
	req, _, _ := box.find("request")
	if req.To[0] != testPolicy.SupportAddress || req.Template != TemplateMergeRequest || req.Data["SourceEmail"] != testRequest.SourceEmail {
		t.Fatalf("request = %+v", req)
	}
	consent, _, _ := box.find("consent")
	if consent.To[0] != "aws-cs-trainingcertification-form@aws.example" || consent.InReplyTo != "aws-1@aws.example" {
		t.Fatalf("consent not in AWS's thread: %+v", consent)
	}
	if !strings.HasPrefix(consent.Subject, "RE:[CASE 1234567890]") {
		t.Fatalf("consent subject lost the case token: %q", consent.Subject)
	}
	if want := []string{"certflow.request.merge-test-1@corp.example", "aws-1@aws.example"}; strings.Join(consent.References, " ") != strings.Join(want, " ") {
		t.Fatalf("consent references = %v, want %v", consent.References, want)
	}
	done, _, _ := box.find("completed")
	if done.To[0] != testRequest.TargetEmail || done.Data["AwsCase"] != "1234567890" {
		t.Fatalf("completion notice = %+v", done)
	}
	var states []string
	for _, e := range st.Events {
		if s, ok := strings.CutPrefix(e.What, "state: "); ok {
			states = append(states, s)
		}
	}
	if got := strings.Join(states, ","); got != "awaiting_consent,awaiting_completion,completed" {
		t.Fatalf("state changes = %s", got)
	}
}

// A send the SMTP server may or may not have taken (its worker died
// between the final "." and the answer) is not sent again: the case goes on
// and its history says the mail may not have gone out.
func TestMergeNotesAnUncertainSend(t *testing.T) {
	env, box := newMergeEnv(t)
	box.uncertain = func(m OutgoingMail) string {
		if m.Step == "consent" {
			return "an earlier attempt of this step stopped while the SMTP server was taking the mail"
		}
		return ""
	}
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted || strings.Join(box.steps(), ",") != "request,consent,completed" {
		t.Fatalf("state %s, mails %v", st.State, box.steps())
	}
	notes := 0
	for _, e := range st.Events {
		if strings.Contains(e.What, "mail consent may not have gone out") {
			notes++
		}
	}
	if notes != 1 {
		t.Fatalf("the history notes the uncertain consent %d times, want once: %+v", notes, st.Events)
	}
}

func TestMergeRemindsThenGivesUpThenRecovers(t *testing.T) {
	env, box := newMergeEnv(t)
	var midway Status
	env.RegisterDelayedCallback(func() {
		v, err := env.QueryWorkflow(QueryStatus)
		if err != nil {
			t.Errorf("query: %v", err)
			return
		}
		_ = v.Get(&midway)
	}, 15*24*time.Hour)
	signalAt(env, 16*24*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 16*24*time.Hour+time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)

	if midway.State != StateNeedsAttention {
		t.Fatalf("state on day 15 = %s, want needs_attention", midway.State)
	}
	if got := strings.Join(box.steps(), ","); got != "request,follow-up-awaiting_consent,attention-"+attentionStep(box)+",consent,completed" {
		t.Fatalf("mails sent = %s", got)
	}
	_, at, _ := box.find("follow-up-awaiting_consent")
	if at != testPolicy.RemindAfter {
		t.Fatalf("follow-up sent after %s, want %s", at, testPolicy.RemindAfter)
	}
	alert, at, _ := box.find("attention-" + attentionStep(box))
	if at != testPolicy.GiveUpAfter || alert.To[0] != testPolicy.OperatorEmail || alert.Template != TemplateOperatorAlert {
		t.Fatalf("operator alert %+v after %s, want after %s", alert, at, testPolicy.GiveUpAfter)
	}
	if st.State != StateCompleted {
		t.Fatalf("final state = %s", st.State)
	}
}

// attentionStep finds the step suffix of the operator alert.
func attentionStep(box *outbox) string {
	for _, s := range box.steps() {
		if rest, ok := strings.CutPrefix(s, "attention-"); ok {
			return rest
		}
	}
	return "?"
}

func TestMergeIgnoresRepeatedMail(t *testing.T) {
	env, box := newMergeEnv(t)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, time.Hour+time.Minute, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	signalAt(env, 2*time.Hour+time.Minute, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if got := strings.Join(box.steps(), ","); got != "request,consent,completed" {
		t.Fatalf("mails sent = %s", got)
	}
	received := 0
	for _, e := range st.Events {
		if strings.HasPrefix(e.What, "mail received") {
			received++
		}
	}
	if received != 2 {
		t.Fatalf("history records %d received mails, want 2", received)
	}
}

func TestMergeWrongMailWaitsOn(t *testing.T) {
	env, box := newMergeEnv(t)
	other := consentRequest("aws-0@aws.example")
	other.Kind = MailAWSOther
	signalAt(env, time.Hour, SignalMail, other)
	signalAt(env, 2*time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, 3*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	// AWS's unreadable mail goes to the operator; the case waits on.
	if got, want := strings.Join(box.steps(), ","), "request,attention-"+attentionStep(box)+",consent,completed"; got != want {
		t.Fatalf("mails sent = %s, want %s", got, want)
	}
}

func TestMergeCompletedWithoutConsentRequest(t *testing.T) {
	env, box := newMergeEnv(t)
	signalAt(env, time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	if got := strings.Join(box.steps(), ","); got != "request,completed" {
		t.Fatalf("mails sent = %s", got)
	}
}

func TestMergeCancel(t *testing.T) {
	env, box := newMergeEnv(t)
	signalAt(env, time.Hour, SignalCancel, CancelRequest{Reason: "requester withdrew"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCancelled {
		t.Fatalf("state = %s", st.State)
	}
	if got := strings.Join(box.steps(), ","); got != "request" {
		t.Fatalf("mails sent = %s", got)
	}
	if last := st.Events[len(st.Events)-2].What; !strings.Contains(last, "requester withdrew") {
		t.Fatalf("history does not keep the reason: %q", last)
	}
}

func TestMergeFailsWhenMailIsRefused(t *testing.T) {
	env, box := newMergeEnv(t)
	box.fail = func(m OutgoingMail) error {
		return temporal.NewNonRetryableApplicationError("550 no such user", "MailRefused", errors.New("550 no such user"))
	}
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if !env.IsWorkflowCompleted() {
		t.Fatal("workflow did not complete")
	}
	err := env.GetWorkflowError()
	if err == nil || !strings.Contains(err.Error(), "merge request could not be sent") {
		t.Fatalf("workflow error = %v", err)
	}
	v, qerr := env.QueryWorkflow(QueryStatus)
	if qerr != nil {
		t.Fatal(qerr)
	}
	var st Status
	_ = v.Get(&st)
	if st.State != StateFailed || !strings.Contains(st.Events[len(st.Events)-2].What, "550 no such user") {
		t.Fatalf("status = %+v", st)
	}
}

// updateResult is what became of an operator update; the test environment
// reports it through callbacks, after the call returns.
type updateResult struct {
	accepted bool
	rejected error
}

// update runs an operator update and fills r when the workflow answers.
func update(env *testsuite.TestWorkflowEnvironment, name string, r *updateResult) {
	env.UpdateWorkflow(name, "", &testsuite.TestUpdateCallback{
		OnAccept:   func() { r.accepted = true },
		OnReject:   func(err error) { r.rejected = err },
		OnComplete: func(any, error) {},
	})
}

// Under the approve policy the consent waits for `starter approve`, which is
// refused before AWS has asked.
func TestMergeApprovePolicy(t *testing.T) {
	policy := testPolicy
	policy.MergeReplyPolicy = "approve"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	var early, approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &early) }, 30*time.Minute)
	signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
	var stepsBeforeApproval string
	env.RegisterDelayedCallback(func() {
		stepsBeforeApproval = strings.Join(box.steps(), ",")
		update(env, UpdateApprove, &approve)
	}, 5*time.Hour)
	signalAt(env, 6*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	if st := result(t, env); st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	if early.accepted || early.rejected == nil || !strings.Contains(early.rejected.Error(), "not waiting for approve") {
		t.Fatalf("approve before AWS asked: %+v", early)
	}
	if !approve.accepted || approve.rejected != nil {
		t.Fatalf("approve while waiting for it: %+v", approve)
	}
	// Before approval: the request, and the operator told to approve.
	if want := "request,attention-" + attentionStep(box); stepsBeforeApproval != want {
		t.Fatalf("sent before approval: %s, want %s", stepsBeforeApproval, want)
	}
	_, at, _ := box.find("consent")
	if at != 5*time.Hour {
		t.Fatalf("consent sent after %s, want right after the approval at 5h", at)
	}
}

// With the web form, the requester gets the form text and submits it; the
// case waits for their "submitted", then for AWS, which writes to the
// case's reply address.
func TestMergeThroughTheWebForm(t *testing.T) {
	policy := testPolicy
	policy.MergeSubmit = "form"
	env, box := newCaseEnv(t, policy, "merge-test-1")
	other := MailEvent{MessageID: "x@y", Kind: MailReplySubmitted, From: "someone@else.example", Subject: "Re: form"}
	signalAt(env, time.Hour, SignalMail, other)
	signalAt(env, 2*time.Hour, SignalMail, reply("s@corp.example", MailReplySubmitted, "taro@corp.example"))
	ask := consentRequest("aws-1@aws.example")
	ask.References = nil // AWS starts the thread: the form left none
	signalAt(env, 3*time.Hour, SignalMail, ask)
	signalAt(env, 4*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCompleted {
		t.Fatalf("state = %s", st.State)
	}
	if got := strings.Join(box.steps(), ","); got != "form,consent,completed" {
		t.Fatalf("mails = %s", got)
	}
	form, _, _ := box.find("form")
	if form.To[0] != "taro@corp.example" || form.Data["FormURL"] != "https://support.example/form" || form.Template != TemplateMergeForm {
		t.Fatalf("form mail = %+v", form)
	}
	consent, _, _ := box.find("consent")
	if consent.InReplyTo != "aws-1@aws.example" || strings.Join(consent.References, " ") != "aws-1@aws.example" {
		t.Fatalf("consent not in AWS's thread: %+v", consent)
	}
	for _, e := range st.Events {
		if strings.Contains(e.What, "someone@else.example") && !strings.HasPrefix(e.What, "ignored") && !strings.HasPrefix(e.What, "mail received") {
			t.Fatalf("an answer from a stranger moved the case: %q", e.What)
		}
	}
}
