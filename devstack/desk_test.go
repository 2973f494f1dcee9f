package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/mail/triage"
)

// `devstack desk` with bad settings stops with status 2 and names every
// offending variable, before it touches any mail server.
func TestDeskSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"nothing set", map[string]string{}, []string{"CERTFLOW_DESK_ADDRESS", "CERTFLOW_DESK_PASSWORD", "CERTFLOW_DESK_IMAP_ADDRESS", "CERTFLOW_DESK_SMTP_ADDRESS"}},
		{"plain text off loopback", map[string]string{
			"CERTFLOW_DESK_ADDRESS": "desk@aws.example.test", "CERTFLOW_DESK_PASSWORD": "x",
			"CERTFLOW_DESK_IMAP_ADDRESS": "mail.example.test:143", "CERTFLOW_DESK_SMTP_ADDRESS": "127.0.0.1:25",
			"CERTFLOW_DESK_DELAY": "soon",
		}, []string{"CERTFLOW_DESK_IMAP_ADDRESS", "CERTFLOW_DESK_DELAY"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := runDesk(context.Background(), tc.env, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr.String())
			}
			for _, name := range tc.want {
				if !strings.Contains(stderr.String(), name) {
					t.Errorf("stderr does not name %s:\n%s", name, stderr.String())
				}
			}
			if strings.Contains(stderr.String(), "CERTFLOW_DESK_SMTP_ADDRESS") != (tc.name == "nothing set") {
				t.Errorf("SMTP address wrongly judged:\n%s", stderr.String())
			}
		})
	}
}

// The desk alone reads the mailbox of its login (not of its From address)
// and answers from its own address, as in the compose mail profile where
// mail to aws.example.test is routed to desk@example.test.
func TestDeskAloneAnswersFromItsAddress(t *testing.T) {
	answers := make(chan string, 10)
	ms, err := mailserver.Start(mailserver.Config{
		IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw",
		OnDeliver: func(mailbox string, raw []byte) {
			if strings.Contains(mailbox, "requester") {
				answers <- string(raw)
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ms.Close()
	if err := ms.AddMailbox("desk@example.test"); err != nil {
		t.Fatal(err)
	}
	request := "From: requester@corp.example\r\nTo: desk@example.test\r\nSubject: Merge my accounts\r\n" +
		"Message-ID: <req-1@corp.example>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\nPlease merge them.\r\n"
	if err := ms.Deliver("desk@example.test", []byte(request)); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var stderr bytes.Buffer
	go func() {
		done <- runDesk(ctx, map[string]string{
			"CERTFLOW_DESK_ADDRESS": "aws-cs-trainingcertification-form@aws.example.test",
			"CERTFLOW_DESK_LOGIN":   "desk@example.test", "CERTFLOW_DESK_PASSWORD": "pw",
			"CERTFLOW_DESK_IMAP_ADDRESS": ms.IMAPAddr(), "CERTFLOW_DESK_SMTP_ADDRESS": ms.SMTPAddr(),
			"CERTFLOW_DESK_DELAY": "0s",
		}, &stderr)
	}()
	select {
	case raw := <-answers:
		if !strings.Contains(raw, "aws-cs-trainingcertification-form@aws.example.test") || !strings.Contains(raw, "[CASE ") ||
			!strings.Contains(raw, "<req-1@corp.example>") {
			t.Errorf("answer is not the desk's consent request in the thread:\n%s", raw)
		}
		// The compose mail profile's worker authenticates it with the
		// committed key table, as it would AWS's mail with DNS.
		trustCfg, err := config.LoadFrom[config.Classify](map[string]string{
			"CERTFLOW_AWS_SENDER_DOMAINS": "aws.example.test", "CERTFLOW_VERIFY_DKIM": "true",
			"CERTFLOW_DKIM_TXT_FILE": filepath.Join("..", "compose", "mail", "dkim.txt"),
		})
		if err != nil {
			t.Fatal(err)
		}
		tr, err := triage.FromSettings(trustCfg.Trust, "", trustCfg.MaxMessageBytes)
		if err != nil {
			t.Fatal(err)
		}
		if r := tr.Read(context.Background(), []byte(raw)); !r.Authenticated || r.Kind != "aws_consent_request" {
			t.Errorf("the desk's answer is %s, authenticated %v (%q): compose/mail/dkim.txt must publish awsdesk.DevDKIMTXT(\"aws.example.test\")", r.Kind, r.Authenticated, r.Reasons)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("no answer within 30s; desk log:\n%s", stderr.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel; log:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("desk did not stop within 30s of cancel")
	}
}
