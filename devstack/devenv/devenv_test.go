package devenv

import (
	"testing"
	"time"

	"github.com/certflow/certflow/config"
)

// The dev worker's environment is a whole, valid worker configuration:
// where it points, whom it trusts, and the dev stack's short waits, with a
// caller's own setting laid over the defaults.
func TestDevWorkerEnvironmentLoads(t *testing.T) {
	where := Endpoints{Temporal: "127.0.0.1:7233", IMAP: "127.0.0.1:1143", SMTP: "127.0.0.1:2525",
		Mailbox: CertsMailbox, Password: MailPassword, Desk: DeskAddress}
	env := Layer(WorkerDefaults(), FastTimers(), InProcess(),
		map[string]string{"CERTFLOW_MERGE_SUBMIT": "form"}, where.Env())
	cfg, err := config.LoadFrom[config.Worker](env)
	if err != nil {
		t.Fatalf("the dev worker's environment does not load: %v", err)
	}
	if cfg.IMAP.Username != CertsMailbox || cfg.From != CertsMailbox || cfg.Merge.SupportAddress != DeskAddress ||
		cfg.SMTP.Username != "" || cfg.Share.Wait != 20*time.Second || cfg.HTTPAddr != "" || cfg.LogFormat != "text" {
		t.Errorf("loaded %+v", cfg)
	}
	if len(cfg.TrustedAuthservIDs) != 1 || cfg.TrustedAuthservIDs[0] != AuthservID || cfg.VerifyDKIM {
		t.Errorf("trust: authserv-ids %v, verify DKIM %v; want only the dev SMTP server's verdict",
			cfg.TrustedAuthservIDs, cfg.VerifyDKIM)
	}
	if cfg.Merge.Submit != "form" {
		t.Errorf("the caller's CERTFLOW_MERGE_SUBMIT was not laid over the default: %q", cfg.Merge.Submit)
	}
	if DKIMKeys(DeskDomain, "")["devstack._domainkey."+DeskDomain] == nil || len(DKIMKeys(DeskDomain, "")) != 1 {
		t.Errorf("DKIMKeys = %v; want the desk domain's key only", DKIMKeys(DeskDomain, ""))
	}
}
