package classify

import "testing"

// TestAdversaryFalseCompletion: another system's accounts merged (Credly,
// Pearson VUE), the certification accounts told still separate, a merge
// done before and split since, or the reader asked to confirm that the
// merge completed, is no report that this merge is done. Beside reports
// that must still be read.
func TestAdversaryFalseCompletion(t *testing.T) {
	expectDesk(t, []string{
		"We merged your Credly badges; the certification accounts are still separate.",
		"Your Pearson VUE accounts have been merged. The AWS Certification accounts will follow.",
		"The duplicate Credly accounts have been combined.",
		"We merged these accounts previously; they appear to have been split again.",
		"Please confirm the merge has completed on your side.",
		"Could you confirm that the merge is complete on your end?",
		"Pearson VUEのアカウントの統合が完了しました。",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"We have completed the merge of your accounts. Your certifications are now under b@example.com.",
		"Your accounts have been merged. Your Pearson VUE exam history is now under b@example.com.",
		"The merge is complete. Please confirm you can see all your certifications.",
		"アカウントの統合が完了しました。",
	}, AWSCompleted, true)
}

// TestAdversaryFalseConsentRequest: confirming what the reader sees after
// the merge, a consent someone else is to give, a reply the desk says is
// not needed, or a consent request the desk says will come later, asks no
// consent now.
func TestAdversaryFalseConsentRequest(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm you can see all certifications after the merge.",
		"Please ask your manager to approve the merge.",
		"Please have your manager confirm the merge.",
		"Please do not reply to confirm; the merge has already begun.",
		"Please confirm that both accounts are yours; once we have confirmed this, we will send a separate consent request.",
		"後日、統合への同意をお願いするメールをお送りします。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm that you agree to the merge.",
		"Please reply to confirm the merge of your two accounts.",
		"Do you approve the merge? Please reply YES.",
		"統合にご同意いただけますでしょうか。",
	}, AWSConsentRequest, true)
}

// TestAdversaryStatusAndUndone: today's readings of status lists, "have
// done the merge" and "merged a@ into b@" beside what holds them back: a
// merge status not done, the planning of the merge done, a merge being
// reversed, a condition put first by inversion, a test mail, a completion
// still subject to review.
func TestAdversaryStatusAndUndone(t *testing.T) {
	expectDesk(t, []string{
		"- Exam history transferred: yes\n- Certifications transferred: yes\n- Accounts merged: not yet",
		"- Certifications transferred: yes\n- Merge status: pending",
		"We merged a@example.com into b@example.com by mistake; we are reversing it.",
		"Had we merged a@example.com into b@example.com, you would have lost your vouchers.",
		"We have done the merge planning; the merge itself is next week.",
		"The merge is complete!! (This is an automated test, please ignore.)",
		"The merge is complete, subject to final review.",
	}, AWSCompleted, false)
	expectDesk(t, []string{
		"- Exam history transferred: yes\n- Certifications transferred: yes",
		"- Certifications transferred: yes\n- Accounts merged: yes",
		"We merged a@example.com into b@example.com. Your certifications are now under b@example.com.",
		"We have done the merge of your two accounts.",
		"Please ignore the previous message. Your accounts have been merged.",
	}, AWSCompleted, true)
}

// TestAdversaryConsentToAnotherAct: a request to confirm a wish that is
// not this merge (deleting the old account instead, merging the other way
// "instead", splitting the merged account) asks no consent to the merge.
func TestAdversaryConsentToAnotherAct(t *testing.T) {
	expectDesk(t, []string{
		"Please confirm that you wish to merge b@example.com into a@example.com instead.",
		"Please confirm that you would like us to delete the old account rather than merge it.",
		"Please confirm that you wish to split the merged account.",
		"旧アカウントの削除にご同意いただけますでしょうか。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{
		"Please confirm you wish to merge a@example.com into b@example.com.",
		"Please reply to confirm that you agree to the merge.",
	}, AWSConsentRequest, true)
}

// TestAdversaryJapaneseOthers: a Japanese merge done for the reader's
// colleague, and a Japanese consent the reader is asked to get from their
// superior or the account's owner, are neither a completion nor a consent
// request of the reader's.
func TestAdversaryJapaneseOthers(t *testing.T) {
	expectDesk(t, []string{"お客様の同僚の方のアカウント統合が完了しました。"}, AWSCompleted, false)
	expectDesk(t, []string{
		"統合を進めてよろしいか、上長の方にご確認いただけますか。",
		"統合を進めてよろしいか、ご本人様にご確認いただけますか。",
	}, AWSConsentRequest, false)
	expectDesk(t, []string{"お客様のアカウント統合が完了しました。"}, AWSCompleted, true)
	expectDesk(t, []string{"統合を進めてよろしいか、ご確認いただけますか。", "統合にご同意いただけますでしょうか。"},
		AWSConsentRequest, true)
}
