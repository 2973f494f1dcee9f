// Package classify says what an incoming mail is: AWS asking to confirm a
// merge, AWS reporting a merge done, other AWS mail, a person's answer (yes,
// no, done, submitted), or something else.
//
// Only mail whose From domain is one of the configured AWS sender domains (or
// a subdomain) is read as AWS's. This is a first line only: the sender is not
// yet authenticated.
package classify

import (
	"strings"

	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/reply"
)

// Kind is what a mail is. The values are part of certflow's interface (logs,
// case history, `starter classify`).
type Kind string

const (
	// AWSConsentRequest: AWS asks the requester to confirm the merge.
	AWSConsentRequest Kind = "aws_consent_request"
	// AWSCompleted: AWS reports the merge done.
	AWSCompleted Kind = "aws_completed"
	// AWSOther: any other mail from AWS.
	AWSOther Kind = "aws_other"
	// ReplyYes, ReplyNo, ReplyDone, ReplySubmitted: a person's answer, read
	// from their own words (quoted text removed). Whether the person may
	// answer is the case's decision, not this package's.
	ReplyYes       Kind = "reply_yes"
	ReplyNo        Kind = "reply_no"
	ReplyDone      Kind = "reply_done"
	ReplySubmitted Kind = "reply_submitted"
	// AutoReply: written by a program for a person who is away, or a
	// helpdesk's receipt: never an answer.
	AutoReply Kind = "auto_reply"
	// Bounce: a delivery report about a mail certflow sent (see BounceReport).
	Bounce Kind = "bounce"
	// Unknown: mail not from AWS that says nothing certflow can read.
	Unknown Kind = "unknown"
	// Invalid: a message that could not be parsed.
	Invalid Kind = "invalid"
)

// Classifier classifies mail.
type Classifier struct {
	// AWSDomains are the From domains whose mail is read as AWS's.
	AWSDomains []string
	// Phrases is AWS's wording; nil means the built-in phrases.
	Phrases *Phrases
}

// FromAWS reports whether address's domain is one of the AWS domains or a
// subdomain of one.
func (c Classifier) FromAWS(address string) bool {
	at := strings.LastIndexByte(address, '@')
	if at < 0 {
		return false
	}
	domain := strings.ToLower(strings.TrimSpace(address[at+1:]))
	for _, d := range c.AWSDomains {
		d = strings.ToLower(d)
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return true
		}
	}
	return false
}

// Reading is what a mail is, with what the case and the operator need.
type Reading struct {
	Kind Kind
	// Sub says what an AWSOther mail is: SubAcknowledgement, SubMoreInfo,
	// SubRefusal, or "" for anything else.
	Sub string
	// Excerpt is the first lines of the sender's own words, for the
	// operator.
	Excerpt string
	// Bounce is the delivery report, when Kind is Bounce.
	Bounce *BounceReport
	// Lean is what an Unknown reply leans to (ReplyDone, ReplySubmitted or
	// ReplyNo; see reply.Lean), or "": not an answer, but a case may take
	// it where it asked the question and a wrong answer is cheap.
	Lean Kind
	// MergeInto are the accounts an AWSConsentRequest names as the one to merge
	// into (direction.go), lower case; none when it names no direction.
	MergeInto []string
	// Asks are the sentences a person's reply puts beside its answer
	// (ReplyDone, ReplySubmitted or ReplyNo; see reply.ReadAsking):
	// questions, and after a Done or Submitted news of something else. The
	// answer was read only because they go with it, to be told to a
	// person. Lean is then what the reply read as Unknown leans to.
	Asks []string
}

// Classify says what m is.
func (c Classifier) Classify(m *message.Message) Kind {
	return c.Read(m).Kind
}

// Read says what m is. Only the sender's own words are read (the quoted
// thread removed, at most what a person writes: see reply.Head). A
// delivery report is a Bounce whoever sent it; a program's answer is an
// AutoReply (for AWS's mail only by its subject or X-Autoreply, as AWS's
// helpdesk marks its real answers as automatic too).
func (c Classifier) Read(m *message.Message) Reading {
	if b := readBounce(m); b != nil {
		return Reading{Kind: Bounce, Bounce: b, Excerpt: excerpt(reply.Head(m.Text))}
	}
	own := reply.OwnWords(m.Text)
	r := Reading{Excerpt: excerpt(own)}
	if !c.FromAWS(m.From.Address) {
		if isAutoReply(m) || autoBody(own) {
			r.Kind = AutoReply
			return r
		}
		a, asks := reply.ReadAsking(m.Text)
		r.Kind, r.Asks = answerKind[a], asks
		if r.Kind == Unknown || len(asks) > 0 {
			r.Lean = leanKind[reply.Lean(m.Text)]
		}
		return r
	}
	p := c.Phrases
	if p == nil {
		p = builtIn
	}
	a := p.readAWS(m.Subject, own, m.Date)
	// A helpdesk's automatic receipt (【自動返信】お問い合わせを受け付けました) is
	// read as the acknowledgement it says it is; nothing else it says is
	// taken from a mail marked automatic.
	if autoSubject(m.Subject) || len(m.Header["X-Autoreply"]) > 0 || len(m.Header["X-Autorespond"]) > 0 {
		r.Kind = AutoReply
		if a == (awsReading{AWSOther, SubAcknowledgement}) {
			r.Kind, r.Sub = AWSOther, SubAcknowledgement
		}
		return r
	}
	r.Kind, r.Sub = a.kind, a.sub
	if r.Kind == AWSConsentRequest {
		r.MergeInto = mergeTargetsOf(own)
	}
	return r
}

// ReadSubject reads a person's reply that has no words of its own (a mail
// program's "Sent from my iPhone" is none) by what its writer added after a
// dash at the end of its subject ("Re: Please link your account - DONE"),
// or by a subject that is only the answer ("Done", 完了です); Unknown when
// the body has words or the subject adds none. The caller decides when a subject may answer (see triage): only on a
// direct reply to certflow's own mail, never on a forward.
func (c Classifier) ReadSubject(m *message.Message) Reading {
	r := Reading{Kind: Unknown}
	if c.FromAWS(m.From.Address) || reply.HasOwnWords(m.Text) {
		return r
	}
	tail := reply.SubjectAnswer(m.Subject)
	if tail == "" {
		tail = reply.BareSubjectAnswer(m.Subject)
	}
	r.Kind, r.Excerpt = answerKind[reply.Read(tail)], excerpt(tail)
	if r.Kind == Unknown {
		r.Lean = leanKind[reply.Lean(tail)]
	}
	return r
}

// excerpt is the first few non-blank lines of own words, for the operator.
func excerpt(own string) string {
	var b strings.Builder
	n := 0
	for line := range strings.Lines(own) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" / ")
		}
		b.WriteString(line)
		if n++; n == 6 || b.Len() > 400 {
			break
		}
	}
	return clip(b.String())
}

// leanKind maps the answers a reply may lean to to their kinds; a lean is
// never Yes.
var leanKind = map[reply.Answer]Kind{reply.No: ReplyNo, reply.Done: ReplyDone, reply.Submitted: ReplySubmitted}

// answerKind maps a person's answer to its kind; an unclear one is Unknown.
var answerKind = map[reply.Answer]Kind{
	reply.Yes: ReplyYes, reply.No: ReplyNo, reply.Done: ReplyDone, reply.Submitted: ReplySubmitted, reply.Unclear: Unknown,
}
