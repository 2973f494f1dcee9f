package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/starter/cli"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// testStack starts the whole dev stack on free ports over dir.
func testStack(t *testing.T, dir string, temporalPort int) *stack {
	t.Helper()
	return testStackWithDesk(t, dir, temporalPort, 200*time.Millisecond)
}

// testStackWithDesk sets the simulated desk's delay; a long one keeps it
// silent so a test can play AWS itself.
func testStackWithDesk(t *testing.T, dir string, temporalPort int, deskDelay time.Duration) *stack {
	t.Helper()
	return testStackWith(t, config.Devstack{Dir: dir, TemporalPort: temporalPort, MailPassword: "devstack", DeskDelay: deskDelay},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s"})
}

func testStackWith(t *testing.T, cfg config.Devstack, env map[string]string) *stack {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	s, err := start(context.Background(), cfg, env, logger, app.Options{})
	if err != nil {
		t.Fatalf("start the dev stack: %v", err)
	}
	return s
}

// devClient is a Temporal client of s; the caller closes it.
func devClient(tb testing.TB, s *stack) client.Client {
	tb.Helper()
	c, err := client.Dial(client.Options{HostPort: s.temporal.Frontend(), Namespace: devenv.Namespace,
		Logger: sdklog.NewStructuredLogger(slog.New(slog.DiscardHandler))})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// stackClient is a devClient closed when the test ends.
func stackClient(tb testing.TB, s *stack) client.Client {
	c := devClient(tb, s)
	tb.Cleanup(c.Close)
	return c
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// starter runs the operator CLI against s, as a user would in a terminal.
func starter(t *testing.T, s *stack, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := map[string]string{"TEMPORAL_ADDRESS": s.temporal.Frontend(), "CERTFLOW_UI_URL": s.temporal.UIURL()}
	code := cli.Main(args, env, &out, &errOut)
	return code, out.String(), errOut.String()
}

// waitForAnyState returns the case's status as soon as it answers.
func waitForAnyState(t *testing.T, s *stack, id string) workflows.Status {
	t.Helper()
	for i := 0; i < 100; i++ {
		if code, out, _ := starter(t, s, "status", "--json", id); code == 0 {
			var st workflows.Status
			if err := json.Unmarshal([]byte(out), &st); err != nil {
				t.Fatalf("status --json printed something else: %v\n%s", err, out)
			}
			return st
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("case %s never answered", id)
	return workflows.Status{}
}

func waitForState(t *testing.T, s *stack, id string, want workflows.State, within time.Duration) workflows.Status {
	t.Helper()
	deadline := time.Now().Add(within)
	var st workflows.Status
	for time.Now().Before(deadline) {
		code, out, _ := starter(t, s, "status", "--json", id)
		if code == 0 {
			st = workflows.Status{}
			if err := json.Unmarshal([]byte(out), &st); err != nil {
				t.Fatalf("status --json printed something else: %v\n%s", err, out)
			}
			if st.State == want {
				return st
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("case %s did not reach %s within %s; last status: %+v", id, want, within, st)
	return st
}

type storedMail struct {
	msg   *message.Message
	raw   string
	flags []imap.Flag
}

// mailbox reads a dev mailbox over IMAP, the way any mail client would.
func mailbox(t *testing.T, s *stack, user string) []storedMail {
	t.Helper()
	c, err := imapclient.DialInsecure(s.mail.IMAPAddr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, s.cfg.MailPassword).Wait(); err != nil {
		t.Fatalf("login %s: %v", user, err)
	}
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := c.Fetch(imap.SeqSetNum(seqRange(sel.NumMessages)...), &imap.FetchOptions{Flags: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var out []storedMail
	for _, m := range msgs {
		raw := m.FindBodySection(section)
		parsed, err := message.Parse(raw)
		if err != nil {
			t.Fatalf("a mail in %s does not parse: %v", user, err)
		}
		out = append(out, storedMail{msg: parsed, raw: string(raw), flags: m.Flags})
	}
	return out
}

func seqRange(n uint32) []uint32 {
	var out []uint32
	for i := uint32(1); i <= n; i++ {
		out = append(out, i)
	}
	return out
}

func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	for _, x := range flags {
		if x == f {
			return true
		}
	}
	return false
}

func TestMergeCaseEndToEnd(t *testing.T) {
	dir := t.TempDir()
	s := testStack(t, dir, 0)
	stopped := false
	defer func() {
		if !stopped {
			_ = s.stop()
		}
	}()

	const id = "merge-e2e-1"
	code, out, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
		"--target-email", "taro@corp.example", "--lang", "en", "--id", id)
	if code != 0 {
		t.Fatalf("starter merge exited %d: %s", code, errOut)
	}
	link := s.temporal.UIURL() + "/namespaces/default/workflows/" + id
	if !strings.Contains(out, "Started merge case "+id) || !strings.Contains(out, link) {
		t.Fatalf("starter merge printed:\n%s", out)
	}

	// Starting the same ID again fails clearly and starts nothing.
	code, _, errOut = starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "a@b.example", "--target-email", "c@d.example", "--id", id)
	if code != 1 || !strings.Contains(errOut, "already exists") {
		t.Fatalf("second start with the same ID: exit %d, %q", code, errOut)
	}

	st := waitForState(t, s, id, workflows.StateCompleted, 90*time.Second)
	if len(st.AwsCase) != 10 || st.Kind != "merge" || st.ID != id {
		t.Fatalf("status = %+v", st)
	}
	var states []string
	for _, e := range st.Events {
		if v, ok := strings.CutPrefix(e.What, "state: "); ok {
			states = append(states, v)
		}
	}
	if got := strings.Join(states, " -> "); got != "awaiting_consent -> awaiting_completion -> completed" {
		t.Fatalf("states = %s", got)
	}

	// What the simulated AWS desk received: the request, then the consent,
	// in AWS's thread.
	desk := mailbox(t, s, devenv.DeskAddress)
	if len(desk) != 2 {
		t.Fatalf("desk mailbox holds %d mails, want 2", len(desk))
	}
	req, consent := desk[0].msg, desk[1].msg
	if req.MessageID != certflowID(t, s, id, "request") || req.From.Address != devenv.CertsMailbox ||
		len(req.ReplyTo) != 1 || req.ReplyTo[0].Address != "certs+"+id+"@devstack.test" {
		t.Fatalf("request headers: id %q from %q reply-to %v", req.MessageID, req.From.Address, req.ReplyTo)
	}
	if !strings.Contains(req.Text, "taro@personal.example") || !strings.Contains(req.Text, "taro@corp.example") {
		t.Fatalf("request body lacks the accounts:\n%s", req.Text)
	}
	certs := mailbox(t, s, devenv.CertsMailbox)
	if len(certs) != 2 {
		t.Fatalf("certflow's inbox holds %d mails, want 2 (consent request, completion)", len(certs))
	}
	awsAsk := certs[0].msg
	if consent.MessageID != certflowID(t, s, id, "consent") {
		t.Fatalf("consent Message-ID = %q", consent.MessageID)
	}
	if len(consent.InReplyTo) != 1 || consent.InReplyTo[0] != awsAsk.MessageID {
		t.Fatalf("consent In-Reply-To = %v, want [%s]", consent.InReplyTo, awsAsk.MessageID)
	}
	if strings.Join(consent.References, " ") != req.MessageID+" "+awsAsk.MessageID {
		t.Fatalf("consent References = %v", consent.References)
	}
	if consent.Subject != "RE:[CASE "+st.AwsCase+"] [AWS Training and Certification Form Submission] - account-assistance" {
		t.Fatalf("consent subject = %q", consent.Subject)
	}
	if !strings.Contains(consent.Text, "I confirm that I agree to merge the AWS\nCertification account taro@personal.example into the account taro@corp.example.") {
		t.Fatalf("consent text:\n%s", consent.Text)
	}
	for _, m := range certs {
		if !hasFlag(m.flags, imap.FlagSeen) {
			t.Errorf("handled mail %q is not flagged \\Seen", m.msg.Subject)
		}
		if !strings.Contains(m.raw, "Delivered-To: certs+"+id+"@devstack.test") {
			t.Errorf("mail %q was not delivered to the case's plus-address", m.msg.Subject)
		}
	}

	// The requester was told, once.
	taro := mailbox(t, s, "taro@corp.example")
	if len(taro) != 1 || taro[0].msg.Subject != "Your AWS Certification accounts have been merged" ||
		!strings.Contains(taro[0].msg.Text, "AWS case "+st.AwsCase) {
		t.Fatalf("requester's mailbox: %d mails; first: %+v", len(taro), taro)
	}

	// status in words.
	code, out, _ = starter(t, s, "status", id)
	for _, want := range []string{"State:     completed", "AWS case:  " + st.AwsCase, "consent sent to " + devenv.DeskAddress, "requester told at taro@corp.example"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("status (exit %d) lacks %q:\n%s", code, want, out)
		}
	}

	// The Web UI serves and its API knows the case the starter linked to.
	resp, err := http.Get(s.temporal.UIURL() + "/api/v1/namespaces/default/workflows/" + id)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), id) {
		t.Fatalf("Web UI API: %d %s", resp.StatusCode, body)
	}

	// Cases and mail survive a restart of the dev stack, and the watcher
	// carries on: a second case completes after it.
	if err := s.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	stopped = true
	_, port, _ := strings.Cut(s.temporal.Frontend(), ":")
	s = testStack(t, dir, atoi(t, port))
	defer func() { _ = s.stop() }()
	if st := waitForState(t, s, id, workflows.StateCompleted, 30*time.Second); len(st.Events) == 0 {
		t.Fatal("the restarted stack lost the case's history")
	}
	if got := len(mailbox(t, s, "taro@corp.example")); got != 1 {
		t.Fatalf("after restart the requester's mailbox holds %d mails, want 1", got)
	}
	code, out, errOut = starter(t, s, "merge", "--name", "Hanako Sato", "--source-email", "hanako@personal.example",
		"--target-email", "hanako@corp.example", "--id", "merge-e2e-2")
	if code != 0 {
		t.Fatalf("second case: exit %d %s %s", code, out, errOut)
	}
	waitForState(t, s, "merge-e2e-2", workflows.StateCompleted, 90*time.Second)
	hanako := mailbox(t, s, "hanako@corp.example")
	if len(hanako) != 1 || !strings.Contains(hanako[0].msg.Subject, "統合が完了しました") {
		t.Fatalf("second requester's mailbox: %+v", hanako)
	}
	if got := len(mailbox(t, s, "taro@corp.example")); got != 1 {
		t.Fatalf("the first requester got %d mails after the restart, want still 1", got)
	}
	// Nothing was offered twice across the restart: the watcher's watermark
	// carried over, so no handled mail shows up as unmatched.
	code, out, errOut = starter(t, s, "unmatched", "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("unmatched after restart (exit %d): %s %s", code, out, errOut)
	}
	// The case list (the Web UI's search attributes) shows both cases done.
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, out, _ = starter(t, s, "list", "--state", "completed", "--json")
		var rows []struct{ ID, State, Requester string }
		_ = json.Unmarshal([]byte(out), &rows)
		if code == 0 && len(rows) == 2 && rows[0].State == "completed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("list --state completed: exit %d\n%s", code, out)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
