package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// versionStateSince marks the change that sets CaseStateSince with every
// CaseState, so `starter report` learns from visibility alone when each case
// entered its state. Cases started before it keep replaying without it
// (their version is fixed at their first workflow task); the report reads
// their histories instead.
const versionStateSince = "case-state-since"

// stateAttrs are the search attributes that say the case is in s since the
// given time. A zero time (none known) sets no CaseStateSince: the report
// then reads the case's history rather than a wrong time.
func (c *caseRun) stateAttrs(ctx workflow.Context, s State, since time.Time) []temporal.SearchAttributeUpdate {
	attrs := []temporal.SearchAttributeUpdate{CaseStateKey.ValueSet(string(s))}
	if workflow.GetVersion(ctx, versionStateSince, workflow.DefaultVersion, 1) >= 1 && !since.IsZero() {
		attrs = append(attrs, CaseStateSinceKey.ValueSet(since.UTC()))
	}
	return attrs
}
