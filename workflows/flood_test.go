package workflows

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// The tests of this file are about a flood of mail to one case (issue 13,
// item 4): the case continues as new, carrying its state, so its history
// per run stays bounded, and it still acts on the mail that matters.

// mergeAsChild and shareAsChild run a case as the child of a test workflow:
// the test environment then starts the case's next run when it continues as
// new, as the server does (a workflow it runs itself just ends).
func mergeAsChild(ctx workflow.Context, id string, req MergeRequest) (Status, error) {
	var st Status
	err := workflow.ExecuteChildWorkflow(workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{WorkflowID: id}),
		MergeWorkflow, req).Get(ctx, &st)
	return st, err
}

func shareAsChild(ctx workflow.Context, id string, req ShareRequest) (Status, error) {
	var st Status
	err := workflow.ExecuteChildWorkflow(workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{WorkflowID: id}),
		ShareWorkflow, req).Get(ctx, &st)
	return st, err
}

// runCounter counts, per run of a case, the signals it received and the
// commands it gave (activities, timers, signals to other workflows): what
// its history is made of. It also knows what a flood must wait for (busy),
// and the signals the test environment gave to a run that had ended (late).
type runCounter struct {
	interceptor.WorkerInterceptorBase
	mu       sync.Mutex
	order    []string
	signals  map[string]int
	commands map[string]int
	// inFlight counts, per run, its activities and signals to other
	// workflows whose result it has not been given yet; ended are the runs
	// whose workflow function has returned.
	inFlight map[string]int
	ended    map[string]bool
	late     []string
}

func newRunCounter() *runCounter {
	return &runCounter{signals: map[string]int{}, commands: map[string]int{}, inFlight: map[string]int{},
		ended: map[string]bool{}}
}

// track counts f in flight until the run is given its result. (The test
// environment runs activities and mocked signals in goroutines, and while
// one runs it fires timers by the wall clock: a flood paced by timers would
// then outrun the case as fast as the machine is slow.)
func (r *runCounter) track(ctx workflow.Context, f workflow.Future) {
	info := workflow.GetInfo(ctx)
	if info.WorkflowType.Name != "MergeWorkflow" && info.WorkflowType.Name != "ShareWorkflow" {
		return
	}
	run := info.WorkflowExecution.RunID
	r.mu.Lock()
	r.inFlight[run]++
	r.mu.Unlock()
	workflow.Go(ctx, func(ctx workflow.Context) {
		_ = f.Get(ctx, nil) // only when it is ready matters here
		r.mu.Lock()
		r.inFlight[run]--
		r.mu.Unlock()
	})
}

// busy reports whether a run still going waits for an activity or signal.
func (r *runCounter) busy() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for run, n := range r.inFlight {
		if n > 0 && !r.ended[run] {
			return true
		}
	}
	return false
}

// lateSignals are the signals given to a run after it had ended, which the
// test environment drops (the server gives them to the next run instead).
func (r *runCounter) lateSignals() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string{}, r.late...)
}

func (r *runCounter) add(ctx workflow.Context, signal bool) {
	info := workflow.GetInfo(ctx)
	if info.WorkflowType.Name != "MergeWorkflow" && info.WorkflowType.Name != "ShareWorkflow" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	run := info.WorkflowExecution.RunID
	if _, ok := r.signals[run]; !ok {
		r.order = append(r.order, run)
		r.signals[run] = 0
	}
	if signal {
		r.signals[run]++
	} else {
		r.commands[run]++
	}
}

// most returns the number of runs and the most signals and commands of one.
func (r *runCounter) most() (runs, signals, commands int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, run := range r.order {
		signals, commands = max(signals, r.signals[run]), max(commands, r.commands[run])
	}
	return len(r.order), signals, commands
}

func (r *runCounter) InterceptWorkflow(_ workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	return &runCounterIn{WorkflowInboundInterceptorBase: interceptor.WorkflowInboundInterceptorBase{Next: next}, r: r}
}

type runCounterIn struct {
	interceptor.WorkflowInboundInterceptorBase
	r *runCounter
}

func (i *runCounterIn) Init(out interceptor.WorkflowOutboundInterceptor) error {
	return i.Next.Init(&runCounterOut{WorkflowOutboundInterceptorBase: interceptor.WorkflowOutboundInterceptorBase{Next: out}, r: i.r})
}

func (i *runCounterIn) ExecuteWorkflow(ctx workflow.Context, in *interceptor.ExecuteWorkflowInput) (any, error) {
	i.r.add(ctx, false)
	defer func() {
		i.r.mu.Lock()
		i.r.ended[workflow.GetInfo(ctx).WorkflowExecution.RunID] = true
		i.r.mu.Unlock()
	}()
	return i.Next.ExecuteWorkflow(ctx, in)
}

func (i *runCounterIn) HandleSignal(ctx workflow.Context, in *interceptor.HandleSignalInput) error {
	i.r.add(ctx, true)
	i.r.mu.Lock()
	if i.r.ended[workflow.GetInfo(ctx).WorkflowExecution.RunID] {
		var ev MailEvent
		_ = converter.GetDefaultDataConverter().FromPayloads(in.Arg, &ev) // only its Message-ID, for the failure
		i.r.late = append(i.r.late, in.SignalName+" "+ev.MessageID)
	}
	i.r.mu.Unlock()
	return i.Next.HandleSignal(ctx, in)
}

type runCounterOut struct {
	interceptor.WorkflowOutboundInterceptorBase
	r *runCounter
}

func (o *runCounterOut) ExecuteActivity(ctx workflow.Context, activityType string, args ...any) workflow.Future {
	o.r.add(ctx, false)
	f := o.Next.ExecuteActivity(ctx, activityType, args...)
	o.r.track(ctx, f)
	return f
}

func (o *runCounterOut) ExecuteLocalActivity(ctx workflow.Context, activityType string, args ...any) workflow.Future {
	f := o.Next.ExecuteLocalActivity(ctx, activityType, args...)
	o.r.track(ctx, f)
	return f
}

func (o *runCounterOut) NewTimerWithOptions(ctx workflow.Context, d time.Duration, options workflow.TimerOptions) workflow.Future {
	o.r.add(ctx, false)
	return o.Next.NewTimerWithOptions(ctx, d, options)
}

func (o *runCounterOut) SignalExternalWorkflow(ctx workflow.Context, workflowID, runID, signalName string, arg any) workflow.Future {
	o.r.add(ctx, false)
	f := o.Next.SignalExternalWorkflow(ctx, workflowID, runID, signalName, arg)
	o.r.track(ctx, f)
	return f
}

// floodCase sends n mails to the case id, one every step from at on. Each
// is sent once the one before has been taken (the test environment cannot
// hold a signal for a run that is still to start, as the server does); one
// sent while the case is between runs is sent again.
func floodCase(env *testsuite.TestWorkflowEnvironment, id string, at, step time.Duration, n int, mail func(i int) MailEvent) {
	floodCaseWhenIdle(env, id, at, step, n, mail, nil)
}

// floodCaseWhenIdle is floodCase, each mail sent only once busy reports
// false: the case is in its wait, not waiting for an activity or signal, so
// it takes the mail in the task that delivers it, however slow the machine.
func floodCaseWhenIdle(env *testsuite.TestWorkflowEnvironment, id string, at, step time.Duration, n int,
	mail func(i int) MailEvent, busy func() bool) {
	var next func(i, tries int)
	next = func(i, tries int) {
		if i == n || tries > 100 {
			return
		}
		if busy != nil && busy() {
			env.RegisterDelayedCallback(func() { next(i, tries) }, step)
			return
		}
		if !started(env, id) || env.SignalWorkflowByID(id, SignalMail, mail(i)) != nil {
			env.RegisterDelayedCallback(func() { next(i, tries+1) }, step)
			return
		}
		env.RegisterDelayedCallback(func() { next(i+1, 0) }, step)
	}
	env.RegisterDelayedCallback(func() { next(0, 0) }, at)
}

// started reports whether the run of id has started and answers queries:
// the test environment starts a child's next run in a goroutine of its own,
// and a signal that comes first finds no handler (a nil function).
func started(env *testsuite.TestWorkflowEnvironment, id string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_, err := env.QueryWorkflowByID(id, QueryStatus)
	return err == nil
}

func signalByIDAt(env *testsuite.TestWorkflowEnvironment, at time.Duration, id string, ev MailEvent) {
	var send func(tries int)
	send = func(tries int) {
		if !started(env, id) || env.SignalWorkflowByID(id, SignalMail, ev) != nil {
			if tries < 100 {
				env.RegisterDelayedCallback(func() { send(tries + 1) }, time.Millisecond)
			}
		}
	}
	env.RegisterDelayedCallback(func() { send(0) }, at)
}

// newFloodedMergeEnv is a merge case run as a child of parent (so the test
// can signal it by ID across its runs), with its hand-backs recorded and
// its runs counted.
func newFloodedMergeEnv(t *testing.T, policy Policy, parent string) (*testsuite.TestWorkflowEnvironment, *outbox,
	*handedBack, *runCounter) {
	t.Helper()
	env, box := newCaseEnv(t, policy, parent)
	env.RegisterWorkflow(mergeAsChild)
	back := &handedBack{}
	back.mock(env)
	runs := newRunCounter()
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{runs}})
	return env, box, back, runs
}

// Item 4: 20,000 forged consent requests (held, then past the case's cap
// handed back) and then AWS's genuine one. The case continues as new many
// times, each run taking a bounded number of signals and giving a bounded
// number of commands; it keeps its state (the AWS case number it learned,
// its follow-up deadline, its cap, its alert numbering) and still consents
// to the genuine mail and completes. Nothing is handed back twice or lost.
func TestFloodOfMailToOneCaseContinuesAsNewAndKeepsItsState(t *testing.T) {
	policy := testPolicy
	policy.MaxMails = 500
	env, box, back, runs := newFloodedMergeEnv(t, policy, "flood-parent")
	const id, flood = "merge-flood-1", 20000

	ack := consentRequest("ack@aws.example") // AWS's authenticated acknowledgement teaches the case number
	ack.Kind, ack.Sub, ack.Watcher = MailAWSOther, "acknowledgement", testWatcher
	signalByIDAt(env, time.Minute, id, ack)
	floodCaseWhenIdle(env, id, 2*time.Minute, time.Millisecond, flood, func(i int) MailEvent {
		ev := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		ev.Authenticated, ev.AwsCase, ev.Watcher = false, "7777777777", testWatcher
		return ev
	}, runs.busy)
	genuine := consentRequest("aws-1@aws.example")
	genuine.Watcher = testWatcher
	signalByIDAt(env, 4*24*time.Hour, id, genuine)
	done := completedMail("aws-2@aws.example")
	done.Watcher = testWatcher
	signalByIDAt(env, 4*24*time.Hour+time.Hour, id, done)

	env.ExecuteWorkflow(mergeAsChild, id, testRequest)
	st := result(t, env)
	if late := runs.lateSignals(); len(late) > 0 {
		t.Fatalf("the test environment gave %d signals to a run that had ended (%v): the flood outran the case",
			len(late), late)
	}
	n, signals, commands := runs.most()
	t.Logf("%d runs; at most %d signals and %d commands in one", n, signals, commands)
	if n < flood/mailsPerRun || signals > mailsPerRun+10 || commands > 2*mailsPerRun {
		t.Fatalf("%d runs, at most %d signals and %d commands in one; want at least %d runs of at most %d signals",
			n, signals, commands, flood/mailsPerRun, mailsPerRun)
	}
	if st.State != StateCompleted || st.AwsCase != "1234567890" {
		t.Fatalf("state %s, AWS case %q", st.State, st.AwsCase)
	}
	if consent, _, ok := box.find("consent"); !ok || consent.InReplyTo != "aws-1@aws.example" {
		t.Fatalf("consent %+v (sent %v); want one in reply to the genuine request", consent, ok)
	}
	// The follow-up keeps the deadline of the wait's first run.
	if _, at, ok := box.find("follow-up-awaiting_consent"); !ok || at != policy.RemindAfter {
		t.Fatalf("follow-up sent %v after %s; want after %s", ok, at, policy.RemindAfter)
	}
	back.mu.Lock()
	handed := map[string]int{}
	for _, u := range back.list {
		handed[u.MessageID]++
	}
	back.mu.Unlock()
	if want := flood - (policy.MaxMails - 1); len(handed) != want {
		t.Fatalf("%d mails handed back, want %d", len(handed), want)
	}
	for id, k := range handed {
		if k != 1 {
			t.Fatalf("%s handed back %d times", id, k)
		}
	}
	steps, capAlerts := map[string]bool{}, 0
	for i, s := range box.steps() {
		if steps[s] {
			t.Fatalf("mail %d repeats step %s (and so its Message-ID): %v", i, s, box.steps())
		}
		steps[s] = true
	}
	for _, m := range box.mails {
		if m.Template == TemplateOperatorAlert && strings.Contains(m.Data["Reason"], "its limit") {
			capAlerts++
		}
	}
	if capAlerts != 1 {
		t.Fatalf("the operator was told %d times of the cap, want once", capAlerts)
	}
}

// Item 4: a share case flooded during its week of waiting continues as new
// and still asks the employee exactly ShareWait after they linked.
func TestShareFloodedWhileWaitingKeepsItsWeek(t *testing.T) {
	env, box := newCaseEnv(t, testPolicy, "share-parent")
	env.RegisterWorkflow(shareAsChild)
	const id = "share-flood-1"
	signalByIDAt(env, time.Hour, id, reply("r1@corp.example", MailReplyDone, "hanako@corp.example"))
	floodCase(env, id, 2*time.Hour, time.Second, 3*mailsPerRun, func(i int) MailEvent {
		return MailEvent{MessageID: fmt.Sprintf("spam-%d@stranger.example", i), Kind: MailUnknown, From: "stranger@stranger.example", Subject: "hi"}
	})
	signalByIDAt(env, time.Hour+testPolicy.ShareWait+time.Hour, id, reply("r2@corp.example", MailReplyYes, "hanako@corp.example"))
	env.ExecuteWorkflow(shareAsChild, id, testShare)
	st := result(t, env)
	if _, at, ok := box.find("verify-1"); st.State != StateCompleted || !ok || at != time.Hour+testPolicy.ShareWait {
		t.Fatalf("state %s; asked %v after %s, want after %s", st.State, ok, at, time.Hour+testPolicy.ShareWait)
	}
	if !hasEvent(st, "continued as new") {
		t.Fatalf("the case never continued as new (%d events in its record)", len(st.Events))
	}
}

// Item 4: mail that reached the run but that it had not read when it
// continues as new (it was sending an alert) is carried into the next run,
// which reads it first: the genuine consent in it is acted on.
func TestMailInTheLastTaskIsCarriedIntoTheNextRun(t *testing.T) {
	env, _ := newMergeEnv(t)
	other := consentRequest("ack@aws.example")
	other.Kind = MailAWSOther // alerts the operator: the run waits for that send
	env.RegisterDelayedCallback(func() {
		env.SetContinueAsNewSuggested(true)
		env.SignalWorkflow(SignalMail, other)
		for i := 0; i < 27; i++ {
			env.SignalWorkflow(SignalMail, MailEvent{MessageID: fmt.Sprintf("u-%d@stranger.example", i), Kind: MailUnknown, From: "x@stranger.example"})
		}
		other2 := other
		other2.MessageID = "ack-2@aws.example" // paced: its alert is held back, then sent as the case ends
		env.SignalWorkflow(SignalMail, other2)
		env.SignalWorkflow(SignalMail, consentRequest("aws-1@aws.example"))
	}, time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) {
		t.Fatalf("the case ended with %v, want continue-as-new", env.GetWorkflowError())
	}
	var next MergeRequest
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	cr := next.Carry
	if cr == nil || len(cr.Pending) != 29 || cr.Pending[28].MessageID != "aws-1@aws.example" || cr.Step != stepConsent {
		t.Fatalf("carried %+v", cr)
	}
	if cr.Clock.RemindAt.IsZero() || cr.Alerts.Sent != 1 {
		t.Fatalf("carried clock %+v, alerts %+v", cr.Clock, cr.Alerts)
	}

	env2, box2 := newMergeEnv(t)
	env2.SetStartTime(env.Now())
	signalAt(env2, 30*time.Minute, SignalMail, completedMail("aws-2@aws.example"))
	env2.ExecuteWorkflow(MergeWorkflow, next)
	st := result(t, env2)
	// The consent goes at once, from the carried mail: the completion came
	// 30 minutes into the run.
	_, consentAt, ok := box2.find("consent")
	_, doneAt, _ := box2.find("completed")
	if !ok || doneAt-consentAt != 30*time.Minute || st.State != StateCompleted {
		t.Fatalf("consent sent %v, %s before the end; state %s", ok, doneAt-consentAt, st.State)
	}
	// Its alerts are numbered on from the run before: "attention-1" again would
	// repeat that alert's Message-ID, and the Sent check would drop it.
	if _, _, ok := box2.find("attention-2"); !ok || strings.Contains(strings.Join(box2.steps(), ","), "attention-1") {
		t.Fatalf("mails of the next run: %v; want attention-2 (the held-back alert) and no attention-1", box2.steps())
	}
}

// An ending case sends the alerts the hourly pacing held back: they were
// lost when it ended within the hour.
func TestHeldBackAlertsAreSentWhenTheCaseEnds(t *testing.T) {
	env, box := newMergeEnv(t)
	for i := 0; i < 3; i++ {
		forged := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, time.Hour+10*time.Minute, SignalMail, consentRequest("aws-1@aws.example"))
	signalAt(env, time.Hour+20*time.Minute, SignalMail, completedMail("aws-2@aws.example"))
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	a := alerts(box)
	if st.State != StateCompleted || len(a) != 2 || !strings.Contains(a[1], "forged-2@evil.example") || !strings.Contains(a[1], "ended completed") {
		t.Fatalf("state %s; alerts %q", st.State, a)
	}
}

// Review finding: every field of a mail is cut by count and bytes, by the
// watcher's activity and again by the case, so one hostile mail cannot blow
// up a case's history, state or search attributes.
func TestHostileMailEventIsCutEverywhere(t *testing.T) {
	long := strings.Repeat("x", 100000)
	many := make([]string, 5000)
	for i := range many {
		many[i] = fmt.Sprintf("<%d-%s@evil.example>", i, long[:1000])
	}
	hostile := MailEvent{
		MessageID: long + "@evil.example", Kind: MailKind(long), From: long, Subject: long, AwsCase: long,
		References: many, Mentions: many, Trust: many, Excerpt: long, Sub: long, ForwardedBy: long, Watcher: long,
		Lean:   MailKind(long),
		Bounce: &BounceInfo{Status: long, Recipient: long, Diagnostic: long, ReturnedID: long},
	}
	b, _ := json.Marshal(BoundEvent(hostile))
	if len(b) > 32<<10 {
		t.Fatalf("a bounded event is %d bytes", len(b))
	}
	a, c := BoundEvent(MailEvent{MessageID: long + "a"}), BoundEvent(MailEvent{MessageID: long + "b"})
	if a.MessageID == c.MessageID || len(a.MessageID) > maxIDBytes {
		t.Fatalf("two long Message-IDs cut to %q and %q", a.MessageID, c.MessageID)
	}
	if again := BoundEvent(BoundEvent(hostile)); !equalJSON(again, BoundEvent(hostile)) {
		t.Fatal("BoundEvent is not idempotent")
	}

	// The case cuts what it receives (the starter's attach signals too), and
	// the AWS case number an operator vouched for stays a valid keyword.
	env, _ := newMergeEnv(t)
	var upserted []string
	// The task that takes the raw signal (some 15 MB, far past the server's
	// 2 MB for a payload) decodes and cuts it: its time is measured, not
	// asserted, so the SDK's 1 s deadlock detector is widened for it (under
	// -race on a loaded machine it took more, and failed the test).
	env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{&keepUpserts{values: &upserted}},
		DeadlockDetectionTimeout: time.Minute})
	raw := hostile
	raw.Kind, raw.Sub, raw.Watcher, raw.Bounce = MailConsentRequest, "", "", nil
	raw.Mentions = append([]string{testRequest.SourceEmail, testRequest.TargetEmail}, many...)
	signalAt(env, time.Hour, SignalMail, raw)
	var held Status
	env.RegisterDelayedCallback(func() { held = queryStatus(t, env) }, 2*time.Hour)
	var approve updateResult
	env.RegisterDelayedCallback(func() { update(env, UpdateApprove, &approve) }, 3*time.Hour)
	env.RegisterDelayedCallback(env.CancelWorkflow, 4*time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if held.Held == nil || len(held.Held.MessageID) > maxIDBytes || len(held.Held.Subject) > maxFieldBytes || len(held.Held.References) > maxEventItems {
		t.Fatalf("held %+v", held.Held)
	}
	for _, v := range upserted {
		if len(v) > maxKeywordBytes {
			t.Fatalf("a search attribute was set to %d bytes", len(v))
		}
	}
	if st.AwsCase == "" || len(st.AwsCase) > maxTokenBytes || !approve.accepted {
		t.Fatalf("AWS case %d bytes, approve %+v", len(st.AwsCase), approve)
	}
	b, _ = json.Marshal(st)
	if len(b) > 64<<10 {
		t.Fatalf("the case's status is %d bytes", len(b))
	}
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// keepUpserts records the keyword values a case sets.
type keepUpserts struct {
	interceptor.WorkerInterceptorBase
	values *[]string
}

func (k *keepUpserts) InterceptWorkflow(_ workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	return &keepUpsertsIn{WorkflowInboundInterceptorBase: interceptor.WorkflowInboundInterceptorBase{Next: next}, k: k}
}

type keepUpsertsIn struct {
	interceptor.WorkflowInboundInterceptorBase
	k *keepUpserts
}

func (i *keepUpsertsIn) Init(out interceptor.WorkflowOutboundInterceptor) error {
	return i.Next.Init(&keepUpsertsOut{WorkflowOutboundInterceptorBase: interceptor.WorkflowOutboundInterceptorBase{Next: out}, k: i.k})
}

type keepUpsertsOut struct {
	interceptor.WorkflowOutboundInterceptorBase
	k *keepUpserts
}

func (o *keepUpsertsOut) UpsertTypedSearchAttributes(ctx workflow.Context, attrs ...temporal.SearchAttributeUpdate) error {
	err := o.Next.UpsertTypedSearchAttributes(ctx, attrs...)
	sa := workflow.GetTypedSearchAttributes(ctx)
	for _, key := range []temporal.SearchAttributeKeyKeyword{CaseKindKey, CaseStateKey, RequesterKey, AwsCaseKey} {
		if v, ok := sa.GetKeyword(key); ok {
			*o.k.values = append(*o.k.values, v)
		}
	}
	return err
}

// What a case carries into its next run stays small however hostile the
// mail it took: far below the server's 2 MiB for a workflow's input.
func TestCarriedStateStaysSmall(t *testing.T) {
	long := strings.Repeat("y", 20000)
	c := &caseRun{seen: map[string]bool{}, data: map[string]string{"Name": "x"}}
	for i := 0; i < 2000; i++ {
		c.markSeen(BoundEvent(MailEvent{MessageID: fmt.Sprintf("%d-%s", i, long[:1000])}).MessageID)
		c.events = append(c.events, Event{What: long[:10000]})
	}
	hostile := BoundEvent(MailEvent{MessageID: long, From: long, Subject: long, Excerpt: long, AwsCase: long,
		References: strings.Split(long[:2000], ""), Mentions: strings.Split(long[:2000], ""), Trust: strings.Split(long[:2000], "")})
	for i := range hostile.References {
		hostile.References[i] = strings.Repeat("r", maxIDBytes)
		hostile.Mentions[i] = strings.Repeat("m", maxAddressBytes)
	}
	for i := range hostile.Trust {
		hostile.Trust[i] = strings.Repeat("t", maxFieldBytes)
	}
	for i := 0; i < maxResolvable; i++ {
		c.resolvable = append(c.resolvable, hostile)
	}
	c.held = &hostile
	for c.pendingBytes < maxCarriedPendingBytes {
		c.pending = append(c.pending, hostile)
		c.pendingBytes += eventBytes(hostile)
	}
	for i := 0; i < maxDeferredAlerts; i++ {
		c.alerts.deferred = append(c.alerts.deferred, long[:10000])
	}
	cr := c.carry()
	b, err := json.Marshal(cr)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("carried state: %d bytes", len(b))
	if len(b) > 1<<20 {
		t.Fatalf("the carried state is %d bytes", len(b))
	}
	if len(cr.Seen) != maxCarriedSeen || len(cr.Events) != maxCarriedEvents || cr.EventsDropped != 2000-maxCarriedEvents {
		t.Fatalf("carried %d Message-IDs, %d events (%d dropped)", len(cr.Seen), len(cr.Events), cr.EventsDropped)
	}
}

// A case cancelled while mail is down still ends: the alerts it held back
// are listed in its history, and their send is given up with the cancel.
// (The hourly alert that carried them was abandoned by the cancel, which
// lost them.)
func TestHeldBackAlertsOfACancelledCaseAreListedWhenMailIsDown(t *testing.T) {
	env, box := newMergeEnv(t)
	start := env.Now()
	box.fail = func(m OutgoingMail) error {
		if env.Now().Sub(start) > 90*time.Minute {
			return errors.New("dial tcp: connection refused")
		}
		return nil
	}
	for i := 0; i < 3; i++ {
		forged := consentRequest(fmt.Sprintf("forged-%d@evil.example", i))
		forged.Authenticated = false
		signalAt(env, time.Hour+time.Duration(i)*time.Minute, SignalMail, forged)
	}
	signalAt(env, 2*time.Hour, SignalCancel, CancelRequest{Reason: "not needed"})
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	st := result(t, env)
	if st.State != StateCancelled || !hasEvent(st, "held-back alert: mail that claims to be AWS's") {
		t.Fatalf("state %s; %d events, the held-back alerts not listed", st.State, len(st.Events))
	}
	if took := env.Now().Sub(start); took > 3*time.Hour {
		t.Fatalf("the cancelled case took %s to end", took)
	}
}

// Item 4: an operator's update accepted while the case is due to continue
// as new is acted on first: `starter approve` of held mail is not lost with
// the run, and the case continues as new in its next wait.
func TestApproveAcceptedAsTheCaseContinuesIsNotLost(t *testing.T) {
	env, box := newMergeEnv(t)
	forged := consentRequest("held@aws.example")
	forged.Authenticated = false
	var approve updateResult
	env.RegisterDelayedCallback(func() {
		env.SetContinueAsNewSuggested(true)
		env.SignalWorkflow(SignalMail, forged) // held: the run waits for the operator alert's send
		update(env, UpdateApprove, &approve)
	}, time.Hour)
	env.ExecuteWorkflow(MergeWorkflow, testRequest)
	var can *workflow.ContinueAsNewError
	if !asContinueAsNew(env.GetWorkflowError(), &can) || !approve.accepted {
		t.Fatalf("the case ended with %v; approve %+v", env.GetWorkflowError(), approve)
	}
	var next MergeRequest
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := box.find("consent"); !ok || next.Carry == nil || next.Carry.Step != stepCompletion {
		t.Fatalf("consent sent %v; carried %+v", ok, next.Carry)
	}
}
