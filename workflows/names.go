package workflows

import (
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
)

// Signal, query and activity names, shared by the worker, the starter and the
// activities so none of them spells a name on its own.
const (
	// SignalMail carries a MailEvent: a message the watcher matched to the case.
	SignalMail = "mail"
	// SignalCancel carries a CancelRequest: the operator stops the case.
	SignalCancel = "cancel"
	// SignalUnmatched carries an UnmatchedMail to the mailbox watcher's list.
	SignalUnmatched = "unmatched"
	// SignalAttached carries the Message-ID of an unmatched mail the operator
	// handed to a case; the watcher drops it from its list.
	SignalAttached = "attached"
	// SignalQuarantined carries an UnmatchedMail that was quarantined.
	SignalQuarantined = "quarantined"
	// SignalHealth carries the watch's WatcherHealth when it changes.
	SignalHealth = "health"
	// QueryStatus returns a case's Status, or a watcher's WatcherStatus.
	QueryStatus = "status"
	// UpdateConfirm stands in for the person's answer a case waits for
	// ("done", "yes", "submitted"); refused when the case waits for none.
	UpdateConfirm = "confirm"
	// UpdateApprove lets a merge case send its consent reply under
	// CERTFLOW_MERGE_REPLY_POLICY=approve; refused when nothing waits for it.
	UpdateApprove = "approve"
	// UpdateResolve carries a ResolveRequest: the operator says what a mail
	// in the case's history is; refused when the case does not wait for it.
	UpdateResolve = "resolve"

	// ActivityCasePolicy returns the Policy the worker is configured with.
	ActivityCasePolicy = "CasePolicy"
	// ActivitySendMail renders and sends one OutgoingMail.
	ActivitySendMail = "SendMail"
	// ActivityWatchMailbox watches a mailbox for a while and returns its Watermark.
	ActivityWatchMailbox = "WatchMailbox"
)

// Template names the cases send (templates/ holds one file per name and
// language).
const (
	TemplateMergeRequest   = "merge_request"
	TemplateMergeForm      = "merge_form"
	TemplateMergeFollowUp  = "merge_follow_up"
	TemplateMergeConsent   = "merge_consent"
	TemplateMergeCompleted = "merge_completed"
	TemplateShareSteps     = "share_steps"
	TemplateShareReminder  = "share_reminder"
	TemplateShareVerify    = "share_verify"
	TemplateShareCompleted = "share_completed"
	TemplateOperatorAlert  = "operator_attention"
)

// Case kinds, as the CaseKind search attribute and Status.Kind spell them.
const (
	KindMerge = "merge"
	KindShare = "share"
)

// Workflow types, as the worker registers them (by function name) and a
// visibility query's WorkflowType spells them.
const (
	TypeMerge          = "MergeWorkflow"
	TypeShare          = "ShareWorkflow"
	TypeMailboxWatcher = "MailboxWatcherWorkflow"
)

// Search attributes certflow sets on every case; the dev stack, the worker
// and the compose namespace job register them in the namespace.
var (
	CaseKindKey  = temporal.NewSearchAttributeKeyKeyword("CaseKind")
	CaseStateKey = temporal.NewSearchAttributeKeyKeyword("CaseState")
	RequesterKey = temporal.NewSearchAttributeKeyKeyword("Requester")
	AwsCaseKey   = temporal.NewSearchAttributeKeyKeyword("AwsCase")
	// CaseStateSinceKey is when the case entered its CaseState, set with it
	// (versionStateSince), so a report needs no case's history. Cases
	// started before that change do not have it.
	CaseStateSinceKey = temporal.NewSearchAttributeKeyTime("CaseStateSince")
)

// SearchAttributeKeys lists the custom search attributes with their types.
func SearchAttributeKeys() []temporal.SearchAttributeKey {
	return []temporal.SearchAttributeKey{CaseKindKey, CaseStateKey, RequesterKey, AwsCaseKey, CaseStateSinceKey}
}

// SearchAttributeTypes maps each custom search attribute to its type, as
// the namespace registers it.
func SearchAttributeTypes() map[string]enumspb.IndexedValueType {
	types := map[string]enumspb.IndexedValueType{}
	for _, k := range SearchAttributeKeys() {
		types[k.GetName()] = k.GetValueType()
	}
	return types
}

// SearchAttributeNames lists the custom search attributes' names.
func SearchAttributeNames() []string {
	var names []string
	for _, k := range SearchAttributeKeys() {
		names = append(names, k.GetName())
	}
	return names
}

// WatcherID is the fixed workflow ID of a mailbox's watcher: Temporal's
// one-running-workflow-per-ID rule is what keeps a mailbox to one watcher
// however many workers run.
func WatcherID(mailbox string) string {
	return "mailbox-watcher:" + mailbox
}
