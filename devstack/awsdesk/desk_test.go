package awsdesk

import (
	"fmt"
	"testing"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
)

// Every phrasing the desk may choose reads as what it is, quoted thread
// and all, and the case numbers spread over all of them.
func TestDeskPhrasingsRead(t *testing.T) {
	c := classify.Classifier{AWSDomains: []string{"aws.devstack.test"}}
	req := &message.Message{From: message.Address{Address: "certs+merge-1@devstack.test"}, Text: "Please merge my accounts."}
	for i, texts := range map[classify.Kind][]string{classify.AWSConsentRequest: consentTexts, classify.AWSCompleted: completionTexts} {
		for n, text := range texts {
			m := &message.Message{From: message.Address{Address: "desk@aws.devstack.test"}, Subject: subject("1234567890"),
				Text: text + "\n\n" + quote(req)}
			if got := c.Classify(m); got != i {
				t.Errorf("%s phrasing %d reads as %s:\n%s", i, n, got, text)
			}
		}
	}
	seen := map[string]bool{}
	for n := 0; n < 200; n++ {
		seen[phrasing(fmt.Sprintf("%010d", 1000000000+n), consentTexts)] = true
	}
	if len(seen) != len(consentTexts) {
		t.Errorf("200 case numbers chose %d of %d phrasings", len(seen), len(consentTexts))
	}
}
