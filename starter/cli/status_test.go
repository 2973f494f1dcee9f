package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/certflow/certflow/workflows"
)

// starter status shows what a reply it could not read leans to, on the
// list of mails the operator can resolve, and the history line of a lean
// the case took.
func TestStatusShowsTheLean(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st := workflows.Status{
		ID: "share-1", Kind: workflows.KindShare, State: workflows.StateVerifying, Requester: "hanako@corp.example",
		Events: []workflows.Event{{At: at, What: "mail r1@corp.example from hanako@corp.example read as reply_done " +
			"from its lean: certflow could read only part of the reply"}},
		Resolvable: []workflows.MailEvent{{MessageID: "r2@corp.example", Kind: workflows.MailUnknown,
			From: "hanako@corp.example", Subject: "Re: x", Excerpt: "It shows one of them.", Lean: workflows.MailReplyNo}},
	}
	var out bytes.Buffer
	printStatus(&out, st, "http://localhost:8233")
	for _, want := range []string{
		"read as reply_done from its lean: certflow could read only part of the reply",
		`r2@corp.example  unknown from hanako@corp.example "Re: x": "It shows one of them." (leans to reply_no)`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("status lacks %q:\n%s", want, out.String())
		}
	}
}
