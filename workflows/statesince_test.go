package workflows

import (
	"testing"
	"time"

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
