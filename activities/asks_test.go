package activities

import (
	"slices"
	"testing"
	"time"

	"github.com/certflow/certflow/mail/classify"
	"github.com/certflow/certflow/mail/message"
	"github.com/certflow/certflow/mail/triage"
	"github.com/certflow/certflow/workflows"
)

// The mail a case is handed carries the questions beside a reply's answer,
// and so do its unmatched-list entry and the mail attach makes back from it:
// nowhere on the way is the answer left without them.
func TestMailEventCarriesTheQuestionsBesideAnAnswer(t *testing.T) {
	asks := []string{"Who do I ask about the old login?"}
	r := triage.Report{Kind: classify.ReplyNo, Asks: asks,
		Message: &message.Message{MessageID: "<q-1@corp.example>", From: message.Address{Address: "taro@corp.example"}}}
	ev := mailEvent(r, "watcher", time.Time{})
	if ev.Kind != workflows.MailReplyNo || !slices.Equal(ev.Asks, asks) {
		t.Fatalf("event %s asks %q; want reply_no with %q", ev.Kind, ev.Asks, asks)
	}
	back := workflows.AttachedMail(workflows.ListedMail(ev, 7, "no case"), "watcher")
	if !slices.Equal(back.Asks, asks) {
		t.Fatalf("attached back with asks %q; want %q", back.Asks, asks)
	}
}

// The mail a case is handed names the step of certflow's mail it replies
// to, so the case takes the answer only for that mail's question.
func TestMailEventNamesTheStepRepliedTo(t *testing.T) {
	r := triage.Report{Kind: classify.ReplyYes, Step: "steps",
		Message: &message.Message{MessageID: "<y-1@corp.example>", From: message.Address{Address: "taro@corp.example"}}}
	if ev := mailEvent(r, "watcher", time.Time{}); ev.RepliesTo != "steps" {
		t.Fatalf("event replies to %q; want steps", ev.RepliesTo)
	}
}
