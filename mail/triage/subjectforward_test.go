package triage

import (
	"context"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// TestForwardedAWSMailIsNotTheForwardersAnswer: a requester who
// forwards AWS's mail inline, adding no words, has not answered anything:
// the mail inside is AWS's, for the operator to vouch for. Its subject
// ("… - completed") is AWS's, not the forwarder's answer.
func TestForwardedAWSMailIsNotTheForwardersAnswer(t *testing.T) {
	tr := triager(t)
	for _, inner := range []string{
		"RE:[CASE 1234567890] Merge request - completed",
		"RE:[CASE 1234567890] AWS Certification - Form submitted",
	} {
		subject := "Fwd: " + inner
		raw := "Authentication-Results: mx.corp.example; dkim=pass header.d=corp.example; dmarc=pass header.from=corp.example\r\n" +
			"DKIM-Signature: v=1; a=rsa-sha256; d=corp.example; s=s; h=from:to:subject; bh=YmgK; b=YmgK\r\n" +
			"From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\nSubject: " + subject + "\r\n\r\n" +
			"---------- Forwarded message ---------\r\nFrom: AWS <no-reply@amazon.com>\r\n" +
			"Subject: " + inner + "\r\n\r\n" +
			"We have successfully merged your accounts.\r\n"
		r := tr.Read(context.Background(), []byte(raw))
		if r.Forwarded == nil || r.Authenticated || r.Kind == classify.ReplyDone || r.Kind == classify.ReplySubmitted {
			t.Errorf("%q: kind %s authenticated %v forwarded %v; want AWS's forwarded mail, unauthenticated",
				subject, r.Kind, r.Authenticated, r.Forwarded != nil)
		}
	}
}

// TestSubjectAnswersOnlyADirectReply: a reply with no words of its own that
// answers certflow's mail (In-Reply-To names it) is read by the end of its
// subject; the same mail naming its case only by the plus-address is not.
func TestSubjectAnswersOnlyADirectReply(t *testing.T) {
	tr := triager(t)
	head := "From: taro@corp.example\r\nTo: certs+merge-20261125-abcdef@corp.example\r\n" +
		"Subject: Re: Please link your AWS Certification account - DONE\r\n"
	body := "\r\n> Please link your account and reply 'done'.\r\n"
	direct := head + "In-Reply-To: <certflow.steps.merge-20261125-abcdef@corp.example>\r\n" + body
	if r := tr.Read(context.Background(), []byte(direct)); r.Kind != classify.ReplyDone {
		t.Errorf("direct reply: kind %s, want reply_done (reasons %v)", r.Kind, r.Reasons)
	}
	if r := tr.Read(context.Background(), []byte(head+body)); r.Kind != classify.Unknown {
		t.Errorf("reply named by its address only: kind %s, want unknown", r.Kind)
	}
}
