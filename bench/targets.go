package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/certflow/certflow/devstack/devenv"
)

// devstackTarget runs the `devstack` binary: Temporal on SQLite, the dev
// IMAP/SMTP servers, the simulated desk and one worker, all one process.
func devstackTarget(dir, bin string) (*target, error) {
	ports := map[string]string{}
	for _, k := range []string{"CERTFLOW_DEV_TEMPORAL_PORT", "CERTFLOW_DEV_UI_PORT", "CERTFLOW_DEV_IMAP_PORT",
		"CERTFLOW_DEV_SMTP_PORT"} {
		addr, err := freeAddr()
		if err != nil {
			return nil, err
		}
		ports[k] = addr[strings.LastIndexByte(addr, ':')+1:]
	}
	// The frontend takes the seven ports after its own: pick one with room.
	tp, _ := strconv.Atoi(ports["CERTFLOW_DEV_TEMPORAL_PORT"])
	if tp > 60000 {
		ports["CERTFLOW_DEV_TEMPORAL_PORT"] = "27233"
	}
	own, err := freeAddr()
	if err != nil {
		return nil, err
	}
	vars := map[string]string{
		"CERTFLOW_DEV_DIR": filepath.Join(dir, "devstack-data"), "CERTFLOW_DEV_MAIL_PASSWORD": password,
		"CERTFLOW_DEV_DESK_DELAY": "0s", "CERTFLOW_HTTP_ADDR": own, "CERTFLOW_LOG_LEVEL": "warn",
	}
	for k, v := range ports {
		vars[k] = v
	}
	cmd, err := startProcess(bin, vars, filepath.Join(dir, "devstack.log"))
	if err != nil {
		return nil, err
	}
	t := &target{
		name: "dev stack (SQLite)", temporal: "127.0.0.1:" + ports["CERTFLOW_DEV_TEMPORAL_PORT"],
		imap: "127.0.0.1:" + ports["CERTFLOW_DEV_IMAP_PORT"], smtp: "127.0.0.1:" + ports["CERTFLOW_DEV_SMTP_PORT"],
		certs: "certs@" + certsDomain, desk: awsSender, deskAddress: awsSender, password: password,
		ownWorker: "http://" + own + "/metrics",
		groups: map[string]func() []int{
			"devstack (Temporal, mail, desk, worker 1)": func() []int { return descendants(cmd.Process.Pid) },
		},
		stop: func() { stopProcess(cmd) },
	}
	// The workers this bench adds are configured as the dev stack's own.
	t.worker = devenv.Layer(devenv.Endpoints{
		Temporal: t.temporal, IMAP: t.imap, SMTP: t.smtp, Mailbox: t.certs, Password: password, Desk: awsSender,
	}.Env(), devenv.WorkerDefaults(), devenv.FastTimers())
	if err := waitReady("http://"+own+"/readyz", 3*time.Minute); err != nil {
		t.stop()
		return nil, fmt.Errorf("the dev stack: %w (log: %s)", err, filepath.Join(dir, "devstack.log"))
	}
	return t, nil
}

// topologyTarget is an external Temporal and Dovecot/OpenSMTPD, as
// .ci/temporalcluster and .ci/mailservers start them; their state
// directories name the processes whose CPU is measured.
func topologyTarget(o fullOptions) (*target, error) {
	if o.temporal == "" || o.imap == "" || o.smtp == "" || o.pass == "" || o.domain == "" {
		return nil, fmt.Errorf("-target topology needs -temporal, -imap, -smtp, -mail-password and -mail-domain " +
			"(or CERTFLOW_TEST_TEMPORAL_ADDRESS, CERTFLOW_TEST_IMAP_ADDR, CERTFLOW_TEST_SMTP_ADDR, " +
			"CERTFLOW_TEST_MAIL_PASSWORD, CERTFLOW_TEST_MAIL_DOMAIN)")
	}
	dkim, err := filepath.Abs("compose/mail/dkim.txt")
	if err != nil {
		return nil, err
	}
	desk := "aws-cs-trainingcertification-form@aws." + o.domain
	t := &target{
		name: "production topology (PostgreSQL, Dovecot, OpenSMTPD)", temporal: o.temporal, imap: o.imap, smtp: o.smtp,
		certs: "certs@" + o.domain, desk: "desk@" + o.domain, deskAddress: desk, password: o.pass, stop: func() {},
	}
	t.worker = map[string]string{
		"TEMPORAL_ADDRESS": o.temporal, "TEMPORAL_NAMESPACE": namespace,
		"CERTFLOW_IMAP_ADDRESS": o.imap, "CERTFLOW_IMAP_USERNAME": t.certs, "CERTFLOW_IMAP_PASSWORD": o.pass,
		"CERTFLOW_IMAP_AUTH": "password", "CERTFLOW_IMAP_TLS": "none", "CERTFLOW_IMAP_IDLE_REFRESH": "5s",
		"CERTFLOW_SMTP_ADDRESS": o.smtp, "CERTFLOW_SMTP_USERNAME": "", "CERTFLOW_SMTP_AUTH": "password",
		"CERTFLOW_SMTP_TLS": "none", "CERTFLOW_MAIL_INSECURE": "true", "CERTFLOW_MAIL_FROM": t.certs,
		"CERTFLOW_OPERATOR_EMAIL": "operator@" + o.domain, "CERTFLOW_MERGE_SUPPORT_ADDRESS": desk,
		"CERTFLOW_MERGE_SUBMIT": "email", "CERTFLOW_AWS_SENDER_DOMAINS": "aws." + o.domain,
		"CERTFLOW_VERIFY_DKIM": "true", "CERTFLOW_DKIM_TXT_FILE": dkim, "CERTFLOW_TRUSTED_AUTHSERV_IDS": "",
	}
	t.deskEnv = map[string]string{
		"CERTFLOW_DESK_ADDRESS": desk, "CERTFLOW_DESK_LOGIN": t.desk, "CERTFLOW_DESK_PASSWORD": o.pass,
		"CERTFLOW_DESK_IMAP_ADDRESS": o.imap, "CERTFLOW_DESK_SMTP_ADDRESS": o.smtp, "CERTFLOW_DESK_DELAY": "0s",
		"CERTFLOW_DESK_STATE_FILE": filepath.Join(os.TempDir(), fmt.Sprintf("certflow-bench-desk-%d.json",
			time.Now().UnixNano())),
	}
	tree := func(path string) func() []int {
		return func() []int {
			if pid := pidFile(path); pid > 0 {
				return descendants(pid)
			}
			return nil
		}
	}
	t.groups = map[string]func() []int{
		"temporal-server": tree(filepath.Join(o.stateDir, "temporal/server.pid")),
		"postgres":        tree(filepath.Join(o.stateDir, "pg/data/postmaster.pid")),
		"dovecot":         tree(filepath.Join(o.mailState, "dovecot/run/master.pid")),
		"opensmtpd":       tree(filepath.Join(o.mailState, "smtpd.pid")),
	}
	return t, nil
}
