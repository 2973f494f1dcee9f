package triage

import (
	"context"
	"strings"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// faultyResolver fails as a bug in certflow's own code would: it panics.
type faultyResolver struct{}

func (faultyResolver) LookupTXT(context.Context, string) ([]string, error) { panic("a bug in a rule") }

// TestAFaultInReadingLeavesTheMailForAPerson: a panic while reading a mail
// (here in the DKIM check, after the body was read as AWS's consent request)
// must not escape, which would fail the watch each time the mail is offered;
// the mail goes to its case as unknown and unauthenticated, with the fault
// told, whatever was read before it.
func TestAFaultInReadingLeavesTheMailForAPerson(t *testing.T) {
	tr := fuzzTriager()
	tr.Trust.Resolver = faultyResolver{}
	raw := "DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s1; h=from:subject:in-reply-to; bh=x; b=y\r\n" +
		"From: aws-cs-trainingcertification-form@amazon.com\r\nTo: certs@example.com\r\n" +
		"Subject: RE:[CASE 1234567890] merge\r\nIn-Reply-To: <certflow.request.merge-20261201-abcdef@example.com>\r\n" +
		"Message-ID: <a1@amazon.com>\r\n\r\n" +
		"Please reply to this email to confirm that you would like to merge these accounts.\r\n"
	var r Report
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("the fault escaped Read: %v", p)
			}
		}()
		r = tr.Read(context.Background(), []byte(raw))
	}()
	checkReport(t, r)
	if r.Kind != classify.Unknown || r.Authenticated || r.Case != "merge-20261201-abcdef" {
		t.Fatalf("kind %s, authenticated %v, case %q; want unknown, unauthenticated, its case", r.Kind, r.Authenticated, r.Case)
	}
	if !strings.Contains(strings.Join(r.Reasons, "; "), "a bug in a rule") {
		t.Fatalf("reasons do not tell the fault: %q", r.Reasons)
	}
}
