package cli

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
	"golang.org/x/text/encoding/japanese"
)

// classifyReport is the JSON `starter classify` prints.
type classifyReport struct {
	Kind          string   `json:"kind"`
	Authenticated bool     `json:"authenticated"`
	From          string   `json:"from"`
	Case          string   `json:"case"`
	AwsCase       string   `json:"aws_case"`
	MessageID     string   `json:"message_id"`
	Reasons       []string `json:"reasons"`
	Sub           string   `json:"sub"`
	Excerpt       string   `json:"excerpt"`
	Lean          string   `json:"lean"`
	Bounce        *struct {
		Permanent  bool   `json:"permanent"`
		Status     string `json:"status"`
		Recipient  string `json:"recipient"`
		Diagnostic string `json:"diagnostic"`
		ReturnedID string `json:"returned_message_id"`
	} `json:"bounce"`
}

func classify(t *testing.T, env map[string]string, stdin string, args ...string) (int, classifyReport, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(append([]string{"classify"}, args...), env, strings.NewReader(stdin), &out, &errOut)
	var r classifyReport
	if code == 0 {
		if strings.Count(out.String(), "\n") != 1 {
			t.Fatalf("want one JSON line, got %q", out.String())
		}
		dec := json.NewDecoder(&out)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("output is not the report: %v", err)
		}
	}
	return code, r, errOut.String()
}

const awsConsent = "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n" +
	"To: certs+merge-20261125-abcdef@corp.example\r\nMessage-ID: <desk.1234567890.consent@amazon.com>\r\n" +
	"In-Reply-To: <certflow.request.merge-20261125-abcdef@corp.example>\r\n" +
	"Subject: RE:[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance\r\n\r\n" +
	"Hello,\r\n\r\nWe have received your request to merge two AWS Certification accounts. Please reply to this\r\n" +
	"email to confirm that you would like to merge these accounts.\r\n"

// dkimSetup makes a key for amazon.com, writes its TXT record in the format
// of CERTFLOW_DKIM_TXT_FILE, and returns the file and a signing function.
func dkimSetup(t *testing.T) (string, func(string) string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	file := filepath.Join(t.TempDir(), "dkim.txt")
	record := "sel._domainkey.amazon.com v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub) + "\n"
	if err := os.WriteFile(file, []byte(record), 0o600); err != nil {
		t.Fatal(err)
	}
	return file, func(raw string) string {
		var out bytes.Buffer
		if err := dkim.Sign(&out, strings.NewReader(raw), &dkim.SignOptions{Domain: "amazon.com", Selector: "sel", Signer: key}); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
}

func TestClassifyAuthenticatesAWS(t *testing.T) {
	txt, sign := dkimSetup(t)
	env := map[string]string{"CERTFLOW_DKIM_TXT_FILE": txt, "CERTFLOW_MAIL_FROM": "certs@corp.example"}

	// Signed, from a file.
	file := filepath.Join(t.TempDir(), "consent.eml")
	if err := os.WriteFile(file, []byte(sign(awsConsent)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, r, stderr := classify(t, env, "", file)
	if code != 0 || r.Kind != "aws_consent_request" || !r.Authenticated || r.Case != "merge-20261125-abcdef" ||
		r.AwsCase != "1234567890" || r.MessageID != "desk.1234567890.consent@amazon.com" ||
		r.From != "aws-cs-trainingcertification-form@amazon.com" || len(r.Reasons) == 0 {
		t.Fatalf("signed: exit %d %+v %s", code, r, stderr)
	}

	// The same words unsigned, from standard input: a forgery as far as
	// anyone can tell.
	code, r, _ = classify(t, env, awsConsent)
	if code != 0 || r.Kind != "aws_consent_request" || r.Authenticated || !strings.Contains(strings.Join(r.Reasons, ";"), "no signature") {
		t.Fatalf("unsigned: exit %d %+v", code, r)
	}

	// Signed, then the body changed.
	code, r, _ = classify(t, env, strings.Replace(sign(awsConsent), "confirm", "c0nfirm", 1))
	if code != 0 || r.Authenticated {
		t.Fatalf("tampered: exit %d %+v", code, r)
	}
}

func TestClassifyKinds(t *testing.T) {
	env := map[string]string{"CERTFLOW_TRUSTED_AUTHSERV_IDS": "mx.corp.example", "CERTFLOW_VERIFY_DKIM": "false", "CERTFLOW_MAIL_FROM": "certs@corp.example"}
	// The trusted server verified this signature; certflow reads what it covers.
	pass := "Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:to:subject:in-reply-to:content-type:content-transfer-encoding; bh=YmgK; b=YmgK\r\n"
	jis, _ := japanese.ISO2022JP.NewEncoder().String("お客様\r\n\r\nAWS認定アカウントの統合が完了しました。\r\n")
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("はい、APNのプロフィールに表示されています。\r\n")
	cases := []struct {
		name, raw, kind string
		authenticated   bool
	}{
		{"consent request", pass + awsConsent, "aws_consent_request", true},
		{"completed, ISO-2022-JP", pass + "From: no-reply@amazon.com\r\nSubject: =?ISO-2022-JP?B?GyRCRX05ZxsoQg==?= [CASE 1234567890]\r\n" +
			"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + jis, "aws_completed", true},
		{"other AWS mail", pass + "From: no-reply@amazon.com\r\nSubject: Your exam voucher\r\n\r\nHere it is.\r\n", "aws_other", true},
		{"a person's yes, Shift_JIS", "From: hanako@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n" +
			"Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + sjis, "reply_yes", false},
		{"a person's no", "From: hanako@corp.example\r\nSubject: Re: x\r\n\r\nNo, not yet.\r\n", "reply_no", false},
		{"a person's done, quoted-printable", "From: taro@corp.example\r\nSubject: Re: x\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nDone =E2=80=94 linked it.\r\n", "reply_done", false},
		{"AWS refuses", pass + "From: tc@amazon.com\r\nSubject: RE:[CASE 1234567890] x\r\n\r\nWe are unable to merge these accounts.\r\n", "aws_other", true},
		{"out of office", "From: hanako@corp.example\r\nSubject: Automatic reply: Re: x\r\nAuto-Submitted: auto-replied\r\n\r\nI am away.\r\n", "auto_reply", false},
		{"bounce", "From: MAILER-DAEMON@mx.corp.example\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; desk@amazon.com\r\n" +
			"Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\r\n--b--\r\n", "bounce", false},
		{"newsletter", "From: news@shop.example\r\nSubject: Sale\r\n\r\nBuy now.\r\n", "unknown", false},
		{"not a message", "\x00\x01\x02", "invalid", false},
		{"empty", "", "invalid", false},
	}
	for _, tc := range cases {
		code, r, stderr := classify(t, env, tc.raw)
		if code != 0 || r.Kind != tc.kind || r.Authenticated != tc.authenticated {
			t.Errorf("%s: exit %d kind %s authenticated %v (%q) %s; want %s %v", tc.name, code, r.Kind, r.Authenticated, r.Reasons, stderr, tc.kind, tc.authenticated)
		}
		if tc.name == "AWS refuses" && (r.Sub != "refusal" || !strings.Contains(r.Excerpt, "unable to merge")) {
			t.Errorf("refusal: sub %q excerpt %q", r.Sub, r.Excerpt)
		}
		if tc.name == "bounce" && (r.Bounce == nil || !r.Bounce.Permanent || r.Bounce.Recipient != "desk@amazon.com" || r.Bounce.Status != "5.1.1") {
			t.Errorf("bounce: %+v", r.Bounce)
		}
	}
}

// A reply certflow cannot read is unknown; when it leans to an answer,
// classify says which, and an answer it can read has no lean.
func TestClassifyPrintsTheLean(t *testing.T) {
	env := map[string]string{"CERTFLOW_TRUSTED_AUTHSERV_IDS": "mx.corp.example", "CERTFLOW_VERIFY_DKIM": "false",
		"CERTFLOW_MAIL_FROM": "certs@corp.example"}
	head := "From: hanako@corp.example\r\nTo: certs+share-20261125-abcdef@corp.example\r\nSubject: Re: x\r\n\r\n"
	for _, tc := range []struct{ body, kind, lean string }{
		{"Nothing is listed on the profile yet. For the record, I linked it last Tuesday.\r\n", "unknown", "reply_no"},
		{"Only the Developer one is listed, the SysOps one is missing.\r\n", "unknown", ""}, // a part: no lean
		{"No, not yet.\r\n", "reply_no", ""},
		{"Can you call me about this tomorrow?\r\n", "unknown", ""},
	} {
		code, r, stderr := classify(t, env, head+tc.body)
		if code != 0 || r.Kind != tc.kind || r.Lean != tc.lean {
			t.Errorf("%q: exit %d kind %q lean %q %s; want %s, lean %q", tc.body, code, r.Kind, r.Lean, stderr, tc.kind, tc.lean)
		}
	}
}

func TestClassifyLimitsAndPhrases(t *testing.T) {
	env := map[string]string{"CERTFLOW_TRUSTED_AUTHSERV_IDS": "mx.corp.example", "CERTFLOW_IMAP_MAX_MESSAGE_BYTES": "2048", "CERTFLOW_MAIL_MAX_HEADER_FIELDS": "20"}
	code, r, _ := classify(t, env, "From: a@b.example\r\n\r\n"+strings.Repeat("x", 5000))
	if code != 0 || r.Kind != "invalid" || !strings.Contains(strings.Join(r.Reasons, ";"), "2048-byte limit") {
		t.Fatalf("over size: exit %d %+v", code, r)
	}
	code, r, _ = classify(t, env, "From: a@b.example\r\n"+strings.Repeat("X-A: b\r\n", 30)+"\r\nx")
	if code != 0 || r.Kind != "invalid" || !strings.Contains(strings.Join(r.Reasons, ";"), "more than 20 header fields") {
		t.Fatalf("too many fields: exit %d %+v", code, r)
	}

	mail := "Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:subject; bh=YmgK; b=YmgK\r\nFrom: no-reply@amazon.com\r\nSubject: [CASE 1234567890]\r\n\r\nYour unification request is finished.\r\n"
	if _, r, _ = classify(t, env, mail); r.Kind != "aws_other" {
		t.Fatalf("before the phrases file: %s", r.Kind)
	}
	phrases := filepath.Join(t.TempDir(), "phrases.txt")
	if err := os.WriteFile(phrases, []byte("[merge]\nunification\n[completed]\nunification request is finished\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env["CERTFLOW_AWS_PHRASES_FILE"] = phrases
	if _, r, _ = classify(t, env, mail); r.Kind != "aws_completed" {
		t.Fatalf("with the phrases file: %s", r.Kind)
	}
}

func TestClassifyBadUsage(t *testing.T) {
	ok := map[string]string{"CERTFLOW_TRUSTED_AUTHSERV_IDS": "mx.corp.example"}
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{ok, []string{"a.eml", "b.eml"}, "at most one FILE"},
		{ok, []string{filepath.Join(t.TempDir(), "missing.eml")}, "no such file"},
		{map[string]string{"CERTFLOW_VERIFY_DKIM": "false"}, nil, "CERTFLOW_TRUSTED_AUTHSERV_IDS"},
		{map[string]string{"CERTFLOW_VERIFY_DKIM": "maybe"}, nil, "CERTFLOW_VERIFY_DKIM"},
		{map[string]string{"CERTFLOW_AWS_PHRASES_FILE": "/nonexistent/phrases.txt"}, nil, "CERTFLOW_AWS_PHRASES_FILE"},
		{map[string]string{"CERTFLOW_MAIL_MAX_MIME_DEPTH": "0"}, nil, "CERTFLOW_MAIL_MAX_MIME_DEPTH"},
	} {
		code, _, stderr := classify(t, tc.env, "From: a@b.example\r\n\r\nx", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v %v: exit %d, %q; want exit 2 naming %q", tc.env, tc.args, code, stderr, tc.want)
		}
	}
}
