package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/certflow/certflow/workflows"
)

// starter unmatched tells when hand-backs fell off a full list (review 13,
// finding 11), and says nothing when none did.
func TestUnmatchedTellsOfDroppedHandBacks(t *testing.T) {
	var out bytes.Buffer
	printDroppedHandBacks(&out, []workflows.WatcherStatus{{Mailbox: "a/INBOX"}, {Mailbox: "b/INBOX", HandBacksDropped: 3}})
	if got := out.String(); strings.Contains(got, "a/INBOX") || !strings.Contains(got, "b/INBOX: 3 mails that cases handed back") {
		t.Fatalf("printed %q", got)
	}
}
