// Package devenv is the one source of the dev stack's names and of the
// environment a worker on it runs with. The dev stack configures its own
// worker from here, and so do the bench and the tests that start workers on
// the dev mail system, so none of them keeps a copy that can drift.
package devenv

import (
	"maps"

	"github.com/certflow/certflow/devstack/awsdesk"
	"github.com/certflow/certflow/mail/trust"
)

// The dev stack's fixed names: one domain for certflow and its people, one
// for the simulated AWS desk.
const (
	Domain        = "devstack.test"
	DeskDomain    = "aws.devstack.test"
	CertsMailbox  = "certs@" + Domain
	OperatorEmail = "operator@" + Domain
	DeskAddress   = awsdesk.DeskLocalPart + "@" + DeskDomain
	Namespace     = "default"
	// AuthservID is the name under which the dev SMTP server, like a
	// provider's MX, writes its DKIM verdict in an Authentication-Results
	// header; the dev worker trusts that header and no other.
	AuthservID = Domain
	// MailPassword is the dev mailboxes' password unless
	// CERTFLOW_DEV_MAIL_PASSWORD says otherwise.
	MailPassword = "devstack"
)

// Endpoints is where a worker finds the dev stack's servers and who it is
// on them.
type Endpoints struct {
	Temporal string // the Temporal frontend's host:port
	IMAP     string // the dev IMAP server's host:port (plain text)
	SMTP     string // the dev SMTP server's host:port (plain text, no AUTH)
	Mailbox  string // the worker's login and From address, such as CertsMailbox
	Password string // the mailbox's password
	Desk     string // where merge requests go, such as DeskAddress
}

// Env is the part of a worker's environment that says where things are: a
// caller lays it over any other settings, since a worker pointed elsewhere
// is not on the dev stack.
func (e Endpoints) Env() map[string]string {
	return map[string]string{
		"TEMPORAL_ADDRESS":       e.Temporal,
		"TEMPORAL_NAMESPACE":     Namespace,
		"CERTFLOW_IMAP_ADDRESS":  e.IMAP,
		"CERTFLOW_IMAP_USERNAME": e.Mailbox,
		"CERTFLOW_IMAP_PASSWORD": e.Password,
		"CERTFLOW_IMAP_TLS":      "none",
		"CERTFLOW_SMTP_ADDRESS":  e.SMTP,
		"CERTFLOW_SMTP_TLS":      "none",
		// Plain text to a loopback host only: config checks the host.
		"CERTFLOW_MAIL_INSECURE":         "true",
		"CERTFLOW_MAIL_FROM":             e.Mailbox,
		"CERTFLOW_OPERATOR_EMAIL":        OperatorEmail,
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": e.Desk,
		"CERTFLOW_AWS_SENDER_DOMAINS":    DeskDomain,
	}
}

// WorkerDefaults is how a worker talks to the dev mail system and whom it
// trusts there; a caller's own setting may replace any of them (a test that
// logs in with a token sets CERTFLOW_SMTP_USERNAME).
func WorkerDefaults() map[string]string {
	return map[string]string{
		// The dev SMTP server takes mail without AUTH.
		"CERTFLOW_SMTP_USERNAME": "",
		// The simulated desk reads mail, not a web form.
		"CERTFLOW_MERGE_SUBMIT": "email",
		// The dev SMTP server verifies the desk's DKIM signature and says so
		// in an Authentication-Results header under AuthservID.
		"CERTFLOW_TRUSTED_AUTHSERV_IDS": AuthservID,
		"CERTFLOW_VERIFY_DKIM":          "false",
	}
}

// FastTimers are the dev stack's short waits: a dev mailbox re-searches
// often, so a lost IDLE notification costs seconds, not minutes; and a share
// case runs in about a minute, not weeks. Each stays a setting.
func FastTimers() map[string]string {
	return map[string]string{
		"CERTFLOW_IMAP_IDLE_REFRESH":   "5s",
		"CERTFLOW_SHARE_WAIT":          "20s",
		"CERTFLOW_SHARE_RECHECK_AFTER": "10s",
		"CERTFLOW_SHARE_REMIND_AFTER":  "1m",
		"CERTFLOW_SHARE_GIVE_UP_AFTER": "5m",
	}
}

// InProcess is for a worker that runs inside another program (the dev
// stack, the bench): text logs among the host's, no HTTP port of its own.
func InProcess() map[string]string {
	return map[string]string{
		"CERTFLOW_LOG_FORMAT": "text",
		"CERTFLOW_HTTP_ADDR":  "off",
	}
}

// Layer merges environments; a later one's setting replaces an earlier's.
func Layer(envs ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, env := range envs {
		maps.Copy(out, env)
	}
	return out
}

// DKIMKeys publishes the dev DKIM key for each domain given (the simulated
// AWS desk, the simulated people), for the dev SMTP server to verify their
// signatures with; an empty domain is skipped.
func DKIMKeys(domains ...string) trust.StaticTXT {
	table := trust.StaticTXT{}
	for _, d := range domains {
		if d != "" {
			maps.Copy(table, awsdesk.DevDKIMResolver(d))
		}
	}
	return table
}
