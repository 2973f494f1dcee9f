package trust

import (
	"bytes"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
)

// newsletter is genuine amazon.com mail: signed, and about nothing.
const newsletter = "From: Amazon Web Services <aws-marketing@amazon.com>\r\n" +
	"To: someone@corp.example\r\nSubject: This week on AWS\r\nMessage-ID: <news.1@amazon.com>\r\n" +
	"Date: Tue, 1 Dec 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nRead about the new regions.\r\n"

func (s signer) signKeys(t *testing.T, raw string, keys ...string) string {
	t.Helper()
	var out bytes.Buffer
	err := dkim.Sign(&out, strings.NewReader(raw), &dkim.SignOptions{Domain: s.domain, Selector: "sel", Signer: s.key,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed,
		HeaderKeys: keys})
	if err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// A genuine signature vouches only for what it covers: fields added above
// the signed ones, and lines a parser may read as the end of the header, must
// not become what certflow reads.
func TestSignatureDoesNotVouchForFieldsItDoesNotCover(t *testing.T) {
	table := StaticTXT{}
	amazon := newSigner(t, "amazon.com", table)
	c := Checker{VerifyDKIM: true, Resolver: table}
	signed := amazon.sign(t, newsletter)
	oversigned := amazon.signKeys(t, newsletter, "from", "from", "subject", "subject", "to", "message-id", "date")
	if r := check(t, c, signed); !r.Authenticated {
		t.Fatalf("the genuine newsletter is not authenticated: %q", r.Reasons)
	}
	cases := []struct{ name, raw, want string }{
		{"Subject added above", "Subject: RE:[CASE 1234567890] please confirm the merge\r\n" + signed, "2 Subject fields"},
		{"Subject added above an oversigned one", "Subject: please confirm the merge\r\n" + oversigned, "2 Subject fields"},
		{"Message-ID added above", "Message-ID: <certflow.request.merge-a@corp.example>\r\n" + signed, "2 Message-ID fields"},
		{"From added above", "From: no-reply@amazon.com\r\n" + signed, "2 From fields"},
		{"Content-Type added above", "Content-Type: text/plain; charset=utf-7\r\n" + signed, "Content-Type"},
		{"a line that is not a field", strings.Replace(signed, "\r\nSubject:", "\r\nplease confirm the merge\r\nSubject:", 1), "not a field"},
		{"a field name with a space", "X Bogus: 1\r\n" + signed, "not a field"},
	}
	for _, tc := range cases {
		r := check(t, c, tc.raw)
		if r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), tc.want) {
			t.Errorf("%s: authenticated %v (%q), want not, saying %q", tc.name, r.Authenticated, r.Reasons, tc.want)
		}
	}

	// In-Reply-To added to a mail that had none: no duplicate, but the
	// signature does not cover it, so a case matched by it is not believed.
	threaded := "In-Reply-To: <certflow.request.merge-a@corp.example>\r\n" + signed
	if r := check(t, c, threaded); !r.Authenticated {
		t.Errorf("matched by address, the added In-Reply-To is not used: %q", r.Reasons)
	}
	if r := check(t, c, threaded, "in-reply-to"); r.Authenticated || !strings.Contains(strings.Join(r.Reasons, "; "), "does not cover In-Reply-To") {
		t.Errorf("matched by an unsigned In-Reply-To: authenticated %v (%q)", r.Authenticated, r.Reasons)
	}
	withThread := amazon.sign(t, "In-Reply-To: <certflow.request.merge-a@corp.example>\r\n"+newsletter)
	if r := check(t, c, withThread, "in-reply-to"); !r.Authenticated {
		t.Errorf("a signed In-Reply-To: %q", r.Reasons)
	}
	// The same through a trusted server's verdict: the signature it names
	// is read for what it covers.
	ar := Checker{AuthservIDs: []string{"mx.corp.example"}}
	pass := "Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com\r\n"
	if r := check(t, ar, pass+threaded, "in-reply-to"); r.Authenticated {
		t.Errorf("trusted verdict, unsigned In-Reply-To: authenticated (%q)", r.Reasons)
	}
	if r := check(t, ar, pass+withThread, "in-reply-to"); !r.Authenticated {
		t.Errorf("trusted verdict, signed In-Reply-To: %q", r.Reasons)
	}
}

// Authentication-Results is read by RFC 8601's grammar on the raw header.
func TestAuthenticationResultsCannotBeTurnedIntoAPass(t *testing.T) {
	c := Checker{AuthservIDs: []string{"mx.corp.example"}}
	sig := signedAs("amazon.com", "abcdefgh", "from:to:subject:message-id")
	ar := func(v string) string { return "Authentication-Results: " + v + "\r\n" }
	forgedBelow := ar("mx.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=aws.amazon.com")
	cases := []struct{ name, headers string }{
		{"a ; inside a comment", ar("mx.corp.example; dmarc=fail (p=reject; dkim=pass header.d=amazon.com) header.from=aws.amazon.com")},
		{"a ; inside a quoted local part", ar(`mx.corp.example; spf=fail smtp.mailfrom="x;dkim=pass header.d=amazon.com"@evil.example; dmarc=fail header.from=aws.amazon.com`)},
		{"an encoded word as the value", ar("mx.corp.example; dkim=pass header.d==?utf-8?q?amazon.com?=; dmarc=fail header.from=aws.amazon.com")},
		{"an encoded header.from", ar("mx.corp.example; dmarc=pass header.from==?utf-8?q?aws.amazon.com?=")},
		{"a property given twice", ar("mx.corp.example; dkim=pass header.d=evil.example header.d=amazon.com")},
		{"dmarc=pass without header.from", ar("mx.corp.example; dmarc=pass")},
		{"dkim=pass without header.d", ar("mx.corp.example; dkim=pass")},
		{"an unreadable trusted header above a forged pass", ar("mx.corp.example; dmarc=fail (unclosed header.from=aws.amazon.com") + forgedBelow},
		{"a trusted fail above a forged pass", ar("mx.corp.example; dkim=fail header.d=amazon.com; dmarc=fail header.from=aws.amazon.com") + "Received: from x\r\n" + forgedBelow},
		{"a pass of the trusted group contradicted by its dmarc=fail", ar("mx.corp.example; dmarc=fail header.from=aws.amazon.com") + forgedBelow},
		{"a dkim=pass whose signature is not in the mail", ar("mx.corp.example; dkim=pass header.d=amazon.com header.b=zzzzzzzz")},
	}
	for _, tc := range cases {
		if r := check(t, c, tc.headers+sig+awsMail); r.Authenticated {
			t.Errorf("%s: authenticated (%q)", tc.name, r.Reasons)
		}
	}
	// Milters each write a header of the same server, one above the other.
	milters := ar("mx.corp.example; spf=none smtp.mailfrom=bounce.example") + ar("mx.corp.example; dkim=pass (2048-bit key; unprotected) header.d=amazon.com header.b=abcdefgh")
	if r := check(t, c, milters+sig+awsMail); !r.Authenticated {
		t.Errorf("consecutive headers of the trusted server: %q", r.Reasons)
	}
}

// A From that is not exactly one mailbox under RFC 5322 is nobody's.
func TestFromFormsThatAreNotOneMailbox(t *testing.T) {
	table := StaticTXT{}
	amazon := newSigner(t, "amazon.com", table)
	c := Checker{VerifyDKIM: true, Resolver: table}
	for _, from := range []string{
		"a@amazon.com; b@evil.example",
		"<evil@evil.example> <a@amazon.com>",
		`"Support, x <a@amazon.com>, b@evil.example`,
		"a@amazon.com (AWS Support",
		"AWS <a@amazon.com>, b@evil.example",
	} {
		raw := amazon.sign(t, strings.Replace(awsMail, "AWS Training and Certification <no-reply@aws.amazon.com>", from, 1))
		if r := check(t, c, raw); r.Authenticated {
			t.Errorf("From %q: authenticated (%q)", from, r.Reasons)
		}
	}
	if _, err := SingleMailbox([]string{"=?ISO-2022-JP?B?GyRCJUElaSVzGyhC?= <no-reply@amazon.co.jp>"}); err != nil {
		t.Errorf("an encoded Japanese display name: %v", err)
	}
}

// The work of reading a header and verifying its signatures is bounded
// before it starts.
func TestHeaderLimitsComeBeforeTheWork(t *testing.T) {
	var many strings.Builder
	many.WriteString("DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=sel; h=")
	for i := 0; i < 5000; i++ {
		many.WriteString("x-a:")
	}
	many.WriteString("from; bh=YmgK; b=YmgK\r\n")
	if _, err := ReadHeader([]byte(many.String()+awsMail), 1000, 1<<20); err == nil || !strings.Contains(err.Error(), "5001 header fields") {
		t.Errorf("h= with 5001 names: %v", err)
	}
	lines := strings.Repeat("X-Pad: 1\r\n", 1001)
	if _, err := ReadHeader([]byte(lines+awsMail), 1000, 1<<20); err == nil {
		t.Error("1001 header lines: no error")
	}
	// Colon-free lines end what is read: the header is not believed, and
	// nothing past the first of them is looked at.
	h, err := ReadHeader([]byte("From: a@amazon.com\r\n"+strings.Repeat("no colon here\r\n", 200000)+"\r\nbody"), 1000, 1<<20)
	if err != nil || !strings.Contains(h.Problem, "not a field") {
		t.Errorf("colon-free lines: %v, %q", err, h.Problem)
	}
}

// Found by the attack review: a trusted id in a form the server's stripping
// of forged copies may miss, or a pass right below the server's own fail,
// must not authenticate; Microsoft 365's untyped properties and Gmail's
// header.i of a subdomain are read.
func TestTrustedHeaderFormsAndGroups(t *testing.T) {
	c := Checker{AuthservIDs: []string{"mx.corp.example"}}
	sig := signedAs("amazon.com", "abcdefgh", "from:to:subject:message-id")
	ar := func(v string) string { return "Authentication-Results: " + v + "\r\n" }
	for _, h := range []string{
		ar(`"mx.corp.example"; dkim=pass header.d=amazon.com`),
		ar("(c) mx.corp.example; dkim=pass header.d=amazon.com"),
		ar("mx.corp.example 1; dkim=pass header.d=amazon.com"),
		ar("MX.Corp.Example(x); dkim=pass header.d=amazon.com"),
		ar("mx.corp.example; dkim=fail header.d=amazon.com") + ar("mx.corp.example; dkim=pass header.d=amazon.com"),
	} {
		if r := check(t, c, h+sig+awsMail); r.Authenticated {
			t.Errorf("%q: authenticated (%q)", h, r.Reasons)
		}
	}
	for _, h := range []string{
		ar("mx.corp.example; dkim=pass header.d=amazon.com header.b=abcdefgh; dmarc=pass action=none header.from=aws.amazon.com; compauth=pass reason=100"),
		ar("mx.corp.example; dkim=pass header.i=@sub.amazon.com header.s=sel header.b=abcdefgh"),
		ar("MX.CORP.EXAMPLE; dkim=pass header.d=amazon.com"),
	} {
		if r := check(t, c, h+sig+awsMail); !r.Authenticated {
			t.Errorf("%q: not authenticated (%q)", h, r.Reasons)
		}
	}
}
