package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	"github.com/certflow/certflow/config"
	"github.com/certflow/certflow/devstack/devenv"
	"github.com/certflow/certflow/mail/send"
	"github.com/certflow/certflow/worker/app"
	"github.com/certflow/certflow/workflows"
)

// Issue 13, item 3: when the server refuses to signal a case (here: the
// case has had all the signals one run may take, a limit anyone can reach
// by mailing the case's reply address), that mail goes to the unmatched list
// with the error and the watch goes on: the mail behind it reaches its case.
func TestMailThatCannotBeSignalledBlocksNoOtherMail(t *testing.T) {
	const limit = 8
	serverMaxSignals = limit
	defer func() { serverMaxSignals = 0 }()
	s := testStackWithDesk(t, t.TempDir(), 0, time.Hour) // the desk stays silent
	defer func() { _ = s.stop() }()

	for _, id := range []string{"merge-flood-1", "merge-flood-2"} {
		if code, _, errOut := starter(t, s, "merge", "--name", "Taro Yamada", "--source-email", "taro@personal.example",
			"--target-email", "taro@corp.example", "--lang", "en", "--id", id, "--submit", "email"); code != 0 {
			t.Fatalf("starter merge: %s", errOut)
		}
		waitForState(t, s, id, workflows.StateAwaitingConsent, 30*time.Second)
	}
	// One more mail than the flooded case may take.
	for i := 1; i <= limit+1; i++ {
		mailUnsigned(t, s, send.Message{
			MessageID: fmt.Sprintf("flood-%d@stranger.example", i), From: "stranger@stranger.example",
			To: []string{"certs+merge-flood-1@devstack.test"}, Subject: fmt.Sprintf("flood %d", i), Body: "hello\n",
		})
	}
	mailUnsigned(t, s, send.Message{
		MessageID: "after-flood@corp.example", From: "taro@corp.example",
		To: []string{"certs+merge-flood-2@devstack.test"}, Subject: "after the flood", Body: "hello\n",
	})
	waitForEvent(t, s, "merge-flood-2", `"after the flood"`)

	deadline := time.Now().Add(30 * time.Second)
	var refused []workflows.UnmatchedMail
	for len(refused) == 0 && time.Now().Before(deadline) {
		var unmatched []workflows.UnmatchedMail
		_, out, _ := starter(t, s, "unmatched", "--json")
		_ = json.Unmarshal([]byte(out), &unmatched)
		for _, u := range unmatched {
			if strings.Contains(u.Reason, "could not be handed to case merge-flood-1") {
				refused = append(refused, u)
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if len(refused) != 1 || !strings.HasPrefix(refused[0].MessageID, "flood-") || !strings.Contains(refused[0].Reason, "signal") {
		t.Fatalf("refused mail on the unmatched list: %+v", refused)
	}
}

// watcherState queries the mailbox's watcher (its latest run).
func watcherState(t *testing.T, c client.Client) (workflows.WatcherStatus, string) {
	t.Helper()
	id := workflows.WatcherID(devenv.CertsMailbox + "/INBOX")
	desc, err := c.DescribeWorkflowExecution(context.Background(), id, "")
	if err != nil {
		return workflows.WatcherStatus{}, "" // not started yet
	}
	info := desc.GetWorkflowExecutionInfo()
	if info.GetStatus() != enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING {
		return workflows.WatcherStatus{}, ""
	}
	v, err := c.QueryWorkflow(context.Background(), id, info.GetExecution().GetRunId(), workflows.QueryStatus)
	if err != nil {
		return workflows.WatcherStatus{}, ""
	}
	var st workflows.WatcherStatus
	if err := v.Get(&st); err != nil {
		t.Fatal(err)
	}
	return st, info.GetExecution().GetRunId()
}

// Issue 13, item 8: whatever ends a watcher (here it is terminated), a
// running worker starts it again within a minute, from the watermark and
// lists its last run recorded: nothing is offered twice, nothing skipped.
func TestEndedWatcherIsStartedAgainFromItsWatermark(t *testing.T) {
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	cfg := config.Devstack{Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour}
	s, err := start(context.Background(), cfg, map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s"}, logger,
		app.Options{WatchSlice: 2 * time.Second, WatcherCheckEvery: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.stop() }()
	c := devClient(t, s)
	defer c.Close()

	stranger := func(n int) {
		mailUnsigned(t, s, send.Message{
			MessageID: fmt.Sprintf("hello-%d@stranger.example", n), From: "stranger@stranger.example",
			To: []string{devenv.CertsMailbox}, Subject: fmt.Sprintf("hello %d", n), Body: "hello\n",
		})
	}
	// waitListed waits until the watcher's current run lists n mails.
	waitListed := func(n int) (workflows.WatcherStatus, string) {
		deadline := time.Now().Add(60 * time.Second)
		for {
			st, run := watcherState(t, c)
			if run != "" && len(st.Unmatched) >= n && st.Watermark.LastUID >= uint32(n) {
				return st, run
			}
			if time.Now().After(deadline) {
				t.Fatalf("the watcher never listed %d mails: %+v", n, st)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	stranger(1)
	before, run := waitListed(1)
	if err := c.TerminateWorkflow(context.Background(), workflows.WatcherID(devenv.CertsMailbox+"/INBOX"), run, "test: a watcher ended"); err != nil {
		t.Fatal(err)
	}
	ended := time.Now()
	deadline := ended.Add(60 * time.Second)
	var after workflows.WatcherStatus
	for {
		st, next := watcherState(t, c)
		if next != "" && next != run {
			after = st
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no worker started the terminated watcher again within a minute")
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("watcher running again %s after it was terminated", time.Since(ended).Round(100*time.Millisecond))
	if after.Watermark != before.Watermark || len(after.Unmatched) != 1 || after.Unmatched[0].MessageID != "hello-1@stranger.example" {
		t.Fatalf("started again with %+v, %d unmatched; want watermark %+v and the one listed mail", after.Watermark, len(after.Unmatched), before.Watermark)
	}
	stranger(2)
	st, _ := waitListed(2)
	if len(st.Unmatched) != 2 || st.Unmatched[1].MessageID != "hello-2@stranger.example" {
		t.Fatalf("after the restart the list is %+v", st.Unmatched)
	}
}

// Finding: a watch stopped early, because the server suggested that the
// watcher continue as new, lost the watermark it had reached: the next
// history offered that mail again (and, as each offer is signals to the
// watcher, soon stopped again). The stopped watch reports its watermark
// with its stop: each mail is offered once, however often the watcher
// continues as new.
func TestWatcherContinuingAsNewOffersNoMailTwice(t *testing.T) {
	serverSuggestContinueAsNew = 40
	defer func() { serverSuggestContinueAsNew = 0 }()
	httpAddr := freeAddr(t)
	s := testStackWith(t, config.Devstack{Dir: t.TempDir(), MailPassword: "devstack", DeskDelay: time.Hour},
		map[string]string{"CERTFLOW_IMAP_IDLE_REFRESH": "2s", "CERTFLOW_HTTP_ADDR": httpAddr})
	defer func() { _ = s.stop() }()
	const n = 30
	for i := 1; i <= n; i++ {
		mailUnsigned(t, s, send.Message{
			MessageID: fmt.Sprintf("hello-%d@stranger.example", i), From: "stranger@stranger.example",
			To: []string{devenv.CertsMailbox}, Subject: fmt.Sprintf("hello %d", i), Body: "hello\n",
		})
		time.Sleep(100 * time.Millisecond)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		var unmatched []workflows.UnmatchedMail
		_, out, _ := starter(t, s, "unmatched", "--json")
		if json.Unmarshal([]byte(out), &unmatched) == nil && len(unmatched) == n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d mails listed", len(unmatched), n)
		}
		time.Sleep(250 * time.Millisecond)
	}
	time.Sleep(5 * time.Second) // time for any mail to be offered again
	metrics := waitHTTP(t, "http://"+httpAddr+"/metrics", 200, "certflow_mail_received_total", 10*time.Second)
	want := fmt.Sprintf(`certflow_mail_received_total{folder="INBOX"} %d`, n)
	if !strings.Contains(metrics, want+"\n") {
		for _, line := range strings.Split(metrics, "\n") {
			if strings.HasPrefix(line, "certflow_mail_received_total") {
				t.Errorf("%s; want %s: mail was offered again", line, want)
			}
		}
	}
	c := devClient(t, s)
	defer c.Close()
	desc, err := c.DescribeWorkflowExecution(context.Background(), workflows.WatcherID(devenv.CertsMailbox+"/INBOX"), "")
	if err != nil {
		t.Fatal(err)
	}
	if info := desc.GetWorkflowExecutionInfo(); info.GetFirstRunId() == info.GetExecution().GetRunId() {
		t.Fatal("the watcher never continued as new: the test proves nothing")
	}
}
