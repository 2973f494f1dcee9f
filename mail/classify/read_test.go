package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// TestReadAWSWording holds the rules on wording of the issue (not the
// corpus): consent and completion in other words, and never a false
// completion.
func TestReadAWSWording(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	aws := message.Address{Address: "tc-support@amazon.com"}
	cases := []struct{ text, kind, sub string }{
		{"Kindly confirm you wish to combine the two accounts.", "aws_consent_request", ""},
		{"We require your authorization before we merge them.", "aws_consent_request", ""},
		{"Please let us know whether you approve the merge.", "aws_consent_request", ""},
		{"アカウントを統合してもよろしいでしょうか。", "aws_consent_request", ""},
		{"統合についてご承諾いただけますか。", "aws_consent_request", ""},
		{"アカウントの統合をご希望の場合は、その旨ご返信ください。", "aws_consent_request", ""},
		{"If you would like to merge them in the future, please submit a new request.", "aws_other", ""},
		{"改めて統合をご希望の際は、お気軽にご連絡ください。", "aws_other", ""},
		{"Please confirm that you agree to merge them. Once the account has been merged, you will sign in with the other address.", "aws_consent_request", ""},
		{"Your accounts have been merged, and no further action is needed.", "aws_completed", ""},
		{"アカウントの統合が完了いたしました。", "aws_completed", ""},
		{"Your merge request has been completed.", "aws_completed", ""},
		{"We processed the merge this morning.", "aws_completed", ""},
		{"統合の手続きはすべて完了いたしました。", "aws_completed", ""},
		{"Your merge request has been submitted to our team.", "aws_other", ""},
		{"The review of your merge request is complete.", "aws_other", ""},
		{"統合の準備が完了しました。", "aws_other", ""},
		{"Your merge request has been processed and is pending a final check.", "aws_other", ""},
		{"The merge has been completed, but some certifications are missing.", "aws_other", ""},
		{"When your merge request is completed, we will email you.", "aws_other", ""},
		{"The merge request has not been completed yet.", "aws_other", ""},
		{"統合の手続きはまだ完了しておりません。", "aws_other", ""},
		{"Unfortunately the merge could not be completed.", "aws_other", ""},
		{"Merging is not possible while an exam is scheduled.", "aws_other", ""},
		{"現時点では統合はできかねます。", "aws_other", ""},
		{"After the merge is done you will see all certifications.", "aws_other", ""},
		{"統合後は新しいアドレスでサインインしてください。", "aws_other", ""},
		{"I will email you once the accounts have been merged.", "aws_other", ""},
		{"Has the merge been completed?", "aws_other", ""},
		{"統合が完了しましたら改めてご連絡いたします。", "aws_other", SubAcknowledgement},
		{"We have received your request to merge your accounts and will get back to you.", "aws_other", SubAcknowledgement},
		{"Could you please provide the candidate ID of each account?", "aws_other", SubMoreInfo},
		{"We are unable to merge these accounts: they belong to different people.", "aws_other", SubRefusal},
		{"統合のご依頼はお受けすることができません。", "aws_other", SubRefusal},
		{"Thank you for approving the merge. We have merged your accounts.", "aws_completed", ""},
		{"Your accounts have been merged. If you did not authorise this merge, please contact us.", "aws_completed", ""},
		{"If you did not request this merge, please let us know whether you approve it.", "aws_other", ""},
		{"Your accounts have been merged. Please confirm that you agree to merge them.", "aws_other", ""},
		{"Please confirm the merge.\n\nOn Mon, Nov 30, 2026, AWS <tc@amazon.com> wrote:\n> your accounts have been merged", "aws_consent_request", ""},
	}
	for _, tc := range cases {
		r := c.Read(&message.Message{From: aws, Subject: "RE:[CASE 1234567] account-assistance", Text: tc.text})
		if string(r.Kind) != tc.kind || r.Sub != tc.sub {
			t.Errorf("%q: %s/%s, want %s/%s", tc.text, r.Kind, r.Sub, tc.kind, tc.sub)
		}
	}
}

func TestReadAutoReplies(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "taro@corp.example"}
	for _, tc := range []struct {
		subject string
		header  map[string][]string
		want    Kind
	}{
		{"Automatic reply: Re: merge", nil, AutoReply},
		{"Out of Office: Re: merge", nil, AutoReply},
		{"自動応答: Re: 統合", nil, AutoReply},
		{"【不在】Re: 統合", nil, AutoReply},
		{"Re: merge", map[string][]string{"Auto-Submitted": {"auto-replied"}}, AutoReply},
		{"Re: merge", map[string][]string{"Auto-Submitted": {"no"}}, ReplyYes},
		{"Re: merge", map[string][]string{"X-Autoreply": {"yes"}}, AutoReply},
		{"Re: merge", map[string][]string{"Precedence": {"bulk"}}, AutoReply},
		{"Re: merge", map[string][]string{"Precedence": {"list"}}, ReplyYes},
	} {
		m := &message.Message{From: person, Subject: tc.subject, Text: "Yes", Header: tc.header}
		if got := c.Classify(m); got != tc.want {
			t.Errorf("%q %v: %s, want %s", tc.subject, tc.header, got, tc.want)
		}
	}
}

func TestReadBounces(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	standard := &message.Message{
		From: message.Address{Address: "MAILER-DAEMON@mx.amazon.com"}, Subject: "Undelivered Mail Returned to Sender",
		ContentType: "multipart/report", ReportType: "delivery-status",
		DeliveryStatus: []byte("Reporting-MTA: dns; mx.amazon.com\n\nFinal-Recipient: rfc822; desk@amazon.com\nAction: failed\n" +
			"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <desk@amazon.com>: Recipient address rejected\n"),
		ReturnedHeaders: []byte("From: certs+merge-1@example.com\nMessage-ID: <certflow.consent.merge-1@example.com>\n"),
		Text:            "This is the mail system. Your message could not be delivered.",
	}
	r := c.Read(standard)
	if r.Kind != Bounce || !r.Bounce.Permanent || r.Bounce.Status != "5.1.1" || r.Bounce.Recipient != "desk@amazon.com" ||
		r.Bounce.ReturnedID != "certflow.consent.merge-1@example.com" || r.Bounce.Diagnostic == "" {
		t.Errorf("standard bounce: %s %+v", r.Kind, r.Bounce)
	}
	delay := &message.Message{
		From:    message.Address{Name: "Mail Delivery Subsystem", Address: "MAILER-DAEMON@relay.example"},
		Subject: "Warning: could not send message for past 4 hours",
		Text:    "<desk@amazon.com>... Deferred: 421 4.3.2 Service not available\nWill keep trying\n\nMessage-ID: <certflow.request.merge-2@example.com>\n",
	}
	r = c.Read(delay)
	if r.Kind != Bounce || r.Bounce.Permanent || r.Bounce.Recipient != "desk@amazon.com" || r.Bounce.ReturnedID != "certflow.request.merge-2@example.com" {
		t.Errorf("delay: %s %+v", r.Kind, r.Bounce)
	}
}
