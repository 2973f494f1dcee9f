package activities

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/mail/corpus"
	"github.com/certflow/certflow/mail/imapwatch"
	"github.com/certflow/certflow/workflows"
)

// temporalFault stands in for the Temporal client where a test needs the
// server to fail in a way a real one cannot be made to on demand (a
// visibility query that errors, a case that is not running); it records
// the signals it was asked to send.
type temporalFault struct {
	client.Client
	listErr    error
	notRunning map[string]bool
	// signalErrs are the errors the next signals to a workflow fail with,
	// one per signal, before signals to it succeed again.
	signalErrs map[string][]error
	mu         sync.Mutex
	signals    []signalSent
}

type signalSent struct {
	id, name string
	arg      any
}

func (f *temporalFault) SignalWorkflow(_ context.Context, id, _, name string, arg any) error {
	if f.notRunning[id] {
		return serviceerror.NewNotFound("workflow execution already completed")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if errs := f.signalErrs[id]; len(errs) > 0 {
		f.signalErrs[id] = errs[1:]
		return errs[0]
	}
	f.signals = append(f.signals, signalSent{id, name, arg})
	return nil
}

func (f *temporalFault) ListWorkflow(context.Context, *workflowservice.ListWorkflowExecutionsRequest) (*workflowservice.ListWorkflowExecutionsResponse, error) {
	if f.listErr != nil {
		return nil, f.listErr
	}
	return &workflowservice.ListWorkflowExecutionsResponse{}, nil
}

func (f *temporalFault) sent() []signalSent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]signalSent(nil), f.signals...)
}

func handOnActivities(tc client.Client) *Activities {
	tr := corpus.Triager()
	tr.Mailbox = "certs@corp.example"
	a := &Activities{Client: tc, Triage: tr, Logger: slog.New(slog.DiscardHandler)}
	a.Config.MaxMessageBytes = 25 << 20
	return a
}

const watcher = "mailbox-watcher:certs@corp.example/INBOX"

// inbox is the watch of the INBOX, by a watcher that has handed nothing on.
var inbox = watchScope{watcher: watcher, folder: "INBOX"}

// Finding: a failing lookup of the case that learned an AWS case number
// stopped the watch, so the mail and all behind it were offered again and
// again. The mail goes to the unmatched list with the error; the watch goes on.
func TestFailingAwsCaseLookupListsTheMail(t *testing.T) {
	tc := &temporalFault{listErr: errors.New("visibility store unavailable")}
	raw := "From: AWS <support@aws.amazon.com>\r\nTo: certs@corp.example\r\nMessage-ID: <done-1@aws.amazon.com>\r\n" +
		"Subject: [CASE 1234567890] Your request has been resolved\r\n\r\nWe have merged your accounts.\r\n"
	v, err := handOnActivities(tc).handOn(context.Background(), inbox, imapwatch.Message{UID: 7, Size: int64(len(raw)), Raw: []byte(raw)})
	if err != nil || v != imapwatch.Kept {
		t.Fatalf("handOn = %v, %v; want the mail kept (listed) and no error", v, err)
	}
	s := tc.sent()
	if len(s) != 1 || s[0].id != watcher || s[0].name != workflows.SignalUnmatched {
		t.Fatalf("signals: %+v", s)
	}
	if u := s[0].arg.(workflows.UnmatchedMail); u.UID != 7 || !strings.Contains(u.Reason, "visibility store unavailable") || u.AwsCase != "1234567890" {
		t.Fatalf("listed as %+v", u)
	}
}

// Finding: handled mail stays in the folder flagged \Seen (no processed
// folder); offered again after the watermark went back, the mail of a case
// that had ended since was listed as unmatched. It is not listed again (its
// UID is at or below the highest this watcher handed on); a mail never
// handed on (not \Seen) of an ended case still is.
func TestMailHandledBeforeIsNotListedAgainWhenItsCaseHasEnded(t *testing.T) {
	tc := &temporalFault{notRunning: map[string]bool{"merge-1": true}}
	raw := "From: Taro <taro@corp.example>\r\nTo: certs+merge-1@corp.example\r\nMessage-ID: <r-1@corp.example>\r\n" +
		"Subject: Re: merged?\r\n\r\nThanks!\r\n"
	a := handOnActivities(tc)
	handed := inbox
	handed.handed = workflows.HandedMark{UIDValidity: 9, UID: 3}
	v, err := a.handOn(context.Background(), handed,
		imapwatch.Message{UID: 3, UIDValidity: 9, Size: int64(len(raw)), Raw: []byte(raw), Seen: true})
	if err != nil || v != imapwatch.Handled || len(tc.sent()) != 0 {
		t.Fatalf("offered again: handOn = %v, %v, signals %+v; want it handled, not listed", v, err, tc.sent())
	}
	v, err = a.handOn(context.Background(), inbox, imapwatch.Message{UID: 4, Size: int64(len(raw)), Raw: []byte(raw)})
	if s := tc.sent(); err != nil || v != imapwatch.Kept || len(s) != 1 || !strings.Contains(s[0].arg.(workflows.UnmatchedMail).Reason, "not running") {
		t.Fatalf("first offer: handOn = %v, %v, signals %+v; want it listed", v, err, s)
	}
}

// Finding 5 of review 13: a message the watch failed on FailLimit times is
// listed with the error and left in the folder (Kept), so the watch goes on.
func TestMessageTheWatchFailedOnIsListedWithItsError(t *testing.T) {
	tc := &temporalFault{}
	m := imapwatch.Message{UID: 9, Unfetched: true, Failure: "fetch uid 9: NO Some messages could not be FETCHed"}
	v, err := handOnActivities(tc).handOn(context.Background(), inbox, m)
	s := tc.sent()
	if err != nil || v != imapwatch.Kept || len(s) != 1 || s[0].name != workflows.SignalUnmatched {
		t.Fatalf("handOn = %v, %v, signals %+v; want it listed and kept", v, err, s)
	}
	if u := s[0].arg.(workflows.UnmatchedMail); u.UID != 9 || !strings.Contains(u.Reason, "could not be FETCHed") {
		t.Fatalf("listed as %+v", u)
	}
}

// Finding 10 of review 13: a signal to a running case that failed for a
// passing reason (the frontend restarting, a rate limit) put the mail on the
// unmatched list, and the case never got it. A passing failure fails the
// step, so the watch offers the mail again (the watermark does not move)
// and it reaches its case; only a refusal a retry will not change is listed.
func TestPassingSignalFailureIsRetriedNotListed(t *testing.T) {
	raw := "From: Taro <taro@corp.example>\r\nTo: certs+merge-1@corp.example\r\nMessage-ID: <r-1@corp.example>\r\n" +
		"Subject: Re: merged?\r\n\r\nThanks!\r\n"
	m := imapwatch.Message{UID: 5, Size: int64(len(raw)), Raw: []byte(raw)}
	passing := map[string]error{
		"unavailable":       serviceerror.NewUnavailable("frontend is restarting"),
		"deadline exceeded": serviceerror.NewDeadlineExceeded("context deadline exceeded"),
		"canceled":          serviceerror.NewCanceled("request canceled"),
		"rate limit":        serviceerror.NewResourceExhausted(enumspb.RESOURCE_EXHAUSTED_CAUSE_RPS_LIMIT, "namespace rate limit exceeded"),
		"busy workflow":     serviceerror.NewResourceExhausted(enumspb.RESOURCE_EXHAUSTED_CAUSE_BUSY_WORKFLOW, "workflow is busy"),
	}
	for name, fault := range passing {
		tc := &temporalFault{signalErrs: map[string][]error{"merge-1": {fault}}}
		a := handOnActivities(tc)
		if v, err := a.handOn(context.Background(), inbox, m); err == nil || len(tc.sent()) != 0 {
			t.Fatalf("%s: handOn = %v, %v, signals %+v; want an error and nothing listed", name, v, err, tc.sent())
		}
		v, err := a.handOn(context.Background(), inbox, m) // the watch offers it again
		if s := tc.sent(); err != nil || v != imapwatch.Handled || len(s) != 1 || s[0].id != "merge-1" || s[0].name != workflows.SignalMail {
			t.Fatalf("%s, offered again: handOn = %v, %v, signals %+v; want it handed to merge-1", name, v, err, s)
		}
	}
	refusals := map[string]error{
		"signal limit": serviceerror.NewInvalidArgument("exceeded workflow execution limit for signal events"),
		"precondition": serviceerror.NewFailedPrecondition("workflow is closing"),
	}
	for name, fault := range refusals {
		tc := &temporalFault{signalErrs: map[string][]error{"merge-1": {fault}}}
		v, err := handOnActivities(tc).handOn(context.Background(), inbox, m)
		s := tc.sent()
		if err != nil || v != imapwatch.Kept || len(s) != 1 || s[0].name != workflows.SignalUnmatched ||
			!strings.Contains(s[0].arg.(workflows.UnmatchedMail).Reason, "could not be handed to case merge-1") {
			t.Fatalf("%s: handOn = %v, %v, signals %+v; want it listed with the refusal", name, v, err, s)
		}
	}
}

// Review 13, finding 13: a mail without a Message-ID was named
// uid-<uid>-<size>@folder, so after a UIDVALIDITY change (a new UID for the
// same mail) its case took it twice and the watcher listed it twice. Its
// name comes from its header now: the same under any UID, and another
// mail's (another header) differs.
func TestMailWithoutMessageIDKeepsItsNameUnderANewUID(t *testing.T) {
	raw := "From: Taro <taro@corp.example>\r\nTo: certs+merge-1@corp.example\r\nDate: Tue, 1 Dec 2026 09:00:00 +0900\r\n" +
		"Subject: Re: merged?\r\n\r\nThanks!\r\n"
	other := strings.Replace(raw, "09:00:00", "09:00:01", 1)
	named := func(uid uint32, raw string) string {
		tc := &temporalFault{}
		if _, err := handOnActivities(tc).handOn(context.Background(), inbox,
			imapwatch.Message{UID: uid, Size: int64(len(raw)), Raw: []byte(raw)}); err != nil {
			t.Fatal(err)
		}
		s := tc.sent()
		if len(s) != 1 || s[0].name != workflows.SignalMail {
			t.Fatalf("signals: %+v", s)
		}
		return s[0].arg.(workflows.MailEvent).MessageID
	}
	first, again, another := named(3, raw), named(41, raw), named(3, other)
	if first == "" || first != again {
		t.Fatalf("the same mail under UID 3 and UID 41 is named %q and %q", first, again)
	}
	if another == first {
		t.Fatalf("two mails with different headers share the name %q", first)
	}
}

// A reply certflow cannot read reaches its case with what it leans to, and
// a case that is not running has it listed with its lean, so `starter
// attach` hands it on as it came.
func TestHandOnCarriesTheLean(t *testing.T) {
	raw := "From: Hanako <hanako@corp.example>\r\nTo: certs+share-1@corp.example\r\nMessage-ID: <r-1@corp.example>\r\n" +
		"Subject: Re: shown?\r\n\r\nNothing is listed on the profile yet. For the record, I linked it last Tuesday.\r\n"
	m := imapwatch.Message{UID: 5, Size: int64(len(raw)), Raw: []byte(raw)}
	tc := &temporalFault{}
	if _, err := handOnActivities(tc).handOn(context.Background(), inbox, m); err != nil {
		t.Fatal(err)
	}
	s := tc.sent()
	if len(s) != 1 || s[0].name != workflows.SignalMail {
		t.Fatalf("signals: %+v", s)
	}
	if ev := s[0].arg.(workflows.MailEvent); ev.Kind != workflows.MailUnknown || ev.Lean != workflows.MailReplyNo {
		t.Fatalf("handed on as %s leaning to %q; want unknown leaning to reply_no", ev.Kind, ev.Lean)
	}
	tc = &temporalFault{notRunning: map[string]bool{"share-1": true}}
	if _, err := handOnActivities(tc).handOn(context.Background(), inbox, m); err != nil {
		t.Fatal(err)
	}
	s = tc.sent()
	if len(s) != 1 || s[0].name != workflows.SignalUnmatched {
		t.Fatalf("signals: %+v", s)
	}
	u := s[0].arg.(workflows.UnmatchedMail)
	if u.Lean != workflows.MailReplyNo || workflows.AttachedMail(u, watcher).Lean != workflows.MailReplyNo {
		t.Fatalf("listed as %+v; want its lean kept, and attached with it", u)
	}
}
