// Package workflows holds certflow's deterministic case logic: the merge
// process, and the mailbox watcher that turns incoming mail into signals.
//
// It imports no network or mail code. Activities are called by name and their
// inputs and outputs are the plain types declared here, so the package can be
// replayed and tested without a mail server.
package workflows
