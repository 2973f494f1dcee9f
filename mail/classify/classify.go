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

// Classify says what m is.
func (c Classifier) Classify(m *message.Message) Kind {
	if !c.FromAWS(m.From.Address) {
		return answerKind[reply.Read(m.Text)]
	}
	p := c.Phrases
	if p == nil {
		p = builtIn
	}
	text := strings.ToLower(m.Subject + "\n" + reply.OwnWords(m.Text))
	if !containsAny(text, p.Merge) {
		return AWSOther
	}
	if containsAny(text, p.Completed) {
		return AWSCompleted
	}
	if containsAny(text, p.Consent) {
		return AWSConsentRequest
	}
	return AWSOther
}

// answerKind maps a person's answer to its kind; an unclear one is Unknown.
var answerKind = map[reply.Answer]Kind{
	reply.Yes: ReplyYes, reply.No: ReplyNo, reply.Done: ReplyDone, reply.Submitted: ReplySubmitted, reply.Unclear: Unknown,
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
