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

// expectDesk checks that each text is read as kind (want) or as anything
// else (!want).
func expectDesk(t *testing.T, texts []string, kind Kind, want bool) {
	t.Helper()
	for _, text := range texts {
		if r := readDesk(text); (r.Kind == kind) != want {
			t.Errorf("%q: read as %s %s; want kind %s: %v", text, r.Kind, r.Sub, kind, want)
		}
	}
}

// TestNoFalseConsentRequest: what the reader is asked to confirm or reply
// YES to is not the merge (a detail, their receipt, a survey, closing the
// case, a withdrawal), or the mail says the consent was given already.
func TestNoFalseConsentRequest(t *testing.T) {
	texts := []string{
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
		"I can confirm that, once you reply, the merge is complete within 24 hours.",
		// What a reply of agreement is for, or under, is not the merge; a
		// confirmation of a receipt or of a thing the merge names.
		"Please reply YES to let us know you received this email about the merge.",
		"Please reply \"OK\" once you have signed in to the merged account.",
		"Reply \"Yes\" if the merged account shows all your badges.",
		"Please reply \"I agree\" to the updated terms of service before we can proceed with the merge.",
		"We have already received your agreement to the merge. Please reply \"I agree\" only if you want a third account added.",
		"The other account owner will receive this message: \"Please reply I agree to confirm the merge.\"",
		"Here is the email your colleague will receive:\n\nPlease reply \"I agree\" to confirm the merge.",
		"Please confirm the merge date that suits you.",
		"Please confirm the merge request number in your reply.",
		"Please confirm receipt of this merge notice.",
		"Could you confirm that you received our merge confirmation?",
		"Please reply \"I agree\" to the survey about your merge experience.",
		"Please reply \"Yes\" to subscribe to merge status updates.",
		"If you are happy with the merged account, please reply \"Yes\" so we can close the case.",
		"ご確認のため、統合後のアカウントにサインインできましたら「はい」とご返信ください。",
		"統合手続きの進捗をお知らせしますので、ご希望の場合は「はい」とご返信ください。",
		"アンケートにご協力いただける場合は、「同意します」とご返信ください。",
		// Agreement to another thing; a fact about the merge to confirm.
		"Please confirm that you agree to the new Candidate Agreement in your profile.",
		"Please agree to the updated privacy policy so that we can proceed with the merge.",
		"利用規約に同意いただけますでしょうか。同意後に統合を進めます。",
		"Please reply \"I agree\" if you do NOT want the merge.",
		"Can you confirm the merge completed on your side?",
		"Please confirm whether the merge went through.",
		"Please reply \"I agree\" to confirm that you have updated your exam booking before the merge.",
		// In Japanese: agreement to, or permission for, another thing; a consent told as given.
		"統合に関するご案内の配信に同意される場合は、「同意します」とご返信ください。",
		"既にご同意いただいております。念のため、統合を進めてよろしいかご確認ください。",
		"統合の進め方についてご同意いただけますか。",
		"統合の日程を変更してもよろしいでしょうか。",
		"統合後の通知メールの送付先を変更してもよろしいでしょうか。",
		// A purpose before the words that is not the merge; a list of facts agreed to.
		"Please confirm the following by replying \"I agree\":\n- You have cancelled any exam booked on a@example.com",
		"To help us with our survey about the merge, please reply \"Yes\".",
		"Please reply \"I agree\" to this email if you agree to the merge and to receiving our newsletter.",
		"Please confirm by replying \"Yes\" that both accounts belong to you.",
		"Please reply \"Yes\" to confirm that the accounts are yours, and we will merge them.",
	}
	expectDesk(t, texts, AWSConsentRequest, false)
}

// TestConsentRequestsStillRead: real consent requests in several
// phrasings, also beside a reassurance that something will not be
// cancelled (once read as a withdrawal, so as no request).
func TestConsentRequestsStillRead(t *testing.T) {
	texts := []string{
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
		"If you consent to the above, please reply \"I consent to the merge\".",
		"If you agree to proceed, please reply with \"I agree\" and we will take care of the rest.",
		"統合に同意いただける場合は、「同意します」とご返信ください。",
		"Please confirm that you have read the above and agree to the merge.",
		"Please reply to this email confirming that you agree to a@example.com being merged into b@example.com.",
		"統合は取り消しができない操作となりますので、実施に同意いただけるかご返信をお願いいたします。",
		"If you agree to the merge, please reply \"I agree\". If you do not, reply \"No\".",
		"Please confirm you are happy for us to merge a@example.com into b@example.com.",
		"ご同意いただけましたら、統合を開始いたします。ご同意の場合は「同意します」とご返信ください。",
		"統合を進めてよろしいでしょうか。",
		"a@example.com を b@example.com に統合することにご同意いただけますか。",
		"Kindly approve the merging of below accounts by replying \"Yes, I approve\" to this mail:\n\n" +
			"Source account : a@example.com\nTarget account : b@example.com",
		"Please confirm the following by replying \"I agree\":\n- a@example.com will be merged into b@example.com",
		"To proceed, please reply \"I agree\".",
		"To verify it is you, please reply \"I agree to the merge\" from both email addresses.",
		"Reply \"I agree\" to confirm you want the merge.",
		"Please reply \"YES\" to confirm, and we will merge the accounts.",
	}
	expectDesk(t, texts, AWSConsentRequest, true)
}

// TestNoFalseCompletion: a completion narrowed to a part, to one of the
// accounts or to someone else's; one set against a merge still to come, a
// temporary or test move, certifications told still on the old account; a
// sample of a mail to come, a list of steps to come; a merge request or
// form completed; a report under a time or condition to come.
func TestNoFalseCompletion(t *testing.T) {
	texts := []string{
		"Your accounts have been merged. However, please note that the merge only covered your Associate-level certifications; the Professional certification is still on your old account.",
		"Your accounts have been merged. However, our engineering team may need to run the merge again for your Professional certification.",
		"The merge completed for your Associate certifications. The Professional certification will follow in a separate request.",
		"Once the merge is done, you will receive an email like this:\n\nHello,\nWe have merged your accounts. Your certifications are now under b@example.com.",
		"Merge completed.\n\nJust kidding - the script stopped halfway. Only a@example.com's records were moved.",
		"Thank you. We have combined them into b@example.com for the Associate exams only; the Specialty exam record will need a separate ticket.",
		"The merge went through for your exam history. Your certifications are still listed under both accounts, and I have escalated this.",
		"The merge completed with warnings; two certifications were skipped.",
		"The merge completed for a@example.com only.",
		"We were able to merge your accounts in our test environment; the production merge will follow next week.",
		"We have completed the merge request review. Next, our back-office team will carry out the merge.",
		"We have completed your request to merge the accounts for a@example.com. The request for b@example.com is still open.",
		"a@example.com の統合は完了いたしました。b@example.com につきましては、所有者様のご同意をお待ちしております。",
		"統合が完了した旨ご報告いたします。ご不明な点がございましたら、お気軽にお問い合わせください。（※本メールは統合完了時にお送りする文面の例です）",
		"統合作業の完了後、以下の文面でご連絡いたします。\n\nアカウントの統合が完了いたしました。今後は b@example.com でサインインしてください。",
		"We have completed the merge request form on your behalf. Please sign it using the link below so that we can submit it.",
		"When the merge is done, we will send you a confirmation that reads as follows:\n\nYour accounts have been merged. Please sign in with b@example.com from now on.",
		"Here is what you will receive after the merge:\n\nMerge complete. Your certifications are now under b@example.com.",
		"We have transferred your certifications to b@example.com in our staging system for testing. The live transfer will take place after your consent.",
		"We moved the badges to b@example.com, and we are now waiting for Credly to move the certifications.",
		"Your merge request is now complete and has been passed to our back-office team, who will carry out the merge within 5 business days.",
		"The merge was completed for your Associate certifications only.",
		"The merge has been completed for one of your two profiles; the other needs a separate ticket.",
		"ご同意いただきありがとうございます。今後の流れは以下のとおりです。\n\n1. ご本人様確認\n2. 統合作業\n3. 統合完了のご連絡",
		"統合のお申し込みが完了したことを確認いたしました。担当部署より改めてご連絡いたします。",
		"バッジを b@example.com へ移しました。認定資格の移行は、別途手続きが必要です。",
		"資格情報を一時的に b@example.com へ移しました。正式な統合はご同意をいただいてから行います。",
		"I can confirm that your consent has been received and the merge is complete as far as the paperwork goes; the technical merge runs next week.",
		"Your certifications are combined now in the preview; please review them before we finalise the merge.",
		"Merge completed - for your badges only. The certifications will follow.",
		"統合作業が完了しましたら、以下のメールをお送りいたします。\n\n件名：アカウント統合完了のお知らせ\n\nアカウントの統合が完了いたしました。今後は b@example.com でサインインしてください。",
		"After the merge, you will get an email like the one below.\n\nSubject: Your AWS Certification accounts have been merged\n\nYour accounts have been merged. Please use b@example.com to sign in from now on.",
		"We merged your colleague's accounts today; yours will be processed after we receive your consent.",
		"Once all the checks are done, the merge is complete and you will receive a confirmation email.",
		"When all three accounts are verified, your accounts are merged into b@example.com automatically.",
		"Once more information arrives from our back office, the merge is complete.",
		"By the time you read this, the merge is complete, unless the exam provider reports a conflict overnight.",
		"Assuming the names on both profiles match, your accounts are now merged.",
		"a@example.com 分の統合は本日完了です。b@example.com 分は、所有者様のご同意をいただいた後に実施いたします。",
		"一件目のアカウントの統合を完了させていただきました。残りの一件につきましては、引き続き確認を進めてまいります。",
		"統合処理が、先ほど完了しました。なお、Credly のバッジは引き続き旧アカウントに紐づいております。",
		"認定資格を b@example.com へ移行いたしました。受験履歴につきましては、来週移行いたします。",
		"統合完了のご報告です。※b@example.com の資格のみ対象となります。a@example.com の資格は別途対応いたします。",
		"統合の作業は本日完了です。と申し上げたいところですが、システム障害により作業が遅延しております。",
		// Near misses of the same families, written for this fix.
		"We have merged a@example.com. The merge for b@example.com will follow once its owner agrees.",
		"Most of your certifications have been moved to b@example.com.",
		"Below is a copy of the confirmation we will send:\n\nYour accounts have been merged.",
		"For your reference, the confirmation email will read:\n\nYour accounts have been merged.",
		"Template:\nYour accounts have been merged. Please sign in with b@example.com.",
		"We completed the merge of your exam records; certifications are next.",
		"Your merge request has been completed and forwarded to the team that performs the merge.",
		"We finished merging the records for your old account; your new account will be merged later this week.",
		"統合作業を実施いたしました。現在、結果を確認しております。",
		"Your Associate certifications now appear under b@example.com.",
		"The merge completed for the account you named in your first message. We still need to merge the second pair.",
		// A plan, a sample or a usual duration in other words.
		"Thank you for your consent. The process is:\n\n1. We verify both profiles\n2. We merge the accounts\n3. Merge complete - you receive a confirmation",
		"Example of our completion notice:\nYour accounts have been merged into b@example.com.",
		"統合完了後、次の内容のメールが届きます：\nアカウントの統合が完了いたしました。",
		"Normally the merge is complete within 48 hours.",
		"In most cases, the merge is completed within 3 business days.",
		// A part or the other account left for later.
		"統合作業が完了いたしました。Professional 認定につきましては、引き続き調査中です。",
		"統合は完了済みです。もう一方のアカウントについては、別途ご依頼ください。",
	}
	expectDesk(t, texts, AWSCompleted, false)
}

// TestCompletionsStillRead: real completions in several phrasings, also
// with a caveat of time ("please allow 24 hours") and in Japanese.
func TestCompletionsStillRead(t *testing.T) {
	texts := []string{
		"Your accounts have been merged. Your certifications are now under b@example.com.",
		"The merge is complete. Please allow up to 24 hours for your badges to appear.",
		"We have merged your two accounts. However, please allow 24 hours for the changes to show.",
		"The merge of a@example.com into b@example.com is complete.",
		"We have transferred your certifications to b@example.com.",
		"Merge complete. Your certifications are now under b@example.com.",
		"Good news: the merge completed this morning.",
		"We have completed your request to merge the accounts.",
		"Once again, thank you for your patience. Your accounts have been merged.",
		"アカウントの統合が完了いたしました。今後は b@example.com でサインインしてください。",
		"統合処理は、本日完了しております。反映までにお時間がかかる場合があります。",
		"認定資格と受験履歴を b@example.com へ移行いたしました。",
		"バックオフィスより、統合が完了したことを確認いたしました。ただ、お客様の画面に反映されるまでお時間がかかる場合があります。",
		"We have merged your accounts. b@example.com is now your only certification account.",
		"The merge is complete. Your certifications now appear on the remaining account.",
		"アカウントの統合が完了いたしました。今後は b@example.com にてすべての認定資格をご確認いただけます。",
		"Once again, the merge is complete.",
		"Great news! Your accounts have been merged.",
		"Your accounts were merged this morning. You can sign in with b@example.com.",
		"The merge went through. All your certifications are now under b@example.com.",
		"We have consolidated your two profiles into b@example.com.",
		"統合作業が無事に完了いたしました。",
		"お客様の認定資格および受験履歴を b@example.com へ移行いたしました。",
		"ご依頼いただいたアカウントの統合が完了しましたのでご連絡いたします。",
	}
	expectDesk(t, texts, AWSCompleted, true)
}
