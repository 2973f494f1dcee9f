package triage

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/classify"
)

func triager(t testing.TB) Triager {
	t.Helper()
	s, err := config.LoadFrom[config.Classify](map[string]string{
		"CERTFLOW_TRUSTED_AUTHSERV_IDS": "mx.corp.example", "CERTFLOW_VERIFY_DKIM": "false",
	})
	if err != nil {
		t.Fatal(err)
	}
	tr, err := FromSettings(s.Trust, "certs@corp.example", s.MaxMessageBytes)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

const consentBody = "Please reply to this email to confirm that you would like to merge these accounts.\r\n"

func TestRead(t *testing.T) {
	tr := triager(t)
	pass := "Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com\r\n"
	// The signature the trusted server verified: certflow reads what it covers.
	sig := "DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:to:message-id:subject; bh=YmgK; b=YmgK\r\n"
	aws := "From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nMessage-ID: <a1@amazon.com>\r\nSubject: RE:[CASE 1234567890] merge\r\n"
	cases := []struct {
		name, raw     string
		kind          classify.Kind
		authenticated bool
		caseID        string
		reason        string
	}{
		{"genuine consent request", pass + sig + aws + "\r\n" + consentBody, classify.AWSConsentRequest, true, "merge-20261125-abcdef", "pass"},
		{"forged consent request", aws + "\r\n" + consentBody, classify.AWSConsentRequest, false, "merge-20261125-abcdef", "no Authentication-Results"},
		{"forwarded inline by the requester", "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: Fwd: merge\r\n\r\n" +
			"---------- Forwarded message ---------\r\nFrom: AWS <no-reply@amazon.com>\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody,
			classify.AWSConsentRequest, false, "merge-20261125-abcdef", "forwarded by taro@corp.example"},
		{"forwarded as attachment, with a trusted pass for the forwarder", "Authentication-Results: mx.corp.example; dmarc=pass header.from=corp.example\r\n" +
			"From: taro@corp.example\r\nTo: certs@corp.example\r\nSubject: Fwd: merge\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nsee attached\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" +
			pass + "From: AWS <no-reply@amazon.com>\r\nIn-Reply-To: <certflow.request.merge-20261125-abcdef@corp.example>\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody + "--b--\r\n",
			classify.AWSConsentRequest, false, "merge-20261125-abcdef", "cannot be authenticated"},
		{"a person's yes", "From: taro@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n\r\nYes, it shows them.\r\n", classify.ReplyYes, false, "share-20261125-abcdef", "no Authentication-Results"},
		{"no header at all", "\r\n\r\njust text", classify.Invalid, false, "", "no header"},
		{"too deep", "From: a@b.example\r\n" + nested(30), classify.Invalid, false, "", "nested deeper than 20"},
	}
	for _, tc := range cases {
		r := tr.Read(context.Background(), []byte(tc.raw))
		if r.Kind != tc.kind || r.Authenticated != tc.authenticated || r.Case != tc.caseID || !strings.Contains(strings.Join(r.Reasons, "; "), tc.reason) {
			t.Errorf("%s: kind %s authenticated %v case %q reasons %q; want %s %v %q with %q", tc.name, r.Kind, r.Authenticated, r.Case, r.Reasons, tc.kind, tc.authenticated, tc.caseID, tc.reason)
		}
		if tc.kind != classify.Invalid && r.AwsCase == "" && strings.Contains(tc.raw, "[CASE") {
			t.Errorf("%s: AWS case number not found", tc.name)
		}
	}
}

func TestReadOverSize(t *testing.T) {
	tr := triager(t)
	tr.MaxBytes = 2048
	r := tr.Read(context.Background(), []byte("From: a@b.example\r\n\r\n"+strings.Repeat("x", 4096)))
	if r.Kind != classify.Invalid || !r.OverLimit || !strings.Contains(r.Reasons[0], "CERTFLOW_IMAP_MAX_MESSAGE_BYTES") {
		t.Fatalf("%+v", r)
	}
}

func nested(levels int) string {
	var b strings.Builder
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	return b.String() + "\r\ntext\r\n"
}

// A person's reply carries the step of certflow's mail it answers (the
// case takes an answer only for that mail's question); a delivery report
// that names the returned mail carries none.
func TestReplyNamesTheStepItAnswers(t *testing.T) {
	tr := triager(t)
	reply := "From: Hanako <hanako@corp.example>\r\nTo: certs+share-a@corp.example\r\nMessage-ID: <r1@corp.example>\r\n" +
		"In-Reply-To: <certflow.verify-2.share-a.k3x9@corp.example>\r\nSubject: Re: check\r\n\r\nYes, all three show.\r\n"
	r := tr.Read(context.Background(), []byte(reply))
	if r.Case != "share-a" || r.Step != "verify-2" {
		t.Fatalf("reply: case %q, step %q; want share-a, verify-2", r.Case, r.Step)
	}
	plus := strings.Replace(reply, "In-Reply-To: <certflow.verify-2.share-a.k3x9@corp.example>\r\n", "", 1)
	if r := tr.Read(context.Background(), []byte(plus)); r.Case != "share-a" || r.Step != "" {
		t.Fatalf("new mail to the plus-address: case %q, step %q; want no step", r.Case, r.Step)
	}
}
