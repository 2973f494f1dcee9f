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
		// Single quotes too, and "revert" as Indian English "reply".
		{"Please reply 'I agree' to this email so that we can merge the accounts.", "aws_consent_request", ""},
		{"If you don't want the merge, reply 'no' and we will close the case.", "aws_other", ""},
		{"Kindly revert with your confirmation so that we can proceed with the merge.", "aws_consent_request", ""},
		// Words the reader already replied with are no request for them.
		{`You replied "I agree" on Monday; our team is now reviewing the merge.`, "aws_other", SubAcknowledgement},
		{`As you replied "yes", please allow a few days for the merge.`, "aws_other", ""},
		{`「同意します」とご返信いただきましたので、統合の手続きを進めております。`, "aws_other", ""},
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
		// A request handed on to a team is no move of the certifications:
		// an acknowledgement.
		{"We have transferred your request to our backend team.", "aws_other", SubAcknowledgement},
		{"認定資格の移行が完了しましたら、改めてご連絡いたします。", "aws_other", SubAcknowledgement},
		// 正常に ("successfully"), and the old address no longer signing in
		// is a consequence, not trouble.
		{"アカウントの統合が正常に完了しました。", "aws_completed", ""},
		{"統合が完了しました。旧アドレスではログインできなくなっております。", "aws_completed", ""},
		{"統合が完了しましたが、一部の資格が移行できておりません。", "aws_other", ""},
		// Near misses of the new grammar that stay for the operator.
		{"Your merge request has been received and will be completed within 3 business days.", "aws_other", ""},
		{"We have transferred your case to the team that handles merges.", "aws_other", SubAcknowledgement},
		{"Once we have transferred your certifications, the old account will be closed.", "aws_other", ""},
		{"We have transferred your certification records to the new account, except for one badge.", "aws_other", ""},
		{"認定資格の移行を依頼いたしました。", "aws_other", ""},
		{"認定資格の移行いたしましたら、ご連絡いたします。", "aws_other", SubAcknowledgement},
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
		"Automatische Antwort: Re: merge":          AutoReply,
		"Abwesenheitsnotiz: Re: merge":             AutoReply,
		"Réponse automatique : Re: merge":          AutoReply,
		"Respuesta automática: Re: merge":          AutoReply,
	} {
		if got := c.Classify(&message.Message{From: person, Subject: subject, Text: "Yes"}); got != want {
			t.Errorf("%q: %s, want %s", subject, got, want)
		}
	}
}

// TestMoreDeskWords: siblings of the desk phrasings the corpora show.
func TestMoreDeskWords(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Are you happy for us to merge these two accounts?", "aws_consent_request", ""},
		{"Would it be okay for us to combine the accounts?", "aws_consent_request", ""},
		{"統合に問題がなければ、本メールにご返信ください。", "aws_consent_request", ""},
		{"差し支えなければ、統合についてご返信いただけますでしょうか。", "aws_consent_request", ""},
		{"差し支えなければ、アンケートにご協力ください。", "aws_other", ""},
		{"We have completed your request to merge the two accounts.", "aws_completed", ""},
		{"We have completed your request and will merge the accounts next week.", "aws_other", ""},
		{"2つのアカウントをひとつにまとめました。", "aws_completed", ""},
		{"アカウントは既に統合されております。", "aws_completed", ""},
		{"統合の手続きを完了しました。ただし認定資格の移行は保留となっております。", "aws_other", ""},
		{"統合の手続きを完了しました。認定資格の移行は保留となっております。", "aws_other", ""},
		{"We have merged your accounts; the badge transfer is on hold.", "aws_other", ""},
	})
}

// TestAutoReplyBody: a program's answer that says so in its first line,
// without headers or subject to mark it.
func TestAutoReplyBody(t *testing.T) {
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	person := message.Address{Address: "taro@corp.example"}
	for text, want := range map[string]Kind{
		"※本メールは自動返信です。\n不在のため、戻り次第ご連絡いたします。":                               AutoReply,
		"This is an automatic reply. I am out of the office until Monday.": AutoReply,
		"I am currently out of the office with limited access to email.":   AutoReply,
		"Yes, go ahead. I'll be out of the office next week.":              Unknown,
	} {
		if got := c.Classify(&message.Message{From: person, Subject: "Re: merge", Text: text}); got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

// TestMoreMergeWords: other words for the merge and for its being done.
func TestMoreMergeWords(t *testing.T) {
	checkAWS(t, []awsCase{
		// 一本化 and 名寄せ are business Japanese for merging records.
		{"2つのアカウントを一本化してもよろしいでしょうか。", "aws_consent_request", ""},
		{"アカウントの一本化が完了いたしました。", "aws_completed", ""},
		{"受験履歴の名寄せを完了しました。", "aws_completed", ""},
		{"一本化が完了しましたら、ご連絡いたします。", "aws_other", SubAcknowledgement},
		// 可否 ("whether or not") and 了解/許可 as agreement; ご了解ください is "please note".
		{"統合の可否について、本メールにご回答ください。", "aws_consent_request", ""},
		{"統合についてご了解いただけますでしょうか。", "aws_consent_request", ""},
		{"統合は完了しました。旧アドレスは使えなくなりますので、ご了解ください。", "aws_completed", ""},
		{"統合の許可をいただけますか。", "aws_consent_request", ""},
		// "actioned", "carried out", "has taken place".
		{"The merge has been actioned.", "aws_completed", ""},
		{"Your merge request has been actioned.", "aws_other", ""}, // like "processed": perhaps only handled
		{"The merge of your accounts has been carried out.", "aws_completed", ""},
		{"The merge has taken place this morning.", "aws_completed", ""},
		{"The merge will take place once you confirm.", "aws_other", ""},
		{"Your merge request will be actioned within 3 days.", "aws_other", ""},
	})
}

// TestNotThisMerge: a merge undone, moved back, or another, earlier merge
// is no completion; confirming a fact the reader did is no consent.
func TestNotThisMerge(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Your previous merge request was completed in 2024; this new request is for a different account.", "aws_other", ""},
		{"We merged your accounts by mistake and have now reverted the merge.", "aws_other", ""},
		{"The merge was completed, and at your request it has since been rolled back.", "aws_other", ""},
		{"Your certifications were moved back to the original account.", "aws_other", ""},
		{"統合いたしましたが、ご依頼により取り消しました。", "aws_other", ""},
		{"アカウントを統合いたしました。その後、お客様のご要望により統合をキャンセルいたしました。", "aws_other", ""},
		// Still completions: the merge being final is no undoing.
		{"Your accounts have been merged. Please note this cannot be reversed.", "aws_completed", ""},
		{"統合が完了しました。なお、統合の取り消しはできません。", "aws_completed", ""},
		// Confirming what the reader did or is, not what they want.
		{"Please confirm you have cancelled the scheduled exam so we can proceed with the merge.", "aws_other", SubMoreInfo},
		{"Please reply to confirm that you are the owner of both accounts before we merge them.", "aws_other", SubMoreInfo},
		{"Please confirm that you have read the above and agree to the merge.", "aws_consent_request", ""},
		{"Please confirm that you are happy for us to merge the accounts.", "aws_consent_request", ""},
		{"Please confirm the spelling of your name so that we can merge the accounts.", "aws_other", SubMoreInfo},
		{"To confirm that you own both addresses, please reply from each of them stating that you agree to the merge.",
			"aws_consent_request", ""},
		{"We cancelled the exam booked on the old account and merged your accounts.", "aws_completed", ""},
		{"We have cancelled the merge as you asked.", "aws_other", ""},
	})
}
