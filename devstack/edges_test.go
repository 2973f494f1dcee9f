package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/mail/send"
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
