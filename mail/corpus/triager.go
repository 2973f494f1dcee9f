package corpus

import (
	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/triage"
	"github.com/certflow/certflow/mail/trust"
)

// Triager reads the corpus as the worker does under its default settings,
// with amazon.co.jp added to the AWS domains (some of the corpus's Japanese
// desk mail comes from there) and DKIM answered by an empty table (no
// test reaches DNS; the corpus is about reading, not authentication).
func Triager() triage.Triager {
	return triage.Triager{
		Classifier: classify.Classifier{AWSDomains: []string{"amazon.com", "aws.amazon.com", "amazon.co.jp"}},
		Trust:      trust.Checker{VerifyDKIM: true, Resolver: trust.StaticTXT{}},
		Limits:     message.DefaultLimits,
		MaxBytes:   config.DefaultMaxMessageBytes,
		Mailbox:    "certflow@partner.example",
	}
}
