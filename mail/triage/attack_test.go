package triage

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/trust"
)

// awsSigner signs as amazon.com with a key published in a static table, so
// the triager verifies DKIM itself, as the worker does by default.
type awsSigner struct{ key ed25519.PrivateKey }

func newAWSSigner(t testing.TB, tr *Triager) awsSigner {
	t.Helper()
	pub, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tr.Trust.VerifyDKIM = true
	tr.Trust.Resolver = trust.StaticTXT{"sel._domainkey.amazon.com": {"v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub)}}
	return awsSigner{key}
}

func (s awsSigner) sign(t *testing.T, raw string) string {
	t.Helper()
	var out bytes.Buffer
	if err := dkim.Sign(&out, strings.NewReader(raw), &dkim.SignOptions{Domain: "amazon.com", Selector: "sel", Signer: s.key}); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// genuineNewsletter is real, signed amazon.com mail about nothing; it is
// what an attacker starts from.
const genuineNewsletter = "From: Amazon Web Services <aws-marketing@amazon.com>\r\nTo: someone@corp.example\r\n" +
	"Subject: This week on AWS\r\nMessage-ID: <news.1@amazon.com>\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n\r\nPlease reply to this email to confirm that you would like to merge these accounts.\r\n"

// A genuine signature must not vouch for what it does not cover, through
// the worker's own path.
func TestTriageForgeriesOnAGenuineSignature(t *testing.T) {
	tr := triager(t)
	s := newAWSSigner(t, &tr)
	signed := s.sign(t, genuineNewsletter)
	if r := tr.Read(context.Background(), []byte(signed)); !r.Authenticated {
		t.Fatalf("the genuine mail: %q", r.Reasons)
	}
	thread := "In-Reply-To: <certflow.request.merge-20261125-abcdef@corp.example>\r\n"
	forged := "From: AWS <no-reply@amazon.com>\r\nSubject: RE:[CASE 1234567890] merge\r\n" + thread
	cases := []struct{ name, raw, reason string }{
		{"an unsigned Subject above the signed one", "Subject: RE:[CASE 1234567890] merge\r\n" + thread + signed, "2 Subject fields"},
		{"an unsigned In-Reply-To naming a case", thread + signed, "does not cover In-Reply-To"},
		{"a header that ends early for certflow", forged + "this line is not a field\r\n" + signed, "not a field"},
	}
	for _, tc := range cases {
		r := tr.Read(context.Background(), []byte(tc.raw))
		if r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), tc.reason) {
			t.Errorf("%s: kind %s case %q authenticated %v (%q); want not authenticated, saying %q",
				tc.name, r.Kind, r.Case, r.Authenticated, r.Reasons, tc.reason)
		}
	}
}

// The trusted server writes what a sender gave it (MAIL FROM, HELO) into its
// own header; a ";" there must not start a result.
func TestTriageAuthenticationResultsWithASendersText(t *testing.T) {
	tr := triager(t)
	sig := "DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:to:subject; bh=YmgK; b=YmgK\r\n"
	aws := "From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody
	for _, ar := range []string{
		"mx.corp.example; dkim=fail (bad signature; dkim=pass header.d=amazon.com) header.d=amazon.com; dmarc=fail header.from=amazon.com",
		"mx.corp.example; dmarc=fail (p=reject; dmarc=pass header.from=amazon.com) header.from=amazon.com",
		`mx.corp.example; spf=fail smtp.mailfrom="a;dkim=pass header.d=amazon.com"@evil.example; dmarc=fail header.from=amazon.com`,
		"mx.corp.example; dkim=pass header.d=evil.example header.d=amazon.com",
	} {
		raw := "Authentication-Results: " + ar + "\r\n" + sig + aws
		if r := tr.Read(context.Background(), []byte(raw)); r.Authenticated {
			t.Errorf("%s: authenticated (%q)", ar, r.Reasons)
		}
	}
}

// A From that is not one mailbox is not AWS's, even under a valid signature.
func TestTriageFromThatIsNotOneMailboxIsNotAWS(t *testing.T) {
	tr := triager(t)
	s := newAWSSigner(t, &tr)
	for _, from := range []string{"no-reply@amazon.com; b@evil.example", "<b@evil.example> <no-reply@amazon.com>", `"x <no-reply@amazon.com>, b@evil.example`} {
		raw := s.sign(t, "From: "+from+"\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n"+consentBody)
		r := tr.Read(context.Background(), []byte(raw))
		if r.Authenticated || r.Kind == classify.AWSConsentRequest || r.Kind == classify.AWSCompleted {
			t.Errorf("From %q: kind %s authenticated %v (%q)", from, r.Kind, r.Authenticated, r.Reasons)
		}
	}
}

// Only certflow's own Message-IDs name a case.
func TestTriageInReplyToOfAnotherDomainNamesNoCase(t *testing.T) {
	tr := triager(t)
	raw := "From: taro@corp.example\r\nIn-Reply-To: <certflow.request.merge-20261125-abcdef@evil.example>\r\nSubject: Re: x\r\n\r\nyes\r\n"
	if r := tr.Read(context.Background(), []byte(raw)); r.Case != "" {
		t.Fatalf("case %q by %s", r.Case, r.By)
	}
}

// One message must not stop the worker: the costly shapes are refused
// before the work, or cut short by the strict header reading.
func TestTriageRefusesCostlyHeadersBeforeTheWork(t *testing.T) {
	tr := triager(t)
	newAWSSigner(t, &tr)
	r := tr.Read(context.Background(), hangingDKIM(3000, 20000))
	if r.Authenticated || (!r.OverLimit && !strings.Contains(strings.Join(r.Reasons, "; "), "not a field")) {
		t.Fatalf("h= of thousands over colon-free lines: kind %s over %v (%q)", r.Kind, r.OverLimit, r.Reasons)
	}
	r = tr.Read(context.Background(), hangingDKIM(3000, 0))
	if r.Kind != classify.Invalid || !r.OverLimit || !strings.Contains(strings.Join(r.Reasons, "; "), "DKIM-Signature lists") {
		t.Fatalf("h= of thousands: kind %s over %v (%q)", r.Kind, r.OverLimit, r.Reasons)
	}
}

// hangingDKIM is a mail whose DKIM-Signature lists names h= names, over
// a header of lines colon-free lines.
func hangingDKIM(names, lines int) []byte {
	var b bytes.Buffer
	// The right body hash (simple canonicalization), so a verifier goes on
	// to pick the h= fields: the costly part.
	bh := sha256.Sum256([]byte(consentBody))
	b.WriteString("DKIM-Signature: v=1; a=ed25519-sha256; d=amazon.com; s=sel; bh=" + base64.StdEncoding.EncodeToString(bh[:]) + "; b=YmgK; h=from")
	for i := 0; i < names; i++ {
		b.WriteString(":x")
	}
	b.WriteString("\r\nFrom: AWS <no-reply@amazon.com>\r\nSubject: RE:[CASE 1234567890] merge\r\n")
	for i := 0; i < lines; i++ {
		b.WriteString("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n")
	}
	b.WriteString("\r\n" + consentBody)
	return b.Bytes()
}

// CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS believes a person's domain without
// proof, and says so; never an AWS domain.
func TestTriageBelievesListedAnswerDomainsOnly(t *testing.T) {
	tr := triager(t)
	tr.BelieveDomains = []string{"corp.example", "amazon.com"}
	answer := "From: taro@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n\r\nYes, it shows them.\r\n"
	r := tr.Read(context.Background(), []byte(answer))
	if !r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), "believed without proof") {
		t.Fatalf("listed domain: authenticated %v (%q)", r.Authenticated, r.Reasons)
	}
	other := strings.Replace(answer, "taro@corp.example", "taro@other.example", 1)
	if r := tr.Read(context.Background(), []byte(other)); r.Authenticated {
		t.Fatalf("unlisted domain: authenticated (%q)", r.Reasons)
	}
	aws := "From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody
	if r := tr.Read(context.Background(), []byte(aws)); r.Authenticated {
		t.Fatalf("an AWS domain: authenticated (%q)", r.Reasons)
	}
}

// Found by the attack review: a genuine mail sent on to a case's address
// (Delivered-To only), a Content-Type added to a signed mail that had none,
// and accounts echoed in the quoted thread do not bind a mail to a case.
func TestTriageGenuineMailSentOnToACase(t *testing.T) {
	tr := triager(t)
	s := newAWSSigner(t, &tr)
	signed := s.sign(t, strings.Replace(genuineNewsletter, "Content-Type: text/plain; charset=utf-8\r\n", "", 1))
	relayed := "Delivered-To: certs+merge-20261125-abcdef@corp.example\r\n" + signed
	r := tr.Read(context.Background(), []byte(relayed))
	if r.Case != "merge-20261125-abcdef" || r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), "Delivered-To") {
		t.Errorf("sent on by Delivered-To: case %q authenticated %v (%q)", r.Case, r.Authenticated, r.Reasons)
	}
	retyped := "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n" + signed
	if r := tr.Read(context.Background(), []byte(retyped)); r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), "does not cover MIME-Version") {
		t.Errorf("an added Content-Type: authenticated %v (%q)", r.Authenticated, r.Reasons)
	}
	quoting := s.sign(t, "From: AWS <no-reply@amazon.com>\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n"+
		"Subject: RE:[CASE 4444444444] merge\r\n\r\nPlease confirm the merge of mallory@evil.example.\r\n\r\n"+
		"On Tue, Dec 1, 2026 at 9:00 AM Mallory <mallory@evil.example> wrote:\r\n> Please merge taro@personal.example and taro@corp.example\r\n")
	r = tr.Read(context.Background(), []byte(quoting))
	if got := strings.Join(r.Mentions, ","); got != "mallory@evil.example" {
		t.Errorf("accounts named in AWS's own words: %q, want only mallory@evil.example", got)
	}
}
