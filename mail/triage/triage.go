// Package triage reads one raw mail the way the worker does, in one place,
// so that the worker and `starter classify` can never disagree: size and
// MIME limits, parsing, unwrapping a forwarded AWS mail, classification,
// correlation by headers, and sender authentication.
package triage

import (
	"context"
	"errors"
	"fmt"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/forward"
	"github.com/certflow/certflow/mail/message"
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
}

// Report is what a mail is. The JSON form is what `starter classify` prints.
type Report struct {
	// Kind is what the mail says (for a forwarded AWS mail: what the mail
	// inside says); classify.Invalid when it cannot be read.
	Kind classify.Kind `json:"kind"`
	// Authenticated: the From domain is proven (see package trust). A
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
	// Bounce is the delivery report when Kind is bounce.
	Bounce *classify.BounceReport `json:"bounce,omitempty"`

	// Message is the parsed mail; nil when Kind is Invalid.
	Message *message.Message `json:"-"`
	// By says which mark named the case (see correlate.Match).
	By string `json:"-"`
	// Forwarded is the AWS mail a person forwarded inside this one; nil
	// when the mail is not such a forward.
	Forwarded *message.Message `json:"-"`
	// OverLimit: the mail is invalid because it is over a size or MIME limit.
	OverLimit bool `json:"-"`
}

// Read triages raw.
func (t Triager) Read(ctx context.Context, raw []byte) Report {
	r := Report{Reasons: []string{}}
	if t.MaxBytes > 0 && int64(len(raw)) > t.MaxBytes {
		r.Kind, r.OverLimit = classify.Invalid, true
		r.Reasons = append(r.Reasons, fmt.Sprintf("%d bytes, over the %d-byte limit (CERTFLOW_IMAP_MAX_MESSAGE_BYTES)", len(raw), t.MaxBytes))
		return r
	}
	m, err := message.ParseLimited(raw, t.Limits)
	if err != nil {
		r.Kind = classify.Invalid
		r.OverLimit = errors.Is(err, message.ErrLimit)
		r.Reasons = append(r.Reasons, err.Error())
		return r
	}
	r.Message, r.From, r.MessageID = m, m.From.Address, m.MessageID

	match := correlate.Find(m, t.Mailbox)
	r.Case, r.By, r.AwsCase = match.CaseID, match.By, match.AwsCase
	reading := t.Classifier.Read(m)
	r.Kind, r.Sub, r.Excerpt, r.Bounce = reading.Kind, reading.Sub, reading.Excerpt, reading.Bounce
	if b := r.Bounce; b != nil && b.ReturnedID != "" {
		// A report names the mail that came back: the case that sent it.
		if c, ok := correlate.CaseFromMessageID(b.ReturnedID); ok {
			r.Case, r.By = c, "bounced-message-id"
		}
	}

	res := t.Trust.Check(ctx, raw, m)
	r.Authenticated = res.Authenticated
	r.Reasons = append(r.Reasons, res.Reasons...)

	// A person may forward AWS's mail to certflow; it is read, but only
	// the operator can vouch for it.
	// A person's own answer above a quoted AWS mail is their answer, not a
	// forward; so are bounces and automatic replies.
	if !t.Classifier.FromAWS(m.From.Address) && !answered(r.Kind) {
		if inner := forward.Unwrap(m, t.Limits); inner != nil && t.Classifier.FromAWS(inner.From.Address) {
			r.Forwarded = inner
			ir := t.Classifier.Read(inner)
			r.Kind, r.Sub, r.Excerpt = ir.Kind, ir.Sub, ir.Excerpt
			r.Authenticated = false
			if r.AwsCase == "" {
				r.AwsCase = correlate.AwsCase(inner.Subject)
			}
			if r.Case == "" {
				if im := correlate.Find(inner, t.Mailbox); im.CaseID != "" {
					r.Case, r.By = im.CaseID, "forwarded-"+im.By
				}
			}
			r.Reasons = append(r.Reasons, fmt.Sprintf("forwarded by %s: the mail inside claims to be from %s and cannot be authenticated; a case acts on it only after starter approve",
				m.From.Address, inner.From.Address))
		}
	}
	return r
}

// answered reports whether a person's mail already says what it is by its
// own words or by being a program's: then a quoted AWS mail below it is
// the thread it answers, not a forward.
func answered(k classify.Kind) bool {
	switch k {
	case classify.ReplyYes, classify.ReplyNo, classify.ReplyDone, classify.ReplySubmitted, classify.AutoReply, classify.Bounce:
		return true
	}
	return false
}
