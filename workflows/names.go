package workflows

import "go.temporal.io/sdk/temporal"

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

// Case kinds, as the CaseKind search attribute and Status.Kind spell them.
const (
	KindMerge = "merge"
	KindShare = "share"
)

// Search attributes certflow sets on every case; the dev stack and the worker
// register them (all Keyword) in the namespace.
var (
	CaseKindKey  = temporal.NewSearchAttributeKeyKeyword("CaseKind")
	CaseStateKey = temporal.NewSearchAttributeKeyKeyword("CaseState")
	RequesterKey = temporal.NewSearchAttributeKeyKeyword("Requester")
	AwsCaseKey   = temporal.NewSearchAttributeKeyKeyword("AwsCase")
)

// SearchAttributeNames lists the custom search attributes, all of type Keyword.
func SearchAttributeNames() []string {
	return []string{CaseKindKey.GetName(), CaseStateKey.GetName(), RequesterKey.GetName(), AwsCaseKey.GetName()}
}

// WatcherID is the fixed workflow ID of a mailbox's watcher: Temporal's
// one-running-workflow-per-ID rule is what keeps a mailbox to one watcher
// however many workers run.
func WatcherID(mailbox string) string {
	return "mailbox-watcher:" + mailbox
}
