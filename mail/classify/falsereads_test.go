package classify

import (
	"testing"

	"github.com/certflow/certflow/mail/message"
)

// The adversarial review of 1 December: near-miss desk mails (the
// reviewer's probes, not corpus mail) that were read as a consent request
// or a completion they are not. A false consent request can make certflow
// send an irreversible consent; a false completion tells the requester of
// a merge that did not happen. Each is beside real ones that must still be
// read so.

// readDesk reads text as the desk's mail, after the greeting the probes had.
func readDesk(text string) Reading {
	greeting := "Hello,\n\n"
	if !isASCII(text[:1]) {
		greeting = "お世話になっております。\n\n"
	}
	c := Classifier{AWSDomains: []string{"amazon.com"}}
	return c.Read(&message.Message{From: message.Address{Address: "desk@amazon.com"},
		Subject: "RE:[CASE 123] merge", Text: greeting + text + "\n"})
}

// TestNoFalseConsentRequest: what the reader is asked to confirm or reply
// YES to is not the merge (a detail, their receipt, a survey, closing the
// case, a withdrawal), or the mail says the consent was given already.
func TestNoFalseConsentRequest(t *testing.T) {
	for _, text := range []string{
		"Once you confirm your Candidate ID (shown on your profile page), we will proceed with the merge.",
		"We have started the merge; it can take up to 48 hours. When it has finished, please reply YES if you can see all of your certifications in the merged account.",
		"We need your authorization code from the Credly email before the badges can be re-issued after the merge.",
		"Thank you for your reply. We need your approval only once, so no further action is needed from you; the merge will run overnight.",
		"When you agree to the updated Candidate Agreement in your new account, we can start scheduling exams there again.",
		"Once you confirm which email address should be the primary one, we will proceed with the merge.",
		"Once you confirm the details below, we will start the merge:\n- Full name:\n- Candidate ID:",
		"ご本人様確認のため、身分証明書の写しをご送付ください。ご承認いただけましたら統合を開始いたします、とのご案内は、身分証明書の確認後に改めてお送りいたします。",
		"統合に関するご承認は、前回のご返信で頂戴しております。作業完了まで今しばらくお待ちください。",
		"Thanks, we have your consent on file. Please reply YES once you can see your certifications in the merged account, so we can close the case.",
		"Please reply OK if you would like us to close this case now that the merge request has been logged.",
		"To stop the merge, simply reply \"Yes, stop it\" before Friday.",
		"If you agree with how we handled the merge, please reply \"I agree\" to our satisfaction survey.",
		"統合の取り消しをご希望の場合は、「同意を撤回します」とご返信ください。",
		"ご同意の内容に変更がある場合のみ、ご返信ください。変更がなければ、ご返信は不要です。",
		"Your merge has been approved by our team and will run tonight. Please reply \"OK\" to acknowledge this notice.",
		"The merge is in progress. Once you confirm receipt of this email, we will proceed to the next step.",
		"Your consent has been recorded. As soon as you confirm your exam appointment has been moved, we can proceed with the merge.",
		"Thank you for agreeing. If you have a third account that should also be merged, reply YES and we will open a new case for it.",
		"Once you confirm the spelling of your name, we will merge the accounts.",
		"Please reply YES if you would like a copy of the merge summary.",
		"Thank you for agreeing to the merge. Please reply \"I agree\" from b@example.com as well.",
	} {
		if r := readDesk(text); r.Kind == AWSConsentRequest {
			t.Errorf("%q: read as %s, a false consent request", text, r.Kind)
		}
	}
}

// TestConsentRequestsStillRead: real consent requests in several
// phrasings, also beside a reassurance that something will not be
// cancelled (once read as a withdrawal, so as no request).
func TestConsentRequestsStillRead(t *testing.T) {
	for _, text := range []string{
		"We will not proceed with the merge until we hear from you. Please reply \"I agree\" to confirm you want the accounts merged.",
		"We cannot merge the accounts without your consent. If you agree, please reply \"I agree\" from a@example.com.",
		"Please note that once merged, the accounts cannot be separated again. If you wish to proceed, please reply with \"I agree\".",
		"If we do not hear from you within 5 days, we will close this case. To proceed, please confirm that you agree to the merge.",
		"Before we merge a@example.com into b@example.com, please confirm you want to go ahead. You can cancel at any time before the merge starts.",
		"統合後は元に戻すことができません。ご了承のうえ、統合に同意される場合は「同意します」とご返信ください。ご返信がない場合、本ケースはクローズいたします。",
		"a@example.com を b@example.com に統合してもよろしいでしょうか。なお、統合後の取り消しはできかねますのでご注意ください。",
		"統合は、ご本人様のご同意がない限り実施できません。統合をご希望の場合は、本メールへの返信にてご同意をお知らせください。",
		"Please confirm that you agree to merge the accounts. Note that this cannot be cancelled once started.",
		"To go ahead, please confirm you agree to the merge. If you change your mind later, you can withdraw your consent before Friday.",
		"Please confirm that you agree to the merge, which cannot be cancelled once it has started.",
		"Please reply \"I agree\" to confirm the merge. Note that exams you have booked will not be cancelled.",
		"Please confirm you agree to merge the accounts; any exam you have booked will not be cancelled by the merge.",
		"ご予約済みの試験がキャンセルされることはございませんので、統合にご同意いただけるかご返信をお願いいたします。",
		"Could you confirm that you would like us to go ahead with the merge? Once it has started, it cannot be stopped.",
		"Please let us know if you are happy for us to proceed with merging the two accounts.",
		"アカウント統合を進めてもよろしいでしょうか。ご確認のうえ、ご返信いただけますと幸いです。",
		"Before we merge the accounts, we need you to confirm that you agree. Please reply to this email.",
		"We are ready to merge the two accounts. Do you agree?",
		"統合を実施する前に、お客様のご同意が必要です。ご同意いただける場合は、その旨ご返信ください。",
		"As the owner of both accounts, do you authorize us to merge them? A simple yes is enough.",
		"Please confirm the merge by replying to this email. Note: if the names on the two profiles differ, the merge may fail.",
		"Kindly confirm whether we may proceed with the merge of a@example.com into b@example.com.",
		"統合は取り消しできない操作のため、念のため確認させてください。統合を進めてよろしいですか。",
		"Once you confirm, we will proceed with the merge.",
		"As soon as you agree to the merge, we will merge the two accounts.",
		"Once you agree to the merge, we will go ahead.",
		"Please reply YES to have the accounts merged.",
		"If you agree to the merge, please reply YES.",
		"Please reply YES if you would like us to proceed with the merge.",
		"Please reply YES to proceed with the merge.",
		"Thank you for your reply. Please reply \"I agree\" to confirm the merge.",
		"ご同意いただけましたら、統合を開始いたします。",
		"Please reply \"I agree\" to this email to confirm the merge.",
		"We have not yet received your confirmation. To proceed, please reply with your agreement to the merge.",
	} {
		if r := readDesk(text); r.Kind != AWSConsentRequest {
			t.Errorf("%q: read as %s %s, want a consent request", text, r.Kind, r.Sub)
		}
	}
}
