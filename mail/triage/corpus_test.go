package triage

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/correlate"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/trust"
)

// fuzzTriager reads mail as the worker does, with DKIM on but answered by an
// empty table: no test may reach DNS.
func fuzzTriager() Triager {
	return Triager{
		Classifier: classify.Classifier{AWSDomains: []string{"amazon.com", "aws.amazon.com"}},
		Trust:      trust.Checker{AuthservIDs: []string{"mx.corp.example"}, VerifyDKIM: true, Resolver: trust.StaticTXT{}},
		Limits:     message.DefaultLimits,
		MaxBytes:   config.DefaultMaxMessageBytes,
		Mailbox:    "certs@example.com",
	}
}

// checkReport holds for every report, whatever the input.
func checkReport(t *testing.T, r Report) {
	t.Helper()
	if r.Kind == "" || r.Reasons == nil {
		t.Fatalf("report without kind or reasons: %+v", r)
	}
	if (r.Kind == classify.Invalid) != (r.Message == nil) {
		t.Fatalf("kind %s with message %v", r.Kind, r.Message != nil)
	}
	if r.Case != "" && correlate.ValidCaseID(r.Case) != nil {
		t.Fatalf("correlation named an impossible case %q", r.Case)
	}
	if r.Forwarded != nil && r.Authenticated {
		t.Fatal("a forwarded mail came out authenticated")
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatalf("report does not encode: %v", err)
	}
}

// TestCorpusClassifies runs every message of the shared corpus (beside the
// project checkout, not in it) through the worker's whole path (limits,
// parsing, forwarding, classification, correlation, authentication): each
// comes out with a kind, "invalid" included, and nothing panics.
func TestCorpusClassifies(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("shared mail corpus not found at %s; skipping", dir)
	}
	tr := fuzzTriager()
	counts := map[classify.Kind]int{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || d.Name() == "README.md" || d.Name() == "LICENSE" {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		r := tr.Read(context.Background(), raw)
		checkReport(t, r)
		counts[r.Kind]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	if total < 100 {
		t.Fatalf("only %d corpus files ran", total)
	}
	t.Logf("corpus: %d files classified: %v", total, counts)
}

// FuzzTriage runs raw bytes through the worker's whole path: nothing may
// panic, and every message comes out with a kind and reasons.
func FuzzTriage(f *testing.F) {
	f.Add([]byte("Authentication-Results: mx.corp.example; dkim=pass header.d=amazon.com\r\nFrom: aws-cs-trainingcertification-form@amazon.com\r\nSubject: RE:[CASE 1234567890] x\r\nIn-Reply-To: <certflow.request.merge-1@example.com>\r\n\r\nPlease reply to this email to confirm that you would like to merge these accounts.\r\n"))
	f.Add([]byte("From: taro@corp.example\r\nTo: certs+share-1@example.com\r\nSubject: Re: x\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n\x1b$B40N;$7$^$7$?\x1b(B\r\n> yes\r\n"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>はい</p>\r\n--b--\r\n"))
	f.Add([]byte("From: taro@corp.example\r\nSubject: Fwd: x\r\n\r\n---------- Forwarded message ---------\r\nFrom: AWS <no-reply@amazon.com>\r\nSubject: [CASE 1234567890]\r\n\r\nWe have successfully merged your accounts.\r\n"))
	f.Add([]byte("From: taro@corp.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nRnJvbTogbm8tcmVwbHlAYW1hem9uLmNvbQ0KDQpoaQ==\r\n--b--\r\n"))
	f.Add([]byte("DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from; bh=x; b=y\r\nFrom: no-reply@amazon.com\r\n\r\nx"))
	// The shapes of issue 11's attacks: fields above signed ones, colon-free
	// header lines, Authentication-Results with comments, quotes, encoded
	// words and repeated properties, From forms, a costly DKIM h=.
	for _, seed := range []string{
		"Subject: RE:[CASE 1] merge\r\nIn-Reply-To: <certflow.request.merge-1@example.com>\r\n" +
			"DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s; h=from:subject; bh=x; b=y\r\nFrom: a@amazon.com\r\nSubject: news\r\n\r\nx",
		"From: a@amazon.com\r\nnot a field\r\nSubject: x\r\n\r\nx",
		"Authentication-Results: mx.corp.example; dmarc=fail (p=reject; dmarc=pass header.from=amazon.com) header.from=amazon.com\r\nFrom: a@amazon.com\r\n\r\nx",
		`Authentication-Results: mx.corp.example; spf=fail smtp.mailfrom="a;dkim=pass"@e.example; dkim=pass header.d==?utf-8?q?amazon.com?=` + "\r\nFrom: a@amazon.com\r\n\r\nx",
		"Authentication-Results: mx.corp.example; dkim=pass header.d=e.example header.d=amazon.com (unclosed\r\nFrom: a@amazon.com\r\n\r\nx",
		"From: a@amazon.com; b@evil.example\r\n\r\nx", "From: <e@evil.example> <a@amazon.com>\r\n\r\nx", "From: \"x <a@amazon.com>, b@e.example\r\n\r\nx",
		"Subject: =?utf-8?q?a=0D=0ABcc:_x?=\r\nFrom: a@amazon.com\r\n\r\nx",
		string(hangingDKIM(100, 50)),
	} {
		f.Add([]byte(seed))
	}
	for _, p := range corpusFiles() {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
	tr := fuzzTriager()
	f.Fuzz(func(t *testing.T, raw []byte) {
		// A hang is a failure too, and this way the fuzzer keeps the input.
		done := make(chan Report, 1)
		go func() { done <- tr.Read(context.Background(), raw) }()
		select {
		case r := <-done:
			checkReport(t, r)
		case <-time.After(10 * time.Second):
			t.Fatalf("Read did not return within 10 s")
		}
	})
}

func corpusFiles() []string {
	var files []string
	// The walk cannot fail: its function passes over what it cannot read. A
	// missing corpus seeds nothing, and CI fails on the skip of TestCorpus then.
	_ = filepath.WalkDir(filepath.Join("..", "..", "..", "shared", "corpus"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && d.Name() != "README.md" && d.Name() != "LICENSE" {
			files = append(files, p)
		}
		return nil
	})
	return files
}
