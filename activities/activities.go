// Package activities connects the workflows to the world: it renders and
// sends mail, and runs the mailbox watch that turns mail into signals. Each
// activity is a thin adapter over the mail packages.
package activities

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/credential"
	"github.com/certflow/certflow/mail/imapconn"
	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/mail/sentbox"
	"github.com/certflow/certflow/mail/triage"
	"github.com/certflow/certflow/metrics"
	"github.com/certflow/certflow/templates"
	"github.com/certflow/certflow/workflows"
)

// Activities holds what the activities need; the worker builds one and
// registers its methods under the names in package workflows.
type Activities struct {
	Config    config.Worker
	Client    client.Client // signals cases and the watcher, finds cases by AWS case number
	Sender    *send.Sender
	Templates *templates.Set
	Triage    triage.Triager // parse, classify, correlate, authenticate: as `starter classify` does
	Logger    *slog.Logger
	// Metrics counts mail in and out; nil records nothing.
	Metrics *metrics.Metrics
	// WatchSlice is how long one WatchMailbox run lasts before it returns its
	// watermark to the watcher workflow (whose status query shows it). Zero
	// means 5 minutes.
	WatchSlice time.Duration

	sentOnce sync.Once
	sent     *sentbox.Box
	// crashAt, set by tests only, is called at the points of a send where a
	// worker may die (see sendcrash_test.go); it may block for ever, as a
	// dead worker's attempt does.
	crashAt func(point string)
}

// mayCrash marks a point of a send where a worker may die.
func (a *Activities) mayCrash(point string) {
	if a.crashAt != nil {
		a.crashAt(point)
	}
}

// CasePolicy returns the settings a case runs under.
func (a *Activities) CasePolicy(ctx context.Context) (workflows.Policy, error) {
	return workflows.NewPolicy(a.Config), nil
}

// SendMail renders a template and submits the mail. Its Message-ID comes from
// (case, step, run), and replies to it come back to the case's plus-address.
//
// A retry of the step never sends the mail twice, whatever point the
// earlier attempt died at. Right before the final "." of the SMTP
// submission the step records by heartbeat that it is submitting (the
// send is dropped if that record fails); once the server took the mail it
// keeps a copy in the Sent folder (where that fails, it records "sent" by
// heartbeat and stores the copy in the background). A retry that finds the
// copy (or "sent") sends nothing; one that finds only "submitting" cannot
// know whether the server took the mail, and sends nothing either: it
// reports the send as uncertain (logged, counted in
// certflow_mail_outcome_unknown_total, noted in the case's history). An
// attempt that died before that record had not sent the mail, and its
// retry sends it. That is one heartbeat a send, as many as before. A case
// runs each attempt as an activity of its own and hands the last attempt's
// heartbeat on (in.Earlier), so "submitting" and "sent" reach every later
// attempt of the step, not only those of one activity.
func (a *Activities) SendMail(ctx context.Context, in workflows.OutgoingMail) (workflows.SentMail, error) {
	data := map[string]string{"ReplyAddress": correlate.ReplyAddress(a.Config.From, in.CaseID)}
	for k, v := range in.Data {
		data[k] = v
	}
	text, err := a.Templates.Render(in.Lang, in.Template, data)
	if err != nil {
		return workflows.SentMail{}, temporal.NewNonRetryableApplicationError(err.Error(), "TemplateError", err)
	}
	subject := text.Subject
	if in.Subject != "" {
		subject = in.Subject
	}
	_, domain, _ := strings.Cut(a.Config.From, "@")
	id := correlate.RunMessageID(in.CaseID, in.Step, in.Run, domain)
	earlier := a.earlierAttempt(ctx, in, id)
	m := send.Message{
		MessageID:  id,
		FromName:   a.Config.FromName,
		From:       a.Config.From,
		ReplyTo:    correlate.ReplyAddress(a.Config.From, in.CaseID),
		To:         in.To,
		Subject:    subject,
		Body:       text.Body,
		InReplyTo:  in.InReplyTo,
		References: in.References,
		Date:       time.Now(),
	}
	if !earlier.Date.IsZero() {
		m.Date = earlier.Date // the copy a retry stores is the mail that went out
	}
	raw, err := send.Compose(m)
	if err != nil {
		return workflows.SentMail{}, temporal.NewNonRetryableApplicationError(err.Error(), "MailInvalid", err)
	}
	o := outgoing{in: in, m: m, raw: raw, log: a.Logger.With("case_id", in.CaseID, "step", in.Step, "message_id", id),
		out: workflows.SentMail{MessageID: id, Subject: subject}}
	sent := a.sentBox()
	if earlier.Sent == id {
		// Its copy is in Sent or waits on the worker that sent it (the
		// heartbeat is recorded only then), to be stored from there.
		o.log.Info("mail already sent by an earlier attempt (its heartbeat says so); not sending again")
		return o.out, nil
	}
	// Without the Sent folder a retry cannot know, so it waits for it.
	already, err := sent.Contains(ctx, id, a.firstAttempt(ctx, in))
	if err != nil {
		return workflows.SentMail{}, fmt.Errorf("search the Sent folder for an earlier attempt: %w", err)
	}
	if already {
		o.log.Info("mail already sent by an earlier attempt; not sending again")
		return o.out, nil
	}
	if earlier.Submitting == id {
		return a.outcomeUnknown(ctx, o, "an earlier attempt of this step stopped while the SMTP server was taking the mail")
	}
	return a.submit(ctx, o)
}

// outgoing is one mail of SendMail, rendered.
type outgoing struct {
	in  workflows.OutgoingMail
	m   send.Message
	raw []byte
	log *slog.Logger
	out workflows.SentMail
}

// submit sends the mail over SMTP, recording the intent right before the
// server takes it, and its sending after.
func (a *Activities) submit(ctx context.Context, o outgoing) (workflows.SentMail, error) {
	id := o.m.MessageID
	a.mayCrash("before-submit")
	committed := false
	err := a.Sender.SendCommitting(ctx, o.m, func() error {
		if err := a.beat(ctx, sendMarker{Submitting: id, Date: o.m.Date}); err != nil {
			return fmt.Errorf("record the submission in Temporal: %w", err)
		}
		committed = true
		a.mayCrash("committing")
		return nil
	})
	switch {
	case errors.Is(err, send.ErrOutcomeUnknown):
		return a.outcomeUnknown(ctx, o, err.Error())
	case err != nil:
		if committed {
			// The server answered no: a retry must know that nothing went out.
			if err := a.beat(ctx, sendMarker{}); err != nil {
				o.log.Error("the send failed but that could not be recorded; "+
					"a retry will take it as uncertain and not send it", "error", err)
			}
		}
		a.Metrics.SendFailed(o.in.Template, errors.Is(err, send.ErrPermanent))
		if errors.Is(err, send.ErrPermanent) {
			return workflows.SentMail{}, temporal.NewNonRetryableApplicationError(err.Error(), "MailRefused", err)
		}
		return workflows.SentMail{}, err
	}
	a.Metrics.Sent(o.in.Template)
	a.mayCrash("accepted")
	// The mail went out: from here on nothing may fail the step, or its
	// retry would send it again. A retry finds the copy; until it is
	// stored, it finds "submitting" and sends nothing either.
	if err := a.sentBox().Keep(ctx, id, o.raw, o.m.Date); err != nil {
		// Stored in the background; a retry elsewhere learns from the
		// heartbeat that the mail went out.
		o.log.Warn("mail sent but its copy is not in the Sent folder yet; storing it in the background", "error", err)
		if err := a.beat(ctx, sendMarker{Sent: id, Date: o.m.Date}); err != nil {
			o.log.Warn("mail sent but that could not be recorded in Temporal; a retry will not send it again", "error", err)
		}
		a.mayCrash("recorded")
	}
	a.mayCrash("stored")
	o.log.Info("mail sent", "to", strings.Join(o.in.To, ","))
	return o.out, nil
}

// outcomeUnknown ends a send the SMTP server may or may not have taken. A
// mail twice is the worse harm (a second consent, a second notice to a
// person), so it is not sent again: it is recorded as sent, its copy kept,
// and the case notes that it may not have gone out. The case's own
// reminders and give-up (which follow up with AWS, and hand the case to
// the operator) catch a mail that was in fact lost.
func (a *Activities) outcomeUnknown(ctx context.Context, o outgoing, why string) (workflows.SentMail, error) {
	a.Metrics.OutcomeUnknown(o.in.Template)
	o.log.Error("mail may or may not have gone out; not sending it again", "why", why)
	if err := a.beat(ctx, sendMarker{Sent: o.m.MessageID, Date: o.m.Date}); err != nil {
		o.log.Warn("cannot record the uncertain send in Temporal", "error", err)
	}
	if err := a.sentBox().Keep(ctx, o.m.MessageID, o.raw, o.m.Date); err != nil {
		o.log.Warn("the copy is not in the Sent folder yet; storing it in the background", "error", err)
	}
	o.out.Uncertain = why
	return o.out, nil
}

// sendMarker is SendMail's heartbeat (workflows.SendMarker).
type sendMarker = workflows.SendMarker

// beat records m as this attempt's heartbeat and waits for Temporal to
// have it (the SDK's own RecordHeartbeat may batch a heartbeat and does
// not say whether it arrived). Outside a worker (the SDK's test
// environment) it uses the SDK's.
func (a *Activities) beat(ctx context.Context, m sendMarker) error {
	if !activity.IsActivity(ctx) {
		return nil
	}
	info := activity.GetInfo(ctx)
	if a.Client == nil || len(info.TaskToken) == 0 {
		activity.RecordHeartbeat(ctx, m)
		return nil
	}
	return a.Client.RecordActivityHeartbeat(ctx, info.TaskToken, m)
}

// earlierAttempt is what an earlier attempt of this step recorded about
// mail id: in this activity's heartbeat, or else in what the case handed on
// from the attempt before (in.Earlier, when each attempt is an activity of
// its own). Nothing, if neither says anything about id.
func (a *Activities) earlierAttempt(ctx context.Context, in workflows.OutgoingMail, id string) sendMarker {
	var m sendMarker
	if !activity.IsActivity(ctx) || !activity.HasHeartbeatDetails(ctx) || activity.GetHeartbeatDetails(ctx, &m) != nil {
		m = sendMarker{}
	}
	if m.Sent != id && m.Submitting != id && in.Earlier != nil {
		m = *in.Earlier
	}
	if m.Sent != id && m.Submitting != id {
		return sendMarker{}
	}
	return m
}

// firstAttempt is when this step was first tried, which bounds the Sent
// search: the copy of an earlier attempt is never older. Temporal keeps an
// activity's scheduled time across its retries, however many days apart;
// a workflow that schedules the same step anew says when it first did.
func (a *Activities) firstAttempt(ctx context.Context, in workflows.OutgoingMail) time.Time {
	if !in.FirstAttempt.IsZero() {
		return in.FirstAttempt
	}
	if activity.IsActivity(ctx) {
		return activity.GetInfo(ctx).ScheduledTime
	}
	return time.Time{} // not run as an activity (a test): search all of Sent
}

// sentBox is the worker's one Sent folder, opened on first use, whose
// sessions all sends share.
func (a *Activities) sentBox() *sentbox.Box {
	a.sentOnce.Do(func() {
		conn := a.connConfig()
		conn.OnLogin = a.Metrics.LoginCounter("sent")
		a.sent = sentbox.New(conn, a.Config.SentFolder, imapconn.PoolConfig{Size: a.Config.SentSessions})
		a.sent.OnPending = a.Metrics.SetSentPending
	})
	return a.sent
}

// Close logs out the Sent folder's sessions (after the worker stopped, so
// no send is running).
func (a *Activities) Close() {
	a.sentOnce.Do(func() {}) // nothing opened: nothing to open now
	if a.sent != nil {
		a.sent.Close()
	}
}

// NewSender builds the Sender the worker submits mail with from its
// settings, so the worker and tests wire SMTP the same way.
func NewSender(cfg config.Worker) (*send.Sender, error) {
	return send.NewSender(send.Config{
		Address: cfg.SMTP.Address, Username: cfg.SMTP.Username,
		Auth: cfg.SMTP.Auth, Password: cfg.SMTP.Password, Token: credential.TokenFile(cfg.SMTP.TokenFile),
		TLS: cfg.SMTP.TLS, Sessions: cfg.SMTP.Sessions,
	})
}

func (a *Activities) connConfig() imapconn.Config {
	return imapconn.Config{
		Address: a.Config.IMAP.Address, Username: a.Config.IMAP.Username,
		Auth: a.Config.IMAP.Auth, Password: a.Config.IMAP.Password, Token: credential.TokenFile(a.Config.IMAP.TokenFile),
		TLS: a.Config.IMAP.TLS, Timeout: a.Config.IMAP.Watchdog, Logger: a.Logger,
	}
}

// WatchMailbox watches the configured folder for a while, signalling each
// matched mail to its case, and returns the watermark reached. It heartbeats
// the watermark, so a retry after a crash resumes where the last one stopped;
// a mail handed on twice is harmless because cases ignore a Message-ID they
// have seen.
func (a *Activities) WatchMailbox(ctx context.Context, in workflows.WatchMailboxInput) (workflows.Watermark, error) {
	from := resumedWatermark(ctx, in.Watermark)
	watchCtx, cancel := context.WithTimeout(ctx, a.watchSlice())
	defer cancel()
	// A worker that is shutting down ends the watch and reports the
	// watermark, so the next worker resumes at once rather than after the
	// heartbeat timeout, and from exactly here.
	go func() {
		select {
		case <-activity.GetWorkerStopChannel(ctx):
			cancel()
		case <-watchCtx.Done():
		}
	}()
	live := newWatchLiveness(ctx, from, a.watchLivenessBound())
	go live.keepBeating(watchCtx.Done(), func(quiet time.Duration) {
		a.Logger.Error("mailbox watch shows no progress; letting its heartbeat lapse so it is restarted",
			"mailbox", in.Mailbox, "quiet", quiet.Round(time.Second))
	})
	watcherID := activity.GetInfo(ctx).WorkflowExecution.ID
	scope := watchScope{watcher: watcherID, folder: in.Folder, handed: in.HandedOn.Raise(from)}
	handle := func(ctx context.Context, m imapwatch.Message) (imapwatch.Verdict, error) {
		return a.handOn(ctx, scope, m)
	}
	mark := imapwatch.Run(watchCtx, a.watchConfig(in.Folder), imapwatch.Watermark{UIDValidity: from.UIDValidity,
		LastUID: from.LastUID, FailedUID: from.FailedUID, Failures: from.Failures, LastFailure: from.LastFailure},
		handle, live.beat, a.healthReporter(ctx, watcherID, in, live), imapwatch.DefaultBackoff)
	return watchResult(ctx, toWatermark(mark))
}

// resumedWatermark is where a watch starts: the watermark its last attempt
// heartbeated, or else the watcher's.
func resumedWatermark(ctx context.Context, from workflows.Watermark) workflows.Watermark {
	if activity.HasHeartbeatDetails(ctx) {
		var beat workflows.Watermark
		if err := activity.GetHeartbeatDetails(ctx, &beat); err == nil {
			return beat
		}
	}
	return from
}

// watchSlice is how long one watch lasts.
func (a *Activities) watchSlice() time.Duration {
	if a.WatchSlice <= 0 {
		return 5 * time.Minute
	}
	return a.WatchSlice
}

// watchLivenessBound is how long a watch may show no life: an IDLE refresh
// or poll, a watchdog, the download of the largest message (its watchdog
// is scaled to its size), and the longest reconnect backoff.
func (a *Activities) watchLivenessBound() time.Duration {
	return max(a.Config.IMAP.IdleRefresh, a.Config.IMAP.PollInterval) + a.Config.IMAP.Watchdog +
		imapwatch.FetchWatchdog(a.Config.IMAP.Watchdog, a.Config.MaxMessageBytes, 0) + imapwatch.DefaultBackoff.Max
}

// healthReporter reports the watch's connection health to its watcher and
// counts reconnects; a reconnect attempt is life too.
func (a *Activities) healthReporter(ctx context.Context, watcherID string, in workflows.WatchMailboxInput,
	live *watchLiveness) func(imapwatch.Health) {
	reconnects := 0 // imapwatch.Run counts from zero in each run
	return func(h imapwatch.Health) {
		live.lifeSign()
		a.Metrics.Reconnected(in.Folder, h.Reconnects-reconnects)
		reconnects = h.Reconnects
		health := workflows.WatcherHealth{Connected: h.Connected, Since: h.Since, Reconnects: h.Reconnects,
			Failures: h.Failures, LastError: h.LastError}
		if err := a.Client.SignalWorkflow(ctx, watcherID, "", workflows.SignalHealth, health); err != nil {
			a.Logger.Warn("cannot report the watch's health", "mailbox", in.Mailbox, "error", err)
		}
	}
}

// watchResult is what a watch returns: the watermark it reached, with why
// it ended when it was cancelled or timed out.
func watchResult(ctx context.Context, out workflows.Watermark) (workflows.Watermark, error) {
	if errors.Is(ctx.Err(), context.Canceled) {
		// Cancelled by the watcher, which continues as new: the watermark
		// reached goes with the cancel, so the next history starts from it
		// instead of offering this run's mail again.
		return out, temporal.NewCanceledError(out)
	}
	if ctx.Err() != nil {
		// Timed out: nothing will read a result.
		return out, ctx.Err()
	}
	return out, nil
}

func toWatermark(w imapwatch.Watermark) workflows.Watermark {
	return workflows.Watermark{UIDValidity: w.UIDValidity, LastUID: w.LastUID,
		FailedUID: w.FailedUID, Failures: w.Failures, LastFailure: w.LastFailure}
}

func (a *Activities) watchConfig(folder string) imapwatch.Config {
	return imapwatch.Config{
		Conn: a.watchConn(), Mailbox: folder, Refresh: a.Config.IMAP.IdleRefresh, PollInterval: a.Config.IMAP.PollInterval,
		ProcessedFolder: a.Config.ProcessedFolder, QuarantineFolder: a.Config.QuarantineFolder,
		MaxMessageBytes: a.Config.MaxMessageBytes, Logger: a.Logger,
	}
}

func (a *Activities) watchConn() imapconn.Config {
	c := a.connConfig()
	c.OnLogin = a.Metrics.LoginCounter("watch")
	return c
}

// watchScope is what a watch hands a message on within: the watcher whose
// lists it goes on, the folder, and the highest UID the watcher has handed
// on before.
type watchScope struct {
	watcher, folder string
	handed          workflows.HandedMark
}

// handOn parses, classifies and correlates one message, then signals its
// case; mail that matches no case is put on the watcher's unmatched list and
// left unread in the folder.
func (a *Activities) handOn(ctx context.Context, scope watchScope, raw imapwatch.Message) (imapwatch.Verdict, error) {
	watcherID, folder := scope.watcher, scope.folder
	// The delay metric runs from here: the watcher has the message in hand.
	seen := time.Now()
	a.Metrics.Received(folder)
	if raw.TooLarge || raw.Unfetched || raw.Raw == nil {
		return a.handOnUnread(ctx, watcherID, folder, raw)
	}
	r := a.Triage.Read(ctx, raw.Raw)
	if r.Kind == classify.Invalid {
		return a.quarantineInvalid(ctx, watcherID, folder, raw.UID, r)
	}
	if r.Message.MessageID == "" {
		// Without a Message-ID a case cannot de-duplicate: the header names it.
		r.Message.MessageID = message.HeaderID(raw.Raw)
	}
	ev := mailEvent(r, watcherID, raw.Received)
	log := a.Logger.With("message_id", ev.MessageID, "uid", raw.UID)
	caseID := r.Case
	if caseID == "" && r.AwsCase != "" {
		found, err := a.caseByAwsNumber(ctx, r.AwsCase)
		if err != nil {
			if ctx.Err() != nil {
				return 0, err // the watch is stopping: the mail is offered again
			}
			// Visibility failed on this one lookup: the mail is listed with
			// the error, so it never holds up the mail behind it. Were
			// Temporal down, listing fails too and the watch retries it.
			log.Warn("cannot look up the case of an AWS case number", "aws_case", r.AwsCase, "error", err)
			a.Metrics.Unmatched(folder, "lookup_failed")
			return a.unmatched(ctx, watcherID, workflows.ListedMail(ev, raw.UID,
				fmt.Sprintf("names AWS case %s, but the lookup of its case failed: %v", r.AwsCase, err)))
		}
		caseID, ev.By = found, "aws-case"
	}
	if caseID == "" {
		log.Info("mail matches no case", "from", ev.From, "subject", ev.Subject, "kind", r.Kind)
		a.Metrics.Unmatched(folder, "no_case")
		return a.unmatched(ctx, watcherID, workflows.ListedMail(ev, raw.UID, "names no case"))
	}
	if movesACase(r.Kind) && !r.Authenticated {
		a.noteHeld(folder, caseID, ev, r.Reasons, log)
	}
	return a.signalCase(ctx, scope, caseID, raw, ev, log, seen)
}

// handOnUnread hands on a message the watch could not read: too large (it
// is quarantined), not served by the server (listed, left in the folder),
// or expunged before it could be fetched.
func (a *Activities) handOnUnread(ctx context.Context, watcherID, folder string,
	raw imapwatch.Message) (imapwatch.Verdict, error) {
	listed := workflows.UnmatchedMail{UID: raw.UID}
	switch {
	case raw.TooLarge:
		a.Metrics.Quarantined(folder, "too_large")
		listed.Reason = fmt.Sprintf("%d bytes, over the %d-byte limit (CERTFLOW_IMAP_MAX_MESSAGE_BYTES)",
			raw.Size, a.Config.MaxMessageBytes)
		return a.quarantine(ctx, watcherID, listed)
	case raw.Unfetched && raw.Failure != "":
		a.Metrics.Unmatched(folder, "unfetched")
		listed.Reason = fmt.Sprintf("the watch failed %d times to download or file UID %d (last: %s); "+
			"it is left in the folder, and may have reached its case before: read it there, or have it delivered again",
			imapwatch.FailLimit, raw.UID, raw.Failure)
		return a.unmatched(ctx, watcherID, listed)
	case raw.Unfetched:
		a.Metrics.Unmatched(folder, "unfetched")
		listed.Reason = fmt.Sprintf("the server returned nothing for UID %d although it is in the folder; "+
			"it is left there unread: read it there, or have it delivered again", raw.UID)
		return a.unmatched(ctx, watcherID, listed)
	}
	return imapwatch.Handled, nil // expunged before it could be fetched (a search no longer finds it)
}

// quarantineInvalid quarantines a message triage could not read.
func (a *Activities) quarantineInvalid(ctx context.Context, watcherID, folder string, uid uint32,
	r triage.Report) (imapwatch.Verdict, error) {
	why, reason := "cannot be parsed: ", "unparseable"
	if r.OverLimit {
		why, reason = "over a limit: ", "over_limit"
	}
	a.Metrics.Quarantined(folder, reason)
	return a.quarantine(ctx, watcherID, workflows.UnmatchedMail{UID: uid, Reason: why + strings.Join(r.Reasons, "; ")})
}

// noteHeld counts and logs AWS's word, or a person's answer, that is not
// authenticated: the case holds it (when it is what the case waits for).
func (a *Activities) noteHeld(folder, caseID string, ev workflows.MailEvent, reasons []string, log *slog.Logger) {
	held := "not_authenticated"
	if ev.ForwardedBy != "" {
		held = "forwarded"
	}
	a.Metrics.HeldForTrust(folder, held)
	log.Warn("mail that would move a case is not authenticated; its case will hold it", "case_id", caseID, "from", ev.From,
		"forwarded_by", ev.ForwardedBy, "reasons", strings.Join(reasons, "; "))
}

// signalCase hands ev to its case. A case that is not running, or that
// refuses the mail for good, puts it on the unmatched list; a passing
// failure fails the step, so the watch offers the mail again.
func (a *Activities) signalCase(ctx context.Context, scope watchScope, caseID string, raw imapwatch.Message,
	ev workflows.MailEvent, log *slog.Logger, seen time.Time) (imapwatch.Verdict, error) {
	watcherID, folder := scope.watcher, scope.folder
	err := a.Client.SignalWorkflow(ctx, caseID, "", workflows.SignalMail, ev)
	var notFound *serviceerror.NotFound
	switch {
	case errors.As(err, &notFound) && raw.Seen && a.Config.ProcessedFolder == "" &&
		scope.handed.Covers(raw.UIDValidity, raw.UID):
		// Handled mail stays in the folder flagged \Seen; offered again at
		// or below the highest UID this watcher ever handed on (a watermark
		// that went back), it was handed on before, to a case that has
		// ended since: listing it now would list it twice. \Seen alone
		// says nothing: people read the shared inbox.
		log.Info("mail handled before, offered again; its case has ended since", "case_id", caseID)
		return imapwatch.Handled, nil
	case errors.As(err, &notFound):
		log.Info("mail names a case that is not running", "case_id", caseID, "seen", raw.Seen)
		a.Metrics.Unmatched(folder, "case_not_running")
		return a.unmatched(ctx, watcherID, workflows.ListedMail(ev, raw.UID, notRunning(caseID, raw.Seen)))
	case err != nil && ctx.Err() != nil:
		return 0, err // the watch is stopping: the mail is offered again
	case err != nil && passing(err):
		// The frontend restarting, a rate limit, a busy case: a retry
		// will deliver it, and listing it would leave the case waiting.
		// The step fails, the watermark stays, and the watch offers it
		// again after its backoff (a signal that did arrive is harmless
		// twice: cases ignore a Message-ID they have seen).
		log.Warn("mail not handed to its case yet; the watch will offer it again", "case_id", caseID, "error", err)
		return 0, fmt.Errorf("hand mail to case %s: %w", caseID, err)
	case err != nil:
		// The case refused it (too many signals, too large, closing) or
		// Temporal failed on this one mail in a way a retry will not change:
		// it goes to the unmatched list with the error, so one mail never
		// holds up the mail behind it. Were Temporal down, listing fails too
		// and the watch retries it.
		log.Warn("mail cannot be handed to its case", "case_id", caseID, "error", err)
		a.Metrics.Unmatched(folder, "signal_failed")
		why := fmt.Sprintf("could not be handed to case %s: %v", caseID, err)
		return a.unmatched(ctx, watcherID, workflows.ListedMail(ev, raw.UID, why))
	}
	a.Metrics.Matched(folder, ev.By, time.Since(seen))
	log.Info("mail handed to its case", "case_id", caseID, "by", ev.By, "kind", ev.Kind,
		"authenticated", ev.Authenticated)
	return imapwatch.Handled, nil
}

// notRunning is why mail to caseID, which is not running, is listed.
func notRunning(caseID string, seen bool) string {
	why := "case " + caseID + " is not running"
	if seen {
		why += "; it was already opened (flagged \\Seen) when the watch first saw it: by a person, or it reached " +
			"its case before the watcher's state was lost or the folder's UIDVALIDITY changed"
	}
	return why
}

// passing reports whether a signal failed for a reason that a retry may
// not meet: the server unreachable or restarting, a deadline, a cancel, or
// a rate or load limit. A refusal of this one mail (InvalidArgument: too
// large, or the per-run signal limit, which server v1.32 reports so;
// FailedPrecondition; a ResourceExhausted of storage) and any error of an
// unknown kind are not passing: the mail is listed rather than retried
// for ever, since the watch counts no failure of its handler.
func passing(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var exhausted *serviceerror.ResourceExhausted
	if errors.As(err, &exhausted) {
		switch exhausted.Cause {
		case enumspb.RESOURCE_EXHAUSTED_CAUSE_RPS_LIMIT, enumspb.RESOURCE_EXHAUSTED_CAUSE_CONCURRENT_LIMIT,
			enumspb.RESOURCE_EXHAUSTED_CAUSE_SYSTEM_OVERLOADED, enumspb.RESOURCE_EXHAUSTED_CAUSE_PERSISTENCE_LIMIT,
			enumspb.RESOURCE_EXHAUSTED_CAUSE_BUSY_WORKFLOW, enumspb.RESOURCE_EXHAUSTED_CAUSE_APS_LIMIT,
			enumspb.RESOURCE_EXHAUSTED_CAUSE_CIRCUIT_BREAKER_OPEN, enumspb.RESOURCE_EXHAUSTED_CAUSE_OPS_LIMIT:
			return true
		}
		return false
	}
	var unavailable *serviceerror.Unavailable
	var deadline *serviceerror.DeadlineExceeded
	var canceled *serviceerror.Canceled
	var aborted *serviceerror.Aborted
	var notReady *serviceerror.WorkflowNotReady
	return errors.As(err, &unavailable) || errors.As(err, &deadline) || errors.As(err, &canceled) ||
		errors.As(err, &aborted) || errors.As(err, &notReady)
}

// mailEvent is the one way from a triage report to the mail a case is
// handed (the unmatched list's entries are made from it too, and `starter
// attach` makes the mail back from an entry: workflows.ListedMail,
// workflows.AttachedMail). received is the server's INTERNALDATE.
func mailEvent(r triage.Report, watcherID string, received time.Time) workflows.MailEvent {
	m := r.Message
	ev := workflows.MailEvent{
		MessageID: m.MessageID, Kind: workflows.MailKind(r.Kind), From: m.From.Address,
		Subject: m.Subject, AwsCase: r.AwsCase, Date: m.Date, Received: received, References: m.References,
		Authenticated: r.Authenticated, Trust: r.Reasons, Sub: r.Sub, Excerpt: r.Excerpt, Lean: workflows.MailKind(r.Lean),
		Mentions: r.Mentions, MergeInto: r.MergeInto, Asks: r.Asks,
		Watcher: watcherID,
		By:      r.By, Run: r.Run, RepliesTo: r.Step,
	}
	if b := r.Bounce; b != nil {
		ev.Bounce = &workflows.BounceInfo{Permanent: b.Permanent, Status: b.Status, Recipient: b.Recipient,
			Diagnostic: b.Diagnostic, ReturnedID: b.ReturnedID}
	}
	if inner := r.Forwarded; inner != nil {
		// The case answers AWS, in AWS's thread, never the forwarder.
		ev.ForwardedBy = m.From.Address
		ev.From, ev.Subject, ev.References = inner.From.Address, inner.Subject, inner.References
		if !inner.Date.IsZero() {
			ev.Date = inner.Date
		}
	}
	return workflows.BoundEvent(ev)
}

// unmatched lists u on the watcher's unmatched list; the mail stays unread
// in the folder.
func (a *Activities) unmatched(ctx context.Context, watcherID string,
	u workflows.UnmatchedMail) (imapwatch.Verdict, error) {
	return imapwatch.Kept, a.signalList(ctx, watcherID, workflows.SignalUnmatched, u)
}

// quarantine reports a message that cannot be used; the watcher moves it to
// the quarantine folder so it never blocks the messages behind it.
func (a *Activities) quarantine(ctx context.Context, watcherID string,
	u workflows.UnmatchedMail) (imapwatch.Verdict, error) {
	a.Logger.Warn("mail quarantined", "uid", u.UID, "message_id", u.MessageID, "reason", u.Reason)
	return imapwatch.Quarantined, a.signalList(ctx, watcherID, workflows.SignalQuarantined, u)
}

// signalList puts u on the watcher's list that signal names.
func (a *Activities) signalList(ctx context.Context, watcherID, signal string, u workflows.UnmatchedMail) error {
	if err := a.Client.SignalWorkflow(ctx, watcherID, "", signal, u); err != nil {
		return fmt.Errorf("report %s mail: %w", signal, err)
	}
	return nil
}

// caseByAwsNumber finds the running case that learned an AWS case number.
func (a *Activities) caseByAwsNumber(ctx context.Context, awsCase string) (string, error) {
	resp, err := a.Client.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
		Query:    fmt.Sprintf("%s = '%s' AND ExecutionStatus = 'Running'", workflows.AwsCaseKey.GetName(), awsCase),
		PageSize: 2,
	})
	if err != nil {
		return "", fmt.Errorf("find case for AWS case %s: %w", awsCase, err)
	}
	if len(resp.Executions) != 1 {
		return "", nil
	}
	return resp.Executions[0].Execution.WorkflowId, nil
}

// movesACase reports whether mail of kind k would move a case: AWS's word on
// it or a person's answer.
func movesACase(k classify.Kind) bool {
	switch k {
	case classify.AWSConsentRequest, classify.AWSCompleted,
		classify.ReplyYes, classify.ReplyNo, classify.ReplyDone, classify.ReplySubmitted:
		return true
	}
	return false
}
