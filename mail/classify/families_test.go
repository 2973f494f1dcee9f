package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// TestConsentPhrasingFamilies: more ways a desk asks for agreement, and
// the near misses that must stay something else.
func TestConsentPhrasingFamilies(t *testing.T) {
	checkAWS(t, []awsCase{
		// Japanese "may we …?" as an indirect question (…てよろしいか), and
		// "if it is all right to …, reply" (…てよろしければ … ご返信ください).
		{"2つのアカウントを1つに統合してもよろしいか、ご意向をお聞かせいただけますか。", "aws_consent_request", ""},
		{"内容をご確認のうえ、統合を進めてよろしければ本メールにご返信ください。", "aws_consent_request", ""},
		{"統合後にご不明な点がございましたら、よろしければご連絡ください。", "aws_other", ""},
		// "your go-ahead" is agreement.
		{"May we have your go-ahead to combine the two accounts?", "aws_consent_request", ""},
		// Asked to reply with words of consent: a consent request even when
		// the sentence also names addresses or checks identity.
		{`To verify it is you, please reply "I agree to the merge" from both email addresses.`, "aws_consent_request", ""},
		{`By replying "I approve" to this email, you authorise the merge, which cannot be reversed.`, "aws_consent_request", ""},
		{`If you do not want the merge, please reply "No".`, "aws_other", ""},
		{`If the accounts are not yours, please reply "I do not agree" and we will close the case.`, "aws_other", ""},
		// "Confirm the following" takes its object from the list after it.
		{"Before we continue, please confirm the following by replying to this email:\n" +
			"1. Both addresses belong to you.\n2. You agree to have the two accounts merged.", "aws_consent_request", ""},
		{"Before we merge them, please confirm the following:\n1. Your full legal name\n2. Your date of birth",
			"aws_other", SubMoreInfo},
	})
}

// TestCompletionPhrasingFamilies: more ways a desk reports the merge
// done, and the near misses that must not be read as done.
func TestCompletionPhrasingFamilies(t *testing.T) {
	checkAWS(t, []awsCase{
		// Contractions and a subject left out after "and".
		{"As you asked, we've combined your two accounts into one.", "aws_completed", ""},
		{"We've gone ahead and merged both profiles as you confirmed.", "aws_completed", ""},
		{"Once we have merged your accounts, we will let you know.", "aws_other", ""},
		{"Have we merged your accounts already?", "aws_other", ""},
		// The merge with a relative clause, and "now consolidated".
		{"The merge you asked for has now been finalised.", "aws_completed", ""},
		{"All of your records are now consolidated under a@example.com.", "aws_completed", ""},
		{"The merge you asked for has not been finalised yet.", "aws_other", ""},
		// Certifications moved from one account to the other is the merge.
		{"We have transferred your certifications and exam history to a@example.com.", "aws_completed", ""},
		{"認定資格と受験履歴を新しいアカウントへ移行いたしました。", "aws_completed", ""},
		{"We will transfer your certifications once you confirm.", "aws_other", ""},
		{"Your certifications have not been transferred yet.", "aws_other", ""},
		{"We have transferred your request to our backend team.", "aws_other", ""},
		{"認定資格の移行が完了しましたら、改めてご連絡いたします。", "aws_other", SubAcknowledgement},
		// 正常に ("successfully"), and the old address no longer signing in
		// is a consequence, not trouble.
		{"アカウントの統合が正常に完了しました。", "aws_completed", ""},
		{"統合が完了しました。旧アドレスではログインできなくなっております。", "aws_completed", ""},
		{"統合が完了しましたが、一部の資格が移行できておりません。", "aws_other", ""},
		// ご了承ください is "please note", no request for consent.
		{"統合は完了しました。なお、期限切れのバウチャーは引き継ぎの対象外となりますので、ご了承ください。", "aws_completed", ""},
		{"統合についてご了承いただけますでしょうか。", "aws_consent_request", ""},
	})
}

// TestOtherAWSFamilies: requests for details, refusals and receipts in
// more words.
func TestOtherAWSFamilies(t *testing.T) {
	checkAWS(t, []awsCase{
		{"各アカウントの受験者IDをお知らせいただけますか。", "aws_other", SubMoreInfo},
		{"認定証に記載の検証番号をお送りください。", "aws_other", SubMoreInfo},
		// "Until it is checked we cannot merge" waits for the details: it is
		// no refusal.
		{"プロフィールの生年月日が一致しないため、確認が取れるまでは統合を進めることができません。正しい生年月日をお知らせください。",
			"aws_other", SubMoreInfo},
		{"今回の統合のご依頼はお断りさせていただきます。", "aws_other", SubRefusal},
		{"We've logged your request; it is now in our queue.", "aws_other", SubAcknowledgement},
	})
}

// TestAutoReplySubjectMarker: a mail program may put its marker at the end
// of the subject, in brackets.
func TestAutoReplySubjectMarker(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "taro@corp.example"}
	for subject, want := range map[string]Kind{
		"Re: 統合の確認（自動返信）":                          AutoReply,
		"Re: merge confirmation [Automatic reply]": AutoReply,
		"Re: merge confirmation (out of office)":   AutoReply,
		"Re: merge confirmation":                   ReplyYes,
	} {
		if got := c.Classify(&message.Message{From: person, Subject: subject, Text: "Yes"}); got != want {
			t.Errorf("%q: %s, want %s", subject, got, want)
		}
	}
}
