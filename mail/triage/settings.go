package triage

import (
	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/trust"
)

// FromSettings builds the Triager the settings describe; the worker and
// `starter classify` both build theirs here. mailbox is certflow's own
// address ("" when unknown).
func FromSettings(s config.Trust, mailbox string, maxBytes int64) (Triager, error) {
	phrases, err := classify.LoadPhrases(s.AWSPhrasesFile)
	if err != nil {
		return Triager{}, err
	}
	checker := trust.Checker{AuthservIDs: s.TrustedAuthservIDs, VerifyDKIM: s.VerifyDKIM}
	if s.DKIMTXTFile != "" {
		table, err := trust.LoadStaticTXT(s.DKIMTXTFile)
		if err != nil {
			return Triager{}, err
		}
		checker.Resolver = table
	}
	return Triager{
		Classifier: classify.Classifier{AWSDomains: s.AWSSenderDomains, Phrases: phrases},
		Trust:      checker,
		Limits: message.Limits{
			MaxDepth: s.MaxMIMEDepth, MaxHeaderFields: s.MaxHeaderFields, MaxHeaderBytes: s.MaxHeaderBytes,
		},
		MaxBytes:       maxBytes,
		Mailbox:        mailbox,
		BelieveDomains: s.UnauthenticatedAnswerDomains,
	}, nil
}
