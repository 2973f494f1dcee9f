package classify

import "testing"

// TestMailWideSignsKeepAReadingFromStanding: what one sentence says can
// keep another's completion or consent request from standing. Words in
// quotation marks are mentioned, not said; a merge still scheduled or
// pending is not done, whatever a later sentence seems to report; a mail
// that says the merge did not happen and the case is closed asks for no
// consent, even when it says how to ask again, and closing such a case is
// a refusal.
func TestMailWideSignsKeepAReadingFromStanding(t *testing.T) {
	checkAWS(t, []awsCase{
		{"Thanks for confirming. Your merge is scheduled for the batch we run on Friday.\n\n" +
			"When it has run you will get this message from us:\n\"Your two accounts have been merged successfully.\"",
			"aws_other", ""},
		{`We will write "the merge is complete" in this case when we are finished.`, "aws_other", ""},
		{"We have merged your accounts into the one you named, \"jiro@example.com\".", "aws_completed", ""},
		{"The merge of your accounts is still pending with our back-office team.\n\n" +
			"Your accounts have been merged in our staging system first.", "aws_other", ""},
		{"統合作業は12月8日に実施する予定です。\n\n「アカウントの統合が完了しました」という通知が届きましたら、新しいアドレスでサインインしてください。",
			"aws_other", ""},
		{"Since we never received your confirmation, the accounts have not been merged and I am closing this case. " +
			"If you still want them merged, please reply to confirm that you agree to the merge.", "aws_other", SubRefusal},
		{"Your accounts have been merged, so I am closing this case.", "aws_completed", ""},
		// The near misses on the other side still stand.
		{"Your accounts have been merged. Sign-in with the old address is no longer possible.", "aws_completed", ""},
		{"Please reply to confirm that you agree to the merge of your two accounts.", "aws_consent_request", ""},
	})
}
