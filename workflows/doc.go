// Package workflows holds certflow's deterministic case logic: the two
// processes a case follows, merge and share, and the mailbox watcher that
// turns incoming mail into signals to them.
//
// A merge case (MergeWorkflow, merge.go) asks AWS to merge two Certification
// accounts: by mail to AWS's support address, or through the requester and
// AWS's web form (state submitting, until the requester says it is
// submitted). It then waits for AWS to ask for consent (awaiting_consent),
// sends the consent reply in AWS's thread (at once, or after `starter
// approve` under CERTFLOW_MERGE_REPLY_POLICY=approve), waits for AWS's word
// that the merge is done (awaiting_completion) and tells the requester.
//
// A share case (ShareWorkflow, share.go) has an employee link their
// Certification account in the company's APN profile: the employee gets the
// steps and answers "done" (awaiting_link), the case waits while AWS
// reflects the link (waiting), then asks the employee whether the profile
// shows the certifications (verifying), asking again a bounded number of
// times.
//
// Both are a caseRun (case.go) going through waits (await.go): each wait
// takes the mail it waits for, an operator update standing in for it
// (`starter confirm`, `starter approve`, `starter resolve`), or a cancel;
// it reminds after a while and hands the case to a person (needs_attention)
// after longer, and goes on waiting. AWS's mail moves a case only when it is
// authenticated and about the case's accounts; other mail is held for the
// operator (heldmail.go, binding.go, trustedlists.go). Mail that is not for
// the wait is kept for a later one (kept.go), read for what it is
// (mailkinds.go), or handed back to the watcher's unmatched list. A reply
// certflow cannot read may lean to an answer, which only the waits that asked
// its question take (leans.go). Mail goes
// out through the SendMail activity, retried for as long as mail is down
// (sending.go). A case whose history grows long continues as new, carrying
// its state (carry.go, carried.go); every change to what a running case
// does is behind workflow.GetVersion, and the histories in
// testdata/histories must keep replaying.
//
// The mailbox watcher (MailboxWatcherWorkflow, watcher.go) owns one mailbox
// folder: it runs the WatchMailbox activity again and again, carrying the
// watermark, and keeps the lists of mail that matched no case and of mail
// that was quarantined (watchlist.go): `starter unmatched` shows them, and
// `starter attach` hands such a mail to a case (attach.go).
//
// The package imports no network or mail code. Activities are called by name
// (names.go) and their inputs and outputs are the plain types declared here,
// so the package can be replayed and tested without a mail server.
package workflows
