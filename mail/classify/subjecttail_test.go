package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// TestAnswerTypedAfterTheSubject: certflow's subjects that ask for an
// answer end in the person's name in brackets or in a question mark, and a
// phone's writer often types the answer right after it, with no dash. What
// follows the last closing bracket or question mark is read as the answer
// over an empty body; a bracket or mark inside the subject, or a long tail,
// answers nothing.
func TestAnswerTypedAfterTheSubject(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "ken@corp.example"}
	const quoted = "\n\nOn 3 Dec 2026, at 09:10, certflow <certflow@corp.example> wrote:\n> Please reply.\n"
	for _, tc := range []struct {
		subject string
		want    Kind
	}{
		{"Re: Please submit the AWS Certification account merge form (Ken Ito) submitted", ReplySubmitted},
		{"RE: Please share your AWS Certifications with our APN account (Ken Ito) done!", ReplyDone},
		{"Re: Do your AWS Certifications show in the APN profile? yes", ReplyYes},
		{"Re: Do your AWS Certifications show in the APN profile? Not yet", ReplyNo},
		{"Re: AWS 認定アカウント統合フォームを送信してください（伊藤 健） 提出しました", ReplySubmitted},
		{"Re: APN プロファイルに AWS 認定資格が表示されていますか？ はい", ReplyYes},
		// Near misses.
		{"Re: Please submit the AWS Certification account merge form (Ken Ito)", Unknown},
		{"Re: Do your AWS Certifications show in the APN profile?", Unknown},
		{"Re: Request (urgent) to merge AWS Certification accounts", Unknown},
		{"Re: Do your AWS Certifications show in the APN profile? yes for the SAA but the other two are missing", Unknown},
	} {
		r := c.ReadSubject(&message.Message{From: person, Subject: tc.subject, Text: quoted})
		if r.Kind != tc.want {
			t.Errorf("%q: %s, want %s", tc.subject, r.Kind, tc.want)
		}
	}
}
