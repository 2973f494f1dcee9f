package workflows

import (
	"testing"
	"time"

	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// upsertSeen is one search-attribute upsert of a case and its workflow time.
type upsertSeen struct {
	at    time.Time
	attrs temporal.SearchAttributes
}

// recordUpserts keeps every search-attribute upsert a case makes.
type recordUpserts struct {
	interceptor.WorkerInterceptorBase
	seen []upsertSeen
}

func (r *recordUpserts) InterceptWorkflow(_ workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	return &recordUpsertsIn{WorkflowInboundInterceptorBase: interceptor.WorkflowInboundInterceptorBase{Next: next}, r: r}
}

type recordUpsertsIn struct {
	interceptor.WorkflowInboundInterceptorBase
	r *recordUpserts
}

func (i *recordUpsertsIn) Init(out interceptor.WorkflowOutboundInterceptor) error {
	return i.Next.Init(&recordUpsertsOut{WorkflowOutboundInterceptorBase: interceptor.WorkflowOutboundInterceptorBase{Next: out}, r: i.r})
}

type recordUpsertsOut struct {
	interceptor.WorkflowOutboundInterceptorBase
	r *recordUpserts
}

func (o *recordUpsertsOut) UpsertTypedSearchAttributes(ctx workflow.Context, attrs ...temporal.SearchAttributeUpdate) error {
	o.r.seen = append(o.r.seen, upsertSeen{at: workflow.Now(ctx), attrs: temporal.NewSearchAttributes(attrs...)})
	return o.Next.UpsertTypedSearchAttributes(ctx, attrs...)
}

// Every CaseState a case sets comes with CaseStateSince, the moment it
// entered that state (its start for the first), so the report needs no
// history; a case on the version before (versionStateSince) sets none.
func TestCaseStateComesWithTheTimeItWasEntered(t *testing.T) {
	for _, version := range []workflow.Version{1, workflow.DefaultVersion} {
		env, _ := newMergeEnv(t)
		rec := &recordUpserts{}
		env.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{rec}})
		env.OnGetVersion(versionStateSince, workflow.DefaultVersion, 1).Return(version)
		start := env.Now()
		signalAt(env, time.Hour, SignalMail, consentRequest("aws-1@aws.example"))
		signalAt(env, 2*time.Hour, SignalMail, completedMail("aws-2@aws.example"))
		env.ExecuteWorkflow(MergeWorkflow, testRequest)
		if st := result(t, env); st.State != StateCompleted {
			t.Fatalf("version %d: state %s", version, st.State)
		}
		var states []string
		for _, u := range rec.seen {
			state, hasState := u.attrs.GetKeyword(CaseStateKey)
			since, hasSince := u.attrs.GetTime(CaseStateSinceKey)
			if !hasState {
				continue
			}
			states = append(states, state)
			want := u.at
			if len(states) == 1 {
				want = start
			}
			if version == workflow.DefaultVersion && hasSince {
				t.Errorf("a case of the version before set CaseStateSince %s with %s", since, state)
			}
			if version == 1 && (!hasSince || !since.Equal(want)) {
				t.Errorf("state %s set at %s with CaseStateSince %s (set: %v)", state, want, since, hasSince)
			}
		}
		if len(states) < 3 || states[len(states)-1] != string(StateCompleted) {
			t.Fatalf("version %d: the case set the states %v", version, states)
		}
	}
}

// A case that continues as new keeps saying when it entered its state: the
// next run sets the carried time, not its own start.
func TestContinuedCaseKeepsItsCaseStateSince(t *testing.T) {
	env, _ := newMergeEnv(t)
	env.RegisterDelayedCallback(func() {
		env.SetContinueAsNewSuggested(true)
		env.SignalWorkflow(SignalMail, MailEvent{MessageID: "u-1@stranger.example", Kind: MailUnknown, From: "x@stranger.example"})
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
	entered := next.Carry.StateSince
	if entered.IsZero() || env.Now().Sub(entered) < time.Hour {
		t.Fatalf("carried state %s since %s; the run ended at %s", next.Carry.State, entered, env.Now())
	}
	env2, _ := newMergeEnv(t)
	rec := &recordUpserts{}
	env2.SetWorkerOptions(worker.Options{Interceptors: []interceptor.WorkerInterceptor{rec}})
	env2.SetStartTime(env.Now())
	env2.RegisterDelayedCallback(env2.CancelWorkflow, time.Minute)
	env2.ExecuteWorkflow(MergeWorkflow, next)
	if len(rec.seen) == 0 {
		t.Fatal("the next run set no search attributes")
	}
	state, _ := rec.seen[0].attrs.GetKeyword(CaseStateKey)
	since, ok := rec.seen[0].attrs.GetTime(CaseStateSinceKey)
	if state != string(next.Carry.State) || !ok || !since.Equal(entered) {
		t.Fatalf("the next run set %s since %s (%v), want %s since %s", state, since, ok, next.Carry.State, entered)
	}
}
