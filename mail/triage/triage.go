// Package triage reads one raw mail the way the worker does, in one place,
// so that the worker and `starter classify` can never disagree: size and
// MIME limits, parsing, unwrapping a forwarded AWS mail, classification,
// correlation by headers, and sender authentication.
package triage

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/forward"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
	"github.com/certflow/certflow/mail/trust"
)

// Triager holds the rules a mail is read under.
type Triager struct {
	Classifier classify.Classifier
	Trust      trust.Checker
	Limits     message.Limits
	// MaxBytes is the largest message read; larger is invalid.
	MaxBytes int64
	// Mailbox is certflow's own address, whose plus-addresses name cases;
	// "" reads none.
	Mailbox string
	// BelieveDomains are people's domains whose answers are believed without
	// authentication (CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS).
	BelieveDomains []string
}

// Report is what a mail is. The JSON form is what `starter classify` prints.
type Report struct {
	// Kind is what the mail says (for a forwarded AWS mail: what the mail
	// inside says); classify.Invalid when it cannot be read.
	Kind classify.Kind `json:"kind"`
	// Authenticated: the From domain is proven (see package trust), or it is
	// a person's domain believed by setting (Reasons says which). A
	// forwarded mail never is.
	Authenticated bool `json:"authenticated"`
	// From is the From address of the mail as received.
	From string `json:"from"`
	// Case is the case its headers name; "" when none.
	Case string `json:"case"`
	// AwsCase is the AWS case number in its subject (or the subject of the
	// mail it forwards).
	AwsCase string `json:"aws_case"`
	// MessageID is its Message-ID.
	MessageID string `json:"message_id"`
	// Reasons explains the verdict: limits, authentication, forwarding.
	Reasons []string `json:"reasons"`
	// Sub says what an aws_other mail is: acknowledgement, more_info,
	// refusal, or "" (see classify.Reading).
	Sub string `json:"sub,omitempty"`
	// Excerpt is the first lines of the sender's own words, for the operator.
	Excerpt string `json:"excerpt,omitempty"`
	// Lean is what an unknown reply leans to (reply_done, reply_submitted or
	// reply_no; see classify.Reading), or "": a case takes it only where it
	// asked the question whose answer it is.
	Lean classify.Kind `json:"lean,omitempty"`
	// Asks are the questions and remarks a reply puts beside its answer (bounded; see
	// reply.ReadAsking): a case that acts on the answer tells the operator
	// them, and reads the reply as unknown (with Lean) where it cannot.
	Asks []string `json:"asks,omitempty"`
	// MergeInto are the accounts an aws_consent_request names as the one to
	// merge into (see classify.Reading): a case holds a consent request that
	// names another than its own.
	MergeInto []string `json:"merge_into,omitempty"`
	// Bounce is the delivery report when Kind is bounce.
	Bounce *classify.BounceReport `json:"bounce,omitempty"`

	// Message is the parsed mail; nil when Kind is Invalid.
	Message *message.Message `json:"-"`
	// By says which mark named the case (see correlate.Match).
	By string `json:"-"`
	// Run is the run token of the Message-ID that named the case (see
	// correlate.Match); "" when that ID has none or no Message-ID named it.
	Run string `json:"-"`
	// Step is the step of certflow's mail whose Message-ID named the case
	// (see correlate.Match): the question a person's reply answers; "" when
	// no Message-ID named it.
	Step string `json:"-"`
	// Forwarded is the AWS mail a person forwarded inside this one; nil
	// when the mail is not such a forward.
	Forwarded *message.Message `json:"-"`
	// OverLimit: the mail is invalid because it is over a size or MIME limit.
	OverLimit bool `json:"-"`
	// Mentions are the mail addresses its subject and text name (see
	// Mentions): a consent request moves a case only when it names the
	// case's accounts.
	Mentions []string `json:"-"`
}

// maxHeaderBlock bounds the header block read for authentication: real
// mail has a few tens of KiB; more is refused before any DKIM work.
const maxHeaderBlock = 1 << 20

// defaultHeaderLines applies when Limits sets no header line limit.
const defaultHeaderLines = 1000

// Read triages raw.
func (t Triager) Read(ctx context.Context, raw []byte) Report {
	r := Report{Reasons: []string{}}
	if t.MaxBytes > 0 && int64(len(raw)) > t.MaxBytes {
		r.Kind, r.OverLimit = classify.Invalid, true
		r.Reasons = append(r.Reasons,
			fmt.Sprintf("%d bytes, over the %d-byte limit (CERTFLOW_IMAP_MAX_MESSAGE_BYTES)", len(raw), t.MaxBytes))
		return r
	}
	lines := t.Limits.MaxHeaderFields
	if lines <= 0 {
		lines = defaultHeaderLines
	}
	h, err := trust.ReadHeader(raw, lines, maxHeaderBlock)
	if err == nil {
		var m *message.Message
		if m, err = message.ParseLimited(raw, t.Limits); err == nil {
			t.readOrLeave(ctx, raw, h, m, &r)
			return r
		}
	}
	r.Kind = classify.Invalid
	r.OverLimit = errors.Is(err, message.ErrLimit) || errors.Is(err, trust.ErrHeaderLimit)
	r.Reasons = append(r.Reasons, err.Error())
	return r
}

// readOrLeave reads m, and leaves it for a person should the reading fail
// on a fault of certflow's own (a panic in a rule): a fault that escaped
// would fail the watch on this mail each time it is offered, holding up
// every mail behind it. Such a mail goes to its case as unknown and
// unauthenticated, whatever was read before the fault, with the fault
// among its reasons: the case records it and the operator is told.
func (t Triager) readOrLeave(ctx context.Context, raw []byte, h trust.Header, m *message.Message, r *Report) {
	defer func() {
		if fault := recover(); fault != nil {
			r.Kind, r.Sub, r.Lean, r.Bounce, r.MergeInto = classify.Unknown, "", "", nil, nil
			r.Authenticated, r.Forwarded = false, nil
			r.Reasons = append(r.Reasons, fmt.Sprintf("certflow could not finish reading this mail, a fault of its own "+
				"(%v): it is left for a person", fault))
		}
	}()
	t.read(ctx, raw, h, m, r)
}

// read triages a mail whose header and MIME structure are within limits.
func (t Triager) read(ctx context.Context, raw []byte, h trust.Header, m *message.Message, r *Report) {
	r.Message, r.From, r.MessageID = m, m.From.Address, m.MessageID
	match := correlate.Find(m, t.Mailbox)
	r.Case, r.By, r.Run, r.AwsCase, r.Step = match.CaseID, match.By, match.Run, match.AwsCase, match.Step
	reading := t.Classifier.Read(m)
	r.Kind, r.Sub, r.Excerpt, r.Bounce, r.Lean = reading.Kind, reading.Sub, reading.Excerpt, reading.Bounce, reading.Lean
	r.MergeInto, r.Asks = reading.MergeInto, reading.Asks
	if b := r.Bounce; b != nil && b.ReturnedID != "" {
		// A report names the mail that came back: the case that sent it.
		_, domain, _ := strings.Cut(t.Mailbox, "@")
		if c, run, ok := correlate.ParseMessageID(b.ReturnedID, domain); ok {
			r.Case, r.By, r.Run, r.Step = c, "bounced-message-id", run, ""
		}
	}
	r.Mentions = t.accounts(m)

	// Only what a signature covered may decide: the field that named the
	// case must be covered too, and so must the fields that say how the
	// signed body is read, where the mail has them.
	need := coverage(h, match.Field)
	res := t.Trust.Check(ctx, raw, h, need...)
	if match.Field == "delivered-to" && res.Authenticated {
		// The receiving server writes Delivered-To; anyone can send a genuine
		// mail on to a case's address, so it proves nothing about the case.
		res.Authenticated = false
		res.Reasons = append(res.Reasons, "not authenticated for this case: it names the case only in Delivered-To, "+
			"which no signature covers (a genuine mail sent on to the case's address)")
	}
	r.Authenticated = res.Authenticated
	r.Reasons = append(r.Reasons, res.Reasons...)
	if r.Authenticated && !strings.EqualFold(res.From, m.From.Address) {
		// The case answers m.From: it must be the mailbox that was proven.
		r.Authenticated = false
		r.Reasons = append(r.Reasons,
			fmt.Sprintf("not authenticated: the From read as %q is not the proven %q", m.From.Address, res.From))
	}
	if _, err := trust.SingleMailbox(h.Values("from")); err != nil && isAWSKind(r.Kind) {
		// A From that is not exactly one mailbox is nobody's, AWS's least.
		r.Kind = classify.Unknown
		r.Reasons = append(r.Reasons, "not read as AWS's mail: "+err.Error())
	}
	t.believeByDomain(r)
	t.unwrapForward(m, r)
	t.readSubject(m, match, r)
}

// readSubject reads an unread reply with no words of its own by the end of
// its subject, only where the mail answers one of certflow's own mails
// directly (In-Reply-To names it, so the subject is certflow's with the
// writer's words after it) and is no forward: a forwarded AWS mail's subject
// ("Fwd: RE:[CASE …] Merge - completed") is AWS's, not the forwarder's answer.
func (t Triager) readSubject(m *message.Message, match correlate.Match, r *Report) {
	if r.Kind != classify.Unknown || r.Forwarded != nil || match.By != "in-reply-to" || r.Lean != "" {
		return
	}
	if sr := t.Classifier.ReadSubject(m); sr.Kind != classify.Unknown || sr.Lean != "" {
		r.Kind, r.Lean = sr.Kind, sr.Lean
		r.Reasons = append(r.Reasons, "read from what its writer added at the end of the subject: the body has no words")
	}
}

// believeByDomain applies CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS: a
// person's answer from a listed domain is believed without proof. AWS's
// mail never is.
func (t Triager) believeByDomain(r *Report) {
	if r.Authenticated || len(t.BelieveDomains) == 0 || t.Classifier.FromAWS(r.From) {
		return
	}
	at := strings.LastIndexByte(r.From, '@')
	if at < 0 {
		return
	}
	domain := strings.ToLower(r.From[at+1:])
	for _, d := range t.BelieveDomains {
		if strings.EqualFold(strings.TrimSpace(d), domain) {
			r.Authenticated = true
			r.Reasons = append(r.Reasons, fmt.Sprintf(
				"believed without proof: CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS lists %s", domain))
			return
		}
	}
}

// unwrapForward reads an AWS mail that a person forwarded inside this one;
// it is read, but only the operator can vouch for it.
// A person's own answer above a quoted AWS mail is their answer, not a
// forward; so are bounces and automatic replies.
func (t Triager) unwrapForward(m *message.Message, r *Report) {
	if t.Classifier.FromAWS(m.From.Address) || answered(r.Kind) {
		return
	}
	inner := forward.Unwrap(m, t.Limits)
	if inner == nil || !t.Classifier.FromAWS(inner.From.Address) {
		return
	}
	r.Forwarded = inner
	ir := t.Classifier.Read(inner)
	r.Kind, r.Sub, r.Excerpt, r.Lean, r.MergeInto, r.Asks = ir.Kind, ir.Sub, ir.Excerpt, "", ir.MergeInto, nil
	r.Authenticated = false
	r.Mentions = t.accounts(inner)
	if r.AwsCase == "" {
		r.AwsCase = correlate.AwsCase(inner.Subject)
	}
	if r.Case == "" {
		if im := correlate.Find(inner, t.Mailbox); im.CaseID != "" {
			r.Case, r.By, r.Run, r.Step = im.CaseID, "forwarded-"+im.By, im.Run, im.Step
		}
	}
	r.Reasons = append(r.Reasons, fmt.Sprintf("forwarded by %s: the mail inside claims to be from %s and cannot be "+
		"authenticated; a case acts on it only after starter approve", m.From.Address, inner.From.Address))
}

// accounts are the addresses m names in its sender's own words (not in the
// thread it quotes, which may echo anyone's request), less AWS's own and
// certflow's: the accounts the mail is about.
func (t Triager) accounts(m *message.Message) []string {
	_, ours, _ := strings.Cut(strings.ToLower(t.Mailbox), "@")
	local, _, _ := strings.Cut(strings.ToLower(t.Mailbox), "@")
	var out []string
	for _, a := range Mentions(m.Subject, reply.OwnWords(m.Text)) {
		l, d, _ := strings.Cut(a, "@")
		if t.Classifier.FromAWS(a) || (d == ours && (l == local || strings.HasPrefix(l, local+"+"))) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// coverage is what a signature must cover beyond From and Subject: the
// field that named the case (when a sender writes it), and the MIME fields
// the mail has, which decide how its signed body is read.
func coverage(h trust.Header, field string) []string {
	var need []string
	switch field {
	case "in-reply-to", "references", "to", "cc":
		need = append(need, field)
	}
	for _, f := range []string{"mime-version", "content-type", "content-transfer-encoding"} {
		if len(h.Values(f)) > 0 {
			need = append(need, f)
		}
	}
	return need
}

func isAWSKind(k classify.Kind) bool {
	return k == classify.AWSConsentRequest || k == classify.AWSCompleted || k == classify.AWSOther
}

// answered reports whether a person's mail already says what it is by its
// own words or by being a program's: then a quoted AWS mail below it is
// the thread it answers, not a forward.
func answered(k classify.Kind) bool {
	switch k {
	case classify.ReplyYes, classify.ReplyNo, classify.ReplyDone, classify.ReplySubmitted,
		classify.AutoReply, classify.Bounce:
		return true
	}
	return false
}
