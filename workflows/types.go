package workflows

import (
	"fmt"
	"time"
)

// State is where a case stands. The values are what the CaseState search
// attribute holds and what the operator sees.
type State string

const (
	// StateSubmitting: the request to AWS is being sent.
	StateSubmitting State = "submitting"
	// StateAwaitingConsent: waiting for AWS to ask "may we merge?".
	StateAwaitingConsent State = "awaiting_consent"
	// StateAwaitingCompletion: consent sent, waiting for AWS to report the merge done.
	StateAwaitingCompletion State = "awaiting_completion"
	// StateCompleted: the requester was told the merge is done.
	StateCompleted State = "completed"
	// StateNeedsAttention: a wait ran out or something needs a person; the
	// case still takes the mail it was waiting for.
	StateNeedsAttention State = "needs_attention"
	// StateCancelled: the operator cancelled the case.
	StateCancelled State = "cancelled"
	// StateFailed: a step failed for good (for example SMTP rejected a mail).
	StateFailed State = "failed"

	// StateAwaitingLink: the employee was sent the steps to link their
	// certification account in the APN profile; waiting for "done".
	StateAwaitingLink State = "awaiting_link"
	// StateWaiting: waiting for AWS to reflect the link (about a week).
	StateWaiting State = "waiting"
	// StateVerifying: the employee was asked whether the APN profile shows
	// the certifications; waiting for yes or no.
	StateVerifying State = "verifying"
)

// MailKind is what classification made of a mail. The values match the
// mail classifier's kinds; this package keeps its own type so it imports no
// mail code.
type MailKind string

const (
	// MailConsentRequest: AWS asks the requester to confirm the merge.
	MailConsentRequest MailKind = "aws_consent_request"
	// MailCompleted: AWS says the merge is done.
	MailCompleted MailKind = "aws_completed"
	// MailAWSOther: mail from AWS that is neither of the above.
	MailAWSOther MailKind = "aws_other"
	// MailReplyYes, MailReplyNo, MailReplyDone, MailReplySubmitted: a
	// person's answer, read from their own words.
	MailReplyYes       MailKind = "reply_yes"
	MailReplyNo        MailKind = "reply_no"
	MailReplyDone      MailKind = "reply_done"
	MailReplySubmitted MailKind = "reply_submitted"
	// MailAutoReply: written by a program (out of office, a receipt): never
	// an answer, never alerted.
	MailAutoReply MailKind = "auto_reply"
	// MailBounce: a delivery report about a mail the case sent; a
	// permanent one needs a person. Never authenticated, never moves a case on.
	MailBounce MailKind = "bounce"
	// MailUnknown: anything else, including a person's reply that says
	// nothing certflow can read.
	MailUnknown MailKind = "unknown"
	// MailConfirmedByOperator is no mail: `starter confirm` stands in for
	// the answer a case waits for.
	MailConfirmedByOperator MailKind = "operator_confirm"
)

// MergeRequest starts a merge case. The case ID is the workflow ID.
type MergeRequest struct {
	Name        string `json:"name"`
	SourceEmail string `json:"source_email"` // the account that is merged away
	TargetEmail string `json:"target_email"` // the account that is kept
	Lang        string `json:"lang"`         // "ja" or "en": the templates used
	// Submit is "form" (the requester submits AWS's web form), "email"
	// (certflow mails the support address), or "" for the worker's default.
	Submit string `json:"submit,omitempty"`
	// Carry is the case's state when it continued as new; nil when the
	// starter started it.
	Carry *CaseCarry `json:"carry,omitempty"`
}

// Summary says in one line what the case is for (the memo, the history).
func (r MergeRequest) Summary() string {
	return fmt.Sprintf("merge %s into %s for %s", r.SourceEmail, r.TargetEmail, r.Name)
}

// ShareRequest starts a share case. The case ID is the workflow ID.
type ShareRequest struct {
	Name      string `json:"name"`
	CertEmail string `json:"cert_email"` // the employee's AWS Certification account
	APNEmail  string `json:"apn_email"`  // the employee's APN login; mail goes here
	Lang      string `json:"lang"`
	// Carry: see MergeRequest.
	Carry *CaseCarry `json:"carry,omitempty"`
}

// Summary says in one line what the case is for (the memo, the history).
func (r ShareRequest) Summary() string {
	return fmt.Sprintf("share the certifications of %s (%s) with the APN account %s", r.Name, r.CertEmail, r.APNEmail)
}

// OutgoingMail asks the SendMail activity to render a template and send it.
type OutgoingMail struct {
	CaseID string `json:"case_id"`
	// Step names this mail within the case; (CaseID, Step) gives the
	// Message-ID, so a retried activity sends the same message, not a new one.
	Step string `json:"step"`
	// Run is the token of the case's run (RunToken), which the Message-ID
	// carries; "" for cases started before it (versionRunToken).
	Run        string            `json:"run,omitempty"`
	Template   string            `json:"template"`
	Lang       string            `json:"lang"`
	To         []string          `json:"to"`
	InReplyTo  string            `json:"in_reply_to,omitempty"`
	References []string          `json:"references,omitempty"`
	Subject    string            `json:"subject,omitempty"` // replaces the template's subject (replies keep the thread's)
	Data       map[string]string `json:"data"`
	// FirstAttempt, when set, is when this step was first tried; the
	// Sent-folder check looks back to it (less a margin). A workflow that
	// schedules the same step again as a new activity must set it; unset,
	// the activity's own scheduled time (kept across its retries) is used.
	FirstAttempt time.Time `json:"first_attempt,omitzero"`
	// Earlier is what an earlier attempt of this step recorded by heartbeat
	// before it stopped (versionSendCarry: each attempt is an activity of its
	// own, so the case hands the record on); SendMail reads it when the
	// activity has no heartbeat of its own.
	Earlier *SendMarker `json:"earlier,omitempty"`
}

// SendMarker is SendMail's heartbeat: the Message-ID it is submitting (its
// final "." about to go) or has sent, and the Date of that mail.
type SendMarker struct {
	Sent       string    `json:"sent,omitempty"`
	Submitting string    `json:"submitting,omitempty"`
	Date       time.Time `json:"date,omitzero"`
}

// SentMail is what SendMail reports back.
type SentMail struct {
	MessageID string `json:"message_id"`
	Subject   string `json:"subject"`
	// Uncertain, when set, says why the mail may not have gone out: an
	// attempt stopped while the SMTP server was taking it, so whether the
	// server took it is unknown. It is not sent again (a mail twice is the
	// worse harm); the case notes it.
	Uncertain string `json:"uncertain,omitempty"`
}

// MailEvent is a message the watcher matched to a case.
type MailEvent struct {
	MessageID string `json:"message_id"`
	// Attached: the operator handed it on (`starter attach`); the case
	// records whether it took it, for the command to report.
	Attached bool      `json:"attached,omitempty"`
	Kind     MailKind  `json:"kind"`
	From     string    `json:"from"`
	Subject  string    `json:"subject"`
	AwsCase  string    `json:"aws_case,omitempty"`
	Date     time.Time `json:"date"`
	// Received is when the mail server received it (IMAP INTERNALDATE),
	// which the sender cannot set; zero when unknown.
	Received   time.Time `json:"received,omitzero"`
	References []string  `json:"references,omitempty"`
	// Authenticated: the From domain is proven (DKIM or a trusted
	// server's Authentication-Results). AWS's mail moves a case only then.
	Authenticated bool `json:"authenticated"`
	// ForwardedBy is who forwarded this AWS mail inside their own; such
	// mail is never authenticated.
	ForwardedBy string `json:"forwarded_by,omitempty"`
	// Trust is what the authentication check found, for the operator.
	Trust []string `json:"trust,omitempty"`
	// Vouched: the operator approved this held mail (starter approve).
	Vouched bool `json:"vouched,omitempty"`
	// Mentions are the mail addresses the mail names (bounded): AWS's mail
	// moves a merge case only when it names both of the case's accounts, or
	// the AWS case number the case learned.
	Mentions []string `json:"mentions,omitempty"`
	// MergeInto are the accounts an aws_consent_request names as the one
	// to merge into (none when it names no direction): a merge case holds
	// one that names another than its own (versionMergeDirection).
	MergeInto []string `json:"merge_into,omitempty"`
	// Watcher is the workflow ID of the mailbox watcher that handed the mail
	// on: a case that ends before reading the mail hands it back there.
	Watcher string `json:"watcher,omitempty"`
	// Sub says what an aws_other mail is: "acknowledgement", "more_info",
	// "refusal", or "".
	Sub string `json:"sub,omitempty"`
	// Excerpt is the first lines of the sender's own words, for the operator.
	Excerpt string `json:"excerpt,omitempty"`
	// Lean is what a MailUnknown reply leans to (MailReplyDone,
	// MailReplySubmitted or MailReplyNo), or "": not an answer, but a wait
	// that asked the question whose answer it is, and where a wrong answer
	// is cheap, takes it (versionLeanAnswers).
	Lean MailKind `json:"lean,omitempty"`
	// Asks are the sentences a reply of an answer kind (MailReplyDone,
	// MailReplySubmitted, MailReplyNo) puts beside its answer, questions or
	// (after a Done or Submitted) news of something else: a case that
	// moves on the answer tells the operator them, and one that cannot
	// reads the reply as the MailUnknown it was before (versionReplyAsks).
	Asks []string `json:"asks,omitempty"`
	// Bounce is the delivery report of a MailBounce.
	Bounce *BounceInfo `json:"bounce,omitempty"`
	// ResolvedBy: the operator said what this mail is (starter resolve).
	ResolvedBy bool `json:"resolved_by_operator,omitempty"`
	// By is the mark that named the case ("in-reply-to", "references",
	// "address", "aws-case", "bounced-message-id", "forwarded-…"), and Run
	// the run token of the certflow Message-ID that named it ("" when it has
	// none): a case turns away mail of another run of its ID.
	By  string `json:"by,omitempty"`
	Run string `json:"run,omitempty"`
	// RepliesTo is the step of the case's own mail whose Message-ID named
	// the case ("steps", "verify-1", "form"), "" when none did: a person's
	// answer is taken only for that mail's question (versionAnswerOwnQuestion).
	RepliesTo string `json:"replies_to,omitempty"`
	// LeanTold: a wait took this mail from its lean, and its Asks hold the
	// reply's words for the operator (versionLeanTold).
	LeanTold bool `json:"lean_told,omitempty"`
}

// BounceInfo is what a delivery report says (unauthenticated).
type BounceInfo struct {
	Permanent  bool   `json:"permanent"`
	Status     string `json:"status,omitempty"`
	Recipient  string `json:"recipient,omitempty"`
	Diagnostic string `json:"diagnostic,omitempty"`
	ReturnedID string `json:"returned_message_id,omitempty"`
}

// ResolveRequest is the operator's word on what a mail of the case is
// (starter resolve): As is consent_request, completed, other, yes, no, done
// or submitted.
type ResolveRequest struct {
	MessageID string `json:"message_id"`
	As        string `json:"as"`
}

// CancelRequest stops a case.
type CancelRequest struct {
	Reason string `json:"reason"`
}

// Event is one line of a case's history, in words.
type Event struct {
	At   time.Time `json:"at"`
	What string    `json:"what"`
}

// Status is what the status query returns and `starter status --json` prints.
type Status struct {
	ID        string  `json:"id"`
	Kind      string  `json:"kind"`
	State     State   `json:"state"`
	AwsCase   string  `json:"aws_case"`
	Requester string  `json:"requester"`
	Events    []Event `json:"events"`
	// Held is mail that would have moved the case but is not authenticated:
	// kept as evidence until the operator approves it or genuine mail comes.
	Held *MailEvent `json:"held,omitempty"`
	// HeldMails are all the mails held in the case's wait, newest last;
	// `starter approve CASE MESSAGE-ID` names one.
	HeldMails []MailEvent `json:"held_mails,omitempty"`
	// Resolvable are the mails the operator can say what they are
	// (aws_other, unknown), newest last; see ResolveRequest.
	Resolvable []MailEvent `json:"resolvable,omitempty"`
}

// Watermark is how far a mailbox has been handled: every message with a UID
// up to LastUID under this UIDValidity has been handed on.
type Watermark struct {
	UIDValidity uint32 `json:"uid_validity"`
	LastUID     uint32 `json:"last_uid"`
	// FailedUID, Failures and LastFailure count the failures to download or
	// file the next message (imapwatch.Watermark), carried in the watch's
	// heartbeats so a restarted watch goes on counting.
	FailedUID   uint32 `json:"failed_uid,omitempty"`
	Failures    int    `json:"failures,omitempty"`
	LastFailure string `json:"last_failure,omitempty"`
}

// UnmatchedMail is a message that matched no case (it stays in the inbox),
// or one that was quarantined (moved to the quarantine folder).
type UnmatchedMail struct {
	UID       uint32    `json:"uid"`
	MessageID string    `json:"message_id"`
	From      string    `json:"from"`
	Subject   string    `json:"subject"`
	Date      time.Time `json:"date"`
	Reason    string    `json:"reason"`
	// Kind and AwsCase are what classification made of it, so that
	// `starter attach` can hand it to a case as it would have been.
	Kind    MailKind `json:"kind,omitempty"`
	AwsCase string   `json:"aws_case,omitempty"`
	// Authenticated, ForwardedBy and Trust are as in MailEvent, so an
	// attached mail is trusted no more than it would have been.
	Authenticated bool     `json:"authenticated,omitempty"`
	ForwardedBy   string   `json:"forwarded_by,omitempty"`
	Trust         []string `json:"trust,omitempty"`
	// Mentions are as in MailEvent (fewer): AWS's attached mail is bound to
	// the case by the accounts it names, as it would have been.
	Mentions []string `json:"mentions,omitempty"`
	// MergeInto is as in MailEvent: an attached consent request is checked
	// for where it merges into as any other.
	MergeInto []string `json:"merge_into,omitempty"`
	// Lean is as in MailEvent, so an attached reply leans as it did.
	Lean MailKind `json:"lean,omitempty"`
	// Asks are as in MailEvent, so an attached answer brings its questions.
	Asks []string `json:"asks,omitempty"`
}

// HandedMark is the highest UID a watcher has ever handed on under
// UIDValidity. It is kept apart from the Watermark, which a watch resumes
// from and which may be set back: a \Seen message offered again at or below
// the mark was handed on before, while one above it was never handed on and
// was opened by a person (with no processed folder, handled mail is only
// flagged \Seen).
type HandedMark struct {
	UIDValidity uint32 `json:"uid_validity"`
	UID         uint32 `json:"uid"`
}

// Raise returns the mark raised to what w says was handed on; a new
// UIDVALIDITY starts it again from w, and a watermark of no folder yet
// changes nothing.
func (m HandedMark) Raise(w Watermark) HandedMark {
	switch {
	case w.UIDValidity == 0:
		return m
	case w.UIDValidity != m.UIDValidity:
		return HandedMark{UIDValidity: w.UIDValidity, UID: w.LastUID}
	}
	return HandedMark{UIDValidity: m.UIDValidity, UID: max(m.UID, w.LastUID)}
}

// Covers reports whether the message uid, under uidValidity, was handed on
// before.
func (m HandedMark) Covers(uidValidity, uid uint32) bool {
	return uidValidity != 0 && uidValidity == m.UIDValidity && uid <= m.UID
}

// WatchMailboxInput starts one run of the WatchMailbox activity.
type WatchMailboxInput struct {
	Mailbox   string    `json:"mailbox"` // the watcher's name: login/folder
	Folder    string    `json:"folder"`
	Watermark Watermark `json:"watermark"`
	// HandedOn is the watcher's HandedMark.
	HandedOn HandedMark `json:"handed_on,omitempty"`
}

// WatcherHealth is the state of the connection, as the watch last reported it.
type WatcherHealth struct {
	Connected  bool      `json:"connected"`
	Since      time.Time `json:"since"`
	Reconnects int       `json:"reconnects"`
	Failures   int       `json:"failures"`
	LastError  string    `json:"last_error,omitempty"`
}

// WatcherInput is the mailbox watcher's state, carried across continue-as-new.
type WatcherInput struct {
	Mailbox     string          `json:"mailbox"`
	Folder      string          `json:"folder"`
	Watermark   Watermark       `json:"watermark"`
	HandedOn    HandedMark      `json:"handed_on,omitempty"`
	Unmatched   []UnmatchedMail `json:"unmatched,omitempty"`
	Quarantined []UnmatchedMail `json:"quarantined,omitempty"`
	Health      WatcherHealth   `json:"health"`
	// UnmatchedDropped and QuarantinedDropped count the oldest entries the
	// lists dropped to stay within their bounds (the mail stays in its folder).
	UnmatchedDropped   int `json:"unmatched_dropped,omitempty"`
	QuarantinedDropped int `json:"quarantined_dropped,omitempty"`
	// HandBacksDropped counts the entries of UnmatchedDropped that cases had
	// handed back (versionWatcherHandBacks): their mail has left the folder
	// (the processed folder, or flagged \Seen there).
	HandBacksDropped int `json:"hand_backs_dropped,omitempty"`
}

// WatcherStatus is what the watcher's status query returns.
type WatcherStatus struct {
	Mailbox     string          `json:"mailbox"`
	Watermark   Watermark       `json:"watermark"`
	HandedOn    HandedMark      `json:"handed_on,omitempty"`
	Health      WatcherHealth   `json:"health"`
	Runs        int             `json:"runs"`
	Unmatched   []UnmatchedMail `json:"unmatched"`
	Quarantined []UnmatchedMail `json:"quarantined"`
	// UnmatchedDropped and QuarantinedDropped: see WatcherInput.
	UnmatchedDropped   int `json:"unmatched_dropped,omitempty"`
	QuarantinedDropped int `json:"quarantined_dropped,omitempty"`
	// HandBacksDropped counts the entries of UnmatchedDropped that cases had
	// handed back (versionWatcherHandBacks): their mail has left the folder
	// (the processed folder, or flagged \Seen there).
	HandBacksDropped int `json:"hand_backs_dropped,omitempty"`
}
