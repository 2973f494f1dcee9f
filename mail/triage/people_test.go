package triage

import (
	"context"
	"testing"

	"github.com/certflow/certflow/mail/classify"
)

// A person's answer is read from their own words through the worker's
// path: an answer above an Outlook-quoted AWS mail is the answer, not a
// forward; HTML quotes are quoted; a bounce names the case of the mail
// that came back.
func TestReadPeopleAndReports(t *testing.T) {
	tr := triager(t)
	to := "To: certs+merge-20261125-abcdef@corp.example\r\n"
	cases := []struct{ name, raw, kind string }{
		{"submitted above an Outlook-quoted AWS mail", "From: taro@corp.example\r\n" + to + "Subject: RE: [CASE 1234567890] merge\r\n\r\n" +
			"提出しました。\r\n\r\n-----Original Message-----\r\nFrom: AWS <no-reply@amazon.com>\r\nSent: Wednesday, November 25, 2026 10:00 AM\r\n" +
			"Subject: RE:[CASE 1234567890] merge\r\n\r\n" + consentBody, string(classify.ReplySubmitted)},
		{"HTML-only yes with the question in a blockquote", "From: taro@corp.example\r\n" + to + "Subject: Re: x\r\nContent-Type: text/html\r\n\r\n" +
			"<div>Yes</div><blockquote>Reply NO if they do not show yet</blockquote>", string(classify.ReplyYes)},
		{"HTML-only reply whose only words are quoted", "From: taro@corp.example\r\n" + to + "Subject: Re: x\r\nContent-Type: text/html\r\n\r\n" +
			"<div class=\"gmail_quote\">Reply YES if they show</div>", string(classify.Unknown)},
		{"out of office with a yes in it", "From: taro@corp.example\r\n" + to + "Subject: Out of Office: Re: x\r\n\r\nYes, I am away.\r\n", string(classify.AutoReply)},
	}
	for _, tc := range cases {
		r := tr.Read(context.Background(), []byte(tc.raw))
		if string(r.Kind) != tc.kind || r.Forwarded != nil {
			t.Errorf("%s: kind %s forwarded %v; want %s, no forward", tc.name, r.Kind, r.Forwarded != nil, tc.kind)
		}
	}

	bounce := "From: MAILER-DAEMON@mx.corp.example\r\nTo: certs@corp.example\r\nSubject: failure notice\r\n\r\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\r\nThis is a permanent error.\r\n\r\n" +
		"<desk@amazon.com>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n--- Below this line is a copy of the message.\r\n\r\n" +
		"Message-ID: <certflow.consent.merge-20261125-abcdef@corp.example>\r\nSubject: RE:[CASE 1234567890] merge\r\n\r\nI agree.\r\n"
	r := tr.Read(context.Background(), []byte(bounce))
	if r.Kind != classify.Bounce || r.Case != "merge-20261125-abcdef" || r.By != "bounced-message-id" || r.Bounce == nil ||
		!r.Bounce.Permanent || r.Bounce.Recipient != "desk@amazon.com" || r.Authenticated {
		t.Fatalf("bounce: %s case %q by %q %+v", r.Kind, r.Case, r.By, r.Bounce)
	}
}
