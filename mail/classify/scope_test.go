package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// awsCase is one AWS text and the reading it must get.
type awsCase struct{ text, kind, sub string }

func checkAWS(t *testing.T, cases []awsCase) {
	t.Helper()
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	aws := message.Address{Address: "tc-support@amazon.com"}
	for _, tc := range cases {
		r := c.Read(&message.Message{From: aws, Subject: "RE:[CASE 1234567] account-assistance", Text: tc.text})
		if string(r.Kind) != tc.kind || r.Sub != tc.sub {
			t.Errorf("%q: %s/%s, want %s/%s", tc.text, r.Kind, r.Sub, tc.kind, tc.sub)
		}
	}
}

// TestConfirmADetailIsNoConsent: "confirm" asks for consent only when what
// is to be confirmed is the merge or the reader's wish; confirming a name,
// an address or a date is a request for details, even in a sentence that
// names the merge.
func TestConfirmADetailIsNoConsent(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Before we go ahead with the merge, could you confirm the spelling of your surname?", "aws_other", SubMoreInfo},
		{"To merge the two profiles I need one thing first: please confirm the first and last name on your ID.",
			"aws_other", SubMoreInfo},
		{"Could you confirm the country you live in, so that I can merge the accounts?", "aws_other", SubMoreInfo},
		// The near misses that stay consent requests.
		{"Before we merge them, could you confirm that you want both accounts combined?", "aws_consent_request", ""},
		{"Please confirm the merge of the two accounts by replying to this email.", "aws_consent_request", ""},
		{"Could you confirm your request to merge the accounts?", "aws_consent_request", ""},
		{"Can you confirm you'd like the two accounts merged?", "aws_consent_request", ""},
	})
}

// TestJapaneseMarkersInsideWords: a Japanese condition marker inside a
// longer word (際 in 実際, 後 in 最後) is no condition, so it cannot hide a
// failed merge that stands next to a completion.
func TestJapaneseMarkersInsideWords(t *testing.T) {
	checkAWS(t, []awsCase{
		{"アカウントの統合が完了いたしました。\n実際には一部の統合処理が失敗しております。", "aws_other", ""},
		{"統合が完了しました。最後に統合処理の一部が失敗しました。", "aws_other", ""},
		// A real condition still keeps a failure hypothetical.
		{"アカウントの統合が完了いたしました。統合に失敗した際はご連絡ください。", "aws_completed", ""},
	})
}
