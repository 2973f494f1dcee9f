package config

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func workerEnv() map[string]string {
	return map[string]string{
		"CERTFLOW_IMAP_ADDRESS":          "imap.example.com:993",
		"CERTFLOW_IMAP_USERNAME":         "certs@example.com",
		"CERTFLOW_IMAP_PASSWORD":         "secret",
		"CERTFLOW_SMTP_ADDRESS":          "smtp.example.com:587",
		"CERTFLOW_MAIL_FROM":             "certs@example.com",
		"CERTFLOW_OPERATOR_EMAIL":        "ops@example.com",
		"CERTFLOW_MERGE_SUPPORT_ADDRESS": "aws-support@example.com",
	}
}

func TestWorkerDefaults(t *testing.T) {
	cfg, err := LoadFrom[Worker](workerEnv())
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Temporal.Address != "127.0.0.1:7233" || cfg.Namespace != "default" || cfg.TaskQueue != "certflow" {
		t.Fatalf("temporal defaults: %+v", cfg.Temporal)
	}
	if cfg.Merge.RemindAfter != 72*time.Hour || cfg.Merge.GiveUpAfter != 14*24*time.Hour {
		t.Fatalf("merge defaults: %+v", cfg.Merge)
	}
	if cfg.IMAP.TLS != "tls" || cfg.SMTP.TLS != "starttls" || strings.Join(cfg.IMAP.Mailboxes, ",") != "INBOX" {
		t.Fatalf("mail defaults: %+v %+v", cfg.IMAP, cfg.SMTP)
	}
	if strings.Join(cfg.AWSSenderDomains, ",") != "amazon.com,aws.amazon.com" {
		t.Fatalf("aws domains: %v", cfg.AWSSenderDomains)
	}
}

// One error names every bad variable at once.
func TestEveryProblemIsNamed(t *testing.T) {
	env := workerEnv()
	delete(env, "CERTFLOW_IMAP_ADDRESS")
	delete(env, "CERTFLOW_MAIL_FROM")
	env["CERTFLOW_MERGE_REMIND_AFTER"] = "3 days"
	env["CERTFLOW_SMTP_TLS"] = "maybe"
	env["CERTFLOW_OPERATOR_EMAIL"] = "Ops <ops@example.com>"
	_, err := LoadFrom[Worker](env)
	var cfgErr *Error
	if !errors.As(err, &cfgErr) {
		t.Fatalf("err = %v", err)
	}
	for _, name := range []string{"CERTFLOW_IMAP_ADDRESS", "CERTFLOW_MAIL_FROM", "CERTFLOW_MERGE_REMIND_AFTER", "CERTFLOW_SMTP_TLS", "CERTFLOW_OPERATOR_EMAIL"} {
		if _, ok := cfgErr.Problems[name]; !ok {
			t.Errorf("%s not named; problems: %v", name, cfgErr.Problems)
		}
		if !strings.Contains(err.Error(), name) {
			t.Errorf("message does not name %s:\n%s", name, err)
		}
	}
	if len(cfgErr.Problems) != 5 {
		t.Errorf("problems = %v, want exactly 5", cfgErr.Problems)
	}
	if !strings.Contains(cfgErr.Problems["CERTFLOW_MERGE_REMIND_AFTER"], "duration") {
		t.Errorf("bad duration message: %q", cfgErr.Problems["CERTFLOW_MERGE_REMIND_AFTER"])
	}
}

func TestRemindMustComeBeforeGiveUp(t *testing.T) {
	env := workerEnv()
	env["CERTFLOW_MERGE_REMIND_AFTER"] = "400h"
	_, err := LoadFrom[Worker](env)
	if err == nil || !strings.Contains(err.Error(), "CERTFLOW_MERGE_REMIND_AFTER") {
		t.Fatalf("err = %v", err)
	}
}

func TestFromMustBePlain(t *testing.T) {
	env := workerEnv()
	env["CERTFLOW_MAIL_FROM"] = "certs+x@example.com"
	if _, err := LoadFrom[Worker](env); err == nil || !strings.Contains(err.Error(), "CERTFLOW_MAIL_FROM") {
		t.Fatalf("err = %v", err)
	}
}

func TestStarterNeedsNothing(t *testing.T) {
	if _, err := LoadFrom[Starter](map[string]string{}); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFrom[Starter](map[string]string{"TEMPORAL_ADDRESS": "nohost"}); err == nil {
		t.Fatal("accepted TEMPORAL_ADDRESS without a port")
	}
}

func TestDevstackDefaults(t *testing.T) {
	cfg, err := LoadFrom[Devstack](map[string]string{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.TemporalPort != 7233 || cfg.UIPort != 8233 || cfg.IMAPPort != 1143 || cfg.SMTPPort != 2525 || cfg.DeskDelay != 2*time.Second || cfg.Dir != ".devstack" {
		t.Fatalf("devstack defaults: %+v", cfg)
	}
	if _, err := LoadFrom[Devstack](map[string]string{"CERTFLOW_DEV_IMAP_PORT": "70000"}); err == nil {
		t.Fatal("accepted port 70000")
	}
}

func TestMailboxList(t *testing.T) {
	env := workerEnv()
	env["CERTFLOW_IMAP_MAILBOXES"] = "INBOX, AWS"
	cfg, err := LoadFrom[Worker](env)
	if err != nil || strings.Join(cfg.IMAP.Mailboxes, "|") != "INBOX|AWS" {
		t.Fatalf("mailboxes = %q, %v", cfg.IMAP.Mailboxes, err)
	}
	for _, bad := range []string{"INBOX,INBOX", "INBOX,,AWS"} {
		env["CERTFLOW_IMAP_MAILBOXES"] = bad
		if _, err := LoadFrom[Worker](env); err == nil || !strings.Contains(err.Error(), "CERTFLOW_IMAP_MAILBOXES") {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
	env["CERTFLOW_IMAP_MAILBOXES"] = "INBOX"
	env["CERTFLOW_IMAP_PROCESSED_FOLDER"] = "INBOX"
	if _, err := LoadFrom[Worker](env); err == nil || !strings.Contains(err.Error(), "CERTFLOW_IMAP_PROCESSED_FOLDER") {
		t.Errorf("processed folder = watched folder: err = %v", err)
	}
	delete(env, "CERTFLOW_IMAP_PROCESSED_FOLDER")
	env["CERTFLOW_IMAP_IDLE_REFRESH"] = "29m"
	if _, err := LoadFrom[Worker](env); err == nil || !strings.Contains(err.Error(), "CERTFLOW_IMAP_IDLE_REFRESH") {
		t.Errorf("29m refresh accepted: %v", err)
	}
}

// Plaintext mail needs CERTFLOW_MAIL_INSECURE=true and a loopback host;
// anything else is refused at start, naming the variable.
func TestPlaintextOnlyToLoopbackOnPurpose(t *testing.T) {
	cases := []refusal{
		{map[string]string{"CERTFLOW_IMAP_TLS": "none", "CERTFLOW_IMAP_ADDRESS": "127.0.0.1:143"}, "CERTFLOW_IMAP_TLS"},
		{map[string]string{"CERTFLOW_IMAP_TLS": "none", "CERTFLOW_IMAP_ADDRESS": "127.0.0.1:143", "CERTFLOW_MAIL_INSECURE": "true"}, ""},
		{map[string]string{"CERTFLOW_IMAP_TLS": "none", "CERTFLOW_IMAP_ADDRESS": "[::1]:143", "CERTFLOW_MAIL_INSECURE": "true"}, ""},
		{map[string]string{"CERTFLOW_SMTP_TLS": "none", "CERTFLOW_SMTP_ADDRESS": "localhost:25", "CERTFLOW_MAIL_INSECURE": "true"}, ""},
		{map[string]string{"CERTFLOW_IMAP_TLS": "none", "CERTFLOW_MAIL_INSECURE": "true"}, "CERTFLOW_IMAP_TLS"}, // imap.example.com
		{map[string]string{"CERTFLOW_SMTP_TLS": "none", "CERTFLOW_SMTP_ADDRESS": "10.0.0.5:25", "CERTFLOW_MAIL_INSECURE": "true"}, "CERTFLOW_SMTP_TLS"},
		{map[string]string{"CERTFLOW_SMTP_TLS": "none", "CERTFLOW_SMTP_ADDRESS": "localhost.evil.example:25", "CERTFLOW_MAIL_INSECURE": "true"}, "CERTFLOW_SMTP_TLS"},
		{map[string]string{"CERTFLOW_MAIL_INSECURE": "true"}, ""}, // allowed, but TLS is still used
	}
	checkRefusals(t, cases, "")
}

// refusal is a change to a valid worker environment and the variable it
// must be refused for ("" when it must be accepted).
type refusal struct {
	vars    map[string]string
	refused string
}

// checkRefusals loads each case; no error may quote secret.
func checkRefusals(t *testing.T, cases []refusal, secret string) {
	t.Helper()
	for _, tc := range cases {
		env := workerEnv()
		for k, v := range tc.vars {
			env[k] = v
		}
		_, err := LoadFrom[Worker](env)
		var cfgErr *Error
		switch {
		case tc.refused == "" && err != nil:
			t.Errorf("%v: refused: %v", tc.vars, err)
		case tc.refused != "" && (!errors.As(err, &cfgErr) || cfgErr.Problems[tc.refused] == ""):
			t.Errorf("%v: %v; want %s refused", tc.vars, err, tc.refused)
		case secret != "" && err != nil && strings.Contains(err.Error(), secret):
			t.Errorf("the error quotes a secret: %v", err)
		}
	}
}

func TestCredentials(t *testing.T) {
	tokenFile := t.TempDir() + "/token"
	if err := writeFile(tokenFile, "ya29.token"); err != nil {
		t.Fatal(err)
	}
	cases := []refusal{
		{map[string]string{"CERTFLOW_IMAP_PASSWORD": ""}, "CERTFLOW_IMAP_PASSWORD"},
		{map[string]string{"CERTFLOW_IMAP_PASSWORD": "", "CERTFLOW_IMAP_AUTH": "xoauth2"}, "CERTFLOW_IMAP_TOKEN_FILE"},
		{map[string]string{"CERTFLOW_IMAP_PASSWORD": "", "CERTFLOW_IMAP_AUTH": "xoauth2", "CERTFLOW_IMAP_TOKEN_FILE": tokenFile + ".missing"}, "CERTFLOW_IMAP_TOKEN_FILE"},
		{map[string]string{"CERTFLOW_IMAP_PASSWORD": "", "CERTFLOW_IMAP_AUTH": "xoauth2", "CERTFLOW_IMAP_TOKEN_FILE": tokenFile}, ""},
		{map[string]string{"CERTFLOW_IMAP_AUTH": "kerberos"}, "CERTFLOW_IMAP_AUTH"},
		{map[string]string{"CERTFLOW_SMTP_AUTH": "xoauth2"}, "CERTFLOW_SMTP_USERNAME"},
		{map[string]string{"CERTFLOW_SMTP_AUTH": "xoauth2", "CERTFLOW_SMTP_USERNAME": "certs@example.com", "CERTFLOW_SMTP_TOKEN_FILE": tokenFile}, ""},
		{map[string]string{"CERTFLOW_SMTP_USERNAME": "certs@example.com"}, "CERTFLOW_SMTP_PASSWORD"},
	}
	checkRefusals(t, cases, "ya29.token")
}

func TestTrustSettings(t *testing.T) {
	cfg, err := LoadFrom[Worker](workerEnv())
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.VerifyDKIM || len(cfg.TrustedAuthservIDs) != 0 || cfg.MaxMIMEDepth != 20 || cfg.MaxHeaderFields != 1000 || cfg.MaxHeaderBytes != 65536 {
		t.Fatalf("trust defaults: %+v", cfg.Trust)
	}
	env := workerEnv()
	env["CERTFLOW_VERIFY_DKIM"] = "false"
	env["CERTFLOW_AWS_SENDER_DOMAINS"] = " , "
	env["CERTFLOW_MAIL_MAX_HEADER_BYTES"] = "100"
	var cfgErr *Error
	if _, err := LoadFrom[Worker](env); !errors.As(err, &cfgErr) ||
		cfgErr.Problems["CERTFLOW_TRUSTED_AUTHSERV_IDS"] == "" || cfgErr.Problems["CERTFLOW_AWS_SENDER_DOMAINS"] == "" || cfgErr.Problems["CERTFLOW_MAIL_MAX_HEADER_BYTES"] == "" {
		t.Fatalf("%v", err)
	}
	env = workerEnv()
	env["CERTFLOW_TRUSTED_AUTHSERV_IDS"] = " MX.Google.com , "
	if cfg, err = LoadFrom[Worker](env); err != nil || strings.Join(cfg.TrustedAuthservIDs, ",") != "mx.google.com" {
		t.Fatalf("%v %v", cfg.TrustedAuthservIDs, err)
	}
}

func writeFile(path, content string) error { return os.WriteFile(path, []byte(content), 0o600) }

func deskEnv() map[string]string {
	return map[string]string{
		"CERTFLOW_DESK_ADDRESS":      "aws-cs-trainingcertification-form@aws.example.test",
		"CERTFLOW_DESK_PASSWORD":     "test",
		"CERTFLOW_DESK_IMAP_ADDRESS": "127.0.0.1:10143",
		"CERTFLOW_DESK_SMTP_ADDRESS": "127.0.0.1:10025",
	}
}

// The desk reads its mail with its own login when one is given, else with
// its address; its delay defaults like the dev stack's.
func TestDeskLogin(t *testing.T) {
	cfg, err := LoadFrom[Desk](deskEnv())
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Login != cfg.Address || cfg.Delay != 2*time.Second {
		t.Fatalf("defaults: %+v", cfg)
	}
	env := deskEnv()
	env["CERTFLOW_DESK_LOGIN"] = "desk@example.test"
	if cfg, err = LoadFrom[Desk](env); err != nil || cfg.Login != "desk@example.test" {
		t.Fatalf("login %q, err %v", cfg.Login, err)
	}
}

// Every missing or unsafe desk setting is named; plain text leaves loopback never.
func TestDeskProblems(t *testing.T) {
	_, err := LoadFrom[Desk](map[string]string{})
	var cfgErr *Error
	if !errors.As(err, &cfgErr) {
		t.Fatalf("err = %v", err)
	}
	for _, name := range []string{"CERTFLOW_DESK_ADDRESS", "CERTFLOW_DESK_PASSWORD", "CERTFLOW_DESK_IMAP_ADDRESS", "CERTFLOW_DESK_SMTP_ADDRESS"} {
		if cfgErr.Problems[name] != "required, not set" {
			t.Errorf("%s: %q, want required; all: %v", name, cfgErr.Problems[name], cfgErr.Problems)
		}
	}
	env := deskEnv()
	env["CERTFLOW_DESK_IMAP_ADDRESS"] = "mail:10143"
	env["CERTFLOW_DESK_SMTP_ADDRESS"] = "10025"
	env["CERTFLOW_DESK_DELAY"] = "-1s"
	_, err = LoadFrom[Desk](env)
	if !errors.As(err, &cfgErr) {
		t.Fatalf("err = %v", err)
	}
	if p := cfgErr.Problems["CERTFLOW_DESK_IMAP_ADDRESS"]; !strings.Contains(p, "loopback") {
		t.Errorf("IMAP on another host: %q", p)
	}
	if p := cfgErr.Problems["CERTFLOW_DESK_SMTP_ADDRESS"]; !strings.Contains(p, "host:port") {
		t.Errorf("SMTP without a port: %q", p)
	}
	if _, ok := cfgErr.Problems["CERTFLOW_DESK_DELAY"]; !ok || len(cfgErr.Problems) != 3 {
		t.Errorf("problems = %v, want exactly the IMAP, SMTP and delay ones", cfgErr.Problems)
	}
}

// The HTTP server is on by default and turned off by "off"; an empty value
// means the default, as for every setting.
func TestHTTPAddrOff(t *testing.T) {
	for value, want := range map[string]string{"": "127.0.0.1:8080", "off": "", "0.0.0.0:9090": "0.0.0.0:9090"} {
		env := workerEnv()
		env["CERTFLOW_HTTP_ADDR"] = value
		cfg, err := LoadFrom[Worker](env)
		if err != nil || cfg.HTTPAddr != want {
			t.Errorf("CERTFLOW_HTTP_ADDR=%q: %q, %v; want %q", value, cfg.HTTPAddr, err, want)
		}
	}
}

// People's domains may be believed without proof by setting; AWS's never.
func TestUnauthenticatedAnswerDomainsExcludeAWS(t *testing.T) {
	checkRefusals(t, []refusal{
		{map[string]string{"CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS": "corp.example"}, ""},
		{map[string]string{"CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS": "corp.example,amazon.com"}, "CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS"},
		{map[string]string{"CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS": "eu.aws.amazon.com"}, "CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS"},
	}, "")
}

// Groups share field names (Merge.RemindAfter, Share.RemindAfter): a value
// that does not parse is still named by its own variable.
func TestBadValueIsNamedByItsGroupsVariable(t *testing.T) {
	for _, name := range []string{"CERTFLOW_SHARE_REMIND_AFTER", "CERTFLOW_MERGE_REMIND_AFTER", "CERTFLOW_SHARE_GIVE_UP_AFTER"} {
		env := workerEnv()
		env[name] = "3 days"
		_, err := LoadFrom[Worker](env)
		var cfgErr *Error
		if !errors.As(err, &cfgErr) || len(cfgErr.Problems) != 1 || !strings.Contains(cfgErr.Problems[name], "duration") {
			t.Errorf("%s=3 days: err = %v", name, err)
		}
	}
}

// The limits whose defaults are constants of the code (shared with the mail
// packages) are defaults like any other: unset or empty gives the constant,
// a value replaces it, for the worker and for `starter classify` alike.
func TestLimitDefaultsComeFromTheConstants(t *testing.T) {
	env := workerEnv()
	env["CERTFLOW_MAIL_MAX_HEADER_FIELDS"] = ""
	cfg, err := LoadFrom[Worker](env)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.IMAP.MaxMessageBytes != DefaultMaxMessageBytes || cfg.MaxMIMEDepth != DefaultMaxMIMEDepth ||
		cfg.MaxHeaderFields != DefaultMaxHeaderFields || cfg.MaxHeaderBytes != DefaultMaxHeaderBytes {
		t.Fatalf("limits: %d %+v", cfg.IMAP.MaxMessageBytes, cfg.Trust)
	}
	classify, err := LoadFrom[Classify](map[string]string{"CERTFLOW_IMAP_MAX_MESSAGE_BYTES": "2048"})
	if err != nil || classify.MaxMessageBytes != 2048 || classify.MaxMIMEDepth != DefaultMaxMIMEDepth {
		t.Fatalf("classify: %+v, %v", classify, err)
	}
	if classify, _ := LoadFrom[Classify](map[string]string{}); classify.MaxMessageBytes != DefaultMaxMessageBytes {
		t.Fatalf("classify default: %d", classify.MaxMessageBytes)
	}
}
