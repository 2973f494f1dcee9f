package trust

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
)

// signer is a DKIM key published in a static table under selector._domainkey.domain.
type signer struct {
	key            *rsa.PrivateKey
	domain, record string
}

func newSigner(t *testing.T, domain string, table StaticTXT) signer {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	s := signer{key: key, domain: domain, record: "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub)}
	table["sel._domainkey."+domain] = []string{s.record}
	return s
}

func (s signer) sign(t *testing.T, raw string) string {
	t.Helper()
	var out bytes.Buffer
	err := dkim.Sign(&out, strings.NewReader(raw), &dkim.SignOptions{Domain: s.domain, Selector: "sel", Signer: s.key,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed})
	if err != nil {
		t.Fatal(err)
	}
	return out.String()
}

const awsMail = "From: AWS Training and Certification <no-reply@aws.amazon.com>\r\n" +
	"To: certs@corp.example\r\nSubject: RE:[CASE 1234567890] merge\r\nMessage-ID: <m1@amazon.com>\r\n\r\n" +
	"Please reply to this email to confirm that you would like to merge these accounts.\r\n"

func check(t *testing.T, c Checker, raw string, need ...string) Result {
	t.Helper()
	h, err := ReadHeader([]byte(raw), 1000, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return c.Check(context.Background(), []byte(raw), h, need...)
}

func TestAuthenticationResults(t *testing.T) {
	c := Checker{AuthservIDs: []string{"mx.corp.example"}}
	ar := func(v string) string { return "Authentication-Results: " + v + "\r\n" }
	cases := []struct {
		name, headers string
		want          bool
	}{
		{"dmarc pass", ar("mx.corp.example; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=aws.amazon.com"), true},
		{"dkim pass of the parent domain (relaxed alignment)", ar("mx.corp.example; dkim=pass header.d=amazon.com"), true},
		{"dkim pass of another domain", ar("mx.corp.example; dkim=pass header.d=amazonses.com; dmarc=fail header.from=aws.amazon.com"), false},
		{"dmarc pass for another From", ar("mx.corp.example; dmarc=pass header.from=evil.example"), false},
		{"spf pass only", ar("mx.corp.example; spf=pass smtp.mailfrom=aws.amazon.com"), false},
		{"dkim fail", ar("mx.corp.example; dkim=fail header.d=amazon.com; dmarc=fail header.from=aws.amazon.com"), false},
		{"untrusted authserv-id", ar("mx.evil.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=aws.amazon.com"), false},
		{"look-alike authserv-id", ar("mx.corp.example.evil.example; dmarc=pass header.from=aws.amazon.com"), false},
		{"untrusted above, trusted fail below", ar("mx.evil.example; dmarc=pass header.from=aws.amazon.com") + ar("mx.corp.example; dmarc=fail header.from=aws.amazon.com"), false},
		{"trusted fail on top, a pass written below it", ar("mx.corp.example; dmarc=fail header.from=aws.amazon.com") + ar("mx.corp.example; dmarc=pass header.from=aws.amazon.com"), false},
		{"untrusted fail above the trusted pass", ar("relay.example; dkim=fail") + ar("mx.corp.example; dkim=pass header.d=amazon.com"), true},
		{"none at all", "", false},
	}
	for _, tc := range cases {
		// The trusted server verified this signature; certflow reads which
		// fields it lists.
		r := check(t, c, tc.headers+signedAs("amazon.com", "abcdefgh", "from:to:subject:message-id")+awsMail)
		if r.Authenticated != tc.want || len(r.Reasons) == 0 {
			t.Errorf("%s: authenticated %v (%q), want %v", tc.name, r.Authenticated, r.Reasons, tc.want)
		}
	}
}

// signedAs is a DKIM-Signature field of domain d, as a receiving server would
// have verified it (certflow does not verify it when it believes the server).
func signedAs(d, b, h string) string {
	return "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + d + "; s=sel;\r\n\th=" + h + "; bh=YmgK; b=" + b + "xyz\r\n"
}

func TestFromMustBeOne(t *testing.T) {
	c := Checker{AuthservIDs: []string{"mx.corp.example"}}
	pass := "Authentication-Results: mx.corp.example; dmarc=pass header.from=aws.amazon.com\r\n"
	for name, raw := range map[string]string{
		"two From fields":      pass + "From: attacker@evil.example\r\n" + awsMail,
		"two mailboxes in one": pass + strings.Replace(awsMail, "<no-reply@aws.amazon.com>", "<no-reply@aws.amazon.com>, attacker@evil.example", 1),
	} {
		if r := check(t, c, raw); r.Authenticated {
			t.Errorf("%s: authenticated (%q)", name, r.Reasons)
		}
	}
}

func TestDKIM(t *testing.T) {
	table := StaticTXT{}
	amazon := newSigner(t, "amazon.com", table)
	evil := newSigner(t, "evil.example", table)
	unpublished := newSigner(t, "aws.amazon.com", StaticTXT{})
	c := Checker{VerifyDKIM: true, Resolver: table}

	cases := []struct {
		name, raw string
		want      bool
		reason    string
	}{
		{"signed by the From's organizational domain", amazon.sign(t, awsMail), true, "valid signature of d=amazon.com"},
		{"body changed after signing", strings.Replace(amazon.sign(t, awsMail), "confirm", "c0nfirm", 1), false, "fails"},
		{"From changed after signing", strings.Replace(amazon.sign(t, strings.Replace(awsMail, "aws.amazon.com", "evil.example", 1)), "evil.example>", "aws.amazon.com>", 1), false, "fails"},
		{"valid signature of another domain", evil.sign(t, awsMail), false, "not aligned"},
		{"key not published", unpublished.sign(t, awsMail), false, "fails"},
		{"not signed", awsMail, false, "no signature"},
	}
	for _, tc := range cases {
		r := check(t, c, tc.raw)
		if r.Authenticated != tc.want || !strings.Contains(strings.Join(r.Reasons, "; "), tc.reason) {
			t.Errorf("%s: authenticated %v (%q), want %v with %q", tc.name, r.Authenticated, r.Reasons, tc.want, tc.reason)
		}
	}

	// An Authentication-Results pass from a trusted server is enough even
	// when certflow's own check would fail (a forwarder changed the body).
	both := Checker{AuthservIDs: []string{"mx.corp.example"}, VerifyDKIM: true, Resolver: table}
	changed := strings.Replace(amazon.sign(t, awsMail), "confirm", "c0nfirm", 1)
	raw := "Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com\r\n" + changed
	if r := check(t, both, raw); !r.Authenticated {
		t.Errorf("trusted pass with DKIM on: %q", r.Reasons)
	}
}

func TestAligned(t *testing.T) {
	for _, tc := range []struct {
		d, from string
		want    bool
	}{
		{"amazon.com", "amazon.com", true},
		{"amazon.com", "aws.amazon.com", true},
		{"email.amazon.com", "aws.amazon.com", true},
		{"AMAZON.COM.", "aws.amazon.com", true},
		{"amazon.co.jp", "amazon.com", false},
		{"co.uk", "amazon.co.uk", false},
		{"evil-amazon.com", "amazon.com", false},
		{"", "amazon.com", false},
	} {
		if got := Aligned(tc.d, tc.from); got != tc.want {
			t.Errorf("Aligned(%q, %q) = %v, want %v", tc.d, tc.from, got, tc.want)
		}
	}
}

func TestLoadStaticTXT(t *testing.T) {
	path := filepath.Join(t.TempDir(), "txt")
	content := "# dev keys\ndevstack._domainkey.aws.devstack.test v=DKIM1; k=rsa; p=AAAA\n\nDEVSTACK._domainkey.aws.devstack.test. v=DKIM1; k=rsa; p=BBBB\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	table, err := LoadStaticTXT(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := table.LookupTXT(context.Background(), "devstack._domainkey.aws.devstack.test")
	if err != nil || len(recs) != 2 || recs[0] != "v=DKIM1; k=rsa; p=AAAA" {
		t.Fatalf("records %q, %v", recs, err)
	}
	if _, err := table.LookupTXT(context.Background(), "other._domainkey.aws.devstack.test"); err == nil {
		t.Fatal("a name not in the table was answered")
	}
	if err := os.WriteFile(path, []byte("name-without-record\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadStaticTXT(path); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Fatalf("bad line: %v", err)
	}
}
