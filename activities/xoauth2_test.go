package activities

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/mailserver"
	"github.com/certflow/certflow/templates"
	"github.com/certflow/certflow/workflows"
)

// Settings with CERTFLOW_IMAP_AUTH and CERTFLOW_SMTP_AUTH set to xoauth2
// reach both protocols: a send step reads the Sent folder over IMAP and
// submits over SMTP with the tokens from the files, and after the files
// are rewritten the next step uses the new tokens, with no new Activities.
func TestSendMailWithXOAUTH2Settings(t *testing.T) {
	s, err := mailserver.Start(mailserver.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0", Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const user = "certs@devstack.test"
	dir := t.TempDir()
	imapToken, smtpToken := filepath.Join(dir, "imap-token"), filepath.Join(dir, "smtp-token")
	setTokens := func(imapTok, smtpTok string) {
		t.Helper()
		// One mailbox, one current token for both protocols, as a
		// provider has; each file gets it as a refresher would write it.
		if err := s.SetToken(user, imapTok); err != nil {
			t.Fatal(err)
		}
		for path, tok := range map[string]string{imapToken: imapTok, smtpToken: smtpTok} {
			if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	setTokens("ya29.one", "ya29.one")

	cfg, err := config.LoadFrom[config.Worker](map[string]string{
		"CERTFLOW_IMAP_ADDRESS": s.IMAPAddr(), "CERTFLOW_IMAP_USERNAME": user,
		"CERTFLOW_IMAP_AUTH": "xoauth2", "CERTFLOW_IMAP_TOKEN_FILE": imapToken, "CERTFLOW_IMAP_TLS": "none",
		"CERTFLOW_SMTP_ADDRESS": s.SMTPAddr(), "CERTFLOW_SMTP_USERNAME": user,
		"CERTFLOW_SMTP_AUTH": "xoauth2", "CERTFLOW_SMTP_TOKEN_FILE": smtpToken, "CERTFLOW_SMTP_TLS": "none",
		"CERTFLOW_MAIL_INSECURE": "true",
		"CERTFLOW_MAIL_FROM":     user, "CERTFLOW_OPERATOR_EMAIL": "ops@devstack.test",
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": "desk@aws.example",
	})
	if err != nil {
		t.Fatal(err)
	}
	sender, err := NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := &Activities{Config: cfg, Sender: sender, Templates: templates.New(""), Logger: slog.New(slog.DiscardHandler)}
	in := workflows.OutgoingMail{
		CaseID: "merge-1", Step: "request", Template: workflows.TemplateMergeRequest, Lang: "en",
		To:   []string{"desk@aws.example"},
		Data: map[string]string{"CaseID": "merge-1", "Name": "Taro", "SourceEmail": "a@x.example", "TargetEmail": "b@x.example", "AwsCase": ""},
	}
	if _, err := a.SendMail(context.Background(), in); err != nil {
		t.Fatal(err)
	}

	// Refreshed: the server takes only the new token. While the SMTP file
	// still holds the old one, the step fails without quoting it.
	setTokens("ya29.two", "ya29.one")
	in.Step, in.Template = "follow-up-awaiting_consent", workflows.TemplateMergeFollowUp
	_, err = a.SendMail(context.Background(), in)
	if err == nil || strings.Contains(err.Error(), "ya29") {
		t.Fatalf("SMTP with the old token: err = %v, want a refusal without the token", err)
	}
	setTokens("ya29.two", "ya29.two")
	if _, err := a.SendMail(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if got := count(t, s.IMAPAddr(), "desk@aws.example", "INBOX"); got != 2 {
		t.Fatalf("the recipient got %d mails, want 2", got)
	}
}
