// Package config reads every certflow setting from the environment and
// validates it in one place, so a bad setting stops a program at start with
// one message that names every offending variable.
//
// Temporal settings use the names the Temporal CLI and SDK samples use
// (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE); every other setting starts with
// CERTFLOW_. The first paragraph of each setting's doc comment is its text in
// the README's settings table (config/docs_test.go reads it from this file).
package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"
)

// The defaults of the limits on incoming mail. They are stated here once:
// they are the settings' defaults (set by setDefaults, not by envDefault
// tags) and what the mail packages apply when used without settings
// (message.Parse, a watch without a size limit).
const (
	DefaultMaxMessageBytes = 25 << 20 // CERTFLOW_IMAP_MAX_MESSAGE_BYTES
	DefaultMaxMIMEDepth    = 20       // CERTFLOW_MAIL_MAX_MIME_DEPTH
	DefaultMaxHeaderFields = 1000     // CERTFLOW_MAIL_MAX_HEADER_FIELDS
	DefaultMaxHeaderBytes  = 64 << 10 // CERTFLOW_MAIL_MAX_HEADER_BYTES
)

// Temporal says where the Temporal frontend is and how certflow uses it.
type Temporal struct {
	// host:port of the Temporal frontend
	Address string `env:"TEMPORAL_ADDRESS" envDefault:"127.0.0.1:7233"`
	// Temporal namespace that holds the cases
	Namespace string `env:"TEMPORAL_NAMESPACE" envDefault:"default"`
	// task queue the worker polls and cases run on
	TaskQueue string `env:"CERTFLOW_TASK_QUEUE" envDefault:"certflow"`
	// base URL of the Temporal Web UI, used for the links the starter prints
	UIURL string `env:"CERTFLOW_UI_URL" envDefault:"http://127.0.0.1:8233"`
}

// IMAP says which mailbox the worker watches.
type IMAP struct {
	// host:port of the IMAP server (required)
	Address string `env:"CERTFLOW_IMAP_ADDRESS"`
	// IMAP login (required)
	Username string `env:"CERTFLOW_IMAP_USERNAME"`
	// IMAP password (required when CERTFLOW_IMAP_AUTH=password)
	Password string `env:"CERTFLOW_IMAP_PASSWORD"`
	// password (LOGIN) or xoauth2 (Gmail, Microsoft 365: the token is read from CERTFLOW_IMAP_TOKEN_FILE)
	Auth string `env:"CERTFLOW_IMAP_AUTH" envDefault:"password"`
	// file holding the OAuth 2.0 access token for xoauth2; re-read whenever it changes, so an external refresher
	// can keep it fresh
	TokenFile string `env:"CERTFLOW_IMAP_TOKEN_FILE"`
	// folders watched for incoming mail, comma-separated; each gets its own watcher
	Mailboxes []string `env:"CERTFLOW_IMAP_MAILBOXES" envDefault:"INBOX" envSeparator:","`
	// tls (implicit, port 993), starttls, or none (needs CERTFLOW_MAIL_INSECURE=true and a loopback host)
	TLS string `env:"CERTFLOW_IMAP_TLS" envDefault:"tls"`
	// how often IDLE is re-issued and the folder re-searched (at most 10m), so a missed notification costs at most
	// this long
	IdleRefresh time.Duration `env:"CERTFLOW_IMAP_IDLE_REFRESH" envDefault:"5m"`
	// how often a server without IDLE is searched
	PollInterval time.Duration `env:"CERTFLOW_IMAP_POLL_INTERVAL" envDefault:"1m"`
	// longest wait for any IMAP answer before the connection is closed and reopened
	Watchdog time.Duration `env:"CERTFLOW_IMAP_WATCHDOG" envDefault:"1m"`
	// folder handled mail is moved to (created if missing); empty: handled mail is only flagged \Seen
	ProcessedFolder string `env:"CERTFLOW_IMAP_PROCESSED_FOLDER"`
	// folder for mail that cannot be parsed or is over the size limit (created if missing)
	QuarantineFolder string `env:"CERTFLOW_IMAP_QUARANTINE_FOLDER" envDefault:"Quarantine"`
	// folder where a copy of every sent mail is kept; searched before sending so a retried step never sends twice
	SentFolder string `env:"CERTFLOW_IMAP_SENT_FOLDER" envDefault:"Sent"`
	// IMAP sessions a worker keeps for the Sent-folder check and copy, shared by all its sends (more sends wait);
	// with the watchers' one each, stay under the server's per-user limit (Dovecot 10, Gmail 15)
	SentSessions int `env:"CERTFLOW_IMAP_SENT_SESSIONS" envDefault:"3"`
	// larger incoming mail is quarantined without being downloaded
	//
	// Its default is DefaultMaxMessageBytes (setDefaults).
	MaxMessageBytes int64 `env:"CERTFLOW_IMAP_MAX_MESSAGE_BYTES"`
}

// SMTP says how the worker sends mail.
type SMTP struct {
	// host:port of the SMTP submission server (required)
	Address string `env:"CERTFLOW_SMTP_ADDRESS"`
	// SMTP login; empty sends without AUTH
	Username string `env:"CERTFLOW_SMTP_USERNAME"`
	// SMTP password
	Password string `env:"CERTFLOW_SMTP_PASSWORD"`
	// password (PLAIN) or xoauth2 (the token is read from CERTFLOW_SMTP_TOKEN_FILE)
	Auth string `env:"CERTFLOW_SMTP_AUTH" envDefault:"password"`
	// file holding the OAuth 2.0 access token for xoauth2; re-read whenever it changes
	TokenFile string `env:"CERTFLOW_SMTP_TOKEN_FILE"`
	// starttls, tls (implicit, port 465), or none (needs CERTFLOW_MAIL_INSECURE=true and a loopback host)
	TLS string `env:"CERTFLOW_SMTP_TLS" envDefault:"starttls"`
	// SMTP sessions a worker opens at once, shared by all its sends (more sends wait): providers refuse or reset a
	// burst of connections
	Sessions int `env:"CERTFLOW_SMTP_SESSIONS" envDefault:"5"`
	// how long a case's mail may be retried (SMTP or the Sent check down) before the case shows as
	// needs_attention; it goes on by itself once the mail is out
	SendAlertAfter time.Duration `env:"CERTFLOW_SEND_ALERT_AFTER" envDefault:"1h"`
}

// Mail holds the addresses and texts certflow's mail is built from.
type Mail struct {
	// certflow's own address (required); replies come back to its plus-addresses, e.g. certs+merge-…@example.com
	From string `env:"CERTFLOW_MAIL_FROM"`
	// display name on certflow's mail
	FromName string `env:"CERTFLOW_MAIL_FROM_NAME" envDefault:"certflow"`
	// who is told when a case needs a person (required)
	OperatorEmail string `env:"CERTFLOW_OPERATOR_EMAIL"`
	// most mails one case takes; further mail to it goes to starter unmatched and the operator is told once
	//
	// Anyone can mail a case's reply address; past this a case takes no more.
	CaseMaxMails int `env:"CERTFLOW_CASE_MAX_MAILS" envDefault:"500"`
	// directory whose <lang>/<name>.txt files replace the built-in mail templates
	TemplateDir string `env:"CERTFLOW_TEMPLATE_DIR"`
}

// Trust holds what decides whether a mail may move a case, and the limits on
// incoming mail (over one, a mail is quarantined and reported; their
// defaults are the Default… constants). The worker and `starter classify`
// read the same group.
type Trust struct {
	// From domains (and their subdomains) whose mail may be read as AWS's; it moves a case only when authenticated
	AWSSenderDomains []string `env:"CERTFLOW_AWS_SENDER_DOMAINS" envDefault:"amazon.com,aws.amazon.com" envSeparator:","`
	// authserv-ids of your own receiving servers (e.g. mx.google.com) whose topmost Authentication-Results header
	// is believed; comma-separated
	TrustedAuthservIDs []string `env:"CERTFLOW_TRUSTED_AUTHSERV_IDS" envSeparator:","`
	// verify DKIM signatures itself (DNS look-ups); a pass with a d= aligned to the From domain authenticates the
	// sender
	VerifyDKIM bool `env:"CERTFLOW_VERIFY_DKIM" envDefault:"true"`
	// people's domains whose answers (yes, no, done, submitted) are believed WITHOUT authentication; empty by
	// default. Anyone can then answer for an address there: use only for a domain that cannot sign its mail
	UnauthenticatedAnswerDomains []string `env:"CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS" envSeparator:","`
	// file of DNS TXT records ("<selector>._domainkey.<domain> <record>" per line) answered instead of DNS for
	// those names: for closed test setups such as the compose mail profile
	DKIMTXTFile string `env:"CERTFLOW_DKIM_TXT_FILE"`
	// file of extra AWS phrases, in the format of the built-in mail/classify/phrases.txt; added to the built-in
	// ones at start
	AWSPhrasesFile string `env:"CERTFLOW_AWS_PHRASES_FILE"`
	// allow CERTFLOW_IMAP_TLS=none and CERTFLOW_SMTP_TLS=none, and only to a loopback host
	Insecure bool `env:"CERTFLOW_MAIL_INSECURE" envDefault:"false"`
	// deepest MIME nesting read; deeper mail is quarantined
	MaxMIMEDepth int `env:"CERTFLOW_MAIL_MAX_MIME_DEPTH"`
	// most header fields in one message or part; more is quarantined
	MaxHeaderFields int `env:"CERTFLOW_MAIL_MAX_HEADER_FIELDS"`
	// longest single header field, folded lines included; longer is quarantined
	MaxHeaderBytes int `env:"CERTFLOW_MAIL_MAX_HEADER_BYTES"`
}

// Merge holds the merge process's settings.
type Merge struct {
	// where merge requests are sent (required): AWS Training and Certification support
	SupportAddress string `env:"CERTFLOW_MERGE_SUPPORT_ADDRESS"`
	// silence after which a follow-up is sent in the thread
	RemindAfter time.Duration `env:"CERTFLOW_MERGE_REMIND_AFTER" envDefault:"72h"`
	// silence after which the case needs attention and the operator is mailed
	GiveUpAfter time.Duration `env:"CERTFLOW_MERGE_GIVE_UP_AFTER" envDefault:"336h"`
	// auto: consent to AWS's request at once; approve: wait for starter approve first
	ReplyPolicy string `env:"CERTFLOW_MERGE_REPLY_POLICY" envDefault:"auto"`
	// how a merge request reaches AWS when starter merge has no --submit: form (the requester submits AWS's web
	// form; certflow waits for their "submitted") or email (to CERTFLOW_MERGE_SUPPORT_ADDRESS)
	Submit string `env:"CERTFLOW_MERGE_SUBMIT" envDefault:"form"`
	// the AWS Training and Certification support form the requester fills in
	FormURL string `env:"CERTFLOW_MERGE_FORM_URL" envDefault:"https://support.aws.amazon.com/#/contacts/aws-training"`
}

// Share holds the share process's settings.
type Share struct {
	// silence from the employee after which they are reminded
	RemindAfter time.Duration `env:"CERTFLOW_SHARE_REMIND_AFTER" envDefault:"72h"`
	// silence from the employee after which the case needs attention and the operator is mailed
	GiveUpAfter time.Duration `env:"CERTFLOW_SHARE_GIVE_UP_AFTER" envDefault:"336h"`
	// how long AWS takes to show shared certifications in the APN profile
	Wait time.Duration `env:"CERTFLOW_SHARE_WAIT" envDefault:"168h"`
	// after a "not yet", how long to wait before asking again
	RecheckAfter time.Duration `env:"CERTFLOW_SHARE_RECHECK_AFTER" envDefault:"72h"`
	// how many times to ask before the case needs attention
	MaxChecks int `env:"CERTFLOW_SHARE_MAX_CHECKS" envDefault:"3"`
}

// Worker is everything the worker process needs.
type Worker struct {
	Temporal
	IMAP
	SMTP
	Mail
	Trust
	Merge
	Share
	// debug, info, warn or error
	LogLevel string `env:"CERTFLOW_LOG_LEVEL" envDefault:"info"`
	// json or text (the dev stack uses text)
	LogFormat string `env:"CERTFLOW_LOG_FORMAT" envDefault:"json"`
	// host:port for /metrics (Prometheus), /healthz and /readyz; off turns the HTTP server off
	HTTPAddr string `env:"CERTFLOW_HTTP_ADDR" envDefault:"127.0.0.1:8080"`
	// on SIGTERM, how long running activities get to finish or heartbeat before the worker exits
	ShutdownTimeout time.Duration `env:"CERTFLOW_SHUTDOWN_TIMEOUT" envDefault:"30s"`
}

// Starter is everything the operator CLI needs.
type Starter struct {
	Temporal
}

// Classify is what `starter classify` needs: the worker's trust rules and
// limits, and certflow's own address when set (to read plus-addresses).
// It needs no Temporal server and no mailbox.
type Classify struct {
	Trust
	// the worker's CERTFLOW_MAIL_FROM, optional here
	From string `env:"CERTFLOW_MAIL_FROM"`
	// the worker's CERTFLOW_IMAP_MAX_MESSAGE_BYTES
	MaxMessageBytes int64 `env:"CERTFLOW_IMAP_MAX_MESSAGE_BYTES"`
}

// Devstack holds the dev stack's own settings; the worker inside it is
// configured from Worker, with the dev mail system filled in.
type Devstack struct {
	// where the dev stack keeps its Temporal database and dev mailboxes (git-ignored)
	Dir string `env:"CERTFLOW_DEV_DIR" envDefault:".devstack"`
	// dev stack: Temporal frontend port on 127.0.0.1
	TemporalPort int `env:"CERTFLOW_DEV_TEMPORAL_PORT" envDefault:"7233"`
	// dev stack: Temporal Web UI port on 127.0.0.1
	UIPort int `env:"CERTFLOW_DEV_UI_PORT" envDefault:"8233"`
	// dev stack: IMAP port on 127.0.0.1
	IMAPPort int `env:"CERTFLOW_DEV_IMAP_PORT" envDefault:"1143"`
	// dev stack: SMTP port on 127.0.0.1
	SMTPPort int `env:"CERTFLOW_DEV_SMTP_PORT" envDefault:"2525"`
	// dev stack: password of every dev mailbox
	MailPassword string `env:"CERTFLOW_DEV_MAIL_PASSWORD" envDefault:"devstack"`
	// dev stack: how long the simulated AWS desk waits before it answers
	DeskDelay time.Duration `env:"CERTFLOW_DEV_DESK_DELAY" envDefault:"2s"`
	// dev stack: mailboxes at this domain are a simulated employee who answers share cases (empty: nobody answers)
	EmployeeDomain string `env:"CERTFLOW_DEV_EMPLOYEE_DOMAIN" envDefault:"corp.example"`
	// dev stack: how long the simulated employee takes to answer
	EmployeeDelay time.Duration `env:"CERTFLOW_DEV_EMPLOYEE_DELAY" envDefault:"2s"`
}

// Desk configures the simulated AWS desk run on its own (`devstack desk`), as
// the compose mail profile runs it. The desk speaks plain-text IMAP and SMTP,
// so like the worker's plaintext mode it may only talk to a loopback host.
type Desk struct {
	// devstack desk: the simulated AWS desk's own address, which its answers come from (required); its domain must
	// be in the worker's CERTFLOW_AWS_SENDER_DOMAINS
	Address string `env:"CERTFLOW_DESK_ADDRESS"`
	// devstack desk: IMAP login of the mailbox the desk reads; empty: CERTFLOW_DESK_ADDRESS
	Login string `env:"CERTFLOW_DESK_LOGIN"`
	// devstack desk: IMAP password (required)
	Password string `env:"CERTFLOW_DESK_PASSWORD"`
	// devstack desk: host:port of the IMAP server, plain text, so a loopback host only (required)
	IMAPAddress string `env:"CERTFLOW_DESK_IMAP_ADDRESS"`
	// devstack desk: host:port of the SMTP server, plain text without AUTH, so a loopback host only (required)
	SMTPAddress string `env:"CERTFLOW_DESK_SMTP_ADDRESS"`
	// devstack desk: how long the desk waits before it answers
	Delay time.Duration `env:"CERTFLOW_DESK_DELAY" envDefault:"2s"`
	// devstack desk: file where the desk keeps how far it has read, so a restarted desk does not answer old mail
	// again; empty: it reads from the first message
	StateFile string `env:"CERTFLOW_DESK_STATE_FILE"`
}

// Error lists every bad setting, one per variable.
type Error struct {
	Problems map[string]string // variable name -> what is wrong
}

func (e *Error) Error() string {
	names := make([]string, 0, len(e.Problems))
	for name := range e.Problems {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("bad settings:")
	for _, name := range names {
		fmt.Fprintf(&b, "\n  %s: %s", name, e.Problems[name])
	}
	return b.String()
}

// validator is implemented by setting groups with rules beyond types.
type validator interface {
	validate(problems map[string]string)
}

// Load reads T from the process environment.
func Load[T any]() (T, error) {
	return LoadFrom[T](Environ())
}

// LoadFrom reads T from the given variables only; the dev stack uses it to
// configure its worker through exactly the path a real worker takes.
func LoadFrom[T any](vars map[string]string) (T, error) {
	var cfg T
	setDefaults(reflect.ValueOf(&cfg).Elem())
	problems := map[string]string{}
	parseGroups(reflect.ValueOf(&cfg).Elem(), vars, problems)
	validateAll(reflect.ValueOf(&cfg).Elem(), problems)
	if len(problems) > 0 {
		return cfg, &Error{Problems: problems}
	}
	return cfg, nil
}

// parseGroups parses the settings struct v one group (embedded struct) at a
// time. The settings library names a value it cannot parse by its field
// alone, and groups share field names (IMAP.Address, SMTP.Address), so each
// error is read against the fields of the struct it was parsed from; the
// errors of a group come from the group's own parse and are skipped when the
// struct that embeds it is parsed.
func parseGroups(v reflect.Value, vars, problems map[string]string) {
	own := map[string]string{} // field name -> variable, of v's own settings
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			parseGroups(v.Field(i), vars, problems)
		} else if name := f.Tag.Get("env"); name != "" {
			own[f.Name] = strings.Split(name, ",")[0]
		}
	}
	err := env.ParseWithOptions(v.Addr().Interface(), env.Options{Environment: vars})
	if err == nil {
		return
	}
	errs := []error{err}
	var agg env.AggregateError
	if errors.As(err, &agg) {
		errs = agg.Errors
	}
	for _, e := range errs {
		addProblem(problems, own, vars, e)
	}
}

// addProblem records err under the variable it is about. A parse error of a
// field that is not in own belongs to an embedded group and was recorded
// when that group was parsed.
func addProblem(problems, own map[string]string, vars map[string]string, err error) {
	var parseErr env.ParseError
	var notSet env.VarIsNotSetError
	var empty env.EmptyVarError
	switch {
	case errors.As(err, &parseErr):
		if name, ok := own[parseErr.Name]; ok {
			problems[name] = fmt.Sprintf("%q is not a valid %s", vars[name], kindName(parseErr.Type))
		}
	case errors.As(err, &notSet):
		problems[notSet.Key] = "required, not set"
	case errors.As(err, &empty):
		problems[empty.Key] = "must not be empty"
	default:
		problems["(settings)"] = err.Error()
	}
}

func kindName(t reflect.Type) string {
	if t == reflect.TypeOf(time.Duration(0)) {
		return "duration (e.g. 90s, 72h)"
	}
	return t.String()
}

// defaulter is implemented by setting groups with defaults stated in code
// (the Default… constants). The settings library leaves a field as it is
// when its variable is unset or empty, so these stand where no tag does.
type defaulter interface {
	setDefaults()
}

func (c *IMAP) setDefaults()     { c.MaxMessageBytes = DefaultMaxMessageBytes }
func (c *Classify) setDefaults() { c.MaxMessageBytes = DefaultMaxMessageBytes }
func (t *Trust) setDefaults() {
	t.MaxMIMEDepth = DefaultMaxMIMEDepth
	t.MaxHeaderFields = DefaultMaxHeaderFields
	t.MaxHeaderBytes = DefaultMaxHeaderBytes
}

// eachGroup calls do with v and every setting group embedded in it, outer
// groups first.
func eachGroup(v reflect.Value, do func(group any)) {
	do(v.Addr().Interface())
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).Anonymous && v.Field(i).Kind() == reflect.Struct {
			eachGroup(v.Field(i), do)
		}
	}
}

func setDefaults(v reflect.Value) {
	eachGroup(v, func(group any) {
		if d, ok := group.(defaulter); ok {
			d.setDefaults()
		}
	})
}

func validateAll(v reflect.Value, problems map[string]string) {
	eachGroup(v, func(group any) {
		if val, ok := group.(validator); ok {
			val.validate(problems)
		}
	})
}

// Environ returns the process environment as the map LoadFrom reads; the
// programs' main functions pass it on to what reads settings of its own.
func Environ() map[string]string {
	vars := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vars[k] = v
		}
	}
	return vars
}

// Variable documents one setting for the README table and .env.example.
type Variable struct {
	Name, Default string
}

// Variables lists the settings of T in declaration order, each with its
// default: the envDefault tag, or the value setDefaults gives it.
func Variables[T any]() []Variable {
	var out []Variable
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				walk(v.Field(i))
				continue
			}
			name := f.Tag.Get("env")
			if name == "" {
				continue
			}
			def, tagged := f.Tag.Lookup("envDefault")
			if !tagged && !v.Field(i).IsZero() {
				def = fmt.Sprint(v.Field(i).Interface())
			}
			out = append(out, Variable{Name: strings.Split(name, ",")[0], Default: def})
		}
	}
	var defaults T
	setDefaults(reflect.ValueOf(&defaults).Elem())
	walk(reflect.ValueOf(defaults))
	return out
}

func (t *Temporal) validate(problems map[string]string) {
	checkHostPort(problems, "TEMPORAL_ADDRESS", t.Address, true)
	if t.Namespace == "" {
		problems["TEMPORAL_NAMESPACE"] = "must not be empty"
	}
	if t.TaskQueue == "" {
		problems["CERTFLOW_TASK_QUEUE"] = "must not be empty"
	}
	if !strings.HasPrefix(t.UIURL, "http://") && !strings.HasPrefix(t.UIURL, "https://") {
		problems["CERTFLOW_UI_URL"] = fmt.Sprintf("%q is not an http(s) URL", t.UIURL)
	}
}

func (c *IMAP) validate(problems map[string]string) {
	checkHostPort(problems, "CERTFLOW_IMAP_ADDRESS", c.Address, true)
	checkRequired(problems, "CERTFLOW_IMAP_USERNAME", c.Username)
	checkOneOf(problems, "CERTFLOW_IMAP_AUTH", c.Auth, "password", "xoauth2")
	checkCredential(problems, c.Auth, "CERTFLOW_IMAP_PASSWORD", c.Password, "CERTFLOW_IMAP_TOKEN_FILE", c.TokenFile)
	seen := map[string]bool{}
	for i, m := range c.Mailboxes {
		m = strings.TrimSpace(m)
		c.Mailboxes[i] = m
		if m == "" || seen[m] {
			problems["CERTFLOW_IMAP_MAILBOXES"] = "must list distinct, non-empty folder names"
		}
		seen[m] = true
	}
	if len(c.Mailboxes) == 0 {
		problems["CERTFLOW_IMAP_MAILBOXES"] = "must name at least one folder"
	}
	checkOneOf(problems, "CERTFLOW_IMAP_TLS", c.TLS, "tls", "starttls", "none")
	checkPositive(problems, "CERTFLOW_IMAP_IDLE_REFRESH", c.IdleRefresh)
	if c.IdleRefresh > 10*time.Minute {
		problems["CERTFLOW_IMAP_IDLE_REFRESH"] =
			"must be at most 10m: servers may drop an IDLE after 29 minutes, NAT boxes sooner"
	}
	checkPositive(problems, "CERTFLOW_IMAP_POLL_INTERVAL", c.PollInterval)
	checkPositive(problems, "CERTFLOW_IMAP_WATCHDOG", c.Watchdog)
	checkRequired(problems, "CERTFLOW_IMAP_QUARANTINE_FOLDER", c.QuarantineFolder)
	checkRequired(problems, "CERTFLOW_IMAP_SENT_FOLDER", c.SentFolder)
	if c.SentSessions < 1 || c.SentSessions > 10 {
		problems["CERTFLOW_IMAP_SENT_SESSIONS"] = "must be between 1 and 10: servers refuse more connections per user " +
			"(Dovecot's default is 10, and the watchers need theirs)"
	}
	for _, f := range []struct{ name, v string }{
		{"CERTFLOW_IMAP_PROCESSED_FOLDER", c.ProcessedFolder}, {"CERTFLOW_IMAP_QUARANTINE_FOLDER", c.QuarantineFolder},
	} {
		if seen[f.v] {
			problems[f.name] = fmt.Sprintf("%q is also a watched folder", f.v)
		}
	}
	checkMaxMessageBytes(problems, c.MaxMessageBytes)
}

// checkMaxMessageBytes keeps the size limit above what any real mail's
// header alone takes (the worker and `starter classify` read the same
// variable).
func checkMaxMessageBytes(problems map[string]string, n int64) {
	if n < 1024 {
		problems["CERTFLOW_IMAP_MAX_MESSAGE_BYTES"] = "must be at least 1024"
	}
}

func (c *SMTP) validate(problems map[string]string) {
	checkHostPort(problems, "CERTFLOW_SMTP_ADDRESS", c.Address, true)
	checkOneOf(problems, "CERTFLOW_SMTP_TLS", c.TLS, "tls", "starttls", "none")
	checkPositive(problems, "CERTFLOW_SEND_ALERT_AFTER", c.SendAlertAfter)
	checkRange(problems, "CERTFLOW_SMTP_SESSIONS", c.Sessions, 1, 50)
	checkOneOf(problems, "CERTFLOW_SMTP_AUTH", c.Auth, "password", "xoauth2")
	if c.Username != "" {
		checkCredential(problems, c.Auth, "CERTFLOW_SMTP_PASSWORD", c.Password, "CERTFLOW_SMTP_TOKEN_FILE", c.TokenFile)
	} else if c.Auth == "xoauth2" {
		problems["CERTFLOW_SMTP_USERNAME"] = "required when CERTFLOW_SMTP_AUTH=xoauth2"
	}
}

func (m *Mail) validate(problems map[string]string) {
	checkAddress(problems, "CERTFLOW_MAIL_FROM", m.From)
	if strings.Contains(m.From, "+") {
		problems["CERTFLOW_MAIL_FROM"] = "must be the plain address; certflow adds +<case> itself"
	}
	checkAddress(problems, "CERTFLOW_OPERATOR_EMAIL", m.OperatorEmail)
	if _, bad := problems["CERTFLOW_CASE_MAX_MAILS"]; !bad && (m.CaseMaxMails < 10 || m.CaseMaxMails > 5000) {
		problems["CERTFLOW_CASE_MAX_MAILS"] = "must be between 10 and 5000"
	}
	if strings.ContainsAny(m.FromName, "\r\n") {
		problems["CERTFLOW_MAIL_FROM_NAME"] = "must be one line"
	}
	if m.TemplateDir != "" {
		if st, err := os.Stat(m.TemplateDir); err != nil || !st.IsDir() {
			problems["CERTFLOW_TEMPLATE_DIR"] = fmt.Sprintf("%q is not a readable directory", m.TemplateDir)
		}
	}
}

func (t *Trust) validate(problems map[string]string) {
	t.AWSSenderDomains = cleanList(t.AWSSenderDomains)
	if len(t.AWSSenderDomains) == 0 {
		problems["CERTFLOW_AWS_SENDER_DOMAINS"] = "must name at least one domain"
	}
	t.TrustedAuthservIDs = cleanList(t.TrustedAuthservIDs)
	t.UnauthenticatedAnswerDomains = cleanList(t.UnauthenticatedAnswerDomains)
	for _, d := range t.UnauthenticatedAnswerDomains {
		for _, aws := range t.AWSSenderDomains {
			if strings.EqualFold(d, aws) || strings.HasSuffix(strings.ToLower(d), "."+strings.ToLower(aws)) {
				problems["CERTFLOW_UNAUTHENTICATED_ANSWER_DOMAINS"] = fmt.Sprintf(
					"%s is an AWS sender domain: AWS's mail is always authenticated", d)
			}
		}
	}
	if len(t.TrustedAuthservIDs) == 0 && !t.VerifyDKIM {
		problems["CERTFLOW_TRUSTED_AUTHSERV_IDS"] = "must name your receiving server when CERTFLOW_VERIFY_DKIM=false: " +
			"otherwise no AWS mail can be authenticated"
	}
	if t.DKIMTXTFile != "" {
		if _, err := os.Stat(t.DKIMTXTFile); err != nil {
			problems["CERTFLOW_DKIM_TXT_FILE"] = fmt.Sprintf("%q is not a readable file", t.DKIMTXTFile)
		}
	}
	if t.AWSPhrasesFile != "" {
		if _, err := os.Stat(t.AWSPhrasesFile); err != nil {
			problems["CERTFLOW_AWS_PHRASES_FILE"] = fmt.Sprintf("%q is not a readable file", t.AWSPhrasesFile)
		}
	}
	checkRange(problems, "CERTFLOW_MAIL_MAX_MIME_DEPTH", t.MaxMIMEDepth, 1, 100)
	checkRange(problems, "CERTFLOW_MAIL_MAX_HEADER_FIELDS", t.MaxHeaderFields, 10, 100000)
	checkRange(problems, "CERTFLOW_MAIL_MAX_HEADER_BYTES", t.MaxHeaderBytes, 998, 10<<20)
}

func (c *Classify) validate(problems map[string]string) {
	if c.From != "" {
		checkAddress(problems, "CERTFLOW_MAIL_FROM", c.From)
	}
	checkMaxMessageBytes(problems, c.MaxMessageBytes)
}

// cleanList lower-cases and trims every item and drops empty ones.
func cleanList(items []string) []string {
	var out []string
	for _, d := range items {
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
			out = append(out, d)
		}
	}
	return out
}

func (m *Merge) validate(problems map[string]string) {
	checkAddress(problems, "CERTFLOW_MERGE_SUPPORT_ADDRESS", m.SupportAddress)
	checkPositive(problems, "CERTFLOW_MERGE_REMIND_AFTER", m.RemindAfter)
	checkPositive(problems, "CERTFLOW_MERGE_GIVE_UP_AFTER", m.GiveUpAfter)
	checkOneOf(problems, "CERTFLOW_MERGE_REPLY_POLICY", m.ReplyPolicy, "auto", "approve")
	checkOneOf(problems, "CERTFLOW_MERGE_SUBMIT", m.Submit, "form", "email")
	if !strings.HasPrefix(m.FormURL, "https://") && !strings.HasPrefix(m.FormURL, "http://") {
		problems["CERTFLOW_MERGE_FORM_URL"] = fmt.Sprintf("%q is not an http(s) URL", m.FormURL)
	}
	if m.GiveUpAfter > 0 && m.RemindAfter >= m.GiveUpAfter {
		problems["CERTFLOW_MERGE_REMIND_AFTER"] = "must be shorter than CERTFLOW_MERGE_GIVE_UP_AFTER"
	}
}

func (s *Share) validate(problems map[string]string) {
	checkPositive(problems, "CERTFLOW_SHARE_REMIND_AFTER", s.RemindAfter)
	checkPositive(problems, "CERTFLOW_SHARE_GIVE_UP_AFTER", s.GiveUpAfter)
	checkPositive(problems, "CERTFLOW_SHARE_WAIT", s.Wait)
	checkPositive(problems, "CERTFLOW_SHARE_RECHECK_AFTER", s.RecheckAfter)
	if s.GiveUpAfter > 0 && s.RemindAfter >= s.GiveUpAfter {
		problems["CERTFLOW_SHARE_REMIND_AFTER"] = "must be shorter than CERTFLOW_SHARE_GIVE_UP_AFTER"
	}
	if _, bad := problems["CERTFLOW_SHARE_MAX_CHECKS"]; !bad && (s.MaxChecks < 1 || s.MaxChecks > 100) {
		problems["CERTFLOW_SHARE_MAX_CHECKS"] = "must be between 1 and 100"
	}
}

func (w *Worker) validate(problems map[string]string) {
	checkOneOf(problems, "CERTFLOW_LOG_LEVEL", w.LogLevel, "debug", "info", "warn", "error")
	checkOneOf(problems, "CERTFLOW_LOG_FORMAT", w.LogFormat, "json", "text")
	// An empty value means the default (the settings library's rule), so
	// the server is turned off by a word.
	if w.HTTPAddr == "off" {
		w.HTTPAddr = ""
	}
	checkHostPort(problems, "CERTFLOW_HTTP_ADDR", w.HTTPAddr, false)
	checkPositive(problems, "CERTFLOW_SHUTDOWN_TIMEOUT", w.ShutdownTimeout)
	// Plaintext mail only on purpose, and only where nothing crosses a network.
	for _, c := range []struct{ tlsVar, mode, addrVar, addr string }{
		{"CERTFLOW_IMAP_TLS", w.IMAP.TLS, "CERTFLOW_IMAP_ADDRESS", w.IMAP.Address},
		{"CERTFLOW_SMTP_TLS", w.SMTP.TLS, "CERTFLOW_SMTP_ADDRESS", w.SMTP.Address},
	} {
		if c.mode != "none" {
			continue
		}
		if !w.Insecure {
			problems[c.tlsVar] =
				"none sends the password in clear: set CERTFLOW_MAIL_INSECURE=true as well (loopback hosts only)"
		} else if host, _, err := net.SplitHostPort(c.addr); err == nil && !IsLoopback(host) {
			problems[c.tlsVar] = fmt.Sprintf("none is refused for %s %q: plaintext is allowed only to a loopback host",
				c.addrVar, host)
		}
	}
}

// IsLoopback reports whether host (a name or an IP) is this machine:
// localhost, 127.0.0.0/8 or ::1. Names other than localhost are not looked
// up: what a name resolves to can change after the check.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (d *Devstack) validate(problems map[string]string) {
	checkRequired(problems, "CERTFLOW_DEV_DIR", d.Dir)
	for name, port := range map[string]int{
		"CERTFLOW_DEV_TEMPORAL_PORT": d.TemporalPort, "CERTFLOW_DEV_UI_PORT": d.UIPort,
		"CERTFLOW_DEV_IMAP_PORT": d.IMAPPort, "CERTFLOW_DEV_SMTP_PORT": d.SMTPPort,
	} {
		if port < 0 || port > 65535 {
			problems[name] = fmt.Sprintf("%d is not a port", port)
		}
	}
	checkRequired(problems, "CERTFLOW_DEV_MAIL_PASSWORD", d.MailPassword)
	if d.DeskDelay < 0 {
		problems["CERTFLOW_DEV_DESK_DELAY"] = "must not be negative"
	}
	if d.EmployeeDelay < 0 {
		problems["CERTFLOW_DEV_EMPLOYEE_DELAY"] = "must not be negative"
	}
}

func (d *Desk) validate(problems map[string]string) {
	checkAddress(problems, "CERTFLOW_DESK_ADDRESS", d.Address)
	if strings.TrimSpace(d.Login) == "" {
		d.Login = d.Address
	}
	checkRequired(problems, "CERTFLOW_DESK_PASSWORD", d.Password)
	for _, a := range []struct{ name, addr string }{
		{"CERTFLOW_DESK_IMAP_ADDRESS", d.IMAPAddress}, {"CERTFLOW_DESK_SMTP_ADDRESS", d.SMTPAddress},
	} {
		checkHostPort(problems, a.name, a.addr, true)
		if _, bad := problems[a.name]; bad {
			continue
		}
		// checkHostPort passed it, so it splits.
		if host, _, _ := net.SplitHostPort(a.addr); !IsLoopback(host) {
			problems[a.name] = fmt.Sprintf("%q is not a loopback host: the desk speaks plain text", host)
		}
	}
	if d.Delay < 0 {
		problems["CERTFLOW_DESK_DELAY"] = "must not be negative"
	}
}

func checkRequired(problems map[string]string, name, value string) {
	if _, bad := problems[name]; !bad && strings.TrimSpace(value) == "" {
		problems[name] = "required, not set"
	}
}

func checkHostPort(problems map[string]string, name, value string, required bool) {
	if value == "" {
		if required {
			checkRequired(problems, name, value)
		}
		return
	}
	if _, port, err := net.SplitHostPort(value); err != nil || port == "" {
		problems[name] = fmt.Sprintf("%q is not host:port", value)
	}
}

func checkAddress(problems map[string]string, name, value string) {
	if value == "" {
		checkRequired(problems, name, value)
		return
	}
	if a, err := mail.ParseAddress(value); err != nil || a.Name != "" || a.Address != value {
		problems[name] = fmt.Sprintf("%q is not a plain e-mail address", value)
	}
}

func checkOneOf(problems map[string]string, name, value string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	problems[name] = fmt.Sprintf("%q is not one of %s", value, strings.Join(allowed, ", "))
}

// checkCredential requires a password for auth "password" and a readable
// token file for "xoauth2". Neither value is ever quoted back.
func checkCredential(problems map[string]string, auth, passVar, pass, fileVar, file string) {
	switch auth {
	case "password":
		checkRequired(problems, passVar, pass)
	case "xoauth2":
		if file == "" {
			problems[fileVar] = "required when the auth mode is xoauth2"
		} else if _, err := os.Stat(file); err != nil {
			problems[fileVar] = fmt.Sprintf("%q is not a readable file", file)
		}
	}
}

func checkRange(problems map[string]string, name string, v, lo, hi int) {
	if _, bad := problems[name]; !bad && (v < lo || v > hi) {
		problems[name] = fmt.Sprintf("must be between %d and %d", lo, hi)
	}
}

func checkPositive(problems map[string]string, name string, d time.Duration) {
	if _, bad := problems[name]; !bad && d <= 0 {
		problems[name] = "must be a positive duration"
	}
}
